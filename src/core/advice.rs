//! The advice for one scenario, in one place.
//!
//! The evaluation with its outcome, the kind of exchange, and what the open answers leave
//! possible. The window, every command, records
//! and portfolio reports take their advice from [`advise`].

use super::catalogue::Catalogue;
use super::engine::evaluate;
use super::evaluation::Evaluation;
use super::model::Scenario;

/// Everything the product says about a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// The ranking, outcome, reasons and warnings.
    pub evaluation: Evaluation,
}

/// The advice for `scenario`.
pub fn advise(scenario: &Scenario, catalogue: &Catalogue) -> Advice {
    Advice {
        evaluation: evaluate(scenario, catalogue),
    }
}
