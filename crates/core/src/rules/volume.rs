//! Volume: above the bulk threshold the batch data APIs serve; notifications and live sync
//! have documented capacities of their own.

use crate::catalogue::{Pattern, Role, Timing};
use crate::evaluation::Reason;
use crate::model::{Counterpart, Direction, Exchange, Frequency, Initiator};
use crate::sources;

use super::RuleId;
use super::{Context, Weight, capitalise, group_thousands, has};

/// `bulk-volume`: at or above the bulk threshold, the batch data APIs are favoured and
/// record-by-record patterns count against. Notifications count against too: events are not
/// a way to export data.
pub fn bulk_volume(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    if !ctx.bulk {
        return;
    }
    const RULE: RuleId = RuleId::BulkVolume;
    // A lookup or an action answers one caller at a time; batching does not apply to it.
    if ctx.requirements.exchange != Exchange::Records {
        return;
    }
    let volume_words = ctx.peak_words();
    // Reports take any volume through the analytics exports, which their own rule favours.
    let for_reports = ctx.requirements.counterpart == Counterpart::Reporting;
    let reason = if has(pattern, Role::BulkTransfer) && !for_reports {
        out.push(ctx.favours(RULE, Weight::Decisive, format_args!("{} counts as bulk here: Microsoft's integration strategy page points to the batch data API for volumes of a few hundred thousand records, and {} processes them in batch jobs.", capitalise(volume_words), pattern.short_name()), sources::INTEGRATION_STRATEGY));
        // Why not the per-call APIs, as a note with its own source (it carries no weight).
        super::reason(
            RULE,
            crate::evaluation::Effect::Notes,
            format!(
                "The service protection limits of F&O exempt data management, on which {} runs; one call per record through OData or a custom service at this volume would meet them (HTTP 429 with Retry-After) and slow F&O down for its users.",
                pattern.short_name()
            ),
            sources::SERVICE_PROTECTION,
        )
    } else if has(pattern, Role::BulkTransfer) {
        return;
    } else if has(pattern, Role::ModelDrivenLiveSync)
        && matches!(ctx.requirements.counterpart, Counterpart::Dynamics365App(_))
    {
        let limit = group_thousands(ctx.parameters.dual_write_records_per_transaction.value);
        ctx.against(RULE, Weight::Strong, format_args!("Dual-write's live sync is designed for transactions of up to {limit} records (F&O to Dataverse) that finish within 2 minutes, and Microsoft advises splitting larger ones; {volume_words} needs a batch path for the bulk."), sources::DUAL_WRITE_LIMITS)
    } else if has(pattern, Role::Notification) {
        ctx.against(RULE, Weight::Strong, format_args!("{} sends notifications that something happened; Microsoft says events must not be used to export data, and {volume_words} is an export.", pattern.short_name()), sources::BUSINESS_EVENTS)
    } else if pattern.timing == Timing::Synchronous
        && pattern.initiated_by.contains(&Initiator::Counterpart)
        && !has(pattern, Role::ModelDrivenLiveSync)
        && !has(pattern, Role::LowCodeFlow)
    {
        ctx.against(RULE, Weight::Decisive, format_args!("{} handles records call by call; at {volume_words}, Microsoft's integration strategy page points to the batch data API instead.", pattern.short_name()), sources::INTEGRATION_STRATEGY)
    } else {
        // Spreadsheets, live sync, analytics and outbound calls have limits of their own,
        // judged by their own rules.
        return;
    };
    out.push(reason);
}

/// `events-volume`: below bulk but above the only benchmark Microsoft publishes for events
/// (data events, per environment), notifications per event come close to a data export.
pub fn events_volume(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let benchmark = ctx.parameters.data_events_records_per_hour.value;
    match ctx.requirements.peak_records_per_hour {
        Some(volume)
            if volume > benchmark
                && !ctx.bulk
                && has(pattern, Role::Notification)
                && !has(pattern, Role::RecordChangeNotification) =>
        {
            out.push(ctx.against(
                RuleId::EventsVolume,
                Weight::Moderate,
                format_args!("{} sends one notification per event, and {} is more than the {} events an hour of Microsoft's only published events benchmark: close to a data export, which events are not for.", pattern.short_name(), ctx.peak_words(), group_thousands(benchmark)),
                sources::BUSINESS_EVENTS,
            ));
        }
        _ => {}
    }
}

/// `data-events-capacity`: data events sustain a documented number of events per hour per
/// environment; above it, performance degrades.
pub fn data_events_capacity(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let capacity = ctx.parameters.data_events_records_per_hour.value;
    match ctx.requirements.peak_records_per_hour {
        Some(volume)
            if volume > capacity && has(pattern, Role::RecordChangeNotification) && !ctx.bulk =>
        {
            out.push(ctx.against(
                RuleId::DataEventsCapacity,
                Weight::Strong,
                format_args!("{} is above the {} data events an hour that Microsoft's benchmark of one environment sustained.", capitalise(ctx.peak_words()), group_thousands(capacity)),
                sources::DATA_EVENTS,
            ));
        }
        _ => {}
    }
}

/// `connector-capacity`: one connection of the Fin & Ops apps connector makes a documented
/// number of calls a minute; a higher peak needs several connections or another pattern.
pub fn connector_capacity(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let per_minute = ctx.parameters.connector_calls_per_minute.value;
    let per_hour = per_minute.saturating_mul(60);
    match ctx.requirements.peak_records_per_hour {
        Some(volume) if volume > per_hour && has(pattern, Role::LowCodeFlow) => {
            out.push(ctx.against(
                RuleId::ConnectorCapacity,
                Weight::Strong,
                format_args!(
                    "One connection of {} makes at most {} calls a minute ({} an hour), below {}.",
                    pattern.short_name(),
                    group_thousands(per_minute),
                    group_thousands(per_hour),
                    ctx.peak_words()
                ),
                sources::FINOPS_CONNECTOR_LIMITS,
            ));
        }
        _ => {}
    }
}

/// `data-integrator-capacity`: one project execution of classic data integration moves a
/// documented number of rows. A run once an hour or less often (or a one-off load) moves
/// at least the peak hour's records, so a peak above the limit does not fit one execution.
pub fn data_integrator_capacity(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let limit = ctx.parameters.data_integrator_rows_per_execution.value;
    let r = ctx.requirements;
    let hour_or_more_per_run = match r.frequency {
        Frequency::Every { minutes } => minutes >= super::HOUR_MINUTES,
        Frequency::Once => true,
        Frequency::AdHoc => false,
    };
    if hour_or_more_per_run
        && r.peak_records_per_hour.is_some_and(|v| v > limit)
        && has(pattern, Role::ModelDrivenScheduledCopy)
    {
        out.push(ctx.against(
            RuleId::DataIntegratorCapacity,
            Weight::Strong,
            format_args!(
                "One execution of {} moves at most {} rows, and each run here moves more: {}.",
                pattern.short_name(),
                group_thousands(limit),
                ctx.peak_words()
            ),
            sources::DATA_INTEGRATOR,
        ));
    }
}

/// `dual-write-transaction`: live sync from F&O to Dataverse is designed for a documented
/// number of records per transaction; Microsoft advises splitting larger ones.
pub fn dual_write_transaction(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let per_transaction = ctx.parameters.dual_write_records_per_transaction.value;
    let requirements = ctx.requirements;
    let from_finops = requirements.direction != Direction::Inbound;
    let live = requirements.frequency != Frequency::Once;
    match requirements.peak_records_per_hour {
        Some(volume)
            if volume >= per_transaction
                && from_finops
                && live
                && has(pattern, Role::ModelDrivenLiveSync)
                && matches!(requirements.counterpart, Counterpart::Dynamics365App(_)) =>
        {
            out.push(super::reason(
                RuleId::DualWriteTransaction,
                crate::evaluation::Effect::Notes,
                format!("Live sync from F&O to Dataverse is designed for up to {} records in one transaction; if F&O writes more in one transaction, Microsoft advises splitting it.", group_thousands(per_transaction)),
                sources::DUAL_WRITE_LIMITS,
            ));
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluation::Effect;
    use crate::rules::Weight;
    use crate::rules::test_support::{against, favours};
    use crate::rules::test_support::{effects, pattern, requirements};

    #[test]
    fn bulk_favours_batch_apis_from_the_threshold_inclusive() {
        let mut r = requirements();
        r.peak_records_per_hour = Some(199_999);
        assert!(effects(bulk_volume, &r, &pattern("package-rest-api")).is_empty());
        r.peak_records_per_hour = Some(200_000);
        // The batch APIs are favoured, with a weightless note on their exemption from
        // service protection.
        assert_eq!(
            effects(bulk_volume, &r, &pattern("package-rest-api")),
            vec![favours(Weight::Decisive), Effect::Notes]
        );
        assert_eq!(
            effects(bulk_volume, &r, &pattern("recurring-integrations")),
            vec![favours(Weight::Decisive), Effect::Notes]
        );
        assert_eq!(
            effects(bulk_volume, &r, &pattern("odata")),
            vec![against(Weight::Decisive)]
        );
        assert_eq!(
            effects(bulk_volume, &r, &pattern("business-events")),
            vec![against(Weight::Strong)]
        );
        // Analytics and live sync have limits of their own, not the batch rule.
        assert!(effects(bulk_volume, &r, &pattern("synapse-link")).is_empty());
        assert!(effects(bulk_volume, &r, &pattern("classic-data-integration")).is_empty());
        r.peak_records_per_hour = None;
        assert!(effects(bulk_volume, &r, &pattern("odata")).is_empty());
    }

    #[test]
    fn data_events_count_against_above_their_documented_capacity() {
        let mut r = requirements();
        r.peak_records_per_hour = Some(50_000);
        assert!(effects(data_events_capacity, &r, &pattern("data-events")).is_empty());
        r.peak_records_per_hour = Some(50_001);
        assert_eq!(
            effects(data_events_capacity, &r, &pattern("data-events")),
            vec![against(Weight::Strong)]
        );
        assert!(effects(data_events_capacity, &r, &pattern("business-events")).is_empty());
    }

    #[test]
    fn dual_write_notes_its_transaction_limit_at_high_volume() {
        let mut r = requirements();
        r.counterpart = Counterpart::Dynamics365App(crate::model::ModelDrivenApp::Sales);
        r.direction = Direction::Outbound;
        r.peak_records_per_hour = Some(999);
        assert!(effects(dual_write_transaction, &r, &pattern("dual-write")).is_empty());
        r.peak_records_per_hour = Some(1_000);
        assert_eq!(
            effects(dual_write_transaction, &r, &pattern("dual-write")),
            vec![Effect::Notes]
        );
        // The limit applies from F&O to Dataverse only.
        r.direction = Direction::Inbound;
        assert!(effects(dual_write_transaction, &r, &pattern("dual-write")).is_empty());
        r.direction = Direction::Outbound;
        r.counterpart = Counterpart::OtherSystem;
        assert!(effects(dual_write_transaction, &r, &pattern("dual-write")).is_empty());
    }

    #[test]
    fn the_connector_counts_against_above_one_connections_calls() {
        let mut r = requirements();
        r.peak_records_per_hour = Some(12_000);
        assert!(effects(connector_capacity, &r, &pattern("finops-connector")).is_empty());
        r.peak_records_per_hour = Some(12_001);
        assert_eq!(
            effects(connector_capacity, &r, &pattern("finops-connector")),
            vec![against(Weight::Strong)]
        );
    }
}
