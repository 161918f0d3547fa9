//! The comparison table of every pattern: sortable columns, the current scenario's fit, the
//! recommendation highlighted; a row opens the pattern's fact sheet with its sources.

use std::cmp::Ordering;

use egui::{Label, RichText, Sense, Ui};
use egui_extras::{Column, TableBuilder};

use crate::bundled;
use crate::core::catalogue::Pattern;
use crate::core::evaluation::{Evaluation, Fit};
use crate::core::model::{Deployment, Direction, Initiator};
use crate::gui::theme;
use crate::gui::ui_ext::UiExt;

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortColumn {
    /// The catalogue's order.
    Catalogue,
    /// Fit for the current scenario.
    Fit,
    /// Name.
    Name,
    /// Family.
    Family,
    /// Timing.
    Timing,
    /// Batch or not.
    Batch,
    /// Deployments.
    Deployment,
    /// Throttling.
    Throttling,
    /// Lifecycle.
    Lifecycle,
}

/// The patterns view's state: sort order and the pattern whose fact sheet is open.
pub struct PatternsView {
    sort: SortColumn,
    descending: bool,
    /// The pattern whose fact sheet is shown.
    pub selected: Option<String>,
}

impl Default for PatternsView {
    fn default() -> Self {
        Self {
            sort: SortColumn::Catalogue,
            descending: false,
            selected: None,
        }
    }
}

impl PatternsView {
    /// Draws the table, with `evaluation` giving each pattern's fit for the shown scenario.
    pub fn ui(&mut self, ui: &mut Ui, evaluation: &Evaluation) {
        let catalogue = bundled::catalogue();
        if let Some(pattern) = self
            .selected
            .as_deref()
            .and_then(|id| catalogue.pattern(id))
        {
            let mut open = true;
            egui::Panel::bottom("fact-sheet")
                .resizable(true)
                .default_size(ui.available_height() * 0.45)
                .show(ui, |ui| {
                    fact_sheet(ui, pattern, evaluation.fit(&pattern.id), &mut open)
                });
            if !open {
                self.selected = None;
            }
        }
        let mut rows: Vec<(usize, &Pattern)> = catalogue.patterns.iter().enumerate().collect();
        rows.sort_by(|a, b| {
            let ordering = compare(self.sort, a, b, evaluation);
            if self.descending {
                ordering.reverse()
            } else {
                ordering
            }
        });
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        egui::ScrollArea::horizontal()
            .id_salt("patterns-scroll")
            .show(ui, |ui| self.table(ui, &rows, evaluation, row_height));
    }

    fn table(
        &mut self,
        ui: &mut Ui,
        rows: &[(usize, &Pattern)],
        evaluation: &Evaluation,
        row_height: f32,
    ) {
        // One line per row: long names and texts are cut short, with the full text on hover.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        let leaders = crate::core::explain::leaders(evaluation);
        TableBuilder::new(ui)
            .id_salt("patterns-table")
            .striped(true)
            .resizable(true)
            .sense(Sense::click())
            .column(Column::auto().at_least(90.0))
            .column(Column::initial(230.0).at_least(120.0))
            .columns(Column::auto().at_least(70.0), 4)
            .column(Column::initial(150.0).clip(true))
            .column(Column::auto().at_least(80.0))
            .column(Column::initial(200.0).clip(true))
            .column(Column::auto().at_least(80.0))
            .column(Column::initial(200.0).clip(true))
            .column(Column::remainder().at_least(80.0))
            .header(row_height + 4.0, |mut header| {
                for (column, caption) in [
                    (Some(SortColumn::Fit), "Fit"),
                    (Some(SortColumn::Name), "Pattern"),
                    (Some(SortColumn::Family), "Family"),
                    (Some(SortColumn::Timing), "Timing"),
                    (Some(SortColumn::Batch), "Batch"),
                    (None, "Direction"),
                    (None, "Technology"),
                    (Some(SortColumn::Deployment), "Deployment"),
                    (None, "Errors and status"),
                    (Some(SortColumn::Throttling), "Throttling"),
                    (None, "Documented limits"),
                    (Some(SortColumn::Lifecycle), "Lifecycle"),
                ] {
                    header.col(|ui| match column {
                        Some(column) => {
                            let arrow = match (self.sort == column, self.descending) {
                                (true, false) => " ↑",
                                (true, true) => " ↓",
                                (false, _) => "",
                            };
                            let response = ui
                                .button(RichText::new(format!("{caption}{arrow}")).strong())
                                .on_hover_text(format!("Sort by {}", caption.to_lowercase()));
                            if response.clicked() {
                                self.sort_by(column);
                            }
                        }
                        None => {
                            ui.label(RichText::new(caption).strong());
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, rows.len(), |mut row| {
                    let (_, pattern) = rows[row.index()];
                    let is_recommended = leaders.contains(&pattern.id.as_str());
                    let is_selected = self.selected.as_deref() == Some(pattern.id.as_str());
                    // The whole row of the current recommendation (or of each tied pattern)
                    // is highlighted.
                    row.set_selected(is_recommended);
                    row.col(|ui| {
                        if let Some(result) = evaluation.result(&pattern.id) {
                            ui.standing_badge(evaluation, result);
                        }
                    });
                    row.col(|ui| {
                        let text = if is_recommended {
                            RichText::new(&pattern.name).strong()
                        } else {
                            RichText::new(&pattern.name)
                        };
                        if ui
                            .selectable_label(is_selected, text)
                            .on_hover_text("Open the fact sheet")
                            .clicked()
                        {
                            self.selected = Some(pattern.id.clone());
                        }
                    });
                    cell(&mut row, pattern.family.label());
                    cell(&mut row, pattern.timing.label());
                    cell(&mut row, if pattern.batch { "yes" } else { "no" });
                    cell(&mut row, &directions(pattern));
                    cell(&mut row, &pattern.technology);
                    cell(&mut row, &Deployment::list(&pattern.deployments));
                    cell(&mut row, &pattern.status_model.text);
                    cell(
                        &mut row,
                        if pattern.throttling.subject_to_limits {
                            "service protection"
                        } else {
                            "exempt"
                        },
                    );
                    cell(
                        &mut row,
                        &pattern
                            .limits
                            .first()
                            .map(|l| l.text.clone())
                            .unwrap_or_default(),
                    );
                    cell(&mut row, pattern.lifecycle.label());
                    if row.response().clicked() {
                        self.selected = Some(pattern.id.clone());
                    }
                });
            });
    }

    fn sort_by(&mut self, column: SortColumn) {
        if self.sort == column {
            self.descending = !self.descending;
        } else {
            self.sort = column;
            self.descending = false;
        }
    }
}

fn cell(row: &mut egui_extras::TableRow<'_, '_>, text: &str) {
    row.col(|ui| {
        ui.add(Label::new(text).truncate()).on_hover_text(text);
    });
}

fn compare(
    column: SortColumn,
    a: &(usize, &Pattern),
    b: &(usize, &Pattern),
    evaluation: &Evaluation,
) -> Ordering {
    let (ai, a) = *a;
    let (bi, b) = *b;
    let primary = match column {
        SortColumn::Catalogue => Ordering::Equal,
        SortColumn::Fit => {
            let rank = |p: &Pattern| {
                evaluation
                    .ranking
                    .iter()
                    .position(|r| r.pattern == p.id)
                    .unwrap_or(usize::MAX)
            };
            rank(a).cmp(&rank(b))
        }
        SortColumn::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
        SortColumn::Family => a.family.label().cmp(b.family.label()),
        SortColumn::Timing => a.timing.label().cmp(b.timing.label()),
        SortColumn::Batch => b.batch.cmp(&a.batch),
        SortColumn::Deployment => b.deployments.len().cmp(&a.deployments.len()),
        SortColumn::Throttling => a
            .throttling
            .subject_to_limits
            .cmp(&b.throttling.subject_to_limits),
        SortColumn::Lifecycle => a.lifecycle.label().cmp(b.lifecycle.label()),
    };
    primary.then(ai.cmp(&bi))
}

/// `in, out, both ways`.
pub fn directions(pattern: &Pattern) -> String {
    pattern
        .directions
        .iter()
        .map(|d| match d {
            Direction::Inbound => "in",
            Direction::Outbound => "out",
            Direction::Bidirectional => "both ways",
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn initiators(pattern: &Pattern) -> String {
    pattern
        .initiated_by
        .iter()
        .map(|i| match i {
            Initiator::Counterpart => "the other side",
            Initiator::FinOps => "F&O",
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The full fact sheet of one pattern, every fact with its source.
fn fact_sheet(ui: &mut Ui, pattern: &Pattern, fit: Option<Fit>, open: &mut bool) {
    ui.horizontal(|ui| {
        ui.heading(format!("Fact sheet: {}", pattern.name));
        if let Some(fit) = fit {
            ui.fit_badge(fit);
        }
        if ui.button("Close fact sheet").clicked() {
            *open = false;
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("fact-sheet-scroll")
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(&pattern.summary);
                ui.source_link(&pattern.docs);
            });
            egui::Grid::new("fact-sheet-grid")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    let row = |ui: &mut Ui, name: &str, value: &str, source: Option<&str>| {
                        ui.label(RichText::new(name).strong());
                        ui.horizontal_wrapped(|ui| {
                            ui.label(value);
                            if let Some(source) = source {
                                ui.source_link(source);
                            }
                        });
                        ui.end_row();
                    };
                    row(ui, "Family", pattern.family.label(), None);
                    row(ui, "Timing", pattern.timing.label(), Some(&pattern.docs));
                    row(
                        ui,
                        "Batch",
                        if pattern.batch { "yes" } else { "no" },
                        Some(&pattern.docs),
                    );
                    row(ui, "Direction", &directions(pattern), Some(&pattern.docs));
                    row(ui, "Started by", &initiators(pattern), Some(&pattern.docs));
                    row(ui, "Technology", &pattern.technology, Some(&pattern.docs));
                    row(ui, "F&O apps", &pattern.finops_apps.join(", "), None);
                    let apps: Vec<&str> = pattern
                        .model_driven_apps
                        .iter()
                        .map(|a| a.label())
                        .collect();
                    row(
                        ui,
                        "Model-driven apps",
                        if apps.is_empty() { "none natively" } else { "" },
                        None,
                    );
                    if !apps.is_empty() {
                        ui.label("");
                        ui.label(apps.join(", "));
                        ui.end_row();
                    }
                    row(
                        ui,
                        "Deployment",
                        &Deployment::list(&pattern.deployments),
                        Some(&pattern.deployment_source),
                    );
                    row(
                        ui,
                        "Errors and status",
                        &pattern.status_model.text,
                        Some(&pattern.status_model.source),
                    );
                    row(
                        ui,
                        "Throttling",
                        &pattern.throttling.text,
                        Some(&pattern.throttling.source),
                    );
                    let entry = |value: &Option<String>| {
                        value.clone().unwrap_or_else(|| "not named".to_owned())
                    };
                    row(
                        ui,
                        "Synchronous entry point",
                        &entry(&pattern.entry_points.synchronous),
                        Some(&pattern.entry_points.source),
                    );
                    row(
                        ui,
                        "Asynchronous entry point",
                        &entry(&pattern.entry_points.asynchronous),
                        Some(&pattern.entry_points.source),
                    );
                    row(ui, "Lifecycle", pattern.lifecycle.label(), None);
                });
            for (heading, facts) in [
                ("Documented limits", &pattern.limits),
                ("Prerequisites", &pattern.prerequisites),
                ("Facts", &pattern.facts),
            ] {
                if facts.is_empty() {
                    continue;
                }
                ui.add_space(theme::SECTION_GAP);
                ui.label(RichText::new(heading).strong());
                for fact in facts {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(format!("• {}", fact.text));
                        ui.source_link(&fact.source);
                    });
                }
            }
        });
}
