//! The headless command line over the decision core: `decide`, `check`, `patterns`, `fmt`.
//! Exit codes: 0 success; 1 drift (`check`) or not canonical (`fmt --check`); 2 usage or a
//! file that cannot be read, parsed or validated. When several apply, 2 wins.

mod args;
mod check;
mod decide;
mod fmt;
mod patterns;
mod report;

use std::io::Write;
use std::process::ExitCode;

pub use args::{Cli, Command, OutputFormat};

/// The outcome of a command, ordered so that the worst wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Everything as expected.
    Success = 0,
    /// Drift or not canonical.
    Finding = 1,
    /// Usage error or a bad file.
    Failure = 2,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> Self {
        ExitCode::from(outcome as u8)
    }
}

/// Runs a parsed command, writing results to `out` and errors to `err`.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let result = match command {
        Command::Decide { files, format } => decide::run(files, *format, out, err),
        Command::Check { files } => check::run(files, out, err),
        Command::Patterns { format } => patterns::run(*format, out),
        Command::Fmt {
            files,
            check,
            strip_comments,
        } => fmt::run(files, *check, *strip_comments, out, err),
    };
    result.unwrap_or_else(|error| {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            // The reader stopped reading (`| head`): that is not a failure of ours.
            return Outcome::Success;
        }
        // Writing to stdout failed (a closed pipe): nothing more can be said there.
        let _ = writeln!(err, "integration-advisor: {error}");
        Outcome::Failure
    })
}
