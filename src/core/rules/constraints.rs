//! Hard constraints (where a pattern runs, which way it carries data) and who starts the
//! exchange.

use crate::core::catalogue::{Pattern, Role};
use crate::core::evaluation::{Effect, Reason};
use crate::core::model::{Deployment, Direction, Initiator};
use crate::core::sources;

use super::{Context, Weight, has, reason};

/// `deployment`: a pattern that is not available where F&O runs is excluded.
pub fn deployment(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    let deployment = ctx.requirements.deployment;
    if pattern.deployments.contains(&deployment) {
        return;
    }
    let text = match deployment {
        Deployment::OnPremises => format!(
            "Not available when F&O runs on premises: {} needs the cloud (on premises, the only supported F&O API is the data management package REST API).",
            pattern.name
        ),
        Deployment::Cloud => format!("{} is not available in the cloud.", pattern.name),
    };
    out.push(reason(
        "deployment",
        Effect::Excludes,
        text,
        &pattern.deployment_source,
    ));
}

/// `direction`: a pattern that cannot carry data the required way is excluded.
pub fn direction(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    let wanted = ctx.requirements.direction;
    if pattern.directions.contains(&wanted) {
        return;
    }
    let text = match wanted {
        Direction::Inbound => format!(
            "{} only sends data out of F&O; this exchange brings data in.",
            pattern.name
        ),
        Direction::Outbound => format!(
            "{} only brings data into F&O; this exchange sends data out.",
            pattern.name
        ),
        Direction::Bidirectional => format!(
            "{} carries data one way per job or project; this exchange must keep both sides in step.",
            pattern.name
        ),
    };
    out.push(reason("direction", Effect::Excludes, text, &pattern.docs));
}

/// `initiator`: a pattern that only the other side can start (or only F&O can start) fits
/// badly when the exchange is started the other way.
pub fn initiator(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    let wanted = ctx.requirements.initiator;
    if pattern.initiated_by.contains(&wanted) {
        return;
    }
    let text = match wanted {
        Initiator::FinOps => format!(
            "F&O starts this exchange, but {} waits to be called by the other side, which would have to poll.",
            pattern.name
        ),
        Initiator::Counterpart => format!(
            "The other side starts this exchange, but {} is started by F&O.",
            pattern.name
        ),
    };
    out.push(ctx.against("initiator", Weight::Strong, text, &pattern.docs));
}

/// `on-premises-api`: on premises, the package REST API is the one supported F&O API.
pub fn on_premises_api(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    let requirements = ctx.requirements;
    if requirements.deployment == Deployment::OnPremises
        && requirements.initiator == Initiator::Counterpart
        && has(pattern, Role::OnPremisesApi)
    {
        out.push(ctx.favours(
            "on-premises-api",
            Weight::Decisive,
            "F&O runs on premises and the other side calls in: this is the only F&O API supported on premises.".to_owned(),
            sources::INTEGRATION_STRATEGY,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::test_support::{effects, pattern, requirements};

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
        assert_eq!(
            effects(direction, &r, &pattern("recurring-integrations")),
            vec![Effect::Excludes]
        );
        assert!(effects(direction, &r, &pattern("dual-write")).is_empty());
        r.direction = Direction::Outbound;
        assert!(effects(direction, &r, &pattern("business-events")).is_empty());
    }

    #[test]
    fn initiator_counts_against_patterns_started_from_the_other_side() {
        let mut r = requirements();
        r.initiator = Initiator::FinOps;
        assert_eq!(
            effects(initiator, &r, &pattern("odata")),
            vec![Effect::CountsAgainst(20)]
        );
        assert!(effects(initiator, &r, &pattern("external-web-service")).is_empty());
        r.initiator = Initiator::Counterpart;
        assert_eq!(
            effects(initiator, &r, &pattern("external-web-service")),
            vec![Effect::CountsAgainst(20)]
        );
    }

    #[test]
    fn on_premises_favours_the_package_api_only_when_called_from_outside() {
        let mut r = requirements();
        r.deployment = Deployment::OnPremises;
        assert_eq!(
            effects(on_premises_api, &r, &pattern("package-rest-api")),
            vec![Effect::Favours(40)]
        );
        assert!(effects(on_premises_api, &r, &pattern("recurring-integrations")).is_empty());
        r.initiator = Initiator::FinOps;
        assert!(effects(on_premises_api, &r, &pattern("package-rest-api")).is_empty());
        r.initiator = Initiator::Counterpart;
        r.deployment = Deployment::Cloud;
        assert!(effects(on_premises_api, &r, &pattern("package-rest-api")).is_empty());
    }
}
