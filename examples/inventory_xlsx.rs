//! Writes an inventory CSV as an Excel workbook, the way a programme keeps it: one sheet named
//! "Interfaces", the header in bold, numbers as numbers. Used to make the bundled sample's
//! `.xlsx` from its CSV, and the 100,000-row workbook of the benchmark.
//!
//!   cargo run --example `inventory_xlsx` -- inventories/sample-programme.csv OUT.xlsx

use rust_xlsxwriter::{Format, Workbook};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        return Err("usage: inventory_xlsx IN.csv OUT.xlsx".into());
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(&input)?;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("Interfaces")?;
    let bold = Format::new().set_bold();
    for (row, record) in reader.records().enumerate() {
        let record = record?;
        let row = u32::try_from(row)?;
        for (column, cell) in record.iter().enumerate() {
            let column = u16::try_from(column)?;
            if row == 0 {
                sheet.write_string_with_format(row, column, cell, &bold)?;
            } else if let Ok(number) = cell.parse::<f64>() {
                sheet.write_number(row, column, number)?;
            } else if !cell.is_empty() {
                sheet.write_string(row, column, cell)?;
            }
        }
    }
    workbook.save(&output)?;
    Ok(())
}
