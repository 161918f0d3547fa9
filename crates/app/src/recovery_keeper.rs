//! Keeps the recovery file in step with the unsaved documents: written a moment after a
//! change (so a crash loses at most about a second of work), removed when nothing is unsaved.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use advisor_io::recovery::{self, RecoveredDocument};

/// How long after a change the recovery file is written. Edits that follow within this time
/// are written together, so typing does not write on every key.
pub const RECOVERY_DELAY: Duration = Duration::from_secs(1);

/// The recovery file's keeper.
pub struct RecoveryKeeper {
    path: Option<PathBuf>,
    written: Vec<RecoveredDocument>,
    changed_at: Option<Instant>,
    /// Why the last write failed, if it did (shown in the status bar).
    pub last_error: Option<String>,
}

impl RecoveryKeeper {
    /// A keeper writing to `path`; `None` turns recovery off.
    pub fn new(path: Option<PathBuf>) -> Self {
        Self {
            path,
            written: Vec::new(),
            changed_at: None,
            last_error: None,
        }
    }

    /// Where the recovery file lives, if recovery is on.
    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// Takes note of what is unsaved at `now` and writes it once it has been pending for
    /// [`RECOVERY_DELAY`]. Returns when to look again, if a write is still pending.
    pub fn update(&mut self, now: Instant, unsaved: Vec<RecoveredDocument>) -> Option<Duration> {
        let path = self.path.as_ref()?;
        if unsaved == self.written {
            self.changed_at = None;
            return None;
        }
        let since = *self.changed_at.get_or_insert(now);
        let waited = now.saturating_duration_since(since);
        if waited < RECOVERY_DELAY {
            return Some(RECOVERY_DELAY.saturating_sub(waited));
        }
        match recovery::write(path, unsaved.clone()) {
            Ok(()) => {
                self.written = unsaved;
                self.changed_at = None;
                self.last_error = None;
                None
            }
            Err(error) => {
                // Try again later; the documents themselves are untouched.
                self.last_error = Some(format!("could not write the recovery file: {error}"));
                self.changed_at = Some(now);
                Some(RECOVERY_DELAY)
            }
        }
    }

    /// Removes the recovery file: nothing is to be recovered any more.
    pub fn clear(&mut self) {
        if let Some(path) = &self.path
            && let Err(error) = recovery::remove(path)
        {
            self.last_error = Some(format!("The recovery file could not be removed: {error}"));
        }
        self.written.clear();
        self.changed_at = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use advisor_io::recovery::Origin;

    fn unsaved(title: &str) -> Vec<RecoveredDocument> {
        let mut scenario = crate::testing::templates()[0].scenario.clone();
        scenario.title = title.to_owned();
        vec![RecoveredDocument {
            origin: Origin::Untitled,
            scenario,
        }]
    }

    #[test]
    fn writes_a_delay_after_the_first_change_and_removes_when_all_is_saved() {
        let folder = tempfile::tempdir().expect("folder");
        let path = folder.path().join("recovery.ron");
        let mut keeper = RecoveryKeeper::new(Some(path.clone()));
        let start = Instant::now();
        assert_eq!(keeper.update(start, unsaved("a")), Some(RECOVERY_DELAY));
        assert!(!path.exists(), "not yet");
        // Typing on: the write is not postponed past the delay from the first change.
        let half = start + RECOVERY_DELAY / 2;
        assert_eq!(keeper.update(half, unsaved("ab")), Some(RECOVERY_DELAY / 2));
        assert_eq!(keeper.update(start + RECOVERY_DELAY, unsaved("abc")), None);
        let written = recovery::read(&path).expect("readable");
        assert_eq!(written.documents, unsaved("abc"));
        // Nothing new: nothing pending.
        assert_eq!(
            keeper.update(start + RECOVERY_DELAY * 2, unsaved("abc")),
            None
        );
        // Everything saved: the file goes once the delay has passed.
        let later = start + RECOVERY_DELAY * 3;
        keeper.update(later, Vec::new());
        keeper.update(later + RECOVERY_DELAY, Vec::new());
        assert!(!path.exists());
    }

    #[test]
    fn without_a_path_nothing_is_written() {
        let mut keeper = RecoveryKeeper::new(None);
        assert_eq!(keeper.update(Instant::now(), unsaved("a")), None);
    }
}
