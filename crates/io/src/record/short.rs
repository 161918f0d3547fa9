//! A short decision record, for a programme blueprint with one per interface: the MADR
//! sections of the full record (context, drivers, options, outcome, consequences), each cut
//! to what a reader of the whole programme needs.

use super::link;
use super::sections::{bad_consequences, drivers};
use crate::markdown::escape;
use advisor_core::advice::OutcomeWords;
use advisor_core::catalogue::Catalogue;
use advisor_core::drift::drift_in_words;
use advisor_core::evaluation::{Effect, Evaluation, Fit};
use advisor_core::explain::{leaders, standing};
use advisor_core::model::Scenario;
use advisor_core::text::lower_first;

/// How many options a short record lists before it counts the rest.
const OPTIONS_LISTED: usize = 3;
/// How many reasons for the leading pattern a short record gives.
const REASONS_LISTED: usize = 3;

/// Appends the short record of `scenario` (with its `evaluation`) to `out` as Markdown, under a
/// level-3 heading `heading` and an emphasised line `meta` (both already escaped).
pub fn markdown(
    out: &mut String,
    heading: &str,
    meta: &str,
    scenario: &Scenario,
    catalogue: &Catalogue,
    evaluation: &Evaluation,
) {
    let name = |id: &str| catalogue.name_of(id).to_owned();
    push_line!(out, "### {heading}\n");
    push_line!(out, "*{meta}*\n");

    push_line!(out, "#### Context and Problem Statement\n");
    if scenario.context.trim().is_empty() {
        push_line!(out, "How should this integration with F&O be built?\n");
    } else {
        push_line!(out, "{}\n", escape(scenario.context.trim()));
    }

    push_line!(out, "#### Decision Drivers\n");
    push_line!(out, "{}.\n", drivers(scenario).join("; "));

    push_line!(out, "#### Considered Options\n");
    let options: Vec<_> = evaluation
        .ranking
        .iter()
        .filter(|r| r.fit != Fit::Excluded)
        .collect();
    for result in options.iter().take(OPTIONS_LISTED) {
        push_line!(
            out,
            "* {} ({})",
            name(&result.pattern),
            standing(evaluation, result)
        );
    }
    let excluded = evaluation.ranking.len() - options.len();
    let more = options.len().saturating_sub(OPTIONS_LISTED);
    let rest = match (more, excluded) {
        (0, 0) => None,
        (more, 0) => Some(format!("and {more} more")),
        (0, excluded) => Some(format!("{excluded} ruled out by a hard constraint")),
        (more, excluded) => Some(format!(
            "and {more} more; {excluded} ruled out by a hard constraint"
        )),
    };
    if let Some(rest) = rest {
        push_line!(out, "* {rest}");
    }
    out.push('\n');

    push_line!(out, "#### Decision Outcome\n");
    let engine = OutcomeWords::named(evaluation, catalogue)
        .phrases()
        .headline;
    if let Some(decision) = &scenario.decision {
        push_line!(
            out,
            "Chosen option: \"{}\" ({}). The advice today: {engine}.\n",
            name(&decision.pattern),
            super::status_and_date(decision),
        );
        if let Some(drift) = drift_in_words(decision, evaluation, catalogue) {
            push_line!(out, "**Drift:** {drift}.\n");
        }
    } else {
        push_line!(out, "No decision recorded yet. The advice: {engine}.\n");
    }
    for id in leaders(evaluation).into_iter().take(1) {
        let Some(result) = evaluation.result(id) else {
            continue;
        };
        for reason in result
            .reasons
            .iter()
            .filter(|r| matches!(r.effect, Effect::Favours(_)))
            .take(REASONS_LISTED)
        {
            push_line!(
                out,
                "* Because {}{}",
                lower_first(&reason.text),
                link(&reason.source)
            );
        }
    }
    out.push('\n');

    if !evaluation.warnings.is_empty() {
        push_line!(out, "#### Consequences\n");
        bad_consequences(out, evaluation);
        out.push('\n');
    }
}
