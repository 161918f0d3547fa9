//! `evaluate`: runs every rule on every pattern, scores, assigns fits and ranks. Pure and
//! deterministic: the same scenario and catalogue give the same evaluation, order included.

use std::cmp::Reverse;

use super::catalogue::Catalogue;
use super::evaluation::{Effect, Evaluation, Fit, Outcome, PatternResult};
use super::kind::{self, KindVerdict};
use super::model::Scenario;
use super::rules::{self, Context, RULES, RuleId, Weight, reason};
use super::workers::{InOrder, Workers};

/// The rules whose verdicts the kind of exchange already settles: what is exchanged, who
/// starts it, and whether records are read one by one. For a pattern of the kind, what they
/// say against it is superseded by the kind (a bulk of actions is a batch import, and the
/// batch patterns are not "against" because each record is an action); what they say for it
/// still ranks it among the patterns of the kind.
const SETTLED_BY_KIND: [RuleId; 5] = [
    RuleId::RecordAction,
    RuleId::Calculation,
    RuleId::RealTimeRecords,
    RuleId::ModestRecords,
    RuleId::FinOpsStarts,
];

/// Ranks every pattern of `catalogue` for `scenario`, with reasons, prerequisites and
/// warnings.
///
/// Fit: `excluded` when a hard constraint rules the pattern out; otherwise the highest score
/// is `recommended` (ties go to the earlier pattern in the catalogue); `suitable` when
/// something favours the pattern and nothing counts against it; `weak` otherwise.
pub fn evaluate(scenario: &Scenario, catalogue: &Catalogue) -> Evaluation {
    evaluate_on(scenario, catalogue, &InOrder)
}

/// The same, with the open answers' large trees split over `workers` (see
/// [`crate::workers`]): what the window and `decide` use.
pub fn evaluate_on(
    scenario: &Scenario,
    catalogue: &Catalogue,
    workers: &dyn Workers,
) -> Evaluation {
    evaluate_with(scenario, catalogue, Detail::Full, workers)
}

/// The ranking and outcome only, without prerequisites and warnings: what the searches of
/// "what would change it" and "what would settle a tie" need, many times over.
pub fn evaluate_ranking(scenario: &Scenario, catalogue: &Catalogue) -> Evaluation {
    evaluate_with(scenario, catalogue, Detail::Ranking, &InOrder)
}

/// The ranking, outcome and warnings, without each pattern's prerequisites: what a programme
/// report of many interfaces needs (it shows no prerequisites), at less cost.
pub fn evaluate_with_warnings(scenario: &Scenario, catalogue: &Catalogue) -> Evaluation {
    evaluate_with(scenario, catalogue, Detail::Warnings, &InOrder)
}

/// How much of an evaluation to compute.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Detail {
    Full,
    Warnings,
    Ranking,
}

fn evaluate_with(
    scenario: &Scenario,
    catalogue: &Catalogue,
    detail: Detail,
    workers: &dyn Workers,
) -> Evaluation {
    let ctx = Context::new(&scenario.requirements, &catalogue.parameters);
    let ctx = if detail == Detail::Ranking {
        ctx.unworded()
    } else {
        ctx
    };
    let kind = kind::kind_of(&ctx);
    let mut ranking: Vec<PatternResult> = catalogue
        .patterns
        .iter()
        .map(|pattern| {
            let mut reasons = reasons_for(&ctx, &kind, pattern, detail);
            let score = reasons.iter().map(|r| r.effect.score()).sum();
            let weighed = reasons.iter().any(|r| !matches!(r.effect, Effect::Notes));
            // A note weighs nothing, so a search that only weighs needs none.
            if !weighed && detail != Detail::Ranking {
                // Our own observation, not a documented fact: it has no source.
                reasons.push(reason(
                    RuleId::NoMatch,
                    Effect::Notes,
                    format!(
                        "No answer in this scenario speaks for or against {}.",
                        pattern.name
                    ),
                    "",
                ));
            }
            PatternResult {
                pattern: pattern.id.clone(),
                fit: Fit::Weak,
                score,
                reasons,
                prerequisites: if detail == Detail::Full {
                    rules::prerequisites(&ctx, pattern)
                } else {
                    Vec::new()
                },
            }
        })
        .collect();

    // Excluded last; a pattern no answer speaks for or against below those with a case
    // (it is never the closest fit); then by score. A stable sort keeps catalogue order
    // among equals. The key reads every reason, so it is computed once per pattern rather than
    // twice per comparison (that was an eighth of a search's time).
    let silent = |r: &PatternResult| r.reasons.iter().all(|x| x.effect == Effect::Notes);
    ranking.sort_by_cached_key(|r| {
        (
            r.exclusion().is_some(),
            is_other_kind(r),
            silent(r),
            Reverse(r.score),
        )
    });
    let top = ranking.iter().position(|r| r.exclusion().is_none());
    for (index, result) in ranking.iter_mut().enumerate() {
        result.fit = if result.exclusion().is_some() {
            Fit::Excluded
        } else if Some(index) == top {
            Fit::Recommended
        } else {
            let favoured = result.is_favoured();
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
    let recommended = top.map(|index| ranking[index].pattern.clone());
    // Recommended first, then suitable, weak and excluded, each as sorted above.
    ranking.sort_by_key(|r| r.fit);
    let (outcome, tied) = outcome(&ranking, catalogue.parameters.tie_margin.value);
    let leaders: Vec<&str> = match outcome {
        Outcome::Clear | Outcome::Open => recommended.as_deref().into_iter().collect(),
        Outcome::Tie => tied.iter().map(String::as_str).collect(),
        Outcome::NoFit | Outcome::None => Vec::new(),
    };
    let warnings = if detail != Detail::Ranking {
        let close: Vec<&str> = ranking
            .iter()
            .filter(|r| r.fit == Fit::Suitable)
            .map(|r| r.pattern.as_str())
            .collect();
        let mut warnings = rules::warnings(&ctx, catalogue, kind.kind, &leaders);
        warnings.extend(rules::legacy_alternatives(catalogue, &leaders, &close));
        warnings
    } else {
        Vec::new()
    };
    let mut evaluation = Evaluation {
        outcome,
        recommended,
        tied,
        ranking,
        warnings,
        kind,
        pending: Vec::new(),
        open: None,
    };
    if detail != Detail::Ranking {
        settle_open_answers(scenario, catalogue, &mut evaluation, workers);
    }
    evaluation
}

/// Answers not known yet may change the result: then it is open, whatever the answers as
/// they stand lean to. Open answers that change nothing are named as such.
fn settle_open_answers(
    scenario: &Scenario,
    catalogue: &Catalogue,
    evaluation: &mut Evaluation,
    workers: &dyn Workers,
) {
    let possibilities = super::unknowns::Possibilities::of_on(scenario, catalogue, workers);
    let analysis = possibilities
        .as_ref()
        .map(super::unknowns::Possibilities::analysis);
    let pending = possibilities
        .as_ref()
        .zip(analysis.as_ref())
        .map(|(p, a)| p.pending(&super::unknowns::ResultKey::of(evaluation), &a.ask_next))
        .unwrap_or_default();
    evaluation.open = analysis;
    if !pending.is_empty() && evaluation.outcome != Outcome::None {
        evaluation.outcome = Outcome::Open;
        evaluation.tied.clear();
        evaluation.pending = pending;
    } else if !scenario.requirements.not_known.is_empty() {
        let open: Vec<&str> = scenario
            .requirements
            .not_known
            .iter()
            .map(|q| q.words())
            .collect();
        let (verb, them) = if open.len() == 1 {
            ("is", "it")
        } else {
            ("are", "them")
        };
        evaluation.warnings.push(super::evaluation::Note {
            rule: super::rules::NoteId::AnswersOpen,
            text: format!(
                "{} {verb} not known yet, and no answer to {them} changes this result. Confirm {them} all the same before building: the details of the design depend on {them}.",
                crate::text::capitalise(&super::explain::join_and(&open)),
            ),
            source: String::new(),
            fields: scenario
                .requirements
                .not_known
                .iter()
                .map(|q| q.field())
                .collect(),
        });
    }
}

/// Every rule's verdict on `pattern`, strongest first, after the kind of exchange had its
/// say: a pattern of another kind gets the reason it ranks below; for a pattern of the kind,
/// what the kind already settles no longer counts against it.
fn reasons_for(
    ctx: &Context<'_>,
    kind: &KindVerdict,
    pattern: &super::catalogue::Pattern,
    detail: Detail,
) -> Vec<super::evaluation::Reason> {
    let mut reasons = Vec::new();
    for rule in RULES {
        (rule.run)(ctx, pattern, &mut reasons);
    }
    // An excluded pattern shows why it is excluded, and nothing that would read as
    // a case for it.
    if reasons.iter().any(|r| r.effect == Effect::Excludes) {
        reasons.retain(|r| r.effect == Effect::Excludes);
    } else if !kind::serves(ctx, pattern, kind.kind) {
        // Decided first: a pattern for another kind of exchange is an alternative
        // only, whatever the other answers say for it.
        reasons.insert(0, other_kind(ctx, kind, pattern, detail));
    } else {
        reasons.retain(|r| {
            !(SETTLED_BY_KIND.contains(&r.rule) && matches!(r.effect, Effect::CountsAgainst(_)))
        });
    }
    // Strongest first, a case for the pattern before a case against it of equal
    // weight, notes last; the rules' order decides among equals.
    reasons.sort_by_key(|r| match r.effect {
        Effect::Excludes => (0, Reverse(0), 0),
        Effect::Favours(weight) => (1, Reverse(weight), 0),
        Effect::CountsAgainst(weight) => (1, Reverse(weight), 1),
        Effect::Notes => (2, Reverse(0), 0),
    });
    reasons
}

/// Whether a ranked pattern does another kind of exchange than the answers describe.
pub fn is_other_kind(result: &PatternResult) -> bool {
    result.reasons.iter().any(|r| r.rule == RuleId::OtherKind)
}

/// The reason a pattern of another kind ranks below every pattern of the kind.
fn other_kind(
    ctx: &Context<'_>,
    kind: &KindVerdict,
    pattern: &super::catalogue::Pattern,
    detail: Detail,
) -> super::evaluation::Reason {
    // The searches (what would change it, settle a tie, the open answers) compare outcomes
    // only and never show this text; it is the costliest of all to word, so they skip it.
    let text = if detail == Detail::Ranking {
        String::new()
    } else {
        format!(
            "This is {}; {} is for {}.",
            kind.kind.words(),
            pattern.name,
            kind::what_it_does(ctx, pattern)
        )
    };
    ctx.against(RuleId::OtherKind, Weight::Decisive, text, kind.source)
}

/// How decided a sorted ranking is, and which patterns share its lead.
///
/// `none`: everything is excluded. `no-fit`: the leader has no reason in its favour, or its
/// score is not above zero. `tie`: another pattern, itself with a reason in its favour, scores
/// within `margin` of the leader. `clear` otherwise.
fn outcome(ranking: &[PatternResult], margin: u64) -> (Outcome, Vec<String>) {
    let Some(leader) = ranking.first().filter(|r| r.fit != Fit::Excluded) else {
        return (Outcome::None, Vec::new());
    };
    // A pattern of another kind leads only when no pattern of the kind is left: then nothing
    // fits well, and it is only the closest.
    if leader.score <= 0 || !leader.is_favoured() || is_other_kind(leader) {
        return (Outcome::NoFit, Vec::new());
    }
    let margin = i64::try_from(margin).unwrap_or(i64::MAX);
    let tied: Vec<String> = ranking
        .iter()
        .filter(|r| r.fit != Fit::Excluded && r.is_favoured() && !is_other_kind(r))
        .filter(|r| leader.score - r.score <= margin)
        .map(|r| r.pattern.clone())
        .collect();
    if tied.len() > 1 {
        (Outcome::Tie, tied)
    } else {
        (Outcome::Clear, Vec::new())
    }
}
