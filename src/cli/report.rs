//! Loading the files a command names, and the JSON shape of the advice for one.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::bundled::Library;
use crate::core::advice::Advice;
use crate::core::evaluation::Note;
use crate::core::evaluation::Outcome;
use crate::core::explain::Settler;
use crate::core::field::Field;
use crate::core::flips::Flip;
use crate::core::model::Scenario;
use crate::core::unknowns::AskNext;
use crate::io::{answer_text, load_path};

/// A file that loaded. Each command asks for as much advice as it shows: `decide` all of it,
/// `check` only the evaluation.
pub struct Loaded {
    /// The path as given.
    pub path: PathBuf,
    /// The scenario.
    pub scenario: Scenario,
}

/// Loads every file; errors go to `err` as `PATH:LINE:COLUMN: message`. Returns the files
/// that loaded and whether any failed.
pub fn load_all(
    library: &Library<'_>,
    files: &[PathBuf],
    err: &mut dyn Write,
) -> std::io::Result<(Vec<Loaded>, bool)> {
    let ids = library.pattern_ids;
    let mut loaded = Vec::new();
    let mut failed = false;
    for path in files {
        match load_path(path, ids) {
            Ok(scenario) => {
                loaded.push(Loaded {
                    path: path.clone(),
                    scenario,
                });
            }
            Err(error) => {
                writeln!(err, "{error}")?;
                failed = true;
            }
        }
    }
    Ok((loaded, failed))
}

/// An answer that would change the result, as `decide --format json` writes it: the answers
/// as the file writes them.
#[derive(Serialize)]
pub struct FlipReport<'a> {
    field: Field,
    from: String,
    to: String,
    recommended: Option<&'a str>,
    outcome: Outcome,
    conflicting: bool,
}

impl<'a> FlipReport<'a> {
    /// The report of `flip`.
    pub fn of(flip: &'a Flip) -> Self {
        Self {
            field: flip.field,
            from: answer_text(&flip.from),
            to: answer_text(&flip.to),
            recommended: flip.recommended.as_deref(),
            outcome: flip.outcome,
            conflicting: flip.conflicting,
        }
    }
}

/// An answer that would settle a tie, as `decide --format json` writes it.
#[derive(Serialize)]
pub struct SettlerReport<'a> {
    field: Field,
    value: String,
    answer: &'a str,
    leads: &'a str,
}

impl<'a> SettlerReport<'a> {
    /// The report of `settler`.
    pub fn of(settler: &'a Settler) -> Self {
        Self {
            field: settler.field,
            value: answer_text(&settler.value),
            answer: &settler.answer,
            leads: &settler.leads,
        }
    }
}

/// One file in `decide --format json`.
#[derive(Serialize)]
pub struct FileReport<'a> {
    file: String,
    title: &'a str,
    outcome: &'static str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pending: &'a [Field],
    kind: &'a crate::core::kind::KindVerdict,
    recommended: Option<&'a str>,
    tied: &'a [String],
    settled_by: Vec<SettlerReport<'a>>,
    flips: Vec<FlipReport<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    possible: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ask_next: Option<&'a [AskNext]>,
    ranking: Vec<RankReport<'a>>,
    warnings: Vec<&'a str>,
    warning_details: &'a [Note],
}

#[derive(Serialize)]
struct RankReport<'a> {
    pattern: &'a str,
    name: &'a str,
    fit: &'static str,
    score: i64,
    reasons: Vec<ReasonReport<'a>>,
    prerequisites: &'a [Note],
}

#[derive(Serialize)]
struct ReasonReport<'a> {
    rule: &'a str,
    effect: &'static str,
    weight: i64,
    text: &'a str,
    source: &'a str,
}

impl<'a> FileReport<'a> {
    /// The JSON shape of one file and the advice for it.
    pub fn new(library: &Library<'a>, file: &'a Loaded, advice: &'a Advice) -> Self {
        let catalogue = library.catalogue;
        let evaluation = &advice.evaluation;
        let open = advice.open.as_ref();
        FileReport {
            file: display(&file.path),
            title: &file.scenario.title,
            outcome: evaluation.outcome.label(),
            pending: &evaluation.pending,
            kind: &evaluation.kind,
            recommended: evaluation.recommended.as_deref(),
            tied: &evaluation.tied,
            settled_by: advice.settlers.iter().map(SettlerReport::of).collect(),
            flips: advice.flips.iter().map(FlipReport::of).collect(),
            possible: open.map(|o| o.possible.as_slice()),
            ask_next: open.map(|o| o.ask_next.as_slice()),
            ranking: evaluation
                .ranking
                .iter()
                .map(|result| RankReport {
                    pattern: &result.pattern,
                    name: catalogue.name_of(&result.pattern),
                    fit: result.fit.label(),
                    score: result.score,
                    reasons: result
                        .reasons
                        .iter()
                        .map(|reason| ReasonReport {
                            rule: reason.rule.name(),
                            effect: reason.effect.label(),
                            weight: reason.effect.score(),
                            text: &reason.text,
                            source: &reason.source,
                        })
                        .collect(),
                    prerequisites: &result.prerequisites,
                })
                .collect(),
            warnings: evaluation
                .warnings
                .iter()
                .map(|w| w.text.as_str())
                .collect(),
            warning_details: &evaluation.warnings,
        }
    }
}

/// A path as the user typed it.
pub fn display(path: &Path) -> String {
    path.display().to_string()
}
