//! The landscape as one self-contained SVG: no scripts, no fonts or images from elsewhere,
//! every text from the inventory escaped.

use super::layout::{Arrow, Layout, Node, Point, SMALL_SIZE, TITLE_SIZE};
use super::palette::{Theme, css};
use crate::record::html_text;
use advisor_core::catalogue::Catalogue;
use advisor_core::model::Direction;

/// The length of an arrowhead, in points.
pub const HEAD_LENGTH: f32 = 10.0;
/// Half the width of an arrowhead's base.
pub const HEAD_HALF_WIDTH: f32 = 5.0;
/// An arrow's line width.
pub const ARROW_WIDTH: f32 = 2.5;

/// The three corners of an arrowhead whose tip is at `tip`, pointing away from `from`.
pub fn head(from: Point, tip: Point) -> [Point; 3] {
    let (dx, dy) = (tip.x - from.x, tip.y - from.y);
    let length = dx.hypot(dy).max(f32::EPSILON);
    let (ux, uy) = (dx / length, dy / length);
    let base = Point {
        x: tip.x - ux * HEAD_LENGTH,
        y: tip.y - uy * HEAD_LENGTH,
    };
    [
        tip,
        Point {
            x: base.x - uy * HEAD_HALF_WIDTH,
            y: base.y + ux * HEAD_HALF_WIDTH,
        },
        Point {
            x: base.x + uy * HEAD_HALF_WIDTH,
            y: base.y - ux * HEAD_HALF_WIDTH,
        },
    ]
}

/// The arrowheads of `arrow`: at F&O for data coming in, at the system for data going out,
/// both for both ways.
pub fn heads(arrow: &Arrow) -> Vec<[Point; 3]> {
    let mut heads = Vec::with_capacity(2);
    if matches!(
        arrow.direction,
        Direction::Inbound | Direction::Bidirectional
    ) {
        heads.push(head(arrow.at_system, arrow.at_fo));
    }
    if matches!(
        arrow.direction,
        Direction::Outbound | Direction::Bidirectional
    ) {
        heads.push(head(arrow.at_fo, arrow.at_system));
    }
    heads
}

/// The SVG of `layout` in `theme`.
pub fn write(layout: &Layout, catalogue: &Catalogue, theme: &Theme) -> String {
    let mut out = String::with_capacity(16 * 1024 + layout.arrows.len() * 600);
    let font = "font-family=\"Segoe UI, Helvetica, Arial, sans-serif\"";
    push_line!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" {font} stroke=\"none\" role=\"img\">",
        w = layout.width,
        h = layout.height
    );
    push_line!(out, "<title>{}</title>", html_text(&layout.title));
    push_line!(
        out,
        "<rect width=\"100%\" height=\"100%\" fill=\"{}\"/>",
        css(theme.background)
    );
    push_line!(
        out,
        "<text x=\"24\" y=\"{}\" font-size=\"{TITLE_SIZE}\" font-weight=\"bold\" fill=\"{}\" stroke=\"none\">{}</text>",
        24.0 + TITLE_SIZE,
        css(theme.text),
        html_text(&layout.title)
    );
    push_line!(
        out,
        "<text x=\"24\" y=\"{}\" font-size=\"{SMALL_SIZE}\" fill=\"{}\">{}</text>",
        24.0 + TITLE_SIZE + SMALL_SIZE + 8.0,
        css(theme.muted),
        html_text(&layout.subtitle)
    );
    for arrow in &layout.arrows {
        arrow_svg(&mut out, arrow, layout.label_size, catalogue, theme);
    }
    node_svg(&mut out, &layout.centre, theme, true);
    for node in &layout.systems {
        node_svg(&mut out, node, theme, false);
    }
    for entry in &layout.legend {
        push_line!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"16\" height=\"12\" rx=\"2\" fill=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"{SMALL_SIZE}\" dominant-baseline=\"middle\" fill=\"{}\">{}</text>",
            entry.at.x,
            entry.at.y,
            css(theme.lead(&entry.lead, catalogue)),
            entry.at.x + 24.0,
            entry.at.y + 6.0,
            css(theme.text),
            html_text(&entry.words)
        );
    }
    if let Some((note, at)) = &layout.legend_note {
        push_line!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{SMALL_SIZE}\" dominant-baseline=\"middle\" fill=\"{}\">{}</text>",
            at.x,
            at.y,
            css(theme.muted),
            html_text(note)
        );
    }
    out.push_str("</svg>\n");
    out
}

fn arrow_svg(
    out: &mut String,
    arrow: &Arrow,
    label_size: f32,
    catalogue: &Catalogue,
    theme: &Theme,
) {
    let colour = css(theme.lead(&arrow.lead, catalogue));
    let dash = if arrow.dashed {
        " stroke-dasharray=\"8 5\""
    } else {
        ""
    };
    push_line!(
        out,
        "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"{ARROW_WIDTH}\"{dash}/>",
        arrow.at_fo.x,
        arrow.at_fo.y,
        arrow.at_system.x,
        arrow.at_system.y
    );
    for [a, b, c] in heads(arrow) {
        push_line!(
            out,
            "<polygon points=\"{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\" fill=\"{colour}\"/>",
            a.x,
            a.y,
            b.x,
            b.y,
            c.x,
            c.y
        );
    }
    if arrow.label.is_empty() {
        return;
    }
    // The label sits on a halo of the background, so that it stays readable over lines: drawn
    // twice, the halo first, for viewers that ignore `paint-order`.
    for paint in [
        format!(
            "fill=\"{}\" stroke=\"{}\" stroke-width=\"4\"",
            css(theme.background),
            css(theme.background)
        ),
        format!("fill=\"{colour}\" stroke=\"none\""),
    ] {
        push_line!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{label_size:.1}\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-weight=\"bold\" {paint}>{}</text>",
            arrow.label_at.x,
            arrow.label_at.y,
            html_text(&arrow.label)
        );
    }
}

fn node_svg(out: &mut String, node: &Node, theme: &Theme, centre: bool) {
    let (fill, text, detail) = if centre {
        (theme.centre_fill, theme.centre_text, theme.centre_text)
    } else {
        (theme.node_fill, theme.text, theme.muted)
    };
    let (stroke, stroke_width) = if node.flagged {
        (theme.warning, 2.5)
    } else if centre {
        (theme.centre_fill, 1.0)
    } else {
        (theme.node_stroke, 1.0)
    };
    push_line!(
        out,
        "<g><title>{}</title><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"8\" fill=\"{}\" stroke=\"{}\" stroke-width=\"{stroke_width}\"/>",
        html_text(&node.full_name),
        node.centre.x - node.width / 2.0,
        node.centre.y - node.height / 2.0,
        node.width,
        node.height,
        css(fill),
        css(stroke)
    );
    push_line!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{:.1}\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"{}\">{}</text>",
        node.centre.x,
        node.centre.y - 2.0,
        node.name_size,
        css(text),
        html_text(&node.name)
    );
    push_line!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{:.1}\" text-anchor=\"middle\" fill=\"{}\">{}</text></g>",
        node.centre.x,
        node.centre.y + node.detail_size + 1.0,
        node.detail_size,
        css(detail),
        html_text(&node.detail)
    );
}
