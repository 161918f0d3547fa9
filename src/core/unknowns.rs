//! Answers not known yet: which patterns remain possible under any answer, and which open
//! question matters most, found by evaluating every combination of the open answers.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::catalogue::Catalogue;
use super::engine::evaluate_ranking;
use super::evaluation::{Evaluation, Outcome};
use super::model::{
    Counterpart, Direction, ErrorFeedback, Frequency, ModelDrivenApp, OpenQuestion, Requirements,
    Scenario,
};

/// An open question and how much its answer matters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AskNext {
    /// The field, as named in the file.
    pub field: &'static str,
    /// How many distinct results (outcome and pattern at the top) its answers lead to, the
    /// other answers as they stand.
    pub outcomes: usize,
}

impl AskNext {
    /// How much the answer matters, in words: "its answers lead to 3 different results", or
    /// "its answer does not change the result".
    pub fn words(&self) -> String {
        match self.outcomes {
            0 | 1 => "its answer does not change the result".to_owned(),
            n => format!("its answers lead to {n} different results"),
        }
    }
}

/// What the open answers leave possible.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct OpenAnalysis {
    /// The patterns that lead (clearly or in a tie) under some combination of the open
    /// answers, most often first.
    pub possible: Vec<String>,
    /// The open questions, the one whose answers split the results most first.
    pub ask_next: Vec<AskNext>,
}

/// One answer an open question may take.
#[derive(Clone, Copy)]
enum Answer {
    RealTime(bool),
    Feedback(ErrorFeedback),
    Frequency(Frequency),
    Volume(u64),
    CopyWanted(bool),
}

impl Answer {
    fn apply(self, r: &mut Requirements) {
        match self {
            Self::RealTime(value) => r.real_time = value,
            Self::Feedback(value) => r.error_feedback = value,
            Self::Frequency(value) => r.frequency = value,
            Self::Volume(value) => r.peak_records_per_hour = Some(value),
            Self::CopyWanted(value) => r.copy_wanted = Some(value),
        }
    }
}

/// One open question: its field and the answers it may take.
struct Open {
    field: &'static str,
    answers: Vec<Answer>,
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

fn open_questions(r: &Requirements, catalogue: &Catalogue) -> Vec<Open> {
    let mut open = Vec::new();
    for question in &r.not_known {
        let answers = match question {
            OpenQuestion::RealTime => vec![Answer::RealTime(false), Answer::RealTime(true)],
            OpenQuestion::ErrorFeedback => vec![
                Answer::Feedback(ErrorFeedback::Immediate),
                Answer::Feedback(ErrorFeedback::Deferred),
            ],
            OpenQuestion::Frequency => vec![
                Answer::Frequency(Frequency::AdHoc),
                Answer::Frequency(Frequency::Every { minutes: 60 }),
                Answer::Frequency(Frequency::Once),
            ],
        };
        open.push(Open {
            field: question.field(),
            answers,
        });
    }
    // Whether a model-driven app needs its own copy of F&O's data is the question that
    // separates dual-write from virtual entities; not asked, it is open. Data coming only
    // from the app is the app's own, so the question does not arise then. Talent's data is
    // F&O data since the Human Resources merge, so no copy question arises there.
    if r.copy_wanted.is_none()
        && r.direction != Direction::Inbound
        && matches!(r.counterpart, Counterpart::Dynamics365App(app) if app != ModelDrivenApp::Talent)
    {
        open.push(Open {
            field: "copy_wanted",
            answers: vec![Answer::CopyWanted(true), Answer::CopyWanted(false)],
        });
    }
    if r.peak_records_per_hour.is_none() {
        open.push(Open {
            field: "peak_records_per_hour",
            answers: volumes(catalogue).into_iter().map(Answer::Volume).collect(),
        });
    }
    open
}

type Result = (Outcome, Option<String>, Vec<String>);

/// What the open answers leave possible; `None` when every answer is known.
pub fn analyse(scenario: &Scenario, catalogue: &Catalogue) -> Option<OpenAnalysis> {
    let open = open_questions(&scenario.requirements, catalogue);
    if open.is_empty() {
        return None;
    }
    let mut trial = scenario.clone();
    let mut result_of = |requirements: &Requirements| -> Result {
        trial.requirements = requirements.clone();
        let e = evaluate_ranking(&trial, catalogue);
        (e.outcome, e.recommended, e.tied)
    };
    let mut leads: BTreeMap<String, usize> = BTreeMap::new();
    for_each_combination(&open, &scenario.requirements, |requirements| {
        let (outcome, recommended, tied) = result_of(requirements);
        match outcome {
            Outcome::Clear => recommended
                .into_iter()
                .for_each(|id| *leads.entry(id).or_default() += 1),
            Outcome::Tie => tied
                .into_iter()
                .for_each(|id| *leads.entry(id).or_default() += 1),
            Outcome::NoFit | Outcome::Open | Outcome::None => {}
        }
        true
    });
    Some(finish(leads, &open, scenario, &mut result_of))
}

/// Calls `visit` with `base` under every combination of the open answers, counting through
/// them like an odometer, until `visit` returns `false`.
fn for_each_combination(
    open: &[Open],
    base: &Requirements,
    mut visit: impl FnMut(&Requirements) -> bool,
) {
    let mut combination = vec![0_usize; open.len()];
    loop {
        let mut requirements = base.clone();
        for (question, &answer) in open.iter().zip(&combination) {
            question.answers[answer].apply(&mut requirements);
        }
        if !visit(&requirements) {
            return;
        }
        let mut position = 0;
        loop {
            if position == open.len() {
                return;
            }
            combination[position] += 1;
            if combination[position] < open[position].answers.len() {
                break;
            }
            combination[position] = 0;
            position += 1;
        }
    }
}

/// What decides a result for the open-answer analysis: the outcome, and the patterns that
/// lead (the one recommended, or the tied ones; none without a fit).
fn result_key(
    outcome: Outcome,
    recommended: Option<&str>,
    tied: &[String],
) -> (Outcome, Vec<String>) {
    let mut leads: Vec<String> = match outcome {
        Outcome::Clear => recommended.map(str::to_owned).into_iter().collect(),
        Outcome::Tie => tied.to_vec(),
        Outcome::NoFit | Outcome::Open | Outcome::None => Vec::new(),
    };
    leads.sort();
    (outcome, leads)
}

/// The open questions whose answers would change `evaluation`'s result.
///
/// The result is the outcome and the leading patterns. In the order the questions are
/// asked; empty when no answer to them can change it. Each question is tried alone with the other answers as they stand; when none changes
/// the result alone but a combination does, every open question is pending.
pub fn pending(
    scenario: &Scenario,
    catalogue: &Catalogue,
    evaluation: &Evaluation,
) -> Vec<&'static str> {
    let open = open_questions(&scenario.requirements, catalogue);
    if open.is_empty() {
        return Vec::new();
    }
    let current = result_key(
        evaluation.outcome,
        evaluation.recommended.as_deref(),
        &evaluation.tied,
    );
    let mut trial = scenario.clone();
    let mut differs = |requirements: &Requirements| {
        trial.requirements = requirements.clone();
        let e = evaluate_ranking(&trial, catalogue);
        result_key(e.outcome, e.recommended.as_deref(), &e.tied) != current
    };
    let mut pending: Vec<&'static str> = open
        .iter()
        .filter(|question| {
            question.answers.iter().any(|answer| {
                let mut requirements = scenario.requirements.clone();
                answer.apply(&mut requirements);
                differs(&requirements)
            })
        })
        .map(|question| question.field)
        .collect();
    if pending.is_empty() && open.len() > 1 {
        let mut combined = false;
        for_each_combination(&open, &scenario.requirements, |requirements| {
            combined = differs(requirements);
            !combined
        });
        if combined {
            pending = open.iter().map(|question| question.field).collect();
        }
    }
    pending
}

fn finish(
    leads: BTreeMap<String, usize>,
    open: &[Open],
    scenario: &Scenario,
    result_of: &mut impl FnMut(&Requirements) -> Result,
) -> OpenAnalysis {
    let mut possible: Vec<(String, usize)> = leads.into_iter().collect();
    possible.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut ask_next: Vec<AskNext> = open
        .iter()
        .map(|question| {
            let results: BTreeSet<(&'static str, Option<String>)> = question
                .answers
                .iter()
                .map(|answer| {
                    let mut requirements = scenario.requirements.clone();
                    answer.apply(&mut requirements);
                    let (outcome, recommended, _) = result_of(&requirements);
                    (outcome.label(), recommended)
                })
                .collect();
            AskNext {
                field: question.field,
                outcomes: results.len(),
            }
        })
        .collect();
    // Most outcomes first; the form's order among equals (a stable sort).
    ask_next.sort_by_key(|ask| std::cmp::Reverse(ask.outcomes));
    OpenAnalysis {
        possible: possible.into_iter().map(|(id, _)| id).collect(),
        ask_next,
    }
}
