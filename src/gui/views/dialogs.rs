//! Modal questions and messages: unsaved changes, errors, and the path field used where no
//! system file dialog exists.

use std::path::PathBuf;

use egui::{Context, Id, Modal, RichText, TextEdit};

use crate::gui::command::Command;
use crate::gui::ui_ext::UiExt as _;

pub use crate::gui::dialog_data::{Dialog, PathPurpose};

/// Draws `dialog`; returns the commands the user chose and whether the dialog is finished.
pub fn show(ctx: &Context, dialog: &mut Dialog, commands: &mut Vec<Command>) -> bool {
    let mut done = false;
    // Escape or a click outside dismisses a message, not a question that must be answered.
    let must_answer = matches!(
        dialog,
        Dialog::UnsavedOnQuit { .. } | Dialog::UnsavedDocument { .. } | Dialog::Restore { .. }
    );
    let response = Modal::new(Id::unique("dialog")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        done = match dialog {
            Dialog::Path {
                purpose,
                text,
                note,
            } => path_field(ui, *purpose, text, note.as_deref(), commands),
            question => ask(ui, &wording(question), commands),
        };
    });
    if response.should_close() && !must_answer {
        done = true;
    }
    done
}

/// What a question says and offers.
struct Wording {
    heading: String,
    lines: Vec<String>,
    /// An error message, in the error colour.
    error: Option<String>,
    /// A quieter line under the text.
    note: Option<&'static str>,
    /// The answers: the button's words and the command it queues (none: just close).
    answers: Vec<(&'static str, Option<Command>)>,
}

const CANCEL: (&str, Option<Command>) = ("Cancel", None);

/// A question with a heading, lines of text and its answers.
fn plain(
    heading: &str,
    lines: Vec<String>,
    answers: Vec<(&'static str, Option<Command>)>,
) -> Wording {
    Wording {
        heading: heading.to_owned(),
        lines,
        error: None,
        note: None,
        answers,
    }
}

fn wording(dialog: &Dialog) -> Wording {
    match dialog {
        Dialog::UnsavedDocument { title } => plain(
            "Unsaved changes",
            vec![format!(
                "“{title}” has changes that are not saved. Save them first?"
            )],
            vec![
                ("Save", Some(Command::SaveThenClose)),
                (
                    "Close without saving",
                    Some(Command::DiscardAndCloseDocument),
                ),
                CANCEL,
            ],
        ),
        Dialog::UnsavedOnQuit { titles } => plain(
            "Unsaved changes",
            bulleted("These scenarios have changes that are not saved:", titles),
            vec![
                ("Save all and quit", Some(Command::SaveAllThenQuit)),
                ("Quit without saving", Some(Command::DiscardAndQuit)),
                CANCEL,
            ],
        ),
        Dialog::ConfirmReplace { path } => plain(
            "Replace the file?",
            vec![format!(
                "{} exists already. Replace it with this scenario?",
                path.display()
            )],
            vec![
                ("Replace it", Some(Command::ReplaceFile(path.clone()))),
                CANCEL,
            ],
        ),
        Dialog::ChangedOnDisk { path, missing } => changed_on_disk(path, *missing),
        Dialog::Restore { titles } => plain(
            "Restore unsaved work?",
            bulleted(
                "The last session ended before these edits were saved:",
                titles,
            ),
            [Command::RestoreRecovered, Command::DiscardRecovered]
                .map(|command| (command.label(), Some(command)))
                .into(),
        ),
        Dialog::Error { heading, message } => Wording {
            error: Some(message.clone()),
            note: Some("Nothing was changed: the scenario you had is still open."),
            ..plain(heading, Vec::new(), vec![("OK", None)])
        },
        Dialog::CommentsWouldBeLost { path } => plain(
            "Comments would be lost",
            vec![format!(
                "{} has comments. Comments are not part of the format, and saving writes the \
                 canonical form without them. Text meant to last belongs in Context.",
                path.display()
            )],
            vec![
                (
                    "Save without the comments",
                    Some(Command::SaveAsPath(path.clone())),
                ),
                CANCEL,
            ],
        ),
        Dialog::Path { .. } => plain("", Vec::new(), vec![CANCEL]),
    }
}

/// The file changed on disk, or is gone, since it was read or written here.
fn changed_on_disk(path: &std::path::Path, missing: bool) -> Wording {
    if missing {
        plain(
            "The file is gone",
            vec![format!(
                "{} was deleted or moved since it was opened here. Save this scenario there \
                 again, or somewhere else?",
                path.display()
            )],
            vec![
                ("Save it there again", Some(Command::SaveOverwriting)),
                ("Save as…", Some(Command::SaveAs)),
                CANCEL,
            ],
        )
    } else {
        plain(
            "The file changed on disk",
            vec![format!(
                "{} was changed by someone or something else since it was opened or saved \
                 here. Saving now would replace their changes.",
                path.display()
            )],
            [
                Command::SaveOverwriting,
                Command::ReloadFromDisk,
                Command::SaveAs,
            ]
            .map(|command| (command.label(), Some(command)))
            .into_iter()
            .chain([CANCEL])
            .collect(),
        )
    }
}

fn bulleted(intro: &str, items: &[String]) -> Vec<String> {
    std::iter::once(intro.to_owned())
        .chain(items.iter().map(|item| format!("• {item}")))
        .collect()
}

/// Draws a question; returns true once it is answered.
fn ask(ui: &mut egui::Ui, wording: &Wording, commands: &mut Vec<Command>) -> bool {
    ui.heading(wording.heading.as_str());
    for line in &wording.lines {
        ui.label(line.as_str());
    }
    if let Some(error) = &wording.error {
        ui.error_text(error);
    }
    if let Some(note) = wording.note {
        ui.muted(note);
    }
    let mut answered = false;
    ui.horizontal_wrapped(|ui| {
        for (words, command) in &wording.answers {
            if ui.button(*words).clicked() {
                commands.extend(command.clone());
                answered = true;
            }
        }
    });
    answered
}

/// The path field, for where no system file dialog is used; returns true once done.
fn path_field(
    ui: &mut egui::Ui,
    purpose: PathPurpose,
    text: &mut String,
    note: Option<&str>,
    commands: &mut Vec<Command>,
) -> bool {
    ui.heading(match purpose {
        PathPurpose::Open => "Open scenario or inventory",
        PathPurpose::SaveAs => "Save scenario as",
        PathPurpose::ExportRecord => "Export decision record (.md or .html)",
        PathPurpose::ExportPicture => "Export picture (.png)",
        PathPurpose::ExportPortfolio => {
            "Export the programme (.csv, .md, .json, .txt; .svg, .png or .html for the picture)"
        }
    });
    if let Some(note) = note {
        ui.label(RichText::new(note).italics());
    }
    let label = ui.label("File path");
    let field = ui
        .add(
            TextEdit::singleline(text)
                .desired_width(480.0)
                .hint_text("/path/to/scenario.ron"),
        )
        .labelled_by(label.id);
    // Typing goes into the field as soon as the dialog opens (once: the user may then move
    // on to the buttons).
    let focused_once = ui.make_persistent_id("path-field-focused");
    if !ui.data(|d| d.get_temp::<bool>(focused_once).unwrap_or(false)) {
        field.request_focus();
        ui.data_mut(|d| d.insert_temp(focused_once, true));
    }
    let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let mut done = false;
    ui.horizontal(|ui| {
        let confirm = ui.add_enabled(
            !text.trim().is_empty(),
            egui::Button::new(match purpose {
                PathPurpose::Open => "Open file",
                PathPurpose::SaveAs => "Save file",
                PathPurpose::ExportRecord
                | PathPurpose::ExportPicture
                | PathPurpose::ExportPortfolio => "Export",
            }),
        );
        if (confirm.clicked() || entered) && !text.trim().is_empty() {
            let path = PathBuf::from(text.trim());
            commands.push(Command::for_path(purpose, path));
            done = true;
        }
        if ui.button("Cancel").clicked() {
            done = true;
        }
    });
    if done {
        ui.data_mut(|d| d.remove::<bool>(focused_once));
    }
    done
}
