//! Explaining an evaluation in words: the headline that follows the outcome, and for a tie
//! the unanswered questions whose answer would settle it, found by re-evaluating.

use super::advice::OutcomeWords;
use super::catalogue::Catalogue;
use super::evaluation::{Evaluation, Fit, Note, Outcome, PatternResult, Reason};
use super::field::{Answer, Field};
use super::flips::{Flip, answer_words, flips};
use super::model::{Requirements, Scenario};
pub use super::rules::Step;

/// An answer that would settle a tie: with it, the outcome is clear and `leads` leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settler {
    /// The requirement field (`schedule_owner`).
    pub field: Field,
    /// The answer (`Some(FinOps)` in the file).
    pub value: Answer,
    /// The question and answer in words ("Who keeps the schedule: F&O").
    pub answer: String,
    /// The pattern that then leads.
    pub leads: String,
}

/// For a tie: each unanswered separating question's answer that would make the outcome clear
/// with one of the tied patterns in the lead. Empty unless the evaluation is a tie.
pub fn settlers(
    scenario: &Scenario,
    catalogue: &Catalogue,
    evaluation: &Evaluation,
) -> Vec<Settler> {
    if evaluation.outcome != Outcome::Tie {
        return Vec::new();
    }
    settlers_among(
        &flips(scenario, catalogue, evaluation),
        &scenario.requirements,
        evaluation,
    )
}

/// The settlers of a tie among the flips already found for it: answers to the separating
/// questions (the later questions) `requirements` leave unanswered.
pub fn settlers_among(
    flips: &[Flip],
    requirements: &Requirements,
    evaluation: &Evaluation,
) -> Vec<Settler> {
    if evaluation.outcome != Outcome::Tie {
        return Vec::new();
    }
    flips
        .iter()
        .filter(|flip| flip.field.later().is_some() && !flip.field.is_answered(requirements))
        .filter(|flip| flip.outcome == Outcome::Clear && !flip.conflicting)
        .filter_map(|flip| {
            let leads = flip
                .recommended
                .clone()
                .filter(|id| evaluation.tied.contains(id))?;
            let answer = crate::text::capitalise(&answer_words(flip));
            Some(Settler {
                field: flip.field,
                value: flip.to.clone(),
                answer,
                leads,
            })
        })
        .collect()
}

/// The headline for an evaluation, in words: what the window shows in large type and the
/// command line prints first. Worded by [`OutcomeWords`].
pub fn headline(evaluation: &Evaluation, catalogue: &Catalogue) -> String {
    OutcomeWords::named(evaluation, catalogue)
        .phrases()
        .headline
}

/// The first conflict among the answers that bears on the decision, if any.
///
/// Answers that contradict each other on a deciding field. A conflict about an answer that matters only
/// elsewhere (TLS without a call out, a copy without an app, a schedule owner without a
/// schedule) leaves the result as it is, and is only named beside its fields.
pub fn contradiction(evaluation: &Evaluation) -> Option<&Note> {
    const ANSWERED_ELSEWHERE: [Field; 3] = [
        Field::EndpointTls12,
        Field::CopyWanted,
        Field::ScheduleOwner,
    ];
    evaluation.warnings.iter().find(|w| {
        w.rule == super::rules::NoteId::Conflict
            && w.fields
                .first()
                .is_some_and(|field| !ANSWERED_ELSEWHERE.contains(field))
    })
}

/// The open questions an open result waits for, in words: "real time and the peak volume".
pub fn pending_words(evaluation: &Evaluation) -> String {
    let words: Vec<&str> = evaluation
        .pending
        .iter()
        .map(|field| match *field {
            Field::PeakRecordsPerHour => "the peak volume",
            Field::CopyWanted => "whether the app needs its own copy",
            other => other.open_question().map_or(other.name(), |q| q.words()),
        })
        .collect();
    // A first meeting leaves up to ten answers open: a headline cannot list them all, so
    // it counts them and names the one to ask first (the list is in the order to ask).
    match words.as_slice() {
        [first, _, _, _, ..] => format!("{} open answers ({first} first)", words.len()),
        _ => join_and(&words),
    }
}

/// The patterns the output presents as the answer: the leader when the outcome is clear,
/// every tied pattern in a tie, none otherwise.
pub fn leaders(evaluation: &Evaluation) -> Vec<&str> {
    match evaluation.outcome {
        Outcome::Clear | Outcome::Open => evaluation.recommended.as_deref().into_iter().collect(),
        Outcome::Tie => evaluation.tied.iter().map(String::as_str).collect(),
        Outcome::NoFit | Outcome::None => Vec::new(),
    }
}

/// The prerequisites of each leader, each stated once: a note an earlier leader shares (the
/// same throttling for `OData` and a custom service) is left out of the later one.
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

/// The word for a pattern's standing as users should read it.
///
/// The fit, except that in a tie the tied patterns are `tied` (not one recommended and one
/// suitable), and with no fit the top of the ranking is only the `closest`.
pub fn standing(evaluation: &Evaluation, result: &PatternResult) -> &'static str {
    match evaluation.outcome {
        Outcome::Tie if evaluation.tied.contains(&result.pattern) => "tied",
        Outcome::NoFit if result.fit == Fit::Recommended => "closest",
        Outcome::Open if result.fit == Fit::Recommended => "leaning",
        _ => result.fit.label(),
    }
}

/// The one sentence that best says why the outcome is what it is.
///
/// With a recommendation or a tie, the strongest reason for the pattern at the top. With no
/// good fit, the first warning (it names what the answers ask for that no pattern does), else
/// the strongest reason against the closest pattern. With every pattern ruled out, why the
/// first one is. `None` only when the evaluation holds no reason at all.
pub fn leading_reason(evaluation: &Evaluation) -> Option<&str> {
    use super::evaluation::Effect;
    let top = evaluation.ranking.first();
    let first_with = |wanted: fn(&Effect) -> bool| {
        top.and_then(|r| r.reasons.iter().find(|x| wanted(&x.effect)))
            .map(|x| x.text.as_str())
    };
    match evaluation.outcome {
        Outcome::Clear | Outcome::Tie => first_with(|e| matches!(e, Effect::Favours(_))),
        // An open result may lean to a pattern with nothing in its favour (no fit under the
        // answers as they stand): then it says why, as a no-fit does.
        Outcome::Open => first_with(|e| matches!(e, Effect::Favours(_))).or_else(|| {
            evaluation
                .warnings
                .first()
                .map(|w| w.text.as_str())
                .or_else(|| first_with(|_| true))
        }),
        Outcome::NoFit => evaluation
            .warnings
            .first()
            .map(|w| w.text.as_str())
            .or_else(|| first_with(|e| matches!(e, Effect::CountsAgainst(_) | Effect::Excludes)))
            .or_else(|| first_with(|_| true)),
        Outcome::None => first_with(|_| true),
    }
}

/// One line that says an edit changed the result and why:
///
/// "Changed from `OData` to Recurring integrations: A peak of 300,000 records an hour is bulk:
/// …". `None` when the outcome and the pattern at the top stayed the same.
pub fn change_line(
    before: &Evaluation,
    after: &Evaluation,
    catalogue: &Catalogue,
) -> Option<String> {
    if (before.outcome, &before.recommended) == (after.outcome, &after.recommended) {
        return None;
    }
    let because = leading_reason(after);
    let gist = |evaluation: &Evaluation| OutcomeWords::named(evaluation, catalogue).phrases().gist;
    let line = format!("Changed from {} to {}", gist(before), gist(after));
    Some(match because {
        Some(because) => format!("{line}: {because}"),
        None => format!("{line}."),
    })
}

/// Why one pattern stands where it does against another: the reasons only the first has,
/// those only the second has, and those they share (the same rule with the same effect).
pub struct Differences<'a> {
    /// Reasons of the first pattern that the second lacks.
    pub only_first: Vec<&'a Reason>,
    /// Reasons of the second pattern that the first lacks.
    pub only_second: Vec<&'a Reason>,
    /// Reasons both have.
    pub shared: Vec<&'a Reason>,
}

/// The reasons that differ between two patterns first, and those they share.
pub fn differences<'a>(first: &'a PatternResult, second: &'a PatternResult) -> Differences<'a> {
    let same = |a: &Reason, b: &Reason| a.rule == b.rule && a.effect == b.effect;
    let weighed = |r: &&Reason| r.effect != super::evaluation::Effect::Notes;
    Differences {
        only_first: first
            .reasons
            .iter()
            .filter(weighed)
            .filter(|a| !second.reasons.iter().any(|b| same(a, b)))
            .collect(),
        only_second: second
            .reasons
            .iter()
            .filter(weighed)
            .filter(|b| !first.reasons.iter().any(|a| same(a, b)))
            .collect(),
        shared: first
            .reasons
            .iter()
            .filter(weighed)
            .filter(|a| second.reasons.iter().any(|b| same(a, b)))
            .collect(),
    }
}

/// The two patterns to set against each other: the two tied first in a tie, otherwise the
/// leader and the runner-up.
pub fn contenders(evaluation: &Evaluation) -> Option<(&PatternResult, &PatternResult)> {
    let first = evaluation.ranking.first()?;
    let second_id = match evaluation.outcome {
        Outcome::Tie => evaluation.tied.get(1).map(String::as_str),
        _ => runner_up(evaluation),
    }?;
    Some((first, evaluation.result(second_id)?))
}

/// `A`, `A and B`, `A, B and C`.
pub fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The patterns the open answers leave possible, as a list joined by `join`; when none leads
/// under any of their answers, says so rather than print an empty list.
pub fn possible_patterns(names: &[&str], join: fn(&[&str]) -> String) -> String {
    if names.is_empty() {
        "none (under every answer to them, no pattern fits or the answers contradict each other)"
            .to_owned()
    } else {
        join(names)
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

/// The interaction style a pattern stands for: the kind of integration, before the product.
pub fn style_of(pattern: &super::catalogue::Pattern) -> &'static str {
    use super::catalogue::{Family, Role};
    match pattern.family {
        Family::PowerPlatform if pattern.roles.contains(&Role::LowCodeFlow) => "a low-code flow",
        Family::PowerPlatform => "replication between apps",
        Family::SynchronousApi => "request and response",
        Family::BatchDataApi if pattern.roles.contains(&Role::DocumentFormats) => {
            "documents in a set format"
        }
        Family::BatchDataApi => "batch",
        Family::OutboundCall => "F&O calls out",
        Family::UserDriven => "user-driven",
        Family::Events => "events",
        Family::Analytics => "an analytics feed",
    }
}

/// The path the engine took to the pattern at the top: for each step, that pattern's reasons
/// from the rules of the step (empty where the step said nothing about it).
pub fn decision_path(evaluation: &Evaluation) -> Vec<(Step, Vec<&Reason>)> {
    let top = evaluation.ranking.first();
    Step::ALL
        .iter()
        .map(|&step| {
            let reasons = top
                .map(|result| {
                    result
                        .reasons
                        .iter()
                        .filter(|reason| reason.rule.step() == Some(step))
                        .collect()
                })
                .unwrap_or_default();
            (step, reasons)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_possible_pattern_is_said_in_words_not_as_an_empty_list() {
        assert_eq!(possible_patterns(&["A", "B"], join_or), "A or B");
        assert!(possible_patterns(&[], join_or).starts_with("none ("));
    }
}
