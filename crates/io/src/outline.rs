//! The structure of a RON text as written: which value is where, which field it is the value
//! of, and where each bracket opened. The strict parser (ron with serde) keeps none of this and
//! stops at its first surprise, so when it refuses a file the loader reads the text again with
//! this lenient reader: first for syntax errors in a person's terms (an unclosed text, comment
//! or bracket, pointed at where it opened), then to name the field and the value a type error
//! is about.
//!
//! The reading itself, and the syntax errors, are in `syntax`.

use super::tokens::Pos;
use advisor_core::validate::visible;

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
    let (nodes, root) = super::syntax::read(text)?;
    Ok(Outline { text, nodes, root })
}

/// The message for a JSON file.
pub(crate) const JSON: &str =
    "this looks like JSON: a scenario file is written in RON and starts with `Scenario(`";

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
    let ellipsis = if short.len() < written.len() {
        "…"
    } else {
        ""
    };
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
pub(crate) fn opener(node: &Node) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "Scenario(\n    title: \"Orders\",\n    list: [1, x],\n    some: Some(Decision(a: 1)),\n)";

    fn at(line: usize, column: usize) -> Pos {
        Pos { line, column }
    }

    #[test]
    fn each_value_knows_its_field_its_group_and_how_it_was_written() {
        let outline = read(TEXT).expect("reads");
        let root = outline.root().expect("a top-level value");
        assert_eq!(outline.node(root).name.as_deref(), Some("Scenario"));
        assert_eq!(outline.node(root).open, at(1, 9));
        let title = outline.node_at(at(2, 12)).expect("the title");
        assert_eq!(outline.found(title), "the text \"Orders\"");
        assert_eq!(
            outline
                .node(title)
                .field
                .as_ref()
                .map(|(f, p)| (f.as_str(), *p)),
            Some(("title", at(2, 5)))
        );
        let item = outline.node_at(at(3, 15)).expect("an item");
        assert_eq!(outline.found(item), "x");
        let list = outline.node(item).parent.expect("in the list");
        assert_eq!(opener(outline.node(list)), "the `[` of `list`");
        assert_eq!(outline.found(list), "a list in square brackets");
        assert_eq!(outline.children(list).count(), 2);
        let some = outline.node_at(at(4, 11)).expect("Some");
        assert_eq!(opener(outline.node(some)), "`Some(` of `some`");
        assert_eq!(outline.found(some), "Some(...)");
        assert_eq!(
            outline.node_at(at(5, 1)),
            Some(root),
            "a closing bracket belongs to its group"
        );
    }

    #[test]
    fn quoted_text_is_short_on_one_line_and_shows_no_control_character() {
        assert_eq!(shorten("abc"), "abc");
        assert_eq!(shorten("one\ntwo"), "one…");
        assert_eq!(shorten(&"x".repeat(50)), format!("{}…", "x".repeat(40)));
        assert_eq!(shorten("a\u{1b}b"), "a\\u{1b}b");
        assert_eq!(closing('('), ')');
        assert_eq!(closing('['), ']');
        assert_eq!(closing('{'), '}');
    }

    #[test]
    fn syntax_errors_come_with_where_to_look() {
        let Err(Unread::Syntax(problem)) = read("Scenario(\n    title: \"x\",\n") else {
            panic!("an unclosed bracket is a syntax error");
        };
        assert_eq!(problem.at, at(1, 9));
        assert!(
            problem
                .message
                .starts_with("`Scenario(` opened here is never closed")
        );
        let depth = crate::syntax::MAX_DEPTH + 2;
        let deep = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(read(&deep).err(), Some(Unread::TooDeep));
    }
}
