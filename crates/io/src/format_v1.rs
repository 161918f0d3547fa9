//! Scenario file format 1, as written on disk.
//!
//! These types are separate from the domain model (`core::model`) so that a future format 2 is
//! a new set of types plus a migration, and format 1 files keep loading forever.
//!
//! Values that have a range are newtypes whose `Deserialize` checks the range, so the parser
//! reports the line and column of the offending value itself.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Visitor};

use advisor_core::field::Field;
use advisor_core::model::{
    Counterpart, Decision, DecisionStatus, Deployment, Direction, ErrorFeedback, Exchange,
    Frequency, Initiator, OpenQuestion, Requirements, Scenario,
};
use advisor_core::validate::{self, TextField};

mod requirements_v1;
pub(crate) use requirements_v1::FIELDS as REQUIREMENT_FIELDS;
mod scenario_v1;
pub(crate) use scenario_v1::{DECISION_FIELDS, SCENARIO_FIELDS, ScenarioSeed};

/// The newest format this program reads and the one it writes.
pub const CURRENT_FORMAT: u32 = 1;

/// A whole file, format 1. Read by `scenario_v1`'s visitor, which takes the pattern ids a
/// decision may name as a seed.
#[derive(Debug)]
pub struct ScenarioV1 {
    #[expect(
        dead_code,
        reason = "checked while reading; the model has no such field"
    )]
    format: FormatNumber,
    title: Title,
    context: Context,
    requirements: RequirementsV1,
    decision: Option<DecisionV1>,
}

/// The requirements of format 1. Read by `requirements_v1`'s hand-written visitor rather than
/// derived, so that the later questions are read from the core's table (`field::LATER`)
/// instead of a field each here.
#[derive(Debug)]
struct RequirementsV1 {
    counterpart: Counterpart,
    direction: Direction,
    initiator: Initiator,
    exchange: Exchange,
    real_time: bool,
    peak_records_per_hour: Option<RecordsPerHour>,
    frequency: FrequencyV1,
    deployment: Deployment,
    error_feedback: ErrorFeedback,
    incremental: bool,
    endpoint_tls12: Option<bool>,
    /// Each later question's choice, by its field: absent while not asked.
    later: Vec<(Field, usize)>,
    not_known: Vec<OpenQuestion>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Frequency", deny_unknown_fields)]
enum FrequencyV1 {
    AdHoc,
    Every { minutes: Minutes },
    Once,
}

/// A decision of format 1, read by `scenario_v1`'s visitor.
#[derive(Debug)]
struct DecisionV1 {
    status: DecisionStatus,
    pattern: KnownPatternId,
    rationale: Rationale,
    decided_by: Vec<Name>,
    date: IsoDate,
    // Added to format 1 later, optional.
    supersedes: Option<Supersedes>,
    catalogue_version: Option<u32>,
}

/// Reads only the `format` number, ignoring every other field, so that a newer file is
/// reported as newer rather than as having unknown fields.
#[derive(Debug, Deserialize)]
#[serde(rename = "Scenario")]
pub struct FormatProbe {
    #[expect(dead_code, reason = "read for its check only")]
    format: FormatNumber,
}

impl From<ScenarioV1> for Scenario {
    fn from(file: ScenarioV1) -> Self {
        let mut requirements = file.requirements;
        let later = std::mem::take(&mut requirements.later);
        let mut scenario = Self {
            title: file.title.0,
            context: file.context.0,
            requirements: Requirements {
                counterpart: requirements.counterpart,
                direction: requirements.direction,
                initiator: requirements.initiator,
                exchange: requirements.exchange,
                real_time: requirements.real_time,
                peak_records_per_hour: requirements.peak_records_per_hour.map(|v| v.0),
                frequency: match requirements.frequency {
                    FrequencyV1::AdHoc => Frequency::AdHoc,
                    FrequencyV1::Every { minutes } => Frequency::Every { minutes: minutes.0 },
                    FrequencyV1::Once => Frequency::Once,
                },
                deployment: requirements.deployment,
                error_feedback: requirements.error_feedback,
                incremental: requirements.incremental,
                endpoint_tls12: requirements.endpoint_tls12,
                not_known: {
                    let mut open = requirements.not_known;
                    open.sort();
                    open.dedup();
                    open
                },
                // The later questions: not asked until set from the file below.
                ..Requirements::default()
            },
            decision: file.decision.map(|decision| Decision {
                status: decision.status,
                pattern: decision.pattern.0,
                rationale: decision.rationale.0,
                decided_by: decision.decided_by.into_iter().map(|name| name.0).collect(),
                date: decision.date.0,
                supersedes: decision.supersedes.map(|previous| previous.0),
                catalogue_version: decision.catalogue_version,
            }),
        };
        for (field, choice) in later {
            if let Some(later) = field.later() {
                (later.set)(&mut scenario.requirements, Some(choice));
            }
        }
        scenario
    }
}

/// Implements a visitor for an unsigned number with a range, accepting any number form and
/// text so that a negative, fractional, huge or quoted number gets a message in the user's
/// terms: `$what` names the number, `$range` says which values are allowed.
macro_rules! ranged_number_visitor {
    ($visitor:ident, $target:ty, $what:expr, $range:expr, $check:expr) => {
        struct $visitor;
        impl<'de> Visitor<'de> for $visitor {
            type Value = $target;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{} {}", $what, $range)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                ($check)(v).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom(format!(
                        "expected {} {}, found the negative number {v}",
                        $what, $range
                    ))),
                }
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Err(E::custom(not_whole(v, $what, $range)))
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Self::Value, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom(format!(
                        "expected {} {}, found {v}, which is far too large",
                        $what, $range
                    ))),
                }
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Self::Value, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) if v < 0 => Err(E::custom(format!(
                        "expected {} {}, found the negative number {v}",
                        $what, $range
                    ))),
                    Err(_) => self.visit_u128(v.unsigned_abs()),
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Err(E::custom(format!(
                    "expected {} {}, found the text \"{}\"{}",
                    $what,
                    $range,
                    validate::visible(v),
                    unquote_hint(v)
                )))
            }
        }
    };
}

/// The words for a number that is not whole, or too large for any whole number the parser
/// reads (which it hands over as a float): never "a fraction" when it is whole.
fn not_whole(v: f64, what: &str, range: &str) -> String {
    if !v.is_finite() {
        format!("expected {what} {range}, found {v}, which is not a number of that kind")
    } else if v.fract() != 0.0 {
        format!("expected {what} as a whole number, found the fraction {v}")
    } else if v.abs() >= 1.8e19 {
        // Beyond u64: a whole number far out of range, however it was written.
        format!("expected {what} {range}, found a number far too large")
    } else {
        format!(
            "expected {what} written with digits only, found {v} written with a decimal point or an exponent; write {v}"
        )
    }
}

/// "; remove the quotes" when quoted text holds a whole number.
fn unquote_hint(text: &str) -> String {
    let digits: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\'' | '\u{a0}'))
        .collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        String::new()
    } else if digits == text {
        "; remove the quotes".to_owned()
    } else {
        format!("; write it without quotes or separators: {digits}")
    }
}

/// `format`: at least 1 and no newer than this program.
#[derive(Debug, Clone, Copy)]
struct FormatNumber;

fn format_number(v: u64) -> Result<FormatNumber, String> {
    match v {
        0 => Err("the format number starts at 1, found 0".to_owned()),
        v if v > u64::from(CURRENT_FORMAT) => Err(newer(v)),
        _ => Ok(FormatNumber),
    }
}

fn newer(v: impl fmt::Display) -> String {
    format!(
        "format {v} is newer than this program ({CURRENT_FORMAT}); update Integration Advisor to open this file"
    )
}

/// Reads the format number; every way of writing it wrong has its own words.
struct FormatVisitor;

impl<'de> Visitor<'de> for FormatVisitor {
    type Value = FormatNumber;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a format number, such as 1")
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        format_number(v).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::custom(format!(
                "the format number starts at 1, found {v}"
            ))),
        }
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Self::Value, E> {
        Err(E::custom(newer(v)))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Self::Value, E> {
        if v < 0 {
            Err(E::custom(format!(
                "the format number starts at 1, found {v}"
            )))
        } else {
            self.visit_u128(v.unsigned_abs())
        }
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Err(E::custom(format!(
            "the format must be a whole number such as 1, found {v}"
        )))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Err(E::custom(format!(
            "the format must be a number, found the text \"{}\"{}",
            validate::visible(v),
            unquote_hint(v)
        )))
    }
}

impl<'de> Deserialize<'de> for FormatNumber {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FormatVisitor)
    }
}

/// Minutes between scheduled runs: 1 to a year.
#[derive(Debug, Clone, Copy)]
struct Minutes(u32);

ranged_number_visitor!(
    MinutesVisitor,
    Minutes,
    "a number of minutes between runs",
    "from 1 to 525,600 (a year)",
    |v: u64| validate::minutes(v).map(Minutes)
);

impl<'de> Deserialize<'de> for Minutes {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MinutesVisitor)
    }
}

/// Peak records per hour: 0 to 10^12.
#[derive(Debug, Clone, Copy)]
struct RecordsPerHour(u64);

ranged_number_visitor!(
    RecordsPerHourVisitor,
    RecordsPerHour,
    "a number of records per hour",
    "up to 1,000,000,000,000",
    |v: u64| validate::records_per_hour(v).map(RecordsPerHour)
);

impl<'de> Deserialize<'de> for RecordsPerHour {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RecordsPerHourVisitor)
    }
}

/// A non-blank title.
#[derive(Debug)]
struct Title(String);

impl<'de> Deserialize<'de> for Title {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let title = String::deserialize(deserializer)?;
        validate::title(&title).map_err(de::Error::custom)?;
        Ok(Self(title))
    }
}

/// Implements a text field whose characters [`validate::text`] checks.
macro_rules! checked_text {
    ($(#[$doc:meta])* $name:ident, $field:expr) => {
        $(#[$doc])*
        #[derive(Debug, Default)]
        struct $name(String);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                validate::text($field, &text).map_err(de::Error::custom)?;
                Ok(Self(text))
            }
        }
    };
}

checked_text!(
    /// The context: text that may span lines.
    Context,
    TextField::Context
);
checked_text!(
    /// A decision's rationale: text that may span lines.
    Rationale,
    TextField::Rationale
);
checked_text!(
    /// One name of `decided_by`.
    Name,
    TextField::DecidedBy
);
checked_text!(
    /// The file a decision supersedes.
    Supersedes,
    TextField::Supersedes
);

/// An ISO `YYYY-MM-DD` calendar date.
#[derive(Debug)]
struct IsoDate(String);

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let date = String::deserialize(deserializer)?;
        validate::iso_date(&date).map_err(de::Error::custom)?;
        Ok(Self(date))
    }
}

/// A pattern id that the catalogue knows (`scenario_v1::PatternSeed` checks it).
#[derive(Debug)]
struct KnownPatternId(String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_that_are_not_whole_get_words_of_their_own() {
        let words = |v: f64| not_whole(v, "a number", "up to 9");
        assert_eq!(
            words(1.5),
            "expected a number as a whole number, found the fraction 1.5"
        );
        assert_eq!(
            words(2e5),
            "expected a number written with digits only, found 200000 written with a decimal point or an exponent; write 200000"
        );
        assert_eq!(
            words(1e40),
            "expected a number up to 9, found a number far too large"
        );
        assert!(
            !words(1e40).contains("fraction"),
            "a huge whole number is not a fraction"
        );
        assert!(words(f64::INFINITY).contains("inf"));
    }

    #[test]
    fn quoted_numbers_are_told_how_to_be_written() {
        assert_eq!(unquote_hint("5"), "; remove the quotes");
        assert_eq!(
            unquote_hint("200,000"),
            "; write it without quotes or separators: 200000"
        );
        assert_eq!(unquote_hint("five"), "");
        assert_eq!(unquote_hint(""), "");
    }
}
