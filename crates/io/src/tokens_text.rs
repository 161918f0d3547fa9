//! The lexer's reading of text literals: text in double quotes with RON's escapes, raw text,
//! and text in single quotes. Split from `tokens` for length; the same `Lexer`.

use super::tokens::{Lexer, Tok};

impl Lexer<'_> {
    /// The rest of a text in double quotes, after its opening quote.
    pub(super) fn text_body(&mut self) -> Tok {
        let mut lines = false;
        let mut bad_escape = None;
        loop {
            let (escape_at, escape_from) = (self.pos, self.at);
            match self.bump() {
                None => {
                    return Tok::Text {
                        closed: false,
                        lines,
                        bad_escape,
                    };
                }
                Some('"') => {
                    return Tok::Text {
                        closed: true,
                        lines,
                        bad_escape,
                    };
                }
                Some('\n') => lines = true,
                Some('\\') => {
                    if self.peek() == Some('\n') {
                        // A line continuation.
                        lines = true;
                    }
                    if !self.escape() && bad_escape.is_none() {
                        let written = self.text[escape_from..self.at].to_owned();
                        bad_escape = Some((escape_at, written));
                    }
                }
                Some(_) => {}
            }
        }
    }

    /// Reads an escape after its backslash; whether RON knows it.
    fn escape(&mut self) -> bool {
        match self.bump() {
            Some('\'' | '"' | '\\' | 'n' | 'r' | 't' | '0' | '\n') => true,
            Some('x') => self.byte_escapes(),
            Some('u') => {
                if self.peek() != Some('{') {
                    return false;
                }
                self.bump();
                let mut digits = String::new();
                while let Some(c) = self.peek().filter(char::is_ascii_hexdigit) {
                    digits.push(c);
                    self.bump();
                }
                let closed = self.peek() == Some('}');
                if closed {
                    self.bump();
                }
                closed
                    && (1..=6).contains(&digits.len())
                    && u32::from_str_radix(&digits, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .is_some()
            }
            _ => false,
        }
    }

    /// Reads `\xHH` after its `\x`, and the `\xHH` that must follow to make one UTF-8
    /// character; whether they do (in text, ron takes bytes that spell a character).
    fn byte_escapes(&mut self) -> bool {
        let mut hex = || {
            let digits: String = (0..2).filter_map(|_| self.bump()).collect();
            u8::from_str_radix(&digits, 16).ok()
        };
        let Some(first) = hex() else {
            return false;
        };
        let length = match first {
            0x00..=0x7F => return true,
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return false,
        };
        let mut bytes = vec![first];
        for _ in 1..length {
            if !self.rest().starts_with("\\x") {
                return false;
            }
            self.bump();
            self.bump();
            let mut hex = || {
                let digits: String = (0..2).filter_map(|_| self.bump()).collect();
                u8::from_str_radix(&digits, 16).ok()
            };
            match hex() {
                Some(byte) => bytes.push(byte),
                None => return false,
            }
        }
        std::str::from_utf8(&bytes).is_ok()
    }

    /// A raw string after its `r`: `#…"text"#…`.
    pub(super) fn raw_text(&mut self) -> Tok {
        let mut hashes = 0;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        self.bump();
        let closing: String = std::iter::once('"')
            .chain(std::iter::repeat_n('#', hashes))
            .collect();
        let mut lines = false;
        loop {
            if self.rest().starts_with(&closing) {
                for _ in 0..closing.len() {
                    self.bump();
                }
                return Tok::Text {
                    closed: true,
                    lines,
                    bad_escape: None,
                };
            }
            match self.bump() {
                None => {
                    return Tok::Text {
                        closed: false,
                        lines,
                        bad_escape: None,
                    };
                }
                Some('\n') => lines = true,
                Some(_) => {}
            }
        }
    }

    /// Text in single quotes after the opening quote, up to the closing quote on its line.
    pub(super) fn quoted(&mut self) -> Tok {
        let mut chars = 0;
        loop {
            match self.peek() {
                None | Some('\n') => {
                    return Tok::Quoted {
                        closed: false,
                        chars,
                    };
                }
                Some('\'') => {
                    self.bump();
                    return Tok::Quoted {
                        closed: true,
                        chars,
                    };
                }
                Some('\\') => {
                    self.bump();
                    self.bump();
                    chars += 1;
                }
                Some(_) => {
                    self.bump();
                    chars += 1;
                }
            }
        }
    }
}
