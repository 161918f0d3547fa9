//! The status bar: the file shown, errors, presentation mode and the last message.

use egui::{Align, Label, Layout, RichText, Ui};

use crate::gui::theme;

use crate::gui::document::Source;
use crate::gui::ui_ext::UiExt as _;

use super::AdvisorApp;

impl AdvisorApp {
    /// Draws the status bar along the bottom of the window.
    pub(super) fn status_bar(&self, ui: &mut Ui) {
        let document = self.workspace.active();
        let place = match &document.source {
            Source::Bundled(name) => format!("bundled template {name} (read-only)"),
            Source::File(path) => path.display().to_string(),
            Source::Untitled(_) => "not saved yet".to_owned(),
        };
        let unsaved = document.is_unsaved();
        let muted = theme::muted(ui.dark());
        // The message on the right gets its room first; the rest is cut short with "…" rather
        // than drawn over it (long paths, large type in presentation mode).
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.set_max_width(ui.available_width());
            let room = ui.available_width() * 0.45;
            ui.scope(|ui| {
                ui.set_max_width(room);
                ui.add(Label::new(RichText::new(&self.status).small().color(muted)).truncate());
            });
            ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                if self.presentation {
                    ui.muted("Presentation mode (F11 to leave)");
                }
                if let Some(error) = &self.recovery.last_error {
                    ui.error_text(error);
                }
                if unsaved {
                    ui.muted("• unsaved changes");
                }
                ui.add(Label::new(RichText::new(place).small().color(muted)).truncate());
            });
        });
    }
}
