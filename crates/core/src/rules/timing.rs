//! Timing and frequency: real time, schedules, one-off loads and how soon the caller must
//! know the outcome.

use crate::catalogue::{Pattern, Role, Timing};
use crate::evaluation::Reason;
use crate::model::{Counterpart, ErrorFeedback, Frequency, Initiator, every};
use crate::sources;

use super::RuleId;
use super::{Context, Weight, has};

fn is_async_batch(pattern: &Pattern) -> bool {
    pattern.timing == Timing::Asynchronous && pattern.batch
}

/// Patterns that the other side calls to queue work that a batch job then does.
fn queues_work(pattern: &Pattern) -> bool {
    is_async_batch(pattern)
        && (has(pattern, Role::BulkTransfer) || has(pattern, Role::ModelDrivenScheduledCopy))
}

/// `scheduled-batch`: no real-time need and a schedule favour asynchronous batch exchange,
/// even at modest volume.
pub fn scheduled_batch(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let requirements = ctx.requirements;
    if let Frequency::Every { minutes } = requirements.frequency
        && !requirements.real_time
        && requirements.counterpart != Counterpart::Reporting
        && queues_work(pattern)
    {
        out.push(ctx.favours(
            RuleId::ScheduledBatch,
            Weight::Moderate,
            format_args!("The exchange runs {} with no real-time need: {} works in the background, so neither side waits while the records are processed.", every(minutes), pattern.short_name()),
            sources::SYNC_ASYNC_GUIDE,
        ));
    }
}

/// `one-off-load`: a single load favours the package REST API, driven from outside F&O,
/// whoever the counterpart is; recurring mechanisms are built for repeated exchanges.
pub fn one_off_load(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    if ctx.requirements.frequency != Frequency::Once {
        return;
    }
    const RULE: RuleId = RuleId::OneOffLoad;
    if has(pattern, Role::OneOffLoad) {
        out.push(ctx.favours(RULE, Weight::Strong, format_args!("A one-off load: {} imports or exports a data package when called, with nothing left running afterwards.", pattern.short_name()), sources::PACKAGE_API));
    } else if queues_work(pattern) {
        out.push(ctx.against(
            RULE,
            Weight::Moderate,
            format_args!(
                "{} is set up to run again and again; a single load does not need a recurring job.",
                pattern.short_name()
            ),
            pattern.docs.clone(),
        ));
    }
}

/// `real-time`: a real-time need counts against patterns whose work happens later in a
/// batch job, or whose copy is refreshed on a cycle.
pub fn real_time(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    if !ctx.requirements.real_time || pattern.timing != Timing::Asynchronous {
        return;
    }
    let text = if has(pattern, Role::ModelDrivenScheduledCopy) {
        format_args!(
            "Real time is required, and {} copies data on a schedule an administrator sets.",
            pattern.short_name()
        )
    } else if queues_work(pattern) {
        format_args!(
            "Real time is required, and {} is asynchronous: a call only queues the work, which a batch job does later.",
            pattern.short_name()
        )
    } else if has(pattern, Role::AnalyticsExport) || has(pattern, Role::EmbeddedAnalytics) {
        format_args!(
            "Real time is required, and {} copies data on a refresh cycle or a schedule, so its copy lags behind F&O.",
            pattern.short_name()
        )
    } else {
        return;
    };
    out.push(ctx.against(RuleId::RealTime, Weight::Strong, text, pattern.docs.clone()));
}

/// `error-feedback`: when the other side calls and must know the outcome at once, patterns
/// it can call that answer in the response are favoured; those that only queue work count
/// against (the caller must poll for the status).
pub fn immediate_feedback(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let requirements = ctx.requirements;
    if requirements.error_feedback != ErrorFeedback::Immediate
        || requirements.initiator != Initiator::Counterpart
        || !pattern.initiated_by.contains(&Initiator::Counterpart)
    {
        return;
    }
    const RULE: RuleId = RuleId::ErrorFeedback;
    // Live sync and low-code flows are judged by their own questions, not by how a caller
    // learns the outcome.
    if pattern.timing == Timing::Synchronous
        && !has(pattern, Role::ModelDrivenLiveSync)
        && !has(pattern, Role::LowCodeFlow)
    {
        out.push(ctx.favours(RULE, Weight::Moderate, format_args!("The caller must know at once whether it worked, and {} returns success or failure in the response to each call.", pattern.short_name()), sources::SYNC_ASYNC_GUIDE));
    } else if queues_work(pattern) && has(pattern, Role::BulkTransfer) {
        out.push(ctx.against(RULE, Weight::Strong, format_args!("The caller must know at once whether it worked, and {} only confirms that the work was queued; the caller polls for the outcome.", pattern.short_name()), pattern.status_model.source.clone()));
        // Where F&O's recurring job picks the work up, the outcome waits for its next run
        // as well; an import started by the caller runs when called.
        if has(pattern, Role::ScheduleInFinOps) {
            out.push(ctx.against(RULE, Weight::Moderate, format_args!("With {}, the import also waits for the next run of the recurring data job, whose interval is set in F&O, before there is any outcome to poll for; an import the caller starts through the package API runs when called.", pattern.short_name()), pattern.docs.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Weight;
    use crate::rules::test_support::{against, favours};
    use crate::rules::test_support::{effects, pattern, requirements};

    #[test]
    fn a_schedule_without_real_time_favours_asynchronous_batch() {
        let mut r = requirements();
        r.real_time = false;
        r.frequency = Frequency::Every { minutes: 1440 };
        assert_eq!(
            effects(scheduled_batch, &r, &pattern("recurring-integrations")),
            vec![favours(Weight::Moderate)]
        );
        assert!(effects(scheduled_batch, &r, &pattern("odata")).is_empty());
        r.real_time = true;
        assert!(effects(scheduled_batch, &r, &pattern("recurring-integrations")).is_empty());
        r.real_time = false;
        r.frequency = Frequency::AdHoc;
        assert!(effects(scheduled_batch, &r, &pattern("recurring-integrations")).is_empty());
    }

    #[test]
    fn a_one_off_load_favours_the_package_api_over_recurring_jobs() {
        let mut r = requirements();
        r.frequency = Frequency::Once;
        assert_eq!(
            effects(one_off_load, &r, &pattern("package-rest-api")),
            vec![favours(Weight::Strong)]
        );
        assert_eq!(
            effects(one_off_load, &r, &pattern("recurring-integrations")),
            vec![against(Weight::Moderate)]
        );
        assert!(effects(one_off_load, &r, &pattern("odata")).is_empty());
    }

    #[test]
    fn real_time_counts_against_asynchronous_batch_but_not_notifications() {
        let mut r = requirements();
        r.real_time = true;
        assert_eq!(
            effects(real_time, &r, &pattern("package-rest-api")),
            vec![against(Weight::Strong)]
        );
        assert!(effects(real_time, &r, &pattern("business-events")).is_empty());
        assert!(effects(real_time, &r, &pattern("odata")).is_empty());
        r.real_time = false;
        assert!(effects(real_time, &r, &pattern("package-rest-api")).is_empty());
    }

    #[test]
    fn immediate_feedback_favours_synchronous_patterns() {
        let mut r = requirements();
        r.error_feedback = ErrorFeedback::Immediate;
        assert_eq!(
            effects(immediate_feedback, &r, &pattern("custom-service")),
            vec![favours(Weight::Moderate)]
        );
        // People in Excel see the outcome on screen; their own rule decides.
        assert!(effects(immediate_feedback, &r, &pattern("excel")).is_empty());
        // Analytics and events are not called by the other side to do work.
        assert!(effects(immediate_feedback, &r, &pattern("synapse-link")).is_empty());
        assert!(effects(immediate_feedback, &r, &pattern("business-events")).is_empty());
        // Recurring integrations also waits for F&O's recurring job; the package API starts
        // when called.
        assert_eq!(
            effects(immediate_feedback, &r, &pattern("recurring-integrations")),
            vec![against(Weight::Strong), against(Weight::Moderate)]
        );
        assert_eq!(
            effects(immediate_feedback, &r, &pattern("package-rest-api")),
            vec![against(Weight::Strong)]
        );
        r.error_feedback = ErrorFeedback::Deferred;
        assert!(effects(immediate_feedback, &r, &pattern("recurring-integrations")).is_empty());
    }
}
