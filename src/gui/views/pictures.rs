//! Pictures where people would rather look than read.
//!
//! The volume on a log scale against the documented comfortable ranges of the patterns, with a
//! marker to drag; and the path the engine took to its answer, step by step.

use egui::{Align2, Color32, Pos2, Rect, RichText, Sense, Stroke, Ui, vec2};

use crate::core::advice::OutcomeWords;
use crate::core::catalogue::{Catalogue, Parameters};
use crate::core::evaluation::{Evaluation, Outcome};
use crate::core::explain::{self, Step};
use crate::core::text::group_thousands;
use crate::gui::command::Command;
use crate::gui::document::Document;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;

/// The scale's ends: one record an hour to ten million, in powers of ten.
const DECADES: std::ops::RangeInclusive<f64> = 0.0..=7.0;
/// Space around the text of one band of the volume picture, in points.
const BAND_PADDING: f32 = 4.0;

/// A range of volumes a pattern family handles comfortably, as the catalogue documents it.
struct Band {
    label: String,
    from: f64,
    to: f64,
    colour: Color32,
}

fn bands(dark: bool, p: &Parameters) -> Vec<Band> {
    let bulk = p.bulk_threshold_records_per_hour.value as f64;
    let events = p.data_events_records_per_hour.value as f64;
    let connector = p.connector_calls_per_minute.value as f64 * 60.0;
    let top = 10f64.powf(*DECADES.end());
    let alpha = if dark { 150 } else { 110 };
    vec![
        Band {
            label: format!(
                "Calls (OData, custom services): below {}",
                group_thousands(bulk as u64)
            ),
            from: 1.0,
            to: bulk,
            colour: Color32::from_rgba_unmultiplied(60, 160, 90, alpha),
        },
        Band {
            label: format!("Batch data APIs: from {}", group_thousands(bulk as u64)),
            from: bulk,
            to: top,
            colour: Color32::from_rgba_unmultiplied(60, 110, 200, alpha),
        },
        Band {
            label: format!(
                "Data events: up to {} an hour",
                group_thousands(events as u64)
            ),
            from: 1.0,
            to: events,
            colour: Color32::from_rgba_unmultiplied(150, 90, 190, alpha),
        },
        Band {
            label: format!(
                "Connector, one connection: up to {} an hour",
                group_thousands(connector as u64)
            ),
            from: 1.0,
            to: connector,
            colour: Color32::from_rgba_unmultiplied(200, 140, 40, alpha),
        },
    ]
}

/// The x position of `volume` records an hour within `rect`, on the log scale.
fn x_of(rect: Rect, volume: f64) -> f32 {
    let decade = volume
        .max(1.0)
        .log10()
        .clamp(*DECADES.start(), *DECADES.end());
    let share = (decade - DECADES.start()) / (DECADES.end() - DECADES.start());
    rect.left() + rect.width() * share as f32
}

/// A volume picked on a log scale, rounded to two significant digits (23,000, not 22,967).
fn round_to_two_digits(volume: f64) -> u64 {
    if volume < 100.0 {
        return volume.round() as u64;
    }
    let magnitude = 10f64.powi(volume.log10().floor() as i32 - 1);
    ((volume / magnitude).round() * magnitude) as u64
}

/// The volume picture: bands, thresholds, the scenario's volume marked. Dragging on it, or the
/// slider below it (for the keyboard and screen readers), changes the volume as an undoable
/// edit.
pub fn volume(ui: &mut Ui, document: &Document, commands: &mut Vec<Command>) {
    let dark = ui.dark();
    let bands = bands(dark, &document.catalogue().parameters);
    // Bands and scale follow the type scale, so the picture grows with zoom like the text.
    let font = egui::TextStyle::Small.resolve(ui.style());
    let band_height = ui.text_style_height(&egui::TextStyle::Small) + BAND_PADDING;
    let scale_height = band_height + BAND_PADDING;
    let height = band_height * bands.len() as f32 + scale_height;
    let (rect, picture) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click_and_drag());
    let painter = ui.painter_at(rect);
    let text_colour = ui.visuals().strong_text_color();
    for (row, band) in bands.iter().enumerate() {
        let top = rect.top() + row as f32 * band_height;
        let band_rect = Rect::from_min_max(
            Pos2::new(x_of(rect, band.from), top + 1.0),
            Pos2::new(x_of(rect, band.to), top + band_height - 1.0),
        );
        painter.rect_filled(band_rect, 2.0, band.colour);
        painter.text(
            Pos2::new(rect.left() + 4.0, top + band_height / 2.0),
            Align2::LEFT_CENTER,
            &band.label,
            font.clone(),
            text_colour,
        );
    }
    // The scale: one tick a decade.
    let axis = rect.bottom() - scale_height;
    for decade in 0..=7 {
        let x = x_of(rect, 10f64.powi(decade));
        painter.line_segment(
            [Pos2::new(x, axis), Pos2::new(x, axis + 4.0)],
            Stroke::new(1.0, text_colour),
        );
        painter.text(
            Pos2::new(x, axis + 4.0),
            if decade == 7 {
                Align2::RIGHT_TOP
            } else if decade == 0 {
                Align2::LEFT_TOP
            } else {
                Align2::CENTER_TOP
            },
            group_thousands(10u64.pow(decade as u32)),
            font.clone(),
            theme::muted(dark),
        );
    }
    let volume = document.scenario.requirements.peak_records_per_hour;
    if let Some(volume) = volume {
        let x = x_of(rect, volume as f64);
        painter.line_segment(
            [Pos2::new(x, rect.top()), Pos2::new(x, axis)],
            Stroke::new(
                2.5,
                theme::fit_colour(crate::core::evaluation::Fit::Recommended, dark),
            ),
        );
    }
    // Dragging (or clicking) on the picture moves the marker there.
    if (picture.dragged() || picture.clicked())
        && let Some(pointer) = picture.interact_pointer_pos()
    {
        let share = f64::from(((pointer.x - rect.left()) / rect.width()).clamp(0.0, 1.0));
        let decade = DECADES.start() + share * (DECADES.end() - DECADES.start());
        let picked = round_to_two_digits(10f64.powf(decade));
        if Some(picked) != volume {
            let mut requirements = document.scenario.requirements.clone();
            requirements.peak_records_per_hour = Some(picked);
            commands.push(Command::TryAnswers(Box::new(requirements)));
        }
    }
    let mut value = volume.unwrap_or(1_000) as f64;
    let slider = egui::Slider::new(&mut value, 1.0..=10f64.powf(*DECADES.end()))
        .logarithmic(true)
        .integer()
        .show_value(false)
        .text(if volume.is_some() {
            "Drag to change the peak volume"
        } else {
            "Drag to set the peak volume (not known yet)"
        });
    let response = ui.add(slider);
    if response.changed() {
        let mut requirements = document.scenario.requirements.clone();
        requirements.peak_records_per_hour = Some(value.round() as u64);
        commands.push(Command::TryAnswers(Box::new(requirements)));
    }
}

/// The decision path.
///
/// The steps the engine took, those that spoke about the pattern at the top highlighted, then
/// the interaction style and the pattern. A click on a step shows its reasons with their
/// sources.
pub fn decision_path(
    ui: &mut Ui,
    evaluation: &Evaluation,
    catalogue: &Catalogue,
    selected: &mut Option<Step>,
) {
    let Some(top) = evaluation
        .recommended
        .as_deref()
        .and_then(|id| catalogue.pattern(id))
    else {
        return;
    };
    let path = explain::decision_path(evaluation);
    let dark = ui.dark();
    ui.horizontal_wrapped(|ui| {
        // The kind of exchange is decided first; the steps then rank the patterns of the kind.
        ui.label(RichText::new(format!("Kind: {}", evaluation.kind.kind.title())).strong())
            .on_hover_text(&evaluation.kind.text);
        ui.label("→");
        for (step, reasons) in &path {
            let text = if reasons.is_empty() {
                RichText::new(step.label()).color(theme::muted(dark))
            } else {
                RichText::new(step.label()).strong()
            };
            if ui
                .selectable_label(*selected == Some(*step), text)
                .on_hover_text(format!(
                    "{} reason(s) about {}",
                    reasons.len(),
                    top.short_name()
                ))
                .clicked()
            {
                *selected = if *selected == Some(*step) {
                    None
                } else {
                    Some(*step)
                };
            }
            ui.label("→");
        }
        // A tie ends in every tied pattern, and in each of their styles.
        let ends: Vec<&crate::core::catalogue::Pattern> = match evaluation.outcome {
            Outcome::Tie => evaluation
                .tied
                .iter()
                .filter_map(|id| catalogue.pattern(id))
                .collect(),
            _ => vec![top],
        };
        let mut styles: Vec<&str> = Vec::new();
        for style in ends.iter().map(|p| explain::style_of(p)) {
            if !styles.contains(&style) {
                styles.push(style);
            }
        }
        ui.label(RichText::new(format!("Style: {}", styles.join(" or "))).strong());
        ui.label("→");
        // Only a clear outcome or a tie ends in a pattern; with no fit it is only the closest.
        let short = |id: &str| {
            catalogue
                .pattern(id)
                .map_or_else(|| id.to_owned(), |p| p.short_name().to_owned())
        };
        let end = OutcomeWords::of(evaluation, short).phrases().path_end;
        let colour = match evaluation.outcome {
            Outcome::Clear => theme::fit_colour(crate::core::evaluation::Fit::Recommended, dark),
            Outcome::Tie | Outcome::Open => {
                theme::fit_colour(crate::core::evaluation::Fit::Suitable, dark)
            }
            Outcome::NoFit | Outcome::None => theme::warning(dark),
        };
        ui.label(RichText::new(end).strong().color(colour));
    });
    if let Some(step) = selected
        && let Some((_, reasons)) = path.iter().find(|(s, _)| s == step)
    {
        if reasons.is_empty() {
            ui.muted(format!(
                "This step said nothing about {}.",
                top.short_name()
            ));
        }
        for reason in reasons {
            ui.horizontal_wrapped(|ui| {
                ui.effect_badge(reason.effect, &catalogue.parameters);
                ui.label(&reason.text);
                ui.source_link(&reason.source);
            });
        }
    }
}
