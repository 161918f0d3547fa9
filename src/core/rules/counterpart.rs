//! The counterpart decides next: model-driven Dynamics 365 apps, reporting, spreadsheet users,
//! or any other system.

use crate::core::catalogue::{Pattern, Role};
use crate::core::evaluation::Reason;
use crate::core::model::{Counterpart, Direction, Frequency};
use crate::core::sources;

use super::{Context, Weight, has};

/// Roles that only make sense with a model-driven app on the other side.
const MODEL_DRIVEN_ROLES: [Role; 3] = [
    Role::ModelDrivenLiveSync,
    Role::ModelDrivenNoCopy,
    Role::ModelDrivenScheduledCopy,
];
/// Roles that only make sense for analytics.
const ANALYTICS_ROLES: [Role; 2] = [Role::AnalyticsExport, Role::EmbeddedAnalytics];

fn plays_any(pattern: &Pattern, roles: &[Role]) -> bool {
    roles.iter().any(|&role| has(pattern, role))
}

/// `model-driven-app`: real-time or two-way exchange with a model-driven app favours
/// dual-write (virtual entities when no copy is needed); a scheduled one-way copy favours
/// classic data integration. Patterns with no native link to the app count against.
pub fn model_driven_app(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    let requirements = ctx.requirements;
    let Counterpart::Dynamics365App(app) = requirements.counterpart else {
        return;
    };
    const RULE: &str = "model-driven-app";
    let live = requirements.real_time || requirements.direction == Direction::Bidirectional;
    if !pattern.model_driven_apps.contains(&app) {
        out.push(ctx.against(
            RULE,
            Weight::Moderate,
            format!("{} has no native link to {}; the Power Platform patterns connect to it through Dataverse.", pattern.name, app.label()),
            sources::INTEGRATION_STRATEGY,
        ));
        return;
    }
    // Three shapes of exchange: live (real time or both ways), a scheduled one-way copy, or
    // an occasional one-way exchange (ad hoc, or a single load).
    let scheduled = matches!(requirements.frequency, Frequency::Every { .. });
    let once = requirements.frequency == Frequency::Once;
    let app_name = app.label();
    let reason = if has(pattern, Role::ModelDrivenLiveSync) {
        if live {
            ctx.favours(RULE, Weight::Decisive, format!("{app_name} needs F&O data in real time or both ways: dual-write keeps both apps in step in near real time."), sources::INTEGRATION_STRATEGY)
        } else if scheduled || once {
            ctx.favours(RULE, Weight::Moderate, format!("Dual-write can also carry this copy to {app_name}, and replaces classic data integration for new work."), sources::DUAL_WRITE_OVERVIEW)
        } else {
            ctx.favours(RULE, Weight::Strong, format!("Records reach {app_name} as they change, without a schedule to run: dual-write copies each create, update and delete."), sources::DUAL_WRITE_OVERVIEW)
        }
    } else if has(pattern, Role::ModelDrivenNoCopy) {
        if live {
            ctx.favours(RULE, Weight::Strong, format!("A documented alternative to dual-write when {app_name} only needs to see and edit F&O data, with no copy of it."), sources::VIRTUAL_ENTITIES)
        } else if scheduled || once {
            ctx.against(
                RULE,
                Weight::Moderate,
                "Virtual entities give live access, not a copy of the data.".to_owned(),
                sources::VIRTUAL_ENTITIES,
            )
        } else {
            ctx.favours(
                RULE,
                Weight::Moderate,
                format!(
                    "{app_name} can read F&O data when it needs it, with no copy to keep in step."
                ),
                sources::VIRTUAL_ENTITIES,
            )
        }
    } else if has(pattern, Role::ModelDrivenScheduledCopy) {
        if live {
            ctx.against(RULE, Weight::Strong, "Classic data integration runs one way on a schedule; it cannot give real-time or two-way sync.".to_owned(), sources::INTEGRATION_STRATEGY)
        } else if scheduled {
            ctx.favours(RULE, Weight::Decisive, format!("A scheduled, one-way copy between F&O and {app_name} is what classic data integration was made for."), sources::INTEGRATION_STRATEGY)
        } else if once {
            ctx.favours(RULE, Weight::Moderate, format!("A one-time bulk copy to {app_name} can run as a classic data integration project."), sources::INTEGRATION_STRATEGY)
        } else {
            ctx.against(RULE, Weight::Moderate, "Classic data integration runs projects on a schedule set by an administrator; this exchange happens whenever something changes.".to_owned(), sources::INTEGRATION_STRATEGY)
        }
    } else {
        return;
    };
    out.push(reason);
}

/// `reporting`: reports over F&O data are served by the analytics patterns; OData is
/// discouraged for them.
pub fn reporting(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    if ctx.requirements.counterpart != Counterpart::Reporting {
        return;
    }
    const RULE: &str = "reporting";
    if has(pattern, Role::AnalyticsExport) {
        out.push(ctx.favours(RULE, Weight::Decisive, "Reporting on F&O data: a continuous export to the customer's data lake, Synapse or Fabric keeps reports off the transactional database.".to_owned(), sources::SYNAPSE_LINK));
    } else if has(pattern, Role::EmbeddedAnalytics) {
        out.push(ctx.favours(RULE, Weight::Strong, "Reporting inside F&O: the entity store serves embedded Power BI analytics and is what the seed recommends instead of OData.".to_owned(), sources::INTEGRATION_STRATEGY));
    } else if has(pattern, Role::RealTimeRecords) {
        out.push(ctx.against(RULE, Weight::Strong, "Using OData for Power BI reports is discouraged; the entity store is encouraged instead.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
}

/// `spreadsheet-users`: people editing F&O data in spreadsheets are served by Excel
/// integration, unless the volume is bulk (the volume rule then favours the batch APIs).
pub fn spreadsheet_users(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    if ctx.requirements.counterpart != Counterpart::ExcelUsers {
        return;
    }
    const RULE: &str = "spreadsheet-users";
    if has(pattern, Role::SpreadsheetEditing) {
        if ctx.bulk {
            out.push(ctx.against(RULE, Weight::Strong, format!("Excel slows as the data set grows; at {} or more records per hour the batch data APIs serve better.", ctx.bulk_threshold_text()), sources::IMPLEMENTATION_GUIDE));
        } else {
            out.push(ctx.favours(RULE, Weight::Decisive, "People read and edit F&O data in spreadsheets: the Excel add-in opens and publishes entity data from almost every page.".to_owned(), sources::IMPLEMENTATION_GUIDE));
        }
    } else if !has(pattern, Role::BulkTransfer) {
        out.push(ctx.against(
            RULE,
            Weight::Moderate,
            format!(
                "The users work in spreadsheets; {} needs an integration built by developers.",
                pattern.name
            ),
            sources::IMPLEMENTATION_GUIDE,
        ));
    }
}

/// `other-system`: patterns built for model-driven apps, spreadsheets or analytics count
/// against an exchange with another application.
pub fn other_system(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    let counterpart = ctx.requirements.counterpart;
    const RULE: &str = "counterpart";
    if !matches!(counterpart, Counterpart::Dynamics365App(_))
        && plays_any(pattern, &MODEL_DRIVEN_ROLES)
    {
        out.push(ctx.against(RULE, Weight::Decisive, format!("{} connects F&O with model-driven Dynamics 365 apps in Dataverse, not with this counterpart.", pattern.name), sources::INTEGRATION_STRATEGY));
    }
    if counterpart != Counterpart::Reporting && plays_any(pattern, &ANALYTICS_ROLES) {
        out.push(ctx.against(
            RULE,
            Weight::Strong,
            format!(
                "{} serves analytics, and this exchange is not a reporting need.",
                pattern.name
            ),
            &pattern.docs,
        ));
    }
    if counterpart != Counterpart::ExcelUsers && has(pattern, Role::SpreadsheetEditing) {
        out.push(ctx.against(RULE, Weight::Strong, "Excel integration needs a person working in a spreadsheet; no person is in this exchange.".to_owned(), &pattern.docs));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::Effect;
    use crate::core::model::ModelDrivenApp;
    use crate::core::rules::test_support::{effects, pattern, requirements};

    #[test]
    fn a_real_time_model_driven_app_favours_dual_write_over_classic_integration() {
        let mut r = requirements();
        r.counterpart = Counterpart::Dynamics365App(ModelDrivenApp::CustomerService);
        r.real_time = true;
        assert_eq!(
            effects(model_driven_app, &r, &pattern("dual-write")),
            vec![Effect::Favours(40)]
        );
        assert_eq!(
            effects(model_driven_app, &r, &pattern("virtual-entities")),
            vec![Effect::Favours(20)]
        );
        assert_eq!(
            effects(model_driven_app, &r, &pattern("classic-data-integration")),
            vec![Effect::CountsAgainst(20)]
        );
        assert_eq!(
            effects(model_driven_app, &r, &pattern("odata")),
            vec![Effect::CountsAgainst(10)]
        );
    }

    #[test]
    fn a_scheduled_one_way_copy_favours_classic_integration() {
        let mut r = requirements();
        r.counterpart = Counterpart::Dynamics365App(ModelDrivenApp::Sales);
        r.real_time = false;
        r.direction = Direction::Outbound;
        r.frequency = Frequency::Every { minutes: 1440 };
        assert_eq!(
            effects(model_driven_app, &r, &pattern("classic-data-integration")),
            vec![Effect::Favours(40)]
        );
        assert_eq!(
            effects(model_driven_app, &r, &pattern("dual-write")),
            vec![Effect::Favours(10)]
        );
        r.counterpart = Counterpart::OtherSystem;
        assert!(effects(model_driven_app, &r, &pattern("classic-data-integration")).is_empty());
    }

    #[test]
    fn an_occasional_one_way_exchange_favours_dual_write_not_a_schedule() {
        let mut r = requirements();
        r.counterpart = Counterpart::Dynamics365App(ModelDrivenApp::Sales);
        r.real_time = false;
        r.direction = Direction::Outbound;
        r.frequency = Frequency::AdHoc;
        assert_eq!(
            effects(model_driven_app, &r, &pattern("dual-write")),
            vec![Effect::Favours(20)]
        );
        assert_eq!(
            effects(model_driven_app, &r, &pattern("virtual-entities")),
            vec![Effect::Favours(10)]
        );
        assert_eq!(
            effects(model_driven_app, &r, &pattern("classic-data-integration")),
            vec![Effect::CountsAgainst(10)]
        );
        r.frequency = Frequency::Once;
        assert_eq!(
            effects(model_driven_app, &r, &pattern("classic-data-integration")),
            vec![Effect::Favours(10)]
        );
    }

    #[test]
    fn reporting_favours_analytics_and_discourages_odata() {
        let mut r = requirements();
        r.counterpart = Counterpart::Reporting;
        assert_eq!(
            effects(reporting, &r, &pattern("synapse-link")),
            vec![Effect::Favours(40)]
        );
        assert_eq!(
            effects(reporting, &r, &pattern("entity-store")),
            vec![Effect::Favours(20)]
        );
        assert_eq!(
            effects(reporting, &r, &pattern("odata")),
            vec![Effect::CountsAgainst(20)]
        );
        r.counterpart = Counterpart::OtherSystem;
        assert!(effects(reporting, &r, &pattern("synapse-link")).is_empty());
    }

    #[test]
    fn spreadsheet_users_favour_excel_unless_the_volume_is_bulk() {
        let mut r = requirements();
        r.counterpart = Counterpart::ExcelUsers;
        r.peak_records_per_hour = Some(2_000);
        assert_eq!(
            effects(spreadsheet_users, &r, &pattern("excel")),
            vec![Effect::Favours(40)]
        );
        assert_eq!(
            effects(spreadsheet_users, &r, &pattern("odata")),
            vec![Effect::CountsAgainst(10)]
        );
        assert!(effects(spreadsheet_users, &r, &pattern("package-rest-api")).is_empty());
        r.peak_records_per_hour = Some(200_000);
        assert_eq!(
            effects(spreadsheet_users, &r, &pattern("excel")),
            vec![Effect::CountsAgainst(20)]
        );
    }

    #[test]
    fn another_system_counts_against_dataverse_analytics_and_spreadsheet_patterns() {
        let r = requirements();
        assert_eq!(
            effects(other_system, &r, &pattern("dual-write")),
            vec![Effect::CountsAgainst(40)]
        );
        assert_eq!(
            effects(other_system, &r, &pattern("synapse-link")),
            vec![Effect::CountsAgainst(20)]
        );
        assert_eq!(
            effects(other_system, &r, &pattern("excel")),
            vec![Effect::CountsAgainst(20)]
        );
        assert!(effects(other_system, &r, &pattern("odata")).is_empty());
    }
}
