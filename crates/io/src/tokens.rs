//! RON's tokens with their positions, for explaining a file the strict parser refused: that
//! parser keeps no position of what it has read, and stops at the first surprise. This lexer
//! never fails; whatever it does not know becomes a token of its own, for the outline to name.

/// A 1-based line and column; columns count characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A name: a field, a struct, a value such as `Cloud`, `true` or `None`.
    Word,
    /// Text in double quotes (also a raw or byte string).
    Text {
        /// Whether the closing quote was found.
        closed: bool,
        /// Whether the text runs over a line break.
        lines: bool,
        /// The first escape that RON does not know, with its position.
        bad_escape: Option<(Pos, String)>,
    },
    /// Text in single quotes: one character is a RON char, more is text with the wrong quotes.
    Quoted {
        /// Whether the closing quote was found on the same line.
        closed: bool,
        /// Characters between the quotes.
        chars: usize,
    },
    /// A number as written: `5`, `-1`, `2.5`, `2e5`, `0xFF`.
    Number,
    /// One of `( ) [ ] { } , : # ! = ;`.
    Punct(char),
    /// Any other character outside text and comments.
    Other(char),
    /// A `/*` comment that is never closed; the token starts at its `/*`.
    UnclosedComment,
    /// The end of the text.
    End,
}

/// A token and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// What it is.
    pub tok: Tok,
    /// Its first character.
    pub start: Pos,
    /// Just after its last character.
    pub end: Pos,
    /// Its byte range in the text.
    pub from: usize,
    /// End of its byte range.
    pub to: usize,
}

/// Whitespace as RON reads it (Unicode's `Pattern_White_Space`).
fn is_blank(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\x0B'
            | '\x0C'
            | '\u{85}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Identifiers as ron reads them (Unicode's `XID_Start` and `XID_Continue`).
fn is_word_start(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

fn is_word_char(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

/// Splits a text into tokens, one at a time.
pub(crate) struct Lexer<'t> {
    pub(super) text: &'t str,
    pub(super) at: usize,
    pub(super) pos: Pos,
}

impl<'t> Lexer<'t> {
    /// A lexer at the start of `text`.
    pub(crate) fn new(text: &'t str) -> Self {
        Self {
            text,
            at: 0,
            pos: Pos { line: 1, column: 1 },
        }
    }

    pub(super) fn peek(&self) -> Option<char> {
        // ASCII first: nearly every character of a scenario file is, and decoding is slower.
        match self.text.as_bytes().get(self.at) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => self.text[self.at..].chars().next(),
            None => None,
        }
    }

    pub(super) fn peek_second(&self) -> Option<char> {
        self.text[self.at..].chars().nth(1)
    }

    pub(super) fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += c.len_utf8();
        if c == '\n' {
            self.pos.line += 1;
            self.pos.column = 1;
        } else {
            self.pos.column += 1;
        }
        Some(c)
    }

    pub(super) fn rest(&self) -> &'t str {
        &self.text[self.at..]
    }

    /// The next token; [`Tok::End`] at the end, again and again.
    pub(crate) fn next_token(&mut self) -> Token {
        if let Some(comment) = self.skip_blanks_and_comments() {
            return comment;
        }
        let (start, from) = (self.pos, self.at);
        let tok = match self.bump() {
            None => Tok::End,
            Some(c) => self.token_after(c),
        };
        Token {
            tok,
            start,
            end: self.pos,
            from,
            to: self.at,
        }
    }

    /// Skips blanks and comments; an unclosed block comment is returned as a token.
    fn skip_blanks_and_comments(&mut self) -> Option<Token> {
        loop {
            match (self.peek(), self.peek_second()) {
                (Some(c), _) if is_blank(c) => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                (Some('/'), Some('*')) => {
                    let (start, from) = (self.pos, self.at);
                    self.bump();
                    self.bump();
                    // Block comments nest in RON.
                    let mut depth = 1;
                    while depth > 0 {
                        if self.rest().starts_with("/*") {
                            self.bump();
                            self.bump();
                            depth += 1;
                        } else if self.rest().starts_with("*/") {
                            self.bump();
                            self.bump();
                            depth -= 1;
                        } else if self.bump().is_none() {
                            return Some(Token {
                                tok: Tok::UnclosedComment,
                                start,
                                end: self.pos,
                                from,
                                to: self.at,
                            });
                        }
                    }
                }
                _ => return None,
            }
        }
    }

    fn token_after(&mut self, c: char) -> Tok {
        match c {
            '"' => self.text_body(),
            'r' if self.raw_text_follows() => self.raw_text(),
            'b' if self.peek() == Some('"') => {
                self.bump();
                self.text_body()
            }
            'b' if self.peek() == Some('r')
                && self.rest()[1..].trim_start_matches('#').starts_with('"') =>
            {
                self.bump();
                self.raw_text()
            }
            'b' if self.peek() == Some('\'') => {
                self.bump();
                self.quoted()
            }
            '\'' => self.quoted(),
            '0'..='9' => self.number(c),
            '+' | '-' | '.' if self.peek().is_some_and(|n| n.is_ascii_digit()) => self.number(c),
            // `-inf`, `+NaN`: floats ron reads.
            '+' | '-' if self.rest().starts_with("inf") || self.rest().starts_with("NaN") => {
                while self.peek().is_some_and(is_word_char) {
                    self.bump();
                }
                Tok::Number
            }
            c if is_word_start(c) => {
                // A raw identifier, `r#type`.
                if c == 'r'
                    && self.peek() == Some('#')
                    && self.peek_second().is_some_and(is_word_start)
                {
                    self.bump();
                }
                while self.peek().is_some_and(is_word_char) {
                    self.bump();
                }
                Tok::Word
            }
            '(' | ')' | '[' | ']' | '{' | '}' | ',' | ':' | '#' | '!' | '=' | ';' => Tok::Punct(c),
            other => Tok::Other(other),
        }
    }

    /// Whether the `r` just read opens a raw string: `r"` or `r#…"`.
    fn raw_text_follows(&self) -> bool {
        self.rest().trim_start_matches('#').starts_with('"')
    }

    /// The rest of a number after its first character.
    fn number(&mut self, first: char) -> Tok {
        let mut previous = first;
        while let Some(c) = self.peek() {
            let exponent_sign = matches!(c, '+' | '-') && matches!(previous, 'e' | 'E');
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '.') || exponent_sign {
                self.bump();
                previous = c;
            } else {
                break;
            }
        }
        Tok::Number
    }
}

/// The start of the token at `pos`, or of the first one after it: the parser's positions
/// may fall on the blanks before a value, or inside it (after a minus sign).
pub(crate) fn token_start_at(text: &str, pos: Pos) -> Pos {
    let mut lexer = Lexer::new(text);
    loop {
        let token = lexer.next_token();
        match token.tok {
            Tok::End | Tok::UnclosedComment => return pos,
            _ if token.end > pos => return token.start,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(Tok, &str, usize, usize)> {
        let mut lexer = Lexer::new(text);
        let mut out = Vec::new();
        loop {
            let token = lexer.next_token();
            if token.tok == Tok::End {
                return out;
            }
            let written = &text[token.from..token.to];
            out.push((token.tok, written, token.start.line, token.start.column));
        }
    }

    fn text(closed: bool, lines: bool) -> Tok {
        Tok::Text {
            closed,
            lines,
            bad_escape: None,
        }
    }

    #[test]
    fn tokens_carry_their_text_and_position_in_characters() {
        assert_eq!(
            tokens("Scenario( // note\n  title: \"Düß\\\"\", n: -1.5e-3,\n  x: r#\"a\"b\"#)"),
            [
                (Tok::Word, "Scenario", 1, 1),
                (Tok::Punct('('), "(", 1, 9),
                (Tok::Word, "title", 2, 3),
                (Tok::Punct(':'), ":", 2, 8),
                (text(true, false), "\"Düß\\\"\"", 2, 10),
                (Tok::Punct(','), ",", 2, 17),
                (Tok::Word, "n", 2, 19),
                (Tok::Punct(':'), ":", 2, 20),
                (Tok::Number, "-1.5e-3", 2, 22),
                (Tok::Punct(','), ",", 2, 29),
                (Tok::Word, "x", 3, 3),
                (Tok::Punct(':'), ":", 3, 4),
                (text(true, false), "r#\"a\"b\"#", 3, 6),
                (Tok::Punct(')'), ")", 3, 14),
            ]
        );
    }

    #[test]
    fn unclosed_text_comments_and_wrong_quotes_are_tokens_of_their_own() {
        assert_eq!(
            tokens("\"abc\n de"),
            [(text(false, true), "\"abc\n de", 1, 1)]
        );
        assert_eq!(
            tokens("a /* b /* c */ d"),
            [
                (Tok::Word, "a", 1, 1),
                (Tok::UnclosedComment, "/* b /* c */ d", 1, 3)
            ]
        );
        assert_eq!(
            tokens("'Import' “x”"),
            [
                (
                    Tok::Quoted {
                        closed: true,
                        chars: 6
                    },
                    "'Import'",
                    1,
                    1
                ),
                (Tok::Other('“'), "“", 1, 10),
                (Tok::Word, "x", 1, 11),
                (Tok::Other('”'), "”", 1, 12),
            ]
        );
        let bad = tokens("\"a\\qb\"");
        assert_eq!(
            bad[0].0,
            Tok::Text {
                closed: true,
                lines: false,
                bad_escape: Some((Pos { line: 1, column: 3 }, "\\q".to_owned()))
            }
        );
        assert!(matches!(
            tokens("\"\\u{1F980}\\x41\\n\"")[0].0,
            Tok::Text {
                bad_escape: None,
                ..
            }
        ));
    }

    #[test]
    fn positions_move_to_the_token_they_fall_in_or_before() {
        let text = "a:  -15,\n  b";
        assert_eq!(
            token_start_at(text, Pos { line: 1, column: 3 }),
            Pos { line: 1, column: 5 }
        );
        assert_eq!(
            token_start_at(text, Pos { line: 1, column: 6 }),
            Pos { line: 1, column: 5 }
        );
        assert_eq!(
            token_start_at(text, Pos { line: 1, column: 9 }),
            Pos { line: 2, column: 3 }
        );
        assert_eq!(
            token_start_at(text, Pos { line: 9, column: 1 }),
            Pos { line: 9, column: 1 }
        );
    }
}
