//! The one loader of scenario files, shared by the window, the command line and `build.rs`.
//!
//! It refuses what is not a regular file or is over the size cap before reading, reads the
//! `format` number before the strict parse, limits nesting so that no file can overflow the
//! stack, and turns every problem into a [`LoadError`] that names the file, line and column
//! (1-based; columns count characters; a byte-order mark is not counted; CRLF is one line
//! break). The words come from `diagnose`, which names the field, the value found and what is
//! allowed.

use std::borrow::Cow;
use std::fs::File;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use advisor_core::model::Scenario;

use super::diagnose::explain;
use super::format_v1::{FormatProbe, ScenarioSeed};
use super::outline::Problem;

/// Largest scenario file accepted, in bytes (1 MiB). A real scenario is about 1 KiB.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Deepest nesting of brackets the parser follows. Format 1 needs 4; the margin allows for
/// later formats while keeping the parser's recursion far from the stack's limit.
pub const MAX_NESTING: usize = 32;

/// Why a scenario file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read.
    #[error("{}: cannot read the file: {message}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        message: String,
    },
    /// The file is over the size cap.
    #[error(
        "{}: the file is {bytes} bytes, more than the 1 MiB a scenario file may have",
        path.display()
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        bytes: u64,
    },
    /// The path is a folder, a pipe, a device or anything but a regular file.
    #[error("{}: not a regular file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The text could not be read as a scenario.
    #[error("{}:{}:{}: {}", path.display(), error.line, error.column, error.message)]
    Parse {
        /// The file.
        path: PathBuf,
        /// Where and what.
        error: ParseError,
    },
}

/// A problem in a scenario's text, with its 1-based position.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, in words a user understands.
    pub message: String,
}

/// Loads the scenario file at `path`; `pattern_ids` are the ids a recorded decision may name.
pub fn load_path(path: &Path, pattern_ids: &[String]) -> Result<Scenario, LoadError> {
    let bytes = read_capped(path)?;
    parse_bytes(&bytes, pattern_ids).map_err(|error| LoadError::Parse {
        path: path.to_owned(),
        error,
    })
}

/// Reads a whole file after checking, on the opened handle, that it is a regular file within
/// the size cap. Reading is bounded too, in case the file grows while it is read.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |error: std::io::Error| LoadError::Io {
        path: path.to_owned(),
        message: error.to_string(),
    };
    // Only regular files are read. Checking before opening keeps a FIFO or a device from
    // being opened at all; opening without blocking and checking the handle again covers a
    // file swapped in between.
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if !metadata.is_file() {
        return Err(LoadError::NotAFile {
            path: path.to_owned(),
        });
    }
    let file = open_without_blocking(path).map_err(io_error)?;
    let metadata = file.metadata().map_err(io_error)?;
    if !metadata.is_file() {
        return Err(LoadError::NotAFile {
            path: path.to_owned(),
        });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            bytes: metadata.len(),
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// Parses a scenario from raw bytes: UTF-8, with or without a byte-order mark.
pub fn parse_bytes(bytes: &[u8], pattern_ids: &[String]) -> Result<Scenario, ParseError> {
    let at_start = |message: &str| ParseError {
        line: 1,
        column: 1,
        message: message.to_owned(),
    };
    // UTF-32 first: its little-endian mark starts with UTF-16's.
    if bytes.starts_with(b"\xFF\xFE\x00\x00") || bytes.starts_with(b"\x00\x00\xFE\xFF") {
        return Err(at_start("the file is UTF-32 text; save it as UTF-8"));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(at_start("the file is UTF-16 text; save it as UTF-8"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_str(text, pattern_ids),
        Err(error) => {
            let offset = error.valid_up_to();
            let (line, column) = position_of_byte(bytes, offset);
            let byte = bytes.get(offset).copied().unwrap_or_default();
            Err(ParseError {
                line,
                column,
                message: format!(
                    "the byte 0x{byte:02X} here is not UTF-8 text (was the file saved as Latin-1 or Windows-1252?); save it as UTF-8"
                ),
            })
        }
    }
}

/// Parses a scenario from text.
pub fn parse_str(text: &str, pattern_ids: &[String]) -> Result<Scenario, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(message) = blank(text) {
        return Err(ParseError {
            line: 1,
            column: 1,
            message: message.to_owned(),
        });
    }
    // CRLF line endings are line breaks, not content: text written over several lines on
    // Windows loads as the same text as on Linux, and a carriage return left in a text after
    // this is refused as a control character. No position moves: each CR removed was the
    // last character of its line.
    let text: Cow<'_, str> = if text.contains("\r\n") {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    };
    let text = text.as_ref();
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
    // The format number first: a newer file must say so, not fail on its new fields.
    if let Err(error) = options.from_str::<FormatProbe>(text)
        && is_format_error(&error)
    {
        return Err(explain(&error, text, false).into());
    }
    options
        .from_str_seed(text, ScenarioSeed { pattern_ids })
        .map(Scenario::from)
        .map_err(|error| explain(&error, text, true).into())
}

impl From<Problem> for ParseError {
    fn from(problem: Problem) -> Self {
        Self {
            line: problem.at.line,
            column: problem.at.column,
            message: problem.message,
        }
    }
}

/// Whether the probe failed on the format number itself (rather than on something the strict
/// parse will describe better).
fn is_format_error(error: &ron::error::SpannedError) -> bool {
    matches!(&error.code, ron::Error::Message(message)
        if message.contains("format") && (message.contains("newer") || message.contains("starts at") || message.contains("must be")))
}

fn position_of_byte(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .filter(|&c| c != '\r')
        .count()
        + 1;
    (line, column)
}

/// Why `text` holds no scenario at all, when it holds nothing but blanks and comments.
fn blank(text: &str) -> Option<&'static str> {
    let mut rest = text.trim_start();
    let mut comments = false;
    loop {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after
                .split_once('\n')
                .map_or("", |(_, next)| next)
                .trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            // An unclosed comment is an error the outline names, with its line.
            let (_, next) = after.split_once("*/")?;
            rest = next.trim_start();
        } else if rest.is_empty() {
            return Some(if comments {
                "the file holds only comments, no scenario: a scenario file starts with `Scenario(`"
            } else {
                "the file is empty: a scenario file starts with `Scenario(`"
            });
        } else {
            return None;
        }
        comments = true;
    }
}

/// The message for a value that is not one of its type's values; inventory cells say it in
/// the same words as scenario files.
pub fn unknown_value(found: &str, type_name: &str, expected: &str) -> String {
    format!("unknown value `{found}` for {type_name}; expected one of: {expected}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_files_say_whether_they_hold_comments() {
        assert_eq!(
            blank(" \n\t"),
            Some("the file is empty: a scenario file starts with `Scenario(`")
        );
        assert!(blank("// a\n/* b */").is_some_and(|m| m.contains("only comments")));
        assert_eq!(blank("/* never closed"), None, "the outline names it");
        assert_eq!(blank("Scenario("), None);
    }

    #[test]
    fn text_encodings_other_than_utf8_are_named() {
        let message = |bytes: &[u8]| parse_bytes(bytes, &[]).map(|_| ()).err().map(|e| e.message);
        assert_eq!(
            message(b"\xFF\xFE\x00\x00S\x00\x00\x00").as_deref(),
            Some("the file is UTF-32 text; save it as UTF-8")
        );
        assert_eq!(
            message(b"\x00\x00\xFE\xFF\x00\x00\x00S").as_deref(),
            Some("the file is UTF-32 text; save it as UTF-8")
        );
        assert_eq!(
            message(b"\xFF\xFES\x00").as_deref(),
            Some("the file is UTF-16 text; save it as UTF-8")
        );
        let latin1 = parse_bytes(b"Scenario(\r\n  title: \"D\xFC\"", &[]).expect_err("not UTF-8");
        assert_eq!(
            (latin1.line, latin1.column),
            (2, 12),
            "CR not counted: {latin1}"
        );
        assert!(
            latin1
                .message
                .starts_with("the byte 0xFC here is not UTF-8 text")
        );
    }
}
