//! Values as people write them in meetings and spreadsheets (`20k`, `1.5m`, `200 000`): one
//! reader for the window's fields and for inventories, so both accept the same spellings.

/// Reads a peak volume as people type it: `200000`, `200,000`, `200 000`; empty or
/// "unknown" for not known yet.
pub fn parse_volume(text: &str) -> Result<Option<u64>, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.eq_ignore_ascii_case("unknown") {
        return Ok(None);
    }
    let digits: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if digits.starts_with('-') {
        return Err(format!(
            "expected a number of records per hour, found the negative number {trimmed}"
        ));
    }
    let invalid = || {
        format!(
            "expected a number of records per hour (such as 200,000, 20k or 1.5m) or unknown, found {trimmed:?}"
        )
    };
    // "20k" and "1.5m", as people write volumes in meetings and spreadsheets.
    let lower = digits.to_lowercase();
    let (number, factor) = match lower.strip_suffix('k') {
        Some(number) => (number, 1_000.0),
        None => match lower.strip_suffix('m') {
            Some(number) => (number, 1_000_000.0),
            None => (lower.as_str(), 1.0),
        },
    };
    let value: u64 = if factor == 1.0 {
        number.parse().ok().ok_or_else(invalid)?
    } else {
        let scaled = number.parse::<f64>().ok().ok_or_else(invalid)? * factor;
        if !scaled.is_finite() || scaled.fract() != 0.0 || scaled > 1e15 {
            return Err(invalid());
        }
        // A whole number within range, checked above.
        scaled as u64
    };
    super::validate::records_per_hour(value).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volumes_are_read_as_people_type_them() {
        assert_eq!(parse_volume("200000"), Ok(Some(200_000)));
        assert_eq!(parse_volume("200,000"), Ok(Some(200_000)));
        assert_eq!(parse_volume(" 200 000 "), Ok(Some(200_000)));
        assert_eq!(parse_volume("unknown"), Ok(None));
        assert_eq!(parse_volume("20k"), Ok(Some(20_000)));
        assert_eq!(parse_volume("1.5m"), Ok(Some(1_500_000)));
        assert_eq!(parse_volume("2M"), Ok(Some(2_000_000)));
        assert!(
            parse_volume("1.2345k").is_err(),
            "not a whole number of records"
        );
        assert_eq!(parse_volume(""), Ok(None));
        assert!(parse_volume("-5").is_err());
        assert!(parse_volume("lots").is_err());
        assert!(parse_volume("2000000000000").is_err());
    }
}
