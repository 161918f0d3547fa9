//! A whole programme at once.
//!
//! Every interface of an inventory is evaluated (on every core), and the programme is seen from
//! above: interfaces per pattern and per outcome, the interfaces whose answers conflict, and
//! the recorded decisions the advice no longer supports.

use std::collections::{BTreeMap, HashMap};

use super::catalogue::Catalogue;
use super::drift::drift_in_words;
use super::engine::evaluate_with_warnings;
use super::evaluation::{Evaluation, Outcome};
use super::explain::leading_reason;
use super::model::{Decision, Requirements, Scenario};
use super::parallel::map_blocks;

/// What a programme report keeps of one interface's evaluation.
///
/// A full evaluation (every pattern with every reason) takes tens of kilobytes; an inventory
/// of 100,000 interfaces keeps only this, a few hundred bytes each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Clear, tie, no fit or none.
    pub outcome: Outcome,
    /// The pattern recommended (a clear outcome), by id.
    pub recommended: Option<String>,
    /// The tied patterns (a tie), by id.
    pub tied: Vec<String>,
    /// The strongest reason for the pattern at the top, where one is recommended or tied.
    pub leading_reason: Option<String>,
    /// The warnings, in words.
    pub warnings: Vec<String>,
    /// How many of the warnings say that answers contradict each other, or ask for what no
    /// pattern does (real time at bulk volume).
    pub conflicts: usize,
    /// Why the recorded decision no longer holds, if it does not.
    pub drift: Option<String>,
}

impl Assessment {
    /// The pattern recommended, or the tied ones joined by "or", by name; empty with no fit.
    pub fn recommended_in_words(&self, catalogue: &Catalogue) -> String {
        match self.outcome {
            Outcome::Clear => self
                .recommended
                .as_deref()
                .map_or(String::new(), |id| catalogue.name_of(id).to_owned()),
            Outcome::Tie => self
                .tied
                .iter()
                .map(|id| catalogue.name_of(id))
                .collect::<Vec<_>>()
                .join(" or "),
            Outcome::NoFit | Outcome::None => String::new(),
        }
    }

    /// Keeps what the report needs of `evaluation`.
    pub fn of(scenario: &Scenario, evaluation: &Evaluation, catalogue: &Catalogue) -> Self {
        // With no fit, why nothing fits: never a reason for the closest pattern, which would
        // read as a recommendation.
        let leading_reason = leading_reason(evaluation).map(str::to_owned);
        Self {
            outcome: evaluation.outcome,
            recommended: evaluation.recommended.clone(),
            tied: evaluation.tied.clone(),
            leading_reason,
            warnings: evaluation.warnings.iter().map(|w| w.text.clone()).collect(),
            conflicts: evaluation
                .warnings
                .iter()
                .filter(|w| w.rule == "conflict" || w.rule.ends_with("-conflict"))
                .count(),
            drift: scenario
                .decision
                .as_ref()
                .and_then(|decision| drift_in_words(decision, evaluation, catalogue)),
        }
    }
}

/// Evaluates every item's scenario, on as many threads as the machine has cores; the results
/// are in the items' order.
pub fn assess_all<T: Sync>(
    items: &[T],
    scenario: impl Fn(&T) -> &Scenario + Sync,
    catalogue: &Catalogue,
) -> Vec<Assessment> {
    map_blocks(items, 1, |_, part| {
        let mut known = Known::default();
        part.iter()
            .map(|item| known.assess(scenario(item), catalogue))
            .collect::<Vec<Assessment>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

/// Assessments already made, by their answers and recorded decision.
///
/// An inventory repeats the same answers for many interfaces (every EDI message of one
/// partner, every nightly export), and the evaluation depends on nothing else. At most
/// [`KNOWN_MAX`] are kept, so an inventory whose every row differs costs no more memory than
/// one without repeats.
#[derive(Default)]
struct Known(HashMap<(Requirements, Option<Decision>), Assessment>);

/// How many distinct assessments one worker keeps for reuse.
const KNOWN_MAX: usize = 4_096;

impl Known {
    fn assess(&mut self, scenario: &Scenario, catalogue: &Catalogue) -> Assessment {
        let key = (scenario.requirements.clone(), scenario.decision.clone());
        if let Some(known) = self.0.get(&key) {
            return known.clone();
        }
        let evaluation = evaluate_with_warnings(scenario, catalogue);
        let assessment = Assessment::of(scenario, &evaluation, catalogue);
        if self.0.len() < KNOWN_MAX {
            self.0.insert(key, assessment.clone());
        }
        assessment
    }
}

/// The programme from above.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Interfaces evaluated.
    pub interfaces: usize,
    /// Interfaces with a clear recommendation, by the pattern recommended (its id).
    pub per_pattern: BTreeMap<String, usize>,
    /// Interfaces with a tie, by the tied patterns' ids joined with `|`, in the ranking's
    /// order: a programme's ties are few kinds repeated, each settled by one question.
    pub per_tie: BTreeMap<String, usize>,
    /// Interfaces by outcome: `clear`, `tie`, `no-fit`, `none`.
    pub per_outcome: BTreeMap<&'static str, usize>,
    /// Interfaces whose answers contradict each other.
    pub with_conflicts: usize,
    /// Interfaces whose recorded decision the advice no longer supports.
    pub drifted: usize,
}

impl Summary {
    /// The patterns with a clear recommendation, by id, with their counts: largest first, then
    /// by id.
    pub fn patterns_largest_first(&self) -> Vec<(&str, usize)> {
        largest_first(&self.per_pattern)
    }

    /// The kinds of tie, each as the tied patterns' ids, with their counts: largest first.
    pub fn ties_largest_first(&self) -> Vec<(Vec<&str>, usize)> {
        largest_first(&self.per_tie)
            .into_iter()
            .map(|(ids, count)| (ids.split('|').collect(), count))
            .collect()
    }

    /// Every pattern recommended or tied somewhere, by id.
    pub fn leading_patterns(&self) -> std::collections::BTreeSet<&str> {
        self.per_pattern
            .keys()
            .map(String::as_str)
            .chain(self.per_tie.keys().flat_map(|ids| ids.split('|')))
            .collect()
    }

    /// Counts the assessments.
    pub fn of(assessments: &[Assessment]) -> Self {
        let mut summary = Self {
            interfaces: assessments.len(),
            ..Self::default()
        };
        for outcome in [Outcome::Clear, Outcome::Tie, Outcome::NoFit, Outcome::None] {
            summary.per_outcome.insert(outcome.label(), 0);
        }
        for assessment in assessments {
            *summary
                .per_outcome
                .entry(assessment.outcome.label())
                .or_default() += 1;
            if assessment.outcome == Outcome::Clear
                && let Some(pattern) = &assessment.recommended
            {
                *summary.per_pattern.entry(pattern.clone()).or_default() += 1;
            }
            if assessment.outcome == Outcome::Tie {
                *summary
                    .per_tie
                    .entry(assessment.tied.join("|"))
                    .or_default() += 1;
            }
            if assessment.conflicts > 0 {
                summary.with_conflicts += 1;
            }
            if assessment.drift.is_some() {
                summary.drifted += 1;
            }
        }
        summary
    }
}

/// Counts largest first, equal counts by key.
fn largest_first(counts: &BTreeMap<String, usize>) -> Vec<(&str, usize)> {
    let mut counts: Vec<(&str, usize)> = counts.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts
}
