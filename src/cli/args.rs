//! The command-line arguments, parsed once with clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// The program's version and the version of the catalogue built into it: "0.1.0
/// (catalogue 3)".
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (catalogue ",
    env!("IA_CATALOGUE_VERSION"),
    ")"
);

/// Choose, explain and record how a system integrates with Dynamics 365 Finance and
/// Operations.
#[derive(Debug, Parser)]
#[command(
    name = "integration-advisor",
    version = VERSION,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// What to do; with none, the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A scenario file to open in the window.
    pub file: Option<PathBuf>,
    /// Render the window, write a PNG of it to this path, and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// The view to show first.
    #[arg(long, value_enum)]
    pub view: Option<StartView>,
    /// The theme to use.
    #[arg(long, value_enum)]
    pub theme: Option<Theme>,
    /// The window's inner size in points, as `WIDTHxHEIGHT` (for example 1280x720).
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<[f32; 2]>,
    /// Start in presentation mode (large type, no library), as F11 does.
    #[arg(long)]
    pub presentation: bool,
}

/// The view the window starts in: a view's tab, or the Portfolio view's landscape picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StartView {
    /// The editor with the result beside it.
    Editor,
    /// The result, full width.
    Result,
    /// The table of all patterns.
    Patterns,
    /// Scenarios or candidate patterns side by side.
    Compare,
    /// A whole interface inventory, as a table.
    Portfolio,
    /// A whole interface inventory, as the landscape picture.
    Landscape,
}

/// Reads `1280x720` as a window size; both sides between 320 and 8192 points.
fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let (width, height) = text.split_once(['x', 'X', '×']).ok_or_else(|| {
        format!("“{text}” is not a size: write WIDTHxHEIGHT, for example 1280x720")
    })?;
    let side = |part: &str| -> Result<f32, String> {
        let value: u32 = part.trim().parse().map_err(|error| {
            format!("“{part}” in “{text}” is not a whole number of points: {error}")
        })?;
        if (320..=8192).contains(&value) {
            Ok(value as f32)
        } else {
            Err(format!("{value} is outside 320 to 8192 points"))
        }
    };
    Ok([side(width)?, side(height)?])
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Evaluate scenario files and print the ranking of every pattern with its reasons.
    Decide {
        /// Scenario files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Validate files and report recorded decisions the engine disagrees with (exit 1).
    Check {
        /// Scenario files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the pattern catalogue.
    Patterns {
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Write each scenario's decision record (MADR 4.0), as Markdown or one HTML page.
    Export {
        /// Scenario files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = RecordFormat::Markdown)]
        format: RecordFormat,
        /// Where to write: a file for one scenario, a folder for several (one file each), or
        /// `-` for standard output (the default).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Compare two scenario files: the answers that differ and what that changes.
    /// Exit 0 when they agree on the recommendation, 1 when not, 2 on errors.
    Diff {
        /// The first scenario file.
        first: PathBuf,
        /// The second scenario file.
        second: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Evaluate a whole interface inventory (CSV or .xlsx, one interface a row): each row's
    /// recommendation, then the programme's summary. Exit 1 when a decided pattern drifted,
    /// 2 when a row or the file is bad (the good rows are still evaluated).
    Portfolio {
        /// The inventory: `.csv` (UTF-8 or Windows-1252; comma, semicolon or tab) or `.xlsx`.
        file: PathBuf,
        /// The workbook's sheet to read (the first by default).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = PortfolioFormat::Text)]
        format: PortfolioFormat,
        /// The picture's background, for `--format svg` (the blueprint is always light).
        #[arg(long, value_enum, default_value_t = Theme::Light)]
        theme: Theme,
        /// Write the output to this file (atomically) instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Print the questions a scenario answers: the file's field, why it matters, the source.
    Questions {
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Rewrite scenario files in canonical form, atomically.
    Fmt {
        /// Scenario files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Change nothing; exit 1 if a file is not canonical.
        #[arg(long)]
        check: bool,
        /// Allow rewriting files that have comments (the comments are dropped).
        #[arg(long)]
        strip_comments: bool,
    },
}

/// The formats of a decision record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RecordFormat {
    /// Markdown for GitHub and GitLab.
    Markdown,
    /// One self-contained HTML page.
    Html,
}

/// How `portfolio` writes its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PortfolioFormat {
    /// Plain text for a terminal.
    Text,
    /// CSV for a spreadsheet (cells that a spreadsheet would run as a formula are written as
    /// text).
    Csv,
    /// JSON for other tools.
    Json,
    /// Markdown for reports and pull requests.
    Markdown,
    /// The landscape picture as SVG: F&O in the middle, the systems around it, one arrow per
    /// group of interfaces, coloured by pattern.
    Svg,
    /// The programme blueprint: one self-contained HTML page with the picture, the summary
    /// and a short decision record per interface.
    Html,
}

/// Light or dark: the window's theme (`--theme`), or a picture's (`portfolio --format svg`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Theme {
    /// Dark text on white, for slides and paper.
    Light,
    /// Light text on a dark background.
    Dark,
}

/// How the `decide`, `check`, `patterns` and `diff` output is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Plain text for a terminal.
    Text,
    /// JSON for other tools.
    Json,
    /// Markdown for decision records and pull requests.
    Markdown,
}
