//! The questions and messages the window can put to the user, as plain data: the workspace
//! queues them without a window, and `views::dialogs` draws them.

use std::path::PathBuf;

/// What the path field is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open the file at the path.
    Open,
    /// Save the shown scenario to the path.
    SaveAs,
    /// Write the shown scenario's decision record to the path (`.md` or `.html`).
    ExportRecord,
    /// Write a PNG of the window to the path.
    ExportPicture,
    /// Write the evaluated inventory to the path (`.csv`, `.md`, `.json` or `.txt`).
    ExportPortfolio,
}

/// A modal dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// The shown document has unsaved changes and is about to be closed.
    UnsavedDocument {
        /// Its title.
        title: String,
    },
    /// Documents have unsaved changes and the window is about to close.
    UnsavedOnQuit {
        /// Their titles.
        titles: Vec<String>,
    },
    /// Something failed; the document is unchanged.
    Error {
        /// What was being done.
        heading: String,
        /// `PATH:LINE:COLUMN: message` or the system's reason.
        message: String,
    },
    /// Saving over a file whose comments would be dropped.
    CommentsWouldBeLost {
        /// The file.
        path: PathBuf,
    },
    /// Saving as a file that exists: replace it?
    ConfirmReplace {
        /// The file.
        path: PathBuf,
    },
    /// The file changed on disk (or is gone) since it was opened or saved here: what now?
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
        /// Whether it is gone (deleted, moved) rather than changed.
        missing: bool,
    },
    /// An earlier run ended with unsaved edits: restore them?
    Restore {
        /// The titles of the recovered scenarios.
        titles: Vec<String>,
    },
    /// Type a path (no system file dialog, or the user prefers typing).
    Path {
        /// Open or save.
        purpose: PathPurpose,
        /// The text typed so far.
        text: String,
        /// Why the field is shown instead of a dialog, if it is.
        note: Option<String>,
    },
}
