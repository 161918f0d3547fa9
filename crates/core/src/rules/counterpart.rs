//! The counterpart decides next: model-driven Dynamics 365 apps, reporting, spreadsheet users,
//! or any other system.

use crate::catalogue::{Family, Lifecycle, Pattern, Role};
use crate::evaluation::Reason;
use crate::model::{Counterpart, Deployment, Direction, Frequency, ModelDrivenApp};
use crate::sources;

use super::RuleId;
use super::{Context, Weight, group_thousands, has};

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

/// Which way the records go between F&O and `app`: "from F&O to Dynamics 365 Sales".
fn flow(direction: Direction, app: ModelDrivenApp) -> String {
    let app = app.label();
    match direction {
        Direction::Inbound => format!("from {app} into F&O"),
        Direction::Outbound => format!("from F&O to {app}"),
        Direction::Bidirectional => format!("both ways between F&O and {app}"),
    }
}

/// The other side, as the end of a sentence: "another system", "Dynamics 365 Sales".
fn other_side(counterpart: Counterpart) -> &'static str {
    match counterpart {
        Counterpart::OtherSystem => "another system",
        Counterpart::Dynamics365App(app) => app.label(),
        Counterpart::ExcelUsers => "people working in Excel",
        Counterpart::Reporting => "reports and analytics",
    }
}

/// `model-driven-app`: with a model-driven app, keeping in step favours dual-write (virtual
/// entities when no copy is wanted); a scheduled one-way copy favours classic data
/// integration; a one-off load is not dual-write's job. Patterns with no built-in link to the
/// app count against, except where a one-off load or a low-code flow serves any counterpart.
pub fn model_driven_app(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let requirements = ctx.requirements;
    let Counterpart::Dynamics365App(app) = requirements.counterpart else {
        return;
    };
    const RULE: RuleId = RuleId::ModelDrivenApp;
    let once = requirements.frequency == Frequency::Once;
    if !pattern.model_driven_apps.contains(&app) {
        // Dataverse subscribes to business and data events, a flow connects to any app, and a
        // one-off load goes through the package API whoever holds the data.
        // Only the interfaces a program on the app's side would call, or be called by, need
        // that code; documents, analytics and workbooks have reasons of their own.
        let needs_code = matches!(
            pattern.family,
            Family::SynchronousApi | Family::BatchDataApi | Family::OutboundCall
        ) && !has(pattern, Role::DocumentFormats);
        let connects_anyway = !needs_code || (once && has(pattern, Role::OneOffLoad));
        if !connects_anyway {
            out.push(ctx.against(
                RULE,
                Weight::Moderate,
                format_args!("{} has no built-in connection to {}: code or middleware on the app's side would have to do what the Power Platform patterns do through Dataverse.", pattern.short_name(), app.label()),
                sources::POWER_PLATFORM_INTEGRATION,
            ));
        }
        return;
    }
    let live = requirements.real_time || requirements.keeps_in_step();
    let scheduled = matches!(requirements.frequency, Frequency::Every { .. });
    let flow = flow(requirements.direction, app);
    let app_name = app.label();
    if has(pattern, Role::ModelDrivenLiveSync) {
        out.push(if once {
            one_off_dual_write(ctx, pattern)
        } else if live {
            ctx.favours(RULE, Weight::Decisive, format_args!("Records must stay in step as they change: dual-write copies each create, update and delete {flow} in near real time."), sources::DUAL_WRITE_OVERVIEW)
        } else if scheduled {
            ctx.favours(RULE, Weight::Moderate, format_args!("Dual-write could carry the same records {flow} as they change, with no schedule to run."), sources::DUAL_WRITE_OVERVIEW)
        } else {
            ctx.favours(RULE, Weight::Strong, format_args!("Records go {flow} whenever they change: dual-write copies each create, update and delete, with no schedule to run."), sources::DUAL_WRITE_OVERVIEW)
        });
        match requirements.copy_wanted {
            Some(false) => out.push(ctx.against(RULE, Weight::Strong, format_args!("No copy of the data is wanted in {app_name}, and dual-write keeps a copy of every mapped record in Dataverse."), sources::POWER_PLATFORM_INTEGRATION)),
            Some(true) if !once => out.push(ctx.favours(RULE, Weight::Moderate, format_args!("{app_name} wants its own copy of the data, and dual-write keeps that copy current."), sources::POWER_PLATFORM_INTEGRATION)),
            _ => {}
        }
    } else if has(pattern, Role::ModelDrivenNoCopy) {
        // A one-off load copies data, whatever else is asked: virtual entities copy nothing.
        out.push(if once {
            ctx.against(RULE, Weight::Moderate, "A one-off load copies data once, and virtual entities copy nothing: they give live access to F&O data instead.".to_owned(), sources::VIRTUAL_ENTITIES)
        } else if live {
            ctx.favours(RULE, Weight::Strong, format_args!("{app_name} can read and change F&O data in place through virtual entities, with no copy to keep in step."), sources::VIRTUAL_ENTITIES)
        } else if scheduled {
            ctx.against(RULE, Weight::Moderate, "A copy is made on a schedule here, and virtual entities give live access to F&O data instead of a copy.".to_owned(), sources::VIRTUAL_ENTITIES)
        } else {
            ctx.favours(RULE, Weight::Moderate, format_args!("{app_name} can read F&O data when it needs it, with no copy to keep in step."), sources::VIRTUAL_ENTITIES)
        });
        match requirements.copy_wanted {
            Some(false) => out.push(ctx.favours(RULE, Weight::Strong, format_args!("No copy is wanted: virtual entities show F&O data in {app_name} by reading it from F&O at each request."), sources::POWER_PLATFORM_INTEGRATION)),
            Some(true) => out.push(ctx.against(RULE, Weight::Strong, format_args!("{app_name} wants its own copy of the data, and virtual entities keep none: each read goes to F&O."), sources::POWER_PLATFORM_INTEGRATION)),
            None => {}
        }
    } else if has(pattern, Role::ModelDrivenScheduledCopy) {
        if live {
            out.push(ctx.against(RULE, Weight::Strong, "Records must stay in step as they change, and classic data integration copies data one way, on a schedule.".to_owned(), sources::DATA_INTEGRATOR));
        } else if scheduled {
            out.push(ctx.favours(RULE, Weight::Decisive, format_args!("A scheduled one-way copy {flow} is what a classic data integration project does."), sources::INTEGRATION_STRATEGY));
        } else if !once {
            out.push(ctx.against(RULE, Weight::Moderate, "Classic data integration runs projects on a schedule an administrator sets, and this exchange happens whenever a record changes.".to_owned(), sources::DATA_INTEGRATOR));
        }
        if requirements.copy_wanted == Some(false) {
            out.push(ctx.against(RULE, Weight::Moderate, format_args!("No copy of the data is wanted in {app_name}, and classic data integration makes one."), sources::DATA_INTEGRATOR));
        }
    }
}

/// Dual-write's verdict on a one-off load: its initial sync copies the rows that exist when
/// a map starts, within documented limits; a migration is the package API's job.
fn one_off_dual_write(ctx: &Context<'_>, pattern: &Pattern) -> Reason {
    // Part of the model-driven app's rule, and of its step: the app is what asks for it.
    const RULE: RuleId = RuleId::ModelDrivenApp;
    let requirements = ctx.requirements;
    let per_run = ctx.parameters.dual_write_initial_sync_rows.value;
    let single_threaded = ctx
        .parameters
        .dual_write_single_threaded_initial_sync_rows
        .value;
    let volume = requirements.peak_records_per_hour;
    let over = |limit: u64| volume.is_some_and(|v| v > limit);
    let into_finops = requirements.direction != Direction::Outbound;
    let text = format_args!(
        "A one-off load is not what {} is for: its initial sync copies the rows that exist when a table map starts, at most {} rows per run for each table and legal entity.",
        pattern.short_name(),
        group_thousands(per_run)
    );
    // A first load of F&O records into an app that keeps its own copy of them is how a
    // dual-write map starts: the initial sync loads them, and the map keeps them in step.
    if requirements.copy_wanted == Some(true) && !into_finops && !over(per_run) {
        let app = match requirements.counterpart {
            Counterpart::Dynamics365App(app) => app.label(),
            _ => "the app",
        };
        return ctx.favours(RULE, Weight::Decisive, format_args!("The existing records go into {app} once, and the app keeps its own copy of them: {} loads them with its initial sync when the map starts (at most {} rows per table and legal entity in a run), and the same map keeps them in step afterwards.", pattern.short_name(), group_thousands(per_run)), sources::DUAL_WRITE_INITIAL_SYNC);
    }
    if over(per_run) || (into_finops && over(single_threaded)) {
        let limit = if into_finops && !over(per_run) {
            format_args!(
                "{text} Microsoft advises keeping an initial sync into F&O of a single-threaded table, such as customers or vendors, below {} rows.",
                group_thousands(single_threaded)
            )
        } else {
            text
        };
        ctx.against(
            RULE,
            Weight::Strong,
            limit,
            sources::DUAL_WRITE_INITIAL_SYNC,
        )
    } else {
        ctx.against(
            RULE,
            Weight::Moderate,
            text,
            sources::DUAL_WRITE_INITIAL_SYNC,
        )
    }
}

/// `reporting`: reports over F&O data are served by the analytics patterns; `OData` is
/// discouraged for them.
pub fn reporting(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    if ctx.requirements.counterpart != Counterpart::Reporting {
        return;
    }
    const RULE: RuleId = RuleId::Reporting;
    let on_premises = ctx.requirements.deployment == Deployment::OnPremises;
    // Reports that need no stream of changes into a store of their own, no fresher than the
    // entity store's hourly refresh, are served by F&O's own analytics store with nothing
    // to run outside F&O; a replicated copy serves changes taken into the customer's store.
    let own_store_needed = ctx.requirements.incremental
        || !matches!(ctx.requirements.frequency, Frequency::Every { minutes } if minutes >= super::HOUR_MINUTES);
    if has(pattern, Role::AnalyticsExport)
        && pattern.lifecycle == Lifecycle::Current
        && !own_store_needed
    {
        out.push(ctx.favours(RULE, Weight::Strong, format_args!("Reports on F&O data: {} copies the chosen tables continuously into a lake the customer owns (Synapse Link) or into Dataverse-managed OneLake (Link to Fabric), which pays off when the data joins other sources in a warehouse or lake.", pattern.short_name()), sources::SYNAPSE_LINK));
    } else if has(pattern, Role::EmbeddedAnalytics) && !own_store_needed {
        let here = if on_premises {
            "published to PowerBI.com through a gateway on premises (platform update 26 or later)"
        } else {
            "embedded in F&O's own workspaces or published to PowerBI.com"
        };
        out.push(ctx.favours(RULE, Weight::Decisive, format_args!("Reports that need no copy of their own, refreshed hourly or less often: {} keeps aggregate measurements for Power BI, {here}, refreshed every hour, twice a day, daily or weekly, with nothing to run outside F&O.", pattern.short_name()), sources::ENTITY_STORE_REFRESH));
    } else if has(pattern, Role::AnalyticsExport) && pattern.lifecycle == Lifecycle::Current {
        out.push(ctx.favours(RULE, Weight::Decisive, format_args!("Reports on F&O data: {} copies the chosen tables continuously, to the customer's own Data Lake and Synapse workspace (Synapse Link) or into Dataverse-managed OneLake for Fabric (Link to Fabric), so reports run off the transactional database.", pattern.short_name()), sources::SYNAPSE_LINK));
    } else if has(pattern, Role::AnalyticsExport) {
        // A legacy export still serves, but the current one leads where both are available.
        let where_available = if on_premises {
            ", which need F&O in the cloud"
        } else {
            ""
        };
        out.push(ctx.favours(RULE, Weight::Strong, format_args!("Reports on F&O data: {} exports the chosen entities on a schedule into a database the customer owns, for a data warehouse or tools that need T-SQL, so reports run off the transactional database. Microsoft counts it among the legacy data services and points new analytics work to Azure Synapse Link and Link to Fabric{where_available}.", pattern.short_name()), sources::ANALYTICS_TRANSITION));
    } else if has(pattern, Role::EmbeddedAnalytics) && on_premises {
        out.push(ctx.favours(RULE, Weight::Moderate, "If the reports are Power BI reports over F&O data, the entity store feeds them on premises too (platform update 26 or later), published to PowerBI.com through a gateway; analytical workspaces inside F&O are cloud only.".to_owned(), sources::ENTITY_STORE_ON_PREMISES));
    } else if has(pattern, Role::EmbeddedAnalytics) {
        out.push(ctx.favours(RULE, Weight::Moderate, "If the reports belong in F&O's own workspaces, the entity store feeds their embedded Power BI reports; Microsoft's integration strategy page recommends it over OData for reporting.".to_owned(), sources::INTEGRATION_STRATEGY));
    } else if has(pattern, Role::RealTimeRecords) {
        out.push(
            ctx.against(
                RULE,
                Weight::Strong,
                "Microsoft's integration strategy page discourages OData for Power BI reports."
                    .to_owned(),
                sources::INTEGRATION_STRATEGY,
            ),
        );
    }
}

/// `spreadsheet-users`: people editing F&O data in spreadsheets are served by Excel
/// integration, unless the volume is bulk (the volume rule then favours the batch APIs).
pub fn spreadsheet_users(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    if ctx.requirements.counterpart != Counterpart::ExcelUsers {
        return;
    }
    const RULE: RuleId = RuleId::SpreadsheetUsers;
    if has(pattern, Role::SpreadsheetEditing) {
        if ctx.bulk {
            out.push(ctx.against(RULE, Weight::Strong, format_args!("A peak of {} records an hour is more than a workbook handles well: the Excel add-in slows down as the data set grows.", group_thousands(ctx.requirements.peak_records_per_hour.unwrap_or_default())), sources::IMPLEMENTATION_GUIDE));
        } else {
            out.push(ctx.favours(RULE, Weight::Decisive, "People read and edit F&O data in a workbook: the Excel add-in opens entity data from most pages and publishes the changes back to F&O.".to_owned(), sources::IMPLEMENTATION_GUIDE));
        }
    } else if matches!(
        pattern.family,
        Family::SynchronousApi | Family::OutboundCall | Family::Events
    ) {
        out.push(ctx.against(
            RULE,
            Weight::Moderate,
            format_args!(
                "People work in a workbook here, and {} is an interface for programs: someone would have to build a client for them.",
                pattern.short_name()
            ),
            sources::IMPLEMENTATION_GUIDE,
        ));
    }
}

/// `counterpart`: patterns built for model-driven apps, spreadsheets or analytics count
/// against an exchange with any other counterpart.
pub fn other_system(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let counterpart = ctx.requirements.counterpart;
    const RULE: RuleId = RuleId::Counterpart;
    if !matches!(counterpart, Counterpart::Dynamics365App(_))
        && plays_any(pattern, &MODEL_DRIVEN_ROLES)
    {
        out.push(ctx.against(RULE, Weight::Decisive, format_args!("{} connects F&O with model-driven Dynamics 365 apps in Dataverse, and the other side here is {}.", pattern.short_name(), other_side(counterpart)), sources::POWER_PLATFORM_INTEGRATION));
    }
    // A legacy export that also served batch integration says why it no longer should; on
    // premises, where its successors cannot run, it is still the documented copy for batch
    // integration, and nothing counts against it.
    let legacy_export = has(pattern, Role::AnalyticsExport)
        && pattern.lifecycle != Lifecycle::Current
        && counterpart != Counterpart::ExcelUsers;
    let on_premises = ctx.requirements.deployment == Deployment::OnPremises;
    if counterpart != Counterpart::Reporting && legacy_export {
        if !on_premises {
            out.push(ctx.against(RULE, Weight::Strong, format_args!("{} has also served batch integration with other systems, as a copy they read, but Microsoft counts it among the legacy data services and points new work to Azure Synapse Link and Link to Fabric.", pattern.short_name()), sources::ANALYTICS_TRANSITION));
        }
    } else if counterpart != Counterpart::Reporting && plays_any(pattern, &ANALYTICS_ROLES) {
        out.push(ctx.against(
            RULE,
            Weight::Strong,
            format_args!(
                "{} feeds reports and analytics, and the other side here is {}.",
                pattern.short_name(),
                other_side(counterpart)
            ),
            pattern.docs.clone(),
        ));
    }
    if counterpart != Counterpart::ExcelUsers && has(pattern, Role::SpreadsheetEditing) {
        out.push(ctx.against(RULE, Weight::Strong, format_args!("Excel integration is for people editing F&O data in a workbook, and the other side here is {}.", other_side(counterpart)), pattern.docs.clone()));
    }
    if matches!(
        counterpart,
        Counterpart::ExcelUsers | Counterpart::Reporting
    ) && (has(pattern, Role::LowCodeFlow) || has(pattern, Role::DocumentFormats))
    {
        out.push(ctx.against(
            RULE,
            Weight::Strong,
            format_args!(
                "{} connects F&O with other applications, and the other side here is {}.",
                pattern.short_name(),
                other_side(counterpart)
            ),
            pattern.docs.clone(),
        ));
    }
}

#[cfg(test)]
mod tests;
