//! `questions`: what a scenario answers, with the file's field, why each answer matters and
//! the source that says so, as text, JSON or Markdown.

use std::io::Write;

use serde::Serialize;

use crate::core::questions::{self, Question};

use super::{Outcome, OutputFormat};

#[derive(Serialize)]
struct QuestionReport {
    field: &'static str,
    caption: &'static str,
    help: &'static str,
    source: &'static str,
}

impl From<&Question> for QuestionReport {
    fn from(q: &Question) -> Self {
        Self {
            field: q.field.name(),
            caption: q.caption,
            help: q.help,
            source: q.source,
        }
    }
}

/// Runs `questions`.
pub fn run(format: OutputFormat, out: &mut dyn Write) -> std::io::Result<Outcome> {
    match format {
        OutputFormat::Json => {
            let reports: Vec<QuestionReport> = questions::ALL.iter().map(Into::into).collect();
            serde_json::to_writer_pretty(&mut *out, &reports).map_err(std::io::Error::other)?;
            writeln!(out)?;
        }
        OutputFormat::Text => {
            for q in &questions::ALL {
                writeln!(out, "{} ({})", q.caption, q.field)?;
                writeln!(out, "  {}", q.help)?;
                writeln!(out, "  source: {}", q.source)?;
            }
        }
        OutputFormat::Markdown => {
            writeln!(out, "| Question | Field | Why it matters |\n|---|---|---|")?;
            for q in &questions::ALL {
                writeln!(
                    out,
                    "| {} | `{}` | {} ([source]({})) |",
                    q.caption, q.field, q.help, q.source
                )?;
            }
        }
    }
    Ok(Outcome::Success)
}
