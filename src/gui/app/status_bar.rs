//! The status bar: the file shown, errors, presentation mode and the last message.

use egui::Ui;

use crate::gui::document::Source;
use crate::gui::ui_ext::UiExt;

use super::AdvisorApp;

impl AdvisorApp {
    /// Draws the status bar along the bottom of the window.
    pub(super) fn status_bar(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let document = &self.documents[self.active];
            let place = match &document.source {
                Source::Bundled(name) => format!("bundled template {name} (read-only)"),
                Source::File(path) => path.display().to_string(),
                Source::Untitled(_) => "not saved yet".to_owned(),
            };
            ui.muted(place);
            if document.is_unsaved() {
                ui.muted("• unsaved changes");
            }
            if let Some(error) = &self.recovery.last_error {
                ui.error_text(error);
            }
            if self.presentation {
                ui.muted("presentation mode (F11 to leave)");
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.muted(&self.status);
            });
        });
    }
}
