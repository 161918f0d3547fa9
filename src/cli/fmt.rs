//! `fmt`: rewrite scenario files in canonical form through the atomic save, as rustfmt does
//! for code; `--check` only reports.

use std::io::Write;
use std::path::PathBuf;

use crate::bundled::Library;
use crate::io::comments::has_comments;
use crate::io::load::{parse_bytes, read_capped};
use crate::io::save::write_atomically;
use crate::io::{LoadError, to_canonical_string};

use super::Outcome;
use super::report::display;

/// Runs `fmt`.
pub fn run(
    library: &Library<'_>,
    files: &[PathBuf],
    check: bool,
    strip_comments: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let ids = library.pattern_ids;
    let mut outcome = Outcome::Success;
    for path in files {
        let name = display(path);
        let bytes = match read_capped(path) {
            Ok(bytes) => bytes,
            Err(error) => {
                writeln!(err, "{error}")?;
                outcome = outcome.max(Outcome::Failure);
                continue;
            }
        };
        let scenario = match parse_bytes(&bytes, ids) {
            Ok(scenario) => scenario,
            Err(error) => {
                writeln!(
                    err,
                    "{}",
                    LoadError::Parse {
                        path: path.clone(),
                        error
                    }
                )?;
                outcome = outcome.max(Outcome::Failure);
                continue;
            }
        };
        let canonical = to_canonical_string(&scenario);
        if canonical.as_bytes() == bytes.as_slice() {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        if has_comments(&text) && !strip_comments {
            writeln!(
                err,
                "{name}: has comments, which the canonical form drops; move text meant to last into `context`, or pass --strip-comments"
            )?;
            outcome = outcome.max(Outcome::Failure);
            continue;
        }
        if check {
            writeln!(out, "{name}: not canonical")?;
            outcome = outcome.max(Outcome::Finding);
            continue;
        }
        match write_atomically(path, canonical.as_bytes()) {
            Ok(()) => writeln!(out, "{name}: rewritten")?,
            Err(error) => {
                writeln!(err, "{error}")?;
                outcome = outcome.max(Outcome::Failure);
            }
        }
    }
    Ok(outcome)
}
