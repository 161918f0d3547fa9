//! Characters no inventory cell may hold: controls that a terminal runs (an escape sequence
//! recolours or rewrites the screen), that end a line early, or that reorder the text shown
//! (bidirectional overrides make `exe.txt` display as `txt.exe`). A cell's text goes to the
//! terminal, to CSV, Markdown and JSON reports and into the window; none of these may be
//! fooled by it.

// TODO(merge): use core::validate's checker (another branch adds one function for every text
// field of a scenario; this one has the same characters and goes when that lands).

/// The first character of `text` a cell may not hold, if any.
///
/// Refused: C0 controls (U+0000–U+001F), DEL (U+007F), C1 controls (U+0080–U+009F), the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks
/// (U+200E, U+200F, U+061C). In free text (`line_breaks`), tabs and line breaks are allowed.
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
    (c.is_control() && !(line_breaks && whitespace)) || is_bidi_control(c)
}

/// Whether `c` changes the direction text is shown in.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The character as a message names it: `U+001B (escape)`.
pub fn describe(c: char) -> String {
    let name = match c {
        '\0' => "null",
        '\u{7}' => "bell",
        '\u{8}' => "backspace",
        '\t' => "tab",
        '\n' => "line feed",
        '\u{b}' => "vertical tab",
        '\u{c}' => "form feed",
        '\r' => "carriage return",
        '\u{1b}' => "escape",
        '\u{7f}' => "delete",
        '\u{0}'..='\u{1f}' => "a control character",
        '\u{85}' => "next line",
        '\u{9b}' => "control sequence introducer",
        '\u{80}'..='\u{9f}' => "a C1 control character",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{061C}' => "Arabic letter mark",
        _ => "a formatting character",
    };
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
    text.chars()
        .map(|c| {
            if is_forbidden(c, false) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
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
