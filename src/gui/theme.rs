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

/// The interview's question, the largest type in the window (points, before zoom).
pub const INTERVIEW_QUESTION_SIZE: f32 = 26.0;

/// The interview's answers and the count of possible patterns beside them.
pub const INTERVIEW_ANSWER_SIZE: f32 = 17.0;
/// The answers "What would change it" shows before folding the rest: two rows of chips at
/// 1280×720 in presentation mode, so the pictures and reasons stay above the fold.
pub const CHIPS_SHOWN: usize = 5;
/// Size of the recommended pattern's name.
pub const HEADLINE_SIZE: f32 = 26.0;
/// The type scale, in points before zoom.
///
/// Every text in the window takes one of these sizes (or [`HEADLINE_SIZE`]), so zoom and
/// presentation mode enlarge all of it alike. The smallest is kept at 11 points: help lines,
/// sources and chart labels must still read on a projector at 1280×720, where presentation mode
/// makes them 16.5 pixels.
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
    // The theme is the user's preference, never the system's: egui would otherwise switch to
    // the system's theme when the platform reports one (Wine reports light) or when it
    // changes, and draw our dark window with the light theme's colours.
    let theme = if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    ctx.set_theme(theme);
    ctx.set_visuals_of(
        theme,
        if dark {
            Visuals::dark()
        } else {
            Visuals::light()
        },
    );
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
///
/// Chosen for a projector, which washes contrast out: against the panel, on a badge's wash and
/// on a highlighted row, every colour keeps a contrast ratio of at least 4.5:1 (WCAG AA for
/// body text) in both themes; `tests` below computes it.
pub fn fit_colour(fit: Fit, dark: bool) -> Color32 {
    match (fit, dark) {
        (Fit::Recommended, true) => Color32::from_rgb(0x3f, 0xb9, 0x50),
        (Fit::Recommended, false) => Color32::from_rgb(0x11, 0x63, 0x29),
        (Fit::Suitable, true) => Color32::from_rgb(0x58, 0xa6, 0xff),
        (Fit::Suitable, false) => Color32::from_rgb(0x05, 0x50, 0xae),
        (Fit::Weak, true) => Color32::from_rgb(0xd2, 0x99, 0x22),
        (Fit::Weak, false) => Color32::from_rgb(0x7d, 0x4e, 0x00),
        (Fit::Excluded, true) => Color32::from_rgb(0xff, 0x7b, 0x72),
        (Fit::Excluded, false) => Color32::from_rgb(0xa4, 0x0e, 0x26),
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

/// Background of the highlighted rows of a table (the recommendation, the tied patterns):
/// solid and faint, so that coloured badges on it keep their contrast.
pub fn row_highlight(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x25, 0x36, 0x4a)
    } else {
        Color32::from_rgb(0xdb, 0xe6, 0xf3)
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
/// same on every machine: `DejaVu` Sans for symbols, Greek, Cyrillic, Hebrew and Arabic letters;
/// Droid Sans Fallback for Chinese and Japanese; Nanum Gothic for Korean (Droid Sans Fallback
/// has only 3 of the 11,172 Hangul syllables). Licences: `assets/fonts/*-LICENSE.txt`.
#[expect(
    clippy::large_include_file,
    reason = "the fonts are bundled on purpose: text must render the same on every machine"
)]
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
/// for anything they lack (emoji, rarer scripts), found on demand.
///
/// The system's fonts are enumerated only when a character first misses every bundled font
/// (see [`LazySystemFonts`]). Tests leave them out, so that they see only what the project
/// ships.
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
    ctx.add_font_provider(std::sync::Arc::new(LazySystemFonts::default()));
}

/// The system's fonts, enumerated the first time a character misses every bundled font.
///
/// `SystemFontProvider::new` enumerates every installed font on a thread of its own as soon
/// as it is made. On a desktop with a few hundred fonts that competed with the first frame for
/// the CPU and held tens of MiB (`scripts/startup`: 1.31x and +33 MiB against a bare window
/// with 131 fonts installed, 1.11x and +12.5 MiB with 22). The bundled fonts cover the text the
/// app writes and the scripts users commonly type, so most sessions never need the system's.
#[derive(Default)]
struct LazySystemFonts {
    provider: std::sync::OnceLock<egui_system_font_provider::SystemFontProvider>,
}

impl egui::epaint::text::FontProvider for LazySystemFonts {
    fn font_for(
        &self,
        request: &egui::epaint::text::FallbackRequest<'_>,
    ) -> Option<egui::epaint::text::FontInsert> {
        self.provider
            .get_or_init(egui_system_font_provider::SystemFontProvider::new)
            .font_for(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The look is applied before the platform has said anything (the window's creator runs
    /// first); a system theme reported afterwards must not replace the user's choice.
    #[test]
    fn the_chosen_theme_holds_when_the_system_then_reports_the_other_one() {
        for (dark, system) in [(true, egui::Theme::Light), (false, egui::Theme::Dark)] {
            let ctx = Context::default();
            apply(&ctx, dark);
            let input = egui::RawInput {
                system_theme: Some(system),
                ..Default::default()
            };
            ctx.run_ui(input, |_| {}).textures_delta.clear();
            assert_eq!(
                ctx.global_style().visuals.dark_mode,
                dark,
                "chosen dark: {dark}"
            );
        }
    }

    /// WCAG 2 relative luminance of an sRGB colour.
    fn luminance(colour: Color32) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(colour.r()) + 0.7152 * linear(colour.g()) + 0.0722 * linear(colour.b())
    }

    fn contrast(a: Color32, b: Color32) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// `colour` laid over `background` at `alpha`, as the badge's wash is drawn.
    fn over(colour: Color32, background: Color32, alpha: f32) -> Color32 {
        let mix =
            |c: u8, b: u8| (f32::from(c) * alpha + f32::from(b) * (1.0 - alpha)).round() as u8;
        Color32::from_rgb(
            mix(colour.r(), background.r()),
            mix(colour.g(), background.g()),
            mix(colour.b(), background.b()),
        )
    }

    /// A stripe as drawn on the panel: egui's faint colour is additive (alpha 0) in one theme
    /// and opaque in the other.
    fn on_panel(stripe: Color32, panel: Color32) -> Color32 {
        if stripe.a() == 0 {
            Color32::from_rgb(
                panel.r().saturating_add(stripe.r()),
                panel.g().saturating_add(stripe.g()),
                panel.b().saturating_add(stripe.b()),
            )
        } else {
            over(stripe, panel, f32::from(stripe.a()) / 255.0)
        }
    }

    #[test]
    fn fit_colours_keep_aa_contrast_on_every_background_they_are_drawn_on() {
        for dark in [false, true] {
            let visuals = if dark {
                Visuals::dark()
            } else {
                Visuals::light()
            };
            for fit in [Fit::Recommended, Fit::Suitable, Fit::Weak, Fit::Excluded] {
                let colour = fit_colour(fit, dark);
                for (background, name) in [
                    (visuals.panel_fill, "panel"),
                    (
                        on_panel(visuals.faint_bg_color, visuals.panel_fill),
                        "striped row",
                    ),
                    (over(colour, visuals.panel_fill, BADGE_WASH), "badge wash"),
                    (row_highlight(dark), "highlighted row"),
                ] {
                    let ratio = contrast(colour, background);
                    assert!(
                        ratio >= 4.5,
                        "{fit:?} (dark: {dark}) on the {name}: {ratio:.2}:1"
                    );
                }
            }
        }
    }
}
