//! The headless command line over the decision core: `decide`, `check`, `patterns`, `fmt`,
//! `export`, `diff`, `questions` and `portfolio`.
//!
//! Exit codes: 0 success; 1 drift (`check`) or not canonical (`fmt --check`); 2 usage or a
//! file that cannot be read, parsed or validated. When several apply, 2 wins.

mod args;
mod check;
mod decide;
mod diff;
mod export;
mod fmt;
mod patterns;
mod portfolio;
mod questions;
mod report;

use std::io::Write;
use std::process::ExitCode;

use crate::bundled::Library;

pub use args::{Cli, Command, OutputFormat, PortfolioFormat, RecordFormat, StartView, Theme};

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
        Self::from(outcome as u8)
    }
}

/// Runs a parsed command, writing results to `out` and errors to `err`.
///
/// Every file is processed and the worst outcome returned even when the reader of `out` has
/// gone away (`| head`): a closed pipe only stops the printing.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    run_with(&crate::bundled::library(), command, out, err)
}

/// Runs a parsed command against `library` (a catalogue other than the built-in one, say).
pub fn run_with(
    library: &Library<'_>,
    command: &Command,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Outcome {
    let mut out = ClosedPipeTolerant {
        inner: out,
        closed: false,
    };
    let result = match command {
        Command::Decide { files, format } => decide::run(library, files, *format, &mut out, err),
        Command::Check { files } => check::run(library, files, &mut out, err),
        Command::Patterns { format } => patterns::run(library, *format, &mut out),
        Command::Questions { format } => questions::run(*format, &mut out),
        Command::Portfolio {
            file,
            sheet,
            format,
            theme,
            output,
        } => portfolio::run(
            library,
            &portfolio::Request {
                file,
                sheet: sheet.as_deref(),
                format: *format,
                theme: *theme,
                output: output.as_deref(),
            },
            &mut out,
            err,
        ),
        Command::Export {
            files,
            format,
            output,
        } => export::run(library, files, *format, output.as_deref(), &mut out, err),
        Command::Diff {
            first,
            second,
            format,
        } => diff::run(library, first, second, *format, &mut out, err),
        Command::Fmt {
            files,
            check,
            strip_comments,
        } => fmt::run(library, files, *check, *strip_comments, &mut out, err),
    };
    result.unwrap_or_else(|error| {
        // If even the error cannot be written (standard error closed), the exit code says it.
        writeln!(err, "integration-advisor: {error}").ok();
        Outcome::Failure
    })
}

/// A writer that turns a closed pipe into a quiet sink, so a command that prints for `head`
/// still checks every file and exits with what it found.
struct ClosedPipeTolerant<'a> {
    inner: &'a mut dyn Write,
    closed: bool,
}

impl Write for ClosedPipeTolerant<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self.inner.flush() {
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}
