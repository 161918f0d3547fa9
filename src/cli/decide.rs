//! `decide`: the ranking of every pattern for each file, as text, JSON or Markdown.

use std::io::Write;
use std::path::PathBuf;

use super::report::{FileReport, display, load_all, pattern_name};
use super::{Outcome, OutputFormat};

/// Runs `decide`.
pub fn run(
    files: &[PathBuf],
    format: OutputFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let (loaded, failed) = load_all(files, err)?;
    match format {
        OutputFormat::Json => {
            let reports: Vec<FileReport> = loaded.iter().map(FileReport::new).collect();
            serde_json::to_writer_pretty(&mut *out, &reports).map_err(std::io::Error::other)?;
            writeln!(out)?;
        }
        OutputFormat::Text => {
            for (index, evaluated) in loaded.iter().enumerate() {
                if index > 0 {
                    writeln!(out)?;
                }
                write_text(evaluated, out)?;
            }
        }
        OutputFormat::Markdown => {
            for evaluated in &loaded {
                write_markdown(evaluated, out)?;
            }
        }
    }
    Ok(if failed {
        Outcome::Failure
    } else {
        Outcome::Success
    })
}

fn write_text(evaluated: &super::report::Evaluated, out: &mut dyn Write) -> std::io::Result<()> {
    let evaluation = &evaluated.evaluation;
    writeln!(
        out,
        "{}: {}",
        display(&evaluated.path),
        evaluated.scenario.title
    )?;
    match &evaluation.recommended {
        Some(id) => writeln!(out, "recommended: {} ({id})", pattern_name(id))?,
        None => writeln!(out, "recommended: none (every pattern is excluded)")?,
    }
    for warning in &evaluation.warnings {
        writeln!(out, "warning: {}", warning.text)?;
    }
    for (rank, result) in evaluation.ranking.iter().enumerate() {
        writeln!(
            out,
            "{:>2}. {:<11} {:>4}  {} ({})",
            rank + 1,
            result.fit.label(),
            result.score,
            pattern_name(&result.pattern),
            result.pattern
        )?;
        for reason in &result.reasons {
            writeln!(
                out,
                "      {} [{}] {}",
                reason.effect.describe(),
                reason.rule,
                reason.text
            )?;
            writeln!(out, "        source: {}", reason.source)?;
        }
    }
    Ok(())
}

fn write_markdown(
    evaluated: &super::report::Evaluated,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let evaluation = &evaluated.evaluation;
    writeln!(out, "## {}\n", evaluated.scenario.title)?;
    writeln!(out, "File: `{}`\n", display(&evaluated.path))?;
    if !evaluated.scenario.context.is_empty() {
        writeln!(out, "{}\n", evaluated.scenario.context)?;
    }
    match &evaluation.recommended {
        Some(id) => writeln!(out, "**Recommended: {} (`{id}`)**\n", pattern_name(id))?,
        None => writeln!(out, "**Recommended: none** (every pattern is excluded)\n")?,
    }
    if !evaluation.warnings.is_empty() {
        writeln!(out, "Warnings:\n")?;
        for warning in &evaluation.warnings {
            writeln!(out, "- {} ([source]({}))", warning.text, warning.source)?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "| # | Pattern | Fit | Score | Reasons |\n|---|---|---|---|---|"
    )?;
    for (rank, result) in evaluation.ranking.iter().enumerate() {
        let reasons: Vec<String> = result
            .reasons
            .iter()
            .map(|r| format!("{}: {}", r.effect.describe(), r.text.replace('|', "\\|")))
            .collect();
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            rank + 1,
            pattern_name(&result.pattern),
            result.fit.label(),
            result.score,
            reasons.join("<br>")
        )?;
    }
    writeln!(out)?;
    if let Some(top) = evaluation
        .ranking
        .first()
        .filter(|r| !r.prerequisites.is_empty())
    {
        writeln!(out, "Prerequisites for {}:\n", pattern_name(&top.pattern))?;
        for note in &top.prerequisites {
            writeln!(out, "- {} ([source]({}))", note.text, note.source)?;
        }
        writeln!(out)?;
    }
    Ok(())
}
