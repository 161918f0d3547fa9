//! Exchanges that F&O starts: calling out for an answer, or notifying others.

use crate::catalogue::{Pattern, Role};
use crate::evaluation::Reason;
use crate::model::{Counterpart, Direction, ErrorFeedback, Exchange, Frequency, Initiator};
use crate::sources;

use super::RuleId;
use super::{Context, Weight, has};

/// What F&O does when it starts an exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinOpsStart {
    /// F&O needs an answer or a computed result back: it calls a web service.
    AsksForAnswer,
    /// F&O brings data in that it fetches itself: it calls out, from a batch job if scheduled.
    Fetches,
    /// F&O sends data out on a schedule, once, or in bulk: a batch export.
    ExportsInBatch,
    /// F&O tells others that something happened, change by change: a notification.
    Notifies,
}

impl FinOpsStart {
    /// The kind of exchange F&O starts, if F&O starts it.
    pub fn of(ctx: &Context<'_>) -> Option<Self> {
        let r = ctx.requirements;
        // Reports and workbooks have patterns of their own, whoever starts the exchange (F&O
        // starting one with people in Excel is a conflict the warnings name).
        if r.initiator != Initiator::FinOps
            || matches!(
                r.counterpart,
                Counterpart::Reporting | Counterpart::ExcelUsers
            )
        {
            return None;
        }
        Some(
            if r.error_feedback == ErrorFeedback::Immediate || r.exchange == Exchange::Calculation {
                Self::AsksForAnswer
            } else if r.direction == Direction::Inbound {
                Self::Fetches
            } else if ctx.bulk
                || r.frequency != Frequency::AdHoc
                || r.two_one_way_flows()
                || ctx.above_events_benchmark()
            {
                Self::ExportsInBatch
            } else {
                Self::Notifies
            },
        )
    }
}

/// `finops-starts`: what F&O starting the exchange means for each pattern. Asking for an
/// answer or fetching data is F&O calling out as a client; a change-by-change notification is
/// an event; a scheduled or bulk export is a batch export whose schedule F&O keeps.
pub fn finops_starts(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let Some(kind) = FinOpsStart::of(ctx) else {
        return;
    };
    const RULE: RuleId = RuleId::FinOpsStarts;
    let name = pattern.short_name();
    let reason = match kind {
        FinOpsStart::AsksForAnswer if has(pattern, Role::OutboundCall) => ctx.favours(RULE, Weight::Decisive, format_args!("F&O starts the exchange and needs the answer back: with {name}, F&O calls the other system as its client and reads the response in the same call."), sources::INTEGRATION_STRATEGY),
        FinOpsStart::AsksForAnswer if has(pattern, Role::Notification) => ctx.against(RULE, Weight::Strong, format_args!("F&O needs an answer back, and {name} only announces that something happened: no answer returns to F&O."), pattern.docs.clone()),
        FinOpsStart::Fetches if has(pattern, Role::OutboundCall) => ctx.favours(RULE, Weight::Strong, format_args!("F&O fetches the data itself: with {name}, an X++ class, run from a batch job when the fetch is scheduled, calls the other system's API."), sources::INTEGRATION_STRATEGY),
        FinOpsStart::Fetches if has(pattern, Role::BulkTransfer) => ctx.against(RULE, Weight::Strong, format_args!("F&O is to fetch the data, and with {name} the other side pushes it: F&O does not fetch from another system with it."), pattern.docs.clone()),
        FinOpsStart::ExportsInBatch if has(pattern, Role::ScheduleInFinOps) => ctx.favours(RULE, Weight::Strong, format_args!("F&O sends the data out in a batch: {name} runs the export in a batch job on a schedule kept in F&O, and the other side only picks up what each run delivers."), pattern.docs.clone()),
        FinOpsStart::ExportsInBatch if has(pattern, Role::Notification) => ctx.against(RULE, Weight::Strong, format_args!("F&O exports data on a schedule, once or in bulk, and {name} sends one notification per event; Microsoft says events must not be used to export data."), sources::BUSINESS_EVENTS),
        FinOpsStart::Notifies
            if has(pattern, Role::RecordChangeNotification)
                && ctx.requirements.exchange != Exchange::Records =>
        {
            return;
        }
        FinOpsStart::Notifies if has(pattern, Role::Notification) => ctx.favours(RULE, Weight::Strong, format_args!("F&O tells others that something happened, one change at a time: {name} sends a notification to an endpoint the customer owns, with retries."), pattern.docs.clone()),
        FinOpsStart::Notifies if has(pattern, Role::OutboundCall) => ctx.favours(RULE, Weight::Slight, format_args!("F&O could also call the other system with {name}, but then F&O waits for each call and handles every failure itself."), sources::INTEGRATION_STRATEGY),
        _ => return,
    };
    out.push(reason);
    if kind == FinOpsStart::Notifies && ctx.requirements.exchange == Exchange::Records {
        out.extend(event_kind(ctx, pattern));
    }
}

/// Which of the two event patterns fits a notification about records. Data events fire on
/// each create, update and delete of an entity and carry the record: a change feed, which
/// the answers describe as changes only (incremental). Otherwise the notification is that
/// something happened in a business process (an invoice posted, an order confirmed), which
/// is what business events announce, from a catalog of ready-made events.
fn event_kind(ctx: &Context<'_>, pattern: &Pattern) -> Option<Reason> {
    const RULE: RuleId = RuleId::FinOpsStarts;
    let change_feed = ctx.requirements.incremental;
    if change_feed && has(pattern, Role::RecordChangeNotification) {
        return Some(ctx.favours(RULE, Weight::Moderate, "Each change of the records is to travel with the record: data events fire on an entity's create, update and delete and carry the record, where business events are lightweight notifications that Microsoft says must not be used to export data.".to_owned(), sources::DATA_EVENTS));
    }
    let business_event =
        has(pattern, Role::Notification) && !has(pattern, Role::RecordChangeNotification);
    if !change_feed && business_event {
        return Some(ctx.favours(RULE, Weight::Moderate, "Nothing asks for every change of the records: an occurrence in a business process (an invoice posted, an order confirmed) is what business events announce, from a catalog of ready-made events, and the other side reads the details it needs.".to_owned(), sources::BUSINESS_EVENTS));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Weight;
    use crate::rules::test_support::{against, favours};
    use crate::rules::test_support::{effects, pattern, requirements};

    fn finops_started() -> crate::model::Requirements {
        let mut r = requirements();
        r.initiator = Initiator::FinOps;
        r.direction = Direction::Outbound;
        r.real_time = false;
        r.error_feedback = ErrorFeedback::Deferred;
        r
    }

    #[test]
    fn finops_needing_an_answer_calls_the_external_service_and_not_an_event() {
        let mut r = finops_started();
        r.error_feedback = ErrorFeedback::Immediate;
        assert_eq!(
            effects(finops_starts, &r, &pattern("external-web-service")),
            vec![favours(Weight::Decisive)]
        );
        assert_eq!(
            effects(finops_starts, &r, &pattern("business-events")),
            vec![against(Weight::Strong)]
        );
        r.initiator = Initiator::Counterpart;
        assert!(effects(finops_starts, &r, &pattern("external-web-service")).is_empty());
    }

    #[test]
    fn a_change_by_change_notification_favours_events_and_data_events_for_records() {
        let mut r = finops_started();
        r.exchange = Exchange::Action;
        assert_eq!(
            effects(finops_starts, &r, &pattern("business-events")),
            vec![favours(Weight::Strong)]
        );
        assert!(effects(finops_starts, &r, &pattern("data-events")).is_empty());
        // About records: an occurrence (not every change) is a business event...
        r.exchange = Exchange::Records;
        r.incremental = false;
        assert_eq!(
            effects(finops_starts, &r, &pattern("business-events")),
            vec![favours(Weight::Strong), favours(Weight::Moderate)]
        );
        assert_eq!(
            effects(finops_starts, &r, &pattern("data-events")),
            vec![favours(Weight::Strong)]
        );
        // ...and every change, with the record, is a data event.
        r.incremental = true;
        assert_eq!(
            effects(finops_starts, &r, &pattern("data-events")),
            vec![favours(Weight::Strong), favours(Weight::Moderate)]
        );
        assert_eq!(
            effects(finops_starts, &r, &pattern("business-events")),
            vec![favours(Weight::Strong)]
        );
    }

    #[test]
    fn a_change_feed_above_the_events_benchmark_is_an_export_f_and_o_runs() {
        let mut r = finops_started();
        r.exchange = Exchange::Records;
        r.peak_records_per_hour = Some(120_000);
        assert_eq!(
            effects(finops_starts, &r, &pattern("recurring-integrations")),
            vec![favours(Weight::Strong)]
        );
        assert_eq!(
            effects(finops_starts, &r, &pattern("data-events")),
            vec![against(Weight::Strong)]
        );
    }

    #[test]
    fn a_scheduled_export_is_a_batch_export_not_events() {
        let mut r = finops_started();
        r.frequency = Frequency::Every { minutes: 30 };
        assert_eq!(
            effects(finops_starts, &r, &pattern("recurring-integrations")),
            vec![favours(Weight::Strong)]
        );
        assert_eq!(
            effects(finops_starts, &r, &pattern("data-events")),
            vec![against(Weight::Strong)]
        );
    }

    #[test]
    fn data_finops_fetches_is_a_call_out_not_a_push_from_the_other_side() {
        let mut r = finops_started();
        r.direction = Direction::Inbound;
        r.frequency = Frequency::Every { minutes: 60 };
        assert_eq!(
            effects(finops_starts, &r, &pattern("external-web-service")),
            vec![favours(Weight::Strong)]
        );
        assert_eq!(
            effects(finops_starts, &r, &pattern("recurring-integrations")),
            vec![against(Weight::Strong)]
        );
    }
}
