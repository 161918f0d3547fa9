//! Saving a scenario atomically: the canonical text goes to a temporary file in the same
//! folder, is flushed to disk, and is renamed over the target, so the target always holds
//! either the old or the new content, never half of one.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::core::model::Scenario;

use super::canonical::to_canonical_string;

/// Why a save failed. The file on disk is untouched whenever this is returned.
#[derive(Debug, thiserror::Error)]
#[error("{}: could not save: {message}", path.display())]
pub struct SaveError {
    /// The file that was to be written.
    pub path: PathBuf,
    /// The system's reason, with the step that failed.
    pub message: String,
}

/// Writes `scenario` to `path` in canonical form, atomically.
pub fn save_path(path: &Path, scenario: &Scenario) -> Result<(), SaveError> {
    write_atomically(path, to_canonical_string(scenario).as_bytes())
}

/// Replaces the file at `path` with `bytes` so that a crash at any moment leaves either the
/// old or the new content. A symlink is followed and its target replaced; the target's
/// permissions are kept.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let fail = |step: &str, error: std::io::Error| SaveError {
        path: path.to_owned(),
        message: format!("{step}: {error}"),
    };
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    if target.is_dir() {
        return Err(SaveError {
            path: path.to_owned(),
            message: "a folder is in the way".to_owned(),
        });
    }
    let permissions = std::fs::metadata(&target).ok().map(|m| m.permissions());
    let mut temporary = tempfile::Builder::new()
        .prefix(".integration-advisor-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|e| fail("creating a temporary file", e))?;
    temporary
        .write_all(bytes)
        .map_err(|e| fail("writing the temporary file", e))?;
    temporary
        .as_file()
        .sync_all()
        .map_err(|e| fail("flushing the temporary file", e))?;
    // A new file gets the usual permissions of a document (rw-r--r--), not the private
    // ones of a temporary file.
    let permissions = permissions.or_else(default_permissions);
    if let Some(permissions) = permissions {
        temporary
            .as_file()
            .set_permissions(permissions)
            .map_err(|e| fail("keeping the file's permissions", e))?;
    }
    temporary
        .persist(&target)
        .map_err(|e| fail("replacing the file", e.error))?;
    // Flushing the folder makes the rename itself durable; where a platform cannot open a
    // folder for this, the rename has still happened and the content is complete.
    if let Ok(folder_handle) = std::fs::File::open(&folder) {
        let _ = folder_handle.sync_all();
    }
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}
