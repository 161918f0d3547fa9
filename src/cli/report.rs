//! Loading the files a command names, and the JSON shape of the advice for one.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::bundled::Library;
use crate::core::advice::Advice;
use crate::core::evaluation::Note;
use crate::core::explain::Settler;
use crate::core::field::Field;
use crate::core::flips::Flip;
use crate::core::model::Scenario;
use crate::core::unknowns::AskNext;
use crate::io::load_path;

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
    settled_by: &'a [Settler],
    flips: &'a [Flip],
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
            settled_by: &advice.settlers,
            flips: &advice.flips,
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
