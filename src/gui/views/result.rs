//! The result: the recommended pattern, prominent; warnings; the full ranking with fit badges,
//! each pattern's reasons with their sources; prerequisites; excluded patterns with the reason
//! that excluded them.

use egui::collapsing_header::CollapsingState;
use egui::{RichText, Ui};

use crate::bundled;
use crate::core::evaluation::{Evaluation, Fit, PatternResult};
use crate::gui::theme;
use crate::gui::ui_ext::UiExt;

/// The result view. It keeps no state of its own: what is open is egui's collapsing state.
#[derive(Default)]
pub struct ResultView;

impl ResultView {
    /// Draws the evaluation of the scenario titled `title`.
    pub fn ui(&mut self, ui: &mut Ui, title: &str, evaluation: &Evaluation) {
        let catalogue = bundled::catalogue();
        egui::ScrollArea::vertical()
            .id_salt("result")
            .show(ui, |ui| {
                ui.muted(title);
                match evaluation
                    .recommended
                    .as_deref()
                    .and_then(|id| catalogue.pattern(id))
                {
                    Some(pattern) => {
                        ui.label(
                            RichText::new(format!("Recommended: {}", pattern.name))
                                .size(theme::HEADLINE_SIZE)
                                .strong()
                                .color(theme::fit_colour(Fit::Recommended, ui.dark())),
                        );
                        ui.label(&pattern.summary);
                        ui.horizontal(|ui| {
                            ui.muted(format!(
                                "{} · {} · id {}",
                                pattern.family.label(),
                                pattern.timing.label(),
                                pattern.id
                            ));
                            ui.source_link(&pattern.docs);
                        });
                    }
                    None => {
                        ui.error_text(
                            "No pattern fits: every one is ruled out by a hard constraint.",
                        );
                    }
                }
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
                for result in &evaluation.ranking {
                    pattern_entry(ui, result);
                }
            });
    }
}

fn pattern_entry(ui: &mut Ui, result: &PatternResult) {
    let catalogue = bundled::catalogue();
    let name = catalogue.name_of(&result.pattern);
    // The fit is part of the id, so a pattern that becomes recommended opens, whatever was
    // remembered for it while it was not.
    let id = ui.make_persistent_id(("reasons", &result.pattern, result.fit == Fit::Recommended));
    CollapsingState::load_with_default_open(ui.ctx(), id, result.fit == Fit::Recommended)
        .show_header(ui, |ui| {
            ui.label(RichText::new(name).strong());
            ui.fit_badge(result.fit);
            ui.muted(format!("score {}", result.score));
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
        });
}

fn first_sentence(text: &str) -> &str {
    text.split_once(": ").map_or(text, |(head, _)| head)
}
