//! The landscape's colours, as plain RGB so that the SVG and the window agree.
//!
//! One colour per pattern (by its place in the catalogue, so a pattern keeps its colour in
//! every picture), and colours kept for the outcomes that lead nowhere.

use super::Lead;
use advisor_core::catalogue::Catalogue;

/// An sRGB colour.
pub type Rgb = [u8; 3];

/// One colour per pattern, in the catalogue's order, readable on a white slide: a
/// qualitative palette with no red, amber or grey, which mean the outcomes below.
const PATTERN_COLOURS: [Rgb; 16] = [
    [31, 119, 180],  // blue
    [44, 160, 44],   // green
    [148, 103, 189], // purple
    [23, 190, 207],  // cyan
    [140, 86, 75],   // brown
    [227, 119, 194], // pink
    [188, 189, 34],  // olive
    [57, 59, 121],   // indigo
    [82, 84, 163],   // slate blue
    [99, 121, 57],   // moss
    [0, 128, 128],   // teal
    [123, 65, 115],  // plum
    [107, 174, 214], // light blue
    [49, 163, 84],   // leaf
    [158, 154, 200], // lavender
    [140, 109, 49],  // ochre
];

/// A tie: grey, since the team has yet to choose.
const UNDECIDED: Rgb = [120, 124, 130];
/// Open answers: a lighter grey, since the answers have yet to come.
const PENDING: Rgb = [170, 174, 180];
/// No good fit: amber, a warning.
const NO_FIT: Rgb = [214, 120, 0];
/// Every pattern ruled out: red.
const NOTHING: Rgb = [200, 30, 45];

/// The colours of one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Whether the background is dark.
    pub dark: bool,
    /// The canvas.
    pub background: Rgb,
    /// Names and labels.
    pub text: Rgb,
    /// Counts and the legend's notes.
    pub muted: Rgb,
    /// A system's box.
    pub node_fill: Rgb,
    /// A system's outline.
    pub node_stroke: Rgb,
    /// F&O's box in the middle.
    pub centre_fill: Rgb,
    /// The text in F&O's box.
    pub centre_text: Rgb,
    /// The outline of a system with drifted decisions or contradictory answers.
    pub warning: Rgb,
}

impl Theme {
    /// Dark text on white: for slides and paper.
    pub const LIGHT: Self = Self {
        dark: false,
        background: [255, 255, 255],
        text: [31, 35, 40],
        muted: [89, 99, 110],
        node_fill: [246, 248, 250],
        node_stroke: [140, 149, 159],
        centre_fill: [0, 94, 184],
        centre_text: [255, 255, 255],
        warning: [200, 30, 45],
    };

    /// Light text on a dark background: for a dark window or a dark deck.
    pub const DARK: Self = Self {
        dark: true,
        background: [27, 29, 33],
        text: [230, 233, 237],
        muted: [160, 168, 178],
        node_fill: [44, 48, 54],
        node_stroke: [110, 118, 128],
        centre_fill: [40, 120, 210],
        centre_text: [255, 255, 255],
        warning: [255, 110, 110],
    };

    /// The theme for a dark or a light background.
    pub const fn of(dark: bool) -> Self {
        if dark { Self::DARK } else { Self::LIGHT }
    }

    /// The colour of an arrow that leads to `lead`.
    pub fn lead(&self, lead: &Lead, catalogue: &Catalogue) -> Rgb {
        let base = match lead {
            Lead::Pattern(id) => catalogue
                .patterns
                .iter()
                .position(|pattern| &pattern.id == id)
                .map_or(UNDECIDED, |index| {
                    PATTERN_COLOURS[index % PATTERN_COLOURS.len()]
                }),
            Lead::Tie(_) => UNDECIDED,
            Lead::Open => PENDING,
            Lead::NoFit => NO_FIT,
            Lead::Nothing => NOTHING,
        };
        if self.dark { lighter(base) } else { base }
    }
}

/// A third of the way to white: the same hue, readable on a dark background.
fn lighter(colour: Rgb) -> Rgb {
    colour.map(|c| c + (255 - c) / 3)
}

/// The colour as CSS writes it: `#1f77b4`.
pub fn css(colour: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", colour[0], colour[1], colour[2])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing;

    #[test]
    fn every_pattern_of_the_catalogue_has_a_colour_of_its_own() {
        let catalogue = testing::catalogue();
        assert!(catalogue.patterns.len() <= PATTERN_COLOURS.len());
        for theme in [Theme::LIGHT, Theme::DARK] {
            let mut seen = std::collections::BTreeSet::new();
            for pattern in &catalogue.patterns {
                let colour = theme.lead(&Lead::Pattern(pattern.id.clone()), catalogue);
                assert!(seen.insert(colour), "{} shares a colour", pattern.id);
                for kept in [UNDECIDED, PENDING, NO_FIT, NOTHING] {
                    let kept = if theme.dark { lighter(kept) } else { kept };
                    assert_ne!(colour, kept, "{} looks like an outcome", pattern.id);
                }
            }
        }
    }

    #[test]
    fn colours_are_written_as_css_hex() {
        assert_eq!(css([31, 119, 180]), "#1f77b4");
        assert_eq!(css([0, 0, 0]), "#000000");
        assert_eq!(lighter([0, 0, 0]), [85, 85, 85]);
    }
}
