//! `portfolio FILE`: a whole interface inventory evaluated, one line per interface, then the
//! programme's summary.
//!
//! The inventory is streamed: each block of rows is read, evaluated and written before the
//! next few are read, so that memory is bounded by the blocks in flight, never by the
//! inventory. Only the summary and the first bad cells are kept to the end.

use std::io::Write;
use std::path::Path;

use crate::bundled::Library;
use crate::core::portfolio::Summary;
use crate::io::inventory::{BadCells, evaluate_inventory};
use crate::io::output::destination;
use crate::io::portfolio_report::{
    Renderer, ReportEnd, ReportFormat, ReportWriter, cell_error, unlisted_errors,
};

use super::Outcome;
use super::args::{PortfolioFormat, Theme};

/// What `portfolio` is asked for: the inventory, and the report to make of it.
pub struct Request<'a> {
    /// The inventory file.
    pub file: &'a Path,
    /// The workbook's sheet, if not the first.
    pub sheet: Option<&'a str>,
    /// The report's format.
    pub format: PortfolioFormat,
    /// The picture's background, for SVG.
    pub theme: Theme,
    /// Where the report goes; standard output if `None`.
    pub output: Option<&'a Path>,
}

/// The report's format as the writers know it.
fn report_format(format: PortfolioFormat, theme: Theme) -> ReportFormat {
    match format {
        PortfolioFormat::Text => ReportFormat::Text,
        PortfolioFormat::Csv => ReportFormat::Csv,
        PortfolioFormat::Markdown => ReportFormat::Markdown,
        PortfolioFormat::Json => ReportFormat::Json,
        PortfolioFormat::Svg => ReportFormat::Svg {
            dark: theme == Theme::Dark,
        },
        PortfolioFormat::Html => ReportFormat::Html,
    }
}

/// Runs the command.
pub fn run(
    library: &Library<'_>,
    request: &Request<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let Request {
        file,
        sheet,
        format,
        theme,
        output,
    } = *request;
    // Refused before the inventory is read: an output onto the input would destroy it.
    let mut destination = match destination(output, &[file]) {
        Ok(destination) => destination,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(Outcome::Failure);
        }
    };
    let format = report_format(format, theme);
    let catalogue = library.catalogue;
    let renderer = Renderer::new(format, catalogue);
    let writer = destination.writer(out);
    // The report begins with the first block: a file refused before its first row leaves no
    // half report behind.
    let mut report: Option<ReportWriter<'_>> = None;
    let mut errors = BadCells::default();
    let mut summary = Summary::new();
    let mut failed_write = None;
    let read = evaluate_inventory(
        file,
        sheet,
        catalogue,
        &|interfaces, assessments, lines| renderer.lines(interfaces, assessments, lines),
        &mut |block| {
            let write = || -> std::io::Result<()> {
                let report = match &mut report {
                    Some(report) => report,
                    None => report.insert(ReportWriter::begin(format, file, catalogue, writer)?),
                };
                report.write_block(
                    writer,
                    &block.interfaces,
                    &block.assessments,
                    &block.rendered,
                )?;
                for error in errors.add(block.errors) {
                    writeln!(err, "{}", cell_error(file, error))?;
                }
                summary.merge(block.summary);
                Ok(())
            };
            match write() {
                Ok(()) => true,
                Err(error) => {
                    failed_write = Some(error);
                    false
                }
            }
        },
    );
    if let Some(error) = failed_write {
        return Err(error);
    }
    let notes = match read {
        Ok(notes) => notes,
        Err(error) => {
            writeln!(err, "{error}")?;
            return Ok(Outcome::Failure);
        }
    };
    let report = match report {
        Some(report) => report,
        None => ReportWriter::begin(format, file, catalogue, writer)?,
    };
    report.finish(
        writer,
        &ReportEnd {
            errors: &errors,
            notes: &notes,
            summary: &summary,
        },
    )?;
    if let Some(unlisted) = unlisted_errors(file, &errors) {
        writeln!(err, "{unlisted}")?;
    }
    for note in &notes {
        writeln!(err, "{}: note: {note}", file.display())?;
    }
    if let Err(error) = destination.finish() {
        writeln!(err, "{error}")?;
        return Ok(Outcome::Failure);
    }
    Ok(if !errors.is_empty() {
        Outcome::Failure
    } else if summary.drifted > 0 {
        Outcome::Finding
    } else {
        Outcome::Success
    })
}
