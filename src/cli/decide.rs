//! `decide`: the ranking of every pattern for each file, as text, JSON or Markdown.

use std::io::Write;
use std::path::PathBuf;

use super::report::{FileReport, Loaded, display, load_all};
use super::{Outcome, OutputFormat};
use crate::bundled::Library;
use crate::core::advice::{Advice, OutcomeWords, advise_on};
use crate::core::evaluation::Evaluation;
use crate::core::explain::{leader_prerequisites, runner_up, standing};
use crate::core::flips::Flip;
use crate::io::answer_text;
use crate::io::markdown::escape;
use crate::io::parallel::Threads;
use crate::io::record::link;

/// Runs `decide`.
pub fn run(
    library: &Library<'_>,
    files: &[PathBuf],
    format: OutputFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let (loaded, failed) = load_all(library, files, err)?;
    let advised: Vec<(&Loaded, Advice)> = loaded
        .iter()
        .map(|file| (file, advise_on(&file.scenario, library.catalogue, &Threads)))
        .collect();
    match format {
        OutputFormat::Json => {
            let reports: Vec<FileReport<'_>> = advised
                .iter()
                .map(|(file, advice)| FileReport::new(library, file, advice))
                .collect();
            serde_json::to_writer_pretty(&mut *out, &reports).map_err(std::io::Error::other)?;
            writeln!(out)?;
        }
        OutputFormat::Text => {
            for (index, (file, advice)) in advised.iter().enumerate() {
                if index > 0 {
                    writeln!(out)?;
                }
                write_text(library, file, advice, out)?;
            }
        }
        OutputFormat::Markdown => {
            for (file, advice) in &advised {
                write_markdown(library, file, advice, out)?;
            }
        }
    }
    Ok(if failed {
        Outcome::Failure
    } else {
        Outcome::Success
    })
}

/// What a flip leads to, in words: `Recommended: X`, `a tie, X on top`, `no good fit (X
/// closest)`, or `conflicting answers` when the changed answers contradict each other.
fn flip_result(library: &Library<'_>, flip: &Flip) -> String {
    if flip.conflicting {
        return "conflicting answers, no recommendation".to_owned();
    }
    OutcomeWords::of_flip(flip, |id| library.pattern_name(id).to_owned())
        .phrases()
        .flip_line
}

fn source_suffix(source: &str) -> String {
    if source.is_empty() {
        String::new()
    } else {
        format!(" (source: {source})")
    }
}

fn write_text(
    library: &Library<'_>,
    file: &Loaded,
    advice: &Advice,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let catalogue = library.catalogue;
    let evaluation = &advice.evaluation;
    let scenario = &file.scenario;
    writeln!(out, "{}: {}", display(&file.path), scenario.title)?;
    if !scenario.context.is_empty() {
        writeln!(out, "context: {}", scenario.context)?;
    }
    writeln!(out, "outcome: {}", evaluation.outcome.label())?;
    writeln!(out, "{}", advice.phrases(catalogue).headline)?;
    if let Some(runner_up) = runner_up(evaluation) {
        writeln!(out, "runner-up: {}", library.pattern_name(runner_up))?;
    }
    for settler in &advice.settlers {
        writeln!(
            out,
            "  settled by: {} ({}: {}) -> {}",
            settler.answer,
            settler.field,
            answer_text(&settler.value),
            library.pattern_name(&settler.leads)
        )?;
    }
    if let Some(open) = &advice.open {
        let names: Vec<&str> = open
            .possible
            .iter()
            .map(|id| library.pattern_name(id))
            .collect();
        writeln!(out, "not known yet: the ranking assumes the answers shown")?;
        writeln!(
            out,
            "  possible, depending on the open answers: {}",
            crate::core::explain::possible_patterns(&names, |n| n.join(", "))
        )?;
        for ask in &open.ask_next {
            writeln!(out, "  ask next: {} ({})", ask.field, ask.words())?;
        }
    }
    if !advice.flips.is_empty() {
        writeln!(out, "what would change it:")?;
        for flip in &advice.flips {
            writeln!(
                out,
                "  - {}: {} -> {}: {}",
                flip.field,
                answer_text(&flip.from),
                answer_text(&flip.to),
                flip_result(library, flip)
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
            library.pattern_name(&result.pattern)
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
            writeln!(out, "prerequisites for {}:", library.pattern_name(id))?;
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
    library: &Library<'_>,
    file: &Loaded,
    advice: &Advice,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let catalogue = library.catalogue;
    let evaluation = &advice.evaluation;
    let scenario = &file.scenario;
    writeln!(out, "## {}\n", escape(&scenario.title))?;
    writeln!(out, "File: `{}`\n", display(&file.path).replace('`', "'"))?;
    if !scenario.context.is_empty() {
        writeln!(out, "{}\n", escape(&scenario.context))?;
    }
    writeln!(
        out,
        "**{}** (outcome: {})\n",
        advice.phrases(catalogue).headline,
        evaluation.outcome.label()
    )?;
    if let Some(runner_up) = runner_up(evaluation) {
        writeln!(out, "Runner-up: {}\n", library.pattern_name(runner_up))?;
    }
    if !advice.settlers.is_empty() {
        writeln!(out, "What would settle it:\n")?;
        for settler in &advice.settlers {
            writeln!(
                out,
                "- {} (`{}: {}`): {}",
                settler.answer,
                settler.field,
                answer_text(&settler.value),
                library.pattern_name(&settler.leads)
            )?;
        }
        writeln!(out)?;
    }
    if let Some(open) = &advice.open {
        let names: Vec<&str> = open
            .possible
            .iter()
            .map(|id| library.pattern_name(id))
            .collect();
        writeln!(
            out,
            "Not known yet; the ranking assumes the answers shown. Possible, depending on the open answers: {}.\n",
            crate::core::explain::possible_patterns(&names, |n| n.join(", "))
        )?;
        for ask in &open.ask_next {
            writeln!(out, "- Ask next: `{}` ({})", ask.field, ask.words())?;
        }
        writeln!(out)?;
    }
    if !advice.flips.is_empty() {
        writeln!(out, "What would change it:\n")?;
        for flip in &advice.flips {
            writeln!(
                out,
                "- `{}`: `{}` → `{}`: {}",
                flip.field,
                answer_text(&flip.from),
                answer_text(&flip.to),
                flip_result(library, flip)
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
    write_markdown_ranking(library, evaluation, out)?;
    write_markdown_leaders(library, evaluation, out)
}

/// The Markdown ranking table: every pattern, its standing and its reasons.
fn write_markdown_ranking(
    library: &Library<'_>,
    evaluation: &Evaluation,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let catalogue = library.catalogue;
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
            library.pattern_name(&result.pattern),
            standing(evaluation, result),
            reasons.join("<br>")
        )?;
    }
    writeln!(out)
}

/// The leaders' prerequisites and implementation steps, in Markdown.
fn write_markdown_leaders(
    library: &Library<'_>,
    evaluation: &Evaluation,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let catalogue = library.catalogue;
    for (id, notes) in leader_prerequisites(evaluation) {
        if !notes.is_empty() {
            writeln!(out, "Prerequisites for {}:\n", library.pattern_name(id))?;
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
