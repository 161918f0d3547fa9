//! A whole programme at once.
//!
//! Every interface of an inventory is evaluated (on every core), and the programme is seen from
//! above: interfaces per pattern and per outcome, the interfaces whose answers conflict, and
//! the decisions the engine no longer agrees with.

use std::collections::BTreeMap;

use super::catalogue::Catalogue;
use super::drift::drift_in_words;
use super::evaluate;
use super::evaluation::{Effect, Evaluation, Outcome};
use super::model::Scenario;

/// One interface's result.
#[derive(Debug, Clone)]
pub struct Assessment {
    /// The engine's evaluation.
    pub evaluation: Evaluation,
    /// Why the recorded decision no longer holds, if it does not.
    pub drift: Option<String>,
}

impl Assessment {
    /// The strongest reason for the pattern at the top, in words.
    pub fn leading_reason(&self) -> Option<&str> {
        let top = self.evaluation.ranking.first()?;
        top.reasons
            .iter()
            .find(|r| matches!(r.effect, Effect::Favours(_)))
            .map(|r| r.text.as_str())
    }

    /// How many of the warnings say that answers contradict each other, or ask for what no
    /// pattern does (real time at bulk volume).
    pub fn conflicts(&self) -> usize {
        self.evaluation
            .warnings
            .iter()
            .filter(|w| w.rule == "conflict" || w.rule.ends_with("-conflict"))
            .count()
    }
}

/// Evaluates every scenario, on as many threads as the machine has cores; the results are
/// in the scenarios' order.
pub fn assess_all(scenarios: &[Scenario], catalogue: &Catalogue) -> Vec<Assessment> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let chunk = scenarios.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = scenarios
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|s| assess(s, catalogue))
                        .collect::<Vec<Assessment>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                // A worker only evaluates; should one panic, the panic is the engine's bug
                // and is passed on as it is.
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect::<Vec<Assessment>>()
    })
}

fn assess(scenario: &Scenario, catalogue: &Catalogue) -> Assessment {
    let evaluation = evaluate(scenario, catalogue);
    let drift = scenario
        .decision
        .as_ref()
        .and_then(|decision| drift_in_words(decision, &evaluation, catalogue));
    Assessment { evaluation, drift }
}

/// The programme from above.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Interfaces evaluated.
    pub interfaces: usize,
    /// Interfaces with a clear recommendation, by the pattern recommended (its id).
    pub per_pattern: BTreeMap<String, usize>,
    /// Interfaces by outcome: `clear`, `tie`, `no-fit`, `none`.
    pub per_outcome: BTreeMap<&'static str, usize>,
    /// Interfaces whose answers contradict each other.
    pub with_conflicts: usize,
    /// Interfaces whose recorded decision the engine no longer agrees with.
    pub drifted: usize,
}

impl Summary {
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
            let evaluation = &assessment.evaluation;
            *summary
                .per_outcome
                .entry(evaluation.outcome.label())
                .or_default() += 1;
            if evaluation.outcome == Outcome::Clear
                && let Some(pattern) = &evaluation.recommended
            {
                *summary.per_pattern.entry(pattern.clone()).or_default() += 1;
            }
            if assessment.conflicts() > 0 {
                summary.with_conflicts += 1;
            }
            if assessment.drift.is_some() {
                summary.drifted += 1;
            }
        }
        summary
    }
}
