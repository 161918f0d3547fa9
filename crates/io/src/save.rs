//! Saving atomically.
//!
//! The new bytes go to a temporary file in the same folder, are flushed to disk, and the
//! temporary file is renamed over the target; then the folder is flushed so the rename itself
//! survives a power cut. At every moment the target holds either the old or the new content,
//! never part of one. A failure before the rename leaves the target untouched.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use advisor_core::model::Scenario;

use super::canonical::to_canonical_string;

/// Temporary files are named `.integration-advisor-PID-RANDOM.tmp`: hidden, and marked with
/// the process that writes them, so that a later save knows whose they are.
const TEMPORARY_PREFIX: &str = ".integration-advisor-";
/// The temporary files' extension.
const TEMPORARY_SUFFIX: &str = ".tmp";
/// A temporary file this old is stale whoever made it: a save takes milliseconds.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// How many symlinks are followed before giving up (as the kernel's ELOOP limit).
const MAX_SYMLINKS: usize = 40;

/// Why a save failed, and at which step.
#[derive(Debug, thiserror::Error)]
#[error("{}: could not save: {message}", path.display())]
pub struct SaveError {
    /// The file that was to be written.
    pub path: PathBuf,
    /// The step that failed and the system's reason.
    pub message: String,
}

/// The steps of a save, in order; tests inject a failure at each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SaveStep {
    /// Creating the temporary file next to the target.
    CreateTemporary,
    /// Writing the bytes to it.
    Write,
    /// Flushing it to disk.
    Flush,
    /// Giving it the target's permissions.
    Permissions,
    /// Renaming it over the target.
    Rename,
    /// Flushing the folder, so the rename is durable.
    SyncFolder,
}

impl SaveStep {
    /// Every step, in order.
    pub const ALL: [Self; 6] = [
        Self::CreateTemporary,
        Self::Write,
        Self::Flush,
        Self::Permissions,
        Self::Rename,
        Self::SyncFolder,
    ];

    fn describe(self) -> &'static str {
        match self {
            Self::CreateTemporary => "creating a temporary file in the folder",
            Self::Write => "writing the temporary file",
            Self::Flush => "flushing the temporary file to disk",
            Self::Permissions => "keeping the file's permissions",
            Self::Rename => "replacing the file",
            Self::SyncFolder => "flushing the folder to disk",
        }
    }
}

/// Writes `scenario` to `path` in canonical form, atomically.
pub fn save_path(path: &Path, scenario: &Scenario) -> Result<(), SaveError> {
    write_atomically(path, to_canonical_string(scenario).as_bytes())
}

/// Replaces the file at `path` with `bytes` atomically. A symlink is followed and its target
/// replaced, so the link stays a link; the target's permissions are kept (a new file gets
/// `rw-r--r--`).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically_with(path, bytes, &mut |_| Ok(()))
}

/// [`write_atomically`] with a hook called before each step; an error from the hook fails
/// that step as the system would. Used by tests to prove every step's failure is safe.
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    before: &mut dyn FnMut(SaveStep) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let mut file = AtomicFile::create_with(path, before)?;
    before(SaveStep::Write).map_err(|e| file.fail(SaveStep::Write, &e))?;
    file.temporary
        .write_all(bytes)
        .map_err(|e| file.fail(SaveStep::Write, &e))?;
    file.commit_with(before)
}

/// A file being replaced atomically, written as a stream.
///
/// The bytes go to a temporary file beside the target, and only [`AtomicFile::commit`] puts
/// it in the target's place. Dropped
/// without a commit, the temporary file is removed and the target never changed. Large
/// reports are written this way without holding them in memory.
pub struct AtomicFile {
    /// The path as the user gave it (for messages).
    path: PathBuf,
    /// The regular file it finally names, after links.
    target: PathBuf,
    folder: PathBuf,
    permissions: Option<std::fs::Permissions>,
    /// Buffered: a report is written in many small pieces.
    temporary: std::io::BufWriter<tempfile::NamedTempFile>,
}

impl AtomicFile {
    /// Starts replacing `path`. Refuses a folder, and anything that exists but is not a
    /// regular file (a device, a pipe, a socket): renaming over those would replace them.
    pub fn create(path: &Path) -> Result<Self, SaveError> {
        Self::create_with(path, &mut |_| Ok(()))
    }

    fn create_with(
        path: &Path,
        before: &mut dyn FnMut(SaveStep) -> std::io::Result<()>,
    ) -> Result<Self, SaveError> {
        let refuse = |message: String| SaveError {
            path: path.to_owned(),
            message,
        };
        let target = resolve_symlinks(path)
            .map_err(|e| refuse(format!("following the link: {}", super::plain_io_error(&e))))?;
        match std::fs::metadata(&target) {
            Ok(metadata) if metadata.is_dir() => {
                return Err(refuse("a folder is in the way".to_owned()));
            }
            Ok(metadata) if !metadata.is_file() => {
                return Err(refuse(
                    "it is not a regular file (a device, a pipe or a socket), and it is not \
                     replaced by one"
                        .to_owned(),
                ));
            }
            _ => {}
        }
        let folder = match target.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
            _ => PathBuf::from("."),
        };
        let permissions = std::fs::metadata(&target)
            .ok()
            .map(|m| m.permissions())
            .or_else(default_permissions);
        // What earlier saves of ours left when they were killed halfway goes first, so that
        // the folder (often a git work tree) does not fill with litter.
        remove_stale_temporaries(&folder);
        let fail = |e: &std::io::Error| {
            refuse(format!(
                "{}: {}",
                SaveStep::CreateTemporary.describe(),
                super::plain_io_error(e)
            ))
        };
        before(SaveStep::CreateTemporary).map_err(|e| fail(&e))?;
        let temporary = tempfile::Builder::new()
            .prefix(&format!("{TEMPORARY_PREFIX}{}-", std::process::id()))
            .suffix(TEMPORARY_SUFFIX)
            .tempfile_in(&folder)
            .map_err(|e| fail(&e))?;
        let temporary = std::io::BufWriter::new(temporary);
        Ok(Self {
            path: path.to_owned(),
            target,
            folder,
            permissions,
            temporary,
        })
    }

    fn fail(&self, step: SaveStep, error: &std::io::Error) -> SaveError {
        SaveError {
            path: self.path.clone(),
            message: format!("{}: {}", step.describe(), super::plain_io_error(error)),
        }
    }

    /// Flushes what was written to disk and puts it in the target's place.
    pub fn commit(self) -> Result<(), SaveError> {
        self.commit_with(&mut |_| Ok(()))
    }

    fn commit_with(
        mut self,
        before: &mut dyn FnMut(SaveStep) -> std::io::Result<()>,
    ) -> Result<(), SaveError> {
        before(SaveStep::Flush).map_err(|e| self.fail(SaveStep::Flush, &e))?;
        self.temporary
            .flush()
            .and_then(|()| self.temporary.get_ref().as_file().sync_all())
            .map_err(|e| self.fail(SaveStep::Flush, &e))?;
        before(SaveStep::Permissions).map_err(|e| self.fail(SaveStep::Permissions, &e))?;
        if let Some(permissions) = self.permissions.take() {
            self.temporary
                .get_ref()
                .as_file()
                .set_permissions(permissions)
                .map_err(|e| self.fail(SaveStep::Permissions, &e))?;
        }
        before(SaveStep::Rename).map_err(|e| self.fail(SaveStep::Rename, &e))?;
        let Self {
            path,
            target,
            folder,
            temporary,
            ..
        } = self;
        let temporary = temporary.into_inner().map_err(|e| SaveError {
            path: path.clone(),
            message: format!(
                "{}: {}",
                SaveStep::Flush.describe(),
                super::plain_io_error(e.error())
            ),
        })?;
        temporary.persist(&target).map_err(|e| SaveError {
            path,
            message: format!(
                "{}: {}",
                SaveStep::Rename.describe(),
                super::plain_io_error(&e.error)
            ),
        })?;
        // The file now holds the complete new content. Flushing the folder makes the rename
        // survive a power cut; if that fails the save still happened, so it is not reported
        // as a failed save (which would wrongly tell the user nothing changed).
        if before(SaveStep::SyncFolder).is_ok() {
            sync_folder(&folder).ok();
        }
        Ok(())
    }
}

impl std::io::Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.temporary.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.temporary.flush()
    }
}

/// The file a path finally names, following symlinks (also dangling ones, whose target the
/// save then creates).
fn resolve_symlinks(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_SYMLINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    std::fs::File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
#[expect(
    clippy::unnecessary_wraps,
    reason = "one signature with the Unix version, whose flush can fail"
)]
fn sync_folder(_folder: &Path) -> std::io::Result<()> {
    // Folders cannot be opened for flushing here; the rename is already complete.
    Ok(())
}

/// The permissions a new file gets: `rw-r--r--`.
#[cfg(unix)]
#[expect(
    clippy::unnecessary_wraps,
    reason = "one signature with the Windows version, which has no bits to give"
)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Some(std::fs::Permissions::from_mode(0o644))
}

/// Windows has no permission bits: a new file gets the system's default.
#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Removes the temporary files that saves of ours left in `folder` when they were killed.
///
/// Those whose writer is no longer running, or that are older than any save takes. Files of any
/// other name, of a running writer, and anything not a plain file are left alone. Failures are
/// ignored: tidying must never stop a save.
pub fn remove_stale_temporaries(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(writer) = name.to_str().and_then(temporary_writer) else {
            continue;
        };
        let Ok(metadata) = std::fs::symlink_metadata(entry.path()) else {
            continue;
        };
        if !metadata.is_file() {
            continue;
        }
        let old = metadata
            .modified()
            .ok()
            .and_then(|time| time.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if old || !super::live_process::is_running(writer) {
            // Whatever stops the removal (permissions, a race with its owner) stops only this.
            std::fs::remove_file(entry.path()).ok();
        }
    }
}

/// The process id in a temporary file's name, if the name is one of ours.
fn temporary_writer(name: &str) -> Option<u32> {
    let rest = name
        .strip_prefix(TEMPORARY_PREFIX)?
        .strip_suffix(TEMPORARY_SUFFIX)?;
    let (pid, random) = rest.split_once('-')?;
    if random.is_empty() || !random.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    pid.parse().ok()
}

#[cfg(test)]
mod temporary_tests {
    use super::*;

    #[test]
    fn only_our_names_with_a_writer_are_ours() {
        assert_eq!(
            temporary_writer(".integration-advisor-4242-a1B2c3.tmp"),
            Some(4242)
        );
        assert_eq!(
            temporary_writer(".integration-advisor-a1B2c3.tmp"),
            None,
            "no writer"
        );
        assert_eq!(temporary_writer(".integration-advisor-4242-.tmp"), None);
        assert_eq!(temporary_writer(".integration-advisor-4242-x.y.tmp"), None);
        assert_eq!(temporary_writer("integration-advisor-4242-abc.tmp"), None);
        assert_eq!(temporary_writer(".other-4242-abc.tmp"), None);
    }
}
