//! The advice for one scenario, in one place.
//!
//! The evaluation with its outcome and the kind of exchange; the answers that would change
//! the result; for a tie, the answers that would settle it; and what the answers not known
//! yet leave possible. The window, every command that explains a result and the decision
//! records take it from [`advise`]; the outcome is put into words by [`words`].
//!
//! Everything but the evaluation is found by re-evaluating (hundreds of evaluations for the
//! open answers), so what needs only the evaluation (the library's drift marks, `check`, a
//! portfolio of 100,000 interfaces) calls [`evaluate`](crate::evaluate) and words it the same way.

pub mod words;

use super::catalogue::Catalogue;
use super::engine::evaluate_on;
use super::evaluation::Evaluation;
use super::explain::{Settler, settlers_among};
use super::flips::{Flip, flips};
use super::model::Scenario;
use super::unknowns::OpenAnalysis;
use super::workers::{InOrder, Workers};

pub use words::{OutcomeWords, Phrases};

/// Everything the product says about a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// The ranking, outcome, reasons and warnings.
    pub evaluation: Evaluation,
    /// Every answer that would change the outcome or the pattern at the top.
    pub flips: Vec<Flip>,
    /// For a tie, the answers among `flips` that would settle it; empty otherwise.
    pub settlers: Vec<Settler>,
    /// With answers not known yet, what they leave possible and what to ask next; `None`
    /// when every answer is known.
    pub open: Option<OpenAnalysis>,
}

/// The advice for `scenario`.
pub fn advise(scenario: &Scenario, catalogue: &Catalogue) -> Advice {
    advise_on(scenario, catalogue, &InOrder)
}

/// The same, with the open answers' large trees split over `workers` (see
/// [`crate::workers`]): what the window and `decide` use.
pub fn advise_on(scenario: &Scenario, catalogue: &Catalogue, workers: &dyn Workers) -> Advice {
    let mut evaluation = evaluate_on(scenario, catalogue, workers);
    let open = evaluation.open.take();
    let flips = flips(scenario, catalogue, &evaluation);
    Advice {
        settlers: settlers_among(&flips, &scenario.requirements, &evaluation),
        flips,
        open,
        evaluation,
    }
}

impl Advice {
    /// The outcome in words, each pattern by its name in `catalogue`.
    pub fn phrases(&self, catalogue: &Catalogue) -> Phrases {
        OutcomeWords::named(&self.evaluation, catalogue).phrases()
    }
}
