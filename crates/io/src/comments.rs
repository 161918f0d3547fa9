//! Whether a RON text has comments. Comments are not part of the format: the writer emits
//! none, so rewriting a file with comments would drop them, and callers ask first.

/// Whether `text` has a `//` or `/* */` comment outside string literals.
pub fn has_comments(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = skip_string(bytes, i + 1),
            b'r' if is_raw_string_start(bytes, i) => i = skip_raw_string(bytes, i + 1),
            b'/' if matches!(bytes.get(i + 1), Some(b'/' | b'*')) => return true,
            _ => i += 1,
        }
    }
    false
}

/// The index after the closing quote of a string whose body starts at `i`.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// Whether `r` at `i` opens a raw string (`r"` or `r#"`), not an identifier ending in r.
fn is_raw_string_start(bytes: &[u8], i: usize) -> bool {
    let starts_token = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
    let mut j = i + 1;
    while bytes.get(j) == Some(&b'#') {
        j += 1;
    }
    starts_token && bytes.get(j) == Some(&b'"')
}

/// The index after a raw string whose hashes start at `i`.
fn skip_raw_string(bytes: &[u8], mut i: usize) -> usize {
    let mut hashes = 0;
    while bytes.get(i) == Some(&b'#') {
        hashes += 1;
        i += 1;
    }
    i += 1; // the opening quote
    while i < bytes.len() {
        if bytes[i] == b'"'
            && bytes[i + 1..]
                .iter()
                .take(hashes)
                .filter(|&&b| b == b'#')
                .count()
                == hashes
        {
            return i + 1 + hashes;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::has_comments;

    #[test]
    fn finds_comments_outside_strings_only() {
        assert!(has_comments("Scenario( // why\n)"));
        assert!(has_comments("Scenario( /* block */ )"));
        assert!(!has_comments("Scenario(title: \"a // b /* c\")"));
        assert!(!has_comments("Scenario(title: \"say \\\"//\\\"\")"));
        assert!(!has_comments("Scenario(title: r#\"a \" // b\"#)"));
        assert!(has_comments("Scenario(title: r#\"a\"#) // after"));
        assert!(!has_comments(
            "Scenario(url: \"https://learn.microsoft.com\")"
        ));
    }
}
