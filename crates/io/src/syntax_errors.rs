//! The syntax errors of `syntax`'s reader, in a person's terms: what is wrong, named by the
//! field or bracket it concerns, pointed at where it opened or where the missing piece goes.

use super::outline::{Kind, Unread, closing, opener, shorten};
use super::syntax::{Expect, Mode, Reader, syntax};
use super::tokens::{Pos, Tok, Token};
use advisor_core::validate::control_name;

impl Reader<'_> {
    pub(super) fn unexpected(&self, token: &Token, field: Option<&str>) -> Unread {
        let message = match token.tok {
            Tok::Other(c @ ('“' | '”' | '„' | '‟' | '‘' | '’' | '‚' | '‛' | '«' | '»')) =>
            {
                format!(
                    "expected text in straight double quotes \"...\"{}, found the curly quote {c}",
                    for_field(field)
                )
            }
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
                field.map_or(String::new(), |f| format!(
                    " where the value of `{f}` should be"
                ))
            ),
        };
        syntax(token.start, message)
    }

    /// An entry of a group with named fields that is not `name: value`.
    pub(super) fn not_a_field(&mut self, token: &Token) -> Unread {
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

    /// Something follows a value without a comma between.
    pub(super) fn missing_separator(&mut self, token: &Token) -> Unread {
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
            let words = line
                .lines()
                .next()
                .unwrap_or("")
                .trim_end_matches([',', '"']);
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

    pub(super) fn unclosed_before_field(&self, name: &str, at: Pos) -> Unread {
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

    pub(super) fn mismatch(&self, token: &Token) -> Unread {
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
    pub(super) fn end_of_file(&self) -> Unread {
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
    pub(super) fn truncated(&self) -> Unread {
        let after = self.text.get(..self.content_end()).unwrap_or("");
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

    /// The byte just after the last character that is not blank.
    fn content_end(&self) -> usize {
        self.text.trim_end().len()
    }

    pub(super) fn trailing(&mut self, root: usize, token: &Token) -> Unread {
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
pub(super) fn of_field(field: Option<&str>) -> String {
    field.map_or(String::new(), |f| format!(" of `{f}`"))
}

/// " for `title`", or nothing.
pub(super) fn for_field(field: Option<&str>) -> String {
    field.map_or(String::new(), |f| format!(" for `{f}`"))
}

pub(super) fn unclosed_text(at: Pos, field: Option<&str>) -> Unread {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_swallowed_fields_is_recognised() {
        assert!(looks_like_fields("\"Orders,\n    context: \""));
        assert!(!looks_like_fields("\"one line\""));
        assert!(!looks_like_fields("\"Dear team:\nplease read: this\""));
        assert_eq!(of_field(Some("title")), " of `title`");
        assert_eq!(for_field(None), "");
    }
}
