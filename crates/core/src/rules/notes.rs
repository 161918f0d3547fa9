//! Notes with no weight: the prerequisites of each pattern for this scenario, and warnings
//! about the scenario as a whole (conflicts, cautions, and the lifecycle of the leaders).

use crate::catalogue::{Catalogue, Lifecycle, Pattern, Role, Timing};
use crate::evaluation::Note;
use crate::field::Field;
use crate::model::{
    Counterpart, Deployment, Direction, ErrorFeedback, Frequency, Initiator, ModelDrivenApp,
    Payload,
};
use crate::rules::NoteId;
use crate::sources;

use super::conflicts::conflicts;
use super::{Context, FinOpsStart, group_thousands, has};
use crate::kind::ExchangeKind;

fn note(rule: NoteId, text: String, source: &str) -> Note {
    Note {
        rule,
        text,
        source: source.to_owned(),
        fields: Vec::new(),
    }
}

/// What must be in place before `pattern` works for this scenario: the scenario-specific
/// notes first (change tracking, status polling, a TLS broker, throttling), then the
/// catalogue's own prerequisites.
pub fn prerequisites(ctx: &Context<'_>, pattern: &Pattern) -> Vec<Note> {
    let requirements = ctx.requirements;
    let mut notes = Vec::new();
    if requirements.incremental
        && requirements.direction != Direction::Inbound
        && has(pattern, Role::BulkTransfer)
    {
        notes.push(note(NoteId::ChangeTracking, format!("Turn on change tracking for the entities that {} exports, so that each run carries only the records changed since the last one.", pattern.short_name()), sources::PACKAGE_API));
    }
    if pattern.timing == Timing::Asynchronous
        && pattern.batch
        && pattern.initiated_by.contains(&Initiator::Counterpart)
        && has(pattern, Role::BulkTransfer)
    {
        notes.push(note(
            NoteId::StatusPolling,
            format!(
                "{} returns no result in the call, so plan for status checks. {}",
                pattern.short_name(),
                pattern.status_model.text
            ),
            &pattern.status_model.source,
        ));
    }
    if requirements.payload == Some(Payload::Files)
        && requirements.direction != Direction::Outbound
        && has(pattern, Role::AcceptsFiles)
    {
        notes.push(note(NoteId::FileTransform, format!("A file in the other system's own layout must be mapped to the entity before {} imports it. XSLT transforms in data management are deprecated (since March 14, 2022): transform the file in middleware, or reimplement the transformation in X++.", pattern.short_name()), sources::DEPRECATED_PLATFORM_FEATURES));
    }
    let calls_out = has(pattern, Role::OutboundCall) || has(pattern, Role::Notification);
    if requirements.endpoint_tls12 == Some(false) && calls_out {
        notes.push(note(NoteId::TlsEndpoint, "A broker service with TLS 1.2 or later between F&O and the endpoint, called in two hops.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    let answers_callers = pattern.timing == Timing::Synchronous
        && requirements.initiator == Initiator::Counterpart
        && [
            Role::RealTimeRecords,
            Role::RecordActionAlternative,
            Role::CalculationPrimary,
        ]
        .iter()
        .any(|role| has(pattern, *role));
    let finops_waits = has(pattern, Role::OutboundCall)
        && requirements.initiator == Initiator::FinOps
        && requirements.error_feedback == ErrorFeedback::Immediate;
    if finops_waits {
        notes.push(note(NoteId::CallWait, format!("With {}, F&O waits for the other system on each call, and so does any user whose action made it: give each call a timeout, and keep slow calls off the user's path where you can.", pattern.short_name()), sources::SYNC_ASYNC_GUIDE));
    }
    if answers_callers {
        notes.push(note(NoteId::CallLoad, format!("Each call to {} holds the caller until F&O answers, and many calls at once slow F&O down for everyone: keep each call small, and give the caller a timeout and a retry that waits.", pattern.short_name()), sources::SYNC_ASYNC_GUIDE));
    }
    if pattern.throttling.subject_to_limits {
        notes.push(note(
            NoteId::Throttling,
            pattern.throttling.text.clone(),
            &pattern.throttling.source,
        ));
    }
    notes.extend(
        pattern
            .prerequisites
            .iter()
            .filter(|fact| {
                fact.deployment
                    .is_none_or(|deployment| deployment == requirements.deployment)
            })
            .map(|fact| note(NoteId::Catalogue, fact.text.clone(), &fact.source)),
    );
    if requirements.deployment == Deployment::OnPremises {
        notes.extend(pattern.on_premises.iter().map(|fact| {
            note(
                NoteId::OnPremises,
                format!("On premises: {}", super::lower_first(&fact.text)),
                &fact.source,
            )
        }));
    }
    notes
}

/// The cautions the kind of exchange calls for: a call out whose TLS is not known, the same
/// records edited on both sides, changes above the events benchmark, reports on `OData`.
fn exchange_warnings(
    ctx: &Context<'_>,
    catalogue: &Catalogue,
    kind: ExchangeKind,
    leaders: &[&str],
    warnings: &mut Vec<Note>,
) {
    let requirements = ctx.requirements;
    if requirements.initiator == Initiator::FinOps
        && requirements.endpoint_tls12.is_none()
        && requirements.counterpart == Counterpart::OtherSystem
        && matches!(kind, ExchangeKind::CallOut | ExchangeKind::Notification)
    {
        warnings.push(Note {
            rule: NoteId::TlsUnknown,
            text: "F&O calls the other system's endpoint, and whether it offers TLS 1.2 or later is not known. F&O production and sandbox environments call only endpoints with TLS 1.2 or later: ask, and plan a broker service in between if it does not.".to_owned(),
            source: sources::INTEGRATION_STRATEGY.to_owned(),
            fields: vec![Field::EndpointTls12],
        });
    }
    if requirements.shared_edits == Some(true) && requirements.direction == Direction::Bidirectional
    {
        warnings.push(note(NoteId::TwoWayConflicts, "Users on both sides edit the same records, so one record can change in both places before the changes meet. Agree which side owns which fields, and how a conflicting change is resolved and reported, before choosing the maps.".to_owned(), sources::DUAL_WRITE_OVERVIEW));
    }
    let benchmark = ctx.parameters.data_events_records_per_hour.value;
    // A change feed F&O starts (each change, or only the changes of a scheduled export)
    // is where someone asks for one event per change.
    let change_feed = match FinOpsStart::of(ctx) {
        Some(FinOpsStart::Notifies) => true,
        Some(FinOpsStart::ExportsInBatch) => {
            requirements.incremental || requirements.frequency == Frequency::AdHoc
        }
        _ => false,
    };
    if change_feed && ctx.above_events_benchmark() {
        warnings.push(note(NoteId::EventsBenchmark, format!("A peak of {} changes an hour is above the {} events an hour of Microsoft's only published events benchmark, so one event per change is not a plan to rely on. Export the changed records in batches (change tracking), and keep events for what must be known at once.", group_thousands(requirements.peak_records_per_hour.unwrap_or_default()), group_thousands(benchmark)), sources::DATA_EVENTS));
    }
    let applications = matches!(
        requirements.counterpart,
        Counterpart::OtherSystem | Counterpart::Dynamics365App(_)
    );
    let batch_leads = leaders
        .iter()
        .filter_map(|id| catalogue.pattern(id))
        .any(|p| has(p, Role::BulkTransfer));
    if ctx.bulk && applications && !batch_leads {
        warnings.push(note(NoteId::BulkCalls, format!("{} is bulk: Microsoft's rule of thumb puts more than a few hundred thousand records on the batch data APIs. One call per record through OData or a custom service would meet F&O's service protection limits (HTTP 429 with Retry-After) and slow F&O down for its users; data management, which runs the batch data APIs, is exempt from those limits and imports in parallel batch tasks.", super::capitalise(ctx.peak_words())), sources::SERVICE_PROTECTION));
    }
    let comfortable = ctx.parameters.excel_rows_comfortable.value;
    if kind == ExchangeKind::Spreadsheet
        && requirements
            .peak_records_per_hour
            .is_some_and(|v| v > comfortable)
    {
        warnings.push(note(NoteId::ExcelVolume, format!("{} rows in a workbook is a large data set for the Excel add-in, which Microsoft's implementation guide says slows down as the data grows. Filter the workbook to the rows people work on, and publish only the changed ones.", group_thousands(requirements.peak_records_per_hour.unwrap_or_default())), sources::IMPLEMENTATION_GUIDE));
    }
    if requirements.counterpart == Counterpart::Reporting {
        warnings.push(note(NoteId::ReportingOdata, "Point reports at a copy or a model made for analytics: Microsoft's integration strategy page discourages OData as the source of Power BI reports.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
}

/// Conflicts and cautions about the scenario as a whole.
///
/// Conflicting answers, then what the answers mean for any pattern (both ways as two flows,
/// real time at bulk volume, TLS), then the lifecycle of the patterns in the lead.
pub fn warnings(
    ctx: &Context<'_>,
    catalogue: &Catalogue,
    kind: ExchangeKind,
    leaders: &[&str],
) -> Vec<Note> {
    let requirements = ctx.requirements;
    let mut warnings = conflicts(ctx);
    if requirements.two_one_way_flows()
        && matches!(
            requirements.counterpart,
            Counterpart::OtherSystem | Counterpart::Dynamics365App(_)
        )
    {
        warnings.push(note(NoteId::TwoOneWayFlows, "Data flows both ways without having to stay in step, so this is two one-way flows: an export job and an import job, each with its own schedule, mapping and error handling. Split the scenario in two to decide each flow on its own.".to_owned(), sources::RECURRING_INTEGRATIONS));
    }
    if requirements.real_time && ctx.bulk {
        warnings.push(note(NoteId::RealTimeBulkConflict, format!(
            "Real time is required at a peak of {} records an hour, which is bulk: no pattern does both well. Ask which part must be real time, and split it from the bulk part.",
            group_thousands(requirements.peak_records_per_hour.unwrap_or_default()),
        ), sources::INTEGRATION_STRATEGY));
    }
    if requirements.counterpart == Counterpart::Dynamics365App(ModelDrivenApp::ProjectOperations)
        && requirements.copy_wanted == Some(false)
    {
        warnings.push(note(NoteId::ProjectOperationsMaps, "Project Operations keeps its resource and non-stocked scenarios in step with F&O through dual-write maps, whatever else reads F&O data in place. Plan those maps next to any virtual entities.".to_owned(), sources::PROJECT_OPERATIONS_DUAL_WRITE));
    }
    if requirements.counterpart == Counterpart::Dynamics365App(ModelDrivenApp::Talent) {
        warnings.push(Note {
            rule: NoteId::LegacyApp,
            text: "Dynamics 365 Talent became Dynamics 365 Human Resources, which has moved into the F&O infrastructure: its data is F&O data, so no pattern here treats Talent as a Dataverse app to integrate with. Choose the app or system that holds the other side of the data.".to_owned(),
            source: sources::HUMAN_RESOURCES_MERGE.to_owned(),
            fields: vec![Field::Counterpart],
        });
    }
    if requirements.real_time && requirements.counterpart == Counterpart::Reporting {
        warnings.push(note(NoteId::RealTimeReporting, "Reports are to be real time, and the analytics exports copy F&O data on a cycle, so reports lag a little behind F&O. Ask how fresh the figures must be: minutes are usually enough for reporting.".to_owned(), sources::SYNAPSE_LINK));
    }
    if requirements.peak_records_per_hour.is_none() {
        warnings.push(note(NoteId::VolumeUnknown, "The peak volume is not known, so the volume rules were not applied. Ask for the peak number of records an hour: the answer may change the pattern.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    let on_premises_call = requirements.deployment == Deployment::OnPremises
        && requirements.initiator == Initiator::Counterpart;
    if on_premises_call
        && (requirements.real_time || requirements.error_feedback == ErrorFeedback::Immediate)
    {
        warnings.push(note(NoteId::OnPremisesRealTime, "F&O runs on premises, where the asynchronous package REST API is the only supported integration API, so no supported API answers in the call. Ask whether the caller can wait for a batch run and poll for its status, or plan for F&O in the cloud.".to_owned(), sources::INTEGRATION_STRATEGY));
    } else if requirements.error_feedback == ErrorFeedback::Immediate
        && requirements.initiator == Initiator::Counterpart
        && let Some(pattern) = leaders
            .iter()
            .filter_map(|id| catalogue.pattern(id))
            .find(|p| p.timing == Timing::Asynchronous && has(p, Role::BulkTransfer))
    {
        warnings.push(note(NoteId::FeedbackBatchConflict, format!("The caller must know at once whether it worked, and {} only confirms that the work was queued. Ask whether the caller can poll for the status, or split off what must be confirmed at once as a synchronous call.", pattern.short_name()), &pattern.status_model.source));
    }
    exchange_warnings(ctx, catalogue, kind, leaders, &mut warnings);
    if requirements.initiator == Initiator::FinOps && requirements.endpoint_tls12 == Some(false) {
        warnings.push(note(NoteId::TlsEndpoint, "The endpoint lacks TLS 1.2, and F&O production and sandbox environments call only endpoints with TLS 1.2 or later, so its calls fail. Upgrade the endpoint; if you can't modify the target service, put a broker service with TLS 1.2 in between and call it in two hops.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    for pattern in leaders.iter().filter_map(|id| catalogue.pattern(id)) {
        match &pattern.lifecycle {
            Lifecycle::Current => {}
            Lifecycle::SupersededBy {
                pattern: successor_id,
                note: text,
                source,
            } => {
                let successor = catalogue.name_of(successor_id);
                // Where the successor cannot run, the legacy pattern is what remains.
                let available = catalogue
                    .pattern(successor_id)
                    .is_none_or(|p| p.deployments.contains(&requirements.deployment));
                let advice = if available {
                    format!("for new work, prefer {successor}")
                } else {
                    let here = match requirements.deployment {
                        Deployment::OnPremises => "when F&O runs on premises",
                        Deployment::Cloud => "in the cloud",
                    };
                    format!(
                        "Microsoft points new work to {successor}, which is not available {here}"
                    )
                };
                warnings.push(note(
                    NoteId::Lifecycle,
                    format!("{} is legacy: {advice}. {text}", pattern.short_name()),
                    source,
                ));
            }
            Lifecycle::Deprecated { note: text, source } => {
                warnings.push(note(
                    NoteId::Lifecycle,
                    format!(
                        "{} is deprecated: plan another pattern. {text}",
                        pattern.short_name()
                    ),
                    source,
                ));
            }
        }
    }
    warnings
}

/// An alternative close behind the leaders that Microsoft counts as legacy, with the leader
/// as its successor: where a customer runs it today, the advice says to move, not extend.
pub fn legacy_alternatives(catalogue: &Catalogue, leaders: &[&str], close: &[&str]) -> Vec<Note> {
    close
        .iter()
        .filter_map(|id| catalogue.pattern(id))
        .filter_map(|pattern| match &pattern.lifecycle {
            Lifecycle::SupersededBy {
                pattern: successor,
                source,
                ..
            } if leaders.contains(&successor.as_str()) => Some(note(
                NoteId::LegacyAlternative,
                format!(
                    "{} is legacy, and Microsoft points new work to {}: where it runs today, plan the move rather than extending it.",
                    pattern.short_name(),
                    catalogue.name_of(successor)
                ),
                source,
            )),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::requirements;

    fn warnings_for(r: &crate::model::Requirements, leaders: &[&str]) -> Vec<Note> {
        let catalogue = crate::testing::catalogue();
        let ctx = Context::new(r, &catalogue.parameters);
        warnings(&ctx, catalogue, crate::kind::kind_of(&ctx).kind, leaders)
    }

    /// The texts of `pattern`'s prerequisites where F&O runs as `deployment`.
    fn prerequisites_where(deployment: Deployment, pattern: &str) -> Vec<String> {
        let catalogue = crate::testing::catalogue();
        let mut r = requirements();
        r.deployment = deployment;
        let ctx = Context::new(&r, &catalogue.parameters);
        let pattern = catalogue
            .patterns
            .iter()
            .find(|p| p.id == pattern)
            .expect("a catalogue pattern");
        prerequisites(&ctx, pattern)
            .into_iter()
            .map(|note| note.text)
            .collect()
    }

    #[test]
    fn the_package_api_asks_for_entra_id_in_the_cloud_and_ad_fs_on_premises() {
        let cloud = prerequisites_where(Deployment::Cloud, "package-rest-api");
        let on_premises = prerequisites_where(Deployment::OnPremises, "package-rest-api");
        assert!(cloud.iter().any(|t| t.contains("Microsoft Entra ID")));
        assert!(!cloud.iter().any(|t| t.contains("AD FS")));
        assert!(on_premises.iter().any(|t| t.contains("AD FS")));
        assert!(!on_premises.iter().any(|t| t.contains("Microsoft Entra")));
    }

    #[test]
    fn no_prerequisite_of_one_deployment_is_listed_for_the_other() {
        let catalogue = crate::testing::catalogue();
        for deployment in [Deployment::Cloud, Deployment::OnPremises] {
            for pattern in &catalogue.patterns {
                let shown = prerequisites_where(deployment, &pattern.id);
                for fact in &pattern.prerequisites {
                    let listed = shown.contains(&fact.text);
                    let belongs = fact.deployment.is_none_or(|d| d == deployment);
                    assert_eq!(
                        listed, belongs,
                        "{} ({deployment:?}): {}",
                        pattern.id, fact.text
                    );
                }
            }
        }
    }

    #[test]
    fn talent_is_named_as_legacy_beside_the_counterpart() {
        let mut r = requirements();
        r.counterpart = Counterpart::Dynamics365App(ModelDrivenApp::Talent);
        let legacy: Vec<Note> = warnings_for(&r, &[])
            .into_iter()
            .filter(|w| w.rule == NoteId::LegacyApp)
            .collect();
        assert_eq!(legacy.len(), 1);
        assert_eq!(legacy[0].fields, vec![Field::Counterpart]);
        assert!(legacy[0].text.contains("Human Resources"));
    }

    #[test]
    fn a_legacy_pattern_whose_successor_cannot_run_here_says_so() {
        let mut r = requirements();
        let lifecycle = |r: &crate::model::Requirements| {
            warnings_for(r, &["byod"])
                .into_iter()
                .find(|w| w.rule == NoteId::Lifecycle)
                .map(|w| w.text)
                .unwrap_or_default()
        };
        assert!(lifecycle(&r).contains("for new work, prefer Azure Synapse Link"));
        r.deployment = Deployment::OnPremises;
        assert!(
            lifecycle(&r).contains("which is not available when F&O runs on premises"),
            "{}",
            lifecycle(&r)
        );
    }
}
