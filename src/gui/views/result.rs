//! The result: a headline as decided as the outcome (a clear recommendation, a tie and what
//! would settle it, or no fit); warnings; the full ranking with fit badges, each pattern's
//! reasons with their sources; prerequisites and implementation steps of the leaders;
//! excluded patterns with the reason that excluded them.

use egui::collapsing_header::CollapsingState;
use egui::{RichText, Ui};

use crate::bundled;
use crate::core::catalogue::{Lifecycle, Pattern};
use crate::core::evaluation::{Evaluation, Fit, Outcome, PatternResult};
use crate::core::explain;
use crate::core::model::Requirements;
use crate::gui::document::{Document, Source};
use crate::gui::theme;
use crate::gui::ui_ext::UiExt;

/// The result view. It keeps no state of its own: what is open is egui's collapsing state.
#[derive(Default)]
pub struct ResultView;

impl ResultView {
    /// Draws the evaluation of `document`'s scenario.
    pub fn ui(&mut self, ui: &mut Ui, document: &Document) {
        let evaluation = &document.evaluation;
        egui::ScrollArea::vertical()
            .id_salt("result")
            .show(ui, |ui| {
                ui.muted(&document.scenario.title);
                if is_unanswered(document) {
                    ui.label(
                        RichText::new("Answer the questions to see a recommendation")
                            .size(theme::HEADLINE_SIZE)
                            .strong(),
                    );
                    ui.label("A new scenario starts from neutral answers; the result appears here as soon as an answer is changed.");
                    return;
                }
                headline(ui, document);
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
                for (rank, result) in evaluation.ranking.iter().enumerate() {
                    pattern_entry(ui, rank, result, evaluation);
                }
            });
    }
}

/// A new scenario nobody has answered yet: it shows no recommendation.
fn is_unanswered(document: &Document) -> bool {
    matches!(document.source, Source::Untitled(_))
        && document.scenario.requirements == Requirements::default()
}

/// The headline, as decided as the outcome: a recommendation only when it is clear.
fn headline(ui: &mut Ui, document: &Document) {
    let catalogue = bundled::catalogue();
    let evaluation = &document.evaluation;
    let colour = match evaluation.outcome {
        Outcome::Clear => theme::fit_colour(Fit::Recommended, ui.dark()),
        Outcome::Tie => theme::fit_colour(Fit::Suitable, ui.dark()),
        Outcome::NoFit | Outcome::None => theme::warning(ui.dark()),
    };
    ui.label(
        RichText::new(explain::headline(evaluation, catalogue))
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
            if document.settlers.is_empty() {
                ui.muted("No further question separates them: the choice is the team's, on the documented differences.");
            } else {
                ui.label(RichText::new("What would settle it").strong());
                for settler in &document.settlers {
                    ui.label(format!(
                        "• {} → {}",
                        settler.answer,
                        catalogue.name_of(&settler.leads)
                    ));
                }
            }
        }
        Outcome::NoFit => {
            ui.label("Nothing in these answers speaks for any pattern. The closest ones, and what counts against them, are below; check the answers, or add the ones not given yet.");
        }
        Outcome::None => {
            ui.label("Every pattern is ruled out by a hard constraint, such as where F&O runs or which way the data flows. Revisit those answers.");
        }
    }
}

/// How many of the closest patterns open by themselves when nothing fits.
const CLOSEST_SHOWN: usize = 2;

fn pattern_entry(ui: &mut Ui, rank: usize, result: &PatternResult, evaluation: &Evaluation) {
    let catalogue = bundled::catalogue();
    let name = catalogue.name_of(&result.pattern);
    let leads = match evaluation.outcome {
        Outcome::Clear => result.fit == Fit::Recommended,
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
    let id = ui.make_persistent_id(("reasons", &result.pattern, open));
    CollapsingState::load_with_default_open(ui.ctx(), id, open)
        .show_header(ui, |ui| {
            ui.label(RichText::new(name).strong());
            ui.standing_badge(evaluation, result);
            if let Some(pattern) = catalogue.pattern(&result.pattern)
                && pattern.lifecycle != Lifecycle::Current
            {
                ui.muted(pattern.lifecycle.label());
            }
            if let Some(exclusion) = result.exclusion() {
                ui.muted(format!("— {}", first_sentence(&exclusion.text)));
            }
        })
        .body(|ui| {
            for reason in &result.reasons {
                ui.horizontal_wrapped(|ui| {
                    ui.effect_badge(reason.effect);
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
