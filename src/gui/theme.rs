//! Colours, sizes and the light/dark themes, in one place. No other file names a colour.

use egui::{Color32, Context, Visuals};

use crate::core::evaluation::{Effect, Fit};

/// How much presentation mode enlarges the type, on top of the user's zoom.
pub const PRESENTATION_ZOOM: f32 = 1.5;
/// The zoom range Ctrl + and Ctrl - move within.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.5..=3.0;
/// One zoom step.
pub const ZOOM_STEP: f32 = 0.1;
/// Width of the library panel, in points.
pub const LIBRARY_WIDTH: f32 = 250.0;
/// Width of the editor column, in points.
pub const EDITOR_WIDTH: f32 = 430.0;
/// The share of the window the editor takes in presentation mode, where type is larger.
pub const PRESENTATION_EDITOR_SHARE: f32 = 0.42;
/// The widest the editor may be dragged, as a share of the window.
pub const EDITOR_MAX_SHARE: f32 = 0.6;
/// Space between sections.
pub const SECTION_GAP: f32 = 10.0;
/// Size of the recommended pattern's name.
pub const HEADLINE_SIZE: f32 = 26.0;
/// The type scale, in points before zoom. Every text in the window takes one of these sizes
/// (or [`HEADLINE_SIZE`]), so zoom and presentation mode enlarge all of it alike. The
/// smallest is kept at 11 points: help lines, sources and chart labels must still read on a
/// projector at 1280×720, where presentation mode makes them 16.5 pixels.
pub const TEXT_SMALL: f32 = 11.0;
/// Body text, buttons and badges.
pub const TEXT_BODY: f32 = 13.5;
/// Section headings.
pub const TEXT_HEADING: f32 = 19.0;
/// File paths and values in monospace.
pub const TEXT_MONOSPACE: f32 = 12.5;
/// How strongly a badge's colour tints the badge's background.
pub const BADGE_WASH: f32 = 0.14;

/// Applies the theme and the type scale to the whole context.
pub fn apply(ctx: &Context, dark: bool) {
    ctx.set_visuals(if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    });
    ctx.all_styles_mut(|style| {
        use egui::{FontFamily, FontId, TextStyle};
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(TEXT_SMALL, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(TEXT_BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(TEXT_BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(TEXT_HEADING, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(TEXT_MONOSPACE, FontFamily::Monospace),
            ),
        ]
        .into();
    });
}

/// The colour of a fit badge.
pub fn fit_colour(fit: Fit, dark: bool) -> Color32 {
    match (fit, dark) {
        (Fit::Recommended, true) => Color32::from_rgb(0x3f, 0xb9, 0x50),
        (Fit::Recommended, false) => Color32::from_rgb(0x1a, 0x7f, 0x37),
        (Fit::Suitable, true) => Color32::from_rgb(0x58, 0xa6, 0xff),
        (Fit::Suitable, false) => Color32::from_rgb(0x09, 0x69, 0xda),
        (Fit::Weak, true) => Color32::from_rgb(0xd2, 0x99, 0x22),
        (Fit::Weak, false) => Color32::from_rgb(0x9a, 0x67, 0x00),
        (Fit::Excluded, true) => Color32::from_rgb(0xf8, 0x51, 0x49),
        (Fit::Excluded, false) => Color32::from_rgb(0xcf, 0x22, 0x2e),
    }
}

/// The colour of a reason's effect.
pub fn effect_colour(effect: Effect, dark: bool) -> Color32 {
    match effect {
        Effect::Favours(_) => fit_colour(Fit::Recommended, dark),
        Effect::CountsAgainst(_) => fit_colour(Fit::Weak, dark),
        Effect::Excludes => fit_colour(Fit::Excluded, dark),
        Effect::Notes => muted(dark),
    }
}

/// Text that matters less (help lines, sources).
pub fn muted(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(150)
    } else {
        Color32::from_gray(95)
    }
}

/// Background of a highlighted cell or row (differences, the current recommendation).
pub fn highlight(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(0x58, 0xa6, 0xff, 40)
    } else {
        Color32::from_rgba_unmultiplied(0x09, 0x69, 0xda, 30)
    }
}

/// Colour of a validation message or an error.
pub fn error(dark: bool) -> Color32 {
    fit_colour(Fit::Excluded, dark)
}

/// Colour of a warning.
pub fn warning(dark: bool) -> Color32 {
    fit_colour(Fit::Weak, dark)
}

/// Fonts bundled behind egui's default font, so that text in any common script renders the
/// same on every machine: DejaVu Sans for symbols, Greek, Cyrillic, Hebrew and Arabic letters;
/// Droid Sans Fallback for Chinese and Japanese; Nanum Gothic for Korean (Droid Sans Fallback
/// has only 3 of the 11,172 Hangul syllables). Licences: `assets/fonts/*-LICENSE.txt`.
const FALLBACK_FONTS: [(&str, &[u8]); 3] = [
    (
        "dejavu-sans",
        include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
    ),
    (
        "droid-sans-fallback",
        include_bytes!("../../assets/fonts/DroidSansFallbackFull.ttf"),
    ),
    (
        "nanum-gothic",
        include_bytes!("../../assets/fonts/NanumGothic.ttf"),
    ),
];

/// Installs the bundled fallback fonts and, when `system_fonts` is set, the system's own fonts
/// for anything they lack (emoji, rarer scripts), found on demand. Tests leave the system's
/// fonts out, so that they see only what the project ships.
pub fn install_fonts(ctx: &Context, system_fonts: bool) {
    let mut fonts = egui::FontDefinitions::default();
    for (name, data) in FALLBACK_FONTS {
        fonts.font_data.insert(
            name.to_owned(),
            std::sync::Arc::new(egui::FontData::from_static(data)),
        );
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push(name.to_owned());
        }
    }
    ctx.set_fonts(fonts);
    if !system_fonts {
        return;
    }
    ctx.add_font_provider(std::sync::Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
}
