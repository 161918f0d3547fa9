//! The editor's later questions.
//!
//! Those that separate close candidates (a copy in the app, who keeps the schedule, what
//! travels, a low-code flow), and the conflicts shown beside the fields whose answers disagree.

use egui::Ui;

use crate::core::evaluation::Note;
use crate::core::field::{Field, LATER, Later};
use crate::core::model::{OpenQuestion, Requirements};
use crate::gui::ui_ext::UiExt as _;

/// Shows each conflict under the last of its fields in the form, so that it appears once,
/// after the user has seen every answer it names.
pub fn conflicts_at(ui: &mut Ui, warnings: &[Note], field: Field) {
    for warning in warnings {
        // The file's order of the fields (`Field`'s order) is the editor's order too.
        let last = warning.fields.iter().max();
        if last.is_some_and(|last| *last == field) {
            ui.horizontal_wrapped(|ui| {
                ui.warning_text(&warning.text);
                ui.source_link(&warning.source);
            });
        }
    }
}

/// "Not known yet" for a question a first meeting may leave open: the answer above then
/// stands in for it, and the result says what each answer would change.
pub fn open_toggle(
    ui: &mut Ui,
    r: &mut Requirements,
    question: OpenQuestion,
    ask_next: Option<Field>,
) {
    ui.horizontal(|ui| {
        let mut open = r.is_open(question);
        let response = ui.checkbox(&mut open, "Not known yet");
        // Eight boxes read the same on screen; a screen reader names the question too.
        let spoken = format!(
            "{} not known yet",
            crate::core::text::capitalise(question.words())
        );
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::CheckBox, true, open, &spoken)
        });
        if response
            .on_hover_text("The answer shown stands in for it; the result lists what each answer would lead to.")
            .changed()
        {
            r.set_open(question, open);
        }
        ask_next_marker(ui, question.field(), ask_next);
    });
}

/// "Ask next" beside the open question whose answer matters most.
pub fn ask_next_marker(ui: &mut Ui, field: Field, ask_next: Option<Field>) {
    if ask_next == Some(field) {
        let colour = crate::gui::theme::warning(ui.dark());
        ui.label(
            egui::RichText::new("ask next")
                .small()
                .strong()
                .color(colour),
        )
        .on_hover_text("Of the answers not known yet, this one changes the result most.");
    }
}

/// Radio buttons for a later question's answer, "Not asked yet" first.
fn later_choices(ui: &mut Ui, r: &mut Requirements, later: &Later) {
    let mut choice = (later.get)(r);
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(&mut choice, None, "Not asked yet");
        for (index, option) in later.choices.iter().enumerate() {
            ui.radio_value(&mut choice, Some(index), option.label);
        }
    });
    if choice != (later.get)(r) {
        (later.set)(r, choice);
    }
}

fn question(ui: &mut Ui, field: Field, warnings: &[Note], control: impl FnOnce(&mut Ui)) {
    let Some(question) = field.question() else {
        return;
    };
    ui.caption(question);
    control(ui);
    conflicts_at(ui, warnings, field);
    ui.help_line(question);
    ui.add_space(crate::gui::theme::SECTION_GAP);
}

/// The separating questions. Those that do not apply to the answers so far are shown only
/// once answered, so that a stale answer can still be seen and cleared.
pub fn separating_questions(ui: &mut Ui, r: &mut Requirements, warnings: &[Note]) {
    ui.heading("Questions that separate close candidates");
    ui.muted("Optional: answer them when the result is a tie, or when the customer already knows.");
    ui.add_space(crate::gui::theme::SECTION_GAP);
    for later in &LATER {
        if (later.applies)(r) || later.field.is_answered(r) {
            question(ui, later.field, warnings, |ui| later_choices(ui, r, later));
        }
    }
}
