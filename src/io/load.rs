//! The one loader of scenario files, shared by the window, the command line and `build.rs`.
//!
//! It refuses what is not a regular file or is over the size cap before reading, reads the
//! `format` number before the strict parse, limits nesting so that no file can overflow the
//! stack, and turns every problem into a [`LoadError`] that names the file, line and column.

use std::fs::File;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::core::model::Scenario;

use super::format_v1::{FormatProbe, ScenarioV1, known_pattern_ids_scope};

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
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(ParseError {
            line: 1,
            column: 1,
            message: "the file is UTF-16 text; save it as UTF-8".to_owned(),
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_str(text, pattern_ids),
        Err(error) => {
            let (line, column) = position_of_byte(bytes, error.valid_up_to());
            Err(ParseError {
                line,
                column,
                message: "the file is not UTF-8 text; save it as UTF-8".to_owned(),
            })
        }
    }
}

/// Parses a scenario from text.
pub fn parse_str(text: &str, pattern_ids: &[String]) -> Result<Scenario, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_blank(text) {
        return Err(ParseError {
            line: 1,
            column: 1,
            message: "the file is empty: a scenario file starts with `Scenario(`".to_owned(),
        });
    }
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
    // The format number first: a newer file must say so, not fail on its new fields.
    if let Err(error) = options.from_str::<FormatProbe>(text)
        && is_format_error(&error)
    {
        return Err(to_parse_error(&error, text));
    }
    let _known = known_pattern_ids_scope(pattern_ids.to_vec());
    options
        .from_str::<ScenarioV1>(text)
        .map(Scenario::from)
        .map_err(|error| to_parse_error(&error, text))
}

/// Whether the probe failed on the format number itself (rather than on something the strict
/// parse will describe better).
fn is_format_error(error: &ron::error::SpannedError) -> bool {
    matches!(&error.code, ron::Error::Message(message)
        if message.contains("format") && (message.contains("newer") || message.contains("starts at")))
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
        .count()
        + 1;
    (line, column)
}

/// Turns ron's error into words a user understands, keeping its position.
fn to_parse_error(error: &ron::error::SpannedError, text: &str) -> ParseError {
    let position = &error.span.start;
    let custom = matches!(error.code, ron::Error::Message(_));
    let (line, mut column) = if custom {
        // Our own range checks: the position is inside the value already.
        (position.line.max(1), position.col.max(1))
    } else {
        skip_blanks(text, position.line.max(1), position.col.max(1))
    };
    let mut message = describe(&error.code);
    if custom {
        // Our range checks fail after ron has read part or all of the value; point at the
        // start of the value (a string's opening quote, a number's sign), where the user looks.
        column = value_start(text.lines().nth(line - 1).unwrap_or(""), column);
    }
    let end = &error.span.end;
    let (last_line, last_column) = end_of_content(text);
    if (end.line, end.col) >= (last_line, last_column) && !matches!(error.code, ron::Error::Eof) {
        message = format!("the file ends too early ({message})");
    }
    ParseError {
        line,
        column,
        message,
    }
}

/// ron's spans may start at the blanks before the offending token; move to the token, where
/// the user looks.
fn skip_blanks(text: &str, mut line: usize, mut column: usize) -> (usize, usize) {
    let mut lines = text.lines().skip(line - 1);
    let Some(first) = lines.next() else {
        return (line, column);
    };
    let mut rest: Vec<char> = first.chars().skip(column - 1).collect();
    loop {
        match rest.iter().position(|c| !c.is_whitespace()) {
            Some(offset) => return (line, column + offset),
            None => match lines.next() {
                Some(next) => {
                    line += 1;
                    column = 1;
                    rest = next.chars().collect();
                }
                // Only blanks to the end: keep ron's position.
                None => return (line, column),
            },
        }
    }
}

/// The column where the value around `column` starts: the opening quote of a string literal
/// that contains or ends just before it, or the minus sign of a number.
fn value_start(line: &str, column: usize) -> usize {
    let chars: Vec<char> = line.chars().collect();
    let mut index = 0;
    while index < chars.len() {
        if chars[index] == '"' {
            let start = index;
            index += 1;
            while index < chars.len() && chars[index] != '"' {
                index += if chars[index] == '\\' { 2 } else { 1 };
            }
            // 1-based columns from the opening quote to just past the closing one.
            if (start + 1..=index + 2).contains(&column) {
                return start + 1;
            }
        }
        index += 1;
    }
    if column > 1 && chars.get(column - 2) == Some(&'-') {
        return column - 1;
    }
    column
}

/// Whether `text` holds nothing but blanks and comments.
fn is_blank(text: &str) -> bool {
    let mut rest = text.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after
                .split_once('\n')
                .map_or("", |(_, next)| next)
                .trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            match after.split_once("*/") {
                Some((_, next)) => rest = next.trim_start(),
                // An unclosed comment is an error the parser names.
                None => return false,
            }
        } else {
            return rest.is_empty();
        }
    }
}

/// The 1-based line and column just after the last non-blank character.
fn end_of_content(text: &str) -> (usize, usize) {
    let content = text.trim_end();
    let line = content.matches('\n').count() + 1;
    let column = content.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The message for a value that is not one of its type's values; inventory cells say it in
/// the same words as scenario files.
pub fn unknown_value(found: &str, type_name: &str, expected: &str) -> String {
    format!("unknown value `{found}` for {type_name}; expected one of: {expected}")
}

fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Message(message) => message.clone(),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}` in {}; expected one of: {}",
            outer.as_deref().unwrap_or("this value"),
            expected.join(", ")
        ),
        E::MissingStructField { field, outer } => format!(
            "missing field `{field}` in {}",
            outer.as_deref().unwrap_or("this value")
        ),
        E::DuplicateStructField { field, outer } => format!(
            "the field `{field}` appears twice in {}",
            outer.as_deref().unwrap_or("this value")
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown_value(
            found,
            outer.as_deref().unwrap_or("this field"),
            &expected.join(", "),
        ),
        E::ExceededRecursionLimit => format!(
            "the file nests brackets more than {MAX_NESTING} deep; a scenario needs at most 4"
        ),
        E::ExpectedBoolean => "expected true or false".to_owned(),
        E::ExpectedOption => "expected Some(...) or None".to_owned(),
        E::ExpectedString | E::ExpectedStringEnd => "expected text in double quotes".to_owned(),
        E::TrailingCharacters => {
            "unexpected text after the end of the scenario: a file holds one scenario".to_owned()
        }
        E::InvalidValueForType { expected, found } => format!("expected {expected}, found {found}"),
        E::Eof => "the file ends too early: a closing bracket or value is missing".to_owned(),
        E::ExpectedNamedStructLike(name) => format!("expected `{name}(` here"),
        E::ExpectedArray => {
            "expected a list in square brackets, like [\"Ana\", \"Ben\"]".to_owned()
        }
        E::ExpectedIdentifier => {
            "expected a name without quotes here, such as Accepted or Cloud".to_owned()
        }
        E::InvalidIdentifier(found) | E::SuggestRawIdentifier(found) => {
            format!("expected a field name followed by a colon, found `{found}`")
        }
        E::UnexpectedChar(c) => format!("unexpected `{c}` here; a value may be missing"),
        E::ExpectedDifferentStructName { expected, found } => {
            format!("expected `{expected}(`, found `{found}(`")
        }
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}
