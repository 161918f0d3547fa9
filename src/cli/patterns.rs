//! `patterns`: the catalogue as text, JSON or Markdown.

use std::io::Write;

use crate::bundled::Library;
use crate::core::model::Deployment;

use super::{Outcome, OutputFormat};

/// Runs `patterns`.
pub fn run(
    library: &Library<'_>,
    format: OutputFormat,
    out: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let catalogue = library.catalogue;
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &catalogue.patterns)
                .map_err(std::io::Error::other)?;
            writeln!(out)?;
        }
        OutputFormat::Text => {
            for pattern in &catalogue.patterns {
                writeln!(out, "{} ({})", pattern.name, pattern.id)?;
                writeln!(out, "  {}", pattern.summary)?;
                writeln!(
                    out,
                    "  {} | {} | batch: {} | {} | {}",
                    pattern.family.label(),
                    pattern.timing.label(),
                    if pattern.batch { "yes" } else { "no" },
                    Deployment::list(&pattern.deployments),
                    pattern.lifecycle.label()
                )?;
                writeln!(out, "  docs: {}", pattern.docs)?;
            }
        }
        OutputFormat::Markdown => {
            writeln!(
                out,
                "| Pattern | Family | Timing | Batch | Technology | Deployment | Throttling | Lifecycle |"
            )?;
            writeln!(out, "|---|---|---|---|---|---|---|---|")?;
            for p in &catalogue.patterns {
                writeln!(
                    out,
                    "| [{}]({}) | {} | {} | {} | {} | {} | {} | {} |",
                    p.name,
                    p.docs,
                    p.family.label(),
                    p.timing.label(),
                    if p.batch { "yes" } else { "no" },
                    p.technology,
                    Deployment::list(&p.deployments),
                    if p.throttling.subject_to_limits {
                        "service protection limits"
                    } else {
                        "exempt"
                    },
                    p.lifecycle.label()
                )?;
            }
        }
    }
    Ok(Outcome::Success)
}
