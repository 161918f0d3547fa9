//! Timing and frequency: real time, schedules, one-off loads and how soon the caller must
//! know the outcome.

use crate::core::catalogue::{Pattern, Role, Timing};
use crate::core::evaluation::Reason;
use crate::core::model::{ErrorFeedback, Frequency, every};
use crate::core::sources;

use super::{Context, Weight, has};

fn is_async_batch(pattern: &Pattern) -> bool {
    pattern.timing == Timing::Asynchronous && pattern.batch
}

/// `scheduled-batch`: no real-time need and a schedule favour asynchronous batch exchange,
/// even at modest volume.
pub fn scheduled_batch(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    let requirements = ctx.requirements;
    if let Frequency::Every { minutes } = requirements.frequency
        && !requirements.real_time
        && is_async_batch(pattern)
    {
        out.push(ctx.favours(
            "scheduled-batch",
            Weight::Moderate,
            format!("Runs {} with no real-time need: asynchronous batch exchange does not block either side while the work is done.", every(minutes)),
            sources::SYNC_ASYNC_GUIDE,
        ));
    }
}

/// `one-off-load`: a single load favours the package REST API, driven from outside F&O;
/// recurring mechanisms are built for repeated exchanges.
pub fn one_off_load(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    if ctx.requirements.frequency != Frequency::Once {
        return;
    }
    const RULE: &str = "one-off-load";
    if has(pattern, Role::OneOffLoad) {
        out.push(ctx.favours(RULE, Weight::Strong, "A one-off load: the package REST API imports or exports a data package on demand, scheduled from outside F&O.".to_owned(), sources::PACKAGE_API));
    } else if is_async_batch(pattern) {
        out.push(ctx.against(
            RULE,
            Weight::Moderate,
            format!(
                "{} is set up for repeated or continuous exchange, more than a single load needs.",
                pattern.name
            ),
            &pattern.docs,
        ));
    }
}

/// `real-time`: a real-time need counts against patterns whose work happens later in a
/// batch job.
pub fn real_time(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    if ctx.requirements.real_time
        && pattern.timing == Timing::Asynchronous
        && !has(pattern, Role::Notification)
    {
        out.push(ctx.against(
            "real-time",
            Weight::Strong,
            format!("Real time is required, but {} is asynchronous: the call only schedules the work, which a batch job does later.", pattern.name),
            sources::INTEGRATION_STRATEGY,
        ));
    }
}

/// `error-feedback`: a caller that must know the outcome at once favours synchronous
/// patterns; with an asynchronous one it only learns that scheduling worked, and must poll.
pub fn immediate_feedback(ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    if ctx.requirements.error_feedback != ErrorFeedback::Immediate {
        return;
    }
    const RULE: &str = "error-feedback";
    if pattern.timing.answers_at_once() {
        out.push(ctx.favours(RULE, Weight::Moderate, "The caller must know at once whether it worked: success or failure comes back in the response.".to_owned(), sources::SYNC_ASYNC_GUIDE));
    } else {
        out.push(ctx.against(RULE, Weight::Strong, "The caller must know at once, but here it only learns that the work was accepted; the outcome has to be polled for or arrives later.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::Effect;
    use crate::core::rules::test_support::{effects, pattern, requirements};

    #[test]
    fn a_schedule_without_real_time_favours_asynchronous_batch() {
        let mut r = requirements();
        r.real_time = false;
        r.frequency = Frequency::Every { minutes: 1440 };
        assert_eq!(
            effects(scheduled_batch, &r, &pattern("recurring-integrations")),
            vec![Effect::Favours(10)]
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
            vec![Effect::Favours(20)]
        );
        assert_eq!(
            effects(one_off_load, &r, &pattern("recurring-integrations")),
            vec![Effect::CountsAgainst(10)]
        );
        assert!(effects(one_off_load, &r, &pattern("odata")).is_empty());
    }

    #[test]
    fn real_time_counts_against_asynchronous_batch_but_not_notifications() {
        let mut r = requirements();
        r.real_time = true;
        assert_eq!(
            effects(real_time, &r, &pattern("package-rest-api")),
            vec![Effect::CountsAgainst(20)]
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
            vec![Effect::Favours(10)]
        );
        assert_eq!(
            effects(immediate_feedback, &r, &pattern("excel")),
            vec![Effect::Favours(10)]
        );
        assert_eq!(
            effects(immediate_feedback, &r, &pattern("recurring-integrations")),
            vec![Effect::CountsAgainst(20)]
        );
        r.error_feedback = ErrorFeedback::Deferred;
        assert!(effects(immediate_feedback, &r, &pattern("recurring-integrations")).is_empty());
    }
}
