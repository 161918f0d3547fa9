//! `check`: validate files and report recorded decisions that the engine disagrees with.

use std::io::Write;
use std::path::PathBuf;

use crate::core::drift::drift;

use super::Outcome;
use super::report::{display, load_all};
use crate::bundled::Library;

/// Runs `check`.
pub fn run(
    library: &Library<'_>,
    files: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let (loaded, failed) = load_all(library, files, err)?;
    let mut drifted = false;
    for file in &loaded {
        // Drift needs the evaluation only, not what would change it.
        let evaluation = crate::core::evaluate(&file.scenario, library.catalogue);
        let path = display(&file.path);
        let recommended = evaluation.recommended.as_deref().unwrap_or("none");
        if let Some(version) = file
            .scenario
            .decision
            .as_ref()
            .and_then(|d| d.catalogue_version)
            .filter(|&v| v != library.catalogue.version)
        {
            writeln!(
                out,
                "{path}: note: decided under catalogue {version}, now {}",
                library.catalogue.version
            )?;
        }
        match &file.scenario.decision {
            None => writeln!(
                out,
                "{path}: ok, no decision recorded (recommended: {recommended})"
            )?,
            Some(decision) => match drift(decision, &evaluation) {
                Some(problem) => {
                    drifted = true;
                    writeln!(err, "{path}: drift: {problem}")?;
                }
                None => writeln!(
                    out,
                    "{path}: ok, the recorded decision `{}` holds (recommended: {recommended})",
                    decision.pattern
                )?,
            },
        }
    }
    Ok(if failed {
        Outcome::Failure
    } else if drifted {
        Outcome::Finding
    } else {
        Outcome::Success
    })
}
