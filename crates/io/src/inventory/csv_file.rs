//! CSV inventories: UTF-8 with or without a byte-order mark, or Windows-1252 as older Excel
//! versions save "CSV"; comma, semicolon (Excel in many European locales) or tab separated.
//!
//! The file is in memory (at most [`super::MAX_INVENTORY_BYTES`]); its rows are handed on one
//! at a time, never all at once.

use super::RawRow;

/// Hands every row of the file to `emit`, the header first, until `emit` returns `false`.
/// Returns how the file was read, where the user should know; `Err` for a file that is no CSV
/// this reader takes.
pub fn read(bytes: &[u8], emit: &mut dyn FnMut(RawRow) -> bool) -> Result<Vec<String>, String> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err("the file is UTF-16 text; save it as CSV UTF-8".to_owned());
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut notes = Vec::new();
    let utf8 = std::str::from_utf8(bytes).is_ok();
    if !utf8 {
        notes.push(
            "the file is not UTF-8: read as Windows-1252 (save it as CSV UTF-8 to be sure)"
                .to_owned(),
        );
    }
    let delimiter = delimiter(bytes);
    let open_quote = unterminated_quote(bytes, delimiter);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    // One row is held back: if a quote is never closed, the last row is the one it swallowed.
    let mut held: Option<RawRow> = None;
    let mut record = csv::ByteRecord::new();
    let mut index = 0;
    loop {
        let more = reader.read_byte_record(&mut record).map_err(|error| {
            format!(
                "the CSV could not be read after row {index}: {}",
                super::text::printable(&error.to_string())
            )
        })?;
        if !more {
            break;
        }
        index += 1;
        let cells = if utf8 {
            // The whole file is UTF-8, so every field is.
            csv::StringRecord::from_byte_record(std::mem::take(&mut record)).unwrap_or_default()
        } else {
            record.iter().map(windows_1252).collect()
        };
        let row = RawRow {
            row: index,
            cells,
            problem: None,
        };
        if let Some(previous) = held.replace(row)
            && !emit(previous)
        {
            return Ok(notes);
        }
    }
    if let Some(mut last) = held {
        if let Some(line) = open_quote {
            let column = last.cells.len().saturating_sub(1);
            last.problem = Some((
                column,
                format!(
                    "the quote that opens this cell on line {line} is never closed, so the rest \
                     of the file was read as this one cell; close the quote or remove it"
                ),
            ));
        }
        emit(last);
    }
    Ok(notes)
}

/// The separator the header line uses most: comma, semicolon or tab.
fn delimiter(bytes: &[u8]) -> u8 {
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header.iter().filter(|b| *b == d).count())
        .unwrap_or(b',')
}

/// The line on which a quoted cell opens that is never closed, if one is: the csv reader then
/// takes the rest of the file as that one cell. Follows the reader's rules: a quote opens a
/// quoted cell only at the start of a cell, and `""` inside one is a quote.
fn unterminated_quote(bytes: &[u8], delimiter: u8) -> Option<usize> {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum State {
        CellStart,
        InCell,
        Quoted,
        QuoteInQuoted,
    }
    let mut state = State::CellStart;
    let (mut line, mut opened) = (1, 1);
    for &byte in bytes {
        let end_of_cell = byte == delimiter || byte == b'\n' || byte == b'\r';
        state = match state {
            State::CellStart if byte == b'"' => {
                opened = line;
                State::Quoted
            }
            State::CellStart | State::InCell | State::QuoteInQuoted if end_of_cell => {
                State::CellStart
            }
            State::Quoted if byte == b'"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            State::QuoteInQuoted if byte == b'"' => State::Quoted,
            State::CellStart | State::InCell | State::QuoteInQuoted => State::InCell,
        };
        if byte == b'\n' {
            line += 1;
        }
    }
    (state == State::Quoted).then_some(opened)
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

    fn rows(bytes: &[u8]) -> Result<(Vec<RawRow>, Vec<String>), String> {
        let mut rows = Vec::new();
        let notes = read(bytes, &mut |row| {
            rows.push(row);
            true
        })?;
        Ok((rows, notes))
    }

    fn cells(rows: &[RawRow]) -> Vec<Vec<&str>> {
        rows.iter().map(|r| r.cells.iter().collect()).collect()
    }

    #[test]
    fn separators_boms_and_windows_encodings_are_read() {
        let (table, notes) = rows(b"\xEF\xBB\xBFtitle;direction\nA;in\n").expect("reads");
        assert_eq!(cells(&table), [vec!["title", "direction"], vec!["A", "in"]]);
        assert!(notes.is_empty(), "{notes:?}");
        let (table, notes) = rows(b"title,direction\n\x93Caf\xe9\x94,in\n").expect("reads");
        assert_eq!(&table[1].cells[0], "“Café”");
        assert_eq!(notes.len(), 1, "the encoding is named");
        assert!(rows(b"\xFF\xFEt\0i\0").is_err(), "UTF-16 is named");
    }

    #[test]
    fn a_quote_never_closed_marks_the_row_it_opened_in() {
        let (table, _) =
            rows(b"title,counterpart\n\"A\nB\",x\nC,\"open\nD,x\nE,x\n").expect("reads");
        assert_eq!(
            table.len(),
            3,
            "the header, A-B, and C with the rest of the file"
        );
        assert!(table[1].problem.is_none(), "a closed quote over two lines");
        let (column, message) = table[2].problem.as_ref().expect("the open quote");
        assert_eq!((table[2].row, *column), (3, 1));
        assert!(message.contains("on line 4"), "{message}");
        // Quotes inside a cell, doubled quotes and a quote closed at the very end are fine.
        for good in [
            &b"a,b\nsay \"hi\",x\n"[..],
            b"a,b\n\"say \"\"hi\"\"\",x\n",
            b"a,b\nx,\"y\"",
            b"a;b\r\n\"x;y\";z\r\n",
        ] {
            let (table, _) = rows(good).expect("reads");
            assert!(
                table.iter().all(|r| r.problem.is_none()),
                "{}",
                String::from_utf8_lossy(good)
            );
        }
    }
}
