//! Range checks of a scenario's values, keyed by field. The loader reports them with a line
//! and column, the editor next to the field, both with these same words.

use super::model::{Frequency, Scenario};

/// Longest gap between scheduled runs: a year, in minutes.
pub const MAX_MINUTES: u32 = 525_600;
/// Largest peak volume accepted, in records per hour (10^12): anything larger is a typo.
pub const MAX_RECORDS_PER_HOUR: u64 = 1_000_000_000_000;

/// A field that can hold an invalid value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// `title`.
    Title,
    /// `peak_records_per_hour`.
    PeakVolume,
    /// `frequency`'s minutes.
    Frequency,
    /// `decision.pattern`.
    DecisionPattern,
    /// `decision.date`.
    DecisionDate,
}

/// Every problem of `scenario`, by field, in field order.
pub fn validate(scenario: &Scenario, pattern_ids: &[String]) -> Vec<(Field, String)> {
    let mut problems = Vec::new();
    if let Err(message) = title(&scenario.title) {
        problems.push((Field::Title, message));
    }
    if let Some(volume) = scenario.requirements.peak_records_per_hour
        && let Err(message) = records_per_hour(volume)
    {
        problems.push((Field::PeakVolume, message));
    }
    if let Frequency::Every { minutes: m } = scenario.requirements.frequency
        && let Err(message) = minutes(u64::from(m))
    {
        problems.push((Field::Frequency, message));
    }
    if let Some(decision) = &scenario.decision {
        if let Err(message) = pattern_id(&decision.pattern, pattern_ids) {
            problems.push((Field::DecisionPattern, message));
        }
        if let Err(message) = iso_date(&decision.date) {
            problems.push((Field::DecisionDate, message));
        }
    }
    problems
}

/// A title needs visible text.
pub fn title(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        Err("the title is empty: give the scenario a short name that says what it is".to_owned())
    } else if let Some(c) = text.chars().find(|c| c.is_control()) {
        Err(format!(
            "the title contains the control character U+{:04X}; a title is one line of plain text",
            u32::from(c)
        ))
    } else {
        Ok(())
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

/// A pattern id the catalogue knows.
pub fn pattern_id(id: &str, known: &[String]) -> Result<(), String> {
    if known.iter().any(|k| k == id) {
        Ok(())
    } else {
        Err(format!(
            "unknown pattern {id:?}; the patterns are: {}",
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
            "expected a date as YYYY-MM-DD (for example 2026-11-22), found {text:?}"
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
}
