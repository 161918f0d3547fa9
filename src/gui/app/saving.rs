//! Saving, as the window asks it: to the document's own file (asking first when it changed
//! on disk or has comments), under a new name, and everything at once before quitting.
//!
//! What a save does to the documents is `advisor_app::saving`'s.

use std::path::Path;

use crate::gui::command::Command;
use crate::gui::document::{Document, Source};
use crate::gui::files::{self, Dialogs};
use crate::gui::saving::SaveFailure;
use crate::gui::views::dialogs::{Dialog, PathPurpose};

use super::AdvisorApp;

impl AdvisorApp {
    /// Saves every unsaved scenario that has a file, asks for a path for the first that has none, and quits once nothing is unsaved.
    pub(super) fn save_all_then_quit(&mut self) {
        // Save what has a file; a scenario without one asks for a path first.
        let with_files: Vec<(usize, std::path::PathBuf)> = self
            .workspace
            .documents()
            .iter()
            .enumerate()
            .filter(|(_, d)| d.is_unsaved())
            .filter_map(|(i, d)| d.path().map(|p| (i, p.to_owned())))
            .collect();
        for (index, path) in with_files {
            self.workspace.select_index(index);
            self.save_to(&path);
        }
        match self
            .workspace
            .documents()
            .iter()
            .position(Document::is_unsaved)
        {
            None => self.commands.push(Command::Quit),
            Some(index) => {
                self.workspace.select_index(index);
                self.status = format!(
                    "Choose where to save “{}”, then quit again.",
                    self.workspace.documents()[index].scenario.title
                );
                self.commands.push(Command::SaveAs);
            }
        }
    }

    pub(super) fn save(&mut self) {
        let document = self.workspace.active();
        match document.path() {
            Some(path) if document.file_has_comments => {
                self.show_dialog(Dialog::CommentsWouldBeLost {
                    path: path.to_owned(),
                });
            }
            Some(path) => {
                let path = path.to_owned();
                self.save_to(&path);
            }
            None => self.save_as(),
        }
    }

    pub(super) fn save_as(&mut self) {
        let document = self.workspace.active();
        let name = match &document.source {
            Source::File(_) => document.name(),
            // A new file takes its name from the title: "Import sales orders" is
            // import-sales-orders.ron.
            _ => format!(
                "{}.ron",
                super::exporting::file_stem_of(&document.scenario.title)
            ),
        };
        // The full path, in the file's own folder (or the working folder), so that a quick
        // Enter never writes somewhere unexpected.
        let folder = self.folder_to_offer();
        let suggested = folder.join(&name).display().to_string();
        match self.dialogs {
            Dialogs::System => {
                if let Some(path) = files::pick_save(&name, &folder) {
                    // The system dialog has asked about replacing an existing file already.
                    self.save_to(&path);
                } else {
                    self.close_after_save = false;
                }
            }
            Dialogs::PathField => {
                self.show_dialog(Dialog::Path {
                    purpose: PathPurpose::SaveAs,
                    text: suggested,
                    note: None,
                });
            }
        }
    }

    /// Save as `path`, typed by the user: asks before replacing another file, and refuses a
    /// file that another open scenario is bound to.
    pub(super) fn save_as_path(&mut self, path: &Path) {
        let path = crate::gui::opening::absolute(path);
        let own = self.workspace.active().path() == Some(path.as_path());
        let bound_elsewhere = self.workspace.open_elsewhere(&path);
        if bound_elsewhere {
            self.close_after_save = false;
            self.show_dialog(Dialog::Error {
                heading: "That file is open as another scenario".to_owned(),
                message: format!(
                    "{}: close that scenario first, or choose another name",
                    path.display()
                ),
            });
        } else if !own && path.exists() {
            self.show_dialog(Dialog::ConfirmReplace { path });
        } else {
            self.save_to(&path);
        }
    }

    /// Saves the shown document to `path`, atomically; a failure leaves the file and the
    /// document as they were and says why.
    pub fn save_to(&mut self, path: &Path) {
        let path = &crate::gui::opening::absolute(path);
        if let Some(problem) = self.editor.pending_error() {
            self.close_after_save = false;
            self.show_dialog(Dialog::Error {
                heading: "Cannot save yet".to_owned(),
                message: problem,
            });
            return;
        }
        if self.changed_since_opened(path) {
            return;
        }
        let close_after = std::mem::take(&mut self.close_after_save);
        match self.workspace.save_active_to(path) {
            Ok(()) => {
                self.preferences.remember(path.to_owned());
                self.status = format!("Saved {}", path.display());
                if close_after {
                    self.close_active();
                }
            }
            Err(SaveFailure::Invalid(problem)) => {
                self.show_dialog(Dialog::Error {
                    heading: "Cannot save yet".to_owned(),
                    message: problem,
                });
            }
            Err(SaveFailure::Write(error)) => {
                self.show_dialog(Dialog::Error {
                    heading: "Could not save".to_owned(),
                    message: error.to_string(),
                });
            }
        }
    }
}
