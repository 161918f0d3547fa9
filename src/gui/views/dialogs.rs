//! Modal questions and messages: unsaved changes, errors, and the path field used where no
//! system file dialog exists.

use std::path::PathBuf;

use egui::{Context, Id, Modal, RichText, TextEdit};

use crate::gui::command::Command;
use crate::gui::ui_ext::UiExt as _;

pub use crate::gui::dialog::{Dialog, PathPurpose};

/// Draws `dialog`; returns the commands the user chose and whether the dialog is finished.
pub fn show(ctx: &Context, dialog: &mut Dialog, commands: &mut Vec<Command>) -> bool {
    let mut done = false;
    let response = Modal::new(Id::unique("dialog")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        match dialog {
            Dialog::UnsavedDocument { title } => {
                ui.heading("Unsaved changes");
                ui.label(format!("“{title}” has changes that are not saved. Save them first?"));
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        commands.push(Command::SaveThenClose);
                        done = true;
                    }
                    if ui.button("Close without saving").clicked() {
                        commands.push(Command::DiscardAndCloseDocument);
                        done = true;
                    }
                    if ui.button("Cancel").clicked() {
                        done = true;
                    }
                });
            }
            Dialog::UnsavedOnQuit { titles } => {
                ui.heading("Unsaved changes");
                ui.label("These scenarios have changes that are not saved:");
                for title in titles.iter() {
                    ui.label(format!("• {title}"));
                }
                ui.horizontal(|ui| {
                    if ui.button("Save all and quit").clicked() {
                        commands.push(Command::SaveAllThenQuit);
                        done = true;
                    }
                    if ui.button("Quit without saving").clicked() {
                        commands.push(Command::DiscardAndQuit);
                        done = true;
                    }
                    if ui.button("Cancel").clicked() {
                        done = true;
                    }
                });
            }
            Dialog::ConfirmReplace { path } => {
                ui.heading("Replace the file?");
                ui.label(format!("{} exists already. Replace it with this scenario?", path.display()));
                ui.horizontal(|ui| {
                    if ui.button(Command::ReplaceFile(path.clone()).label()).clicked() {
                        commands.push(Command::ReplaceFile(path.clone()));
                        done = true;
                    }
                    if ui.button("Cancel").clicked() {
                        done = true;
                    }
                });
            }
            Dialog::ChangedOnDisk { path, missing } => {
                if *missing {
                    ui.heading("The file is gone");
                    ui.label(format!(
                        "{} was deleted or moved since it was opened here. Save this scenario \
                         there again, or somewhere else?",
                        path.display()
                    ));
                } else {
                    ui.heading("The file changed on disk");
                    ui.label(format!(
                        "{} was changed by someone or something else since it was opened or \
                         saved here. Saving now would replace their changes.",
                        path.display()
                    ));
                }
                ui.horizontal_wrapped(|ui| {
                    let mut choices = vec![Command::SaveOverwriting];
                    if !*missing {
                        choices.push(Command::ReloadFromDisk);
                    }
                    choices.push(Command::SaveAs);
                    for command in choices {
                        let label = match (&command, *missing) {
                            (Command::SaveOverwriting, true) => "Save it there again",
                            _ => command.label(),
                        };
                        if ui.button(label).clicked() {
                            commands.push(command);
                            done = true;
                        }
                    }
                    if ui.button("Cancel").clicked() {
                        done = true;
                    }
                });
            }
            Dialog::Restore { titles } => {
                ui.heading("Restore unsaved work?");
                ui.label("The last session ended before these edits were saved:");
                for title in titles.iter() {
                    ui.label(format!("• {title}"));
                }
                ui.horizontal(|ui| {
                    if ui.button(Command::RestoreRecovered.label()).clicked() {
                        commands.push(Command::RestoreRecovered);
                        done = true;
                    }
                    if ui.button(Command::DiscardRecovered.label()).clicked() {
                        commands.push(Command::DiscardRecovered);
                        done = true;
                    }
                });
            }
            Dialog::Error { heading, message } => {
                ui.heading(heading.as_str());
                ui.error_text(message);
                ui.muted("Nothing was changed: the scenario you had is still open.");
                if ui.button("OK").clicked() {
                    done = true;
                }
            }
            Dialog::CommentsWouldBeLost { path } => {
                ui.heading("Comments would be lost");
                ui.label(format!(
                    "{} has comments. Comments are not part of the format, and saving writes the canonical form without them. Text meant to last belongs in Context.",
                    path.display()
                ));
                ui.horizontal(|ui| {
                    if ui.button("Save without the comments").clicked() {
                        commands.push(Command::SaveAsPath(path.clone()));
                        done = true;
                    }
                    if ui.button("Cancel").clicked() {
                        done = true;
                    }
                });
            }
            Dialog::Path { purpose, text, note } => {
                ui.heading(match purpose {
                    PathPurpose::Open => "Open scenario",
                    PathPurpose::SaveAs => "Save scenario as",
                    PathPurpose::ExportRecord => "Export decision record (.md or .html)",
                    PathPurpose::ExportPicture => "Export picture (.png)",
                });
                if let Some(note) = note {
                    ui.label(RichText::new(note.as_str()).italics());
                }
                let label = ui.label("File path");
                let field = ui
                    .add(TextEdit::singleline(text).desired_width(480.0).hint_text("/path/to/scenario.ron"))
                    .labelled_by(label.id);
                // Typing goes into the field as soon as the dialog opens (once: the user may
                // then move on to the buttons).
                let focused_once = ui.make_persistent_id("path-field-focused");
                if !ui.data(|d| d.get_temp::<bool>(focused_once).unwrap_or(false)) {
                    field.request_focus();
                    ui.data_mut(|d| d.insert_temp(focused_once, true));
                }
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    let confirm = ui.add_enabled(!text.trim().is_empty(), egui::Button::new(match purpose {
                        PathPurpose::Open => "Open file",
                        PathPurpose::SaveAs => "Save file",
                        PathPurpose::ExportRecord | PathPurpose::ExportPicture => "Export",
                    }));
                    if (confirm.clicked() || entered) && !text.trim().is_empty() {
                        let path = PathBuf::from(text.trim());
                        commands.push(match purpose {
                            PathPurpose::Open => Command::OpenPath(path),
                            PathPurpose::SaveAs => Command::SaveAsPath(path),
                            PathPurpose::ExportRecord => Command::ExportRecordTo(path),
                            PathPurpose::ExportPicture => Command::ExportPictureTo(path),
                        });
                        done = true;
                    }
                    if ui.button("Cancel").clicked() {
                        done = true;
                    }
                });
                if done {
                    ui.data_mut(|d| d.remove::<bool>(focused_once));
                }
            }
        }
    });
    if response.should_close()
        && !matches!(
            dialog,
            Dialog::UnsavedOnQuit { .. } | Dialog::UnsavedDocument { .. } | Dialog::Restore { .. }
        )
    {
        done = true;
    }
    done
}
