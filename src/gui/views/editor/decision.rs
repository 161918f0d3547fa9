//! The editor's decision record: whether a decision is kept in the file, and its status,
//! pattern, rationale, people and date.

use egui::Ui;

use egui::{ComboBox, TextEdit};

use super::{EditorView, choice};
use crate::core::catalogue::Catalogue;
use crate::core::model::{Decision, DecisionStatus};
use crate::core::validate::{self, CheckedField};
use crate::gui::ui_ext::UiExt as _;

impl EditorView {
    pub(super) fn decision(
        &mut self,
        ui: &mut Ui,
        decision: &mut Option<Decision>,
        recommended: Option<&str>,
        problems: &[(CheckedField, String)],
        catalogue: &Catalogue,
    ) {
        let problem = |field| validate::problem(problems, field);
        ui.heading("Decision record");
        let mut recorded = decision.is_some();
        if ui
            .checkbox(&mut recorded, "Record a decision in this file")
            .changed()
        {
            *decision = recorded.then(|| Decision {
                status: DecisionStatus::Proposed,
                pattern: recommended.unwrap_or("odata").to_owned(),
                rationale: String::new(),
                decided_by: Vec::new(),
                date: today(),
                supersedes: None,
                catalogue_version: Some(catalogue.version),
            });
        }
        let Some(decision) = decision else {
            ui.muted("The decision is kept in the file, so a team can check it in CI (`integration-advisor check`).");
            return;
        };
        choice(
            ui,
            &mut decision.status,
            &[
                (DecisionStatus::Proposed, "Proposed"),
                (DecisionStatus::Accepted, "Accepted"),
                (DecisionStatus::Rejected, "Rejected"),
                (DecisionStatus::Superseded, "Superseded"),
            ],
        );
        // Wrapped rows: a long pattern name must not widen the editor pane.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Decided pattern");
            let shown = catalogue.name_of(&decision.pattern);
            ComboBox::from_id_salt("decided-pattern")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for pattern in &catalogue.patterns {
                        ui.selectable_value(
                            &mut decision.pattern,
                            pattern.id.clone(),
                            &pattern.name,
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            if let Some(id) = recommended
                && id != decision.pattern
                && ui.button("Use the recommendation").clicked()
            {
                decision.pattern = id.to_owned();
            }
        });
        if let Some(message) = problem(CheckedField::DecisionPattern) {
            ui.error_text(message);
        }
        let label = ui.label("Rationale");
        ui.add(
            TextEdit::multiline(&mut decision.rationale)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        if let Some(message) = problem(CheckedField::Rationale) {
            ui.error_text(message);
        }
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Decided by");
            if ui
                .add(
                    TextEdit::singleline(&mut self.decided_by_text)
                        .hint_text("names, separated by commas"),
                )
                .labelled_by(label.id)
                .changed()
            {
                decision.decided_by = split_names(&self.decided_by_text);
            }
        });
        if let Some(message) = problem(CheckedField::DecidedBy) {
            ui.error_text(message);
        }
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Date");
            ui.add(TextEdit::singleline(&mut decision.date).desired_width(110.0))
                .labelled_by(label.id);
            if ui.button("Today").clicked() {
                decision.date = today();
            }
        });
        if let Some(message) = problem(CheckedField::DecisionDate) {
            ui.error_text(message);
        }
        // The file a decision supersedes has no field here; its problem closes the record.
        if let Some(message) = problem(CheckedField::Supersedes) {
            ui.error_text(message);
        }
    }
}

pub(super) fn split_names(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Today's date in UTC as `YYYY-MM-DD`.
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    // Civil-from-days (Howard Hinnant's algorithm), valid for the proleptic Gregorian calendar.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::validate;

    #[test]
    fn today_is_a_valid_iso_date() {
        assert!(validate::is_iso_date(&today()));
    }
}
