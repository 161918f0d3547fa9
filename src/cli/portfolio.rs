//! `portfolio FILE`: a whole interface inventory evaluated, one line per interface, then the
//! programme's summary.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::bundled;
use crate::core::catalogue::Catalogue;
use crate::core::portfolio::{Assessment, Summary, assess_all};
use crate::io::inventory::{CellError, Interface, read_inventory};
use crate::io::save::write_atomically;

use super::Outcome;
use super::args::PortfolioFormat;

/// One interface's line of the report.
#[derive(Debug, Serialize)]
pub struct Line<'a> {
    /// The row in the inventory.
    pub row: usize,
    /// The programme's id for it.
    pub id: &'a str,
    /// Its name.
    pub title: &'a str,
    /// `clear`, `tie`, `no-fit` or `none`.
    pub outcome: &'static str,
    /// The pattern recommended, or the tied ones, by name.
    pub recommended: String,
    /// The strongest reason for the pattern at the top.
    pub leading_reason: &'a str,
    /// The warnings, in words.
    pub warnings: Vec<&'a str>,
    /// The pattern decided for it, by name.
    pub decided: String,
    /// Why that decision no longer holds, if it does not.
    pub drift: Option<&'a str>,
}

/// The whole report, as JSON writes it.
#[derive(Debug, Serialize)]
struct Report<'a> {
    file: String,
    interfaces: Vec<Line<'a>>,
    errors: Vec<ErrorLine>,
    summary: &'a Summary,
    notes: &'a [String],
}

#[derive(Debug, Serialize)]
struct ErrorLine {
    row: usize,
    column: String,
    message: String,
}

/// Runs the command.
pub fn run(
    file: &Path,
    sheet: Option<&str>,
    format: PortfolioFormat,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
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
    let lines: Vec<Line<'_>> = inventory
        .interfaces
        .iter()
        .zip(&assessments)
        .map(|(interface, assessment)| line(interface, assessment, catalogue))
        .collect();
    for error in &inventory.errors {
        writeln!(err, "{}", cell_error(file, error))?;
    }
    for note in &inventory.notes {
        writeln!(err, "{}: note: {note}", file.display())?;
    }
    let mut text = Vec::with_capacity(lines.len() * 256);
    match format {
        PortfolioFormat::Text => write_text(&mut text, &lines, &summary, catalogue)?,
        PortfolioFormat::Csv => write_csv(&mut text, &lines)?,
        PortfolioFormat::Markdown => write_markdown(&mut text, &lines, &summary, catalogue)?,
        PortfolioFormat::Json => {
            let report = Report {
                file: file.display().to_string(),
                interfaces: lines,
                errors: inventory
                    .errors
                    .iter()
                    .map(|e| ErrorLine {
                        row: e.row,
                        column: e.column.clone(),
                        message: e.message.clone(),
                    })
                    .collect(),
                summary: &summary,
                notes: &inventory.notes,
            };
            serde_json::to_writer_pretty(&mut text, &report).map_err(std::io::Error::other)?;
            writeln!(text)?;
        }
    }
    match output {
        Some(path) if path != Path::new("-") => {
            if let Err(error) = write_atomically(path, &text) {
                writeln!(err, "{error}")?;
                return Ok(Outcome::Failure);
            }
        }
        _ => out.write_all(&text)?,
    }
    Ok(if !inventory.errors.is_empty() {
        Outcome::Failure
    } else if summary.drifted > 0 {
        Outcome::Finding
    } else {
        Outcome::Success
    })
}

/// `FILE:ROW:COLUMN: message`, as the scenario loader reports `FILE:LINE:COLUMN`.
pub fn cell_error(file: &Path, error: &CellError) -> String {
    format!(
        "{}:{}:{}: {}",
        file.display(),
        error.row,
        error.column,
        error.message
    )
}

fn line<'a>(
    interface: &'a Interface,
    assessment: &'a Assessment,
    catalogue: &Catalogue,
) -> Line<'a> {
    let recommended = assessment.recommended_in_words(catalogue);
    Line {
        row: interface.row,
        id: interface.id.as_deref().unwrap_or(""),
        title: &interface.scenario.title,
        outcome: assessment.outcome.label(),
        recommended,
        leading_reason: assessment.leading_reason.as_deref().unwrap_or(""),
        warnings: assessment.warnings.iter().map(String::as_str).collect(),
        decided: interface
            .decided_pattern
            .as_deref()
            .map(|id| catalogue.name_of(id).to_owned())
            .unwrap_or_default(),
        drift: assessment.drift.as_deref(),
    }
}

fn write_text(
    out: &mut dyn Write,
    lines: &[Line<'_>],
    summary: &Summary,
    catalogue: &Catalogue,
) -> std::io::Result<()> {
    for line in lines {
        let name = if line.id.is_empty() {
            line.title.to_owned()
        } else {
            format!("{} {}", line.id, line.title)
        };
        let result = if line.recommended.is_empty() {
            match line.outcome {
                "none" => "every pattern ruled out".to_owned(),
                _ => "no pattern fits well".to_owned(),
            }
        } else if line.outcome == "tie" {
            format!("a tie: {}", line.recommended)
        } else {
            line.recommended.clone()
        };
        writeln!(out, "row {}: {name}: {result}", line.row)?;
        if !line.leading_reason.is_empty() {
            writeln!(out, "    because {}", line.leading_reason)?;
        }
        if let Some(drift) = line.drift {
            writeln!(out, "    drift: {drift}")?;
        }
        if !line.warnings.is_empty() {
            writeln!(out, "    {} warning(s)", line.warnings.len())?;
        }
    }
    writeln!(out)?;
    for summary_line in summary_lines(summary, catalogue) {
        writeln!(out, "{summary_line}")?;
    }
    Ok(())
}

/// The summary in words, one line each.
fn summary_lines(summary: &Summary, catalogue: &Catalogue) -> Vec<String> {
    let outcome = |label: &str| summary.per_outcome.get(label).copied().unwrap_or(0);
    let mut lines = vec![
        format!(
            "{} interfaces: {} with a clear recommendation, {} ties, {} with no good fit, {} with every pattern ruled out",
            summary.interfaces,
            outcome("clear"),
            outcome("tie"),
            outcome("no-fit"),
            outcome("none")
        ),
        format!(
            "{} with answers that contradict each other; {} the engine no longer agrees with",
            summary.with_conflicts,
            match summary.drifted {
                1 => "1 decision".to_owned(),
                n => format!("{n} decisions"),
            }
        ),
        "Clear recommendations by pattern:".to_owned(),
    ];
    let mut per_pattern: Vec<(&String, &usize)> = summary.per_pattern.iter().collect();
    per_pattern.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (id, count) in per_pattern {
        lines.push(format!("  {count:>6}  {}", catalogue.name_of(id)));
    }
    lines
}

fn write_markdown(
    out: &mut dyn Write,
    lines: &[Line<'_>],
    summary: &Summary,
    catalogue: &Catalogue,
) -> std::io::Result<()> {
    let cell = |text: &str| {
        text.replace('|', "\\|")
            .replace(['\n', '\r'], " ")
            .replace('<', "&lt;")
    };
    writeln!(
        out,
        "| Row | Id | Interface | Outcome | Recommended | Why | Drift |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|")?;
    for line in lines {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            line.row,
            cell(line.id),
            cell(line.title),
            line.outcome,
            cell(&line.recommended),
            cell(line.leading_reason),
            cell(line.drift.unwrap_or(""))
        )?;
    }
    writeln!(out)?;
    for summary_line in summary_lines(summary, catalogue) {
        writeln!(out, "{}", summary_line.trim_start().replace("  ", " "))?;
        writeln!(out)?;
    }
    Ok(())
}

fn write_csv(out: &mut dyn Write, lines: &[Line<'_>]) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "row",
        "id",
        "title",
        "outcome",
        "recommended",
        "leading_reason",
        "warnings",
        "decided_pattern",
        "drift",
    ])?;
    for line in lines {
        let row = line.row.to_string();
        let warnings = line.warnings.join(" | ");
        writer.write_record(
            [
                row.as_str(),
                line.id,
                line.title,
                line.outcome,
                &line.recommended,
                line.leading_reason,
                &warnings,
                &line.decided,
                line.drift.unwrap_or(""),
            ]
            .map(|cell| inert(cell).into_owned()),
        )?;
    }
    writer.flush()
}

/// A cell a spreadsheet shows as text, never runs: one that begins with `=`, `+`, `-`, `@`,
/// a tab or a carriage return gets a leading apostrophe, as OWASP advises against CSV
/// injection.
pub fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_are_written_as_text() {
        assert_eq!(
            inert("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        for dangerous in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(inert(dangerous).starts_with('\''), "{dangerous:?}");
        }
        assert_eq!(inert("Dual-write"), "Dual-write");
    }
}
