//! The structure of a RON text as written: which value is where, which field it is the value
//! of, and where each bracket opened. The strict parser (ron with serde) keeps none of this and
//! stops at its first surprise, so when it refuses a file the loader reads the text again with
//! this lenient reader: first for syntax errors in a person's terms (an unclosed text, comment
//! or bracket, pointed at where it opened), then to name the field and the value a type error
//! is about.
//!
//! It reads iteratively, with its own stack, so no nesting can overflow the thread's stack.

use super::tokens::{Lexer, Pos, Tok, Token};
use crate::core::validate::{control_name, visible};

/// Nesting beyond which the outline gives up and the parser's own limit is reported: a
/// scenario needs 4 levels, so past this depth there is nothing better to explain.
pub(crate) const MAX_DEPTH: usize = 1_000;

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Text in double quotes.
    Text,
    /// A character in single quotes.
    Quoted,
    /// A number.
    Number,
    /// A bare name: `Cloud`, `true`, `None`.
    Word,
    /// Brackets and what is between them, `Name(…)` included; holds the opening bracket.
    Group(char),
}

/// A value in the text.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    /// What it is.
    pub kind: Kind,
    /// Its first character (a group's name, if it has one).
    pub start: Pos,
    /// Just after its last character.
    pub end: Pos,
    /// A group's opening bracket.
    pub open: Pos,
    /// Its byte range in the text.
    pub from: usize,
    /// End of its byte range.
    pub to: usize,
    /// The name before a group's bracket: `Requirements`, `Some`.
    pub name: Option<String>,
    /// The field this is the value of, and where the field's name is.
    pub field: Option<(String, Pos)>,
    /// The group it is in.
    pub parent: Option<usize>,
}

/// A syntax error, in words for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    /// Where to look.
    pub at: Pos,
    /// What is wrong.
    pub message: String,
}

/// Why a text has no outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Unread {
    /// A syntax error.
    Syntax(Problem),
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

/// The values of a RON text that reads without syntax errors.
#[derive(Debug)]
pub(crate) struct Outline<'t> {
    text: &'t str,
    nodes: Vec<Node>,
    root: Option<usize>,
}

/// Reads the outline of `text`, or its first syntax error.
pub(crate) fn read(text: &str) -> Result<Outline<'_>, Unread> {
    let mut reader = Reader {
        text,
        lexer: Lexer::new(text),
        ahead: None,
        nodes: Vec::new(),
        stack: Vec::new(),
        root: None,
        last_end: Pos { line: 1, column: 1 },
    };
    let first = reader.peek().clone();
    match reader.run() {
        Ok(()) => Ok(Outline {
            text,
            nodes: reader.nodes,
            root: reader.root,
        }),
        // Whatever went wrong, a file that opens with `{` is JSON.
        Err(Unread::Syntax(_)) if first.tok == Tok::Punct('{') => Err(syntax(first.start, JSON)),
        Err(unread) => Err(unread),
    }
}

/// The message for a JSON file.
pub(crate) const JSON: &str =
    "this looks like JSON: a scenario file is written in RON and starts with `Scenario(`";

fn syntax(at: Pos, message: impl Into<String>) -> Unread {
    Unread::Syntax(Problem {
        at,
        message: message.into(),
    })
}

/// The closing bracket of `open`.
pub(crate) fn closing(open: char) -> char {
    match open {
        '[' => ']',
        '{' => '}',
        _ => ')',
    }
}

/// Text as written, on one line and at most 40 characters, control characters escaped.
pub(crate) fn shorten(written: &str) -> String {
    let line = written.lines().next().unwrap_or("");
    let short: String = line.chars().take(40).collect();
    let ellipsis = if short.len() < written.len() { "…" } else { "" };
    format!("{}{ellipsis}", visible(&short))
}

impl Outline<'_> {
    /// The node at index `index`.
    pub(crate) fn node(&self, index: usize) -> &Node {
        &self.nodes[index]
    }

    /// The top-level value.
    pub(crate) fn root(&self) -> Option<usize> {
        self.root
    }

    /// The innermost value that contains `pos`.
    pub(crate) fn node_at(&self, pos: Pos) -> Option<usize> {
        self.nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.start <= pos && pos < n.end)
            .max_by_key(|(index, n)| (n.start, *index))
            .map(|(index, _)| index)
    }

    /// The values directly inside group `group`.
    pub(crate) fn children(&self, group: usize) -> impl Iterator<Item = &Node> {
        self.nodes.iter().filter(move |n| n.parent == Some(group))
    }

    /// The node's text as written.
    pub(crate) fn written(&self, index: usize) -> &str {
        let node = &self.nodes[index];
        self.text.get(node.from..node.to).unwrap_or("")
    }

    /// The value found, in words: `the text "yes"`, `1`, `False`, `Decision(...)`.
    pub(crate) fn found(&self, index: usize) -> String {
        let node = &self.nodes[index];
        match (node.kind, &node.name) {
            (Kind::Text, _) => format!("the text {}", shorten(self.written(index))),
            (Kind::Quoted, _) => format!("the character {}", self.written(index)),
            (Kind::Group(_), Some(name)) => format!("{name}(...)"),
            (Kind::Group('['), None) => "a list in square brackets".to_owned(),
            (Kind::Group('{'), None) => "a map in curly brackets".to_owned(),
            (Kind::Group(_), None) => "values in round brackets".to_owned(),
            (Kind::Number | Kind::Word, _) => shorten(self.written(index)),
        }
    }
}

/// A group's opening in words: "`Requirements(`", "`Some(` of `payload`", "the `[` of
/// `decided_by`".
fn opener(node: &Node) -> String {
    let bracket = match node.kind {
        Kind::Group(c) => c,
        _ => '(',
    };
    let field = node.field.as_ref().map(|(name, _)| name.as_str());
    match (node.name.as_deref(), field) {
        (Some("Some"), Some(field)) => format!("`Some(` of `{field}`"),
        (Some(name), _) => format!("`{name}{bracket}`"),
        (None, Some(field)) => format!("the `{bracket}` of `{field}`"),
        (None, None) => format!("the `{bracket}`"),
    }
}

/// How the entries of a group are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// No entry yet.
    Open,
    /// `name: value`.
    Fields,
    /// Values alone.
    Items,
    /// `key: value`, in curly brackets.
    Map,
}

/// What may come next in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// An entry, or the closing bracket.
    Entry,
    /// The colon after a map's key.
    Colon,
    /// The value after `name:`.
    Value,
    /// A comma, or the closing bracket.
    After,
}

struct Frame {
    node: usize,
    mode: Mode,
    expect: Expect,
    key: Option<(String, Pos)>,
    last: Option<usize>,
}

struct Reader<'t> {
    text: &'t str,
    lexer: Lexer<'t>,
    ahead: Option<Token>,
    nodes: Vec<Node>,
    stack: Vec<Frame>,
    root: Option<usize>,
    /// Just after the last token read.
    last_end: Pos,
}

impl Reader<'_> {
    fn peek(&mut self) -> &Token {
        self.ahead.get_or_insert_with(|| self.lexer.next_token())
    }

    fn next(&mut self) -> Token {
        let token = self
            .ahead
            .take()
            .unwrap_or_else(|| self.lexer.next_token());
        if token.tok != Tok::End {
            self.last_end = token.end;
        }
        token
    }

    fn written(&self, token: &Token) -> &str {
        self.text.get(token.from..token.to).unwrap_or("")
    }

    fn run(&mut self) -> Result<(), Unread> {
        // Extensions, `#![enable(…)]`, come before the value.
        while self.peek().tok == Tok::Punct('#') {
            self.skip_attribute()?;
        }
        loop {
            let before = self.last_end;
            let token = self.next();
            if token.tok == Tok::UnclosedComment {
                return Err(syntax(
                    token.start,
                    "the comment opened here with /* is never closed with */, so the rest of the file is part of it",
                ));
            }
            let Some(frame) = self.stack.last() else {
                match (self.root, &token.tok) {
                    (Some(_), Tok::End) => return Ok(()),
                    (Some(root), _) => return Err(self.trailing(root, &token)),
                    (None, Tok::End) => {
                        return Err(syntax(
                            before,
                            "the file has no scenario: a scenario file starts with `Scenario(`",
                        ));
                    }
                    (None, _) => {
                        self.top(token)?;
                        continue;
                    }
                }
            };
            if self.stack.len() > MAX_DEPTH {
                return Err(Unread::TooDeep);
            }
            match frame.expect {
                Expect::Entry => self.entry(token)?,
                Expect::Colon => self.colon(token)?,
                Expect::Value => self.field_value(token)?,
                Expect::After => self.after(token)?,
            }
        }
    }

    fn skip_attribute(&mut self) -> Result<(), Unread> {
        let start = self.next().start;
        let mut depth = 0_usize;
        loop {
            let token = self.next();
            match token.tok {
                Tok::Punct('[') => depth += 1,
                Tok::Punct(']') if depth <= 1 => return Ok(()),
                Tok::Punct(']') => depth -= 1,
                Tok::End | Tok::UnclosedComment => {
                    return Err(syntax(start, "the `#![` opened here is never closed with `]`"));
                }
                _ => {}
            }
        }
    }

    fn top(&mut self, token: Token) -> Result<(), Unread> {
        if token.tok == Tok::Word && self.peek().tok == Tok::Punct(':') {
            return Err(syntax(
                token.start,
                "this looks like YAML: a scenario file is written in RON and starts with `Scenario(`",
            ));
        }
        self.value(token, None)
    }

    fn frame(&mut self) -> &mut Frame {
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    fn group_of_frame(&self) -> &Node {
        let index = self.stack.last().map_or(0, |f| f.node);
        &self.nodes[index]
    }

    fn bracket(&self) -> char {
        match self.group_of_frame().kind {
            Kind::Group(c) => c,
            _ => '(',
        }
    }

    /// Starts a value with `token`; `field` is the field it is the value of.
    fn value(&mut self, token: Token, field: Option<(String, Pos)>) -> Result<(), Unread> {
        let name = field.as_ref().map(|(name, _)| name.clone());
        match token.tok {
            Tok::Word => {
                let next = self.peek().clone();
                match next.tok {
                    Tok::Punct('(') => {
                        self.next();
                        let name = self.written(&token).to_owned();
                        self.open_group(&token, Some(name), next.start, '(', field);
                        Ok(())
                    }
                    Tok::Punct('{') => {
                        let name = self.written(&token);
                        Err(syntax(
                            next.start,
                            format!("expected `{name}(`, found `{name} {{`: the fields go in round brackets"),
                        ))
                    }
                    _ => {
                        self.leaf(Kind::Word, &token, field);
                        Ok(())
                    }
                }
            }
            Tok::Text { closed: false, .. } => Err(unclosed_text(token.start, name.as_deref())),
            Tok::Text {
                bad_escape: Some((at, escape)),
                ..
            } => Err(syntax(
                at,
                format!(
                    "unknown escape `{escape}` in the text{}; write \\\\ for a backslash, or one of \\\", \\n, \\t, \\u{{...}}",
                    of_field(name.as_deref())
                ),
            )),
            Tok::Text { .. } => {
                self.leaf(Kind::Text, &token, field);
                Ok(())
            }
            Tok::Quoted { closed, chars } if !closed || chars != 1 => Err(syntax(
                token.start,
                format!(
                    "expected text in double quotes \"...\"{}, found single quotes '...'",
                    for_field(name.as_deref())
                ),
            )),
            Tok::Quoted { .. } => {
                self.leaf(Kind::Quoted, &token, field);
                Ok(())
            }
            Tok::Number => {
                self.leaf(Kind::Number, &token, field);
                Ok(())
            }
            Tok::Punct(c @ ('(' | '[' | '{')) => {
                self.open_group(&token, None, token.start, c, field);
                Ok(())
            }
            _ => Err(self.unexpected(&token, name.as_deref())),
        }
    }

    fn unexpected(&self, token: &Token, field: Option<&str>) -> Unread {
        let message = match token.tok {
            Tok::Other(c @ ('“' | '”' | '„' | '‟' | '‘' | '’' | '‚' | '‛' | '«' | '»')) => format!(
                "expected text in straight double quotes \"...\"{}, found the curly quote {c}",
                for_field(field)
            ),
            Tok::Other(c) if control_name(c).is_some() => format!(
                "the control character U+{:04X} ({}) may not stand outside text; remove it",
                u32::from(c),
                control_name(c).unwrap_or_default()
            ),
            Tok::Punct(',' | ')' | ']' | '}') if field.is_some() => format!(
                "the value of `{}` is missing before `{}`",
                field.unwrap_or_default(),
                self.written(token)
            ),
            _ => format!(
                "unexpected `{}`{}",
                self.written(token),
                field.map_or(String::new(), |f| format!(" where the value of `{f}` should be"))
            ),
        };
        syntax(token.start, message)
    }

    fn add(&mut self, node: Node) -> usize {
        self.nodes.push(node);
        self.nodes.len() - 1
    }

    fn leaf(&mut self, kind: Kind, token: &Token, field: Option<(String, Pos)>) {
        let parent = self.stack.last().map(|f| f.node);
        let index = self.add(Node {
            kind,
            start: token.start,
            end: token.end,
            open: token.start,
            from: token.from,
            to: token.to,
            name: None,
            field,
            parent,
        });
        self.finished(index);
    }

    fn open_group(
        &mut self,
        first: &Token,
        name: Option<String>,
        open: Pos,
        bracket: char,
        field: Option<(String, Pos)>,
    ) {
        let parent = self.stack.last().map(|f| f.node);
        let node = self.add(Node {
            kind: Kind::Group(bracket),
            start: first.start,
            end: first.end,
            open,
            from: first.from,
            to: first.to,
            name,
            field,
            parent,
        });
        self.stack.push(Frame {
            node,
            mode: Mode::Open,
            expect: Expect::Entry,
            key: None,
            last: None,
        });
    }

    fn close_group(&mut self, token: &Token) {
        if let Some(frame) = self.stack.pop() {
            let node = &mut self.nodes[frame.node];
            node.end = token.end;
            node.to = token.to;
            self.finished(frame.node);
        }
    }

    fn finished(&mut self, index: usize) {
        match self.stack.last_mut() {
            Some(frame) => frame.last = Some(index),
            None => self.root = Some(index),
        }
    }

    fn is_closing(&self, token: &Token) -> bool {
        matches!(token.tok, Tok::Punct(')' | ']' | '}'))
    }

    fn closes_frame(&self, token: &Token) -> bool {
        token.tok == Tok::Punct(closing(self.bracket()))
    }

    fn entry(&mut self, token: Token) -> Result<(), Unread> {
        if self.closes_frame(&token) {
            self.close_group(&token);
            return Ok(());
        }
        if self.is_closing(&token) {
            return Err(self.mismatch(&token));
        }
        match token.tok {
            Tok::End => return Err(self.end_of_file()),
            Tok::Punct(',') => {
                return Err(syntax(
                    token.start,
                    format!(
                        "unexpected `,` in {}: an entry is missing before it",
                        opener(self.group_of_frame())
                    ),
                ));
            }
            _ => {}
        }
        let bracket = self.bracket();
        let mode = self.frame().mode;
        let next = self.peek().tok.clone();
        if token.tok == Tok::Word && next == Tok::Punct(':') && bracket != '{' {
            let name = self.written(&token).to_owned();
            if bracket == '(' && matches!(mode, Mode::Open | Mode::Fields) {
                self.next();
                let frame = self.frame();
                frame.mode = Mode::Fields;
                frame.key = Some((name, token.start));
                frame.expect = Expect::Value;
                return Ok(());
            }
            return Err(self.unclosed_before_field(&name, token.start));
        }
        if token.tok == Tok::Word
            && bracket == '('
            && matches!(mode, Mode::Open | Mode::Fields)
            && next == Tok::Punct('=')
        {
            let at = self.peek().start;
            let name = self.written(&token);
            return Err(syntax(
                at,
                format!("expected `:` after the field name `{name}`, found `=`"),
            ));
        }
        if mode == Mode::Fields {
            return Err(self.not_a_field(&token));
        }
        let frame = self.frame();
        frame.mode = if bracket == '{' { Mode::Map } else { Mode::Items };
        frame.expect = if bracket == '{' {
            Expect::Colon
        } else {
            Expect::After
        };
        self.value(token, None)
    }

    /// An entry of a group with named fields that is not `name: value`.
    fn not_a_field(&mut self, token: &Token) -> Unread {
        if token.tok != Tok::Word {
            let found = shorten(self.written(token));
            return syntax(
                token.start,
                format!(
                    "expected a field name in {}, found {found}",
                    opener(self.group_of_frame())
                ),
            );
        }
        let name = self.written(token).to_owned();
        let next = self.peek().clone();
        if next.tok == Tok::End {
            return self.truncated();
        }
        let found = shorten(self.written(&next));
        syntax(
            next.start,
            format!("expected `:` after the field name `{name}`, found `{found}`"),
        )
    }

    fn colon(&mut self, token: Token) -> Result<(), Unread> {
        match token.tok {
            Tok::Punct(':') => {
                self.frame().expect = Expect::Value;
                Ok(())
            }
            Tok::End => Err(self.end_of_file()),
            _ => Err(syntax(
                token.start,
                format!(
                    "expected `:` after the key in {}, found `{}`",
                    opener(self.group_of_frame()),
                    shorten(self.written(&token))
                ),
            )),
        }
    }

    fn field_value(&mut self, token: Token) -> Result<(), Unread> {
        if token.tok == Tok::End {
            return Err(self.truncated());
        }
        let frame = self.frame();
        frame.expect = Expect::After;
        let key = frame.key.take();
        if matches!(token.tok, Tok::Punct(',' | ')' | ']' | '}')) {
            let name = key.as_ref().map(|(name, _)| name.as_str());
            return Err(self.unexpected(&token, name));
        }
        self.value(token, key)
    }

    fn after(&mut self, token: Token) -> Result<(), Unread> {
        if self.closes_frame(&token) {
            self.close_group(&token);
            return Ok(());
        }
        if self.is_closing(&token) {
            return Err(self.mismatch(&token));
        }
        match token.tok {
            Tok::Punct(',') => {
                self.frame().expect = Expect::Entry;
                Ok(())
            }
            Tok::End => Err(self.end_of_file()),
            _ => Err(self.missing_separator(&token)),
        }
    }

    /// Something follows a value without a comma between.
    fn missing_separator(&mut self, token: &Token) -> Unread {
        let frame_mode = self.frame().mode;
        let Some(last) = self.frame().last else {
            return self.unexpected(token, None);
        };
        let next = self.peek().tok.clone();
        let previous = self.nodes[last].clone();
        let field = previous.field.as_ref().map(|(name, _)| name.as_str());
        let written = self.text.get(previous.from..previous.to).unwrap_or("");
        // Text that ran over a line break and is followed on its last line by more: its
        // closing quote is missing, and the quote that ended it opened the next text.
        if previous.kind == Kind::Text
            && written.contains('\n')
            && (token.start.line == previous.end.line || looks_like_fields(written))
        {
            return unclosed_text(previous.start, field.or(self.enclosing_field()));
        }
        if token.tok == Tok::Word && next == Tok::Punct(':') {
            if frame_mode == Mode::Fields {
                let what = field.map_or_else(
                    || shorten(written),
                    |f| format!("{f}: {}", shorten(written)),
                );
                return syntax(previous.end, format!("a comma is missing after `{what}`"));
            }
            let name = self.written(token).to_owned();
            return self.unclosed_before_field(&name, token.start);
        }
        if previous.kind == Kind::Word
            && matches!(token.tok, Tok::Word | Tok::Number)
            && token.start.line == previous.end.line
        {
            let line = self.text.get(previous.from..).unwrap_or("");
            let words = line.lines().next().unwrap_or("").trim_end_matches(',');
            return syntax(
                previous.start,
                format!(
                    "expected text in double quotes{}, found words without quotes: {}",
                    for_field(field),
                    shorten(words)
                ),
            );
        }
        let close = closing(self.bracket());
        let what = field.map_or_else(
            || shorten(written),
            |f| format!("{f}: {}", shorten(written)),
        );
        syntax(
            token.start,
            format!(
                "expected `,` or `{close}` after `{what}`, found `{}`",
                shorten(self.written(token))
            ),
        )
    }

    /// The field of the innermost group, for a value inside it without a field of its own.
    fn enclosing_field(&self) -> Option<&str> {
        self.stack.iter().rev().find_map(|frame| {
            self.nodes[frame.node]
                .field
                .as_ref()
                .map(|(name, _)| name.as_str())
        })
    }

    fn unclosed_before_field(&self, name: &str, at: Pos) -> Unread {
        let group = self.group_of_frame();
        let close = closing(self.bracket());
        syntax(
            group.open,
            format!(
                "{} opened here is not closed before the field `{name}` on line {}: a `{close}` is missing",
                opener(group),
                at.line
            ),
        )
    }

    fn mismatch(&self, token: &Token) -> Unread {
        let group = self.group_of_frame();
        syntax(
            token.start,
            format!(
                "expected `{}` to close {} opened at line {}, found `{}`",
                closing(self.bracket()),
                opener(group),
                group.open.line,
                self.written(token)
            ),
        )
    }

    /// The end of the file inside a group.
    fn end_of_file(&self) -> Unread {
        let Some(frame) = self.stack.last() else {
            return syntax(self.last_end, "the file ends too early");
        };
        if matches!(frame.expect, Expect::Value | Expect::Colon) {
            return self.truncated();
        }
        let group = &self.nodes[frame.node];
        let close = closing(self.bracket());
        let outer: Vec<String> = self
            .stack
            .iter()
            .rev()
            .skip(1)
            .map(|f| {
                let node = &self.nodes[f.node];
                format!("{} at line {}", opener(node), node.open.line)
            })
            .collect();
        let message = if outer.is_empty() {
            format!(
                "{} opened here is never closed: a `{close}` is missing at the end of the file",
                opener(group)
            )
        } else {
            format!(
                "{} opened here is never closed, and neither is {}: the file ends first, so it may be incomplete",
                opener(group),
                outer.join(" nor ")
            )
        };
        syntax(group.open, message)
    }

    /// The end of the file in the middle of an entry.
    fn truncated(&self) -> Unread {
        let after = self.text.get(..self.lexer_end_byte()).unwrap_or("");
        let last_word = after
            .split_whitespace()
            .next_back()
            .map_or(String::new(), |w| format!(", after `{}`", shorten(w)));
        let inside = self.stack.last().map_or(String::new(), |frame| {
            let node = &self.nodes[frame.node];
            format!(" inside {} opened at line {}", opener(node), node.open.line)
        });
        syntax(
            self.last_end,
            format!("the file ends too early{last_word}{inside}: it may be incomplete"),
        )
    }

    fn lexer_end_byte(&self) -> usize {
        self.text.trim_end().len()
    }

    fn trailing(&mut self, root: usize, token: &Token) -> Unread {
        let ends = self.nodes[root].end.line;
        let message = if token.tok == Tok::Word && self.peek().tok == Tok::Punct('(') {
            format!(
                "a second `{}(` starts here, after the scenario that ends at line {ends}: a file holds one scenario",
                self.written(token)
            )
        } else {
            format!(
                "unexpected `{}` after the end of the scenario, which ends at line {ends}: a file holds one scenario",
                shorten(self.written(token))
            )
        };
        syntax(token.start, message)
    }
}

/// " of `title`", or nothing.
fn of_field(field: Option<&str>) -> String {
    field.map_or(String::new(), |f| format!(" of `{f}`"))
}

/// " for `title`", or nothing.
fn for_field(field: Option<&str>) -> String {
    field.map_or(String::new(), |f| format!(" for `{f}`"))
}

fn unclosed_text(at: Pos, field: Option<&str>) -> Unread {
    syntax(
        at,
        format!(
            "the text{} opened here is not closed: a closing double quote is missing",
            of_field(field)
        ),
    )
}

/// Whether a text's later lines look like fields (`    context: `): the rest of the file read
/// as text because a closing quote is missing.
fn looks_like_fields(written: &str) -> bool {
    written.lines().skip(1).any(|line| {
        let line = line.trim_start();
        let name_len = line
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(line.len());
        name_len > 0 && line[name_len..].trim_start().starts_with(':')
    })
}
