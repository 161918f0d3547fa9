//! Files into the workspace: opening a scenario file, and bringing back what a recovery file
//! held.
//!
//! The window asks for the path and shows the outcome; what becomes of the documents is
//! decided here, where tests drive it without a window.

use std::path::{Path, PathBuf};

use advisor_io::LoadError;
use advisor_io::comments::has_comments;
use advisor_io::load::{parse_bytes, read_capped};
use advisor_io::recovery::{Origin, RecoveredDocument};

use crate::document::{Document, Source};
use crate::workspace::Workspace;

/// What opening a file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The file was open already: that document is shown, nothing was read.
    AlreadyOpen(PathBuf),
    /// The file was read and is shown as a new document.
    Read(PathBuf),
}

/// `path` made absolute against the working folder, as every document keeps its path.
///
/// Recovery and recent files then mean the same file from any working folder. (Only an empty path
/// or a working folder that is gone fails; such a path is kept as given, and reading or
/// writing it then reports the error.)
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

impl Workspace {
    /// Opens the scenario file at `path` and shows it; a file open already, under whatever
    /// spelling of its path, is shown again rather than read twice. A file that fails to load
    /// changes nothing: its error names the file, and for a file that could be read but not
    /// understood, the line and column.
    pub fn open_file(&mut self, path: &Path) -> Result<Opened, LoadError> {
        let path = absolute(path);
        let same_file = |document: &Document| {
            document.path().is_some_and(|open| {
                open == path
                    || (open.canonicalize().ok().is_some()
                        && open.canonicalize().ok() == path.canonicalize().ok())
            })
        };
        if let Some(index) = self.documents().iter().position(same_file) {
            self.select_index(index);
            return Ok(Opened::AlreadyOpen(path));
        }
        let bytes = read_capped(&path)?;
        let scenario =
            parse_bytes(&bytes, self.library().pattern_ids).map_err(|error| LoadError::Parse {
                path: path.clone(),
                error,
            })?;
        let mut document =
            self.document(Source::File(path.clone()), Some(scenario.clone()), scenario);
        document.file_has_comments = has_comments(&String::from_utf8_lossy(&bytes));
        document.remember_disk();
        self.push(document);
        Ok(Opened::Read(path))
    }

    /// Brings back the unsaved edits a recovery file held, all shown as unsaved: a template
    /// or a file open already gets its edits back in place; a file not open is opened with
    /// the edits on top of what is on disk (or as a file that is gone, if it is); an untitled
    /// scenario, or a template this version no longer bundles, comes back as a new untitled
    /// document. The last unsaved document is shown; returns whether one was.
    pub fn restore(&mut self, recovered: Vec<RecoveredDocument>) -> bool {
        for RecoveredDocument { origin, scenario } in recovered {
            // Only a template or a file names one document; every untitled scenario is a
            // document of its own (the halves of a split, copies, portfolio rows), so one
            // never takes the place of another.
            let open = match &origin {
                Origin::Untitled => None,
                origin => self
                    .documents()
                    .iter()
                    .position(|d| d.source.origin() == *origin),
            };
            match (origin, open) {
                (_, Some(index)) => {
                    let document = &mut self.documents_mut()[index];
                    let before = std::mem::replace(&mut document.scenario, scenario);
                    document.changed_from(&before);
                }
                (Origin::File(path), None) => {
                    let bytes = read_capped(&path).ok();
                    let on_disk = bytes
                        .as_deref()
                        .and_then(|b| parse_bytes(b, self.library().pattern_ids).ok());
                    let mut document = self.document(Source::File(path), on_disk, scenario);
                    document.file_has_comments =
                        bytes.is_some_and(|b| has_comments(&String::from_utf8_lossy(&b)));
                    document.remember_disk();
                    self.append(document);
                }
                (Origin::Bundled(_) | Origin::Untitled, None) => {
                    let source = self.next_untitled();
                    let document = self.document(source, None, scenario);
                    self.append(document);
                }
            }
        }
        match self.documents().iter().rposition(Document::is_unsaved) {
            Some(index) => self.select_index(index),
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use advisor_core::model::Scenario;

    use super::*;

    fn write(folder: &Path, name: &str, scenario: &Scenario) -> PathBuf {
        let path = folder.join(name);
        advisor_io::save_path(&path, scenario).expect("a temporary folder takes a file");
        path
    }

    #[test]
    fn a_file_opens_once_and_is_shown_again_when_opened_twice() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let mut workspace = crate::testing::workspace();
        let scenario = crate::testing::templates()[1].scenario.clone();
        let path = write(folder.path(), "orders.ron", &scenario);
        let before = workspace.documents().len();

        assert_eq!(workspace.open_file(&path), Ok(Opened::Read(path.clone())));
        assert_eq!(workspace.documents().len(), before + 1);
        let opened = workspace.active().id;
        assert_eq!(workspace.active().scenario, scenario);
        assert_eq!(workspace.active().path(), Some(path.as_path()));
        assert!(
            !workspace.active().is_unsaved(),
            "just read: nothing to save"
        );

        workspace.select_index(0);
        assert_eq!(
            workspace.open_file(&path),
            Ok(Opened::AlreadyOpen(path.clone()))
        );
        assert_eq!(workspace.documents().len(), before + 1, "not read twice");
        assert_eq!(workspace.active().id, opened, "shown again");

        // The same file under another spelling of its path is the same file (`..` is kept by
        // making a path absolute, so only the canonical paths match).
        workspace.select_index(0);
        std::fs::create_dir(folder.path().join("sub")).expect("a folder");
        let spelled = folder.path().join("sub").join("..").join("orders.ron");
        assert!(matches!(
            workspace.open_file(&spelled),
            Ok(Opened::AlreadyOpen(_))
        ));
        assert_eq!(workspace.documents().len(), before + 1);
        assert_eq!(workspace.active().id, opened);
    }

    #[test]
    fn a_file_that_fails_to_load_changes_nothing_and_says_where() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("broken.ron");
        std::fs::write(&path, "(\n  format: 1,\n  title: 7,\n)").expect("written");
        let mut workspace = crate::testing::workspace();
        let shown = workspace.active().id;
        let count = workspace.documents().len();

        let error = workspace
            .open_file(&path)
            .expect_err("a number is no title");
        let message = error.to_string();
        assert!(message.contains("broken.ron:"), "{message}");
        assert!(
            matches!(error, LoadError::Parse { ref error, .. } if error.line == 3),
            "{message}"
        );
        assert_eq!(workspace.documents().len(), count);
        assert_eq!(workspace.active().id, shown);

        let missing = workspace.open_file(&folder.path().join("gone.ron"));
        assert!(matches!(missing, Err(LoadError::Io { .. })), "{missing:?}");
        assert_eq!(workspace.documents().len(), count);
    }

    #[test]
    fn recovered_edits_return_to_their_template_and_file_and_untitled_ones_come_back_new() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let mut workspace = crate::testing::workspace();
        let template = crate::testing::templates()[0].file_name;
        let on_disk = crate::testing::templates()[1].scenario.clone();
        let path = write(folder.path(), "orders.ron", &on_disk);
        let edited = |title: &str| Scenario {
            title: title.to_owned(),
            ..on_disk.clone()
        };
        let count = workspace.documents().len();

        let shown = workspace.restore(vec![
            RecoveredDocument {
                origin: Origin::Bundled(template.to_owned()),
                scenario: edited("template, edited"),
            },
            RecoveredDocument {
                origin: Origin::File(path.clone()),
                scenario: edited("file, edited"),
            },
            RecoveredDocument {
                origin: Origin::Untitled,
                scenario: edited("untitled one"),
            },
            RecoveredDocument {
                origin: Origin::Untitled,
                scenario: edited("untitled two"),
            },
        ]);

        assert!(shown);
        let documents = workspace.documents();
        assert_eq!(
            documents.len(),
            count + 3,
            "the template is edited in place"
        );
        let template_document = documents
            .iter()
            .find(|d| d.source == Source::Bundled(template))
            .expect("still there");
        assert_eq!(template_document.scenario.title, "template, edited");
        assert!(template_document.is_unsaved());
        let file = documents
            .iter()
            .find(|d| d.path() == Some(path.as_path()))
            .expect("opened");
        assert_eq!(file.scenario.title, "file, edited");
        assert!(file.is_unsaved(), "the edits are not on disk yet");
        let untitled: Vec<&str> = documents
            .iter()
            .filter(|d| matches!(d.source, Source::Untitled(_)))
            .map(|d| d.scenario.title.as_str())
            .collect();
        assert_eq!(
            untitled,
            ["untitled one", "untitled two"],
            "neither replaces the other"
        );
        assert_eq!(
            workspace.active().scenario.title,
            "untitled two",
            "the last unsaved"
        );
    }

    #[test]
    fn recovered_edits_of_an_open_file_a_gone_file_and_a_gone_template_are_kept_unsaved() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let mut workspace = crate::testing::workspace();
        let on_disk = crate::testing::templates()[1].scenario.clone();
        let open = write(folder.path(), "open.ron", &on_disk);
        workspace.open_file(&open).expect("opened");
        let gone = folder.path().join("gone.ron");
        let edited = |title: &str| Scenario {
            title: title.to_owned(),
            ..on_disk.clone()
        };
        let count = workspace.documents().len();

        workspace.restore(vec![
            RecoveredDocument {
                origin: Origin::File(open.clone()),
                scenario: edited("open, edited"),
            },
            RecoveredDocument {
                origin: Origin::File(gone.clone()),
                scenario: edited("gone, edited"),
            },
            RecoveredDocument {
                origin: Origin::Bundled("99-no-longer-bundled.ron".to_owned()),
                scenario: edited("old template, edited"),
            },
        ]);

        let documents = workspace.documents();
        assert_eq!(
            documents.len(),
            count + 2,
            "the open file is edited in place"
        );
        let by_title = |title: &str| {
            documents
                .iter()
                .find(|d| d.scenario.title == title)
                .unwrap_or_else(|| panic!("{title} restored"))
        };
        let open_document = by_title("open, edited");
        assert_eq!(open_document.path(), Some(open.as_path()));
        assert!(open_document.is_unsaved());
        let gone_document = by_title("gone, edited");
        assert_eq!(gone_document.path(), Some(gone.as_path()));
        assert!(gone_document.is_unsaved(), "nothing on disk holds it");
        let old_template = by_title("old template, edited");
        assert!(matches!(old_template.source, Source::Untitled(_)));
        assert!(old_template.is_unsaved());
    }
}
