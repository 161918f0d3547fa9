//! Recovery files.
//!
//! Unsaved edits, written a moment after each change so that a crash or a kill loses at most a
//! few seconds of work. They live in the platform's data folder, never next to the user's
//! files. Each running window keeps its own file, named after its process id, so two windows
//! never overwrite or delete each other's; at start-up, only the files of processes that are no
//! longer running are offered back.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use advisor_core::model::Scenario;

use super::load::read_capped;
use super::save::write_atomically;

/// The environment variable that moves the data folder (tests, portable installs).
pub const DATA_DIR_VARIABLE: &str = "INTEGRATION_ADVISOR_DATA_DIR";
/// Recovery files are `recovery-<process id>.ron`.
const PREFIX: &str = "recovery-";
const SUFFIX: &str = ".ron";
/// This layout's version.
const RECOVERY_FORMAT: u32 = 1;

/// Where an unsaved document came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    /// A bundled template, by file name.
    Bundled(String),
    /// A file on disk, by absolute path.
    File(PathBuf),
    /// A scenario never saved.
    Untitled,
}

/// One unsaved document. The scenario is kept as the model itself, not as a format-1 file,
/// so a value still out of range while the user types (an empty title) survives too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveredDocument {
    /// Where it came from.
    pub origin: Origin,
    /// The scenario as edited.
    pub scenario: Scenario,
}

/// One recovery file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryFile {
    /// Layout version.
    pub format: u32,
    /// Every document with unsaved edits.
    pub documents: Vec<RecoveredDocument>,
}

/// The data folder: `$INTEGRATION_ADVISOR_DATA_DIR` if set, else the platform's
/// (`~/.local/share/integration-advisor` on Linux).
pub fn default_folder() -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_VARIABLE) {
        Some(folder) if !folder.is_empty() => Some(PathBuf::from(folder)),
        _ => Some(
            directories::ProjectDirs::from("", "", "integration-advisor")?
                .data_dir()
                .to_owned(),
        ),
    }
}

/// This process's recovery file in `folder`.
pub fn own_file(folder: &Path) -> PathBuf {
    folder.join(format!("{PREFIX}{}{SUFFIX}", std::process::id()))
}

/// Writes the unsaved documents to `path`, or removes it when there are none.
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

/// Reads one recovery file.
pub fn read(path: &Path) -> Result<RecoveryFile, String> {
    let bytes = read_capped(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    ron::from_str(&text).map_err(|e| format!("{}:{e}", path.display()))
}

/// The recovery files in `folder` left by processes that are no longer running, oldest
/// process id first, with what they hold. Unreadable files are reported, not deleted.
pub fn left_behind(folder: &Path) -> Vec<(PathBuf, Result<RecoveryFile, String>)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<(u32, PathBuf)> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?;
            let pid = name
                .strip_prefix(PREFIX)?
                .strip_suffix(SUFFIX)?
                .parse()
                .ok()?;
            Some((pid, path))
        })
        .filter(|(pid, _)| !super::live_process::is_running(*pid))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|(_, path)| {
            let content = read(&path);
            (path, content)
        })
        .collect()
}

/// Removes a recovery file, if it exists.
pub fn remove(path: &Path) -> Result<(), String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}
