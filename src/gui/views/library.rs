//! The library panel: the bundled scenarios and the files opened this session. Selecting one
//! shows it; the buttons queue commands.

use egui::{RichText, Ui};

use crate::gui::command::Command;
use crate::gui::document::{Document, Source};
use crate::gui::ui_ext::UiExt as _;
use crate::io::disk::DiskState;

/// The library panel. It keeps no state: the app owns the documents and the selection.
#[derive(Default)]
pub struct LibraryView;

impl LibraryView {
    /// Draws the library and queues what the user asks for.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        documents: &[Document],
        active: usize,
        commands: &mut Vec<Command>,
    ) {
        ui.heading("Library");
        ui.horizontal_wrapped(|ui| {
            for command in [Command::NewScenario, Command::NewFromCopy, Command::Open] {
                let button = ui.button(command.label());
                let button = match command.shortcut() {
                    Some(shortcut) => button.on_hover_text(ui.ctx().format_shortcut(&shortcut)),
                    None => button,
                };
                if button.clicked() {
                    commands.push(command);
                }
            }
        });
        ui.separator();
        egui::ScrollArea::vertical().id_salt("library").show(ui, |ui| {
            let mut section = |ui: &mut Ui, heading: &str, bundled: bool| {
                let entries: Vec<(usize, &Document)> = documents
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| matches!(d.source, Source::Bundled(_)) == bundled)
                    .collect();
                if entries.is_empty() {
                    return;
                }
                ui.label(RichText::new(heading).strong());
                for (index, document) in entries {
                    let mark = if document.is_unsaved() { " •" } else { "" };
                    let drift = document.drift();
                    let warn = if drift.is_some() { " ⚠" } else { "" };
                    let disk = match document.disk_state {
                        DiskState::Unchanged => "",
                        DiskState::Changed => " (changed on disk)",
                        DiskState::Missing => " (file gone)",
                    };
                    let text = format!("{}{mark}{warn}{disk}", document.scenario.title);
                    let hover = match &drift {
                        Some(drift) => format!("{}\nDrift: {drift}", document.name()),
                        None => document.name(),
                    };
                    let response = ui.selectable_label(index == active, text).on_hover_text(hover);
                    if response.clicked() {
                        commands.push(Command::SelectDocument(document.id));
                    }
                }
                ui.add_space(8.0);
            };
            section(ui, "Your scenarios", false);
            section(ui, "Bundled scenarios (templates)", true);
            ui.muted("• marks unsaved changes; ⚠ a recorded decision the engine no longer agrees with. Bundled scenarios are read-only: saving one asks for a new file.");
        });
    }
}
