//! Side by side: two or more scenarios (inputs and results in columns, differing rows marked),
//! or the leading candidate patterns of the shown scenario.

use std::collections::BTreeSet;

use egui::{Grid, RichText, Ui};

use crate::core::evaluation::{Effect, Fit, Outcome, Reason};
use crate::core::explain;
use crate::core::field::LATER;
use crate::gui::document::{Document, DocumentId};
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;

/// How many candidate patterns are shown next to each other.
const CANDIDATES: usize = 3;

/// What is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CompareMode {
    /// Several scenarios, side by side.
    #[default]
    Scenarios,
    /// The leading patterns of the shown scenario.
    Candidates,
}

/// The compare view's state: the mode and which documents are in the comparison.
#[derive(Default)]
pub struct CompareView {
    /// What is compared.
    pub mode: CompareMode,
    /// The documents compared, by id (so that documents added or closed elsewhere never
    /// shift the choice); fewer than two means "the shown one and the next".
    pub chosen: BTreeSet<DocumentId>,
}

impl CompareView {
    /// Draws the comparison over the library's documents; `active` is the one shown.
    pub fn ui(&mut self, ui: &mut Ui, documents: &[Document], active: usize) {
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.mode, CompareMode::Scenarios, "Compare scenarios");
            ui.selectable_value(
                &mut self.mode,
                CompareMode::Candidates,
                "Compare candidate patterns",
            );
        });
        ui.separator();
        match self.mode {
            CompareMode::Scenarios => self.scenarios(ui, documents, active),
            CompareMode::Candidates => {
                if let Some(document) = documents.get(active) {
                    candidates(ui, document);
                }
            }
        }
    }

    /// The documents in the comparison: the chosen ones, or the shown one and the next.
    pub fn compared(&self, documents: &[Document], active: usize) -> Vec<usize> {
        let chosen: Vec<usize> = documents
            .iter()
            .enumerate()
            .filter(|(_, d)| self.chosen.contains(&d.id))
            .map(|(index, _)| index)
            .collect();
        if chosen.len() >= 2 {
            return chosen;
        }
        let mut defaults = vec![active];
        if documents.len() > 1 {
            defaults.push((active + 1) % documents.len());
        }
        defaults
    }

    fn scenarios(&mut self, ui: &mut Ui, documents: &[Document], active: usize) {
        let compared = self.compared(documents, active);
        ui.collapsing("Scenarios in the comparison", |ui| {
            ui.horizontal_wrapped(|ui| {
                for (index, document) in documents.iter().enumerate() {
                    let mut included = compared.contains(&index);
                    if ui
                        .checkbox(&mut included, &document.scenario.title)
                        .changed()
                    {
                        if self.chosen.len() < 2 {
                            self.chosen = compared.iter().map(|&i| documents[i].id).collect();
                        }
                        if included {
                            self.chosen.insert(document.id);
                        } else {
                            self.chosen.remove(&document.id);
                        }
                    }
                }
            });
        });
        let columns: Vec<&Document> = compared.iter().filter_map(|&i| documents.get(i)).collect();
        if columns.len() < 2 {
            ui.muted("Choose two or more scenarios to compare.");
            return;
        }
        let dark = ui.dark();
        egui::ScrollArea::both()
            .id_salt("compare-scroll")
            .show(ui, |ui| {
                Grid::new("compare-grid")
                    .striped(true)
                    .min_col_width(140.0)
                    .show(ui, |ui| {
                        ui.label("");
                        for document in &columns {
                            ui.label(RichText::new(&document.scenario.title).strong());
                        }
                        ui.end_row();
                        let rows: Vec<Vec<(&str, String)>> =
                            columns.iter().map(|d| input_rows(d)).collect();
                        for (index, (caption, _)) in rows[0].iter().enumerate() {
                            let values: Vec<String> =
                                rows.iter().map(|row| row[index].1.clone()).collect();
                            comparison_row(ui, caption, &values, dark);
                        }
                        for pattern in &documents[active].catalogue().patterns {
                            let values: Vec<String> = columns
                                .iter()
                                .map(|d| {
                                    // In the scenario's own terms: "tied" in a tie, "closest"
                                    // when nothing fits, as the result view says.
                                    d.advice.evaluation.result(&pattern.id).map_or(
                                        String::new(),
                                        |result| {
                                            explain::standing(&d.advice.evaluation, result)
                                                .to_owned()
                                        },
                                    )
                                })
                                .collect();
                            comparison_row(ui, &pattern.name, &values, dark);
                        }
                    });
            });
    }
}

/// One row; when the values differ, the caption says so and the cells are highlighted.
fn comparison_row(ui: &mut Ui, caption: &str, values: &[String], dark: bool) {
    let differs = values.windows(2).any(|pair| pair[0] != pair[1]);
    if differs {
        ui.label(
            RichText::new(format!("{caption} (differs)"))
                .strong()
                .background_color(theme::highlight(dark)),
        );
    } else {
        ui.label(caption);
    }
    for value in values {
        let text = RichText::new(value);
        ui.label(if differs {
            text.strong().background_color(theme::highlight(dark))
        } else {
            text
        });
    }
    ui.end_row();
}

/// The leaders only: the tied patterns of a tie; otherwise the top and the patterns that are
/// suitable beside it. A weak pattern is no candidate.
fn leading_candidates(
    evaluation: &crate::core::evaluation::Evaluation,
) -> Vec<&crate::core::evaluation::PatternResult> {
    match evaluation.outcome {
        Outcome::Tie => evaluation
            .tied
            .iter()
            .filter_map(|id| evaluation.result(id))
            .collect(),
        _ => evaluation
            .ranking
            .iter()
            .enumerate()
            .filter(|(rank, r)| *rank == 0 || r.fit == Fit::Suitable)
            .map(|(_, r)| r)
            .filter(|r| r.fit != Fit::Excluded)
            .take(CANDIDATES)
            .collect(),
    }
}

/// What would settle a tie, or that nothing would.
fn what_would_settle_it(ui: &mut Ui, document: &Document) {
    let catalogue = document.catalogue();
    if document.advice.settlers.is_empty() {
        ui.muted("No further question separates them: the choice is the team's, on the documented differences below.");
    } else {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("What would settle it:").strong());
            for settler in &document.advice.settlers {
                ui.label(format!(
                    "{} → {}",
                    settler.answer,
                    catalogue.name_of(&settler.leads)
                ));
            }
        });
    }
}

/// The leading candidates of one scenario next to each other: what each needs, what speaks
/// for and against it.
fn candidates(ui: &mut Ui, document: &Document) {
    let catalogue = document.catalogue();
    let evaluation = &document.advice.evaluation;
    let leaders = leading_candidates(evaluation);
    ui.label(
        RichText::new(format!(
            "Leading patterns for “{}”",
            document.scenario.title
        ))
        .strong(),
    );
    if evaluation.outcome == Outcome::Tie {
        what_would_settle_it(ui, document);
    }
    egui::ScrollArea::vertical()
        .id_salt("candidates-scroll")
        .show(ui, |ui| {
            ui.columns(leaders.len().max(1), |columns| {
                for (ui, result) in columns.iter_mut().zip(&leaders) {
                    let Some(pattern) = catalogue.pattern(&result.pattern) else {
                        continue;
                    };
                    // `columns` lays its children out justified, which stretches wrapped
                    // text letter by letter; plain left alignment reads properly.
                    ui.push_id(&result.pattern, |ui| {
                        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                            ui.heading(&pattern.name);
                            ui.standing_badge(&document.advice.evaluation, result);
                            ui.label(&pattern.summary);
                            // What sets this candidate apart comes first; what all candidates
                            // share folds away.
                            let shared_by_all = |r: &Reason| {
                                leaders.iter().all(|other| {
                                    other
                                        .reasons
                                        .iter()
                                        .any(|o| o.rule == r.rule && o.effect == r.effect)
                                })
                            };
                            for (heading, wanted) in [("For", true), ("Against", false)] {
                                ui.add_space(theme::SECTION_GAP);
                                ui.label(RichText::new(heading).strong());
                                let reasons: Vec<_> = result
                                    .reasons
                                    .iter()
                                    .filter(|r| {
                                        matches!(r.effect, Effect::Favours(_)) == wanted
                                            && r.effect != Effect::Notes
                                            && !shared_by_all(r)
                                    })
                                    .collect();
                                if reasons.is_empty() {
                                    ui.muted("nothing of its own");
                                }
                                for reason in reasons {
                                    ui.reason_line(reason, &catalogue.parameters);
                                }
                            }
                            let shared: Vec<_> = result
                                .reasons
                                .iter()
                                .filter(|r| r.effect != Effect::Notes && shared_by_all(r))
                                .collect();
                            if !shared.is_empty() {
                                ui.collapsing(
                                    format!("{} shared with the others", shared.len()),
                                    |ui| {
                                        for reason in shared {
                                            ui.reason_line(reason, &catalogue.parameters);
                                        }
                                    },
                                );
                            }
                            ui.add_space(theme::SECTION_GAP);
                            ui.label(RichText::new("Needs").strong());
                            for note in &result.prerequisites {
                                ui.horizontal_wrapped(|ui| {
                                    ui.label(format!("• {}", note.text));
                                    ui.source_link(&note.source);
                                });
                            }
                        });
                    });
                }
            });
        });
}

/// The compared inputs and the recommendation of one document, as (caption, value).
fn input_rows(document: &Document) -> Vec<(&'static str, String)> {
    let r = &document.scenario.requirements;
    let mut rows = vec![
        ("Counterpart", r.counterpart.label().to_owned()),
        ("Direction", r.direction.label().to_owned()),
        ("Who starts", r.initiator.label().to_owned()),
        ("Exchange", r.exchange.label().to_owned()),
        ("Real time", yes_no(r.real_time)),
        (
            "Peak records per hour",
            r.peak_records_per_hour
                .map_or("unknown".to_owned(), crate::core::text::group_thousands),
        ),
        ("Frequency", r.frequency.label()),
        ("Where F&O runs", r.deployment.title().to_owned()),
        ("Error feedback", r.error_feedback.label().to_owned()),
        ("Incremental", yes_no(r.incremental)),
        (
            "Outcome",
            crate::core::explain::headline(&document.advice.evaluation, document.catalogue()),
        ),
    ];
    // The later questions, as the editor asks and answers them, before the outcome.
    let later = LATER.iter().map(|later| {
        let caption = later
            .field
            .question()
            .map_or(later.field.name(), |q| q.caption);
        let answer = later.choice(r).map_or("not asked", |choice| choice.label);
        (caption, answer.to_owned())
    });
    let outcome = rows.len() - 1;
    rows.splice(outcome..outcome, later);
    rows
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_owned()
}
