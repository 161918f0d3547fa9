//! `decide`: the ranking of every pattern for each file, as text, JSON or Markdown.

use std::io::Write;
use std::path::PathBuf;

use super::report::{FileReport, display, load_all, pattern_name};
use super::{Outcome as ExitOutcome, OutputFormat};
use crate::bundled;
use crate::core::evaluation::Outcome;
use crate::core::explain::{headline, leader_prerequisites, runner_up, settlers_among, standing};
use crate::core::flips::{Flip, flips};
use crate::core::unknowns::analyse;
use crate::io::markdown::escape;
use crate::io::record::link;

/// Runs `decide`.
pub fn run(
    files: &[PathBuf],
    format: OutputFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitOutcome> {
    let (loaded, failed) = load_all(files, err)?;
    match format {
        OutputFormat::Json => {
            let reports: Vec<FileReport<'_>> = loaded.iter().map(FileReport::new).collect();
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
        ExitOutcome::Failure
    } else {
        ExitOutcome::Success
    })
}

/// What a flip leads to, in words: `Recommended: X`, `a tie with X on top`, `no fit`, or
/// `conflicting answers` when the changed answers contradict each other.
fn flip_result(flip: &Flip) -> String {
    if flip.conflicting {
        return "conflicting answers, no recommendation".to_owned();
    }
    let name = flip.recommended.as_deref().map_or("none", pattern_name);
    match flip.outcome {
        Outcome::Clear => format!("Recommended: {name}"),
        Outcome::Tie => format!("a tie, {name} on top"),
        Outcome::NoFit => format!("no good fit ({name} closest)"),
        Outcome::Open => format!("open, leaning to {name}"),
        Outcome::None => "every pattern ruled out".to_owned(),
    }
}

fn source_suffix(source: &str) -> String {
    if source.is_empty() {
        String::new()
    } else {
        format!(" (source: {source})")
    }
}

fn write_text(evaluated: &super::report::Evaluated, out: &mut dyn Write) -> std::io::Result<()> {
    let catalogue = bundled::catalogue();
    let evaluation = &evaluated.evaluation;
    let scenario = &evaluated.scenario;
    writeln!(out, "{}: {}", display(&evaluated.path), scenario.title)?;
    if !scenario.context.is_empty() {
        writeln!(out, "context: {}", scenario.context)?;
    }
    writeln!(out, "outcome: {}", evaluation.outcome.label())?;
    writeln!(out, "{}", headline(evaluation, catalogue))?;
    if let Some(runner_up) = runner_up(evaluation) {
        writeln!(out, "runner-up: {}", pattern_name(runner_up))?;
    }
    let flips = flips(scenario, catalogue, evaluation);
    for settler in settlers_among(&flips, evaluation) {
        writeln!(
            out,
            "  settled by: {} ({}: {}) -> {}",
            settler.answer,
            settler.field,
            settler.value,
            pattern_name(&settler.leads)
        )?;
    }
    if let Some(open) = analyse(scenario, catalogue) {
        let names: Vec<&str> = open.possible.iter().map(|id| pattern_name(id)).collect();
        writeln!(out, "not known yet: the ranking assumes the answers shown")?;
        writeln!(
            out,
            "  possible, depending on the open answers: {}",
            names.join(", ")
        )?;
        for ask in &open.ask_next {
            writeln!(out, "  ask next: {} ({})", ask.field, ask.words())?;
        }
    }
    if !flips.is_empty() {
        writeln!(out, "what would change it:")?;
        for flip in &flips {
            writeln!(
                out,
                "  - {}: {} -> {}: {}",
                flip.field,
                flip.from,
                flip.to,
                flip_result(flip)
            )?;
        }
    }
    if !evaluation.warnings.is_empty() {
        writeln!(out, "warnings:")?;
        for warning in &evaluation.warnings {
            writeln!(
                out,
                "  - {}{}",
                warning.text,
                source_suffix(&warning.source)
            )?;
        }
    }
    writeln!(out, "ranking:")?;
    for (rank, result) in evaluation.ranking.iter().enumerate() {
        writeln!(
            out,
            "{:>3}. {:<11}  {}",
            rank + 1,
            standing(evaluation, result),
            pattern_name(&result.pattern)
        )?;
        for reason in &result.reasons {
            writeln!(
                out,
                "       {}: {}{}",
                reason.effect.describe(&catalogue.parameters),
                reason.text,
                source_suffix(&reason.source)
            )?;
        }
    }
    for (id, notes) in leader_prerequisites(evaluation) {
        if !notes.is_empty() {
            writeln!(out, "prerequisites for {}:", pattern_name(id))?;
            for note in notes {
                writeln!(out, "  - {}{}", note.text, source_suffix(&note.source))?;
            }
        }
        if let Some(pattern) = catalogue.pattern(id) {
            writeln!(
                out,
                "implementation steps for {}{}:",
                pattern.name,
                source_suffix(&pattern.steps.source)
            )?;
            write_steps(out, "In F&O", &pattern.steps.finops)?;
            write_steps(out, "In the other application", &pattern.steps.other_side)?;
        }
    }
    Ok(())
}

fn write_steps(out: &mut dyn Write, side: &str, steps: &[String]) -> std::io::Result<()> {
    if steps.is_empty() {
        return Ok(());
    }
    writeln!(out, "  {side}:")?;
    for (index, step) in steps.iter().enumerate() {
        writeln!(out, "    {}. {step}", index + 1)?;
    }
    Ok(())
}

fn write_markdown(
    evaluated: &super::report::Evaluated,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let catalogue = bundled::catalogue();
    let evaluation = &evaluated.evaluation;
    let scenario = &evaluated.scenario;
    writeln!(out, "## {}\n", escape(&scenario.title))?;
    writeln!(
        out,
        "File: `{}`\n",
        display(&evaluated.path).replace('`', "'")
    )?;
    if !scenario.context.is_empty() {
        writeln!(out, "{}\n", escape(&scenario.context))?;
    }
    writeln!(
        out,
        "**{}** (outcome: {})\n",
        headline(evaluation, catalogue),
        evaluation.outcome.label()
    )?;
    if let Some(runner_up) = runner_up(evaluation) {
        writeln!(out, "Runner-up: {}\n", pattern_name(runner_up))?;
    }
    let flips = flips(scenario, catalogue, evaluation);
    let settlers = settlers_among(&flips, evaluation);
    if !settlers.is_empty() {
        writeln!(out, "What would settle it:\n")?;
        for settler in settlers {
            writeln!(
                out,
                "- {} (`{}: {}`): {}",
                settler.answer,
                settler.field,
                settler.value,
                pattern_name(&settler.leads)
            )?;
        }
        writeln!(out)?;
    }
    if let Some(open) = analyse(scenario, catalogue) {
        let names: Vec<&str> = open.possible.iter().map(|id| pattern_name(id)).collect();
        writeln!(
            out,
            "Not known yet; the ranking assumes the answers shown. Possible, depending on the open answers: {}.\n",
            names.join(", ")
        )?;
        for ask in &open.ask_next {
            writeln!(out, "- Ask next: `{}` ({})", ask.field, ask.words())?;
        }
        writeln!(out)?;
    }
    if !flips.is_empty() {
        writeln!(out, "What would change it:\n")?;
        for flip in &flips {
            writeln!(
                out,
                "- `{}`: `{}` → `{}`: {}",
                flip.field,
                flip.from,
                flip.to,
                flip_result(flip)
            )?;
        }
        writeln!(out)?;
    }
    if !evaluation.warnings.is_empty() {
        writeln!(out, "Warnings:\n")?;
        for warning in &evaluation.warnings {
            writeln!(out, "- {}{}", warning.text, link(&warning.source))?;
        }
        writeln!(out)?;
    }
    write_markdown_ranking(evaluated, out)?;
    write_markdown_leaders(evaluated, out)
}

/// The Markdown ranking table: every pattern, its standing and its reasons.
fn write_markdown_ranking(
    evaluated: &super::report::Evaluated,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let catalogue = bundled::catalogue();
    let evaluation = &evaluated.evaluation;
    writeln!(out, "| # | Pattern | Fit | Reasons |\n|---|---|---|---|")?;
    for (rank, result) in evaluation.ranking.iter().enumerate() {
        let reasons: Vec<String> = result
            .reasons
            .iter()
            .map(|r| {
                format!(
                    "{}: {}",
                    r.effect.describe(&catalogue.parameters),
                    r.text.replace('|', "\\|")
                )
            })
            .collect();
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            rank + 1,
            pattern_name(&result.pattern),
            standing(evaluation, result),
            reasons.join("<br>")
        )?;
    }
    writeln!(out)
}

/// The leaders' prerequisites and implementation steps, in Markdown.
fn write_markdown_leaders(
    evaluated: &super::report::Evaluated,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let catalogue = bundled::catalogue();
    let evaluation = &evaluated.evaluation;
    for (id, notes) in leader_prerequisites(evaluation) {
        if !notes.is_empty() {
            writeln!(out, "Prerequisites for {}:\n", pattern_name(id))?;
            for note in notes {
                writeln!(out, "- {}{}", note.text, link(&note.source))?;
            }
            writeln!(out)?;
        }
        if let Some(pattern) = catalogue.pattern(id) {
            writeln!(
                out,
                "Implementation steps for {}{}:\n",
                pattern.name,
                link(&pattern.steps.source)
            )?;
            for (side, steps) in [
                ("In F&O", &pattern.steps.finops),
                ("In the other application", &pattern.steps.other_side),
            ] {
                if steps.is_empty() {
                    continue;
                }
                writeln!(out, "{side}:\n")?;
                for (index, step) in steps.iter().enumerate() {
                    writeln!(out, "{}. {step}", index + 1)?;
                }
                writeln!(out)?;
            }
        }
    }
    Ok(())
}
