//! The interview of a first meeting: one question at a time, in large type, with its help
//! line and numbered answers, and the patterns still possible beside it.

use egui::{RichText, Ui};

use crate::core::field::Field;
use crate::core::interview::{self, Choice};
use crate::gui::command::Command;
use crate::gui::document::Document;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;

/// Which document is interviewed, and the questions the user chose to leave open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interview {
    /// The document the answers go to.
    pub document: crate::gui::document::DocumentId,
    /// Questions skipped: they stay open and are not asked again.
    pub skipped: Vec<Field>,
}

/// The digit keys, 1 to 9, in the order of the answers they pick.
const DIGITS: [egui::Key; 9] = [
    egui::Key::Num1,
    egui::Key::Num2,
    egui::Key::Num3,
    egui::Key::Num4,
    egui::Key::Num5,
    egui::Key::Num6,
    egui::Key::Num7,
    egui::Key::Num8,
    egui::Key::Num9,
];

/// Draws the interview of `document` and queues what the user picks.
///
/// An answer (as one undoable edit), a skip, or the end. `keys`: whether its keys are read
/// (not while a dialog asks something, whose answer they would otherwise pre-empt).
pub fn ui(
    ui: &mut Ui,
    interview: &Interview,
    document: &Document,
    keys: bool,
    commands: &mut Vec<Command>,
) {
    let next = interview::next(&document.advice, &interview.skipped);
    let side = (ui.available_width() * 0.34).max(220.0);
    egui::Panel::right("interview-possible")
        .resizable(false)
        .default_size(side)
        .show(ui, |ui| possible(ui, document));
    egui::ScrollArea::vertical()
        .id_salt("interview")
        .show(ui, |ui| {
            ui.label(RichText::new("First meeting").strong());
            ui.add_space(theme::SECTION_GAP);
            if document.computing() {
                // The next question depends on advice still being worked out: no answer is
                // taken for a question that may no longer be the one to ask.
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(
                        RichText::new("Weighing the answers…").size(theme::INTERVIEW_ANSWER_SIZE),
                    );
                });
            } else if let Some((field, question)) =
                next.and_then(|field| Some((field, interview::question(field)?)))
            {
                ask(ui, field, question, document, keys, commands);
            } else {
                settled(ui, !interview.skipped.is_empty(), document, commands);
            }
        });
    if keys && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        commands.push(Command::EndInterview);
    }
}

/// The question in large type, its help line, its answers, and skip and end.
fn ask(
    ui: &mut Ui,
    field: Field,
    question: &crate::core::questions::Question,
    document: &Document,
    keys: bool,
    commands: &mut Vec<Command>,
) {
    ui.label(
        RichText::new(question.caption)
            .size(theme::INTERVIEW_QUESTION_SIZE)
            .strong(),
    );
    ui.help_line(question);
    ui.add_space(theme::SECTION_GAP);
    answers(ui, &interview::choices(field), document, keys, commands);
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal_wrapped(|ui| {
        let skip = ui
            .button(Command::SkipQuestion.label())
            .on_hover_text("S: the question stays open, and the next one is asked")
            .clicked();
        if skip || (keys && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::S))) {
            commands.push(Command::SkipQuestion);
        }
        end_button(ui, commands);
    });
    ui.muted("Keys: 1 to 9 pick an answer, S skips, Esc ends, Ctrl+Z undoes an answer.");
    ui.muted("Every answer can be changed later in the editor.");
}

/// Nothing left to ask: says so, with the headline.
fn settled(ui: &mut Ui, skipped: bool, document: &Document, commands: &mut Vec<Command>) {
    let words = if skipped {
        "Only the questions you skipped could still change the result."
    } else {
        "Nothing left open can change the result."
    };
    ui.label(
        RichText::new(words)
            .size(theme::INTERVIEW_QUESTION_SIZE)
            .strong(),
    );
    ui.label(crate::core::explain::headline(
        &document.advice.evaluation,
        document.catalogue(),
    ));
    ui.add_space(theme::SECTION_GAP);
    end_button(ui, commands);
}

/// One button per answer, numbered for its digit key; a digit picks it too.
fn answers(
    ui: &mut Ui,
    choices: &[Choice],
    document: &Document,
    keys: bool,
    commands: &mut Vec<Command>,
) {
    let requirements = &document.scenario.requirements;
    for (index, choice) in choices.iter().enumerate() {
        let key = DIGITS.get(index);
        let label = format!("{}  {}", index + 1, choice.label);
        let clicked = ui
            .add(
                egui::Button::new(RichText::new(label).size(theme::INTERVIEW_ANSWER_SIZE))
                    .min_size(egui::vec2(ui.available_width().min(520.0), 0.0)),
            )
            .clicked();
        let typed = keys
            && key.is_some_and(|key| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, *key)));
        if clicked || typed {
            commands.push(Command::TryAnswers(Box::new(
                choice.applied_to(requirements),
            )));
        }
    }
}

fn end_button(ui: &mut Ui, commands: &mut Vec<Command>) {
    if ui
        .button(Command::EndInterview.label())
        .on_hover_text("Esc: the answers stay, and the editor shows them")
        .clicked()
    {
        commands.push(Command::EndInterview);
    }
}

/// The patterns still possible, with their count.
fn possible(ui: &mut Ui, document: &Document) {
    let catalogue = document.catalogue();
    let evaluation = &document.advice.evaluation;
    let possible: Vec<String> = match &document.advice.open {
        Some(open) if !evaluation.pending.is_empty() => open.possible.clone(),
        _ => crate::core::explain::leaders(evaluation)
            .into_iter()
            .map(str::to_owned)
            .collect(),
    };
    let count = possible.len();
    ui.label(
        RichText::new(match count {
            1 => "1 pattern possible".to_owned(),
            n => format!("{n} patterns possible"),
        })
        .size(theme::INTERVIEW_ANSWER_SIZE)
        .strong(),
    );
    for id in &possible {
        let name = catalogue
            .pattern(id)
            .map_or(id.as_str(), |p| p.name.as_str());
        ui.label(name);
    }
    let r = &document.scenario.requirements;
    let answered: Vec<String> = interview::QUESTIONS
        .iter()
        .filter_map(|field| interview::answer_words(r, *field))
        .collect();
    if !answered.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        ui.label(RichText::new("Answered").strong());
        for words in answered {
            ui.muted(words);
        }
    }
}
