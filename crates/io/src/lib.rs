//! Scenario files: the one loader, the canonical writer and saving. No GUI types here.

/// `push_line!(text, "format {}", args…)` appends a formatted line to a `String`. Formatting
/// into a `String` cannot fail, so there is no `Result` to ignore, as with `writeln!`.
macro_rules! push_line {
    ($out:expr, $($arg:tt)*) => {{
        $out.push_str(&format!($($arg)*));
        $out.push('\n');
    }};
}

/// `push_text!(text, "format {}", args…)`: as [`push_line!`], without the line break.
macro_rules! push_text {
    ($out:expr, $($arg:tt)*) => {
        $out.push_str(&format!($($arg)*))
    };
}

pub mod blueprint;
pub mod canonical;
pub mod comments;
mod diagnose;
pub mod disk;
mod error_words;
mod fields_v1;
pub mod format_v1;
pub mod inventory;
pub mod landscape;
pub mod live_process;
pub mod load;
pub mod markdown;
mod outline;
pub mod output;
pub mod parallel;
pub mod portfolio_report;
pub mod portfolio_summary;
pub mod record;
pub mod recovery;
pub mod save;
mod syntax;
mod syntax_errors;
#[cfg(test)]
mod testing;
mod tokens;
mod tokens_text;

pub use canonical::{answer_text, to_canonical_string};
pub use load::{LoadError, ParseError, load_path, parse_str};
pub use save::{SaveError, save_path};

/// A system error in words a person can act on, without the `(os error N)` code that the
/// system's own text ends with.
pub fn plain_io_error(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let words = match error.kind() {
        ErrorKind::NotFound => "it does not exist, or a folder on its path does not",
        ErrorKind::PermissionDenied => "permission denied",
        ErrorKind::AlreadyExists => "a file of that name already exists",
        ErrorKind::IsADirectory => "it is a folder",
        ErrorKind::NotADirectory => "a part of the path is a file, not a folder",
        ErrorKind::StorageFull => "the disk is full",
        ErrorKind::QuotaExceeded => "the disk quota is used up",
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        ErrorKind::InvalidFilename => "the name is too long or has characters not allowed",
        ErrorKind::FileTooLarge => "the file is too large for the disk",
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => {
            "the file is in use by another program"
        }
        ErrorKind::TooManyLinks => "too many links",
        ErrorKind::CrossesDevices => "it is on another disk",
        ErrorKind::OutOfMemory => "out of memory",
        _ => {
            let text = error.to_string();
            return match text.rfind(" (os error ") {
                Some(end) if text.ends_with(')') => text[..end].to_owned(),
                _ => text,
            };
        }
    };
    words.to_owned()
}

#[cfg(test)]
mod plain_error_tests {
    use super::plain_io_error;

    #[test]
    fn system_errors_lose_their_code() {
        let exists = std::io::Error::from(std::io::ErrorKind::AlreadyExists);
        assert_eq!(
            plain_io_error(&exists),
            "a file of that name already exists"
        );
        let other = std::io::Error::other("the network went away (os error 101)");
        assert_eq!(plain_io_error(&other), "the network went away");
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert!(!plain_io_error(&denied).contains("os error"));
    }
}
