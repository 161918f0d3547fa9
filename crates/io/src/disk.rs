//! Noticing that a file changed on disk since we read or wrote it (a `git pull`, a colleague on
//! a shared drive), as editors that teams trust do.
//!
//! Remember its size and a hash of its content, and compare before a save and when the window
//! regains focus. The modification time is not kept: it decides nothing (see `compare`).

use std::hash::{DefaultHasher, Hash as _, Hasher as _};
use std::path::Path;

use super::load::read_capped;

/// What a file was like when we last read or wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// Its size in bytes.
    pub len: u64,
    /// A hash of its content (for this run only: nothing stores it).
    pub hash: u64,
}

/// How a file on disk compares with what we know of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskState {
    /// As we left it (or only touched: the same content with a new time).
    Unchanged,
    /// Its content changed.
    Changed,
    /// It is gone: deleted, moved or renamed.
    Missing,
}

impl Fingerprint {
    /// The fingerprint of the file at `path` now, reading it whole (within the loader's size
    /// cap); `None` when it cannot be read.
    pub fn of_file(path: &Path) -> Option<Self> {
        let bytes = read_capped(path).ok()?;
        Some(Self::of_bytes(&bytes))
    }

    /// The fingerprint of content read a moment ago.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        Self {
            len: bytes.len() as u64,
            hash: hash(bytes),
        }
    }

    /// Compares the file at `path` with this fingerprint. The content decides, read and
    /// hashed every time: scenario files are small, and a modification time can miss a change
    /// (file systems that keep whole seconds, a copy that keeps the time), or report one that
    /// is not (a file only touched, or checked out again unchanged). A file that exists but
    /// cannot be read now counts as unchanged: nothing is claimed that was not seen.
    pub fn compare(&self, path: &Path) -> DiskState {
        let metadata = match std::fs::metadata(path) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return DiskState::Missing;
            }
            Err(_) => return DiskState::Unchanged,
        };
        if !metadata.is_file() {
            return DiskState::Missing;
        }
        match read_capped(path) {
            Ok(bytes) if bytes.len() as u64 == self.len && hash(&bytes) == self.hash => {
                DiskState::Unchanged
            }
            Ok(_) => DiskState::Changed,
            Err(_) => DiskState::Unchanged,
        }
    }
}

fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_unchanged_touched_changed_or_missing() {
        let folder = tempfile::tempdir().expect("folder");
        let path = folder.path().join("a.ron");
        std::fs::write(&path, b"one").expect("written");
        let known = Fingerprint::of_file(&path).expect("readable");
        assert_eq!(known.compare(&path), DiskState::Unchanged);

        // The same bytes written again: a new time, the same content.
        let touched = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_modified(touched))
            .expect("touched");
        assert_eq!(known.compare(&path), DiskState::Unchanged);

        // Same size, other content.
        std::fs::write(&path, b"two").expect("written");
        assert_eq!(known.compare(&path), DiskState::Changed);

        std::fs::remove_file(&path).expect("removed");
        assert_eq!(known.compare(&path), DiskState::Missing);
    }
}
