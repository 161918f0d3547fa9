//! Two scenarios side by side: the answers that differ, and what that does to the outcome,
//! the pattern at the top and each pattern's standing.

use serde::Serialize;

use super::catalogue::Catalogue;
use super::engine::evaluate;
use super::field::{Answer, Field};
use super::model::Scenario;

/// One answer that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerChange {
    /// The field.
    pub field: Field,
    /// The first scenario's answer.
    pub first: Answer,
    /// The second scenario's answer.
    pub second: Answer,
}

/// A pattern whose standing differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StandingChange {
    /// The pattern's id.
    pub pattern: String,
    /// Its fit in the first scenario.
    pub first: &'static str,
    /// Its fit in the second.
    pub second: &'static str,
    /// The reasons only the second scenario gives it.
    pub gained: Vec<String>,
    /// The reasons only the first scenario gives it.
    pub lost: Vec<String>,
}

/// What differs between two scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioDiff {
    /// The answers that differ, in the file's order.
    pub answers: Vec<AnswerChange>,
    /// The outcomes, first and second.
    pub outcomes: (&'static str, &'static str),
    /// The patterns at the top, first and second.
    pub recommended: (Option<String>, Option<String>),
    /// The patterns whose standing or reasons differ.
    pub patterns: Vec<StandingChange>,
}

impl ScenarioDiff {
    /// Whether both scenarios come out with the same pattern at the top and the same outcome.
    pub fn agrees(&self) -> bool {
        self.recommended.0 == self.recommended.1 && self.outcomes.0 == self.outcomes.1
    }
}

/// Compares `first` with `second`.
pub fn compare(first: &Scenario, second: &Scenario, catalogue: &Catalogue) -> ScenarioDiff {
    let answers = Field::REQUIREMENTS
        .into_iter()
        .filter_map(|field| {
            let a = field.answer(&first.requirements)?;
            let b = field.answer(&second.requirements)?;
            (a != b).then_some(AnswerChange {
                field,
                first: a,
                second: b,
            })
        })
        .collect();
    let (ea, eb) = (evaluate(first, catalogue), evaluate(second, catalogue));
    let patterns = catalogue
        .patterns
        .iter()
        .filter_map(|pattern| {
            let (a, b) = (ea.result(&pattern.id)?, eb.result(&pattern.id)?);
            let texts = |r: &super::evaluation::PatternResult| -> Vec<String> {
                r.reasons.iter().map(|x| x.text.clone()).collect()
            };
            let (ta, tb) = (texts(a), texts(b));
            let gained: Vec<String> = tb.iter().filter(|t| !ta.contains(t)).cloned().collect();
            let lost: Vec<String> = ta.iter().filter(|t| !tb.contains(t)).cloned().collect();
            (a.fit != b.fit || !gained.is_empty() || !lost.is_empty()).then(|| StandingChange {
                pattern: pattern.id.clone(),
                first: a.fit.label(),
                second: b.fit.label(),
                gained,
                lost,
            })
        })
        .collect();
    ScenarioDiff {
        answers,
        outcomes: (ea.outcome.label(), eb.outcome.label()),
        recommended: (ea.recommended, eb.recommended),
        patterns,
    }
}
