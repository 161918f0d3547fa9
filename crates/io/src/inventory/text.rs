//! Characters no inventory cell may hold: the same set every text field of a scenario refuses
//! ([`advisor_core::validate::control_name`]): controls a terminal runs (an escape sequence
//! recolours or rewrites the screen), that end a line early, or that reorder the text shown
//! (bidirectional overrides make `exe.txt` display as `txt.exe`). A cell's text goes to the
//! terminal, to CSV, Markdown and JSON reports and into the window; none of these may be
//! fooled by it.

use advisor_core::validate::control_name;

/// The first character of `text` a cell may not hold, if any. In free text (`line_breaks`),
/// tabs and line breaks are allowed.
pub fn forbidden_character(text: &str, line_breaks: bool) -> Option<char> {
    // Most cells are plain ASCII: one pass over the bytes settles them.
    if text.bytes().all(|b| (0x20..0x7F).contains(&b)) {
        return None;
    }
    text.chars().find(|&c| is_forbidden(c, line_breaks))
}

/// Whether a cell may not hold `c`; see [`forbidden_character`].
fn is_forbidden(c: char, line_breaks: bool) -> bool {
    let whitespace = matches!(c, '\t' | '\n' | '\r');
    control_name(c).is_some() && !(line_breaks && whitespace)
}

/// The character as a message names it: `U+001B (escape)`.
pub fn describe(c: char) -> String {
    let name = control_name(c).unwrap_or("a formatting character");
    format!("U+{:04X} ({name})", u32::from(c))
}

/// The cell's message for a character it may not hold.
pub fn refusal(c: char, line_breaks: bool) -> String {
    let mut message = format!("the cell contains the control character {}", describe(c));
    if matches!(c, '\t' | '\n' | '\r') && !line_breaks {
        message.push_str("; only the context may hold tabs and line breaks");
    }
    message
}

/// Text from a file made safe to show in a message: every character a cell may not hold is
/// written as its escape (`\u{1b}`). For names that reach messages from the file itself (a
/// sheet's name, a library's error).
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if forbidden_character(text, false).is_none() {
        return text.into();
    }
    advisor_core::validate::visible(text).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_direction_overrides_are_found_and_named() {
        for (text, found) in [
            ("plain", None),
            ("Café “curly” — ok", None),
            ("a\u{1b}[31mred", Some('\u{1b}')),
            ("bell\u{7}", Some('\u{7}')),
            ("nul\0", Some('\0')),
            ("del\u{7f}", Some('\u{7f}')),
            ("c1\u{9b}", Some('\u{9b}')),
            ("txt\u{202E}exe", Some('\u{202E}')),
            ("iso\u{2066}", Some('\u{2066}')),
            ("mark\u{200F}", Some('\u{200F}')),
            ("arabic\u{061C}", Some('\u{061C}')),
            ("two\tcolumns", Some('\t')),
            ("two\nlines", Some('\n')),
        ] {
            assert_eq!(forbidden_character(text, false), found, "{text:?}");
        }
        assert_eq!(forbidden_character("two\nlines\tand\r\n", true), None);
        assert_eq!(
            forbidden_character("free\u{1b}", true),
            Some('\u{1b}'),
            "free text is still no place for an escape"
        );
        assert_eq!(describe('\u{1b}'), "U+001B (escape)");
        assert_eq!(describe('\u{202E}'), "U+202E (right-to-left override)");
        assert_eq!(describe('\u{85}'), "U+0085 (next line)");
        assert_eq!(printable("sheet\u{1b}[2J"), "sheet\\u{1b}[2J");
        assert_eq!(printable("plain"), "plain");
    }
}
