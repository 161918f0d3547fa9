//! A whole programme at once.
//!
//! Every interface of an inventory is evaluated, and the programme is seen from
//! above: interfaces per pattern and per outcome, the interfaces whose answers conflict, and
//! the recorded decisions the advice no longer supports.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::advice::OutcomeWords;
use super::catalogue::Catalogue;
use super::drift::drift_in_words;
use super::engine::evaluate_with_warnings;
use super::evaluation::{Evaluation, Outcome};
use super::explain::leading_reason;
use super::model::{Decision, Requirements, Scenario};

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
        let name = |id: &str| catalogue.name_of(id).to_owned();
        OutcomeWords {
            outcome: self.outcome,
            top: self.recommended.as_deref().map(name),
            tied: self.tied.iter().map(|id| name(id)).collect(),
            pending: String::new(),
            conflict: None,
        }
        .phrases()
        .cell
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
                .filter(|w| w.rule.is_conflict())
                .count(),
            drift: scenario
                .decision
                .as_ref()
                .and_then(|decision| drift_in_words(decision, evaluation, catalogue)),
        }
    }
}

/// Assesses interfaces one after another, reusing the assessments of answers already seen.
///
/// An inventory repeats the same answers for many interfaces (every EDI message of one
/// partner, every nightly export), and the evaluation depends on nothing else: the answers and
/// the recorded decision. Repeats share one [`Assessment`]. At most [`KNOWN_MAX`] are kept,
/// so an inventory whose every row differs costs no more memory than one without repeats.
/// Each worker thread keeps an assessor of its own.
pub struct Assessor<'c> {
    catalogue: &'c Catalogue,
    known: HashMap<(Requirements, Option<Decision>), Arc<Assessment>>,
}

/// How many distinct assessments one assessor keeps for reuse.
const KNOWN_MAX: usize = 4_096;

impl<'c> Assessor<'c> {
    /// An assessor that has seen nothing yet.
    pub fn new(catalogue: &'c Catalogue) -> Self {
        Self {
            catalogue,
            known: HashMap::new(),
        }
    }

    /// The assessment of `scenario`: shared with every earlier scenario of the same answers and
    /// decision.
    pub fn assess(&mut self, scenario: &Scenario) -> Arc<Assessment> {
        let key = (scenario.requirements.clone(), scenario.decision.clone());
        if let Some(known) = self.known.get(&key) {
            return Arc::clone(known);
        }
        let evaluation = evaluate_with_warnings(scenario, self.catalogue);
        let assessment = Arc::new(Assessment::of(scenario, &evaluation, self.catalogue));
        if self.known.len() < KNOWN_MAX {
            self.known.insert(key, Arc::clone(&assessment));
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
    /// Interfaces with a tie, by the tied patterns' ids in the ranking's order: a
    /// programme's ties are few kinds repeated, each settled by one question. (Written out
    /// as the ids joined with `|`, as the JSON report has always keyed them.)
    #[serde(serialize_with = "ties_joined")]
    pub per_tie: BTreeMap<Vec<String>, usize>,
    /// Interfaces by outcome, every outcome counted (0 where none has it). (Written out by
    /// the outcomes' labels: `clear`, `no-fit`, `none`, `open`, `tie`.)
    #[serde(serialize_with = "outcomes_by_label")]
    pub per_outcome: BTreeMap<Outcome, usize>,
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

    /// The kinds of tie, each as the tied patterns' ids, with their counts: largest first,
    /// then in the order of their keys in the JSON report (the ids joined with `|`).
    pub fn ties_largest_first(&self) -> Vec<(Vec<&str>, usize)> {
        let mut ties: Vec<(Vec<&str>, usize)> = self
            .per_tie
            .iter()
            .map(|(ids, count)| (ids.iter().map(String::as_str).collect(), *count))
            .collect();
        ties.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| a.0.join("|").cmp(&b.0.join("|")))
        });
        ties
    }

    /// How many interfaces have `outcome`.
    pub fn count(&self, outcome: Outcome) -> usize {
        self.per_outcome.get(&outcome).copied().unwrap_or(0)
    }

    /// Every pattern recommended or tied somewhere, by id.
    pub fn leading_patterns(&self) -> std::collections::BTreeSet<&str> {
        self.per_pattern
            .keys()
            .map(String::as_str)
            .chain(self.per_tie.keys().flatten().map(String::as_str))
            .collect()
    }

    /// The summary of no interfaces: every outcome counted as 0.
    pub fn new() -> Self {
        let mut summary = Self::default();
        for outcome in Outcome::ALL {
            summary.per_outcome.insert(outcome, 0);
        }
        summary
    }

    /// Counts one more interface.
    pub fn add(&mut self, assessment: &Assessment) {
        self.interfaces += 1;
        *self.per_outcome.entry(assessment.outcome).or_default() += 1;
        if assessment.outcome == Outcome::Clear
            && let Some(pattern) = &assessment.recommended
        {
            *self.per_pattern.entry(pattern.clone()).or_default() += 1;
        }
        if assessment.outcome == Outcome::Tie {
            *self.per_tie.entry(assessment.tied.clone()).or_default() += 1;
        }
        if assessment.conflicts > 0 {
            self.with_conflicts += 1;
        }
        if assessment.drift.is_some() {
            self.drifted += 1;
        }
    }

    /// Adds the counts of `other`, a summary of other interfaces.
    pub fn merge(&mut self, other: Self) {
        self.interfaces += other.interfaces;
        for (outcome, count) in other.per_outcome {
            *self.per_outcome.entry(outcome).or_default() += count;
        }
        for (pattern, count) in other.per_pattern {
            *self.per_pattern.entry(pattern).or_default() += count;
        }
        for (tie, count) in other.per_tie {
            *self.per_tie.entry(tie).or_default() += count;
        }
        self.with_conflicts += other.with_conflicts;
        self.drifted += other.drifted;
    }

    /// Counts the assessments.
    pub fn of<'a>(assessments: impl IntoIterator<Item = &'a Assessment>) -> Self {
        let mut summary = Self::new();
        for assessment in assessments {
            summary.add(assessment);
        }
        summary
    }
}

/// `per_tie` as the JSON report keys it: the tied ids joined with `|`.
fn ties_joined<S: serde::Serializer>(
    ties: &BTreeMap<Vec<String>, usize>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(ties.iter().map(|(ids, count)| (ids.join("|"), count)))
}

/// `per_outcome` as the JSON report keys it: by label, in the labels' order.
fn outcomes_by_label<S: serde::Serializer>(
    outcomes: &BTreeMap<Outcome, usize>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let by_label: BTreeMap<&str, usize> = outcomes
        .iter()
        .map(|(outcome, count)| (outcome.label(), *count))
        .collect();
    serializer.collect_map(by_label)
}

/// Counts largest first, equal counts by key.
fn largest_first(counts: &BTreeMap<String, usize>) -> Vec<(&str, usize)> {
    let mut counts: Vec<(&str, usize)> = counts.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts
}
