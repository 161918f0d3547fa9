//! Helpers for the rules' unit tests: the bundled catalogue and a neutral scenario.

use crate::catalogue::Pattern;
use crate::evaluation::Effect;
use crate::model::Requirements;

use super::{Context, RuleFn, Weight};

/// The neutral requirements every test starts from.
pub fn requirements() -> Requirements {
    Requirements::default()
}

/// A pattern of the bundled catalogue.
pub fn pattern(id: &str) -> Pattern {
    crate::testing::catalogue()
        .pattern(id)
        .cloned()
        .unwrap_or_else(|| panic!("no pattern {id} in the bundled catalogue"))
}

/// The effects `rule` adds for `pattern` under `requirements`.
pub fn effects(rule: RuleFn, requirements: &Requirements, pattern: &Pattern) -> Vec<Effect> {
    let parameters = &crate::testing::catalogue().parameters;
    let ctx = Context::new(requirements, parameters);
    let mut out = Vec::new();
    rule(&ctx, pattern, &mut out);
    out.iter().map(|reason| reason.effect).collect()
}

/// A reason's effect that favours a pattern with `weight`, as the catalogue weighs it.
pub fn favours(weight: Weight) -> Effect {
    Effect::Favours(weight_of(weight))
}

/// A reason's effect that counts against a pattern with `weight`, as the catalogue weighs it.
pub fn against(weight: Weight) -> Effect {
    Effect::CountsAgainst(weight_of(weight))
}

fn weight_of(weight: Weight) -> u64 {
    let parameters = &crate::testing::catalogue().parameters;
    Context::new(&requirements(), parameters).weight(weight)
}
