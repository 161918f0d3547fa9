//! Values as people write them, and the near misses behind a "did you mean".
//!
//! Volumes as in meetings and spreadsheets (`20k`, `1.5m`, `200 000`): one reader for the
//! window's fields and for inventories, so both accept the same spellings. Near misses
//! (`real_tme`, `OData`) for the loader's and the validator's suggestions.

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

/// The candidate that `found` most likely misspells.
///
/// The same but for case, or else the one nearest by edit distance (a transposition is one
/// edit) within one edit per four characters, at least one. `None` when nothing is that
/// close, or when two candidates are equally close: a guess between two would mislead.
pub fn closest<'a, S: AsRef<str>>(found: &str, candidates: &'a [S]) -> Option<&'a str> {
    let found_lower = found.to_lowercase();
    if found_lower.is_empty() {
        return None;
    }
    if let Some(same) = candidates
        .iter()
        .map(AsRef::as_ref)
        .find(|c| c.to_lowercase() == found_lower)
    {
        return Some(same);
    }
    let limit = (found_lower.chars().count() / 4).max(1);
    let mut best: Option<(usize, &str)> = None;
    let mut tied = false;
    for candidate in candidates.iter().map(AsRef::as_ref) {
        let distance = edit_distance(&found_lower, &candidate.to_lowercase());
        if distance > limit {
            continue;
        }
        match best {
            Some((nearest, _)) if distance > nearest => {}
            Some((nearest, _)) if distance == nearest => tied = true,
            _ => {
                best = Some((distance, candidate));
                tied = false;
            }
        }
    }
    if tied { None } else { best.map(|(_, c)| c) }
}

/// Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the optimal-string-alignment table: two back for transpositions.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(before[j - 2] + 1);
            }
            current[j] = value;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_find_what_was_meant() {
        let fields = ["real_time", "frequency", "deployment", "incremental"];
        assert_eq!(closest("real_tme", &fields), Some("real_time"));
        assert_eq!(closest("Frequency", &fields), Some("frequency"));
        assert_eq!(
            closest("frequnecy", &fields),
            Some("frequency"),
            "a swap is one edit"
        );
        assert_eq!(
            closest("deploy", &fields),
            None,
            "four letters missing is not a typo"
        );
        assert_eq!(closest("owner", &fields), None);
        assert_eq!(closest("", &fields), None);
        let ids = ["odata".to_owned(), "excel".to_owned()];
        assert_eq!(closest("OData", &ids), Some("odata"));
        assert_eq!(
            closest("ab", &["ac", "ad"]),
            None,
            "two equally near: no guess"
        );
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }

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
