//! The Portfolio view's chart: how many interfaces each pattern is clearly recommended for.

use egui::Ui;
use egui_plot::{Bar, BarChart, Plot};

use crate::core::catalogue::Catalogue;
use crate::core::portfolio::Summary;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;

/// The chart of clear recommendations per pattern: one horizontal bar per pattern, largest at
/// the top, each named on its axis (a vertical chart had room to name only every third).
/// Where `max_height` has no room for every bar at the text's height, the smallest are summed
/// into one "other patterns" bar, so that no name is drawn over another.
pub fn chart(ui: &mut Ui, summary: &Summary, catalogue: &Catalogue, max_height: f32) {
    let bar_height = ui.text_style_height(&egui::TextStyle::Small) + 5.0;
    let room = (((max_height.max(120.0) - CHART_MARGIN) / bar_height).floor() as usize).max(3);
    let per_pattern = chart_bars(summary, catalogue, room);
    let count = per_pattern.len();
    // Bar `i` sits at y = count - 1 - i, so that the largest is at the top.
    let names: Vec<String> = per_pattern
        .iter()
        .rev()
        .map(|(name, _)| name.clone())
        .collect();
    let fill = theme::fit_colour(crate::core::evaluation::Fit::Suitable, ui.dark());
    // The summed bar is grey: it is not one pattern.
    let others_fill = ui.visuals().weak_text_color();
    let summed = summary.per_pattern.len() > count;
    let bars: Vec<Bar> = per_pattern
        .iter()
        .enumerate()
        .map(|(index, (name, interfaces))| {
            let is_others = summed && index == count - 1;
            Bar::new((count - 1 - index) as f64, *interfaces as f64)
                .name(name)
                .width(0.7)
                .fill(if is_others { others_fill } else { fill })
        })
        .collect();
    let font = egui::TextStyle::Small.resolve(ui.style());
    let widest = names
        .iter()
        .map(|name| {
            ui.painter()
                .layout_no_wrap(name.clone(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    if count == 0 {
        ui.muted("No interface has a clear recommendation yet.");
        return;
    }
    Plot::new("portfolio-chart")
        .height(bar_height * count as f32 + CHART_MARGIN)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_grid([true, false])
        .include_x(0.0)
        .y_axis_min_width(widest + 8.0)
        .y_grid_spacer(move |_input| {
            (0..count)
                .map(|index| egui_plot::GridMark {
                    value: index as f64,
                    // The plot fades a label whose step looks small on screen; every name
                    // matters here, so each is given a step as large as the whole axis.
                    step_size: count as f64,
                })
                .collect()
        })
        .y_axis_formatter(move |mark, _range| {
            let index = mark.value.round();
            if (mark.value - index).abs() < f64::EPSILON && index >= 0.0 {
                names.get(index as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("interfaces", bars).horizontal());
        });
}

/// The chart's bars, largest first, by pattern name: at most `room`, the smallest summed into
/// one "N other patterns" bar when there are more.
fn chart_bars(summary: &Summary, catalogue: &Catalogue, room: usize) -> Vec<(String, usize)> {
    let mut bars: Vec<(String, usize)> = summary
        .patterns_largest_first()
        .into_iter()
        .map(|(id, count)| (catalogue.name_of(id).to_owned(), count))
        .collect();
    if bars.len() > room {
        let rest = bars.split_off(room.saturating_sub(1));
        let others = rest.iter().map(|(_, count)| count).sum();
        bars.push((format!("{} other patterns", rest.len()), others));
    }
    bars
}

/// The chart's height beyond its bars: the axis below and the space above.
const CHART_MARGIN: f32 = 40.0;

#[cfg(test)]
mod tests {
    use super::chart_bars;
    use crate::core::portfolio::Summary;

    #[test]
    fn the_chart_sums_what_has_no_room_and_loses_no_interface() {
        let mut summary = Summary::default();
        for (id, count) in [
            ("odata", 8),
            ("dual-write", 6),
            ("recurring-integrations", 10),
        ] {
            summary.per_pattern.insert(id.to_owned(), count);
        }
        summary.per_pattern.insert("data-events".to_owned(), 1);
        let all = chart_bars(&summary, crate::bundled::catalogue(), 10);
        assert_eq!(all.len(), 4, "room for every pattern: {all:?}");
        assert_eq!(all[0].1, 10, "largest first");
        let squeezed = chart_bars(&summary, crate::bundled::catalogue(), 3);
        assert_eq!(squeezed.len(), 3, "{squeezed:?}");
        assert_eq!(squeezed[2], ("2 other patterns".to_owned(), 7));
        let total = |bars: &[(String, usize)]| bars.iter().map(|(_, n)| n).sum::<usize>();
        assert_eq!(
            total(&all),
            total(&squeezed),
            "every interface counted once"
        );
    }
}
