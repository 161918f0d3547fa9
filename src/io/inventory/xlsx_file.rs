//! Excel workbooks (`.xlsx`): the first sheet, or the one named. Only the values Excel stored
//! are read: formulas are never evaluated and macros never run (calamine reads the cached
//! results). A workbook that would unzip to more than [`super::MAX_UNZIPPED_BYTES`] is
//! refused before anything is unzipped.

use std::io::Cursor;

use calamine::{Data, Reader as _, Xlsx};

use super::MAX_UNZIPPED_BYTES;

/// The table of the sheet.
pub fn rows(bytes: &[u8], sheet: Option<&str>) -> Result<Vec<Vec<String>>, String> {
    refuse_zip_bomb(bytes)?;
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|error| format!("not a readable Excel workbook (.xlsx): {error}"))?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .cloned()
            .ok_or_else(|| {
                format!(
                    "the workbook has no sheet `{wanted}`; its sheets: {}",
                    names.join(", ")
                )
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| "the workbook has no sheet".to_owned())?,
    };
    let range = workbook
        .worksheet_range(&name)
        .map_err(|error| format!("sheet `{name}`: {error}"))?;
    Ok(range
        .rows()
        .map(|row| row.iter().map(text).collect())
        .collect())
}

/// A cell's value as text: whole numbers without a decimal point, so that 20000 reads as
/// "20000" and not "20000.0".
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{number:.0}")
        }
        Data::Float(number) => number.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(date) => date.to_string(),
        Data::Error(error) => format!("#{error:?}"),
    }
}

/// Refuses a workbook whose entries claim, together, more than the limit unzipped.
fn refuse_zip_bomb(bytes: &[u8]) -> Result<(), String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|error| format!("not a readable Excel workbook (.xlsx): {error}"))?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|error| format!("not a readable Excel workbook (.xlsx): {error}"))?;
        total = total.saturating_add(entry.size());
    }
    if total > MAX_UNZIPPED_BYTES {
        return Err(format!(
            "the workbook would unzip to {total} bytes, more than the {MAX_UNZIPPED_BYTES} an inventory may have; it was not opened"
        ));
    }
    Ok(())
}
