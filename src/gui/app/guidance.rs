//! What tells a newcomer where to begin, and that a bundled template is read-only, before
//! they find out by trying.

use egui::{Frame, RichText, Ui};

use crate::gui::command::Command;
use crate::gui::document::Source;
use crate::gui::shortcuts::Shortcut as _;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;

use super::AdvisorApp;

impl AdvisorApp {
    /// The first-run hint, above the views until the user dismisses it (once, for good).
    pub(super) fn first_run_hint(&mut self, ui: &mut Ui) {
        // An interview means the user has begun.
        if self.preferences.first_run_hint_seen
            || self.screenshot.is_some()
            || self.interview.is_some()
        {
            return;
        }
        let new = ui
            .ctx()
            .format_shortcut(&Command::NewScenario.shortcut().unwrap_or(
                egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::N),
            ));
        let meeting = Command::NewFromMeeting
            .shortcut()
            .map(|shortcut| ui.ctx().format_shortcut(&shortcut))
            .unwrap_or_default();
        Frame::group(ui.style())
            .fill(theme::highlight(ui.dark()))
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("Where to begin:").strong());
                    // Presentation mode folds the library away: say how to bring it back
                    // rather than point at a panel that is not there.
                    ui.label(if self.presentation {
                        format!(
                            "start your own scenario with New scenario ({new}), interview a \
                             first meeting with New from a meeting ({meeting}), or leave \
                             presentation mode with F11 to pick one from the library. The \
                             result follows every answer as you type, with its reasons and \
                             sources."
                        )
                    } else {
                        format!(
                            "pick a scenario from the library on the left, start your own \
                             with New scenario ({new}), or interview a first meeting with New \
                             from a meeting ({meeting}). The result follows every answer as \
                             you type, with its reasons and sources. F11 presents it in large \
                             type."
                        )
                    });
                    if ui.button("Got it").clicked() {
                        self.preferences.first_run_hint_seen = true;
                    }
                });
            });
        ui.add_space(theme::SECTION_GAP / 2.0);
    }

    /// Above the editor: a bundled template is marked read-only before anyone tries to save.
    pub(super) fn template_mark(&self, ui: &mut Ui) {
        if !matches!(self.active_document().source, Source::Bundled(_)) {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new("Template")
                    .strong()
                    .color(theme::warning(ui.dark()))
                    .background_color(theme::warning(ui.dark()).gamma_multiply(theme::BADGE_WASH)),
            )
            .on_hover_text("Bundled with the app; it cannot be overwritten.");
            ui.muted("read-only: edit freely, and saving asks for a file of your own.");
        });
    }
}
