//! The recovery file: unsaved edits, written a moment after each change so that a crash or a
//! kill loses at most a few seconds of work. It lives in the platform's data folder, never next
//! to the user's files, and is removed once nothing is unsaved.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::load::read_capped;
use super::save::write_atomically;

/// The environment variable that moves the data folder (tests, portable installs).
pub const DATA_DIR_VARIABLE: &str = "INTEGRATION_ADVISOR_DATA_DIR";
/// The recovery file's name in the data folder.
const FILE_NAME: &str = "recovery.ron";
/// This layout's version.
const RECOVERY_FORMAT: u32 = 1;

/// Where an unsaved document came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// A bundled template, by file name.
    Bundled(String),
    /// A file on disk.
    File(PathBuf),
    /// A scenario never saved.
    Untitled,
}

/// One unsaved document: its origin and its scenario in canonical file text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveredDocument {
    /// Where it came from.
    pub origin: Origin,
    /// The scenario as a format-1 file text.
    pub scenario: String,
}

/// The whole recovery file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryFile {
    /// Layout version.
    pub format: u32,
    /// Every document with unsaved edits.
    pub documents: Vec<RecoveredDocument>,
}

/// The recovery file's path: in `$INTEGRATION_ADVISOR_DATA_DIR` if set, else in the platform's
/// data folder (`~/.local/share/integration-advisor` on Linux).
pub fn default_path() -> Option<PathBuf> {
    let folder = match std::env::var_os(DATA_DIR_VARIABLE) {
        Some(folder) if !folder.is_empty() => PathBuf::from(folder),
        _ => directories::ProjectDirs::from("", "", "integration-advisor")?
            .data_dir()
            .to_owned(),
    };
    Some(folder.join(FILE_NAME))
}

/// Writes the unsaved documents, or removes the file when there are none.
pub fn write(path: &Path, documents: Vec<RecoveredDocument>) -> Result<(), String> {
    if documents.is_empty() {
        return remove(path);
    }
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    let file = RecoveryFile {
        format: RECOVERY_FORMAT,
        documents,
    };
    let text = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    write_atomically(path, text.as_bytes()).map_err(|e| e.to_string())
}

/// Reads the recovery file; `Ok(None)` when there is none.
pub fn read(path: &Path) -> Result<Option<RecoveryFile>, String> {
    if !path.exists() {
        return Ok(None);
    }
    let bytes = read_capped(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let file: RecoveryFile = ron::from_str(&text).map_err(|e| format!("{}:{e}", path.display()))?;
    Ok(Some(file))
}

/// Removes the recovery file, if there is one.
pub fn remove(path: &Path) -> Result<(), String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}
