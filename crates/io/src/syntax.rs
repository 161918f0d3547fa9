//! Reads the outline of a RON text (see `outline`), or its first syntax error in a person's
//! terms: an unclosed text, comment or bracket is reported where it opened and named, a missing
//! comma after the field it follows, a `=` for a `:` at the `=`.
//!
//! It reads iteratively, with its own stack, so no nesting can overflow the thread's stack.

use super::fields_v1;
use super::outline::{JSON, Kind, Node, Problem, Unread, closing, opener, shorten};
use super::syntax_errors::{for_field, of_field, unclosed_text};
use super::tokens::{Lexer, Pos, Tok, Token};

/// Nesting beyond which the outline gives up and the parser's own limit is reported: a
/// scenario needs 4 levels, so past this depth there is nothing better to explain.
pub(crate) const MAX_DEPTH: usize = 1_000;

/// The nodes of `text` and the index of its top-level value, or its first syntax error.
pub(crate) fn read(text: &str) -> Result<(Vec<Node>, Option<usize>), Unread> {
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
        Ok(()) => Ok((reader.nodes, reader.root)),
        // Whatever went wrong, a file that opens with `{` is JSON.
        Err(Unread::Syntax(_)) if first.tok == Tok::Punct('{') => Err(syntax(first.start, JSON)),
        Err(unread) => Err(unread),
    }
}

pub(super) fn syntax(at: Pos, message: impl Into<String>) -> Unread {
    Unread::Syntax(Problem {
        at,
        message: message.into(),
    })
}

/// How the entries of a group are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
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
pub(super) enum Expect {
    /// An entry, or the closing bracket.
    Entry,
    /// The colon after a map's key.
    Colon,
    /// The value after `name:`.
    Value,
    /// A comma, or the closing bracket.
    After,
}

/// A group being read.
pub(super) struct Frame {
    /// The group's node.
    pub(super) node: usize,
    pub(super) mode: Mode,
    pub(super) expect: Expect,
    /// The field whose value comes next.
    pub(super) key: Option<(String, Pos)>,
    /// The last value read in the group.
    pub(super) last: Option<usize>,
}

/// The reader: the tokens, the nodes read so far and the groups still open.
pub(super) struct Reader<'t> {
    pub(super) text: &'t str,
    lexer: Lexer<'t>,
    ahead: Option<Token>,
    pub(super) nodes: Vec<Node>,
    pub(super) stack: Vec<Frame>,
    root: Option<usize>,
    /// Just after the last token read.
    pub(super) last_end: Pos,
}

impl Reader<'_> {
    pub(super) fn peek(&mut self) -> &Token {
        self.ahead.get_or_insert_with(|| self.lexer.next_token())
    }

    fn next(&mut self) -> Token {
        let token = self.ahead.take().unwrap_or_else(|| self.lexer.next_token());
        if token.tok != Tok::End {
            self.last_end = token.end;
        }
        token
    }

    pub(super) fn written(&self, token: &Token) -> &str {
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
                Expect::Colon => self.colon(&token)?,
                Expect::Value => self.field_value(token)?,
                Expect::After => self.after(&token)?,
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
                    return Err(syntax(
                        start,
                        "the `#![` opened here is never closed with `]`",
                    ));
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

    /// Whether field `name` is not one of the innermost struct's fields but one of an
    /// enclosing struct's: the innermost struct's `)` is missing (format 1's structs only).
    fn belongs_further_out(&self, name: &str) -> bool {
        let fields_of = |frame: &Frame| {
            self.nodes[frame.node]
                .name
                .as_deref()
                .and_then(fields_v1::struct_fields)
        };
        let Some((innermost, outer)) = self.stack.split_last() else {
            return false;
        };
        fields_of(innermost).is_some_and(|fields| !fields.contains(&name))
            && outer
                .iter()
                .filter_map(fields_of)
                .any(|fields| fields.contains(&name))
    }

    pub(super) fn frame(&mut self) -> &mut Frame {
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    pub(super) fn group_of_frame(&self) -> &Node {
        let index = self.stack.last().map_or(0, |f| f.node);
        &self.nodes[index]
    }

    pub(super) fn bracket(&self) -> char {
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
                            format!(
                                "expected `{name}(`, found `{name} {{`: the fields go in round brackets"
                            ),
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

    fn closes_frame(&self, token: &Token) -> bool {
        token.tok == Tok::Punct(closing(self.bracket()))
    }

    fn entry(&mut self, token: Token) -> Result<(), Unread> {
        if self.closes_frame(&token) {
            self.close_group(&token);
            return Ok(());
        }
        if is_closing(&token) {
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
                if self.belongs_further_out(&name) {
                    return Err(self.unclosed_before_field(&name, token.start));
                }
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
        frame.mode = if bracket == '{' {
            Mode::Map
        } else {
            Mode::Items
        };
        frame.expect = if bracket == '{' {
            Expect::Colon
        } else {
            Expect::After
        };
        self.value(token, None)
    }
    fn colon(&mut self, token: &Token) -> Result<(), Unread> {
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
                    shorten(self.written(token))
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

    fn after(&mut self, token: &Token) -> Result<(), Unread> {
        if self.closes_frame(token) {
            self.close_group(token);
            return Ok(());
        }
        if is_closing(token) {
            return Err(self.mismatch(token));
        }
        match token.tok {
            Tok::Punct(',') => {
                self.frame().expect = Expect::Entry;
                Ok(())
            }
            Tok::End => Err(self.end_of_file()),
            _ => Err(self.missing_separator(token)),
        }
    }
}

/// Whether `token` closes a bracket.
fn is_closing(token: &Token) -> bool {
    matches!(token.tok, Tok::Punct(')' | ']' | '}'))
}
