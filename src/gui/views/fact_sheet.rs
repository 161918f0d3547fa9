//! One pattern's fact sheet: every fact of the catalogue, each with its source, under the
//! patterns table.

use egui::{Label, RichText, Ui};

use crate::core::catalogue::{Pattern, Sourced};
use crate::core::evaluation::Fit;
use crate::core::model::Deployment;
use crate::core::model::Initiator;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;

/// Width of the fact sheet's name column, in points.
const NAME_WIDTH: f32 = 190.0;
/// The widest a line of the fact sheet grows, in points, so that long facts stay readable.
const LINE_WIDTH: f32 = 900.0;

/// Draws the fact sheet; `open` turns false when the user closes it.
pub fn show(ui: &mut Ui, pattern: &Pattern, fit: Option<Fit>, open: &mut bool) {
    ui.horizontal(|ui| {
        ui.heading(format!("Fact sheet: {}", pattern.name));
        if let Some(fit) = fit {
            ui.fit_badge(fit);
        }
        if ui.button("Close fact sheet").clicked() {
            *open = false;
        }
    });
    let width = (ui.available_width() - NAME_WIDTH).clamp(200.0, LINE_WIDTH);
    ui.scope(|ui| {
        ui.set_max_width(NAME_WIDTH + width);
        ui.horizontal_wrapped(|ui| {
            ui.label(&pattern.summary);
            ui.source_link(&pattern.docs);
        });
    });
    ui.add_space(theme::SECTION_GAP);
    let rows = rows(pattern);
    egui::Grid::new("fact-sheet-grid")
        .num_columns(2)
        .striped(true)
        .spacing([16.0, 8.0])
        .min_col_width(NAME_WIDTH)
        .show(ui, |ui| {
            for (name, value, source) in rows {
                ui.label(RichText::new(name).strong());
                value_cell(ui, width, &value, source);
                ui.end_row();
            }
        });
    for (heading, facts) in [
        ("Documented limits", &pattern.limits),
        ("Prerequisites", &pattern.prerequisites),
        ("Facts", &pattern.facts),
        ("On premises", &pattern.on_premises),
    ] {
        facts_section(ui, heading, facts, NAME_WIDTH + width);
    }
}

/// The fact sheet's rows: name, value and the source that documents it.
fn rows(pattern: &Pattern) -> [(&'static str, String, Option<&str>); 13] {
    let apps: Vec<&str> = pattern
        .model_driven_apps
        .iter()
        .map(|app| app.label())
        .collect();
    let entry = |value: &Option<String>| value.clone().unwrap_or_else(|| "not named".to_owned());
    [
        ("Family", pattern.family.label().to_owned(), None),
        (
            "Timing",
            pattern.timing.label().to_owned(),
            Some(&pattern.docs),
        ),
        (
            "Batch",
            if pattern.batch { "yes" } else { "no" }.to_owned(),
            Some(&pattern.docs),
        ),
        (
            "Direction",
            super::patterns::directions(pattern),
            Some(&pattern.docs),
        ),
        ("Started by", initiators(pattern), Some(&pattern.docs)),
        (
            "Technology",
            pattern.technology.clone(),
            Some(&pattern.docs),
        ),
        ("F&O apps", pattern.finops_apps.join(", "), None),
        (
            "Model-driven apps",
            if apps.is_empty() {
                "none directly".to_owned()
            } else {
                apps.join(", ")
            },
            None,
        ),
        (
            "Deployment",
            Deployment::list(&pattern.deployments),
            Some(&pattern.deployment_source),
        ),
        (
            "Errors and status",
            pattern.status_model.text.clone(),
            Some(&pattern.status_model.source),
        ),
        (
            "Throttling",
            pattern.throttling.text.clone(),
            Some(&pattern.throttling.source),
        ),
        (
            "Entry points",
            format!(
                "synchronous: {}; asynchronous: {}",
                entry(&pattern.entry_points.synchronous),
                entry(&pattern.entry_points.asynchronous)
            ),
            Some(&pattern.entry_points.source),
        ),
        ("Lifecycle", pattern.lifecycle.label().to_owned(), None),
    ]
}

/// A value with its source link, wrapped within `width` so that rows never overlap.
fn value_cell(ui: &mut Ui, width: f32, value: &str, source: Option<&str>) {
    ui.vertical(|ui| {
        ui.set_max_width(width);
        ui.horizontal_wrapped(|ui| {
            ui.add(Label::new(value).wrap());
            if let Some(source) = source {
                ui.source_link(source);
            }
        });
    });
}

fn facts_section(ui: &mut Ui, heading: &str, facts: &[Sourced], width: f32) {
    if facts.is_empty() {
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(heading).strong());
    ui.scope(|ui| {
        ui.set_max_width(width);
        for fact in facts {
            ui.horizontal_wrapped(|ui| {
                // The sheet lists every deployment's facts, so each says where it holds.
                match fact.deployment {
                    Some(deployment) => {
                        ui.label(format!("• {}: {}", deployment.title(), fact.text))
                    }
                    None => ui.label(format!("• {}", fact.text)),
                };
                ui.source_link(&fact.source);
            });
        }
    });
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
