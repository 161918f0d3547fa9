//! The comparison table of every pattern, in the source document's terms (timing, batch,
//! technology, the apps it connects) with the current scenario's fit;
//!
//! a row opens the pattern's fact sheet below the table, with everything else and its sources.

use std::cmp::Ordering;

use egui::{Align, Label, Layout, RichText, Sense, TextStyle, Ui};
use egui_extras::{Column, TableBuilder};

use crate::core::catalogue::{Catalogue, Pattern};
use crate::core::evaluation::Evaluation;
use crate::core::model::Direction;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;

use super::fact_sheet;

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortColumn {
    /// The catalogue's order.
    Catalogue,
    /// Fit for the current scenario.
    Fit,
    /// Name.
    Name,
    /// Timing.
    Timing,
    /// Batch or not.
    Batch,
}

/// The patterns view's state: sort order and the pattern whose fact sheet is open.
pub struct PatternsView {
    sort: SortColumn,
    descending: bool,
    /// The pattern whose fact sheet is shown.
    pub selected: Option<String>,
    /// Set when a row was chosen: the next frame scrolls its fact sheet into view.
    scroll_to_sheet: bool,
}

impl Default for PatternsView {
    fn default() -> Self {
        Self {
            sort: SortColumn::Catalogue,
            descending: false,
            selected: None,
            scroll_to_sheet: false,
        }
    }
}

/// The table's columns: caption, what sorts by it, and the share of the width left after the
/// fixed columns (0 for a fixed column, whose width is in points).
const COLUMNS: [(&str, Option<SortColumn>, ColumnWidth); 6] = [
    ("Fit", Some(SortColumn::Fit), ColumnWidth::Points(95.0)),
    ("Pattern", Some(SortColumn::Name), ColumnWidth::Share(0.34)),
    (
        "Timing",
        Some(SortColumn::Timing),
        ColumnWidth::Points(110.0),
    ),
    ("Batch", Some(SortColumn::Batch), ColumnWidth::Points(70.0)),
    ("Technology", None, ColumnWidth::Share(0.28)),
    ("Dynamics 365 apps", None, ColumnWidth::Share(0.38)),
];

/// How wide a column is.
#[derive(Debug, Clone, Copy)]
enum ColumnWidth {
    /// A fixed width, in points.
    Points(f32),
    /// A share of the width the fixed columns leave.
    Share(f32),
}

/// The narrowest a shared column may become before the table scrolls sideways.
const SHARED_COLUMN_MIN: f32 = 120.0;
/// Space above and below a row's text.
const ROW_PADDING: f32 = 8.0;

impl PatternsView {
    /// Draws the table of `catalogue`'s patterns, with `evaluation` giving each pattern's fit
    /// for the shown scenario.
    pub fn ui(&mut self, ui: &mut Ui, evaluation: &Evaluation, catalogue: &Catalogue) {
        let mut rows: Vec<(usize, &Pattern)> = catalogue.patterns.iter().enumerate().collect();
        rows.sort_by(|a, b| {
            let ordering = compare(self.sort, a, b, evaluation);
            if self.descending {
                ordering.reverse()
            } else {
                ordering
            }
        });
        egui::ScrollArea::both()
            .id_salt("patterns-page")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if let Some(apps) = shared_finops_apps(&catalogue.patterns) {
                    ui.muted(format!(
                        "Every pattern serves the F&O apps {apps}. Choose a row for its fact sheet."
                    ));
                }
                self.table(ui, &rows, evaluation);
                let Some(pattern) = self
                    .selected
                    .as_deref()
                    .and_then(|id| catalogue.pattern(id))
                else {
                    return;
                };
                ui.add_space(theme::SECTION_GAP);
                ui.separator();
                let mut open = true;
                let sheet = ui.scope(|ui| {
                    fact_sheet::show(ui, pattern, evaluation.fit(&pattern.id), &mut open);
                });
                if std::mem::take(&mut self.scroll_to_sheet) {
                    sheet.response.scroll_to_me(Some(Align::Min));
                }
                if !open {
                    self.selected = None;
                }
            });
    }

    fn table(&mut self, ui: &mut Ui, rows: &[(usize, &Pattern)], evaluation: &Evaluation) {
        let widths = column_widths(ui.available_width(), ui.spacing().item_spacing.x);
        let body_font = TextStyle::Body.resolve(ui.style());
        let line_height = ui.text_style_height(&TextStyle::Body);
        // Every cell wraps, so nothing is cut short; each row is as tall as its tallest cell.
        let heights: Vec<f32> = rows
            .iter()
            .map(|(_, pattern)| {
                let tallest = cells(pattern)
                    .iter()
                    .zip(&widths[2..])
                    .map(|(text, width)| {
                        ui.painter()
                            .layout(
                                text.clone(),
                                body_font.clone(),
                                egui::Color32::WHITE,
                                *width,
                            )
                            .size()
                            .y
                    })
                    .chain(std::iter::once(
                        ui.painter()
                            .layout(
                                pattern.name.clone(),
                                body_font.clone(),
                                egui::Color32::WHITE,
                                widths[1],
                            )
                            .size()
                            .y,
                    ))
                    .fold(line_height, f32::max);
                tallest + ROW_PADDING
            })
            .collect();
        let leaders = crate::core::explain::leaders(evaluation);
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
        // A click anywhere on a row opens its fact sheet: text selection would swallow it.
        ui.style_mut().interaction.selectable_labels = false;
        // Highlighted rows are faint, so that the badges on them keep their contrast.
        let dark = ui.dark();
        let text = ui.visuals().text_color();
        ui.visuals_mut().selection.bg_fill = theme::row_highlight(dark);
        ui.visuals_mut().selection.stroke.color = text;
        let mut table = TableBuilder::new(ui)
            .id_salt("patterns-table")
            .striped(true)
            .vscroll(false)
            .sense(Sense::click())
            .cell_layout(Layout::top_down(Align::Min));
        for width in &widths {
            table = table.column(Column::exact(*width));
        }
        table
            .header(line_height + ROW_PADDING + 4.0, |mut header| {
                for (caption, column, _) in COLUMNS {
                    header.col(|ui| self.header_cell(ui, caption, column));
                }
            })
            .body(|body| {
                body.heterogeneous_rows(heights.into_iter(), |mut row| {
                    let (_, pattern) = rows[row.index()];
                    let is_leader = leaders.contains(&pattern.id.as_str());
                    // The whole row of the current recommendation (or of each tied pattern)
                    // is highlighted.
                    row.set_selected(is_leader);
                    row.col(|ui| {
                        if let Some(result) = evaluation.result(&pattern.id) {
                            ui.standing_badge(evaluation, result);
                        }
                    });
                    row.col(|ui| {
                        let name = RichText::new(&pattern.name);
                        ui.add(Label::new(if is_leader { name.strong() } else { name }).wrap());
                    });
                    let [timing, batch, technology, apps] = cells(pattern);
                    for text in [timing, batch] {
                        row.col(|ui| {
                            ui.add(Label::new(text).wrap());
                        });
                    }
                    row.col(|ui| {
                        // The full phrase is one hover away; the table keeps the brief one.
                        ui.add(Label::new(technology).wrap())
                            .on_hover_text(&pattern.technology);
                    });
                    row.col(|ui| {
                        ui.add(Label::new(apps).wrap());
                    });
                    if row.response().clicked() {
                        self.open_sheet(&pattern.id);
                    }
                });
            });
    }

    fn header_cell(&mut self, ui: &mut Ui, caption: &str, column: Option<SortColumn>) {
        let Some(column) = column else {
            ui.label(RichText::new(caption).strong());
            return;
        };
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

    /// Opens a pattern's fact sheet below the table and scrolls to it.
    pub fn open_sheet(&mut self, id: &str) {
        self.selected = Some(id.to_owned());
        self.scroll_to_sheet = true;
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

/// Each column's width for a table `available` points wide: fixed columns keep theirs, the
/// others share what is left (never below [`SHARED_COLUMN_MIN`]; the page scrolls sideways
/// when the window is narrower than that).
fn column_widths(available: f32, spacing: f32) -> Vec<f32> {
    let fixed: f32 = COLUMNS
        .iter()
        .map(|(_, _, width)| match width {
            ColumnWidth::Points(points) => *points,
            ColumnWidth::Share(_) => 0.0,
        })
        .sum();
    let gaps = spacing * COLUMNS.len() as f32;
    let left = (available - fixed - gaps).max(0.0);
    COLUMNS
        .iter()
        .map(|(_, _, width)| match width {
            ColumnWidth::Points(points) => *points,
            ColumnWidth::Share(share) => (left * share).max(SHARED_COLUMN_MIN),
        })
        .collect()
}

/// The texts of the columns after the name: timing, batch, technology, apps (the source
/// document's comparison; direction and the rest are in the fact sheet).
fn cells(pattern: &Pattern) -> [String; 4] {
    let apps: Vec<&str> = pattern
        .model_driven_apps
        .iter()
        .map(|app| app.short_label())
        .collect();
    [
        pattern.timing.label().to_owned(),
        if pattern.batch { "yes" } else { "no" }.to_owned(),
        pattern.technology_brief.clone(),
        if apps.is_empty() {
            "none directly".to_owned()
        } else {
            apps.join(", ")
        },
    ]
}

/// The F&O apps, when every pattern serves the same ones (then they need no column).
fn shared_finops_apps(patterns: &[Pattern]) -> Option<String> {
    let first = &patterns.first()?.finops_apps;
    patterns.iter().all(|p| &p.finops_apps == first).then(|| {
        let names: Vec<&str> = first.iter().map(String::as_str).collect();
        crate::core::explain::join_and(&names)
    })
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
        SortColumn::Timing => a.timing.label().cmp(b.timing.label()),
        SortColumn::Batch => b.batch.cmp(&a.batch),
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
