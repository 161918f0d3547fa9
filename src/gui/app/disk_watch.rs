//! Files changed by someone else: looked at when the window regains the focus and before each
//! save, so that a `git pull` or a colleague's edit is never overwritten in silence.

use std::path::Path;

use crate::gui::document::Source;
use crate::gui::views::dialogs::Dialog;
use crate::gui::views::editor::EditorView;
use crate::io::comments::has_comments;
use crate::io::disk::DiskState;
use crate::io::load::{parse_bytes, read_capped};

use super::AdvisorApp;

impl AdvisorApp {
    /// The window has the focus again: a file that changed on disk is reloaded when nothing
    /// here is unsaved, and marked (the save will ask) when something is; a file that is gone
    /// is marked. The status bar says what happened.
    pub(super) fn look_at_files_on_disk(&mut self) {
        let mut said = Vec::new();
        for index in 0..self.workspace.documents().len() {
            let before = self.workspace.documents()[index].disk_state;
            let state = self.workspace.documents_mut()[index].look_at_disk();
            if state == before && state != DiskState::Changed {
                continue;
            }
            let name = self.workspace.documents()[index].name();
            match state {
                DiskState::Unchanged => {}
                DiskState::Changed if !self.workspace.documents()[index].is_unsaved() => {
                    match self.reload(index) {
                        Ok(()) => said.push(format!("{name} changed on disk and was reloaded")),
                        Err(error) => said.push(format!(
                            "{name} changed on disk and could not be reloaded: {error}"
                        )),
                    }
                }
                DiskState::Changed => said.push(format!(
                    "{name} changed on disk; your edits here are kept, and saving will ask"
                )),
                DiskState::Missing => said.push(format!("{name} was deleted or moved")),
            }
        }
        if !said.is_empty() {
            self.status = said.join(" · ");
        }
    }

    /// Before saving the shown scenario over its own file: if the file changed on disk or is
    /// gone since it was read or written here, asks what to do and returns true (the save
    /// waits for the answer).
    pub(super) fn changed_since_opened(&mut self, path: &Path) -> bool {
        if std::mem::take(&mut self.overwrite_once) {
            return false;
        }
        let document = self.workspace.active_mut();
        if document.path() != Some(path) {
            return false;
        }
        match document.look_at_disk() {
            DiskState::Unchanged => false,
            state => {
                self.close_after_save = false;
                self.show_dialog(Dialog::ChangedOnDisk {
                    path: path.to_owned(),
                    missing: state == DiskState::Missing,
                });
                true
            }
        }
    }

    /// Loads the shown scenario's file again as it is on disk. Unsaved edits are not lost:
    /// they move to a new unsaved copy beside it.
    pub(super) fn reload_from_disk(&mut self) {
        let index = self.workspace.active_index();
        let document = &self.workspace.documents()[index];
        let copy = document.is_unsaved().then(|| {
            let mut scenario = document.scenario.clone();
            scenario.title = format!("{} (my edits)", scenario.title);
            scenario
        });
        let name = document.name();
        if let Err(error) = self.reload(index) {
            self.show_dialog(Dialog::Error {
                heading: "Could not reload the file".to_owned(),
                message: error,
            });
            return;
        }
        self.status = format!("Reloaded {name} from disk");
        if let Some(scenario) = copy {
            let source = self.workspace.next_untitled();
            let kept = self.workspace.document(source, None, scenario);
            self.workspace.insert_after(index, kept);
            self.status =
                format!("Reloaded {name} from disk; your edits are in the unsaved copy beside it");
        }
    }

    /// Replaces document `index` with its file as it is on disk now, keeping its place.
    fn reload(&mut self, index: usize) -> Result<(), String> {
        let path = self.workspace.documents()[index]
            .path()
            .ok_or("it has no file")?
            .to_owned();
        let bytes = read_capped(&path).map_err(|e| e.to_string())?;
        let scenario =
            parse_bytes(&bytes, self.workspace.library().pattern_ids).map_err(|error| {
                crate::io::LoadError::Parse {
                    path: path.clone(),
                    error,
                }
                .to_string()
            })?;
        let mut document =
            self.workspace
                .document(Source::File(path), Some(scenario.clone()), scenario);
        // The same document as far as views and commands know: a comparison keeps it.
        document.id = self.workspace.documents()[index].id;
        document.file_has_comments = has_comments(&String::from_utf8_lossy(&bytes));
        document.remember_disk();
        self.workspace.replace(index, document);
        if index == self.workspace.active_index() {
            // Half-typed numbers belonged to the old content.
            self.editor = EditorView::default();
        }
        Ok(())
    }
}
