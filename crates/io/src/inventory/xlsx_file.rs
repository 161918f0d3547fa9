//! Excel workbooks (`.xlsx`): the first sheet, or the one named. Only the values Excel stored
//! are read: formulas are never evaluated and macros never run (calamine reads the cached
//! results).
//!
//! Nothing is allocated by what a workbook claims:
//! - a workbook that would unzip to more than [`MAX_UNZIPPED_BYTES`], or any part of it read
//!   whole (shared strings, styles) to more than [`MAX_INVENTORY_BYTES`], is refused before
//!   anything is unzipped;
//! - the sheet is streamed cell by cell (calamine's `worksheet_cells_reader`), never made into
//!   a grid: a sheet that claims more than [`MAX_INVENTORY_ROWS`] rows or
//!   [`MAX_INVENTORY_COLUMNS`] columns is refused before its first cell, and so is a cell
//!   found beyond them (the claim may be absent, or lie);
//! - a row keeps only the cells under the header's columns.

use std::io::Cursor;

use calamine::{DataRef, Reader as _, Xlsx};

use super::table::column_letters;
use super::text::printable;
use super::{
    MAX_INVENTORY_BYTES, MAX_INVENTORY_COLUMNS, MAX_INVENTORY_ROWS, MAX_UNZIPPED_BYTES, RawRow,
};
use advisor_core::text::group_thousands;

/// How many formula cells without a stored value are named one by one.
const NAMED_FORMULA_CELLS: usize = 10;

/// Hands every row of the sheet with a value in it to `emit`, the header first, until `emit`
/// returns `false`. Returns how the sheet was read, where the user should know; `Err` for a
/// workbook that cannot or may not be read.
pub fn read(
    bytes: &[u8],
    sheet: Option<&str>,
    emit: &mut dyn FnMut(RawRow) -> bool,
) -> Result<Vec<String>, String> {
    refuse_zip_bomb(bytes)?;
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|error| damaged("opening the workbook", &error))?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .cloned()
            .ok_or_else(|| {
                printable(&format!(
                    "the workbook has no sheet `{wanted}`; its sheets: {}",
                    names.join(", ")
                ))
                .into_owned()
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| "the workbook has no sheet".to_owned())?,
    };
    let shown = printable(&name).into_owned();
    let mut cells = workbook
        .worksheet_cells_reader(&name)
        .map_err(|error| damaged(&format!("opening the sheet `{shown}`"), &error))?;
    let claimed = cells.dimensions();
    let (rows, columns) = (u64::from(claimed.end.0) + 1, u64::from(claimed.end.1) + 1);
    if rows > MAX_INVENTORY_ROWS || columns > MAX_INVENTORY_COLUMNS as u64 {
        return Err(format!(
            "the sheet claims {} rows × {} columns; an inventory may have at most {} rows × \
             {MAX_INVENTORY_COLUMNS} columns. Nothing was read",
            group_thousands(rows),
            group_thousands(columns),
            group_thousands(MAX_INVENTORY_ROWS),
        ));
    }
    let mut sheet_rows = Rows::default();
    let mut formulas = Vec::new();
    let mut unnamed_formulas = 0_usize;
    loop {
        let cell = cells
            .next_cell_with_formula_metadata()
            .map_err(|error| damaged(&format!("reading the sheet `{shown}`"), &error))?;
        let Some(cell) = cell else { break };
        let (row, column) = cell.pos;
        if u64::from(row) >= MAX_INVENTORY_ROWS || column as usize >= MAX_INVENTORY_COLUMNS {
            return Err(format!(
                "the sheet has a cell at {}{}, beyond the {} rows × {MAX_INVENTORY_COLUMNS} \
                 columns an inventory may have",
                column_letters(column as usize),
                u64::from(row) + 1,
                group_thousands(MAX_INVENTORY_ROWS),
            ));
        }
        if !sheet_rows.move_to(row, emit)? {
            return Ok(Vec::new());
        }
        if !sheet_rows.reads(column) {
            continue;
        }
        let value = text(&cell.value);
        if value.is_empty() {
            if cell.formula.is_some() {
                if formulas.len() < NAMED_FORMULA_CELLS {
                    formulas.push(format!("{}{}", column_letters(column as usize), row + 1));
                } else {
                    unnamed_formulas += 1;
                }
            }
            continue;
        }
        sheet_rows.cells.push((column, value));
    }
    sheet_rows.flush(emit);
    let mut notes = Vec::new();
    if !formulas.is_empty() {
        let more = match unnamed_formulas {
            0 => String::new(),
            n => format!(" and {} more", group_thousands(n as u64)),
        };
        notes.push(format!(
            "formulas with no stored value were read as blank (not known): {}{more}; the \
             workbook was saved without calculating them. Open it in Excel, let it calculate, \
             and save it again",
            formulas.join(", ")
        ));
    }
    Ok(notes)
}

/// The sheet's rows as they stream past: the row being read, and how wide the header is once
/// it has been read.
#[derive(Default)]
struct Rows {
    /// The row being read, counted from 0, once a cell has been seen.
    row: Option<u32>,
    /// Its cells with a value, by column.
    cells: Vec<(u32, String)>,
    /// The header's width, once it has been read: cells further right are not kept.
    width: Option<u32>,
    /// Whether the reader of the rows wants no more.
    stopped: bool,
}

impl Rows {
    /// Whether the cells of `column` are kept.
    fn reads(&self, column: u32) -> bool {
        self.width.is_none_or(|width| column < width)
    }

    /// Moves on to `row`: the row before it, if complete, is handed on. `Ok(false)` once the
    /// reader wants no more.
    fn move_to(&mut self, row: u32, emit: &mut dyn FnMut(RawRow) -> bool) -> Result<bool, String> {
        match self.row {
            Some(current) if current == row => {}
            Some(current) if row < current => {
                return Err(format!(
                    "the sheet's rows are out of order (row {} comes after row {}); open the \
                     workbook in Excel and save it again",
                    u64::from(row) + 1,
                    u64::from(current) + 1
                ));
            }
            _ => {
                self.flush(emit);
                self.row = Some(row);
            }
        }
        Ok(!self.stopped)
    }

    /// Hands on the row being read, if it has a value in it; the first such row is the header
    /// and decides the width.
    fn flush(&mut self, emit: &mut dyn FnMut(RawRow) -> bool) {
        let (Some(row), false) = (self.row, self.cells.is_empty()) else {
            return;
        };
        let mut cells = std::mem::take(&mut self.cells);
        cells.sort_by_key(|(column, _)| *column);
        let last = cells.last().map_or(0, |(column, _)| *column);
        let width = *self.width.get_or_insert(last + 1);
        let mut record = csv::StringRecord::with_capacity(64, width as usize);
        let mut cells = cells.into_iter().peekable();
        for column in 0..width {
            let mut value = String::new();
            // A cell written twice keeps its last value.
            while let Some((_, next)) = cells.next_if(|(c, _)| *c == column) {
                value = next;
            }
            record.push_field(&value);
        }
        let raw = RawRow {
            row: row as usize + 1,
            cells: record,
            problem: None,
        };
        if !emit(raw) {
            self.stopped = true;
        }
    }
}

/// A calamine error, with what was being done and what the user can do about it.
fn damaged(doing: &str, error: &dyn std::fmt::Display) -> String {
    format!(
        "not a readable Excel workbook (.xlsx): {doing} failed ({}); if Excel opens it, save \
         it again as an Excel workbook",
        printable(&error.to_string())
    )
}

/// A cell's value as text: whole numbers without a decimal point, so that 20000 reads as
/// "20000" and not "20000.0".
fn text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::Empty => String::new(),
        DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => {
            text.clone()
        }
        DataRef::SharedString(text) => (*text).to_owned(),
        DataRef::Int(number) => number.to_string(),
        DataRef::Float(number) if number.fract() == 0.0 => format!("{number:.0}"),
        DataRef::Float(number) => number.to_string(),
        DataRef::Bool(value) => value.to_string(),
        DataRef::DateTime(date) => date.to_string(),
        DataRef::Error(error) => error.to_string(),
    }
}

/// Refuses a workbook whose entries claim, together, more than [`MAX_UNZIPPED_BYTES`]
/// unzipped, or whose parts read whole (all but the worksheets, which are streamed) claim more
/// than [`MAX_INVENTORY_BYTES`] each.
fn refuse_zip_bomb(bytes: &[u8]) -> Result<(), String> {
    let unreadable = |error: zip::result::ZipError| {
        format!(
            "not a readable Excel workbook (.xlsx): its zip archive could not be read ({}); if \
             Excel opens it, save it again as an Excel workbook",
            printable(&error.to_string())
        )
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(unreadable)?;
        total = total.saturating_add(entry.size());
        let name = entry.name().map_err(unreadable)?;
        if !name.starts_with("xl/worksheets/") && entry.size() > MAX_INVENTORY_BYTES {
            return Err(format!(
                "the workbook's part {} would unzip to {} bytes, more than the {} an inventory \
                 may have; it was not opened",
                printable(&name),
                group_thousands(entry.size()),
                group_thousands(MAX_INVENTORY_BYTES)
            ));
        }
    }
    if total > MAX_UNZIPPED_BYTES {
        return Err(format!(
            "the workbook would unzip to {total} bytes, more than the {MAX_UNZIPPED_BYTES} an inventory may have; it was not opened"
        ));
    }
    Ok(())
}
