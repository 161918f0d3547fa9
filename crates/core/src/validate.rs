//! Range checks of a scenario's values, keyed by field. The loader reports them with a line
//! and column, the editor next to the field, both with these same words.
//!
//! Text fields are checked alike: a scenario's text is later written to terminals, YAML front
//! matter, HTML, CSV and Markdown, where a control character (an escape sequence, a bell, a
//! NUL) or a bidirectional override (`invoice\u{202E}gnp.exe` shown as `invoiceexe.png`) does
//! harm or misleads. Only the multi-line fields (context, rationale) may hold a tab or a line
//! feed. A carriage return is refused everywhere: the loader turns a file's CRLF line endings
//! into line feeds before reading, so a `\r` left in a text was written on purpose (`\r`) or
//! is a stray, and either way would break a line in some outputs and not in others.

use super::lenient::closest;
use super::model::{Frequency, Scenario};

/// Longest gap between scheduled runs: a year, in minutes.
pub const MAX_MINUTES: u32 = 525_600;
/// Largest peak volume accepted, in records per hour (10^12): anything larger is a typo.
pub const MAX_RECORDS_PER_HOUR: u64 = 1_000_000_000_000;

/// A field that can hold an invalid value, in the order of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CheckedField {
    /// `title`.
    Title,
    /// `context`.
    Context,
    /// `peak_records_per_hour`.
    PeakVolume,
    /// `frequency`'s minutes.
    Frequency,
    /// `decision.pattern`.
    DecisionPattern,
    /// `decision.rationale`.
    Rationale,
    /// `decision.decided_by`.
    DecidedBy,
    /// `decision.date`.
    DecisionDate,
    /// `decision.supersedes`.
    Supersedes,
}

/// A field that holds free text, for [`text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// `title`: one line.
    Title,
    /// `context`: may span lines.
    Context,
    /// `decision.pattern`: one line.
    Pattern,
    /// `decision.rationale`: may span lines.
    Rationale,
    /// One name of `decision.decided_by`: one line.
    DecidedBy,
    /// `decision.supersedes`: one line.
    Supersedes,
}

impl TextField {
    /// The field in a sentence: "the context contains …".
    fn noun(self) -> &'static str {
        match self {
            Self::Title => "the title",
            Self::Context => "the context",
            Self::Pattern => "the pattern",
            Self::Rationale => "the rationale",
            Self::DecidedBy => "a name in decided_by",
            Self::Supersedes => "supersedes",
        }
    }

    /// Whether the field may hold line feeds and tabs.
    fn multi_line(self) -> bool {
        matches!(self, Self::Context | Self::Rationale)
    }
}

/// Every problem of `scenario`, by field, in field order.
pub fn validate(scenario: &Scenario, pattern_ids: &[String]) -> Vec<(CheckedField, String)> {
    let mut problems = Vec::new();
    if let Err(message) = title(&scenario.title) {
        problems.push((CheckedField::Title, message));
    }
    if let Err(message) = text(TextField::Context, &scenario.context) {
        problems.push((CheckedField::Context, message));
    }
    if let Some(volume) = scenario.requirements.peak_records_per_hour
        && let Err(message) = records_per_hour(volume)
    {
        problems.push((CheckedField::PeakVolume, message));
    }
    if let Frequency::Every { minutes: m } = scenario.requirements.frequency
        && let Err(message) = minutes(u64::from(m))
    {
        problems.push((CheckedField::Frequency, message));
    }
    if let Some(decision) = &scenario.decision {
        if let Err(message) = pattern_id(&decision.pattern, pattern_ids) {
            problems.push((CheckedField::DecisionPattern, message));
        }
        if let Err(message) = text(TextField::Rationale, &decision.rationale) {
            problems.push((CheckedField::Rationale, message));
        }
        if let Some(message) = decision
            .decided_by
            .iter()
            .find_map(|name| text(TextField::DecidedBy, name).err())
        {
            problems.push((CheckedField::DecidedBy, message));
        }
        if let Some(previous) = &decision.supersedes
            && let Err(message) = text(TextField::Supersedes, previous)
        {
            problems.push((CheckedField::Supersedes, message));
        }
        if let Err(message) = iso_date(&decision.date) {
            problems.push((CheckedField::DecisionDate, message));
        }
    }
    // In the file's order, so that the first problem is the first one a reader meets.
    problems.sort_by_key(|(field, _)| *field);
    problems
}

/// The message of `field` among `problems`, as [`validate`] lists them.
pub fn problem(problems: &[(CheckedField, String)], field: CheckedField) -> Option<&str> {
    problems
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, message)| message.as_str())
}

/// A title needs visible text, on one line, without control characters.
pub fn title(value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        Err("the title is empty: give the scenario a short name that says what it is".to_owned())
    } else {
        text(TextField::Title, value)
    }
}

/// Whether `value` may stand in `field`: the one check of every text field.
///
/// No control character (C0, DEL, C1), no bidirectional control, and in a one-line field no
/// tab or line feed either. The loader and the editor both use it, with the same words.
pub fn text(field: TextField, value: &str) -> Result<(), String> {
    let Some((c, name)) = value.chars().find_map(|c| {
        let allowed = field.multi_line() && matches!(c, '\t' | '\n');
        control_name(c).filter(|_| !allowed).map(|name| (c, name))
    }) else {
        return Ok(());
    };
    let code = u32::from(c);
    let noun = field.noun();
    Err(if matches!(c, '\t' | '\n') {
        format!(
            "{noun} is one line of plain text, but it contains the control character U+{code:04X} ({name}); remove it"
        )
    } else if !c.is_control() {
        format!(
            "{noun} contains the invisible control character U+{code:04X} ({name}), which changes the order text is shown in; remove it"
        )
    } else {
        format!("{noun} contains the control character U+{code:04X} ({name}); remove it")
    })
}

/// `text` with every character [`control_name`] names written as an escape (`\u{1b}`), so
/// that a message quoting the text cannot itself carry a control character to a terminal.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if control_name(c).is_some() {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The name of `c` when it is a control character a text field refuses: C0 (tab and line feed
/// included), DEL, C1, or a bidirectional control. `None` for every other character.
pub fn control_name(c: char) -> Option<&'static str> {
    const C0: [&str; 32] = [
        "null",
        "start of heading",
        "start of text",
        "end of text",
        "end of transmission",
        "enquiry",
        "acknowledge",
        "bell",
        "backspace",
        "tab",
        "line feed",
        "line tabulation",
        "form feed",
        "carriage return",
        "shift out",
        "shift in",
        "data link escape",
        "device control one",
        "device control two",
        "device control three",
        "device control four",
        "negative acknowledge",
        "synchronous idle",
        "end of transmission block",
        "cancel",
        "end of medium",
        "substitute",
        "escape",
        "file separator",
        "group separator",
        "record separator",
        "unit separator",
    ];
    let code = u32::from(c);
    match c {
        '\u{0}'..='\u{1f}' => usize::try_from(code).ok().and_then(|i| C0.get(i).copied()),
        '\u{7f}' => Some("delete"),
        '\u{85}' => Some("next line"),
        '\u{9b}' => Some("control sequence introducer"),
        '\u{80}'..='\u{9f}' => Some("a C1 control"),
        '\u{61c}' => Some("Arabic letter mark"),
        '\u{200e}' => Some("left-to-right mark"),
        '\u{200f}' => Some("right-to-left mark"),
        '\u{202a}' => Some("left-to-right embedding"),
        '\u{202b}' => Some("right-to-left embedding"),
        '\u{202c}' => Some("pop directional formatting"),
        '\u{202d}' => Some("left-to-right override"),
        '\u{202e}' => Some("right-to-left override"),
        '\u{2066}' => Some("left-to-right isolate"),
        '\u{2067}' => Some("right-to-left isolate"),
        '\u{2068}' => Some("first strong isolate"),
        '\u{2069}' => Some("pop directional isolate"),
        _ => None,
    }
}

/// Minutes between runs: 1 to a year.
pub fn minutes(value: u64) -> Result<u32, String> {
    match u32::try_from(value) {
        Ok(minutes) if (1..=MAX_MINUTES).contains(&minutes) => Ok(minutes),
        _ => Err(format!(
            "expected a number of minutes between runs from 1 to 525,600 (a year), found {value}"
        )),
    }
}

/// Peak records per hour: up to 10^12.
pub fn records_per_hour(value: u64) -> Result<u64, String> {
    if value <= MAX_RECORDS_PER_HOUR {
        Ok(value)
    } else {
        Err(format!(
            "expected a number of records per hour up to 1,000,000,000,000, found {value}"
        ))
    }
}

/// A pattern id the catalogue knows; a near miss (`OData`) gets a "did you mean".
pub fn pattern_id(id: &str, known: &[String]) -> Result<(), String> {
    if known.iter().any(|k| k == id) {
        Ok(())
    } else if let Some(meant) = closest(id, known) {
        Err(format!(
            "unknown pattern \"{}\"; did you mean \"{meant}\"?",
            visible(id)
        ))
    } else {
        Err(format!(
            "unknown pattern \"{}\"; the patterns are: {}",
            visible(id),
            known.join(", ")
        ))
    }
}

/// An ISO `YYYY-MM-DD` calendar date.
pub fn iso_date(text: &str) -> Result<(), String> {
    if is_iso_date(text) {
        Ok(())
    } else {
        Err(format!(
            "expected a date as YYYY-MM-DD (for example 2026-11-22), found \"{}\"",
            visible(text)
        ))
    }
}

/// Whether `text` is a real calendar date written as `YYYY-MM-DD`.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        if part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_real_calendar_days() {
        assert!(is_iso_date("2026-11-22"));
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2026-02-29"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("22/11/2026"));
        assert!(!is_iso_date("2026-1-022"));
        assert!(!is_iso_date("２０２６-11-22"));
    }

    #[test]
    fn ranges_hold_at_their_edges() {
        assert!(minutes(0).is_err());
        assert_eq!(minutes(1), Ok(1));
        assert_eq!(minutes(525_600), Ok(525_600));
        assert!(minutes(525_601).is_err());
        assert!(records_per_hour(MAX_RECORDS_PER_HOUR).is_ok());
        assert!(records_per_hour(MAX_RECORDS_PER_HOUR + 1).is_err());
        assert!(title(" \t").is_err());
        assert!(pattern_id("odata", &["odata".to_owned()]).is_ok());
        assert!(pattern_id("ftp", &["odata".to_owned()]).is_err());
    }

    #[test]
    fn a_near_miss_of_a_pattern_id_gets_a_suggestion() {
        let ids = ["odata".to_owned(), "excel".to_owned()];
        assert_eq!(
            pattern_id("OData", &ids),
            Err("unknown pattern \"OData\"; did you mean \"odata\"?".to_owned())
        );
        assert_eq!(
            pattern_id("ftp", &ids),
            Err("unknown pattern \"ftp\"; the patterns are: odata, excel".to_owned())
        );
    }

    #[test]
    fn every_text_field_refuses_control_characters() {
        for field in [
            TextField::Title,
            TextField::Context,
            TextField::Pattern,
            TextField::Rationale,
            TextField::DecidedBy,
            TextField::Supersedes,
        ] {
            for c in [
                '\u{0}', '\u{7}', '\u{1b}', '\r', '\u{7f}', '\u{85}', '\u{9b}', '\u{202e}',
                '\u{2066}', '\u{200f}', '\u{61c}',
            ] {
                assert!(text(field, &format!("a{c}b")).is_err(), "{field:?} {c:?}");
            }
            assert_eq!(text(field, "Düsseldorf 倉庫 שרה 🚚"), Ok(()), "{field:?}");
        }
        assert_eq!(
            text(TextField::Context, "\u{1b}[31m"),
            Err("the context contains the control character U+001B (escape); remove it".to_owned())
        );
        assert_eq!(
            text(TextField::Title, "invoice\u{202e}gnp.exe"),
            Err("the title contains the invisible control character U+202E (right-to-left override), which changes the order text is shown in; remove it".to_owned())
        );
    }

    #[test]
    fn only_multi_line_fields_hold_tabs_and_line_feeds() {
        assert_eq!(text(TextField::Context, "one\n\ttwo"), Ok(()));
        assert_eq!(text(TextField::Rationale, "one\ntwo"), Ok(()));
        assert_eq!(
            title("one\ntwo"),
            Err("the title is one line of plain text, but it contains the control character U+000A (line feed); remove it".to_owned())
        );
        assert!(text(TextField::DecidedBy, "Ana\tBen").is_err());
        assert!(text(TextField::Supersedes, "a\nb").is_err());
    }

    #[test]
    fn quoted_text_never_carries_a_control_character() {
        assert_eq!(
            visible("a\u{1b}[2Jb\u{202e}c\td"),
            "a\\u{1b}[2Jb\\u{202e}c\\u{9}d"
        );
        assert_eq!(visible("Düsseldorf"), "Düsseldorf");
        let refused = iso_date("2026\u{1b}-01-01").err().unwrap_or_default();
        assert!(!refused.contains('\u{1b}'), "{refused}");
    }

    #[test]
    fn validate_reports_every_text_field_by_its_field() {
        let mut scenario = Scenario {
            title: "Orders".to_owned(),
            context: "bell\u{7}".to_owned(),
            requirements: crate::model::Requirements::default(),
            decision: Some(crate::model::Decision {
                status: crate::model::DecisionStatus::Proposed,
                pattern: "odata".to_owned(),
                rationale: "\u{1b}[2J".to_owned(),
                decided_by: vec!["Ana".to_owned(), "B\u{0}en".to_owned()],
                date: "2026-11-22".to_owned(),
                supersedes: Some("old\u{202e}.ron".to_owned()),
                catalogue_version: None,
            }),
        };
        let fields: Vec<CheckedField> = validate(&scenario, &["odata".to_owned()])
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert_eq!(
            fields,
            [
                CheckedField::Context,
                CheckedField::Rationale,
                CheckedField::DecidedBy,
                CheckedField::Supersedes
            ]
        );
        scenario.context.clear();
        scenario.decision = None;
        assert!(validate(&scenario, &[]).is_empty());
    }
}
