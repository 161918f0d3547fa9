//! `diff`: two scenario files, the answers that differ and what that changes.

use std::io::Write;
use std::path::Path;

use crate::bundled::Library;
use crate::core::diff::{ScenarioDiff, StandingChange, compare};
use crate::core::field::Field;
use crate::io::answer_text;
use serde::Serialize;

use super::report::{display, load_all};
use super::{Outcome, OutputFormat};

/// `diff --format json`: the answers as the file writes them, then the results.
#[derive(Serialize)]
struct DiffReport<'a> {
    answers: Vec<AnswerReport>,
    outcomes: (&'static str, &'static str),
    recommended: &'a (Option<String>, Option<String>),
    patterns: &'a [StandingChange],
}

/// One answer that differs, as the file writes each side.
#[derive(Serialize)]
struct AnswerReport {
    field: Field,
    first: String,
    second: String,
}

impl<'a> DiffReport<'a> {
    fn of(diff: &'a ScenarioDiff) -> Self {
        Self {
            answers: diff
                .answers
                .iter()
                .map(|change| AnswerReport {
                    field: change.field,
                    first: answer_text(&change.first),
                    second: answer_text(&change.second),
                })
                .collect(),
            outcomes: diff.outcomes,
            recommended: &diff.recommended,
            patterns: &diff.patterns,
        }
    }
}

/// Runs `diff`: exit 0 when both files come out the same, 1 when not, 2 on errors.
pub fn run(
    library: &Library<'_>,
    first: &Path,
    second: &Path,
    format: OutputFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let (loaded, failed) = load_all(library, &[first.to_owned(), second.to_owned()], err)?;
    let [a, b] = loaded.as_slice() else {
        return Ok(Outcome::Failure);
    };
    if failed {
        return Ok(Outcome::Failure);
    }
    let diff = compare(&a.scenario, &b.scenario, library.catalogue);
    let name = |id: &Option<String>| {
        id.as_deref()
            .map_or("none", |id| library.pattern_name(id))
            .to_owned()
    };
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &DiffReport::of(&diff))
                .map_err(std::io::Error::other)?;
            writeln!(out)?;
        }
        OutputFormat::Text | OutputFormat::Markdown => {
            let md = format == OutputFormat::Markdown;
            let (pa, pb) = (display(&a.path), display(&b.path));
            if md {
                writeln!(out, "## `{pa}` and `{pb}`\n")?;
            } else {
                writeln!(out, "{pa} -> {pb}")?;
            }
            if diff.answers.is_empty() {
                writeln!(
                    out,
                    "{}the answers are the same",
                    if md { "" } else { "  " }
                )?;
            }
            for change in &diff.answers {
                if md {
                    writeln!(
                        out,
                        "- `{}`: `{}` → `{}`",
                        change.field,
                        answer_text(&change.first),
                        answer_text(&change.second)
                    )?;
                } else {
                    writeln!(
                        out,
                        "  {}: {} -> {}",
                        change.field,
                        answer_text(&change.first),
                        answer_text(&change.second)
                    )?;
                }
            }
            let result = format!(
                "outcome: {} -> {}; recommended: {} -> {}",
                diff.outcomes.0,
                diff.outcomes.1,
                name(&diff.recommended.0),
                name(&diff.recommended.1)
            );
            writeln!(out, "{}{result}", if md { "\n" } else { "  " })?;
            for change in &diff.patterns {
                let line = format!(
                    "{}: {} -> {}",
                    library.pattern_name(&change.pattern),
                    change.first,
                    change.second
                );
                writeln!(out, "{}{line}", if md { "- " } else { "  " })?;
                for reason in &change.gained {
                    writeln!(out, "{}+ {reason}", if md { "  - " } else { "      " })?;
                }
                for reason in &change.lost {
                    writeln!(out, "{}- {reason}", if md { "  - " } else { "      " })?;
                }
            }
        }
    }
    Ok(if diff.agrees() {
        Outcome::Success
    } else {
        Outcome::Finding
    })
}
