//! An evaluated inventory written out: text for a terminal, CSV for a spreadsheet, Markdown
//! for a report, JSON for other tools. The command line and the window's export write the
//! same bytes.
//!
//! A report is written as a stream: its beginning, then each interface's lines as blocks of
//! them are evaluated (made on the threads that evaluated them, by [`Renderer`]), then its
//! end with the summary. Nothing holds a whole report in memory.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use crate::blueprint::{self, PictureReport};
use crate::inventory::{BLOCK_ROWS, BadCells, CellError, Interface};
use crate::landscape::palette::Theme;
use crate::markdown::escape;
pub use crate::portfolio_summary::{summary_headline, summary_lines};
use advisor_core::catalogue::Catalogue;
use advisor_core::portfolio::{Assessment, Summary};

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
    /// The landscape picture (see [`crate::landscape`]), on a dark background or a light.
    Svg {
        /// Whether the background is dark.
        dark: bool,
    },
    /// The programme blueprint: the picture, the summary and a short decision record per
    /// interface, as one self-contained page (see [`crate::blueprint`]).
    Html,
}

impl ReportFormat {
    /// The file extension a report of this format takes.
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Text => "txt",
            Self::Csv => "csv",
            Self::Markdown => "md",
            Self::Json => "json",
            Self::Svg { .. } => "svg",
            Self::Html => "html",
        }
    }
}

/// An inventory with its evaluation, whole in memory (the window's): what [`write_report`]
/// writes.
#[derive(Clone, Copy)]
pub struct EvaluatedInventory<'a> {
    /// The inventory file, as the report names it.
    pub file: &'a Path,
    /// The interfaces whose rows were good.
    pub interfaces: &'a [Interface],
    /// Their assessments, in the same order.
    pub assessments: &'a [Arc<Assessment>],
    /// The bad cells.
    pub errors: &'a BadCells,
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

/// Writes into memory, which cannot fail: a `Vec` grows or the process aborts.
fn put(out: &mut Vec<u8>, text: std::fmt::Arguments<'_>) {
    out.write_fmt(text).unwrap_or(());
}

/// Makes the lines of a report for some interfaces: in any order and on any thread, since the
/// lines of one interface depend on nothing else. [`ReportWriter`] puts them together.
#[derive(Clone, Copy)]
pub struct Renderer<'a> {
    format: ReportFormat,
    catalogue: &'a Catalogue,
}

impl<'a> Renderer<'a> {
    /// A renderer of `format`'s lines.
    pub const fn new(format: ReportFormat, catalogue: &'a Catalogue) -> Self {
        Self { format, catalogue }
    }

    /// Appends the report's lines of `interfaces` (with their `assessments`) to `out`.
    pub fn lines(
        &self,
        interfaces: &[Interface],
        assessments: &[Arc<Assessment>],
        out: &mut Vec<u8>,
    ) {
        let lines = interfaces
            .iter()
            .zip(assessments)
            .map(|(interface, assessment)| line(interface, assessment, self.catalogue));
        match self.format {
            ReportFormat::Text => lines.for_each(|line| text_line(out, &line)),
            ReportFormat::Markdown => lines.for_each(|line| markdown_line(out, &line)),
            ReportFormat::Csv => csv_lines(out, lines),
            ReportFormat::Json => lines.for_each(|line| json_line(out, &line)),
            ReportFormat::Svg { .. } => {}
            ReportFormat::Html => blueprint::records(interfaces, assessments, self.catalogue, out),
        }
    }
}

/// What the end of a report says: the bad cells, the notes and the summary.
pub struct ReportEnd<'a> {
    /// The bad cells.
    pub errors: &'a BadCells,
    /// How the file was read.
    pub notes: &'a [String],
    /// The programme from above.
    pub summary: &'a Summary,
}

/// A report being written: its beginning, the lines of every interface as they come (made by
/// [`Renderer`]), and its end. Nothing of it is held in memory.
pub struct ReportWriter<'a> {
    renderer: Renderer<'a>,
    /// Whether an interface's lines were written (JSON separates them with commas).
    any_lines: bool,
    /// The inventory file, as a picture's title names it.
    file: std::path::PathBuf,
    /// A picture or blueprint being collected: written whole at the end.
    picture: Option<PictureReport>,
}

impl<'a> ReportWriter<'a> {
    /// Writes the report's beginning for the inventory `file`: CSV's header row, Markdown's
    /// table header, JSON's opening.
    pub fn begin(
        format: ReportFormat,
        file: &Path,
        catalogue: &'a Catalogue,
        out: &mut dyn Write,
    ) -> std::io::Result<Self> {
        match format {
            ReportFormat::Text | ReportFormat::Svg { .. } | ReportFormat::Html => {}
            ReportFormat::Csv => {
                let mut header = csv::Writer::from_writer(&mut *out);
                header.write_record(CSV_HEADER)?;
                header.flush()?;
            }
            ReportFormat::Markdown => {
                writeln!(
                    out,
                    "| Row | Id | Interface | Outcome | Recommended | Why | Drift |"
                )?;
                writeln!(out, "|---|---|---|---|---|---|---|")?;
            }
            ReportFormat::Json => {
                let file = serde_json::to_string(&file.display().to_string())
                    .map_err(std::io::Error::other)?;
                write!(out, "{{\n  \"file\": {file},\n  \"interfaces\": [")?;
            }
        }
        let picture = match format {
            ReportFormat::Svg { dark } => Some(PictureReport::new(false, Theme::of(dark))?),
            ReportFormat::Html => Some(PictureReport::new(true, Theme::LIGHT)?),
            _ => None,
        };
        Ok(Self {
            renderer: Renderer::new(format, catalogue),
            any_lines: false,
            file: file.to_owned(),
            picture,
        })
    }

    /// The renderer of this report's lines, to hand to the threads that make them.
    pub const fn renderer(&self) -> Renderer<'a> {
        self.renderer
    }

    /// Writes a block of interfaces with their assessments and the lines the renderer made
    /// of them, in the order of their interfaces (a picture collects them for its end).
    pub fn write_block(
        &mut self,
        out: &mut dyn Write,
        interfaces: &[Interface],
        assessments: &[Arc<Assessment>],
        lines: &[u8],
    ) -> std::io::Result<()> {
        if let Some(picture) = &mut self.picture {
            return picture.add(interfaces, assessments, lines);
        }
        if lines.is_empty() {
            return Ok(());
        }
        // Every JSON line begins with the comma that separates it from the one before; the
        // report's first line has none before it.
        let lines = match (self.renderer.format, self.any_lines) {
            (ReportFormat::Json, false) => lines.strip_prefix(b",").unwrap_or(lines),
            _ => lines,
        };
        self.any_lines = true;
        out.write_all(lines)
    }

    /// Writes the report's end: the summary (text, Markdown), or the bad cells, the summary and
    /// the notes (JSON).
    pub fn finish(self, out: &mut dyn Write, end: &ReportEnd<'_>) -> std::io::Result<()> {
        let catalogue = self.renderer.catalogue;
        if let Some(picture) = self.picture {
            return picture.finish(out, &self.file, end, catalogue);
        }
        match self.renderer.format {
            ReportFormat::Csv | ReportFormat::Svg { .. } | ReportFormat::Html => {}
            ReportFormat::Text => {
                writeln!(out)?;
                for summary_line in summary_lines(end.summary, catalogue) {
                    writeln!(out, "{summary_line}")?;
                }
            }
            ReportFormat::Markdown => {
                writeln!(out)?;
                for summary_line in summary_lines(end.summary, catalogue) {
                    writeln!(out, "{}", summary_line.trim_start().replace("  ", " "))?;
                    writeln!(out)?;
                }
            }
            ReportFormat::Json => {
                write!(out, "{}", if self.any_lines { "\n  ]" } else { "]" })?;
                write!(out, ",\n  \"errors\": {}", nested_json(&end.errors.listed)?)?;
                write!(out, ",\n  \"errors_not_listed\": {}", end.errors.unlisted)?;
                write!(out, ",\n  \"summary\": {}", nested_json(end.summary)?)?;
                writeln!(out, ",\n  \"notes\": {}\n}}", nested_json(&end.notes)?)?;
            }
        }
        Ok(())
    }
}

/// A value as pretty JSON one level into the report's object. JSON strings hold no line
/// breaks (they are escaped), so every line break is one of the layout's.
fn nested_json(value: &impl Serialize) -> std::io::Result<String> {
    serde_json::to_string_pretty(value)
        .map(|text| text.replace('\n', "\n  "))
        .map_err(std::io::Error::other)
}

/// The report of a whole inventory in memory (the window's export), in `format`.
pub fn write_report(
    out: &mut dyn Write,
    inventory: &EvaluatedInventory<'_>,
    format: ReportFormat,
    catalogue: &Catalogue,
) -> std::io::Result<()> {
    let mut writer = ReportWriter::begin(format, inventory.file, catalogue, out)?;
    let renderer = writer.renderer();
    let mut lines = Vec::new();
    for (interfaces, assessments) in inventory
        .interfaces
        .chunks(BLOCK_ROWS)
        .zip(inventory.assessments.chunks(BLOCK_ROWS))
    {
        lines.clear();
        renderer.lines(interfaces, assessments, &mut lines);
        writer.write_block(out, interfaces, assessments, &lines)?;
    }
    writer.finish(
        out,
        &ReportEnd {
            errors: inventory.errors,
            notes: inventory.notes,
            summary: inventory.summary,
        },
    )
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

/// What is said of the bad cells not listed one by one, if there are any.
pub fn unlisted_errors(file: &Path, errors: &BadCells) -> Option<String> {
    (errors.unlisted > 0).then(|| {
        format!(
            "{}: {} more bad cells are not listed (the first {} are); their rows are left out too",
            file.display(),
            advisor_core::text::group_thousands(errors.unlisted as u64),
            advisor_core::text::group_thousands(errors.listed.len() as u64),
        )
    })
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

/// An interface in a few lines of plain text.
fn text_line(out: &mut Vec<u8>, line: &Line<'_>) {
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
    put(out, format_args!("row {}: {name}: {result}\n", line.row));
    if !line.leading_reason.is_empty() {
        put(out, format_args!("    why: {}\n", line.leading_reason));
    }
    if let Some(drift) = line.drift {
        put(out, format_args!("    drift: {drift}\n"));
    }
    if !line.warnings.is_empty() {
        put(
            out,
            format_args!("    {} warning(s)\n", line.warnings.len()),
        );
    }
}

/// An interface as a row of the Markdown table; every text is escaped.
fn markdown_line(out: &mut Vec<u8>, line: &Line<'_>) {
    put(
        out,
        format_args!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            line.row,
            escape(line.id),
            escape(line.title),
            line.outcome,
            escape(&line.recommended),
            escape(line.leading_reason),
            escape(line.drift.unwrap_or(""))
        ),
    );
}

/// An interface as a JSON object in the report's array, after the comma that separates it
/// from the one before.
fn json_line(out: &mut Vec<u8>, line: &Line<'_>) {
    // Strings and numbers serialized into memory: this cannot fail.
    let object = serde_json::to_string_pretty(line).unwrap_or_default();
    put(
        out,
        format_args!(",\n    {}", object.replace('\n', "\n    ")),
    );
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

/// Interfaces as CSV rows, without the header; every cell a spreadsheet would run is made
/// text.
fn csv_lines<'a>(out: &mut Vec<u8>, lines: impl Iterator<Item = Line<'a>>) {
    let mut writer = csv::Writer::from_writer(out);
    for line in lines {
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
        // Writing into memory cannot fail.
        writer
            .write_record(cells.iter().map(|cell| cell.as_bytes()))
            .unwrap_or(());
    }
    writer.flush().unwrap_or(());
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
