//! Volume: above the bulk threshold the batch data APIs serve; notifications and live sync
//! have documented capacities of their own.

use crate::core::catalogue::{Pattern, Role, Timing};
use crate::core::evaluation::Reason;
use crate::core::model::Counterpart;
use crate::core::sources;

use super::{Context, Weight, group_thousands, has};

/// `bulk-volume`: at or above the bulk threshold, the batch data APIs are favoured and
/// record-by-record patterns count against.
pub fn bulk_volume(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    let Some(volume) = ctx.requirements.peak_records_per_hour.filter(|_| ctx.bulk) else {
        return;
    };
    const RULE: &str = "bulk-volume";
    let volume = group_thousands(volume);
    let threshold = ctx.bulk_threshold_text();
    let reason = if has(pattern, Role::BulkTransfer) {
        ctx.favours(RULE, Weight::Decisive, format!("{volume} records per hour is bulk (from {threshold}, \"more than a few hundred thousand records\"): the batch data APIs are made for it."), sources::INTEGRATION_STRATEGY)
    } else if has(pattern, Role::Notification) {
        ctx.against(RULE, Weight::Strong, format!("Events are lightweight notifications, not a way to export {volume} records per hour."), sources::BUSINESS_EVENTS)
    } else if pattern.batch {
        ctx.favours(
            RULE,
            Weight::Moderate,
            format!("Runs in batch, so {volume} records per hour is within what it is built for."),
            &pattern.docs,
        )
    } else if pattern.timing == Timing::Interactive {
        // Spreadsheet users are judged by their own rule; other counterparts already count
        // against Excel.
        return;
    } else {
        ctx.against(RULE, Weight::Decisive, format!("Works record by record; {volume} records per hour is above the bulk threshold of {threshold}, where the seed says to use the batch data API."), sources::INTEGRATION_STRATEGY)
    };
    out.push(reason);
}

/// `data-events-capacity`: data events sustain a documented number of events per hour per
/// environment; above it, performance degrades.
pub fn data_events_capacity(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    let capacity = ctx.parameters.data_events_records_per_hour.value;
    match ctx.requirements.peak_records_per_hour {
        Some(volume)
            if volume > capacity && has(pattern, Role::RecordChangeNotification) && !ctx.bulk =>
        {
            out.push(ctx.against(
                "data-events-capacity",
                Weight::Strong,
                format!("{} changes per hour is above the {} data events per hour an environment is documented to sustain.", group_thousands(volume), group_thousands(capacity)),
                sources::DATA_EVENTS,
            ));
        }
        _ => {}
    }
}

/// `dual-write-transaction`: live sync commits at most a documented number of records per
/// transaction; a high volume needs its bursts split.
pub fn dual_write_transaction(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    let per_transaction = ctx.parameters.dual_write_records_per_transaction.value;
    match ctx.requirements.peak_records_per_hour {
        Some(volume)
            if volume >= per_transaction
                && has(pattern, Role::ModelDrivenLiveSync)
                && matches!(ctx.requirements.counterpart, Counterpart::Dynamics365App(_)) =>
        {
            out.push(super::reason(
                "dual-write-transaction",
                crate::core::evaluation::Effect::Notes,
                format!("Live sync takes at most {} records in one transaction and two minutes; keep bursts of this volume split into smaller transactions.", group_thousands(per_transaction)),
                sources::DUAL_WRITE_LIMITS,
            ));
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::Effect;
    use crate::core::rules::test_support::{effects, pattern, requirements};

    #[test]
    fn bulk_favours_batch_apis_from_the_threshold_inclusive() {
        let mut r = requirements();
        r.peak_records_per_hour = Some(199_999);
        assert!(effects(bulk_volume, &r, &pattern("package-rest-api")).is_empty());
        r.peak_records_per_hour = Some(200_000);
        assert_eq!(
            effects(bulk_volume, &r, &pattern("package-rest-api")),
            vec![Effect::Favours(40)]
        );
        assert_eq!(
            effects(bulk_volume, &r, &pattern("recurring-integrations")),
            vec![Effect::Favours(40)]
        );
        assert_eq!(
            effects(bulk_volume, &r, &pattern("odata")),
            vec![Effect::CountsAgainst(40)]
        );
        assert_eq!(
            effects(bulk_volume, &r, &pattern("business-events")),
            vec![Effect::CountsAgainst(20)]
        );
        assert_eq!(
            effects(bulk_volume, &r, &pattern("synapse-link")),
            vec![Effect::Favours(10)]
        );
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
            vec![Effect::CountsAgainst(20)]
        );
        assert!(effects(data_events_capacity, &r, &pattern("business-events")).is_empty());
    }

    #[test]
    fn dual_write_notes_its_transaction_limit_at_high_volume() {
        let mut r = requirements();
        r.counterpart = Counterpart::Dynamics365App(crate::core::model::ModelDrivenApp::Sales);
        r.peak_records_per_hour = Some(999);
        assert!(effects(dual_write_transaction, &r, &pattern("dual-write")).is_empty());
        r.peak_records_per_hour = Some(1_000);
        assert_eq!(
            effects(dual_write_transaction, &r, &pattern("dual-write")),
            vec![Effect::Notes]
        );
        r.counterpart = Counterpart::OtherSystem;
        assert!(effects(dual_write_transaction, &r, &pattern("dual-write")).is_empty());
    }
}
