//! Drift: a recorded decision that the advice for its answers no longer supports.

use super::advice::OutcomeWords;
use super::catalogue::Catalogue;
use super::evaluation::{Evaluation, Fit};
use super::model::{Decision, DecisionStatus};

/// Why a recorded decision disagrees with the evaluation, or `None` if it does not.
///
/// A `Proposed` or `Accepted` pattern that is now `weak` or `excluded` is drift, and so is a
/// `Rejected` pattern that is now `recommended`. A pattern that is now `suitable` is a
/// defensible alternative, not drift. `Superseded` decisions are history and never drift.
pub fn drift(decision: &Decision, evaluation: &Evaluation) -> Option<String> {
    describe(decision, evaluation, |id| format!("`{id}`"))
}

/// The same finding as [`drift`], with patterns named as people know them, for the window
/// and decision records.
pub fn drift_in_words(
    decision: &Decision,
    evaluation: &Evaluation,
    catalogue: &Catalogue,
) -> Option<String> {
    describe(decision, evaluation, |id| catalogue.name_of(id).to_owned())
}

fn describe(
    decision: &Decision,
    evaluation: &Evaluation,
    name: impl Fn(&str) -> String,
) -> Option<String> {
    let fit = evaluation.fit(&decision.pattern)?;
    // Said only when there is drift to describe.
    let advice = || OutcomeWords::of(evaluation, &name).phrases().drift;
    match (decision.status, fit) {
        (DecisionStatus::Proposed | DecisionStatus::Accepted, Fit::Weak | Fit::Excluded) => {
            let standing = if fit == Fit::Excluded {
                "ruled out"
            } else {
                "a weak fit"
            };
            Some(format!(
                "the decision records {} ({}), which these answers now make {standing}; the advice is {}",
                name(&decision.pattern),
                status_word(decision.status),
                advice(),
            ))
        }
        (DecisionStatus::Rejected, Fit::Recommended) => Some(format!(
            "the decision rejects {}, which is now the advice for these answers",
            name(&decision.pattern)
        )),
        _ => None,
    }
}

/// The status as a lower-case word: `proposed`, `accepted`, `rejected`, `superseded`.
pub fn status_word(status: DecisionStatus) -> &'static str {
    match status {
        DecisionStatus::Proposed => "proposed",
        DecisionStatus::Accepted => "accepted",
        DecisionStatus::Rejected => "rejected",
        DecisionStatus::Superseded => "superseded",
    }
}
