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

pub mod canonical;
pub mod comments;
mod diagnose;
pub mod disk;
mod error_words;
mod fields_v1;
pub mod format_v1;
pub mod inventory;
pub mod load;
mod outline;
pub mod portfolio_report;
pub mod process;
pub mod record;
pub mod recovery;
pub mod save;
mod syntax;
mod syntax_errors;
mod tokens;
mod tokens_text;

pub use canonical::to_canonical_string;
pub use load::{LoadError, ParseError, load_path, parse_str};
pub use save::{SaveError, save_path};
