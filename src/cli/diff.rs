//! `diff`: two scenario files, the answers that differ and what that changes.

use std::io::Write;
use std::path::Path;

use crate::bundled::Library;
use crate::core::diff::compare;

use super::report::{display, load_all};
use super::{Outcome, OutputFormat};

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
            serde_json::to_writer_pretty(&mut *out, &diff).map_err(std::io::Error::other)?;
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
                        change.field, change.first, change.second
                    )?;
                } else {
                    writeln!(
                        out,
                        "  {}: {} -> {}",
                        change.field, change.first, change.second
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
