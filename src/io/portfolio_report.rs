//! An evaluated inventory written out: text for a terminal, CSV for a spreadsheet, Markdown
//! for a report, JSON for other tools. The command line and the window's export write the
//! same bytes.

use std::io::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::core::catalogue::Catalogue;
use crate::core::parallel::map_blocks;
use crate::core::portfolio::{Assessment, Summary};
use crate::io::inventory::{CellError, Interface};

/// How an evaluated inventory is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// Plain text for a terminal: one interface in a few lines, then the summary.
    Text,
    /// One row per interface, for a spreadsheet; cells a spreadsheet would run are text.
    Csv,
    /// A table and the summary, for a report or a pull request.
    Markdown,
    /// Everything, for other tools.
    Json,
}

impl ReportFormat {
    /// The file extension a report of this format takes.
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Text => "txt",
            Self::Csv => "csv",
            Self::Markdown => "md",
            Self::Json => "json",
        }
    }
}

/// An inventory with its evaluation: what a report is written from.
#[derive(Clone, Copy)]
pub struct EvaluatedInventory<'a> {
    /// The inventory file, as the report names it.
    pub file: &'a Path,
    /// The interfaces whose rows were good.
    pub interfaces: &'a [Interface],
    /// Their assessments, in the same order.
    pub assessments: &'a [Assessment],
    /// The bad cells.
    pub errors: &'a [CellError],
    /// How the file was read.
    pub notes: &'a [String],
    /// The programme from above.
    pub summary: &'a Summary,
}

/// One interface's line of the report.
#[derive(Debug, Serialize)]
struct Line<'a> {
    row: usize,
    id: &'a str,
    title: &'a str,
    outcome: &'static str,
    recommended: String,
    leading_reason: &'a str,
    warnings: Vec<&'a str>,
    decided: String,
    drift: Option<&'a str>,
}

/// The whole report, as JSON writes it.
#[derive(Serialize)]
struct JsonReport<'a> {
    file: String,
    interfaces: Vec<Line<'a>>,
    errors: Vec<ErrorLine<'a>>,
    summary: &'a Summary,
    notes: &'a [String],
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    row: usize,
    column: &'a str,
    message: &'a str,
}

/// The report of `inventory` in `format`.
pub fn write_report(
    out: &mut Vec<u8>,
    inventory: &EvaluatedInventory<'_>,
    format: ReportFormat,
    catalogue: &Catalogue,
) -> std::io::Result<()> {
    match format {
        ReportFormat::Text => write_text(out, inventory, catalogue),
        ReportFormat::Csv => write_csv(out, inventory, catalogue),
        ReportFormat::Markdown => write_markdown(out, inventory, catalogue),
        ReportFormat::Json => {
            let report = JsonReport {
                file: inventory.file.display().to_string(),
                interfaces: lines(inventory, catalogue).collect(),
                errors: inventory
                    .errors
                    .iter()
                    .map(|e| ErrorLine {
                        row: e.row,
                        column: &e.column,
                        message: &e.message,
                    })
                    .collect(),
                summary: inventory.summary,
                notes: inventory.notes,
            };
            serde_json::to_writer_pretty(&mut *out, &report).map_err(std::io::Error::other)?;
            writeln!(out)
        }
    }
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

fn lines<'a>(
    inventory: &EvaluatedInventory<'a>,
    catalogue: &'a Catalogue,
) -> impl Iterator<Item = Line<'a>> {
    inventory
        .interfaces
        .iter()
        .zip(inventory.assessments)
        .map(|(interface, assessment)| line(interface, assessment, catalogue))
}

fn line<'a>(
    interface: &'a Interface,
    assessment: &'a Assessment,
    catalogue: &Catalogue,
) -> Line<'a> {
    Line {
        row: interface.row,
        id: interface.id.as_deref().unwrap_or(""),
        title: &interface.scenario.title,
        outcome: assessment.outcome.label(),
        recommended: assessment.recommended_in_words(catalogue),
        leading_reason: assessment.leading_reason.as_deref().unwrap_or(""),
        warnings: assessment.warnings.iter().map(String::as_str).collect(),
        decided: interface
            .scenario
            .decision
            .as_ref()
            .map(|decision| catalogue.name_of(&decision.pattern).to_owned())
            .unwrap_or_default(),
        drift: assessment.drift.as_deref(),
    }
}

fn write_text(
    out: &mut Vec<u8>,
    inventory: &EvaluatedInventory<'_>,
    catalogue: &Catalogue,
) -> std::io::Result<()> {
    for line in lines(inventory, catalogue) {
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
            writeln!(out, "    why: {}", line.leading_reason)?;
        }
        if let Some(drift) = line.drift {
            writeln!(out, "    drift: {drift}")?;
        }
        if !line.warnings.is_empty() {
            writeln!(out, "    {} warning(s)", line.warnings.len())?;
        }
    }
    writeln!(out)?;
    for summary_line in summary_lines(inventory.summary, catalogue) {
        writeln!(out, "{summary_line}")?;
    }
    Ok(())
}

/// The summary in words, one line each.
pub fn summary_lines(summary: &Summary, catalogue: &Catalogue) -> Vec<String> {
    let mut lines = summary_headline(summary).to_vec();
    lines.push("Clear recommendations by pattern:".to_owned());
    for (id, count) in summary.patterns_largest_first() {
        lines.push(format!("  {count:>6}  {}", catalogue.name_of(id)));
    }
    let ties = summary.ties_largest_first();
    if !ties.is_empty() {
        lines.push("Ties, by the patterns tied:".to_owned());
        for (ids, count) in ties {
            let names: Vec<&str> = ids.into_iter().map(|id| catalogue.name_of(id)).collect();
            lines.push(format!("  {count:>6}  {}", names.join(" or ")));
        }
    }
    lines
}

/// The programme in two sentences, as the report and the Portfolio view head it: the
/// outcomes, then what needs a look (contradictions, drifted decisions).
pub fn summary_headline(summary: &Summary) -> [String; 2] {
    let count = |n: usize| crate::core::rules::group_thousands(n as u64);
    let outcome = |label: &str| count(summary.per_outcome.get(label).copied().unwrap_or(0));
    let ruled_out = match summary.per_outcome.get("none").copied().unwrap_or(0) {
        0 => String::new(),
        n => format!(", {} with every pattern ruled out", count(n)),
    };
    [
        format!(
            "{} interfaces: {} with a clear recommendation, {} ties, {} with no good fit{ruled_out}",
            count(summary.interfaces),
            outcome("clear"),
            outcome("tie"),
            outcome("no-fit"),
        ),
        format!(
            "{} with answers that contradict each other; {}",
            count(summary.with_conflicts),
            match summary.drifted {
                1 => "1 recorded decision differs from the advice".to_owned(),
                n => format!("{} recorded decisions differ from the advice", count(n)),
            }
        ),
    ]
}

fn write_markdown(
    out: &mut Vec<u8>,
    inventory: &EvaluatedInventory<'_>,
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
    for line in lines(inventory, catalogue) {
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
    for summary_line in summary_lines(inventory.summary, catalogue) {
        writeln!(out, "{}", summary_line.trim_start().replace("  ", " "))?;
        writeln!(out)?;
    }
    Ok(())
}

/// The CSV header of the report.
const CSV_HEADER: [&str; 9] = [
    "row",
    "id",
    "title",
    "outcome",
    "recommended",
    "leading_reason",
    "warnings",
    "decided_pattern",
    "drift",
];

/// The fewest rows a thread writes: below this, starting threads costs more than it saves.
const CSV_ROWS_PER_THREAD: usize = 4_096;

fn write_csv(
    out: &mut Vec<u8>,
    inventory: &EvaluatedInventory<'_>,
    catalogue: &Catalogue,
) -> std::io::Result<()> {
    {
        let mut header = csv::Writer::from_writer(&mut *out);
        header.write_record(CSV_HEADER)?;
        header.flush()?;
    }
    let parts = map_blocks(
        inventory.interfaces,
        CSV_ROWS_PER_THREAD,
        |start, interfaces| {
            let assessments = &inventory.assessments[start..start + interfaces.len()];
            csv_rows(interfaces, assessments, catalogue)
        },
    )
    .into_iter()
    .collect::<std::io::Result<Vec<Vec<u8>>>>()?;
    for part in parts {
        out.extend_from_slice(&part);
    }
    Ok(())
}

/// The CSV rows of some interfaces, without the header.
fn csv_rows(
    interfaces: &[Interface],
    assessments: &[Assessment],
    catalogue: &Catalogue,
) -> std::io::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::with_capacity(interfaces.len() * 256));
    for (interface, assessment) in interfaces.iter().zip(assessments) {
        let line = line(interface, assessment, catalogue);
        let row = line.row.to_string();
        let warnings = line.warnings.join(" | ");
        let cells = [
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
        .map(inert);
        writer.write_record(cells.iter().map(|cell| cell.as_bytes()))?;
    }
    writer.into_inner().map_err(|error| error.into_error())
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
