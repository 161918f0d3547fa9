//! The menu bar: File, Edit and View menus, the view tabs, and Undo, Redo and Save at hand.

use egui::Ui;

use crate::gui::View;
use crate::gui::command::Command;
use crate::gui::shortcuts::Shortcut as _;
use crate::gui::ui_ext::UiExt as _;
use crate::io::portfolio_report::ReportFormat;

use super::AdvisorApp;

impl AdvisorApp {
    pub(super) fn menu_bar(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for command in [
                    Command::NewScenario,
                    Command::NewFromMeeting,
                    Command::NewFromCopy,
                    Command::Open,
                    Command::Save,
                    Command::SaveAs,
                    Command::ExportRecord,
                    Command::CopyMarkdown,
                    Command::ExportPicture,
                    Command::CloseDocument,
                ] {
                    self.menu_item(ui, command);
                }
                ui.separator();
                let has_inventory = self.portfolio.loaded.is_some();
                for format in [ReportFormat::Csv, ReportFormat::Markdown] {
                    ui.add_enabled_ui(has_inventory, |ui| {
                        self.menu_item(ui, Command::ExportPortfolio(format));
                    });
                }
                ui.menu_button("Open recent", |ui| {
                    if self.preferences.recent_files.is_empty() {
                        ui.muted("No recent files");
                    }
                    for path in self.preferences.recent_files.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.commands.push(Command::OpenPath(path));
                        }
                    }
                });
                ui.separator();
                self.menu_item(ui, Command::Quit);
            });
            ui.menu_button("Edit", |ui| {
                let document = self.workspace.active();
                let (can_undo, can_redo) = (document.can_undo(), document.can_redo());
                ui.add_enabled_ui(can_undo, |ui| self.menu_item(ui, Command::Undo));
                ui.add_enabled_ui(can_redo, |ui| self.menu_item(ui, Command::Redo));
            });
            ui.menu_button("View", |ui| {
                for command in [
                    Command::ToggleTheme,
                    Command::ZoomIn,
                    Command::ZoomOut,
                    Command::ZoomReset,
                    Command::TogglePresentation,
                ] {
                    self.menu_item(ui, command);
                }
            });
            ui.separator();
            for view in View::ALL {
                if ui
                    .selectable_label(self.preferences.view == view, view.label())
                    .clicked()
                {
                    self.commands.push(Command::ShowView(view));
                }
            }
            ui.separator();
            let document = self.workspace.active();
            if ui
                .add_enabled(document.can_undo(), egui::Button::new("Undo"))
                .clicked()
            {
                self.commands.push(Command::Undo);
            }
            if ui
                .add_enabled(document.can_redo(), egui::Button::new("Redo"))
                .clicked()
            {
                self.commands.push(Command::Redo);
            }
            if ui.button("Save").clicked() {
                self.commands.push(Command::Save);
            }
        });
    }

    fn menu_item(&mut self, ui: &mut Ui, command: Command) {
        let mut button = egui::Button::new(command.label());
        if let Some(shortcut) = command.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        if ui.add(button).clicked() {
            self.commands.push(command);
        }
    }
}
