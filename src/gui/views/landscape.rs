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

/// Where the picture is drawn: the painter, the scale from the layout's points to the
/// window's, and the colours.
struct Canvas<'a> {
    painter: egui::Painter,
    rect: Rect,
    scale: f32,
    theme: Theme,
    catalogue: &'a Catalogue,
}

impl Canvas<'_> {
    /// A point of the layout on the window.
    fn at(&self, p: Point) -> Pos2 {
        Pos2::new(
            self.rect.min.x + p.x * self.scale,
            self.rect.min.y + p.y * self.scale,
        )
    }

    /// Text of `size` points of the layout.
    fn font(&self, size: f32) -> FontId {
        FontId::proportional(size * self.scale)
    }

    fn lead(&self, lead: &crate::io::landscape::Lead) -> Color32 {
        colour(self.theme.lead(lead, self.catalogue))
    }

    /// The background, the title and the line under it.
    fn headings(&self, layout: &Layout) {
        let theme = &self.theme;
        self.painter
            .rect_filled(self.rect, 4.0, colour(theme.background));
        self.painter.text(
            self.at(Point { x: 24.0, y: 24.0 }),
            Align2::LEFT_TOP,
            &layout.title,
            self.font(TITLE_SIZE),
            colour(theme.text),
        );
        self.painter.text(
            self.at(Point {
                x: 24.0,
                y: 24.0 + TITLE_SIZE + 6.0,
            }),
            Align2::LEFT_TOP,
            &layout.subtitle,
            self.font(SMALL_SIZE),
            colour(theme.muted),
        );
    }

    /// Every arrow, then every label, on a patch of the background so that no line crosses
    /// it.
    fn arrows(&self, layout: &Layout) {
        let stroke_width = (ARROW_WIDTH * self.scale).max(1.0);
        for arrow in &layout.arrows {
            let lead = self.lead(&arrow.lead);
            let ends = [self.at(arrow.at_fo), self.at(arrow.at_system)];
            let stroke = Stroke::new(stroke_width, lead);
            if arrow.dashed {
                self.painter.extend(Shape::dashed_line(
                    &ends,
                    stroke,
                    8.0 * self.scale,
                    5.0 * self.scale,
                ));
            } else {
                self.painter.line_segment(ends, stroke);
            }
            for head in heads(arrow) {
                self.painter.add(Shape::convex_polygon(
                    head.iter().map(|&p| self.at(p)).collect(),
                    lead,
                    Stroke::NONE,
                ));
            }
        }
        for arrow in layout.arrows.iter().filter(|a| !a.label.is_empty()) {
            let lead = self.lead(&arrow.lead);
            let galley = self.painter.layout_no_wrap(
                arrow.label.clone(),
                self.font(layout.label_size),
                lead,
            );
            let label_rect =
                Align2::CENTER_CENTER.anchor_size(self.at(arrow.label_at), galley.size());
            self.painter
                .rect_filled(label_rect.expand(1.0), 2.0, colour(self.theme.background));
            self.painter.galley(label_rect.min, galley, lead);
        }
    }

    /// The legend: a swatch and words per colour, and the note on dashes and outlines.
    fn legend(&self, layout: &Layout) {
        for entry in &layout.legend {
            let swatch = Rect::from_min_size(self.at(entry.at), vec2(16.0, 12.0) * self.scale);
            self.painter
                .rect_filled(swatch, 2.0, self.lead(&entry.lead));
            self.painter.text(
                self.at(Point {
                    x: entry.at.x + 24.0,
                    y: entry.at.y + 6.0,
                }),
                Align2::LEFT_CENTER,
                &entry.words,
                self.font(SMALL_SIZE),
                colour(self.theme.text),
            );
        }
        if let Some((note, point)) = &layout.legend_note {
            self.painter.text(
                self.at(*point),
                Align2::LEFT_CENTER,
                note,
                self.font(SMALL_SIZE),
                colour(self.theme.muted),
            );
        }
    }

    /// A box with its name and detail line.
    fn node(&self, node: &Node, centre: bool) {
        let theme = &self.theme;
        let (fill, text, detail) = if centre {
            (theme.centre_fill, theme.centre_text, theme.centre_text)
        } else {
            (theme.node_fill, theme.text, theme.muted)
        };
        let stroke = if node.flagged {
            Stroke::new(2.5 * self.scale, colour(theme.warning))
        } else {
            Stroke::new(1.0, colour(if centre { fill } else { theme.node_stroke }))
        };
        let rect = self.box_of(node);
        self.painter.rect(
            rect,
            CornerRadius::same(6),
            colour(fill),
            stroke,
            StrokeKind::Inside,
        );
        self.painter.text(
            Pos2::new(rect.center().x, rect.center().y - self.scale),
            Align2::CENTER_BOTTOM,
            &node.name,
            FontId::proportional(node.name_size * self.scale),
            colour(text),
        );
        self.painter.text(
            Pos2::new(rect.center().x, rect.center().y + 2.0 * self.scale),
            Align2::CENTER_TOP,
            &node.detail,
            FontId::proportional(node.detail_size * self.scale),
            colour(detail),
        );
    }

    /// Where a box is on the window.
    fn box_of(&self, node: &Node) -> Rect {
        Rect::from_center_size(
            self.at(node.centre),
            vec2(node.width, node.height) * self.scale,
        )
    }
}

/// Draws `layout` in the largest 16:9 rectangle the space has; returns where, in points.
pub fn paint(
    ui: &mut Ui,
    landscape: &Landscape,
    layout: &Layout,
    catalogue: &Catalogue,
    dark: bool,
) -> Rect {
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
    let canvas = Canvas {
        painter: ui.painter_at(rect),
        rect,
        scale,
        theme: Theme::of(dark),
        catalogue,
    };
    canvas.headings(layout);
    canvas.arrows(layout);
    canvas.node(&layout.centre, true);
    for system in &layout.systems {
        canvas.node(system, false);
    }
    canvas.legend(layout);
    // On hover over a system: its whole name and each of its arrows in words.
    let hovered = response.hover_pos().and_then(|pointer| {
        layout
            .systems
            .iter()
            .zip(&landscape.systems)
            .find(|(node, _)| canvas.box_of(node).contains(pointer))
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
    rect
}
