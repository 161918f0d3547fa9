//! Explaining an evaluation in words: the headline that follows the outcome, and for a tie
//! the unanswered questions whose answer would settle it, found by re-evaluating.

use super::catalogue::Catalogue;
use super::engine::evaluate;
use super::evaluation::{Evaluation, Fit, Note, Outcome, PatternResult};
use super::model::{Initiator, Payload, Requirements, Scenario};

/// An answer that would settle a tie: with it, the outcome is clear and `leads` leads.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Settler {
    /// The requirement field, as named in the file (`schedule_owner`).
    pub field: &'static str,
    /// The answer, written as in the file (`Some(FinOps)`).
    pub value: String,
    /// The question and answer in words ("Who keeps the schedule: F&O").
    pub answer: String,
    /// The pattern that then leads.
    pub leads: String,
}

/// One way to answer an unanswered question: the field, its value as in the file, the words
/// for it, and the change it makes.
type Answer = (
    &'static str,
    &'static str,
    &'static str,
    fn(&mut Requirements),
);

/// The answers the separating questions offer, each tried while its question is unanswered.
const ANSWERS: [Answer; 9] = [
    (
        "copy_wanted",
        "Some(true)",
        "A copy of the data is wanted in the app",
        |r| r.copy_wanted = Some(true),
    ),
    (
        "copy_wanted",
        "Some(false)",
        "No copy of the data is wanted in the app",
        |r| r.copy_wanted = Some(false),
    ),
    (
        "schedule_owner",
        "Some(FinOps)",
        "F&O keeps the schedule",
        |r| r.schedule_owner = Some(Initiator::FinOps),
    ),
    (
        "schedule_owner",
        "Some(Counterpart)",
        "The other side keeps the schedule",
        |r| r.schedule_owner = Some(Initiator::Counterpart),
    ),
    (
        "payload",
        "Some(Files)",
        "The data travels as single files",
        |r| r.payload = Some(Payload::Files),
    ),
    (
        "payload",
        "Some(Packages)",
        "The data travels as data packages",
        |r| r.payload = Some(Payload::Packages),
    ),
    (
        "payload",
        "Some(Documents)",
        "Formatted business documents travel",
        |r| r.payload = Some(Payload::Documents),
    ),
    (
        "low_code",
        "Some(true)",
        "Makers build it as a low-code flow",
        |r| r.low_code = Some(true),
    ),
    (
        "low_code",
        "Some(false)",
        "Developers build it in code",
        |r| r.low_code = Some(false),
    ),
];

fn unanswered(requirements: &Requirements, field: &str) -> bool {
    match field {
        "copy_wanted" => requirements.copy_wanted.is_none(),
        "schedule_owner" => requirements.schedule_owner.is_none(),
        "payload" => requirements.payload.is_none(),
        "low_code" => requirements.low_code.is_none(),
        _ => false,
    }
}

/// For a tie: each unanswered question's answer that would make the outcome clear with one of
/// the tied patterns in the lead. Empty unless the evaluation is a tie.
pub fn settlers(
    scenario: &Scenario,
    catalogue: &Catalogue,
    evaluation: &Evaluation,
) -> Vec<Settler> {
    if evaluation.outcome != Outcome::Tie {
        return Vec::new();
    }
    let mut trial = scenario.clone();
    ANSWERS
        .iter()
        .filter(|(field, ..)| unanswered(&scenario.requirements, field))
        .filter_map(|&(field, value, answer, apply)| {
            trial.requirements = scenario.requirements.clone();
            apply(&mut trial.requirements);
            let settled = evaluate(&trial, catalogue);
            let leads = settled
                .recommended
                .filter(|id| settled.outcome == Outcome::Clear && evaluation.tied.contains(id))?;
            Some(Settler {
                field,
                value: value.to_owned(),
                answer: answer.to_owned(),
                leads,
            })
        })
        .collect()
}

/// The headline for an evaluation, in words: what the window shows in large type and the
/// command line prints first.
pub fn headline(evaluation: &Evaluation, catalogue: &Catalogue) -> String {
    match evaluation.outcome {
        Outcome::Clear => format!(
            "Recommended: {}",
            evaluation
                .recommended
                .as_deref()
                .map_or("", |id| catalogue.name_of(id))
        ),
        Outcome::Tie => {
            let names: Vec<&str> = evaluation
                .tied
                .iter()
                .map(|id| catalogue.name_of(id))
                .collect();
            format!("A tie: {}", join_or(&names))
        }
        Outcome::NoFit => "No pattern fits these answers well".to_owned(),
        Outcome::None => "Every pattern is ruled out by these answers".to_owned(),
    }
}

/// The patterns the output presents as the answer: the leader when the outcome is clear,
/// every tied pattern in a tie, none otherwise.
pub fn leaders(evaluation: &Evaluation) -> Vec<&str> {
    match evaluation.outcome {
        Outcome::Clear => evaluation.recommended.as_deref().into_iter().collect(),
        Outcome::Tie => evaluation.tied.iter().map(String::as_str).collect(),
        Outcome::NoFit | Outcome::None => Vec::new(),
    }
}

/// The prerequisites of each leader, each stated once: a note an earlier leader shares (the
/// same throttling for OData and a custom service) is left out of the later one.
pub fn leader_prerequisites(evaluation: &Evaluation) -> Vec<(&str, Vec<&Note>)> {
    let mut said = std::collections::BTreeSet::new();
    leaders(evaluation)
        .into_iter()
        .filter_map(|id| evaluation.result(id).map(|result| (id, result)))
        .map(|(id, result)| {
            let notes = result
                .prerequisites
                .iter()
                .filter(|note| said.insert(note.text.as_str()))
                .collect();
            (id, notes)
        })
        .collect()
}

/// With a clear outcome, the next pattern that something speaks for: the alternative the
/// customer will ask about. `None` when nothing else has a case.
pub fn runner_up(evaluation: &Evaluation) -> Option<&str> {
    if evaluation.outcome != Outcome::Clear {
        return None;
    }
    evaluation
        .ranking
        .iter()
        .skip(1)
        .find(|result| result.fit != Fit::Excluded && result.is_favoured())
        .map(|result| result.pattern.as_str())
}

/// The word for a pattern's standing as users should read it: the fit, except that in a tie
/// the tied patterns are `tied` (not one recommended and one suitable), and with no fit the
/// top of the ranking is only the `closest`.
pub fn standing(evaluation: &Evaluation, result: &PatternResult) -> &'static str {
    match evaluation.outcome {
        Outcome::Tie if evaluation.tied.contains(&result.pattern) => "tied",
        Outcome::NoFit if result.fit == Fit::Recommended => "closest",
        _ => result.fit.label(),
    }
}

/// `A`, `A or B`, `A, B or C`.
pub fn join_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
