//! The result.
//!
//! A headline as decided as the outcome (a clear recommendation, a tie and what would settle
//! it, or no fit); warnings; the full ranking with fit badges, each pattern's reasons with
//! their sources; prerequisites and implementation steps of the leaders; excluded patterns with
//! the reason that excluded them.

use egui::collapsing_header::CollapsingState;
use egui::{RichText, Ui};

use crate::core::advice::OutcomeWords;
use crate::core::catalogue::Catalogue;
use crate::core::catalogue::{Lifecycle, Pattern};
use crate::core::evaluation::{Evaluation, Fit, Outcome, PatternResult};
use crate::core::explain;
use crate::core::flips::answer_words;
use crate::core::model::Requirements;
use crate::gui::View;
use crate::gui::command::Command;
use crate::gui::document::{Document, DocumentId, Source};
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::gui::views::pictures;

/// The result view. What is open is egui's collapsing state; the view keeps the step of the
/// decision path the user opened, and what it drew last.
#[derive(Default)]
pub struct ResultView {
    path_step: Option<crate::core::explain::Step>,
    /// The document and view drawn, and the pass they were drawn in.
    last_drawn: Option<(DocumentId, View, u64)>,
}

impl ResultView {
    /// Draws the evaluation of `document`'s scenario, in `view`. In presentation mode the
    /// headline stays in place above what scrolls.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        document: &Document,
        view: View,
        presentation: bool,
        commands: &mut Vec<Command>,
    ) {
        let evaluation = &document.advice.evaluation;
        // Another document, another view, or the first drawing since the window opened (egui
        // keeps scroll offsets between runs): start at the headline, not where the last
        // reader left off.
        let pass = ui.ctx().cumulative_pass_nr();
        let continues = matches!(self.last_drawn,
            Some((id, shown, drawn)) if id == document.id && shown == view && drawn + 1 >= pass);
        self.last_drawn = Some((document.id, view, pass));
        let pinned = presentation && !is_unanswered(document);
        if pinned {
            ui.muted(&document.scenario.title);
            headline(ui, document);
        }
        let mut area = egui::ScrollArea::vertical().id_salt("result");
        if !continues {
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| {
                if !pinned {
                    ui.muted(&document.scenario.title);
                }
                if is_unanswered(document) {
                    ui.label(
                        RichText::new("Answer the questions to see a recommendation")
                            .size(theme::HEADLINE_SIZE)
                            .strong(),
                    );
                    ui.label("A new scenario starts from neutral answers; the result appears here as soon as an answer is changed.");
                    return;
                }
                if let Some(drift) = document.drift() {
                    ui.label(
                        RichText::new(format!("⚠ The recorded decision no longer holds: {drift}."))
                            .strong()
                            .color(theme::warning(ui.dark())),
                    );
                    ui.muted("`integration-advisor check` fails on this file in CI. Record the new decision, or mark this one superseded.");
                }
                if !pinned {
                    headline(ui, document);
                }
                if let Some(line) = &document.change_line {
                    ui.label(RichText::new(line).italics());
                }
                open_answers(ui, document);
                flip_chips(ui, document, commands);
                ui.add_space(theme::SECTION_GAP / 2.0);
                ui.label(RichText::new("How it was decided").strong());
                pictures::decision_path(ui, evaluation, document.catalogue(), &mut self.path_step);
                ui.add_space(theme::SECTION_GAP / 2.0);
                ui.label(RichText::new("Volume").strong());
                pictures::volume(ui, document, commands);
                why_over(ui, evaluation, document.catalogue());
                if !evaluation.warnings.is_empty() {
                    ui.add_space(theme::SECTION_GAP);
                    ui.label(RichText::new("Warnings").strong());
                    for warning in &evaluation.warnings {
                        ui.horizontal_wrapped(|ui| {
                            ui.warning_text(&warning.text);
                            ui.source_link(&warning.source);
                        });
                    }
                }
                ui.add_space(theme::SECTION_GAP);
                ui.label(RichText::new("Ranking of all patterns").strong());
                let key = document.name();
                for (rank, result) in evaluation.ranking.iter().enumerate() {
                    pattern_entry(ui, &key, rank, result, evaluation, document.catalogue());
                }
            });
    }
}

/// With answers not known yet: the patterns still possible, and the question to ask next.
fn open_answers(ui: &mut Ui, document: &Document) {
    let Some(open) = &document.advice.open else {
        return;
    };
    let catalogue = document.catalogue();
    let names: Vec<&str> = open
        .possible
        .iter()
        .filter_map(|id| catalogue.pattern(id))
        .map(|p| p.short_name())
        .collect();
    ui.add_space(theme::SECTION_GAP / 2.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Not known yet:").strong());
        ui.label(format!(
            "the ranking assumes the answers shown. Possible, depending on the open answers: {}.",
            explain::possible_patterns(&names, explain::join_or)
        ));
    });
    if let Some(ask) = open.ask_next.first().filter(|ask| ask.outcomes > 1) {
        let caption = ask.field.question().map_or(ask.field.name(), |q| q.caption);
        ui.label(
            RichText::new(format!("Ask next: {caption} ({})", ask.words()))
                .strong()
                .color(theme::warning(ui.dark())),
        );
    }
}

/// "What would change it": one chip per answer that changes the result, each trying that
/// answer as an undoable edit when clicked.
fn flip_chips(ui: &mut Ui, document: &Document, commands: &mut Vec<Command>) {
    if document.advice.flips.is_empty() {
        return;
    }
    let catalogue = document.catalogue();
    // One chip per wording: two answers of one field that read alike say the same thing.
    let mut chips: Vec<(String, &crate::core::flips::Flip)> = Vec::new();
    for flip in &document.advice.flips {
        let to = if flip.conflicting {
            "conflicting answers".to_owned()
        } else {
            OutcomeWords::of_flip(flip, |id| catalogue.name_of(id).to_owned())
                .phrases()
                .chip
        };
        let short = to.split_once(" (").map_or(to.as_str(), |(s, _)| s);
        let chip = format!("{} → {short}", answer_words(flip));
        if !chips.iter().any(|(known, _)| *known == chip) {
            chips.push((chip, flip));
        }
    }
    // Answers that lead to another pattern first, and only a few of them: the rest (and the
    // answers that would only contradict others) fold away, so that the pictures and reasons
    // stay in sight on a laptop's screen.
    chips.sort_by_key(|(_, flip)| flip.conflicting);
    let shown = chips
        .iter()
        .take_while(|(_, flip)| !flip.conflicting)
        .count()
        .clamp(1, theme::CHIPS_SHOWN);
    let (first, rest) = chips.split_at(shown.min(chips.len()));
    let mut chip_button = |ui: &mut Ui, (chip, flip): &(String, &crate::core::flips::Flip)| {
        if ui
            .button(RichText::new(chip).small())
            .on_hover_text(format!(
                "{}: {} instead of {}. Click to try it; Ctrl+Z undoes it.",
                flip.field,
                crate::io::answer_text(&flip.to),
                crate::io::answer_text(&flip.from)
            ))
            .clicked()
        {
            commands.push(Command::TryAnswers(Box::new(flip.requirements.clone())));
        }
    };
    ui.add_space(theme::SECTION_GAP / 2.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("What would change it:").strong());
        for chip in first {
            chip_button(ui, chip);
        }
    });
    if !rest.is_empty() {
        egui::CollapsingHeader::new(format!("{} more answers that would change it", rest.len()))
            .id_salt("more-flips")
            .default_open(false)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    for chip in rest {
                        chip_button(ui, chip);
                    }
                });
            });
    }
}

/// "Why A over B": for the leader and the runner-up (or the first two tied), the reasons that
/// differ, side by side; the shared ones fold away.
fn why_over(ui: &mut Ui, evaluation: &Evaluation, catalogue: &Catalogue) {
    let Some((first, second)) = explain::contenders(evaluation) else {
        return;
    };
    let short = |id: &str| {
        catalogue
            .pattern(id)
            .map_or(id.to_owned(), |p| p.short_name().to_owned())
    };
    let (a, b) = (short(&first.pattern), short(&second.pattern));
    let differences = explain::differences(first, second);
    ui.add_space(theme::SECTION_GAP / 2.0);
    let title = if evaluation.outcome == Outcome::Tie {
        format!("What differs between {a} and {b}")
    } else {
        format!("Why {a} over {b}")
    };
    CollapsingState::load_with_default_open(ui.ctx(), ui.make_persistent_id("why-over"), true)
        .show_header(ui, |ui| {
            ui.label(RichText::new(title).strong());
        })
        .body(|ui| {
            for (name, reasons) in [
                (&a, &differences.only_first),
                (&b, &differences.only_second),
            ] {
                ui.label(RichText::new(format!("Only for {name}")).strong());
                if reasons.is_empty() {
                    ui.muted("nothing of its own");
                }
                for reason in reasons {
                    ui.reason_line(reason, &catalogue.parameters);
                }
            }
            if !differences.shared.is_empty() {
                let shared = match differences.shared.len() {
                    1 => "1 reason they share".to_owned(),
                    n => format!("{n} reasons they share"),
                };
                ui.collapsing(shared, |ui| {
                    for reason in &differences.shared {
                        ui.reason_line(reason, &catalogue.parameters);
                    }
                });
            }
        });
}

/// A new scenario nobody has answered yet: it shows no recommendation.
fn is_unanswered(document: &Document) -> bool {
    matches!(document.source, Source::Untitled(_))
        && document.scenario.requirements == Requirements::new_scenario()
}

/// The headline, as decided as the outcome: a recommendation only when it is clear.
fn headline(ui: &mut Ui, document: &Document) {
    if document.computing() {
        // Many answers are open and the advice is on its way from another thread: what is
        // below is the last complete advice, and no headline is claimed for the new answers.
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(
                RichText::new("Weighing every combination of the open answers…")
                    .size(theme::HEADLINE_SIZE)
                    .color(theme::muted(ui.dark())),
            );
        });
        return;
    }
    let catalogue = document.catalogue();
    let evaluation = &document.advice.evaluation;
    let colour = match evaluation.outcome {
        _ if explain::contradiction(evaluation).is_some() => theme::warning(ui.dark()),
        Outcome::Clear => theme::fit_colour(Fit::Recommended, ui.dark()),
        Outcome::Tie | Outcome::Open => theme::fit_colour(Fit::Suitable, ui.dark()),
        Outcome::NoFit | Outcome::None => theme::warning(ui.dark()),
    };
    let phrases = document.advice.phrases(catalogue);
    ui.label(
        RichText::new(phrases.headline)
            .size(theme::HEADLINE_SIZE)
            .strong()
            .color(colour),
    );
    match evaluation.outcome {
        Outcome::Clear => {
            if let Some(pattern) = evaluation
                .recommended
                .as_deref()
                .and_then(|id| catalogue.pattern(id))
            {
                ui.horizontal_wrapped(|ui| {
                    ui.label(&pattern.summary);
                    ui.source_link(&pattern.docs);
                });
            }
            if let Some(runner_up) = evaluation.ranking.get(1).filter(|r| r.fit != Fit::Excluded) {
                ui.muted(format!(
                    "Runner-up: {}",
                    catalogue.name_of(&runner_up.pattern)
                ));
            }
        }
        Outcome::Tie => {
            for id in &evaluation.tied {
                if let Some(pattern) = catalogue.pattern(id) {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(format!("{}:", pattern.name)).strong());
                        ui.label(&pattern.summary);
                    });
                }
            }
            if document.advice.settlers.is_empty() {
                ui.muted("No further question separates them: the choice is the team's, on the documented differences.");
            } else {
                ui.label(RichText::new("What would settle it").strong());
                for settler in &document.advice.settlers {
                    ui.label(format!(
                        "• {} → {}",
                        settler.answer,
                        catalogue.name_of(&settler.leads)
                    ));
                }
            }
        }
        // The other outcomes are explained in a sentence.
        Outcome::Open | Outcome::NoFit | Outcome::None => {
            if let Some(explanation) = phrases.explanation {
                ui.label(explanation);
            }
        }
    }
}

/// How many of the closest patterns open by themselves when nothing fits.
const CLOSEST_SHOWN: usize = 2;

fn pattern_entry(
    ui: &mut Ui,
    document_key: &str,
    rank: usize,
    result: &PatternResult,
    evaluation: &Evaluation,
    catalogue: &Catalogue,
) {
    let name = catalogue.name_of(&result.pattern);
    let leads = match evaluation.outcome {
        Outcome::Clear | Outcome::Open => result.fit == Fit::Recommended,
        Outcome::Tie => evaluation.tied.contains(&result.pattern),
        Outcome::NoFit | Outcome::None => false,
    };
    // With no fit, the closest patterns open, so that what counts against them is in view.
    let open = leads
        || (evaluation.outcome == Outcome::NoFit
            && rank < CLOSEST_SHOWN
            && result.fit != Fit::Excluded);
    // Whether it opens is part of the id, so a pattern that comes to lead opens, whatever was
    // remembered for it while it did not.
    // The document is part of the id too, so what was opened for one scenario does not stay
    // open when another is shown.
    let id = ui.make_persistent_id(("reasons", document_key, &result.pattern, open));
    let mut state = CollapsingState::load_with_default_open(ui.ctx(), id, open);
    let header = ui.horizontal(|ui| {
        state.show_toggle_button(ui, egui::collapsing_header::paint_default_icon);
        // The name opens and closes the row too, not only the small arrow.
        let name_clicked = ui
            .add(egui::Label::new(RichText::new(name).strong()).sense(egui::Sense::click()))
            .on_hover_text("Show or hide the reasons")
            .clicked();
        ui.standing_badge(evaluation, result);
        if let Some(pattern) = catalogue.pattern(&result.pattern)
            && pattern.lifecycle != Lifecycle::Current
        {
            ui.muted(pattern.lifecycle.label());
        }
        if let Some(exclusion) = result.exclusion() {
            ui.muted(format!("— {}", first_sentence(&exclusion.text)));
        }
        name_clicked
    });
    if header.inner {
        state.toggle(ui);
    }
    state.show_body_indented(&header.response, ui, |ui| {
        for reason in &result.reasons {
            ui.horizontal_wrapped(|ui| {
                ui.effect_badge(reason.effect, &catalogue.parameters);
                ui.label(&reason.text);
                ui.source_link(&reason.source);
            });
        }
        if !result.prerequisites.is_empty() {
            ui.label(RichText::new("Prerequisites").strong());
            for note in &result.prerequisites {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("• {}", note.text));
                    ui.source_link(&note.source);
                });
            }
        }
        if leads && let Some(pattern) = catalogue.pattern(&result.pattern) {
            steps(ui, pattern);
        }
    });
}

/// The implementation steps on both sides.
fn steps(ui: &mut Ui, pattern: &Pattern) {
    for (side, steps) in [
        ("Steps in F&O", &pattern.steps.finops),
        ("Steps in the other application", &pattern.steps.other_side),
    ] {
        if steps.is_empty() {
            continue;
        }
        ui.horizontal(|ui| {
            ui.label(RichText::new(side).strong());
            ui.source_link(&pattern.steps.source);
        });
        for (index, step) in steps.iter().enumerate() {
            ui.label(format!("{}. {step}", index + 1));
        }
    }
}

fn first_sentence(text: &str) -> &str {
    text.split_once(": ").map_or(text, |(head, _)| head)
}
