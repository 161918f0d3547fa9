//! What the commands do: files (new, open, close), undo, views, theme, zoom and quit; saving
//! is in `saving.rs`.
//! Loading and saving go through `io`, the same code as the command line.

use std::path::Path;

use egui::ViewportCommand;

use crate::core::model::Scenario;
use crate::gui::View;
use crate::gui::command::Command;
use crate::gui::files::{self, Dialogs};
use crate::gui::new_scenarios;
use crate::gui::opening::Opened;
use crate::gui::screenshot::Screenshot;
use crate::gui::theme;
use crate::gui::views::dialogs::{Dialog, PathPurpose};
use crate::gui::views::editor::EditorView;
use crate::io::record;
use crate::io::recovery;

use super::AdvisorApp;

impl AdvisorApp {
    /// Runs one command.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::NewScenario => self.new_scenario(None),
            Command::NewFromMeeting => {
                self.new_scenario(Some(crate::core::interview::first_meeting()));
                self.interview = Some(crate::gui::views::interview::Interview {
                    document: self.workspace.active().id,
                    skipped: Vec::new(),
                });
                if !matches!(self.preferences.view, View::Editor | View::Result) {
                    self.preferences.view = View::Editor;
                }
                self.status =
                    "First meeting: every answer open. Pick an answer, or skip.".to_owned();
            }
            Command::SkipQuestion => {
                let document = self.workspace.active();
                if let Some(interview) = &mut self.interview
                    && let Some(field) =
                        crate::core::interview::next(&document.advice, &interview.skipped)
                {
                    interview.skipped.push(field);
                }
            }
            Command::EndInterview => {
                self.interview = None;
                self.preferences.view = View::Editor;
                self.editor = EditorView::default();
            }
            Command::NewFromCopy => {
                self.new_unsaved_copy(new_scenarios::copy_of(&self.workspace.active().scenario));
            }
            Command::SplitTwoWay => self.split_two_way(),
            Command::Open => self.open(),
            Command::OpenPath(path) => self.open_path(&path),
            Command::Save => self.save(),
            Command::SaveAs => self.save_as(),
            Command::SaveAsPath(path) => self.save_as_path(&path),
            Command::ExportRecord => self.ask_export_path(PathPurpose::ExportRecord, "md"),
            Command::ExportRecordTo(path) => self.export_record(&path),
            Command::CopyMarkdown => self.copy_markdown(ctx),
            Command::ExportPicture => self.ask_export_path(PathPurpose::ExportPicture, "png"),
            Command::ExportPictureTo(path) => {
                self.screenshot = Some(Screenshot::for_user(path));
            }
            Command::ReplaceFile(path) => self.save_to(&path),
            Command::SaveOverwriting => {
                self.overwrite_once = true;
                self.save();
            }
            Command::ReloadFromDisk => self.reload_from_disk(),
            Command::SaveThenClose => {
                self.close_after_save = true;
                self.save();
            }
            Command::CloseDocument => self.close_document(),
            Command::DiscardAndCloseDocument => self.close_active(),
            Command::SelectDocument(id) => {
                if self.workspace.select(id) {
                    self.editor = EditorView::default();
                }
            }
            Command::TryAnswers(requirements) => self.try_answers(*requirements),
            Command::Undo => {
                self.workspace.active_mut().undo();
                self.editor = EditorView::default();
            }
            Command::Redo => {
                self.workspace.active_mut().redo();
                self.editor = EditorView::default();
            }
            Command::OpenSampleInventory(sample) => self.open_sample_inventory(sample),
            Command::ExportPortfolio(format) => self.ask_portfolio_export_path(format),
            Command::ExportLandscapePng => self.ask_landscape_png_path(),
            Command::ExportPortfolioTo(path) => self.export_portfolio(&path),
            Command::OpenInterface(index) => self.open_interface(index),
            Command::ShowView(view) => self.preferences.view = view,
            Command::ToggleTheme => self.preferences.dark_theme = !self.preferences.dark_theme,
            Command::ZoomIn => self.zoom_by(theme::ZOOM_STEP),
            Command::ZoomOut => self.zoom_by(-theme::ZOOM_STEP),
            Command::ZoomReset => self.preferences.zoom = 1.0,
            Command::TogglePresentation => self.set_presentation(ctx, !self.presentation, true),
            Command::RestoreRecovered => self.restore_recovered(),
            Command::DiscardRecovered => self.forget_recovered_files(),
            Command::Quit => self.quit(ctx),
            Command::SaveAllThenQuit => self.save_all_then_quit(),
            Command::DiscardAndQuit => {
                self.recovery.clear();
                self.allowed_to_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    /// Two unsaved scenarios from the shown one, one for each way the data flows.
    fn split_two_way(&mut self) {
        for half in new_scenarios::one_way_halves(&self.workspace.active().scenario) {
            self.new_unsaved_copy(half);
        }
        self.status = "Split into two one-way scenarios, both unsaved.".to_owned();
    }

    /// Asks for a file to open: the system dialog, or the path field.
    fn open(&mut self) {
        match self.dialogs {
            Dialogs::System => {
                if let Some(path) = files::pick_open(&self.folder_to_offer()) {
                    self.open_path(&path);
                }
            }
            Dialogs::PathField => {
                // The folder, ready for a file name to be typed after it.
                let mut text = self.folder_to_offer().display().to_string();
                if !text.is_empty() && !text.ends_with(std::path::MAIN_SEPARATOR) {
                    text.push(std::path::MAIN_SEPARATOR);
                }
                self.show_dialog(Dialog::Path {
                    purpose: PathPurpose::Open,
                    text,
                    note: Some("No system file dialog is available here (no XDG desktop portal and no zenity). Type the path of a scenario file.".to_owned()),
                });
            }
        }
    }

    /// Puts the shown scenario's decision record on the clipboard, as Markdown.
    fn copy_markdown(&mut self, ctx: &egui::Context) {
        let document = self.workspace.active();
        let text = record::markdown(
            &document.scenario,
            self.workspace.library().catalogue,
            &document.name(),
        );
        ctx.copy_text(text);
        self.status = "Decision record copied as Markdown.".to_owned();
    }

    /// Closes the shown scenario, asking first when it has unsaved changes.
    fn close_document(&mut self) {
        let document = self.workspace.active();
        if document.is_unsaved() {
            self.show_dialog(Dialog::UnsavedDocument {
                title: document.scenario.title.clone(),
            });
        } else {
            self.close_active();
        }
    }

    /// Tries other answers in the shown scenario, as one undoable edit.
    fn try_answers(&mut self, requirements: crate::core::model::Requirements) {
        self.workspace.active_mut().try_answers(requirements);
        // The number fields show the new answers, not text typed for the old ones.
        self.editor = EditorView::default();
    }

    /// Quits, asking first when anything is unsaved.
    fn quit(&mut self, ctx: &egui::Context) {
        let unsaved = self.unsaved_titles();
        if unsaved.is_empty() {
            self.recovery.clear();
            self.allowed_to_close = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        } else {
            self.show_dialog(Dialog::UnsavedOnQuit { titles: unsaved });
        }
    }

    /// Brings back what the recovery file held: a bundled template or a file gets its edits
    /// back on top of what is on disk; an untitled scenario comes back as new. All show as
    /// unsaved.
    fn restore_recovered(&mut self) {
        let recovered = std::mem::take(&mut self.recovered);
        if self.workspace.restore(recovered) {
            self.editor = EditorView::default();
        }
        // Before forgetting the files: a file that cannot be removed says so, last.
        self.status = "Restored the unsaved work of the last session".to_owned();
        self.forget_recovered_files();
    }

    /// Removes the recovery files found at start-up, once their content is restored or the
    /// user chose to discard it.
    fn forget_recovered_files(&mut self) {
        self.recovered.clear();
        for path in std::mem::take(&mut self.recovered_files) {
            if let Err(error) = recovery::remove(&path) {
                self.status = error;
            }
        }
    }

    /// Enters or leaves presentation mode; `fullscreen` also fills the screen (not for a
    /// screenshot run, which keeps the size it was asked for).
    pub fn set_presentation(&mut self, ctx: &egui::Context, on: bool, fullscreen: bool) {
        self.presentation = on;
        // The new zoom must hold from the next frame on: panels shown for the first time then
        // take their default sizes from the window measured at that zoom.
        self.apply_look(ctx);
        if fullscreen {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(on));
        }
    }

    fn zoom_by(&mut self, step: f32) {
        let zoom = ((self.preferences.zoom + step) * 10.0).round() / 10.0;
        self.preferences.zoom = zoom.clamp(*theme::ZOOM_RANGE.start(), *theme::ZOOM_RANGE.end());
    }

    /// A new document for `scenario`, which exists in no file yet: unsaved from the start.
    pub(super) fn new_unsaved_copy(&mut self, scenario: Scenario) {
        self.workspace.add_unsaved(scenario);
        self.show_new_document();
    }

    pub(super) fn new_scenario(&mut self, scenario: Option<Scenario>) {
        self.workspace
            .add_untitled(scenario.unwrap_or_else(crate::gui::workspace::blank));
        self.show_new_document();
    }

    /// The editor, empty of half-typed numbers, for a document just added; the comparison
    /// gives way to the editor.
    fn show_new_document(&mut self) {
        self.editor = EditorView::default();
        self.preferences.view = if self.preferences.view == View::Compare {
            View::Editor
        } else {
            self.preferences.view
        };
    }

    /// Opens the file at `path`; a file that fails to load shows its error and never replaces
    /// the open document.
    pub fn open_path(&mut self, path: &Path) {
        if crate::gui::loaded_inventory::is_inventory(path) {
            self.open_inventory(&crate::gui::opening::absolute(path));
            return;
        }
        match self.workspace.open_file(path) {
            Ok(Opened::AlreadyOpen(path)) => {
                self.editor = EditorView::default();
                self.status = format!("{} is already open", path.display());
            }
            Ok(Opened::Read(path)) => {
                self.editor = EditorView::default();
                self.status = format!("Opened {}", path.display());
                self.preferences.remember(path);
            }
            Err(error) => {
                self.show_dialog(Dialog::Error {
                    heading: "Could not open the file".to_owned(),
                    message: error.to_string(),
                });
            }
        }
    }

    pub(super) fn close_active(&mut self) {
        self.workspace.close_active();
        // Half-typed numbers belonged to the closed document. The comparison keeps its
        // choice: it names documents by id, and a closed one simply drops out.
        self.editor = EditorView::default();
    }
}
