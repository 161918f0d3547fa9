//! Exchanges that F&O starts: calling out for an answer, or notifying others.

use crate::core::catalogue::{Pattern, Role};
use crate::core::evaluation::{Effect, Reason};
use crate::core::model::{ErrorFeedback, Exchange, Initiator};
use crate::core::sources;

use super::{Context, Weight, has, reason};

fn started_by_finops(ctx: &Context) -> bool {
    ctx.requirements.initiator == Initiator::FinOps
}

/// `outbound-call`: when F&O needs the answer at once, it calls the external web service
/// itself, as the client.
pub fn outbound_call(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    if !started_by_finops(ctx) || !has(pattern, Role::OutboundCall) {
        return;
    }
    const RULE: &str = "outbound-call";
    if ctx.requirements.error_feedback == ErrorFeedback::Immediate {
        out.push(ctx.favours(RULE, Weight::Decisive, "F&O starts the exchange and needs the answer at once: F&O calls the external service as its client and gets the response in the call.".to_owned(), sources::INTEGRATION_STRATEGY));
    } else {
        out.push(ctx.favours(RULE, Weight::Moderate, "F&O can call the external service itself, although the answer is not needed at once.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
}

/// `notification`: when F&O starts an exchange whose outcome may be handled later, business
/// events notify; data events do so for a record's create, update or delete.
pub fn notification(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    if !started_by_finops(ctx)
        || ctx.requirements.error_feedback != ErrorFeedback::Deferred
        || !has(pattern, Role::Notification)
    {
        return;
    }
    const RULE: &str = "notification";
    out.push(ctx.favours(RULE, Weight::Strong, format!("F&O tells others that something happened and may learn the outcome later: {} sends a notification to an endpoint the customer owns, with retries.", pattern.name), &pattern.docs));
    if ctx.requirements.exchange == Exchange::Records
        && has(pattern, Role::RecordChangeNotification)
    {
        out.push(ctx.favours(RULE, Weight::Moderate, "The notification is about records: data events fire on an entity's create, update and delete and carry the record.".to_owned(), sources::DATA_EVENTS));
    }
}

/// `tls-endpoint`: production and sandbox environments only call endpoints with TLS 1.2 or
/// later; an older endpoint needs a broker service and a two-hop call.
pub fn tls_broker(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    if ctx.requirements.endpoint_tls12 == Some(false) && has(pattern, Role::OutboundCall) {
        out.push(reason(
            "tls-endpoint",
            Effect::Notes,
            "The endpoint lacks TLS 1.2, so direct calls from F&O fail; put a broker service with TLS 1.2 in between and call it in two hops.".to_owned(),
            sources::INTEGRATION_STRATEGY,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::test_support::{effects, pattern, requirements};

    #[test]
    fn finops_needing_an_answer_at_once_favours_calling_the_external_service() {
        let mut r = requirements();
        r.initiator = Initiator::FinOps;
        r.error_feedback = ErrorFeedback::Immediate;
        assert_eq!(
            effects(outbound_call, &r, &pattern("external-web-service")),
            vec![Effect::Favours(40)]
        );
        r.error_feedback = ErrorFeedback::Deferred;
        assert_eq!(
            effects(outbound_call, &r, &pattern("external-web-service")),
            vec![Effect::Favours(10)]
        );
        r.initiator = Initiator::Counterpart;
        assert!(effects(outbound_call, &r, &pattern("external-web-service")).is_empty());
    }

    #[test]
    fn a_deferred_notification_favours_events_and_data_events_for_records() {
        let mut r = requirements();
        r.initiator = Initiator::FinOps;
        r.error_feedback = ErrorFeedback::Deferred;
        r.exchange = Exchange::Action;
        assert_eq!(
            effects(notification, &r, &pattern("business-events")),
            vec![Effect::Favours(20)]
        );
        assert_eq!(
            effects(notification, &r, &pattern("data-events")),
            vec![Effect::Favours(20)]
        );
        r.exchange = Exchange::Records;
        assert_eq!(
            effects(notification, &r, &pattern("data-events")),
            vec![Effect::Favours(20), Effect::Favours(10)]
        );
        r.error_feedback = ErrorFeedback::Immediate;
        assert!(effects(notification, &r, &pattern("business-events")).is_empty());
    }

    #[test]
    fn an_endpoint_without_tls_12_adds_a_broker_note() {
        let mut r = requirements();
        r.endpoint_tls12 = Some(false);
        assert_eq!(
            effects(tls_broker, &r, &pattern("external-web-service")),
            vec![Effect::Notes]
        );
        r.endpoint_tls12 = Some(true);
        assert!(effects(tls_broker, &r, &pattern("external-web-service")).is_empty());
    }
}
