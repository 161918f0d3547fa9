//! The programme as a picture and as a blueprint.
//!
//! `portfolio --format svg` writes the landscape picture, `--format html` one self-contained
//! page with the picture, the summary per outcome and pattern, and a short decision record per
//! interface.
//!
//! Both need the whole inventory before their first byte (the picture heads the page), so
//! the report collects the landscape as blocks come, and the page's records, made on the
//! threads that evaluated them, wait in a temporary file: memory stays bounded by the
//! landscape's groups, never by the inventory.

use std::io::{Seek as _, Write};
use std::path::Path;
use std::sync::Arc;

use crate::inventory::Interface;
use crate::landscape::layout::Layout;
use crate::landscape::palette::Theme;
use crate::landscape::{Landscape, LandscapeBuilder, svg};
use crate::portfolio_report::{ReportEnd, cell_error, summary_headline};
use crate::record::{STYLE, html_text, short_html};
use advisor_core::catalogue::Catalogue;
use advisor_core::evaluation::Outcome;
use advisor_core::portfolio::{Assessment, Summary};

/// The picture's title for the inventory `file`.
pub fn title(file: &Path) -> String {
    let name = file.file_name().map_or_else(
        || file.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    format!("Integration landscape: {name}")
}

/// The landscape of `file`'s interfaces as SVG.
pub fn landscape_svg(
    landscape: &Landscape,
    catalogue: &Catalogue,
    file: &Path,
    theme: &Theme,
) -> String {
    svg::write(
        &Layout::of(landscape, catalogue, &title(file)),
        catalogue,
        theme,
    )
}

/// The short decision records of `interfaces`, as HTML fragments, one section each.
pub fn records(
    interfaces: &[Interface],
    _assessments: &[Arc<Assessment>],
    catalogue: &Catalogue,
    out: &mut Vec<u8>,
) {
    for interface in interfaces {
        let scenario = &interface.scenario;
        let heading = heading(interface);
        let meta = format!(
            "Row {} · {} · {}",
            interface.row,
            interface.system_name(),
            scenario.requirements.direction.label()
        );
        // Writing into memory cannot fail.
        out.extend_from_slice(
            format!(
                "<section class=\"record\" id=\"row-{}\">\n{}</section>\n",
                interface.row,
                short_html(&heading, &meta, scenario, catalogue)
            )
            .as_bytes(),
        );
    }
}

/// How many interfaces the blueprint's "need a look" table lists; the others are counted.
const LOOKS_LISTED: usize = 200;

/// An interface the blueprint's reader should look at, and why.
struct Look {
    row: usize,
    heading: String,
    why: &'static str,
}

/// Why an interface needs a look, if it does: the first of drift, contradictory answers and
/// an outcome without a recommendation.
fn why_look(assessment: &Assessment) -> Option<&'static str> {
    if assessment.drift.is_some() {
        Some("its recorded decision is no longer what the advice supports")
    } else if assessment.conflicts > 0 {
        Some("its answers contradict each other")
    } else {
        match assessment.outcome {
            Outcome::Open => Some("open: answers not known yet could change it"),
            Outcome::NoFit => Some("no pattern fits its answers well"),
            Outcome::None => Some("every pattern is ruled out"),
            Outcome::Clear | Outcome::Tie => None,
        }
    }
}

/// The heading of an interface's record: its id and title.
fn heading(interface: &Interface) -> String {
    match &interface.id {
        Some(id) => format!("{id} · {}", interface.scenario.title),
        None => interface.scenario.title.clone(),
    }
}

/// A picture or a blueprint being collected.
pub struct PictureReport {
    landscape: LandscapeBuilder,
    /// The first interfaces that need a look, and how many more there are.
    looks: (Vec<Look>, usize),
    /// The blueprint's records, waiting for the picture and the summary to be written first.
    records: Option<std::fs::File>,
    theme: Theme,
}

impl PictureReport {
    /// A picture (`blueprint` false) in `theme`, or a blueprint (always light: it is for
    /// paper and browsers).
    pub fn new(blueprint: bool, theme: Theme) -> std::io::Result<Self> {
        Ok(Self {
            landscape: LandscapeBuilder::default(),
            looks: (Vec::new(), 0),
            records: if blueprint {
                Some(tempfile::tempfile()?)
            } else {
                None
            },
            theme: if blueprint { Theme::LIGHT } else { theme },
        })
    }

    /// Takes a block of interfaces, their assessments and their rendered records.
    pub fn add(
        &mut self,
        interfaces: &[Interface],
        assessments: &[Arc<Assessment>],
        rendered: &[u8],
    ) -> std::io::Result<()> {
        self.landscape.add(interfaces, assessments);
        if let Some(records) = &mut self.records {
            records.write_all(rendered)?;
            for (interface, assessment) in interfaces.iter().zip(assessments) {
                let Some(why) = why_look(assessment) else {
                    continue;
                };
                if self.looks.0.len() < LOOKS_LISTED {
                    self.looks.0.push(Look {
                        row: interface.row,
                        heading: heading(interface),
                        why,
                    });
                } else {
                    self.looks.1 += 1;
                }
            }
        }
        Ok(())
    }

    /// Writes the picture, or the whole page.
    pub fn finish(
        self,
        out: &mut dyn Write,
        file: &Path,
        end: &ReportEnd<'_>,
        catalogue: &Catalogue,
    ) -> std::io::Result<()> {
        let picture = landscape_svg(&self.landscape.finish(), catalogue, file, &self.theme);
        let Some(mut records) = self.records else {
            return out.write_all(picture.as_bytes());
        };
        let name = file.file_name().map_or_else(
            || file.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let name = html_text(&name);
        write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Programme blueprint: {name}</title>\n<style>\n{STYLE}{BLUEPRINT_STYLE}</style>\n</head>\n<body>\n<h1>Programme blueprint: {name}</h1>\n<p class=\"meta\">Made by Integration Advisor from {name}: the landscape, the programme by outcome and pattern, and a short decision record for each interface.</p>\n<figure>\n{picture}</figure>\n"
        )?;
        summary_html(out, end, file, catalogue)?;
        looks_html(out, &self.looks)?;
        writeln!(out, "<h2>Decision records</h2>")?;
        records.rewind()?;
        std::io::copy(&mut records, out)?;
        writeln!(out, "</body>\n</html>")
    }
}

/// The interfaces that need a look, each linked to its record.
fn looks_html(out: &mut dyn Write, (looks, more): &(Vec<Look>, usize)) -> std::io::Result<()> {
    if looks.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "<h2>Interfaces that need a look</h2>\n<table>\n<thead><tr><th>Interface</th><th>Why</th></tr></thead>\n<tbody>"
    )?;
    for look in looks {
        writeln!(
            out,
            "<tr><td><a href=\"#row-{}\">{}</a></td><td>{}</td></tr>",
            look.row,
            html_text(&look.heading),
            look.why
        )?;
    }
    writeln!(out, "</tbody>\n</table>")?;
    if *more > 0 {
        writeln!(out, "<p>And {more} more, in the records below.</p>")?;
    }
    Ok(())
}

/// The programme by outcome and by pattern, and the rows left out.
fn summary_html(
    out: &mut dyn Write,
    end: &ReportEnd<'_>,
    file: &Path,
    catalogue: &Catalogue,
) -> std::io::Result<()> {
    let summary: &Summary = end.summary;
    writeln!(out, "<h2>The programme by outcome and pattern</h2>")?;
    for sentence in summary_headline(summary) {
        writeln!(out, "<p>{}.</p>", html_text(&sentence))?;
    }
    writeln!(
        out,
        "<table>\n<thead><tr><th>Outcome</th><th>Interfaces</th></tr></thead>\n<tbody>"
    )?;
    for (outcome, words) in [
        (Outcome::Clear, "A clear recommendation"),
        (Outcome::Tie, "A tie, for the team to settle"),
        (Outcome::NoFit, "No good fit"),
        (Outcome::Open, "Open: answers not known yet"),
        (Outcome::None, "Every pattern ruled out"),
    ] {
        // An outcome no interface has is left out, but for the two every reader looks for.
        let count = summary.count(outcome);
        if count > 0 || matches!(outcome, Outcome::Clear | Outcome::Tie) {
            writeln!(out, "<tr><td>{words}</td><td>{count}</td></tr>")?;
        }
    }
    writeln!(out, "</tbody>\n</table>")?;
    let patterns = summary.patterns_largest_first();
    if !patterns.is_empty() {
        writeln!(
            out,
            "<table>\n<thead><tr><th>Clear recommendation</th><th>Interfaces</th></tr></thead>\n<tbody>"
        )?;
        for (id, count) in patterns {
            writeln!(
                out,
                "<tr><td>{}</td><td>{count}</td></tr>",
                html_text(catalogue.name_of(id))
            )?;
        }
        writeln!(out, "</tbody>\n</table>")?;
    }
    let ties = summary.ties_largest_first();
    if !ties.is_empty() {
        writeln!(
            out,
            "<table>\n<thead><tr><th>Tie between</th><th>Interfaces</th></tr></thead>\n<tbody>"
        )?;
        for (ids, count) in ties {
            let names: Vec<&str> = ids.into_iter().map(|id| catalogue.name_of(id)).collect();
            writeln!(
                out,
                "<tr><td>{}</td><td>{count}</td></tr>",
                html_text(&names.join(" or "))
            )?;
        }
        writeln!(out, "</tbody>\n</table>")?;
    }
    if !end.errors.is_empty() {
        writeln!(
            out,
            "<h2>Rows left out</h2>\n<p>{} bad cells; their rows are not in the picture or the records.</p>\n<ul>",
            end.errors.count()
        )?;
        for error in &end.errors.listed {
            writeln!(out, "<li>{}</li>", html_text(&cell_error(file, error)))?;
        }
        writeln!(out, "</ul>")?;
    }
    Ok(())
}

/// What the blueprint adds to the records' styles: a wider page for the picture, tables,
/// and a rule between records.
const BLUEPRINT_STYLE: &str = "body { max-width: 72em; }
figure { margin: 1em 0; }
figure svg { width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 6px; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #d0d7de; padding: .3em .8em; text-align: left; }
.record { border-top: 1px solid #d0d7de; margin-top: 1.5em; }
.record h4 { margin: .8em 0 .3em; }
@media print { .record { break-inside: avoid; } }
";
