//! The loader's messages: exact words and positions for the syntax errors the corpus does not
//! cover, and a sweep over thousands of broken files that no message carries a raw parser
//! phrase, a position outside the file, or a control character taken from the file.

use std::path::Path;

use integration_advisor::bundled;
use integration_advisor::core::validate::control_name;
use integration_advisor::io::load::parse_bytes;
use integration_advisor::io::parse_str;

fn valid() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios/07-import-large-volumes-of-sales-orders.ron"),
    )
    .expect("the sample scenario is readable")
}

/// `LINE:COLUMN: message` for a text the loader must refuse.
fn refusal(text: &str) -> String {
    match parse_str(text, bundled::pattern_ids()) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(error) => error.to_string(),
    }
}

fn replaced(from: &str, to: &str) -> String {
    let text = valid();
    assert!(text.contains(from), "{from:?} is in the sample");
    text.replacen(from, to, 1)
}

#[test]
fn an_unclosed_bracket_is_named_where_it_opened() {
    assert_eq!(
        refusal(&replaced("Some(200000),", "Some(200000,")),
        "11:36: `Some(` of `peak_records_per_hour` opened here is not closed before the field `frequency` on line 12: a `)` is missing"
    );
    assert_eq!(
        refusal(&replaced("    ),\n    decision", "    decision")),
        "5:31: `Requirements(` opened here is not closed before the field `decision` on line 17: a `)` is missing"
    );
    assert_eq!(
        refusal(&valid().replace("    ),\n    decision: None,\n)", "")),
        "5:31: `Requirements(` opened here is never closed, and neither is `Scenario(` at line 1: the file ends first, so it may be incomplete"
    );
    assert_eq!(
        refusal(&replaced("Some(200000)", "Some(200000]")),
        "11:43: expected `)` to close `Some(` of `peak_records_per_hour` opened at line 11, found `]`"
    );
}

#[test]
fn unclosed_text_and_bad_escapes_are_named_by_their_field() {
    let text = valid();
    let cut = text.find("records an hour").expect("the context");
    assert_eq!(
        refusal(&text[..cut]),
        "4:14: the text of `context` opened here is not closed: a closing double quote is missing"
    );
    assert_eq!(
        refusal(&replaced("sales orders\",", "sales \\q orders\",")),
        "3:43: unknown escape `\\q` in the text of `title`; write \\\\ for a backslash, or one of \\\", \\n, \\t, \\u{...}"
    );
    assert_eq!(
        refusal(&replaced("sales orders\",", "sales \\xFF orders\",")),
        "3:43: unknown escape `\\xFF` in the text of `title`; write \\\\ for a backslash, or one of \\\", \\n, \\t, \\u{...}"
    );
    assert_eq!(
        refusal(&replaced("\"Import large", "Import large")),
        "3:12: expected text in double quotes for `title`, found words without quotes: Import large volumes of sales orders"
    );
}

#[test]
fn a_missing_value_or_colon_names_the_field() {
    assert_eq!(
        refusal(&replaced("real_time: false,", "real_time: ,")),
        "10:20: the value of `real_time` is missing before `,`"
    );
    assert_eq!(
        refusal(&replaced("real_time: false,", "real_time false,")),
        "10:19: expected `:` after the field name `real_time`, found `false`"
    );
    assert_eq!(
        refusal(&replaced("real_time: false,", "real_time: false;")),
        "10:25: expected `,` or `)` after `real_time: false`, found `;`"
    );
}

#[test]
fn control_characters_outside_text_are_named_and_not_echoed() {
    assert_eq!(
        refusal(&replaced("real_time: false,", "real_time: \u{1b}false,")),
        "10:20: the control character U+001B (escape) may not stand outside text; remove it"
    );
    let message = refusal(&replaced("Some(200000)", "Some(\"\u{1b}[2J\u{202e}\")"));
    assert!(
        message.contains("\\u{1b}[2J\\u{202e}"),
        "the text found is quoted with its control characters escaped: {message}"
    );
}

#[test]
fn carriage_returns_are_line_breaks_in_the_file_and_refused_in_text() {
    let crlf = replaced(
        "context: \"An on-premises",
        "context: \"Two lines:\nAn on-premises",
    )
    .replace('\n', "\r\n");
    let scenario = parse_str(&crlf, bundled::pattern_ids()).expect("CRLF loads");
    assert!(
        scenario.context.starts_with("Two lines:\nAn on-premises"),
        "the line break inside the text is a line feed"
    );
    let stray = replaced("context: \"An", "context: \"A\rn");
    assert_eq!(
        refusal(&stray),
        "4:14: the context contains the control character U+000D (carriage return); remove it"
    );
}

#[test]
fn positions_count_characters_without_the_byte_order_mark() {
    let text = format!(
        "\u{feff}{}",
        replaced(
            "title: \"Import large volumes of sales orders\",",
            "title: \"受注 🚚\", nonsense: 1,"
        )
    );
    let error = parse_bytes(text.as_bytes(), bundled::pattern_ids()).expect_err("refused");
    assert_eq!(
        (error.line, error.column),
        (3, 20),
        "after 4 spaces, `title: \"`, 4 characters and `\", `: {error}"
    );
    assert!(
        error
            .message
            .starts_with("unknown field `nonsense` in Scenario"),
        "{error}"
    );
}

#[test]
fn a_text_that_is_valid_ron_but_not_a_scenario_is_named() {
    assert_eq!(
        refusal("[1, 2]"),
        "1:1: a scenario file starts with `Scenario(`, found a list in square brackets"
    );
    assert_eq!(
        refusal(&replaced("OtherSystem", "Dynamics365App(Sale)")),
        "6:37: unknown app `Sale` for `counterpart`; did you mean `Sales`?"
    );
    assert_eq!(
        refusal(&replaced("direction: Inbound", "direction: inbound")),
        "7:20: unknown value `inbound` for `direction`; did you mean `Inbound`?"
    );
}

/// ron's own phrases: none may reach the user.
const RAW: &[&str] = &[
    "Expected",
    "Unexpected",
    "out of bounds",
    "SpannedError",
    "identifier",
    "Non-whitespace",
    "invalid type",
    "invalid value",
    "invalid length",
    "unknown variant",
    "integer",
    "boolean",
    "Unclosed",
    "byte string",
    "`ron::",
];

/// Values to put in place of each field's value: wrong types, numbers of every form, escapes.
const VALUES: &[&str] = &[
    "\"x\"",
    "1",
    "-1",
    "1.5",
    "2e5",
    "99999999999999999999999",
    "999999999999999999999999999999999999999999",
    "-99999999999999999999999",
    "0x1F",
    "1_000",
    "inf",
    "NaN",
    "true",
    "None",
    "Some(1)",
    "Some(\"x\")",
    "Some()",
    "Some(1, 2)",
    "[]",
    "[1]",
    "()",
    "{}",
    "{\"a\": 1}",
    "Foo",
    "Foo(1)",
    "Foo(a: 1)",
    "'c'",
    "'text'",
    "b\"x\"",
    "r#\"x\"#",
    "\"\\q\"",
    "\"\\u{110000}\"",
    "\"\\u{1b}\"",
    "",
    "#",
    "\"",
];

fn broken_inputs() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut inputs: Vec<Vec<u8>> = std::fs::read_dir(root.join("tests/corpus"))
        .expect("the corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| std::fs::read(p).expect("readable"))
        .collect();
    let full = std::fs::read_to_string(root.join("tests/fixtures/format-1/full.ron"))
        .expect("the full fixture");
    for text in [valid(), full] {
        // Every field's value replaced by every value above.
        for (index, line) in text.lines().enumerate() {
            let Some((name, _)) = line.split_once(": ") else {
                continue;
            };
            for value in VALUES {
                let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
                lines[index] = format!("{name}: {value},");
                inputs.push(lines.join("\n").into_bytes());
            }
        }
        // Cut short anywhere, and every bracket, comma, colon and quote left out in turn.
        for (at, c) in text.char_indices() {
            if at % 3 == 0 {
                inputs.push(text.as_bytes()[..at].to_vec());
            }
            if "()[],:\"".contains(c) {
                let mut without = text.clone();
                without.remove(at);
                inputs.push(without.into_bytes());
            }
        }
    }
    inputs
}

#[test]
fn no_message_carries_a_raw_parser_phrase_a_bad_position_or_a_control_character() {
    let inputs = broken_inputs();
    assert!(inputs.len() > 2_000, "a broad sweep: {}", inputs.len());
    let mut refused = 0;
    for bytes in &inputs {
        let Err(error) = parse_bytes(bytes, bundled::pattern_ids()) else {
            continue;
        };
        refused += 1;
        let text = String::from_utf8_lossy(bytes);
        let shown = format!("{error}\n--- for ---\n{text}");
        for raw in RAW {
            assert!(!error.message.contains(raw), "raw phrase {raw:?}: {shown}");
        }
        assert!(
            !error.message.chars().any(|c| control_name(c).is_some()),
            "control character in the message: {shown}"
        );
        let lines: Vec<&str> = text.split('\n').collect();
        assert!(
            error.line >= 1 && error.line <= lines.len(),
            "line out of the file: {shown}"
        );
        let width = lines[error.line - 1]
            .trim_start_matches('\u{feff}')
            .chars()
            .count();
        assert!(
            error.column >= 1 && error.column <= width + 1,
            "column out of its line: {shown}"
        );
    }
    assert!(
        refused * 10 > inputs.len() * 9,
        "nearly every input is broken: {refused} of {}",
        inputs.len()
    );
}
