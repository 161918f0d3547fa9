//! `evaluate`: runs every rule on every pattern, scores, assigns fits and ranks. Pure and
//! deterministic: the same scenario and catalogue give the same evaluation, order included.

use super::catalogue::Catalogue;
use super::evaluation::{Effect, Evaluation, Fit, PatternResult};
use super::model::Scenario;
use super::rules::{self, Context, RULES, reason};
use super::sources;

/// Ranks every pattern of `catalogue` for `scenario`, with reasons, prerequisites and
/// warnings.
///
/// Fit: `excluded` when a hard constraint rules the pattern out; otherwise the highest score
/// is `recommended` (ties go to the earlier pattern in the catalogue); `suitable` when
/// something favours the pattern and nothing counts against it; `weak` otherwise.
pub fn evaluate(scenario: &Scenario, catalogue: &Catalogue) -> Evaluation {
    let ctx = Context::new(&scenario.requirements, &catalogue.parameters);
    let mut ranking: Vec<PatternResult> = catalogue
        .patterns
        .iter()
        .map(|pattern| {
            let mut reasons = Vec::new();
            for rule in RULES {
                rule(&ctx, pattern, &mut reasons);
            }
            let score = reasons.iter().map(|r| r.effect.score()).sum();
            let weighed = reasons.iter().any(|r| !matches!(r.effect, Effect::Notes));
            if !weighed {
                reasons.push(reason(
                    "no-match",
                    Effect::Notes,
                    "Nothing in these requirements calls for this pattern.".to_owned(),
                    sources::INTEGRATION_STRATEGY,
                ));
            }
            PatternResult {
                pattern: pattern.id.clone(),
                fit: Fit::Weak,
                score,
                reasons,
                prerequisites: rules::prerequisites(&ctx, pattern),
            }
        })
        .collect();

    let mut recommended: Option<usize> = None;
    for (index, result) in ranking.iter().enumerate() {
        if result.exclusion().is_some() {
            continue;
        }
        if recommended.is_none_or(|best| result.score > ranking[best].score) {
            recommended = Some(index);
        }
    }
    for (index, result) in ranking.iter_mut().enumerate() {
        result.fit = if result.exclusion().is_some() {
            Fit::Excluded
        } else if Some(index) == recommended {
            Fit::Recommended
        } else {
            let favoured = result
                .reasons
                .iter()
                .any(|r| matches!(r.effect, Effect::Favours(_)));
            let opposed = result
                .reasons
                .iter()
                .any(|r| matches!(r.effect, Effect::CountsAgainst(_)));
            if favoured && !opposed {
                Fit::Suitable
            } else {
                Fit::Weak
            }
        };
    }
    let recommended = recommended.map(|index| ranking[index].pattern.clone());
    let warnings = rules::warnings(&ctx, catalogue, &ranking, recommended.as_deref());

    // A stable sort keeps catalogue order among equals.
    ranking.sort_by(|a, b| a.fit.cmp(&b.fit).then(b.score.cmp(&a.score)));
    Evaluation {
        recommended,
        ranking,
        warnings,
    }
}
