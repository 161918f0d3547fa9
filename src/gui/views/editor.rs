//! The scenario editor.
//!
//! Every requirement of format 1 as the fitting control, each with its help line and source,
//! validation next to the field. It edits the scenario in place; the app re-evaluates when the
//! scenario changed.

use crate::core::evaluation::Note;
use crate::core::model::Requirements;
use egui::{ComboBox, TextEdit, Ui};

use crate::bundled::Library;
use crate::core::advice::Advice;
use crate::core::field::Field;
use crate::core::lenient;
use crate::core::model::OpenQuestion;
use crate::core::model::{
    Counterpart, Deployment, Direction, ErrorFeedback, Exchange, Frequency, Initiator,
    ModelDrivenApp, Scenario,
};
use crate::core::questions::{self, Question};
use crate::core::text::group_thousands;
use crate::core::validate::{self, CheckedField};
use crate::gui::command::Command;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::gui::views::editor_questions::{
    ask_next_marker, conflicts_at, open_toggle, separating_questions,
};

mod decision;

use decision::split_names;

/// Frequency presets offered as one click, in minutes.
const FREQUENCY_PRESETS: [(u32, &str); 4] = [
    (5, "5 min"),
    (15, "15 min"),
    (60, "Hourly"),
    (1440, "Daily"),
];

/// The editor's view state: text being typed into number fields, kept while it does not
/// parse, so a half-typed value is not thrown away.
#[derive(Default)]
pub struct EditorView {
    volume_text: String,
    volume_error: Option<String>,
    minutes_text: String,
    minutes_error: Option<String>,
    decided_by_text: String,
}

impl EditorView {
    /// A value typed into a number field that does not parse yet, and so is not in the
    /// scenario: saving now would silently keep the old value, so the app asks first.
    pub fn pending_error(&self) -> Option<String> {
        let field = |caption: &str, error: &Option<String>| {
            error.as_ref().map(|e| format!("{caption}: {e}"))
        };
        field(questions::PEAK_VOLUME.caption, &self.volume_error)
            .or_else(|| field("Every N minutes", &self.minutes_error))
    }

    /// What the result cannot show while a typed value does not parse: the value it still
    /// uses instead, said next to the result so that nobody reads it as the typed one.
    pub fn stale_inputs(&self, scenario: &crate::core::model::Scenario) -> Vec<String> {
        let mut stale = Vec::new();
        if self.volume_error.is_some() {
            let used = scenario
                .requirements
                .peak_records_per_hour
                .map_or("unknown".to_owned(), |v| {
                    format!("{} records an hour", crate::core::text::group_thousands(v))
                });
            stale.push(format!(
                "Peak records per hour “{}” is not a number yet; the result still uses {used}.",
                self.volume_text.trim()
            ));
        }
        if self.minutes_error.is_some()
            && let crate::core::model::Frequency::Every { minutes } =
                scenario.requirements.frequency
        {
            stale.push(format!(
                "Every “{}” minutes is not a number yet; the result still uses every {minutes} minutes.",
                self.minutes_text.trim()
            ));
        }
        stale
    }

    /// Draws the editor for `scenario`.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        scenario: &mut Scenario,
        advice: &Advice,
        library: Library<'_>,
        document_key: &str,
        commands: &mut Vec<Command>,
    ) {
        let evaluation = &advice.evaluation;
        // The open question whose answer matters most, marked "ask next" in the form.
        let ask_next = advice
            .open
            .as_ref()
            .and_then(|open| open.ask_next.first())
            .filter(|ask| ask.outcomes > 1)
            .map(|ask| ask.field);
        let recommended = evaluation.recommended.as_deref();
        let warnings = &evaluation.warnings;
        self.sync_texts(scenario);
        let problems = validate::validate(scenario, library.pattern_ids);
        let problem = |field: CheckedField| {
            problems
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, m)| m.as_str())
        };

        // One scroll position per document: a new scenario starts at the top.
        egui::ScrollArea::vertical()
            .id_salt(("editor", document_key))
            .show(ui, |ui| {
                ui.heading("Scenario");
                let label = ui.caption(&questions::TITLE);
                ui.add(TextEdit::singleline(&mut scenario.title).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                if let Some(message) = problem(CheckedField::Title) {
                    ui.error_text(message);
                }
                ui.help_line(&questions::TITLE);
                gap(ui);

                let label = ui.caption(&questions::CONTEXT);
                ui.add(
                    TextEdit::multiline(&mut scenario.context)
                        .desired_rows(3)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
                if let Some(message) = problem(CheckedField::Context) {
                    ui.error_text(message);
                }
                ui.help_line(&questions::CONTEXT);
                gap(ui);

                let r = &mut scenario.requirements;
                exchange_questions(ui, r, warnings, ask_next, commands);
                self.timing_questions(ui, r, warnings, ask_next);
                environment_questions(ui, r, warnings, ask_next);
                ui.separator();
                separating_questions(ui, r, warnings);
                ui.separator();
                self.decision(
                    ui,
                    &mut scenario.decision,
                    recommended,
                    &problems,
                    library.catalogue,
                );
            });
    }

    /// Keeps the number fields' text in step with the scenario after undo, redo or a switch
    /// of document, without overwriting text the user is still typing.
    fn sync_texts(&mut self, scenario: &Scenario) {
        let volume = scenario.requirements.peak_records_per_hour;
        if self.volume_error.is_none() && lenient::parse_volume(&self.volume_text) != Ok(volume) {
            self.volume_text = volume.map(group_thousands).unwrap_or_default();
        }
        if let Frequency::Every { minutes } = scenario.requirements.frequency
            && self.minutes_error.is_none()
            && self.minutes_text.trim().parse::<u32>() != Ok(minutes)
        {
            self.minutes_text = minutes.to_string();
        }
        let decided_by = scenario
            .decision
            .as_ref()
            .map(|d| d.decided_by.join(", "))
            .unwrap_or_default();
        if split_names(&self.decided_by_text) != split_names(&decided_by) {
            self.decided_by_text = decided_by;
        }
    }

    /// Real time, peak volume and frequency, with their "not known yet" boxes.
    fn timing_questions(
        &mut self,
        ui: &mut Ui,
        r: &mut Requirements,
        warnings: &[Note],
        ask_next: Option<Field>,
    ) {
        question(ui, &questions::REAL_TIME, |ui| {
            ui.checkbox(&mut r.real_time, "Real time");
        });
        open_toggle(ui, r, OpenQuestion::RealTime, ask_next);
        conflicts_at(ui, warnings, Field::RealTime);
        self.peak_volume(ui, &mut r.peak_records_per_hour);
        ask_next_marker(ui, Field::PeakRecordsPerHour, ask_next);
        conflicts_at(ui, warnings, Field::PeakRecordsPerHour);
        self.frequency(ui, &mut r.frequency);
        open_toggle(ui, r, OpenQuestion::Frequency, ask_next);
        conflicts_at(ui, warnings, Field::Frequency);
    }

    fn peak_volume(&mut self, ui: &mut Ui, volume: &mut Option<u64>) {
        let label = ui.caption(&questions::PEAK_VOLUME);
        ui.horizontal(|ui| {
            let response = ui
                .add(
                    TextEdit::singleline(&mut self.volume_text)
                        .hint_text("unknown")
                        .desired_width(160.0),
                )
                .labelled_by(label.id);
            if response.changed() {
                match lenient::parse_volume(&self.volume_text) {
                    Ok(parsed) => {
                        *volume = parsed;
                        self.volume_error = None;
                    }
                    Err(message) => self.volume_error = Some(message),
                }
            }
            if ui.button("Unknown").clicked() {
                *volume = None;
                self.volume_text.clear();
                self.volume_error = None;
            }
        });
        if let Some(message) = &self.volume_error {
            ui.error_text(message);
        }
        ui.help_line(&questions::PEAK_VOLUME);
        gap(ui);
    }

    fn frequency(&mut self, ui: &mut Ui, frequency: &mut Frequency) {
        ui.caption(&questions::FREQUENCY);
        ui.horizontal_wrapped(|ui| {
            if ui.radio(*frequency == Frequency::AdHoc, "Ad hoc").clicked() {
                *frequency = Frequency::AdHoc;
            }
            if ui
                .radio(matches!(frequency, Frequency::Every { .. }), "Scheduled")
                .clicked()
                && !matches!(frequency, Frequency::Every { .. })
            {
                *frequency = Frequency::Every { minutes: 60 };
            }
            if ui.radio(*frequency == Frequency::Once, "Once").clicked() {
                *frequency = Frequency::Once;
            }
        });
        if let Frequency::Every { minutes } = frequency {
            ui.horizontal_wrapped(|ui| {
                for (preset, name) in FREQUENCY_PRESETS {
                    if ui.selectable_label(*minutes == preset, name).clicked() {
                        *minutes = preset;
                        self.minutes_text = preset.to_string();
                        self.minutes_error = None;
                    }
                }
                let label = ui.label("Every N minutes");
                let response = ui
                    .add(TextEdit::singleline(&mut self.minutes_text).desired_width(70.0))
                    .labelled_by(label.id);
                if response.changed() {
                    let parsed = self.minutes_text.trim().replace(',', "").parse::<u64>();
                    match parsed
                        .ok()
                        .ok_or_else(|| "type a whole number of minutes, 1 to 525,600".to_owned())
                        .and_then(validate::minutes)
                    {
                        Ok(value) => {
                            *minutes = value;
                            self.minutes_error = None;
                        }
                        Err(message) => self.minutes_error = Some(message),
                    }
                }
            });
            if let Some(message) = &self.minutes_error {
                ui.error_text(message);
            }
        }
        ui.help_line(&questions::FREQUENCY);
        gap(ui);
    }
}

/// A question: caption, the control, and the help line.
fn question(ui: &mut Ui, question: &Question, control: impl FnOnce(&mut Ui)) {
    ui.caption(question);
    ui.horizontal_wrapped(control);
    ui.help_line(question);
    gap(ui);
}

fn gap(ui: &mut Ui) {
    ui.add_space(theme::SECTION_GAP);
}

/// Radio buttons for a small set of values.
fn choice<T: PartialEq + Clone>(ui: &mut Ui, value: &mut T, options: &[(T, &str)]) {
    ui.horizontal_wrapped(|ui| {
        for (option, text) in options {
            ui.radio_value(value, option.clone(), *text);
        }
    });
}

fn counterpart(ui: &mut Ui, value: &mut Counterpart) {
    let app = match value {
        Counterpart::Dynamics365App(app) => *app,
        _ => ModelDrivenApp::Sales,
    };
    ui.radio_value(
        value,
        Counterpart::OtherSystem,
        Counterpart::OtherSystem.label(),
    );
    ui.radio_value(
        value,
        Counterpart::Dynamics365App(app),
        "A Dynamics 365 app",
    );
    ui.radio_value(
        value,
        Counterpart::ExcelUsers,
        Counterpart::ExcelUsers.label(),
    );
    ui.radio_value(
        value,
        Counterpart::Reporting,
        Counterpart::Reporting.label(),
    );
    if let Counterpart::Dynamics365App(current) = value {
        ComboBox::from_id_salt("model-driven-app")
            .selected_text(current.label())
            .show_ui(ui, |ui| {
                for app in ModelDrivenApp::ALL {
                    ui.selectable_value(current, app, app.label());
                }
            })
            .response
            .on_hover_text("Which model-driven app");
    }
}

/// Who the other side is, which way the data flows, who starts it and what travels.
fn exchange_questions(
    ui: &mut Ui,
    r: &mut Requirements,
    warnings: &[Note],
    ask_next: Option<Field>,
    commands: &mut Vec<Command>,
) {
    question(ui, &questions::COUNTERPART, |ui| {
        counterpart(ui, &mut r.counterpart);
    });
    open_toggle(ui, r, OpenQuestion::Counterpart, ask_next);
    conflicts_at(ui, warnings, Field::Counterpart);
    question(ui, &questions::DIRECTION, |ui| {
        choice(
            ui,
            &mut r.direction,
            &[
                Direction::Inbound,
                Direction::Outbound,
                Direction::Bidirectional,
            ]
            .map(|v| (v, v.label())),
        );
    });
    open_toggle(ui, r, OpenQuestion::Direction, ask_next);
    if r.two_one_way_flows() {
        ui.horizontal_wrapped(|ui| {
            ui.muted("Both ways on a schedule is an export job and an import job.");
            if ui.button(Command::SplitTwoWay.label()).clicked() {
                commands.push(Command::SplitTwoWay);
            }
        });
    }
    conflicts_at(ui, warnings, Field::Direction);
    question(ui, &questions::INITIATOR, |ui| {
        choice(
            ui,
            &mut r.initiator,
            &[Initiator::Counterpart, Initiator::FinOps].map(|v| (v, v.label())),
        );
    });
    open_toggle(ui, r, OpenQuestion::Initiator, ask_next);
    conflicts_at(ui, warnings, Field::Initiator);
    question(ui, &questions::EXCHANGE, |ui| {
        choice(
            ui,
            &mut r.exchange,
            &[Exchange::Records, Exchange::Action, Exchange::Calculation].map(|v| (v, v.label())),
        );
    });
    open_toggle(ui, r, OpenQuestion::Exchange, ask_next);
    conflicts_at(ui, warnings, Field::Exchange);
}

/// Where F&O runs, what the caller must know, increments and the endpoint's TLS.
fn environment_questions(
    ui: &mut Ui,
    r: &mut Requirements,
    warnings: &[Note],
    ask_next: Option<Field>,
) {
    question(ui, &questions::DEPLOYMENT, |ui| {
        choice(
            ui,
            &mut r.deployment,
            &[Deployment::Cloud, Deployment::OnPremises].map(|v| (v, v.title())),
        );
    });
    open_toggle(ui, r, OpenQuestion::Deployment, ask_next);
    conflicts_at(ui, warnings, Field::Deployment);
    question(ui, &questions::ERROR_FEEDBACK, |ui| {
        choice(
            ui,
            &mut r.error_feedback,
            &[ErrorFeedback::Immediate, ErrorFeedback::Deferred].map(|v| (v, v.label())),
        );
    });
    open_toggle(ui, r, OpenQuestion::ErrorFeedback, ask_next);
    conflicts_at(ui, warnings, Field::ErrorFeedback);
    question(ui, &questions::INCREMENTAL, |ui| {
        ui.checkbox(&mut r.incremental, "Incremental");
    });
    conflicts_at(ui, warnings, Field::Incremental);
    question(ui, &questions::ENDPOINT_TLS, |ui| {
        choice(
            ui,
            &mut r.endpoint_tls12,
            &[
                (None, "Not applicable"),
                (Some(true), "Has TLS 1.2 or later"),
                (Some(false), "Lacks TLS 1.2"),
            ],
        );
    });
    conflicts_at(ui, warnings, Field::EndpointTls12);
}
