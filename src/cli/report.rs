//! Loading the files a command names, and the JSON shape of an evaluation.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::bundled;
use crate::core::evaluation::{Evaluation, Note};
use crate::core::explain::{Settler, settlers_among};
use crate::core::flips::{Flip, flips};
use crate::core::model::Scenario;
use crate::core::unknowns::{AskNext, analyse};
use crate::io::load_path;

/// A file that loaded, with its evaluation.
pub struct Evaluated {
    /// The path as given.
    pub path: PathBuf,
    /// The scenario.
    pub scenario: Scenario,
    /// The engine's answer.
    pub evaluation: Evaluation,
}

/// Loads and evaluates every file; errors go to `err` as `PATH:LINE:COLUMN: message`.
/// Returns the files that loaded and whether any failed.
pub fn load_all(files: &[PathBuf], err: &mut dyn Write) -> std::io::Result<(Vec<Evaluated>, bool)> {
    let ids = bundled::pattern_ids();
    let catalogue = bundled::catalogue();
    let mut loaded = Vec::new();
    let mut failed = false;
    for path in files {
        match load_path(path, ids) {
            Ok(scenario) => {
                let evaluation = crate::core::evaluate(&scenario, catalogue);
                loaded.push(Evaluated {
                    path: path.clone(),
                    scenario,
                    evaluation,
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

/// One file in `decide --format json`.
#[derive(Serialize)]
pub struct FileReport<'a> {
    file: String,
    title: &'a str,
    outcome: &'static str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pending: &'a [&'static str],
    kind: &'a crate::core::kind::KindVerdict,
    recommended: Option<&'a str>,
    tied: &'a [String],
    settled_by: Vec<Settler>,
    flips: Vec<Flip>,
    #[serde(skip_serializing_if = "Option::is_none")]
    possible: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ask_next: Option<Vec<AskNext>>,
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
    /// The JSON shape of one evaluated file.
    pub fn new(evaluated: &'a Evaluated) -> Self {
        let catalogue = bundled::catalogue();
        let evaluation = &evaluated.evaluation;
        let open = analyse(&evaluated.scenario, catalogue);
        let flips = flips(&evaluated.scenario, catalogue, evaluation);
        FileReport {
            file: display(&evaluated.path),
            title: &evaluated.scenario.title,
            outcome: evaluation.outcome.label(),
            pending: &evaluation.pending,
            kind: &evaluation.kind,
            recommended: evaluation.recommended.as_deref(),
            tied: &evaluation.tied,
            settled_by: settlers_among(&flips, evaluation),
            flips,
            possible: open.as_ref().map(|o| o.possible.clone()),
            ask_next: open.map(|o| o.ask_next),
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
                            rule: reason.rule,
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

/// The display name of a pattern id.
pub fn pattern_name(id: &str) -> &str {
    bundled::catalogue().name_of(id)
}
