//! What would change the decision.
//!
//! For every question, the nearest answer that changes the outcome or the pattern at the top,
//! found by re-evaluating, never written by hand. For the peak volume the change point is
//! searched for, so that the flip happens exactly at the value given and one record less (or
//! more) keeps the current result.

use super::catalogue::Catalogue;
use super::engine::evaluate_ranking;
use super::evaluation::{Evaluation, Outcome};
use super::field::{Answer, Field, LATER};
use super::model::{
    Counterpart, Deployment, Direction, ErrorFeedback, Exchange, Frequency, Initiator,
    ModelDrivenApp, Requirements, Scenario,
};
use super::rules;
use super::unknowns::{Possibilities, ResultKey, settled};

/// An answer that changes the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flip {
    /// The requirement field.
    pub field: Field,
    /// The current answer.
    pub from: Answer,
    /// The answer that changes the result.
    pub to: Answer,
    /// The pattern at the top with that answer.
    pub recommended: Option<String>,
    /// The outcome with that answer.
    pub outcome: Outcome,
    /// Whether that answer contradicts another one: the result is then no recommendation,
    /// whatever leads the ranking.
    pub conflicting: bool,
    /// The requirements with that answer, for trying it.
    pub requirements: Requirements,
}

/// How many combinations of open answers a flip's scenario may have to be weighed in full.
///
/// With answers open, a flip is worded from the whole advice (the open answers weighed, as
/// the result will read once the answer is tried) up to this many: about 64 × 5 µs = 0.3 ms
/// a flip, a few milliseconds for all. Above it, a flip keeps the ranking's words, with the
/// open answers as they stand.
pub const EXACT_FLIP_COMBINATIONS: usize = 64;

/// The largest volume the format accepts.
const MAX_VOLUME: u64 = 1_000_000_000_000;

/// The result a flip is measured against: the outcome and the pattern at the top.
fn result_of(evaluation: &Evaluation) -> (Outcome, Option<&str>) {
    (evaluation.outcome, evaluation.recommended.as_deref())
}

/// Every answer of one question other than the current one, each with its file text.
fn alternatives(r: &Requirements) -> Vec<Alternative> {
    let mut out = Vec::new();
    first_alternatives(r, &mut out);
    later_alternatives(r, &mut out);
    out
}

/// Another answer to one question: the field, its answer now and then, and the requirements
/// with it.
struct Alternative {
    field: Field,
    from: Answer,
    to: Answer,
    changed: Requirements,
}

/// Adds `r` with `change` made, under `field` and its new answer, if it changes `r`.
fn push(
    out: &mut Vec<Alternative>,
    r: &Requirements,
    field: Field,
    change: &dyn Fn(&mut Requirements),
) {
    let mut changed = r.clone();
    change(&mut changed);
    drop_moot_answers(r, &mut changed, field);
    if &changed != r
        && let (Some(from), Some(to)) = (field.answer(r), field.answer(&changed))
    {
        out.push(Alternative {
            field,
            from,
            to,
            changed,
        });
    }
}

/// Drops the answers that `changed`'s new answer to `field` makes moot: whether a copy is
/// wanted, once the other side is no model-driven app; who runs the schedule, once there is
/// none; the endpoint's TLS, once F&O no longer calls out. Kept, each would be a conflict (the
/// rules ask the user to clear it), and the chip would say "conflicting answers" where the
/// user asked what another system or an ad hoc exchange would lead to. A stale answer the
/// scenario already had is left: that conflict is its own.
fn drop_moot_answers(before: &Requirements, changed: &mut Requirements, field: Field) {
    for later in &LATER {
        if later.field != field && (later.applies)(before) && !(later.applies)(changed) {
            (later.set)(changed, None);
        }
    }
    let calls_out = |r: &Requirements| r.initiator == Initiator::FinOps;
    if field != Field::EndpointTls12 && calls_out(before) && !calls_out(changed) {
        changed.endpoint_tls12 = None;
    }
}

/// The alternatives of the questions every scenario answers.
fn first_alternatives(r: &Requirements, out: &mut Vec<Alternative>) {
    let app = match r.counterpart {
        Counterpart::Dynamics365App(app) => app,
        _ => ModelDrivenApp::Sales,
    };
    for counterpart in [
        Counterpart::OtherSystem,
        Counterpart::Dynamics365App(app),
        Counterpart::ExcelUsers,
        Counterpart::Reporting,
    ] {
        push(out, r, Field::Counterpart, &|r| {
            r.counterpart = counterpart;
        });
    }
    for direction in [
        Direction::Inbound,
        Direction::Outbound,
        Direction::Bidirectional,
    ] {
        push(out, r, Field::Direction, &|r| {
            r.direction = direction;
        });
    }
    for initiator in [Initiator::Counterpart, Initiator::FinOps] {
        push(out, r, Field::Initiator, &|r| {
            r.initiator = initiator;
        });
    }
    for exchange in [Exchange::Records, Exchange::Action, Exchange::Calculation] {
        push(out, r, Field::Exchange, &|r| {
            r.exchange = exchange;
        });
    }
    push(out, r, Field::RealTime, &|r| {
        r.real_time = !r.real_time;
    });
    let scheduled = match r.frequency {
        Frequency::Every { .. } => r.frequency,
        _ => Frequency::Every { minutes: 60 },
    };
    for frequency in [Frequency::AdHoc, scheduled, Frequency::Once] {
        push(out, r, Field::Frequency, &|r| {
            r.frequency = frequency;
        });
    }
    for deployment in [Deployment::Cloud, Deployment::OnPremises] {
        push(out, r, Field::Deployment, &|r| {
            r.deployment = deployment;
        });
    }
    for feedback in [ErrorFeedback::Immediate, ErrorFeedback::Deferred] {
        push(out, r, Field::ErrorFeedback, &|r| {
            r.error_feedback = feedback;
        });
    }
    push(out, r, Field::Incremental, &|r| {
        r.incremental = !r.incremental;
    });
}

/// The alternatives of the later questions: the endpoint and the separating questions.
fn later_alternatives(r: &Requirements, out: &mut Vec<Alternative>) {
    for tls in [None, Some(true), Some(false)] {
        push(out, r, Field::EndpointTls12, &|r| {
            r.endpoint_tls12 = tls;
        });
    }
    for later in &LATER {
        for choice in std::iter::once(None).chain((0..later.choices.len()).map(Some)) {
            push(out, r, later.field, &|r| (later.set)(r, choice));
        }
    }
}

/// Every answer that changes the outcome or the pattern at the top: each alternative of a
/// choice that does, and for the peak volume the nearest change point above and below.
pub fn flips(scenario: &Scenario, catalogue: &Catalogue, evaluation: &Evaluation) -> Vec<Flip> {
    // Compared as the ranking decides it: an open outcome is the same ranking with answers
    // still to come, and every flip is worded with the other answers as they stand.
    let ranked;
    let shown = (evaluation.outcome, evaluation.recommended.clone());
    let open = evaluation.outcome == Outcome::Open;
    let evaluation = if open {
        ranked = evaluate_ranking(scenario, catalogue);
        &ranked
    } else {
        evaluation
    };
    let current = result_of(evaluation);
    let r = &scenario.requirements;
    let mut trial = scenario.clone();
    let mut evaluate_with = |requirements: &Requirements| {
        trial.requirements = requirements.clone();
        evaluate_ranking(&trial, catalogue)
    };
    let mut out = Vec::new();
    // With answers open, each flip's ranked result, which tells whether it settles.
    let mut ranked_keys = Vec::new();
    for Alternative {
        field,
        from,
        to,
        changed,
    } in alternatives(r)
    {
        let result = evaluate_with(&changed);
        if result_of(&result) != current {
            ranked_keys.push(ResultKey::of(&result));
            out.push(Flip {
                field,
                from,
                to,
                recommended: result.recommended,
                outcome: result.outcome,
                conflicting: rules::conflicting(&changed, &catalogue.parameters),
                requirements: changed,
            });
        }
    }
    let from = Answer::PeakRecordsPerHour(r.peak_records_per_hour);
    let thresholds = volume_thresholds(catalogue);
    for volume in volume_change_points(r, &thresholds, &mut evaluate_with, current) {
        let mut changed = r.clone();
        changed.peak_records_per_hour = Some(volume);
        let result = evaluate_with(&changed);
        ranked_keys.push(ResultKey::of(&result));
        out.push(Flip {
            field: Field::PeakRecordsPerHour,
            from: from.clone(),
            to: Answer::PeakRecordsPerHour(Some(volume)),
            recommended: result.recommended,
            outcome: result.outcome,
            conflicting: rules::conflicting(&changed, &catalogue.parameters),
            requirements: changed,
        });
    }
    // Also when the result is clear with answers still open (they change nothing now): an
    // answer that changes the result may make them matter, and its chip must then say open,
    // as the result will read once it is tried.
    if open || Possibilities::size_of(scenario, catalogue) > 1 {
        out = as_they_will_read(out, &ranked_keys, scenario, catalogue, &shown);
    }
    out
}

/// With answers open, each flip worded as its result will read once tried: open where some
/// combination of the open answers would lead elsewhere (found by [`settled`], which stops at
/// the first such combination; weighed where there are at most [`EXACT_FLIP_COMBINATIONS`]),
/// and none that would leave the result reading as it does now (`shown`).
fn as_they_will_read(
    flips: Vec<Flip>,
    ranked_keys: &[ResultKey],
    scenario: &Scenario,
    catalogue: &Catalogue,
    shown: &(Outcome, Option<String>),
) -> Vec<Flip> {
    let mut trial = scenario.clone();
    flips
        .into_iter()
        .zip(ranked_keys)
        .filter_map(|(mut flip, ranked)| {
            trial.requirements = flip.requirements.clone();
            if Possibilities::size_of(&trial, catalogue) > EXACT_FLIP_COMBINATIONS {
                return Some(flip);
            }
            if !settled(&trial, catalogue, ranked) {
                // What the answers as they stand lean to, pending the others.
                flip.outcome = Outcome::Open;
            }
            (flip.outcome != shown.0 || flip.recommended != shown.1).then_some(flip)
        })
        .collect()
}

/// The volumes around which the engine's rules change their verdict: each volume parameter
/// of the catalogue, one below and one above it. A search starts from these, so it finds the
/// nearest change point rather than any.
fn volume_thresholds(catalogue: &Catalogue) -> Vec<u64> {
    let p = &catalogue.parameters;
    let mut points: Vec<u64> = [
        p.bulk_threshold_records_per_hour.value,
        p.data_events_records_per_hour.value,
        p.dual_write_records_per_transaction.value,
        p.dual_write_initial_sync_rows.value,
        p.dual_write_single_threaded_initial_sync_rows.value,
        p.connector_calls_per_minute.value.saturating_mul(60),
        p.data_integrator_rows_per_execution.value,
    ]
    .iter()
    .flat_map(|&t| [t.saturating_sub(1), t, t.saturating_add(1)])
    .chain([0, MAX_VOLUME])
    .filter(|&t| t <= MAX_VOLUME)
    .collect();
    points.sort_unstable();
    points.dedup();
    points
}

/// The volumes at which the result changes nearest to the current one: the smallest above it
/// and the largest below it (from unknown: one record an hour if that already changes the
/// result, otherwise the smallest volume whose result differs from it). The nearest threshold whose result differs bounds a bisection, so the
/// flip is exact: one record less (or more) still gives the current result.
fn volume_change_points(
    r: &Requirements,
    thresholds: &[u64],
    evaluate_with: &mut impl FnMut(&Requirements) -> Evaluation,
    current: (Outcome, Option<&str>),
) -> Vec<u64> {
    let current = (current.0, current.1.map(str::to_owned));
    let mut result_at = |volume: u64| {
        let mut changed = r.clone();
        changed.peak_records_per_hour = Some(volume);
        let result = evaluate_with(&changed);
        (result.outcome, result.recommended)
    };
    let mut points = Vec::new();
    if let Some(volume) = r.peak_records_per_hour {
        let mut differs = |v: u64| result_at(v) != current;
        if let Some(&above) = thresholds.iter().find(|&&t| t > volume && differs(t)) {
            // Usually the threshold itself is the change point; search only if not.
            let exact = above - 1 == volume || !differs(above - 1);
            points.push(if exact {
                above
            } else {
                first_change(volume, above, &mut differs)
            });
        }
        if let Some(&below) = thresholds.iter().rev().find(|&&t| t < volume && differs(t)) {
            let exact = below + 1 == volume || !differs(below + 1);
            points.push(if exact {
                below
            } else {
                last_change(below, volume, &mut differs)
            });
        }
    } else {
        // One record an hour: the smallest volume that still moves something.
        let smallest = result_at(1);
        let mut differs = |v: u64| result_at(v) != smallest;
        if smallest != current {
            points.push(1);
        } else if let Some(&above) = thresholds.iter().find(|&&t| t > 1 && differs(t)) {
            let exact = above - 1 == 1 || !differs(above - 1);
            points.push(if exact {
                above
            } else {
                first_change(1, above, &mut differs)
            });
        }
    }
    points
}

/// The smallest value in `(same, changed]` that differs, where `same` does not and `changed`
/// does: bisection.
fn first_change(mut same: u64, mut changed: u64, differs: &mut impl FnMut(u64) -> bool) -> u64 {
    while changed - same > 1 {
        let middle = same + (changed - same) / 2;
        if differs(middle) {
            changed = middle;
        } else {
            same = middle;
        }
    }
    changed
}

/// The largest value in `[changed, same)` that differs, where `changed` does and `same` does
/// not: bisection.
fn last_change(mut changed: u64, mut same: u64, differs: &mut impl FnMut(u64) -> bool) -> u64 {
    while same - changed > 1 {
        let middle = changed + (same - changed) / 2;
        if differs(middle) {
            changed = middle;
        } else {
            same = middle;
        }
    }
    changed
}

/// The new answer of a flip in words, as a chip shows it: `200,000 an hour`, `on premises`,
/// `F&O starts it`.
pub fn answer_words(flip: &Flip) -> String {
    let r = &flip.requirements;
    if let Some(later) = flip.field.later() {
        return later.words(r).to_owned();
    }
    let yes_no = |value: bool, yes: &str, no: &str| if value { yes } else { no }.to_owned();
    match flip.field {
        Field::Counterpart => r.counterpart.label().to_owned(),
        Field::Direction => r.direction.label().to_owned(),
        Field::Initiator => match r.initiator {
            Initiator::FinOps => "F&O starts it".to_owned(),
            Initiator::Counterpart => "the other side starts it".to_owned(),
        },
        Field::Exchange => r.exchange.label().to_owned(),
        Field::RealTime => yes_no(r.real_time, "real time", "not real time"),
        Field::PeakRecordsPerHour => r.peak_records_per_hour.map_or_else(
            || "volume unknown".to_owned(),
            |v| format!("{} an hour", crate::text::group_thousands(v)),
        ),
        Field::Frequency => r.frequency.label(),
        Field::Deployment => r.deployment.label().to_owned(),
        Field::ErrorFeedback => r.error_feedback.label().to_owned(),
        Field::Incremental => yes_no(r.incremental, "only changes", "all records"),
        Field::EndpointTls12 => match r.endpoint_tls12 {
            None => "no endpoint F&O calls".to_owned(),
            Some(true) => "endpoint has TLS 1.2".to_owned(),
            Some(false) => "endpoint lacks TLS 1.2".to_owned(),
        },
        Field::NotKnown => "answers not known yet".to_owned(),
        // The title and the context are never flipped; the later questions are worded above.
        _ => String::new(),
    }
}
