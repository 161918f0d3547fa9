//! Hard constraints (where a pattern runs, which way it carries data) and who starts the
//! exchange.

use crate::catalogue::{Pattern, Role};
use crate::evaluation::{Effect, Reason};
use crate::model::{Counterpart, Deployment, Direction, Initiator};
use crate::sources;

use super::RuleId;
use super::{Context, Weight, has, reason};

/// `deployment`: a pattern that is not available where F&O runs is excluded.
pub fn deployment(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let deployment = ctx.requirements.deployment;
    if pattern.deployments.contains(&deployment) {
        return;
    }
    let text = match deployment {
        Deployment::OnPremises => format!(
            "{} is not supported for integrations when F&O runs on premises (Microsoft names the data management package REST API as the only supported integration API there).",
            pattern.short_name()
        ),
        Deployment::Cloud => format!("{} is not available in the cloud.", pattern.short_name()),
    };
    out.push(reason(
        RuleId::Deployment,
        Effect::Excludes,
        text,
        pattern.deployment_source.clone(),
    ));
}

/// `direction`: a pattern that cannot carry data the required way is excluded. Both ways
/// in step needs a pattern that carries each change both ways; both ways as two one-way
/// flows needs one that can import and export.
pub fn direction(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let requirements = ctx.requirements;
    let carries = |direction| pattern.directions.contains(&direction);
    let two_flows = requirements.two_one_way_flows();
    let carries_both = carries(Direction::Inbound) && carries(Direction::Outbound);
    // Reports read: a read-only analytics pattern still serves the reading half of reports
    // that also write back, which is a flow of its own (and a conflict the warnings name).
    if requirements.direction == Direction::Bidirectional
        && requirements.counterpart == Counterpart::Reporting
        && carries(Direction::Outbound)
        && !carries(Direction::Inbound)
    {
        out.push(ctx.against(RuleId::Direction, Weight::Decisive, format!(
            "Data is to come back from the reports as well, and {} only carries data out of F&O: it serves the reading, and what comes back needs a flow of its own.",
            pattern.short_name()
        ), pattern.docs.clone()));
        return;
    }
    let text = match requirements.direction {
        Direction::Inbound if !carries(Direction::Inbound) => format!(
            "{} only carries data out of F&O, and this data comes in.",
            pattern.short_name()
        ),
        Direction::Outbound if !carries(Direction::Outbound) => format!(
            "{} only carries data into F&O, and this data goes out.",
            pattern.short_name()
        ),
        Direction::Bidirectional
            if requirements.keeps_in_step() && !carries(Direction::Bidirectional) =>
        {
            let how = if !carries(Direction::Inbound) {
                "only carries data out of F&O"
            } else if pattern.batch {
                // Two scheduled one-way runs, with a master named for each field, are how
                // a batch pattern approximates two copies in step: poor, but possible where
                // nothing that carries each change both ways is available (on premises).
                out.push(ctx.against(RuleId::Direction, Weight::Decisive, format!(
                    "Both sides must stay in step as changes happen, and {} moves data one way per run: it would take an export and an import on a schedule, with one side named the master of each field, and the copies would differ between runs.",
                    pattern.short_name()
                ), pattern.docs.clone()));
                return;
            } else {
                "does not carry each change both ways"
            };
            format!(
                "Both sides must stay in step as changes happen, and {} {how}.",
                pattern.short_name()
            )
        }
        Direction::Bidirectional if two_flows && !carries_both => format!(
            "Data flows both ways here, as an export and an import, and {} carries data only one way.",
            pattern.short_name()
        ),
        _ => return,
    };
    out.push(reason(
        RuleId::Direction,
        Effect::Excludes,
        text,
        pattern.docs.clone(),
    ));
}

/// `initiator`: a pattern that only the other side can start (or only F&O can start) fits
/// badly when the exchange is started the other way.
pub fn initiator(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let wanted = ctx.requirements.initiator;
    if pattern.initiated_by.contains(&wanted) {
        return;
    }
    let text = match wanted {
        Initiator::FinOps => format!(
            "F&O starts this exchange, and {} waits for the other side to call, so the other side would have to poll F&O.",
            pattern.short_name()
        ),
        Initiator::Counterpart => format!(
            "The other side starts this exchange, and with {} it is F&O that starts each exchange.",
            pattern.short_name()
        ),
    };
    out.push(ctx.against(
        RuleId::Initiator,
        Weight::Strong,
        text,
        pattern.docs.clone(),
    ));
}

/// `on-premises-api`: on premises, the package REST API is the one supported F&O API. Reports
/// are left to the analytics rules: on premises, the entity store and BYOD serve them.
pub fn on_premises_api(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let requirements = ctx.requirements;
    if requirements.deployment == Deployment::OnPremises
        && requirements.initiator == Initiator::Counterpart
        && requirements.counterpart != Counterpart::Reporting
        && has(pattern, Role::OnPremisesApi)
    {
        out.push(ctx.favours(
            RuleId::OnPremisesApi,
            Weight::Decisive,
            format!("F&O runs on premises and the other side calls in: {} is the only F&O integration API Microsoft supports on premises.", pattern.short_name()),
            sources::INTEGRATION_STRATEGY,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Weight;
    use crate::rules::test_support::{against, favours};
    use crate::rules::test_support::{effects, pattern, requirements};

    #[test]
    fn on_premises_excludes_cloud_only_patterns_and_keeps_the_others() {
        let mut r = requirements();
        r.deployment = Deployment::OnPremises;
        assert_eq!(
            effects(deployment, &r, &pattern("odata")),
            vec![Effect::Excludes]
        );
        assert!(effects(deployment, &r, &pattern("package-rest-api")).is_empty());
        assert!(effects(deployment, &r, &pattern("business-events")).is_empty());
        // The entity store runs on premises from platform update 26, and so does BYOD.
        assert!(effects(deployment, &r, &pattern("entity-store")).is_empty());
        assert!(effects(deployment, &r, &pattern("byod")).is_empty());
        assert_eq!(
            effects(deployment, &r, &pattern("synapse-link")),
            vec![Effect::Excludes]
        );
        r.deployment = Deployment::Cloud;
        assert!(effects(deployment, &r, &pattern("odata")).is_empty());
    }

    #[test]
    fn direction_excludes_patterns_that_cannot_carry_data_that_way() {
        let mut r = requirements();
        r.direction = Direction::Inbound;
        assert_eq!(
            effects(direction, &r, &pattern("business-events")),
            vec![Effect::Excludes]
        );
        r.direction = Direction::Bidirectional;
        r.real_time = true;
        // Two copies in step from a batch pattern take two scheduled runs: decisive
        // against it, but possible where nothing else is (on premises).
        assert_eq!(
            effects(direction, &r, &pattern("recurring-integrations")),
            vec![against(Weight::Decisive)]
        );
        assert!(effects(direction, &r, &pattern("dual-write")).is_empty());
        // Reports that write back: the read-only analytics patterns still serve the reading.
        r.counterpart = Counterpart::Reporting;
        assert_eq!(
            effects(direction, &r, &pattern("entity-store")),
            vec![against(Weight::Decisive)]
        );
        r.counterpart = Counterpart::OtherSystem;
        // Both ways on a schedule is an export and an import: the batch APIs carry both.
        r.real_time = false;
        r.frequency = crate::model::Frequency::Every { minutes: 60 };
        assert!(effects(direction, &r, &pattern("recurring-integrations")).is_empty());
        assert_eq!(
            effects(direction, &r, &pattern("business-events")),
            vec![Effect::Excludes]
        );
        r.direction = Direction::Outbound;
        assert!(effects(direction, &r, &pattern("business-events")).is_empty());
    }

    #[test]
    fn initiator_counts_against_patterns_started_from_the_other_side() {
        let mut r = requirements();
        r.initiator = Initiator::FinOps;
        assert_eq!(
            effects(initiator, &r, &pattern("odata")),
            vec![against(Weight::Strong)]
        );
        assert!(effects(initiator, &r, &pattern("external-web-service")).is_empty());
        r.initiator = Initiator::Counterpart;
        assert_eq!(
            effects(initiator, &r, &pattern("external-web-service")),
            vec![against(Weight::Strong)]
        );
    }

    #[test]
    fn on_premises_favours_the_package_api_only_when_called_from_outside() {
        let mut r = requirements();
        r.deployment = Deployment::OnPremises;
        assert_eq!(
            effects(on_premises_api, &r, &pattern("package-rest-api")),
            vec![favours(Weight::Decisive)]
        );
        assert!(effects(on_premises_api, &r, &pattern("recurring-integrations")).is_empty());
        r.initiator = Initiator::FinOps;
        assert!(effects(on_premises_api, &r, &pattern("package-rest-api")).is_empty());
        r.initiator = Initiator::Counterpart;
        // Reports are the analytics rules' business, on premises too.
        r.counterpart = Counterpart::Reporting;
        assert!(effects(on_premises_api, &r, &pattern("package-rest-api")).is_empty());
        r.counterpart = Counterpart::OtherSystem;
        r.deployment = Deployment::Cloud;
        assert!(effects(on_premises_api, &r, &pattern("package-rest-api")).is_empty());
    }
}
