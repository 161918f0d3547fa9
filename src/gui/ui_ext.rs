//! Helper widgets as an extension of `egui::Ui`, so views share one look without a helper
//! struct threaded through every function.

use egui::{Color32, Response, RichText, Ui};

use crate::core::catalogue::Parameters;
use crate::core::evaluation::{Effect, Evaluation, Fit, PatternResult, Reason};
use crate::core::questions::Question;

use super::theme;

/// Small widgets every view uses.
pub trait UiExt {
    /// Whether the dark theme is on.
    fn dark(&self) -> bool;
    /// A question's caption, in strong type; returns the label so inputs can be tied to it.
    fn caption(&mut self, question: &Question) -> Response;
    /// A question's one-line help and a link to its source.
    fn help_line(&mut self, question: &Question);
    /// Muted small text.
    fn muted(&mut self, text: impl Into<String>) -> Response;
    /// A coloured fit badge (`recommended`, `suitable`, …).
    fn fit_badge(&mut self, fit: Fit) -> Response;
    /// A reason on one wrapped line: its effect badge and its text.
    fn reason_line(&mut self, reason: &Reason, parameters: &Parameters);
    /// The pattern's standing in words: its fit, or `tied` in a tie, or `closest` with no fit.
    fn standing_badge(&mut self, evaluation: &Evaluation, result: &PatternResult) -> Response;
    /// A coloured effect badge (`favours +20`).
    fn effect_badge(&mut self, effect: Effect, parameters: &Parameters) -> Response;
    /// A link to a source: a web page opens in the browser; a seed name is shown as text.
    fn source_link(&mut self, source: &str) -> Response;
    /// A validation or error message in the error colour.
    fn error_text(&mut self, text: &str) -> Response;
    /// A warning in the warning colour.
    fn warning_text(&mut self, text: &str) -> Response;
}

impl UiExt for Ui {
    fn dark(&self) -> bool {
        self.visuals().dark_mode
    }

    fn caption(&mut self, question: &Question) -> Response {
        self.label(RichText::new(question.caption).strong())
    }

    fn help_line(&mut self, question: &Question) {
        self.horizontal_wrapped(|ui| {
            ui.muted(question.help);
            ui.source_link(question.source);
        });
    }

    fn muted(&mut self, text: impl Into<String>) -> Response {
        let colour = theme::muted(self.dark());
        self.label(RichText::new(text).small().color(colour))
    }

    fn fit_badge(&mut self, fit: Fit) -> Response {
        badge(self, fit.label(), theme::fit_colour(fit, self.dark()))
    }

    fn reason_line(&mut self, reason: &Reason, parameters: &Parameters) {
        self.horizontal_wrapped(|ui| {
            ui.effect_badge(reason.effect, parameters);
            ui.label(&reason.text);
        });
    }

    fn standing_badge(&mut self, evaluation: &Evaluation, result: &PatternResult) -> Response {
        let colour = match crate::core::explain::standing(evaluation, result) {
            "tied" => theme::fit_colour(Fit::Suitable, self.dark()),
            "closest" => theme::warning(self.dark()),
            _ => theme::fit_colour(result.fit, self.dark()),
        };
        badge(
            self,
            crate::core::explain::standing(evaluation, result),
            colour,
        )
    }

    fn effect_badge(&mut self, effect: Effect, parameters: &Parameters) -> Response {
        badge(
            self,
            &effect.describe(parameters),
            theme::effect_colour(effect, self.dark()),
        )
    }

    fn source_link(&mut self, source: &str) -> Response {
        if source.is_empty() {
            // Our own observation, with no document behind it.
            self.label("")
        } else if source.starts_with("https://") {
            self.hyperlink_to(RichText::new("source").small(), source)
                .on_hover_text(source)
        } else {
            self.muted(format!("source: {source}"))
        }
    }

    fn error_text(&mut self, text: &str) -> Response {
        let colour = theme::error(self.dark());
        self.label(RichText::new(text).color(colour))
    }

    fn warning_text(&mut self, text: &str) -> Response {
        let colour = theme::warning(self.dark());
        self.label(RichText::new(format!("Warning: {text}")).color(colour))
    }
}

/// A badge: a word in its colour on a faint wash of it, at body size, so that it sits on the
/// same line as the text beside it and reads from the back of a room.
fn badge(ui: &mut Ui, text: &str, colour: Color32) -> Response {
    ui.label(
        RichText::new(text)
            .strong()
            .color(colour)
            .background_color(colour.gamma_multiply(theme::BADGE_WASH)),
    )
}
