//! Where everything of the landscape goes on a 16:9 canvas.
//!
//! F&O is in the middle, the systems on an ellipse around it (on two, alternately, when there
//! are many), the arrows between, and the legend in a band at the bottom. The SVG and the
//! window draw the same layout.
//!
//! Text is measured by an estimate ([`text_width`]), not by a font: the SVG is drawn by
//! whatever font the viewer has, so the boxes leave room for a wide one.

use super::{Group, Landscape, Lead};
use advisor_core::catalogue::Catalogue;
use advisor_core::model::Direction;

/// The canvas, in points: a 16:9 slide.
pub const WIDTH: f32 = 1600.0;
/// See [`WIDTH`].
pub const HEIGHT: f32 = 900.0;
/// The size of a system's name.
pub const NAME_SIZE: f32 = 15.0;
/// The size of the counts under a name, of the arrows' labels and of the legend.
pub const SMALL_SIZE: f32 = 12.0;
/// The size of the title.
pub const TITLE_SIZE: f32 = 20.0;
/// The arrangements tried, in order, until no two boxes overlap: one ellipse, then every
/// other system on an inner ellipse this much smaller, each at text sizes this much of the
/// full size. The last is used if none is free of overlaps.
const ARRANGEMENTS: [(Option<f32>, f32); 10] = [
    (None, 1.0),
    (Some(0.7), 1.0),
    (Some(0.6), 1.0),
    (None, 0.85),
    (Some(0.7), 0.85),
    (Some(0.6), 0.85),
    (Some(0.7), 0.75),
    (Some(0.6), 0.75),
    (Some(0.7), 0.65),
    (Some(0.6), 0.65),
];
/// Above this many systems, an arrow's label gives its count only: the colour and the legend
/// say the pattern (the labels of 60 systems' arrows would cover each other).
const WORDED_LABELS_MAX: usize = 24;
/// The longest name a box shows, in characters; longer names end in "…".
const NAME_CHARS_MAX: usize = 26;
/// Space between parallel arrows of one system, in points.
const ARROW_GAP: f32 = 14.0;
/// Space left between an arrow's end and the box it points at.
const ARROW_CLEARANCE: f32 = 5.0;
/// A legend row's height.
const LEGEND_ROW: f32 = 22.0;
/// The margin around everything.
const MARGIN: f32 = 24.0;

/// A point on the canvas, from its top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Rightwards.
    pub x: f32,
    /// Downwards.
    pub y: f32,
}

impl Point {
    const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }
}

/// A box with a name, and a line of counts under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Its middle.
    pub centre: Point,
    /// Its width.
    pub width: f32,
    /// Its height.
    pub height: f32,
    /// The name, shortened to fit.
    pub name: String,
    /// The whole name, where it was shortened (a tooltip).
    pub full_name: String,
    /// The line under the name: how many interfaces.
    pub detail: String,
    /// Whether some of its interfaces drifted or conflict: outlined in the warning colour.
    pub flagged: bool,
    /// The size of its name; its detail line is [`SMALL_SIZE`] scaled alike.
    pub name_size: f32,
    /// The size of its detail line.
    pub detail_size: f32,
}

/// One arrow, between F&O and a system.
#[derive(Debug, Clone, PartialEq)]
pub struct Arrow {
    /// Its end at F&O.
    pub at_fo: Point,
    /// Its end at the system.
    pub at_system: Point,
    /// Which way the data flows: the head at F&O (into), at the system (out of), or both.
    pub direction: Direction,
    /// Where its interfaces lead: its colour.
    pub lead: Lead,
    /// Whether a recorded decision of its interfaces drifted: drawn dashed.
    pub dashed: bool,
    /// What it says; empty for a single interface with nothing to mark, when there are too
    /// many arrows to word each.
    pub label: String,
    /// The middle of the label.
    pub label_at: Point,
}

/// A line of the legend: a colour's meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// The lead the colour stands for.
    pub lead: Lead,
    /// The words, with the number of interfaces.
    pub words: String,
    /// Its swatch's top-left corner; the words follow it.
    pub at: Point,
}

/// Everything placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The canvas's width.
    pub width: f32,
    /// The canvas's height.
    pub height: f32,
    /// The title, top left.
    pub title: String,
    /// The line under the title.
    pub subtitle: String,
    /// F&O.
    pub centre: Node,
    /// The systems, in the landscape's order.
    pub systems: Vec<Node>,
    /// The arrows, system by system.
    pub arrows: Vec<Arrow>,
    /// The legend.
    pub legend: Vec<LegendEntry>,
    /// The size of the arrows' labels: [`SMALL_SIZE`], smaller where many systems need it.
    pub label_size: f32,
    /// The legend's note on dashed arrows and outlined boxes, where there are any, with the
    /// left end of its line (vertically, its middle).
    pub legend_note: Option<(String, Point)>,
}

/// An estimate of the width of `text` at `size` points, generous enough for common sans-serif
/// fonts.
pub fn text_width(text: &str, size: f32) -> f32 {
    text.chars().count() as f32 * size * 0.56
}

/// `n` of something, with the right noun: `1 interface`, `2,500 interfaces`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        advisor_core::text::group_thousands(n as u64),
        if n == 1 { one } else { many }
    )
}

/// The name as a box shows it.
fn shortened(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS_MAX {
        name.to_owned()
    } else {
        let kept: String = name.chars().take(NAME_CHARS_MAX - 1).collect();
        format!("{}…", kept.trim_end())
    }
}

/// A box for a name and its detail line, its text at `size` times the full size.
fn node(centre: Point, name: &str, detail: String, flagged: bool, size: f32) -> Node {
    let short = shortened(name);
    let (name_size, detail_size) = (NAME_SIZE * size, SMALL_SIZE * size);
    let width = text_width(&short, name_size).max(text_width(&detail, detail_size)) + 20.0 * size;
    Node {
        centre,
        width,
        height: name_size + detail_size + 16.0 * size,
        name: short,
        full_name: name.to_owned(),
        detail,
        flagged,
        name_size,
        detail_size,
    }
}

/// Whether two boxes share any point.
pub fn overlap(a: &Node, b: &Node) -> bool {
    (a.centre.x - b.centre.x).abs() < (a.width + b.width) / 2.0
        && (a.centre.y - b.centre.y).abs() < (a.height + b.height) / 2.0
}

/// Where a ray from a box's middle in direction `(dx, dy)` (a unit vector) leaves the box.
fn edge_of(node: &Node, dx: f32, dy: f32) -> Point {
    let across = if dx.abs() > f32::EPSILON {
        node.width / 2.0 / dx.abs()
    } else {
        f32::INFINITY
    };
    let down = if dy.abs() > f32::EPSILON {
        node.height / 2.0 / dy.abs()
    } else {
        f32::INFINITY
    };
    let t = across.min(down) + ARROW_CLEARANCE;
    Point::new(node.centre.x + dx * t, node.centre.y + dy * t)
}

/// An arrow's label.
fn label(group: &Group, catalogue: &Catalogue, worded: bool) -> String {
    let mut label = if worded {
        format!("{} ×{}", group.lead.words(catalogue), group.interfaces)
    } else if group.interfaces > 1 {
        format!("×{}", group.interfaces)
    } else {
        String::new()
    };
    let mut mark = |words: String| {
        if !label.is_empty() {
            label.push_str(" · ");
        }
        label.push_str(&words);
    };
    if group.drifted > 0 {
        mark(format!("{} drifted", group.drifted));
    }
    if group.conflicts > 0 {
        mark(format!("{} conflicting", group.conflicts));
    }
    label
}

impl Layout {
    /// Places `landscape` on the canvas, under `title`: in the first of [`ARRANGEMENTS`]
    /// where no two boxes overlap.
    pub fn of(landscape: &Landscape, catalogue: &Catalogue, title: &str) -> Self {
        let (legend, legend_note, legend_height) = legend(landscape, catalogue);
        let interfaces = landscape.interfaces();
        let systems_drawn: usize = landscape.systems.iter().map(|s| s.systems).sum();
        let top = MARGIN + TITLE_SIZE + SMALL_SIZE + 16.0;
        let bottom = HEIGHT - MARGIN - legend_height;
        let middle = Point::new(WIDTH / 2.0, (top + bottom) / 2.0);
        let centre = node(
            middle,
            "Finance and Operations",
            format!(
                "Dynamics 365 · {}",
                count(interfaces, "interface", "interfaces")
            ),
            false,
            1.0,
        );
        let mut placed = Vec::new();
        for (inner, size) in ARRANGEMENTS {
            placed = place(landscape, &centre, (top, bottom), inner, size);
            let free = placed.iter().enumerate().all(|(i, a)| {
                !overlap(a, &centre) && placed[i + 1..].iter().all(|b| !overlap(a, b))
            });
            if free {
                break;
            }
        }
        let size = placed.first().map_or(1.0, |n| n.name_size / NAME_SIZE);
        let worded = landscape.systems.len() <= WORDED_LABELS_MAX;
        let mut arrows = Vec::new();
        for (system, box_) in landscape.systems.iter().zip(&placed) {
            let (dx, dy) = (box_.centre.x - middle.x, box_.centre.y - middle.y);
            let length = dx.hypot(dy).max(f32::EPSILON);
            let (dx, dy) = (dx / length, dy / length);
            let from = edge_of(&centre, dx, dy);
            let to = edge_of(box_, -dx, -dy);
            let k = system.groups.len();
            for (j, group) in system.groups.iter().enumerate() {
                let offset = (j as f32 - (k as f32 - 1.0) / 2.0) * ARROW_GAP * size.max(0.8);
                let (ox, oy) = (-dy * offset, dx * offset);
                let at_fo = Point::new(from.x + ox, from.y + oy);
                let at_system = Point::new(to.x + ox, to.y + oy);
                let label = label(group, catalogue, worded);
                let label_at = label_place(&label, SMALL_SIZE * size, (at_fo, at_system), j, |r| {
                    overlap(r, &centre) || placed.iter().any(|b| overlap(r, b))
                });
                arrows.push(Arrow {
                    at_fo,
                    at_system,
                    direction: group.direction,
                    lead: group.lead.clone(),
                    dashed: group.drifted > 0,
                    label,
                    label_at,
                });
            }
        }
        Self {
            width: WIDTH,
            height: HEIGHT,
            title: title.to_owned(),
            subtitle: format!(
                "{} with {}; each arrow is a group of interfaces of one direction and outcome",
                count(interfaces, "interface", "interfaces"),
                count(systems_drawn, "system", "systems"),
            ),
            centre,
            systems: placed,
            arrows,
            legend,
            label_size: SMALL_SIZE * size,
            legend_note,
        }
    }
}

/// Where an arrow's label goes: along the arrow from F&O's end to the system's, at the first
/// of a few places where it covers no box (`covers`). Labels of one system's arrows (the
/// `j`th) start at different places, so that they do not cover each other whichever way the
/// arrows run.
fn label_place(
    label: &str,
    size: f32,
    (from, to): (Point, Point),
    j: usize,
    covers: impl Fn(&Node) -> bool,
) -> Point {
    let at = |t: f32| Point::new(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    let first = 0.42 + 0.16 * (j % 3) as f32;
    let patch = |centre: Point| Node {
        centre,
        width: text_width(label, size) + 4.0,
        height: size + 4.0,
        name: String::new(),
        full_name: String::new(),
        detail: String::new(),
        flagged: false,
        name_size: size,
        detail_size: size,
    };
    [first, 0.3, 0.5, 0.7, 0.85, 0.2]
        .into_iter()
        .map(at)
        .find(|&point| !covers(&patch(point)))
        .unwrap_or_else(|| at(first))
}

/// The systems' boxes on an ellipse around `centre` between `top` and `bottom` (every other
/// one on an inner ellipse `inner` times as large, if given), clockwise from the top, their
/// text at `size` times the full size.
fn place(
    landscape: &Landscape,
    centre: &Node,
    (top, bottom): (f32, f32),
    inner: Option<f32>,
    size: f32,
) -> Vec<Node> {
    let count_drawn = landscape.systems.len();
    let boxes: Vec<Node> = landscape
        .systems
        .iter()
        .map(|system| {
            let flagged = system.groups.iter().any(|g| g.drifted + g.conflicts > 0);
            let detail = count(system.interfaces(), "interface", "interfaces");
            node(centre.centre, &system.name, detail, flagged, size)
        })
        .collect();
    // The ellipse leaves room for half the widest box at the sides and half a box's height
    // at the top and bottom.
    let widest = boxes.iter().map(|b| b.width).fold(0.0f32, f32::max);
    let tallest = boxes.iter().map(|b| b.height).fold(0.0f32, f32::max);
    let radii = (
        WIDTH / 2.0 - MARGIN - widest / 2.0,
        (bottom - top) / 2.0 - tallest / 2.0,
    );
    boxes
        .into_iter()
        .enumerate()
        .map(|(index, mut box_)| {
            let angle = -std::f32::consts::FRAC_PI_2
                + std::f32::consts::TAU * index as f32 / count_drawn.max(1) as f32;
            let ring = match inner {
                Some(inner) if index % 2 == 1 => inner,
                _ => 1.0,
            };
            box_.centre = Point::new(
                centre.centre.x + radii.0 * ring * angle.cos(),
                centre.centre.y + radii.1 * ring * angle.sin(),
            );
            box_
        })
        .collect()
}

/// The legend's entries, its note and its height: one entry per lead, in rows that wrap.
fn legend(
    landscape: &Landscape,
    catalogue: &Catalogue,
) -> (Vec<LegendEntry>, Option<(String, Point)>, f32) {
    let mut entries = Vec::new();
    let (mut x, mut y) = (MARGIN, 0.0f32);
    for lead in landscape.leads() {
        let interfaces: usize = landscape
            .systems
            .iter()
            .flat_map(|s| &s.groups)
            .filter(|g| &g.lead == lead)
            .map(|g| g.interfaces)
            .sum();
        let words = format!("{} ({interfaces})", lead.words(catalogue));
        let width = 24.0 + text_width(&words, SMALL_SIZE) + 18.0;
        if x + width > WIDTH - MARGIN && x > MARGIN {
            x = MARGIN;
            y += LEGEND_ROW;
        }
        entries.push(LegendEntry {
            lead: lead.clone(),
            words,
            at: Point::new(x, y),
        });
        x += width;
    }
    let groups = || landscape.systems.iter().flat_map(|s| &s.groups);
    let drifted: usize = groups().map(|g| g.drifted).sum();
    let conflicting: usize = groups().map(|g| g.conflicts).sum();
    let note = (drifted + conflicting > 0).then(|| {
        let words = format!(
            "Dashed arrow: a recorded decision the advice no longer supports ({drifted}). Red outline: a system with such a decision or with answers that contradict each other ({conflicting})."
        );
        (words, Point::new(MARGIN, HEIGHT - MARGIN - LEGEND_ROW / 2.0))
    });
    let rows = if entries.is_empty() {
        0.0
    } else {
        y + LEGEND_ROW
    };
    let height = rows + if note.is_some() { LEGEND_ROW } else { 0.0 };
    // Entries are placed from the band's top; the band sits at the bottom of the canvas.
    let band_top = HEIGHT - MARGIN - height;
    for entry in &mut entries {
        entry.at.y += band_top;
    }
    (entries, note, height + 8.0)
}

#[cfg(test)]
mod tests;
