//! Text from a file made safe in Markdown: the one escaping function of every Markdown writer
//! (decision records, `decide --format markdown`, portfolio reports).

/// Text from a file, safe in Markdown: shown as the text it is, never as markup.
///
/// - Every character with a meaning in Markdown or HTML is escaped with a backslash, so that
///   `[x](javascript:…)` is no link, `![i](http://…)` loads no image and `<script>` is text.
/// - A web address is not made a link either: GitHub links bare `https://…` and `www.…`
///   addresses, so their `://` and `www.` are broken with a backslash (`https\://`, `www\.`),
///   which renders as the address itself.
/// - Line breaks become spaces: a title, a table cell or a list item stays one line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (index, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            ':' if text[index..].starts_with("://") => out.push_str("\\:"),
            '.' if ends_in_www(&text[..index]) => out.push_str("\\."),
            '\r' => {}
            '\n' => out.push(' '),
            other => out.push(other),
        }
    }
    out
}

/// Whether `before` ends in a "www" that begins a word: the start of a web address.
fn ends_in_www(before: &str) -> bool {
    let Some(start) = before.len().checked_sub(3) else {
        return false;
    };
    before
        .get(start..)
        .is_some_and(|w| w.eq_ignore_ascii_case("www"))
        && !before[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn links_images_html_and_addresses_stay_text() {
        assert_eq!(
            escape("[x](javascript:alert(1)) ![i](http://example.com/i.png)"),
            "\\[x\\](javascript:alert(1)) \\!\\[i\\](http\\://example.com/i.png)"
        );
        assert_eq!(
            escape("<script>a|b</script>"),
            "\\<script\\>a\\|b\\</script\\>"
        );
        assert_eq!(escape("see www.example.com"), "see www\\.example.com");
        assert_eq!(escape("awww.no"), "awww.no", "not the start of an address");
        assert_eq!(escape("two\r\nlines"), "two lines");
        assert_eq!(escape("F&O — naïve"), "F\\&O — naïve");
    }

    #[test]
    fn rendered_as_html_the_text_makes_no_link_image_or_tag() {
        for hostile in [
            "[x](javascript:alert(1)) ![i](http://example.com/i.png)",
            "<img src=x onerror=alert(1)>",
            "https://example.com www.example.com <https://example.com>",
            "[a]: http://example.com\n[a]",
        ] {
            let html = {
                let mut html = String::new();
                pulldown_cmark::html::push_html(
                    &mut html,
                    pulldown_cmark::Parser::new_ext(
                        &escape(hostile),
                        pulldown_cmark::Options::all(),
                    ),
                );
                html
            };
            assert!(
                !html.contains("<a") && !html.contains("<img") && !html.contains("<script"),
                "{hostile:?} became {html}"
            );
        }
    }
}
