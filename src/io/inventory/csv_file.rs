//! CSV inventories: UTF-8 with or without a byte-order mark, or Windows-1252 as older Excel
//! versions save "CSV"; comma, semicolon (Excel in many European locales) or tab separated.

/// The table of a CSV file, and how it was read where the user should know.
pub fn rows(bytes: &[u8]) -> Result<(Vec<csv::StringRecord>, Vec<String>), String> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err("the file is UTF-16 text; save it as CSV UTF-8".to_owned());
    }
    let mut notes = Vec::new();
    let text: std::borrow::Cow<'_, str> = if let Ok(text) =
        std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
    {
        text.into()
    } else {
        notes.push(
            "the file is not UTF-8: read as Windows-1252 (save it as CSV UTF-8 to be sure)"
                .to_owned(),
        );
        windows_1252(bytes).into()
    };
    let delimiter = delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut table = Vec::new();
    for (index, record) in reader.records().enumerate() {
        table.push(record.map_err(|error| format!("row {}: {error}", index + 1))?);
    }
    Ok((table, notes))
}

/// The separator the header line uses most: comma, semicolon or tab.
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// Windows-1252 text as Unicode: Latin-1, except for the printable characters Windows puts at
/// 0x80–0x9F (the euro sign, curly quotes, dashes).
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_boms_and_windows_encodings_are_read() {
        let (table, notes) = rows(b"\xEF\xBB\xBFtitle;direction\nA;in\n").expect("reads");
        let table: Vec<Vec<&str>> = table.iter().map(|r| r.iter().collect()).collect();
        assert_eq!(table, [vec!["title", "direction"], vec!["A", "in"]]);
        assert!(notes.is_empty(), "{notes:?}");
        let (table, notes) = rows(b"title,direction\n\x93Caf\xe9\x94,in\n").expect("reads");
        assert_eq!(&table[1][0], "“Café”");
        assert_eq!(notes.len(), 1, "the encoding is named");
        assert!(rows(b"\xFF\xFEt\0i\0").is_err(), "UTF-16 is named");
    }
}
