//! The Portfolio view: a whole interface inventory at once.
//!
//! A chart of interfaces per pattern, filters, and a table of every interface that stays
//! smooth at any length (only the rows on screen are drawn); a row opens its interface as a
//! scenario.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::core::evaluation::Outcome;
use crate::gui::command::Command;
use crate::gui::loaded_inventory::{LoadedPortfolio, PendingPortfolio, SampleInventory};
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::gui::views::{landscape, portfolio_chart};
use crate::io::portfolio_report::{ReportFormat, cell_error, summary_headline, unlisted_errors};

/// The view's state: the inventory shown and how it is filtered.
#[derive(Default)]
pub struct PortfolioView {
    /// The inventory shown, if one was opened.
    pub loaded: Option<LoadedPortfolio>,
    /// Text the title, id or pattern must contain.
    pub filter: String,
    /// Only interfaces with this outcome, if set.
    pub outcome: Option<Outcome>,
    /// Only interfaces this pattern is recommended for (or tied), by id, if set.
    pub pattern: Option<String>,
    /// An inventory being read; the view says so until it is ready.
    pub pending: Option<PendingPortfolio>,
    /// The column the table is sorted by (the inventory's order when none), and whether
    /// descending.
    sort: Option<(usize, bool)>,
    /// The rows that pass the filters, as indices into the inventory; `None` when they must
    /// be worked out again.
    shown: Option<Vec<usize>>,
    /// Whether the table or the landscape picture is shown.
    pub shows: PortfolioShows,
    /// Where the landscape was drawn in the last frame, in points: what Export PNG captures.
    pub landscape_rect: Option<egui::Rect>,
}

/// What the Portfolio view shows under its headline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PortfolioShows {
    /// The chart, the filters and the table of every interface.
    #[default]
    Table,
    /// The landscape picture: F&O, its systems and the arrows between.
    Landscape,
}

impl PortfolioView {
    /// Shows a newly opened inventory, unfiltered.
    pub fn show_inventory(&mut self, loaded: LoadedPortfolio) {
        self.loaded = Some(loaded);
        self.filter.clear();
        self.outcome = None;
        self.pattern = None;
        self.sort = None;
        self.shown = None;
    }

    /// The titles of the rows the table shows, in its order (after the last frame).
    pub fn shown_titles(&self) -> Vec<&str> {
        let (Some(loaded), Some(shown)) = (&self.loaded, &self.shown) else {
            return Vec::new();
        };
        shown
            .iter()
            .map(|&i| loaded.interfaces[i].scenario.title.as_str())
            .collect()
    }

    /// Draws the view.
    pub fn ui(&mut self, ui: &mut Ui, commands: &mut Vec<Command>) {
        if let Some(pending) = &self.pending {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(format!(
                    "Reading and evaluating {}…",
                    pending.path.display()
                ));
            });
        }
        let Some(loaded) = &self.loaded else {
            ui.heading("Portfolio");
            ui.label(
                "A whole programme at once: open an interface inventory (CSV or Excel .xlsx, \
                 one interface a row; a title, counterpart and direction column at least) \
                 with File ▸ Open or drop it on the window.",
            );
            ui.horizontal_wrapped(|ui| {
                if ui.button("Open an inventory…").clicked() {
                    commands.push(Command::Open);
                }
                if ui.button("Open the sample programme").clicked() {
                    commands.push(Command::OpenSampleInventory(SampleInventory::Csv));
                }
                if ui.button("Open it as an Excel workbook").clicked() {
                    commands.push(Command::OpenSampleInventory(SampleInventory::Workbook));
                }
            });
            return;
        };
        let summary = &loaded.summary;
        ui.horizontal_wrapped(|ui| {
            // The file's name; where it is, on hover (a full path crowds a projector).
            let name = loaded.path.file_name().map_or_else(
                || loaded.path.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            );
            ui.heading(name)
                .on_hover_text(loaded.path.display().to_string());
            for (format, caption) in [
                (ReportFormat::Csv, "Export CSV…"),
                (ReportFormat::Markdown, "Export Markdown…"),
            ] {
                let command = Command::ExportPortfolio(format);
                if ui.button(caption).on_hover_text(command.label()).clicked() {
                    commands.push(command);
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            let [outcomes, findings] = summary_headline(summary);
            ui.label(format!("{outcomes}; {findings}"));
        });
        if !loaded.errors.is_empty() {
            ui.collapsing(
                RichText::new(format!(
                    "⚠ {} bad cells: their rows are left out",
                    number(loaded.errors.count())
                ))
                .color(theme::error(ui.dark())),
                |ui| {
                    for error in &loaded.errors.listed {
                        ui.error_text(&cell_error(&loaded.path, error));
                    }
                    if let Some(unlisted) = unlisted_errors(&loaded.path, &loaded.errors) {
                        ui.error_text(&unlisted);
                    }
                },
            );
        }
        table_or_landscape(&mut self.shows, ui, commands);
        if self.shows == PortfolioShows::Landscape {
            let dark = ui.dark();
            self.landscape_rect = Some(landscape::paint(
                ui,
                &loaded.landscape,
                &loaded.layout,
                loaded.catalogue,
                dark,
            ));
            return;
        }
        self.landscape_rect = None;
        // The chart takes at most a third of the view, so that the table keeps room for rows
        // at 1280x720 and in presentation mode; it folds away for more.
        let chart_height = ui.available_height() / 3.0;
        egui::CollapsingHeader::new(RichText::new("Clear recommendations by pattern").strong())
            .id_salt("portfolio-chart-header")
            .default_open(true)
            .show(ui, |ui| {
                portfolio_chart::chart(ui, summary, loaded.catalogue, chart_height);
            });
        self.filters(ui);
        self.table(ui, commands);
    }

    fn filters(&mut self, ui: &mut Ui) {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Filter");
            if ui
                .add(egui::TextEdit::singleline(&mut self.filter).hint_text("title, id or pattern"))
                .labelled_by(label.id)
                .changed()
            {
                self.shown = None;
            }
            let before = self.outcome;
            let label = ui.label("Outcome");
            egui::ComboBox::from_id_salt("portfolio-outcome")
                .selected_text(self.outcome.map_or("every outcome", Outcome::label))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.outcome, None, "every outcome");
                    for outcome in Outcome::ALL {
                        ui.selectable_value(&mut self.outcome, Some(outcome), outcome.label());
                    }
                })
                .response
                .labelled_by(label.id);
            if self.outcome != before {
                self.shown = None;
            }
            self.pattern_filter(ui);
        });
    }

    /// The pattern filter: every pattern recommended or tied somewhere in the inventory.
    fn pattern_filter(&mut self, ui: &mut Ui) {
        let Some(loaded) = &self.loaded else { return };
        let catalogue = loaded.catalogue;
        let before = self.pattern.clone();
        let label = ui.label("Pattern");
        let selected = self
            .pattern
            .as_deref()
            .map_or("every pattern", |id| catalogue.name_of(id));
        egui::ComboBox::from_id_salt("portfolio-pattern")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.pattern, None, "every pattern");
                let leading = loaded.summary.leading_patterns();
                for pattern in &catalogue.patterns {
                    if leading.contains(pattern.id.as_str()) {
                        ui.selectable_value(
                            &mut self.pattern,
                            Some(pattern.id.clone()),
                            &pattern.name,
                        );
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if self.pattern != before {
            self.shown = None;
        }
    }

    fn table(&mut self, ui: &mut Ui, commands: &mut Vec<Command>) {
        let Some(loaded) = &self.loaded else { return };
        // Filtered and sorted once, when the filters or the order change; never per frame.
        let (filter, outcome, sort) = (&self.filter, self.outcome, self.sort);
        let pattern = self.pattern.as_deref();
        let shown = self.shown.get_or_insert_with(|| {
            let mut shown = filtered(loaded, filter, outcome, pattern);
            if let Some((column, descending)) = sort {
                shown.sort_by_cached_key(|&i| sort_key(loaded, i, column, descending));
            }
            shown
        });
        ui.muted(format!(
            "{} of {} interfaces shown; ⚠ marks a drifted decision or contradictory answers. Choose a row to open it as a scenario; right-click to save it as a file.",
            number(shown.len()),
            number(loaded.interfaces.len())
        ));
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        ui.style_mut().interaction.selectable_labels = false;
        let mut sort_clicked = None;
        TableBuilder::new(ui)
            .id_salt("portfolio-table")
            .striped(true)
            .sense(egui::Sense::click())
            .column(Column::exact(50.0))
            .column(Column::exact(90.0))
            .column(Column::remainder().at_least(200.0).clip(true))
            .column(Column::exact(95.0))
            .column(Column::remainder().at_least(200.0).clip(true))
            .column(Column::exact(30.0))
            .header(row_height, |mut header| {
                for (column, caption) in ["Row", "Id", "Interface", "Outcome", "Recommended", ""]
                    .into_iter()
                    .enumerate()
                {
                    header.col(|ui| {
                        if caption.is_empty() {
                            return;
                        }
                        let arrow = match self.sort {
                            Some((sorted, false)) if sorted == column => " ↑",
                            Some((sorted, true)) if sorted == column => " ↓",
                            _ => "",
                        };
                        if ui
                            .button(RichText::new(format!("{caption}{arrow}")).strong())
                            .on_hover_text(format!("Sort by {}", caption.to_lowercase()))
                            .clicked()
                        {
                            sort_clicked = Some(column);
                        }
                    });
                }
            })
            .body(|body| {
                // Only the rows on screen are laid out: 100,000 cost what 30 do.
                body.rows(row_height, shown.len(), |row| {
                    let index = shown[row.index()];
                    table_row(row, loaded, index, commands);
                });
            });
        if let Some(column) = sort_clicked {
            // A second click on the same column reverses it.
            self.sort = match self.sort {
                Some((sorted, descending)) if sorted == column => Some((column, !descending)),
                _ => Some((column, false)),
            };
            self.shown = None;
        }
    }
}

/// The switch between the table and the landscape, with the picture's exports.
fn table_or_landscape(shows: &mut PortfolioShows, ui: &mut Ui, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.selectable_value(shows, PortfolioShows::Table, "Table");
        ui.selectable_value(shows, PortfolioShows::Landscape, "Landscape");
        if *shows == PortfolioShows::Landscape {
            ui.separator();
            let dark = ui.dark();
            for (command, caption) in [
                (
                    Command::ExportPortfolio(ReportFormat::Svg { dark }),
                    "Export SVG…",
                ),
                (Command::ExportLandscapePng, "Export PNG…"),
                (
                    Command::ExportPortfolio(ReportFormat::Html),
                    "Export blueprint…",
                ),
            ] {
                if ui.button(caption).on_hover_text(command.label()).clicked() {
                    commands.push(command);
                }
            }
        }
    });
}

/// One interface's row: its cells, a click that opens it, and a context menu that opens it
/// or saves it as a scenario file.
fn table_row(
    mut row: egui_extras::TableRow<'_, '_>,
    loaded: &LoadedPortfolio,
    index: usize,
    commands: &mut Vec<Command>,
) {
    let interface = &loaded.interfaces[index];
    let assessment = &loaded.assessments[index];
    let recommended = assessment.recommended_in_words(loaded.catalogue);
    let flagged = assessment.drift.is_some() || assessment.conflicts > 0;
    row.col(|ui| {
        ui.label(interface.row.to_string());
    });
    row.col(|ui| {
        ui.label(interface.id.as_deref().unwrap_or(""));
    });
    row.col(|ui| {
        ui.label(&interface.scenario.title);
    });
    row.col(|ui| {
        ui.label(assessment.outcome.label());
    });
    row.col(|ui| {
        // A tie's names may be cut short by the column: the whole is on hover, with the
        // reason for it (or why nothing fits), so the table can be read without opening rows.
        let why = assessment.leading_reason.as_deref().unwrap_or("");
        let hover = match (recommended.is_empty(), why.is_empty()) {
            (false, false) => format!("{recommended}\n\nWhy: {why}"),
            (false, true) => recommended.clone(),
            (true, false) => format!("No pattern recommended.\n\nWhy: {why}"),
            (true, true) => String::new(),
        };
        let shown = if recommended.is_empty() {
            RichText::new("none").weak()
        } else {
            RichText::new(recommended)
        };
        let label = ui.label(shown);
        if !hover.is_empty() {
            label.on_hover_text(hover);
        }
    });
    row.col(|ui| {
        if flagged {
            let why = assessment
                .drift
                .clone()
                .unwrap_or_else(|| assessment.warnings.join("\n"));
            ui.label(RichText::new("⚠").color(theme::warning(ui.dark())))
                .on_hover_text(why);
        }
    });
    let response = row.response();
    if response.clicked() {
        commands.push(Command::OpenInterface(index));
    }
    response.context_menu(|ui| {
        if ui.button("Open as a scenario").clicked() {
            commands.push(Command::OpenInterface(index));
        }
        if ui.button("Save as scenario file…").clicked() {
            // Opened first, so that Save as asks for the new scenario's file.
            commands.push(Command::OpenInterface(index));
            commands.push(Command::SaveAs);
        }
    });
}

/// A count with its thousands grouped: 100,000.
fn number(count: usize) -> String {
    crate::core::text::group_thousands(count as u64)
}

/// What a row sorts by in `column`: its row number, id, title, outcome or recommended pattern;
/// descending sorts by the same key reversed, with the row number keeping equal rows in order.
fn sort_key(
    loaded: &LoadedPortfolio,
    index: usize,
    column: usize,
    descending: bool,
) -> (std::cmp::Reverse<String>, String, usize) {
    let interface = &loaded.interfaces[index];
    let assessment = &loaded.assessments[index];
    let key = match column {
        0 => format!("{:012}", interface.row),
        1 => interface.id.clone().unwrap_or_default().to_lowercase(),
        2 => interface.scenario.title.to_lowercase(),
        3 => format!("{:?}", assessment.outcome as u8),
        _ => assessment
            .recommended
            .as_deref()
            .or_else(|| assessment.tied.first().map(String::as_str))
            .map_or(String::new(), |id| {
                loaded.catalogue.name_of(id).to_lowercase()
            }),
    };
    if descending {
        (std::cmp::Reverse(key), String::new(), interface.row)
    } else {
        (std::cmp::Reverse(String::new()), key, interface.row)
    }
}

/// Whether `pattern` is recommended, or among the tied, for an interface.
fn leads(assessment: &crate::core::portfolio::Assessment, pattern: &str) -> bool {
    assessment.recommended.as_deref() == Some(pattern)
        || assessment.tied.iter().any(|tied| tied == pattern)
}

/// The rows that pass the filters: `wanted` in the title, id or recommended pattern, the
/// outcome if one is chosen, and the pattern (recommended or tied) if one is chosen.
fn filtered(
    loaded: &LoadedPortfolio,
    filter: &str,
    outcome: Option<Outcome>,
    pattern_wanted: Option<&str>,
) -> Vec<usize> {
    let catalogue = loaded.catalogue;
    let wanted = filter.to_lowercase();
    (0..loaded.interfaces.len())
        .filter(|&i| {
            let interface = &loaded.interfaces[i];
            let assessment = &loaded.assessments[i];
            let pattern = assessment
                .recommended
                .as_deref()
                .map_or("", |id| catalogue.name_of(id));
            outcome.is_none_or(|o| o == assessment.outcome)
                && pattern_wanted.is_none_or(|id| leads(assessment, id))
                && (wanted.is_empty()
                    || interface.scenario.title.to_lowercase().contains(&wanted)
                    || interface
                        .id
                        .as_deref()
                        .is_some_and(|id| id.to_lowercase().contains(&wanted))
                    || pattern.to_lowercase().contains(&wanted))
        })
        .collect()
}
