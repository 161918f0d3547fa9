//! What one exchange carries: records in real time, an action on a record, or a computed
//! result. These apply when the other side calls F&O.

use crate::catalogue::{Pattern, Role};
use crate::evaluation::Reason;
use crate::model::{Counterpart, Direction, Exchange, Frequency, Initiator};
use crate::sources;

use super::RuleId;
use super::{Context, Weight, has};

fn called_from_outside(ctx: &Context<'_>, exchange: Exchange) -> bool {
    ctx.requirements.initiator == Initiator::Counterpart && ctx.requirements.exchange == exchange
}

/// `real-time-records`: records exchanged in real time favour `OData`.
pub fn real_time_records(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    if called_from_outside(ctx, Exchange::Records)
        && ctx.requirements.real_time
        && has(pattern, Role::RealTimeRecords)
    {
        out.push(ctx.favours(
            RuleId::RealTimeRecords,
            Weight::Strong,
            format_args!("Records are read or written in real time: {} creates, reads and updates entity records in the call itself.", pattern.short_name()),
            sources::INTEGRATION_STRATEGY,
        ));
    }
}

/// `modest-records`: records the other side sends or fetches as they change, at a modest
/// volume and with no real-time need, still go simplest through `OData`, one call each.
pub fn modest_records(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let r = ctx.requirements;
    if called_from_outside(ctx, Exchange::Records)
        && !r.real_time
        && r.frequency == Frequency::AdHoc
        && !ctx.bulk
        && r.direction != Direction::Bidirectional
        && !matches!(
            r.counterpart,
            Counterpart::ExcelUsers | Counterpart::Reporting
        )
        && has(pattern, Role::RealTimeRecords)
    {
        out.push(ctx.favours(
            RuleId::ModestRecords,
            Weight::Moderate,
            format_args!("Records move as they change, at a modest volume: {} takes each one in a call of its own, with no batch job to schedule.", pattern.short_name()),
            sources::INTEGRATION_STRATEGY,
        ));
    }
}

/// `record-action`: business logic run on a record favours an `OData` action; a custom
/// service is still suitable. Batch transfers move records without running an action.
pub fn record_action(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    if !called_from_outside(ctx, Exchange::Action) {
        return;
    }
    const RULE: RuleId = RuleId::RecordAction;
    if has(pattern, Role::RecordActionPrimary) {
        out.push(ctx.favours(RULE, Weight::Strong, "An action on a record, such as approve or confirm: an OData action, an X++ method on the data entity, runs the business logic in the call.".to_owned(), sources::INTEGRATION_STRATEGY));
    } else if has(pattern, Role::RecordActionAlternative) {
        out.push(ctx.favours(RULE, Weight::Moderate, "A custom service, an X++ class with its own contract, can run the same business logic and answer in the response.".to_owned(), sources::IMPLEMENTATION_GUIDE));
    } else if has(pattern, Role::BulkTransfer) {
        out.push(ctx.against(RULE, Weight::Moderate, format_args!("{} moves records in files or packages; it does not run an action and answer with its result.", pattern.short_name()), pattern.docs.clone()));
    }
}

/// `calculation`: a computed result favours a custom service, with an entity over `OData`
/// still suitable (the seed calls both equally valid).
pub fn calculation(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    if !called_from_outside(ctx, Exchange::Calculation) {
        return;
    }
    const RULE: RuleId = RuleId::Calculation;
    if has(pattern, Role::CalculationPrimary) {
        out.push(ctx.favours(RULE, Weight::Strong, "A result computed on request: a custom service runs the calculation in X++ and returns the result in the response.".to_owned(), sources::INTEGRATION_STRATEGY));
    } else if has(pattern, Role::CalculationAlternative) {
        out.push(ctx.favours(RULE, Weight::Moderate, "A data entity read over OData can return the same computed result; Microsoft's integration strategy page calls both ways equally valid.".to_owned(), sources::INTEGRATION_STRATEGY));
    } else if has(pattern, Role::BulkTransfer) {
        out.push(ctx.against(
            RULE,
            Weight::Moderate,
            format_args!(
                "{} moves records in files or packages; it does not compute and return a result on request.",
                pattern.short_name()
            ),
            pattern.docs.clone(),
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
    fn real_time_records_favour_odata_only_when_called_in_real_time() {
        let mut r = requirements();
        r.real_time = true;
        assert_eq!(
            effects(real_time_records, &r, &pattern("odata")),
            vec![favours(Weight::Strong)]
        );
        assert!(effects(real_time_records, &r, &pattern("custom-service")).is_empty());
        r.real_time = false;
        assert!(effects(real_time_records, &r, &pattern("odata")).is_empty());
    }

    #[test]
    fn an_action_favours_odata_first_and_a_custom_service_second() {
        let mut r = requirements();
        r.exchange = Exchange::Action;
        assert_eq!(
            effects(record_action, &r, &pattern("odata")),
            vec![favours(Weight::Strong)]
        );
        assert_eq!(
            effects(record_action, &r, &pattern("custom-service")),
            vec![favours(Weight::Moderate)]
        );
        assert_eq!(
            effects(record_action, &r, &pattern("package-rest-api")),
            vec![against(Weight::Moderate)]
        );
        r.initiator = Initiator::FinOps;
        assert!(effects(record_action, &r, &pattern("odata")).is_empty());
    }

    #[test]
    fn a_calculation_favours_a_custom_service_first_and_odata_second() {
        let mut r = requirements();
        r.exchange = Exchange::Calculation;
        assert_eq!(
            effects(calculation, &r, &pattern("custom-service")),
            vec![favours(Weight::Strong)]
        );
        assert_eq!(
            effects(calculation, &r, &pattern("odata")),
            vec![favours(Weight::Moderate)]
        );
        assert_eq!(
            effects(calculation, &r, &pattern("recurring-integrations")),
            vec![against(Weight::Moderate)]
        );
    }
}
