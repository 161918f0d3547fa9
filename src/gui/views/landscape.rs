//! The landscape picture in the Portfolio view: the same layout the SVG export draws,
//! scaled to the space there is, with each system's interfaces on hover.

use egui::{
    Align2, Color32, CornerRadius, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Ui, vec2,
};

use crate::core::catalogue::Catalogue;
use crate::io::landscape::Landscape;
use crate::io::landscape::layout::{Layout, Node, Point, SMALL_SIZE, TITLE_SIZE};
use crate::io::landscape::palette::{Rgb, Theme};
use crate::io::landscape::svg::{ARROW_WIDTH, heads};

fn colour([r, g, b]: Rgb) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// Draws `layout` in the largest 16:9 rectangle the space has; returns where, in points.
pub fn paint(
    ui: &mut Ui,
    landscape: &Landscape,
    layout: &Layout,
    catalogue: &Catalogue,
    dark: bool,
) -> Rect {
    let theme = Theme::of(dark);
    let available = ui.available_size();
    let scale = (available.x / layout.width)
        .min(available.y / layout.height)
        .max(0.1);
    let size = vec2(layout.width * scale, layout.height * scale);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    // What a screen reader hears: the picture's title and what it shows.
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            format!("{}: {}", layout.title, layout.subtitle),
        )
    });
    let at = |p: Point| Pos2::new(rect.min.x + p.x * scale, rect.min.y + p.y * scale);
    let font = |size: f32| FontId::proportional(size * scale);
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, colour(theme.background));
    painter.text(
        at(Point { x: 24.0, y: 24.0 }),
        Align2::LEFT_TOP,
        &layout.title,
        FontId::proportional(TITLE_SIZE * scale),
        colour(theme.text),
    );
    painter.text(
        at(Point {
            x: 24.0,
            y: 24.0 + TITLE_SIZE + 6.0,
        }),
        Align2::LEFT_TOP,
        &layout.subtitle,
        font(SMALL_SIZE),
        colour(theme.muted),
    );
    let stroke_width = (ARROW_WIDTH * scale).max(1.0);
    for arrow in &layout.arrows {
        let lead = colour(theme.lead(&arrow.lead, catalogue));
        let ends = [at(arrow.at_fo), at(arrow.at_system)];
        let stroke = Stroke::new(stroke_width, lead);
        if arrow.dashed {
            painter.extend(Shape::dashed_line(&ends, stroke, 8.0 * scale, 5.0 * scale));
        } else {
            painter.line_segment(ends, stroke);
        }
        for head in heads(arrow) {
            painter.add(Shape::convex_polygon(
                head.iter().map(|&p| at(p)).collect(),
                lead,
                Stroke::NONE,
            ));
        }
    }
    // Labels after every line, on a patch of the background, so that no line crosses them.
    for arrow in layout.arrows.iter().filter(|a| !a.label.is_empty()) {
        let lead = colour(theme.lead(&arrow.lead, catalogue));
        let galley = painter.layout_no_wrap(arrow.label.clone(), font(layout.label_size), lead);
        let label_rect = Align2::CENTER_CENTER.anchor_size(at(arrow.label_at), galley.size());
        painter.rect_filled(label_rect.expand(1.0), 2.0, colour(theme.background));
        painter.galley(label_rect.min, galley, lead);
    }
    node(&painter, &at, scale, &layout.centre, &theme, true);
    for system in &layout.systems {
        node(&painter, &at, scale, system, &theme, false);
    }
    for entry in &layout.legend {
        let swatch = Rect::from_min_size(at(entry.at), vec2(16.0, 12.0) * scale);
        painter.rect_filled(swatch, 2.0, colour(theme.lead(&entry.lead, catalogue)));
        painter.text(
            at(Point {
                x: entry.at.x + 24.0,
                y: entry.at.y + 6.0,
            }),
            Align2::LEFT_CENTER,
            &entry.words,
            font(SMALL_SIZE),
            colour(theme.text),
        );
    }
    if let Some((note, point)) = &layout.legend_note {
        painter.text(
            at(*point),
            Align2::LEFT_CENTER,
            note,
            font(SMALL_SIZE),
            colour(theme.muted),
        );
    }
    // On hover over a system: its whole name and each of its arrows in words.
    if let Some(pointer) = response.hover_pos() {
        let hovered = layout
            .systems
            .iter()
            .zip(&landscape.systems)
            .find(|(n, _)| {
                Rect::from_center_size(at(n.centre), vec2(n.width, n.height) * scale)
                    .contains(pointer)
            });
        if let Some((node, system)) = hovered {
            response.on_hover_ui_at_pointer(|ui| {
                ui.strong(&node.full_name);
                for group in &system.groups {
                    ui.label(format!(
                        "{} · {}: {}",
                        group.direction.label(),
                        group.lead.words(catalogue),
                        group.interfaces
                    ));
                }
            });
        }
    }
    rect
}

fn node(
    painter: &egui::Painter,
    at: &impl Fn(Point) -> Pos2,
    scale: f32,
    node: &Node,
    theme: &Theme,
    centre: bool,
) {
    let (fill, text, detail) = if centre {
        (theme.centre_fill, theme.centre_text, theme.centre_text)
    } else {
        (theme.node_fill, theme.text, theme.muted)
    };
    let stroke = if node.flagged {
        Stroke::new(2.5 * scale, colour(theme.warning))
    } else {
        Stroke::new(1.0, colour(if centre { fill } else { theme.node_stroke }))
    };
    let rect = Rect::from_center_size(at(node.centre), vec2(node.width, node.height) * scale);
    painter.rect(
        rect,
        CornerRadius::same(6),
        colour(fill),
        stroke,
        StrokeKind::Inside,
    );
    painter.text(
        Pos2::new(rect.center().x, rect.center().y - 1.0 * scale),
        Align2::CENTER_BOTTOM,
        &node.name,
        FontId::proportional(node.name_size * scale),
        colour(text),
    );
    painter.text(
        Pos2::new(rect.center().x, rect.center().y + 2.0 * scale),
        Align2::CENTER_TOP,
        &node.detail,
        FontId::proportional(node.detail_size * scale),
        colour(detail),
    );
}
