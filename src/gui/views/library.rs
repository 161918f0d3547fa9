//! The library panel: the bundled scenarios and the files opened this session. Selecting one
//! shows it; the buttons queue commands.

use std::path::Path;

use egui::{RichText, Ui};

use crate::gui::View;
use crate::gui::command::Command;
use crate::gui::document::{Document, Source};
use crate::gui::loaded_inventory::SampleInventory;
use crate::gui::shortcuts::Shortcut as _;
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
        inventory: Option<&Path>,
        showing_inventory: bool,
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
            let section = |ui: &mut Ui, commands: &mut Vec<Command>, heading: &str, bundled: bool| {
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
                    // One selection in the library: the scenario, unless the Portfolio view
                    // shows an inventory instead.
                    let selected = index == active && !showing_inventory;
                    let response = ui.selectable_label(selected, text).on_hover_text(hover);
                    if response.clicked() {
                        commands.push(Command::SelectDocument(document.id));
                    }
                }
                ui.add_space(8.0);
            };
            section(ui, commands, "Your scenarios", false);
            inventories(ui, inventory.filter(|_| showing_inventory), inventory, commands);
            section(ui, commands, "Bundled scenarios (templates)", true);
            ui.muted("• marks unsaved changes; ⚠ a recorded decision the advice no longer supports. Bundled scenarios are read-only: saving one asks for a new file.");
        });
    }
}

/// The inventories: the one `loaded` in the Portfolio view, if it is the user's, and the
/// bundled sample programme as CSV and as a workbook; `shown` is selected, while the Portfolio
/// view shows it. Each opens in the Portfolio view.
fn inventories(
    ui: &mut Ui,
    shown: Option<&Path>,
    loaded: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new("Interface inventories").strong());
    if let Some(path) = loaded.filter(|path| !SampleInventory::is_sample(path)) {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into(),
        );
        if ui
            .selectable_label(shown == Some(path), name)
            .on_hover_text(path.display().to_string())
            .clicked()
        {
            commands.push(Command::ShowView(View::Portfolio));
        }
    }
    for sample in SampleInventory::ALL {
        if ui
            .selectable_label(shown == Some(Path::new(sample.file_name())), sample.label())
            .on_hover_text("62 interfaces of a typical F&O programme, bundled with the app")
            .clicked()
        {
            commands.push(Command::OpenSampleInventory(sample));
        }
    }
    ui.add_space(8.0);
}
