//! What each field of format 1 holds, in words for error messages: "expected true or false for
//! `real_time`". serde's errors name a type (`bool`, `Option`) or nothing at all; a person needs
//! the field and its values in the file's own spelling.
//!
//! The table mirrors `format_v1`'s types; a test there checks that every field of every struct
//! has an entry here, so a new field cannot be added without its words.

use std::sync::LazyLock;

use advisor_core::field::{Kind, LATER};

use crate::format_v1::{DECISION_FIELDS, REQUIREMENT_FIELDS, SCENARIO_FIELDS};

/// A field of format 1 and the words for what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FieldWords {
    /// The field's name in the file.
    pub name: &'static str,
    /// What its value may be: "true or false", "Cloud or `OnPremises`".
    pub allowed: &'static str,
    /// What goes inside its `Some(…)` or between its list's brackets, when it has them.
    pub inner: Option<&'static str>,
    /// A value inside `Some(…)` or a list, to show the shape.
    pub example: &'static str,
}

const fn words(
    name: &'static str,
    allowed: &'static str,
    inner: Option<&'static str>,
    example: &'static str,
) -> FieldWords {
    FieldWords {
        name,
        allowed,
        inner,
        example,
    }
}

const SOME_BOOL: &str = "Some(true), Some(false) or None";
const BOOL: &str = "true or false";

/// Every field of format 1, in the order of the canonical file.
const FIELDS: &[FieldWords] = &[
    words("format", "a format number", None, "1"),
    words("title", "text in double quotes", None, ""),
    words("context", "text in double quotes", None, ""),
    words(
        "requirements",
        "`Requirements(` with named fields",
        None,
        "",
    ),
    words(
        "counterpart",
        "OtherSystem, Dynamics365App(...), ExcelUsers or Reporting",
        None,
        "",
    ),
    words("direction", "Inbound, Outbound or Bidirectional", None, ""),
    words("initiator", "Counterpart or FinOps", None, ""),
    words("exchange", "Records, Action or Calculation", None, ""),
    words("real_time", BOOL, None, ""),
    words(
        "peak_records_per_hour",
        "Some(a number of records per hour) or None",
        Some("a number of records per hour"),
        "200000",
    ),
    words("frequency", "AdHoc, Every(minutes: ...) or Once", None, ""),
    words("deployment", "Cloud or OnPremises", None, ""),
    words("error_feedback", "Immediate or Deferred", None, ""),
    words("incremental", BOOL, None, ""),
    words("endpoint_tls12", SOME_BOOL, Some(BOOL), "false"),
    words(
        "not_known",
        "a list of questions in square brackets",
        Some("RealTime, Frequency or ErrorFeedback"),
        "RealTime",
    ),
    words(
        "decision",
        "Some(Decision(...)) or None",
        Some("`Decision(` with named fields"),
        "Decision(...)",
    ),
    words(
        "status",
        "Proposed, Accepted, Rejected or Superseded",
        None,
        "",
    ),
    words("pattern", "a pattern id in double quotes", None, ""),
    words("rationale", "text in double quotes", None, ""),
    words(
        "decided_by",
        "a list of names in square brackets",
        Some("a name in double quotes"),
        "\"Ana\"",
    ),
    words(
        "date",
        "a date in double quotes as \"YYYY-MM-DD\"",
        None,
        "",
    ),
    words(
        "supersedes",
        "Some(\"file name\") or None",
        Some("a file name in double quotes"),
        "\"old-decision.ron\"",
    ),
    words(
        "catalogue_version",
        "Some(a catalogue version number) or None",
        Some("a whole number from 0 to 4,294,967,295"),
        "1",
    ),
    words(
        "minutes",
        "a number of minutes between runs from 1 to 525,600 (a year)",
        None,
        "",
    ),
];

/// The later questions' words, from the core's table of them (`field::LATER`): made once,
/// and kept for the program's life as the table is.
static LATER_FIELDS: LazyLock<Vec<FieldWords>> = LazyLock::new(|| {
    LATER
        .iter()
        .map(|later| {
            let (allowed, inner) = match later.kind {
                Kind::YesNo => (SOME_BOOL.to_owned(), BOOL.to_owned()),
                Kind::OneOf => {
                    let some: Vec<String> = later
                        .names
                        .iter()
                        .map(|name| format!("Some({name})"))
                        .collect();
                    (format!("{} or None", some.join(", ")), either(later.names))
                }
            };
            FieldWords {
                name: later.field.name(),
                allowed: allowed.leak(),
                inner: Some(inner.leak()),
                example: later.names.first().copied().unwrap_or_default(),
            }
        })
        .collect()
});

/// `A, B or C`.
fn either(names: &[&str]) -> String {
    match names.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The words for field `name`, when format 1 has such a field.
pub(crate) fn field(name: &str) -> Option<&'static FieldWords> {
    FIELDS
        .iter()
        .chain(LATER_FIELDS.iter())
        .find(|f| f.name == name)
}

/// The fields of each struct of format 1 that is written `Name(field: …)`.
const STRUCTS: &[(&str, &[&str])] = &[
    ("Scenario", SCENARIO_FIELDS),
    ("Requirements", &REQUIREMENT_FIELDS),
    ("Every", &["minutes"]),
    ("Decision", DECISION_FIELDS),
];
/// The fields of struct `name` (`Requirements`), for a struct written without them
/// (`Every(5)`) and for a field that belongs to an enclosing struct (a `)` is missing).
pub(crate) fn struct_fields(name: &str) -> Option<&'static [&'static str]> {
    STRUCTS
        .iter()
        .find(|(struct_name, _)| *struct_name == name)
        .map(|(_, fields)| *fields)
}

/// A value name as written in the file: the ones that carry data show their brackets.
pub(crate) fn spelled(variant: &str) -> String {
    match variant {
        "Dynamics365App" => "Dynamics365App(...)".to_owned(),
        "Every" => "Every(minutes: ...)".to_owned(),
        other => other.to_owned(),
    }
}

/// A hint for a frequency named by its period (`Weekly`): the minutes it stands for.
pub(crate) fn period_hint(found: &str) -> Option<String> {
    let minutes = match found.to_lowercase().as_str() {
        "hourly" => 60,
        "daily" => 1_440,
        "weekly" => 10_080,
        _ => return None,
    };
    Some(format!(
        "{} is Every(minutes: {minutes})",
        found.to_lowercase()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fields serde knows for the struct around `probe`'s unknown field `zz`.
    fn serde_fields(probe: &str) -> Vec<String> {
        match ron::from_str::<crate::format_v1::ScenarioV1>(probe) {
            Err(error) => match error.code {
                ron::Error::NoSuchStructField { expected, .. } => {
                    expected.iter().map(|f| (*f).to_owned()).collect()
                }
                other => panic!("{other:?}"),
            },
            Ok(_) => panic!("accepted"),
        }
    }

    #[test]
    fn the_struct_fields_are_the_formats_own() {
        let decision = "decision: Some(Decision(zz: 1))";
        for (name, probe) in [
            ("Scenario", "Scenario(zz: 1)".to_owned()),
            (
                "Requirements",
                "Scenario(requirements: Requirements(zz: 1))".to_owned(),
            ),
            (
                "Every",
                "Scenario(requirements: Requirements(frequency: Every(zz: 1)))".to_owned(),
            ),
            ("Decision", format!("Scenario({decision})")),
        ] {
            assert_eq!(
                serde_fields(&probe),
                struct_fields(name).unwrap_or_default(),
                "{name}"
            );
        }
    }

    #[test]
    fn every_field_has_words_and_values_show_their_brackets() {
        assert!(field("real_time").is_some_and(|f| f.allowed == "true or false"));
        assert!(field("colour").is_none());
        assert_eq!(spelled("Every"), "Every(minutes: ...)");
        assert_eq!(spelled("Cloud"), "Cloud");
        assert_eq!(
            period_hint("Weekly").as_deref(),
            Some("weekly is Every(minutes: 10080)")
        );
        assert_eq!(period_hint("Sometimes"), None);
        for (_, fields) in STRUCTS {
            for name in *fields {
                assert!(field(name).is_some(), "{name} has words");
            }
        }
        let names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "each field once");
    }
}
