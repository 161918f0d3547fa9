//! Answers not known yet: which results they leave possible, whether any of them can still
//! change the result, and which question narrows the possibilities most.
//!
//! Each open question stands for a few answers, one for every class of answer the rules tell
//! apart: each counterpart the rules or the catalogue treat differently, a schedule of less than an hour and
//! one of an hour or more, a volume on each side of every threshold of the catalogue
//! (`tests/open_answers.rs` checks on a finer grid that no result is missed). The analysis
//! evaluates every combination of them once, as a tree; a question that does not apply to
//! the answers before it (whether a model-driven app wants a copy, when the counterpart is
//! not such an app) is not branched on.
//!
//! Answers that contradict each other (real time and a nightly schedule, a model-driven app
//! with F&O on premises) are kept: customers give them, and the tool then flags the
//! conflict and advises on them. Cutting them made the analysis five times faster, and
//! settled four cases of the casebook on another result than their full answers give (an
//! on-premises F&O with Dynamics 365 Sales was told dual-write before anyone asked where
//! F&O runs).

use std::collections::BTreeMap;

use serde::Serialize;

use super::catalogue::Catalogue;
use super::engine::evaluate_ranking;
use super::evaluation::{Evaluation, Outcome};
use super::model::Scenario;

mod representatives;

use representatives::{Answer, Open, copy_applies, open_questions};

use crate::field::Field;
use crate::workers::{InOrder, Job, Subtree, Workers};

/// An open question and how much its answer matters.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AskNext {
    /// The open question's field.
    pub field: Field,
    /// How many different results (outcome and leading patterns) remain possible while it
    /// is open, over all its answers.
    pub outcomes: usize,
    /// How many different results remain possible, on average, once it is answered: each
    /// answer weighed by the share of possible combinations it leaves. The lower, the more
    /// the answer narrows; equal to `outcomes` when it narrows nothing.
    pub expected_left: f64,
}

// `expected_left` is a finite average, never NaN, so equality is total.
impl Eq for AskNext {}

impl AskNext {
    /// How much the answer matters, in words: "answering it leaves about 4 of the 9
    /// possible results", or "its answer does not change the result".
    pub fn words(&self) -> String {
        match self.outcomes {
            0 | 1 => "its answer does not change the result".to_owned(),
            n if self.narrows() => format!(
                "answering it leaves about {} of the {n} possible results",
                self.expected_left.round().max(1.0)
            ),
            _ => "its answer alone narrows nothing".to_owned(),
        }
    }

    /// Whether answering it leaves fewer possible results, on average.
    pub fn narrows(&self) -> bool {
        #[expect(clippy::cast_precision_loss)] // a count of results, far below 2^52
        let all = self.outcomes as f64;
        self.outcomes > 1 && self.expected_left < all - 1e-9
    }
}

/// What the open answers leave possible.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct OpenAnalysis {
    /// The patterns that lead (clearly or in a tie) under some combination of the open
    /// answers, most often first.
    pub possible: Vec<String>,
    /// The open questions, the one whose answer narrows the possible results most first.
    pub ask_next: Vec<AskNext>,
}

/// Above this many combinations, the walk is split over the caller's workers by the answers to
/// the first open question: a thread costs some 20 µs to start, and a few thousand
/// combinations take milliseconds. An inventory's rows, with at most three questions and the
/// volume open, stay far below it, so its own workers never start more threads.
const SPLIT_ABOVE: usize = 2_000;

/// What decides a result here: the outcome, and the patterns that lead (the one recommended,
/// or the tied ones, sorted; none without a fit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultKey {
    outcome: Outcome,
    leads: Vec<String>,
}

impl ResultKey {
    /// The result of `evaluation`.
    pub fn of(evaluation: &Evaluation) -> Self {
        let mut leads: Vec<String> = match evaluation.outcome {
            Outcome::Clear => evaluation.recommended.iter().cloned().collect(),
            Outcome::Tie => evaluation.tied.clone(),
            Outcome::NoFit | Outcome::Open | Outcome::None => Vec::new(),
        };
        leads.sort();
        Self {
            outcome: evaluation.outcome,
            leads,
        }
    }
}

/// The answer index a combination has for a question that does not apply to it.
const NOT_APPLICABLE: u8 = u8::MAX;

/// One combination of the representative answers, and its result.
struct Combination {
    /// For each open question, the index of its answer, or [`NOT_APPLICABLE`].
    answers: Vec<u8>,
    /// The index of its result in [`Possibilities::results`].
    result: usize,
}

/// Every combination of the open answers that a customer could give, with its result.
pub struct Possibilities {
    questions: Vec<Open>,
    combinations: Vec<Combination>,
    results: Vec<ResultKey>,
}

impl Possibilities {
    /// The possibilities of `scenario`'s open answers; `None` when every answer is known.
    pub fn of(scenario: &Scenario, catalogue: &Catalogue) -> Option<Self> {
        Self::of_on(scenario, catalogue, &InOrder)
    }

    /// The same, with a large tree of answers split over `workers`.
    pub fn of_on(
        scenario: &Scenario,
        catalogue: &Catalogue,
        workers: &dyn Workers,
    ) -> Option<Self> {
        let questions = open_questions(&scenario.requirements, catalogue);
        if questions.is_empty() {
            return None;
        }
        let mut base = scenario.clone();
        // The combinations are answers, each one known.
        base.requirements.not_known.clear();
        let split = Self::size_of(scenario, catalogue) > SPLIT_ABOVE
            && questions[0].field != Field::CopyWanted
            && workers.at_once() > 1;
        let leaves = if split {
            // Each answer to the first question is a subtree of its own, walked as a job of
            // its own; joined in the answers' order, the result is the sequential one.
            let questions = &questions;
            let jobs: Vec<Job<'_>> = questions[0]
                .answers
                .iter()
                .enumerate()
                .map(|(index, answer)| {
                    let mut trial = base.clone();
                    answer.apply(&mut trial.requirements);
                    let mut walk = Walk {
                        questions,
                        catalogue,
                        trial,
                        answers: vec![u8::try_from(index).unwrap_or(NOT_APPLICABLE)],
                        leaves: Vec::new(),
                        stop_unless: None,
                        found_another: false,
                    };
                    Box::new(move || {
                        walk.branch();
                        Subtree {
                            leaves: walk.leaves,
                        }
                    }) as Job<'_>
                })
                .collect();
            workers
                .run(jobs)
                .into_iter()
                .flat_map(|subtree| subtree.leaves)
                .collect::<Vec<_>>()
        } else {
            let mut walk = Walk {
                questions: &questions,
                catalogue,
                trial: base,
                answers: Vec::with_capacity(questions.len()),
                leaves: Vec::new(),
                stop_unless: None,
                found_another: false,
            };
            walk.branch();
            walk.leaves
        };
        let mut results: Vec<ResultKey> = Vec::new();
        let combinations = leaves
            .into_iter()
            .map(|(answers, key)| {
                let result = results.iter().position(|r| *r == key).unwrap_or_else(|| {
                    results.push(key);
                    results.len() - 1
                });
                Combination { answers, result }
            })
            .collect();
        Some(Self {
            questions,
            combinations,
            results,
        })
    }

    /// How many combinations the analysis of `scenario` would evaluate, at most (a question
    /// that does not apply is counted as if it did; 1 with nothing open): what a caller
    /// weighs before running it where it must not wait.
    pub fn size_of(scenario: &Scenario, catalogue: &Catalogue) -> usize {
        open_questions(&scenario.requirements, catalogue)
            .iter()
            .map(|question| question.answers.len())
            .product()
    }

    /// The different results the combinations lead to.
    pub fn results(&self) -> &[ResultKey] {
        &self.results
    }

    /// Whether every possible combination leads to `current`: no open answer can change it.
    pub fn settled_at(&self, current: &ResultKey) -> bool {
        self.results.iter().all(|r| r == current)
    }

    /// The patterns that lead under some combination, most often first.
    pub fn possible(&self) -> Vec<String> {
        let mut count: BTreeMap<&str, usize> = BTreeMap::new();
        for combination in &self.combinations {
            for id in &self.results[combination.result].leads {
                *count.entry(id).or_default() += 1;
            }
        }
        let mut possible: Vec<(&str, usize)> = count.into_iter().collect();
        possible.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        possible.into_iter().map(|(id, _)| id.to_owned()).collect()
    }

    /// The open questions, the one whose answer narrows the possible results most first.
    pub fn ask_next(&self) -> Vec<AskNext> {
        let total = self.combinations.len();
        let mut ask: Vec<AskNext> = self
            .questions
            .iter()
            .enumerate()
            .map(|(index, question)| {
                // For each answer, the combinations it leaves and their distinct results; a
                // question that does not apply to a combination leaves it under every answer.
                let mut left =
                    vec![(0_usize, vec![0_usize; self.results.len()]); question.answers.len()];
                for combination in &self.combinations {
                    match combination.answers[index] {
                        NOT_APPLICABLE => left.iter_mut().for_each(|(n, seen)| {
                            *n += 1;
                            seen[combination.result] += 1;
                        }),
                        answer => {
                            let (n, seen) = &mut left[usize::from(answer)];
                            *n += 1;
                            seen[combination.result] += 1;
                        }
                    }
                }
                let weight: usize = left.iter().map(|(n, _)| n).sum();
                #[expect(clippy::cast_precision_loss)] // counts far below 2^52
                let expected_left = if weight == 0 || total == 0 {
                    0.0
                } else {
                    left.iter()
                        .map(|(n, seen)| *n as f64 * seen.iter().filter(|s| **s > 0).count() as f64)
                        .sum::<f64>()
                        / weight as f64
                };
                AskNext {
                    field: question.field,
                    outcomes: self.results.len(),
                    expected_left,
                }
            })
            .collect();
        // Most narrowing first; the form's order among equals (a stable sort).
        ask.sort_by(|a, b| a.expected_left.total_cmp(&b.expected_left));
        ask
    }

    /// The open questions whose answers can change `current`, most narrowing first; empty
    /// when none can, in the order of `ask_next` (this analysis's own). A question counts
    /// when two combinations that differ in its answer alone lead to different results;
    /// when no single question does so (a question that does not apply leaves gaps), every
    /// open question counts.
    pub fn pending(&self, current: &ResultKey, ask_next: &[AskNext]) -> Vec<Field> {
        if self.settled_at(current) {
            return Vec::new();
        }
        let matters: Vec<Field> = ask_next
            .iter()
            .filter(|ask| {
                let index = self
                    .questions
                    .iter()
                    .position(|q| q.field == ask.field)
                    .unwrap_or_default();
                self.matters(index)
            })
            .map(|ask| ask.field)
            .collect();
        if matters.is_empty() {
            ask_next.iter().map(|ask| ask.field).collect()
        } else {
            matters
        }
    }

    /// Whether two combinations that differ only in question `index` lead to different
    /// results.
    fn matters(&self, index: usize) -> bool {
        // The other answers packed into one number, 8 bits each: at most ten questions.
        let rest_of = |answers: &[u8]| {
            answers
                .iter()
                .enumerate()
                .filter(|(question, _)| *question != index)
                .fold(0_u128, |key, (_, &answer)| (key << 8) | u128::from(answer))
        };
        let mut result_of_rest: std::collections::HashMap<u128, usize> =
            std::collections::HashMap::with_capacity(self.combinations.len());
        self.combinations.iter().any(|combination| {
            let previous = result_of_rest.insert(rest_of(&combination.answers), combination.result);
            previous.is_some_and(|other| other != combination.result)
        })
    }

    /// What the open answers leave possible, for the advice.
    pub fn analysis(&self) -> OpenAnalysis {
        OpenAnalysis {
            possible: self.possible(),
            ask_next: self.ask_next(),
        }
    }
}

/// The walk through the tree of answers.
struct Walk<'a> {
    questions: &'a [Open],
    catalogue: &'a Catalogue,
    trial: Scenario,
    answers: Vec<u8>,
    leaves: Vec<(Vec<u8>, ResultKey)>,
    /// When set, the walk keeps no leaves and stops at the first combination whose result
    /// is another: all [`settled`] needs to know.
    stop_unless: Option<&'a ResultKey>,
    /// Whether it stopped there.
    found_another: bool,
}

impl Walk<'_> {
    fn branch(&mut self) {
        if self.found_another {
            return;
        }
        let depth = self.answers.len();
        let Some(question) = self.questions.get(depth) else {
            self.leaf();
            return;
        };
        if question.field == Field::CopyWanted && !copy_applies(&self.trial.requirements) {
            Answer::CopyWanted(None).apply(&mut self.trial.requirements);
            self.answers.push(NOT_APPLICABLE);
            self.branch();
            self.answers.pop();
            return;
        }
        for (index, answer) in question.answers.iter().enumerate() {
            answer.apply(&mut self.trial.requirements);
            self.answers
                .push(u8::try_from(index).unwrap_or(NOT_APPLICABLE));
            self.branch();
            self.answers.pop();
        }
    }

    fn leaf(&mut self) {
        let key = ResultKey::of(&evaluate_ranking(&self.trial, self.catalogue));
        match self.stop_unless {
            Some(expected) => self.found_another = key != *expected,
            None => self.leaves.push((self.answers.clone(), key)),
        }
    }
}

/// Whether every combination of `scenario`'s open answers leads to `current`.
///
/// No open answer can then change it. The same answer as [`Possibilities::settled_at`], found
/// by a walk that stops at the first combination with another result, so that an unsettled
/// scenario costs a few evaluations instead of all of them.
pub fn settled(scenario: &Scenario, catalogue: &Catalogue, current: &ResultKey) -> bool {
    let questions = open_questions(&scenario.requirements, catalogue);
    let mut trial = scenario.clone();
    trial.requirements.not_known.clear();
    let mut walk = Walk {
        questions: &questions,
        catalogue,
        trial,
        answers: Vec::with_capacity(questions.len()),
        leaves: Vec::new(),
        stop_unless: Some(current),
        found_another: false,
    };
    walk.branch();
    !walk.found_another
}

/// What the open answers leave possible; `None` when every answer is known.
pub fn analyse(scenario: &Scenario, catalogue: &Catalogue) -> Option<OpenAnalysis> {
    analyse_on(scenario, catalogue, &InOrder)
}

/// The same, with a large tree of answers split over `workers`.
pub fn analyse_on(
    scenario: &Scenario,
    catalogue: &Catalogue,
    workers: &dyn Workers,
) -> Option<OpenAnalysis> {
    Possibilities::of_on(scenario, catalogue, workers).map(|p| p.analysis())
}
