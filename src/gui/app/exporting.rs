//! Exporting from the window: decision records and pictures, and the file names they are
//! offered under.

use std::path::{Path, PathBuf};

use crate::gui::command::Command;
use crate::gui::files::{self, Dialogs};
use crate::gui::views::dialogs::{Dialog, PathPurpose};
use crate::io::record;
use crate::io::save::write_atomically;

use super::AdvisorApp;

impl AdvisorApp {
    /// Asks where to export the shown scenario's record or picture, offering its file's name
    /// with `extension`, in its folder.
    pub(super) fn ask_export_path(&mut self, purpose: PathPurpose, extension: &str) {
        let document = self.workspace.active();
        // A template or a new scenario has no file: its title names the export.
        let stem = document.path().and_then(Path::file_stem).map_or_else(
            || file_stem_of(&document.scenario.title),
            |s| s.to_string_lossy().into_owned(),
        );
        let folder = self.folder_to_offer();
        self.ask_path_to_write(purpose, &format!("{stem}.{extension}"), &folder);
    }

    /// The folder a file dialog starts in: the shown document's own, else the folder of the
    /// file opened or saved last (where the user works), else the working folder.
    pub(super) fn folder_to_offer(&self) -> PathBuf {
        self.workspace
            .active()
            .folder()
            .map(Path::to_owned)
            .or_else(|| {
                self.preferences
                    .recent_files
                    .iter()
                    .filter_map(|file| file.parent())
                    .find(|folder| folder.is_dir())
                    .map(Path::to_owned)
            })
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default()
    }

    /// Asks where to write a file for `purpose`, offering `name` in `folder`: the system's
    /// save dialog, or the path field with the whole path, so that a quick Enter never
    /// writes somewhere unexpected.
    pub(super) fn ask_path_to_write(&mut self, purpose: PathPurpose, name: &str, folder: &Path) {
        match self.dialogs {
            Dialogs::System => {
                if let Some(path) = files::pick_save(name, folder) {
                    self.commands.push(Command::for_path(purpose, path));
                }
            }
            Dialogs::PathField => self.show_dialog(Dialog::Path {
                purpose,
                text: folder.join(name).display().to_string(),
                note: None,
            }),
        }
    }

    /// Writes the shown scenario's decision record to `path`, atomically: HTML for `.html`
    /// or `.htm`, Markdown otherwise. A failure says why and leaves nothing behind.
    pub(super) fn export_record(&mut self, path: &Path) {
        let document = self.workspace.active();
        let html = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        let file = document.name();
        let text = if html {
            record::html(
                &document.scenario,
                self.workspace.library().catalogue,
                &file,
            )
        } else {
            record::markdown(
                &document.scenario,
                self.workspace.library().catalogue,
                &file,
            )
        };
        match write_atomically(path, text.as_bytes()) {
            Ok(()) => self.status = format!("Decision record written to {}", path.display()),
            Err(error) => self.show_dialog(Dialog::Error {
                heading: "Could not export the decision record".to_owned(),
                message: format!("{}: {error}", path.display()),
            }),
        }
    }
}

/// A file name made from a title: lower case letters and digits, words joined by hyphens, at
/// most 60 characters; "scenario" when nothing is left.
pub fn file_stem_of(title: &str) -> String {
    let mut stem = String::new();
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        if stem.len() + word.len() + 1 > 60 {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word);
    }
    if stem.is_empty() {
        "scenario".to_owned()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::file_stem_of;

    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(
            file_stem_of("Import large volumes of sales orders"),
            "import-large-volumes-of-sales-orders"
        );
        assert_eq!(
            file_stem_of("F&O exports POs (every 30 min)"),
            "f-o-exports-pos-every-30-min"
        );
        assert_eq!(file_stem_of("受注の取り込み"), "受注の取り込み");
        assert_eq!(file_stem_of("  --  "), "scenario");
    }
}
