//! The answers that stand for all answers of each open question: one for every class the
//! rules and the catalogue tell apart.

use super::super::catalogue::Catalogue;
use super::super::model::{
    Counterpart, Deployment, Direction, ErrorFeedback, Exchange, Frequency, Initiator,
    ModelDrivenApp, OpenQuestion, Requirements,
};
use super::super::rules::HOUR_MINUTES;
use crate::field::Field;

/// One answer an open question may take.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Answer {
    Counterpart(Counterpart),
    Direction(Direction),
    Initiator(Initiator),
    Exchange(Exchange),
    RealTime(bool),
    Frequency(Frequency),
    Deployment(Deployment),
    Feedback(ErrorFeedback),
    Volume(u64),
    CopyWanted(Option<bool>),
}

impl Answer {
    pub(super) fn apply(self, r: &mut Requirements) {
        match self {
            Self::Counterpart(value) => r.counterpart = value,
            Self::Direction(value) => r.direction = value,
            Self::Initiator(value) => r.initiator = value,
            Self::Exchange(value) => r.exchange = value,
            Self::RealTime(value) => r.real_time = value,
            Self::Frequency(value) => r.frequency = value,
            Self::Deployment(value) => r.deployment = value,
            Self::Feedback(value) => r.error_feedback = value,
            Self::Volume(value) => r.peak_records_per_hour = Some(value),
            Self::CopyWanted(value) => r.copy_wanted = value,
        }
    }
}

/// One open question: its field and the answers that stand for all of its answers.
pub(super) struct Open {
    pub(super) field: Field,
    pub(super) answers: Vec<Answer>,
}

/// Representative volumes: one modest, and one just past each volume threshold of the
/// catalogue, so every volume rule gets its say.
fn volumes(catalogue: &Catalogue) -> Vec<u64> {
    let p = &catalogue.parameters;
    let mut volumes: Vec<u64> = [
        p.bulk_threshold_records_per_hour.value,
        p.data_events_records_per_hour.value + 1,
        p.dual_write_single_threaded_initial_sync_rows.value + 1,
        p.connector_calls_per_minute.value.saturating_mul(60) + 1,
        p.data_integrator_rows_per_execution.value + 1,
    ]
    .into_iter()
    .chain([p.dual_write_records_per_transaction.value])
    .collect();
    volumes.sort_unstable();
    volumes.dedup();
    volumes
}

/// One app for each set of patterns that connect to it (the catalogue lists the apps each
/// pattern connects to), Talent on its own: it now lives inside F&O.
fn app_representatives(catalogue: &Catalogue) -> Vec<Counterpart> {
    let mut seen: Vec<(bool, Vec<bool>)> = Vec::new();
    let mut apps = Vec::new();
    for app in ModelDrivenApp::ALL {
        let signature = (
            app == ModelDrivenApp::Talent,
            catalogue
                .patterns
                .iter()
                .map(|p| p.model_driven_apps.contains(&app))
                .collect(),
        );
        if !seen.contains(&signature) {
            seen.push(signature);
            apps.push(Counterpart::Dynamics365App(app));
        }
    }
    apps
}

/// The answers that stand for every answer of `question`.
fn representatives(question: OpenQuestion, catalogue: &Catalogue) -> Vec<Answer> {
    match question {
        OpenQuestion::Counterpart => std::iter::once(Counterpart::OtherSystem)
            .chain(app_representatives(catalogue))
            .chain([Counterpart::ExcelUsers, Counterpart::Reporting])
            .map(Answer::Counterpart)
            .collect(),
        OpenQuestion::Direction => [
            Direction::Inbound,
            Direction::Outbound,
            Direction::Bidirectional,
        ]
        .map(Answer::Direction)
        .to_vec(),
        OpenQuestion::Initiator => [Initiator::Counterpart, Initiator::FinOps]
            .map(Answer::Initiator)
            .to_vec(),
        OpenQuestion::Exchange => [Exchange::Records, Exchange::Action, Exchange::Calculation]
            .map(Answer::Exchange)
            .to_vec(),
        OpenQuestion::RealTime => vec![Answer::RealTime(false), Answer::RealTime(true)],
        OpenQuestion::Frequency => [
            Frequency::AdHoc,
            Frequency::Every {
                minutes: HOUR_MINUTES / 4,
            },
            Frequency::Every {
                minutes: HOUR_MINUTES,
            },
            Frequency::Once,
        ]
        .map(Answer::Frequency)
        .to_vec(),
        OpenQuestion::Deployment => [Deployment::Cloud, Deployment::OnPremises]
            .map(Answer::Deployment)
            .to_vec(),
        OpenQuestion::ErrorFeedback => [ErrorFeedback::Immediate, ErrorFeedback::Deferred]
            .map(Answer::Feedback)
            .to_vec(),
    }
}

pub(super) fn open_questions(r: &Requirements, catalogue: &Catalogue) -> Vec<Open> {
    let mut open: Vec<Open> = r
        .not_known
        .iter()
        .map(|&question| Open {
            field: question.field(),
            answers: representatives(question, catalogue),
        })
        .collect();
    if r.peak_records_per_hour.is_none() {
        open.push(Open {
            field: Field::PeakRecordsPerHour,
            answers: volumes(catalogue).into_iter().map(Answer::Volume).collect(),
        });
    }
    // Whether a model-driven app needs its own copy of F&O's data is the question that
    // separates dual-write from virtual entities; not asked, it is open where it applies
    // (see `copy_applies`). Last, so that the answers it depends on are set before it.
    let app_possible = r.is_open(OpenQuestion::Counterpart)
        || matches!(r.counterpart, Counterpart::Dynamics365App(app) if app != ModelDrivenApp::Talent);
    let outward_possible = r.is_open(OpenQuestion::Direction) || r.direction != Direction::Inbound;
    if r.copy_wanted.is_none() && app_possible && outward_possible {
        open.push(Open {
            field: Field::CopyWanted,
            answers: vec![
                Answer::CopyWanted(Some(true)),
                Answer::CopyWanted(Some(false)),
            ],
        });
    }
    open
}

/// Whether the copy question arises: data coming only from the app is the app's own, and
/// Talent's data is F&O data since the Human Resources merge.
pub(super) fn copy_applies(r: &Requirements) -> bool {
    r.direction != Direction::Inbound
        && matches!(r.counterpart, Counterpart::Dynamics365App(app) if app != ModelDrivenApp::Talent)
}
