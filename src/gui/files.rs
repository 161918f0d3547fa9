//! Where the window meets the file system: the system file dialogs and what to do when there
//! are none. Loading and saving themselves go through `io`, the same as the command line.

use std::path::{Path, PathBuf};

/// Whether system file dialogs can be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialogs {
    /// rfd can reach a dialog backend (an XDG portal over D-Bus, or zenity).
    System,
    /// No backend: the window asks for a path in a field instead.
    PathField,
}

impl Dialogs {
    /// What this machine offers. rfd's portal backend needs a D-Bus session and falls back to
    /// zenity; with neither it returns "cancelled" at once, which would look like nothing
    /// happening, so the window offers a path field instead.
    pub fn detect() -> Self {
        let has_session_bus =
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
        let has_zenity = std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file())
        });
        if has_session_bus || has_zenity {
            Self::System
        } else {
            Self::PathField
        }
    }
}

/// Asks the user for a scenario file or an interface inventory to open, starting in `folder`.
pub fn pick_open(folder: &Path) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Open scenario or inventory")
        .set_directory(folder)
        .add_filter("Scenarios and inventories", &["ron", "csv", "xlsx"])
        .add_filter("Scenario files", &["ron"])
        .add_filter("Interface inventories", &["csv", "xlsx"])
        .pick_file()
}

/// Asks the user where to save, suggesting `file_name` in `folder`; the dialog shows files of
/// its extension.
pub fn pick_save(file_name: &str, folder: &Path) -> Option<PathBuf> {
    let extension = std::path::Path::new(file_name)
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (title, kind) = kind_of(&extension);
    let dialog = rfd::FileDialog::new()
        .set_title(title)
        .set_directory(folder)
        .set_file_name(file_name);
    let dialog = if extension.is_empty() {
        dialog
    } else {
        dialog.add_filter(kind, &[extension.as_str()])
    };
    dialog.save_file()
}

/// The save dialog's title and the name of its files, by extension.
fn kind_of(extension: &str) -> (&'static str, &'static str) {
    match extension {
        "ron" => ("Save scenario", "Scenario files"),
        "md" => ("Export as Markdown", "Markdown"),
        "html" => ("Export as HTML", "Web pages"),
        "png" => ("Export picture", "PNG pictures"),
        "csv" => ("Export as CSV", "CSV files"),
        _ => ("Save", "Files"),
    }
}
