//! `portfolio FILE`: a whole interface inventory evaluated, one line per interface, then the
//! programme's summary.

use std::io::Write;
use std::path::Path;

use crate::bundled;
use crate::core::portfolio::{Summary, assess_all};
use crate::io::inventory::read_inventory;
use crate::io::output::destination;
use crate::io::portfolio_report::{EvaluatedInventory, ReportFormat, cell_error, write_report};

use super::Outcome;
use super::args::PortfolioFormat;

/// Runs the command.
pub fn run(
    file: &Path,
    sheet: Option<&str>,
    format: PortfolioFormat,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    // Refused before the inventory is read: an output onto the input would destroy it.
    let mut destination = match destination(output, &[file]) {
        Ok(destination) => destination,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(Outcome::Failure);
        }
    };
    let inventory = match read_inventory(file, sheet) {
        Ok(inventory) => inventory,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(Outcome::Failure);
        }
    };
    let catalogue = bundled::catalogue();
    let assessments = assess_all(&inventory.interfaces, |i| &i.scenario, catalogue);
    let summary = Summary::of(&assessments);
    for error in &inventory.errors {
        writeln!(err, "{}", cell_error(file, error))?;
    }
    for note in &inventory.notes {
        writeln!(err, "{}: note: {note}", file.display())?;
    }
    let evaluated = EvaluatedInventory {
        file,
        interfaces: &inventory.interfaces,
        assessments: &assessments,
        errors: &inventory.errors,
        notes: &inventory.notes,
        summary: &summary,
    };
    let format = match format {
        PortfolioFormat::Text => ReportFormat::Text,
        PortfolioFormat::Csv => ReportFormat::Csv,
        PortfolioFormat::Markdown => ReportFormat::Markdown,
        PortfolioFormat::Json => ReportFormat::Json,
    };
    let mut text = Vec::with_capacity(inventory.interfaces.len() * 256);
    write_report(&mut text, &evaluated, format, catalogue)?;
    destination.writer(out).write_all(&text)?;
    if let Err(error) = destination.finish() {
        writeln!(err, "{error}")?;
        return Ok(Outcome::Failure);
    }
    Ok(if !inventory.errors.is_empty() {
        Outcome::Failure
    } else if summary.drifted > 0 {
        Outcome::Finding
    } else {
        Outcome::Success
    })
}
