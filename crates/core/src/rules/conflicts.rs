//! Answers that contradict each other, or make an implausible combination. Each conflict is
//! a warning that names the fields involved (the editor shows it beside them), says which
//! answers disagree, and ends with what to do.

use crate::evaluation::Note;
use crate::field::Field;
use crate::model::{
    Counterpart, Deployment, Direction, ErrorFeedback, Exchange, Frequency, Initiator,
    OpenQuestion, Payload,
};
use crate::rules::NoteId;
use crate::sources;

use super::Context;

fn conflict(fields: &[Field], text: String, source: &str) -> Note {
    Note {
        rule: NoteId::Conflict,
        text,
        source: source.to_owned(),
        fields: fields.to_vec(),
    }
}

/// Every conflict among the answers, in the order of the editor's fields.
pub fn conflicts(ctx: &Context<'_>) -> Vec<Note> {
    let r = ctx.requirements;
    let mut out = Vec::new();
    if r.deployment == Deployment::OnPremises
        && matches!(r.counterpart, Counterpart::Dynamics365App(_))
    {
        out.push(conflict(&[Field::Counterpart, Field::Deployment], "The model-driven apps reach F&O through Dataverse and the Power Platform integration, which need F&O in the cloud, and F&O runs on premises here. Plan code on both sides against the package API, or revisit the deployment.".to_owned(), sources::POWER_PLATFORM_INTEGRATION));
    }
    if r.counterpart == Counterpart::Reporting && r.direction != Direction::Outbound {
        out.push(conflict(&[Field::Counterpart, Field::Direction], "Reporting reads F&O data, and the direction says data also comes into F&O. Set the direction to out of F&O, or make the counterpart another system if results flow back.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    if r.counterpart == Counterpart::Reporting && r.exchange != Exchange::Records {
        out.push(conflict(&[Field::Counterpart, Field::Exchange], "Reporting reads records, and the exchange is an action or a computed result, which an application asks for. Set the exchange to records, or make the counterpart another system.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    if r.counterpart == Counterpart::ExcelUsers && r.initiator == Initiator::FinOps {
        out.push(conflict(&[Field::Counterpart, Field::Initiator], "People in Excel open the workbook and publish from it, so F&O cannot start this exchange. Set the initiator to the other side, or make the counterpart another system if F&O sends a file.".to_owned(), sources::IMPLEMENTATION_GUIDE));
    }
    match r.frequency {
        Frequency::Every { minutes } if r.real_time => out.push(conflict(&[Field::RealTime, Field::Frequency], format!("Real time is required, and the exchange runs {}. Clear real time for a scheduled job, or set the frequency to ad hoc if each change must pass at once.", crate::model::every(minutes)), sources::SYNC_ASYNC_GUIDE)),
        Frequency::Once if r.real_time => out.push(conflict(&[Field::RealTime, Field::Frequency], "Real time is required for a one-off load. Clear real time for a migration, or set the frequency to ad hoc if records keep flowing afterwards.".to_owned(), sources::SYNC_ASYNC_GUIDE)),
        _ => {}
    }
    let scheduled_not_live = matches!(r.frequency, Frequency::Every { .. }) && !r.real_time;
    let all_known = [
        OpenQuestion::RealTime,
        OpenQuestion::Frequency,
        OpenQuestion::ErrorFeedback,
    ]
    .iter()
    .all(|q| !r.is_open(*q));
    if r.error_feedback == ErrorFeedback::Immediate && scheduled_not_live && all_known {
        out.push(conflict(&[Field::ErrorFeedback, Field::Frequency], "The caller must know at once whether it worked, and the exchange runs on a schedule with no real-time need, where nobody waits for each record. Set error feedback to later if the run's results are checked afterwards, or make the exchange real time if a caller waits.".to_owned(), sources::SYNC_ASYNC_GUIDE));
    }
    if r.shared_edits == Some(true) && r.direction != Direction::Bidirectional {
        out.push(conflict(&[Field::SharedEdits, Field::Direction], "Both sides are said to edit the same records, and the data flows one way only, so one side's edits never reach the other. Set the direction to both ways, or clear the answer if each side owns different data.".to_owned(), sources::DUAL_WRITE_OVERVIEW));
    }
    if r.peak_records_per_hour == Some(0) {
        out.push(conflict(&[Field::PeakRecordsPerHour], "A peak of 0 records an hour means nothing moves. Enter the expected peak, or mark it as not known yet.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    if r.incremental && r.frequency == Frequency::Once {
        out.push(conflict(&[Field::Incremental, Field::Frequency], "Only changed records are to move, and a one-off load has no earlier run to compare with. Clear incremental, or set a schedule if the load repeats.".to_owned(), sources::PACKAGE_API));
    } else if r.incremental && r.direction == Direction::Inbound {
        out.push(conflict(&[Field::Incremental, Field::Direction], "Change tracking chooses what F&O exports, and this data comes into F&O, where the sender decides what it sends. Clear incremental, or agree with the sender that it sends only changes.".to_owned(), sources::PACKAGE_API));
    }
    if r.endpoint_tls12.is_some() && r.initiator == Initiator::Counterpart {
        out.push(conflict(&[Field::EndpointTls12, Field::Initiator], "The endpoint's TLS answer matters only when F&O calls out, and here the other side starts the exchange. Set the initiator to F&O if F&O calls the endpoint, or clear the answer.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    if r.copy_wanted.is_some() && !matches!(r.counterpart, Counterpart::Dynamics365App(_)) {
        out.push(conflict(&[Field::CopyWanted, Field::Counterpart], "Whether a copy is wanted decides between the Power Platform patterns for a model-driven app, and the other side here is not one. Clear the answer, or choose the app as the counterpart.".to_owned(), sources::POWER_PLATFORM_INTEGRATION));
    }
    if r.schedule_owner.is_some() && !matches!(r.frequency, Frequency::Every { .. }) {
        out.push(conflict(&[Field::ScheduleOwner, Field::Frequency], "Who keeps the schedule matters for a scheduled exchange, and this one has no schedule. Set a schedule, or clear the answer.".to_owned(), sources::PACKAGE_API));
    }
    if r.direction == Direction::Bidirectional && r.exchange != Exchange::Records {
        out.push(conflict(&[Field::Direction, Field::Exchange], "An action or a computed result is asked for one way and answered in the call, and the direction says both ways. Set the direction to the way the request goes, or make the exchange records if data flows back too.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    if r.copy_wanted == Some(false)
        && matches!(r.counterpart, Counterpart::Dynamics365App(_))
        && matches!(r.frequency, Frequency::Every { .. } | Frequency::Once)
        && !r.real_time
    {
        out.push(conflict(&[Field::CopyWanted, Field::Frequency], "No copy is wanted in the app, and a schedule or a single load makes one. Set the frequency to ad hoc if the app only reads F&O data when it needs it, or allow the copy.".to_owned(), sources::POWER_PLATFORM_INTEGRATION));
    }
    let connector_per_hour = ctx
        .parameters
        .connector_calls_per_minute
        .value
        .saturating_mul(60);
    if r.low_code == Some(true)
        && r.peak_records_per_hour
            .is_some_and(|v| v > connector_per_hour)
    {
        out.push(conflict(&[Field::LowCode, Field::PeakRecordsPerHour], format!("A low-code flow makes about one call per record written, at most {} a minute per connection, and the peak is {} records an hour. Ask whether the peak is right, or plan a batch path built by developers for the bulk.", super::group_thousands(ctx.parameters.connector_calls_per_minute.value), super::group_thousands(r.peak_records_per_hour.unwrap_or_default())), sources::FINOPS_CONNECTOR_LIMITS));
    }
    if r.real_time && matches!(r.payload, Some(Payload::Files | Payload::Packages)) {
        out.push(conflict(&[Field::RealTime, Field::Payload], "Files and data packages are processed in batch jobs, and real time is required. Clear real time if the files may wait for the next run, or exchange records through an API if they may not.".to_owned(), sources::PACKAGE_API));
    }
    if r.low_code == Some(true) && r.deployment == Deployment::OnPremises {
        out.push(conflict(&[Field::LowCode, Field::Deployment], "A low-code flow needs the Fin & Ops apps connector, which cannot be used when F&O runs on premises. Plan code against the package API, or revisit the deployment.".to_owned(), sources::FINOPS_CONNECTOR));
    }
    // An open answer is a stand-in, not something the customer said: it contradicts nothing.
    out.retain(|note| {
        !note
            .fields
            .iter()
            .any(|field| OpenQuestion::of_field(*field).is_some_and(|q| r.is_open(q)))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::requirements;

    fn fields_of(r: &crate::model::Requirements) -> Vec<Vec<Field>> {
        let parameters = &crate::testing::catalogue().parameters;
        let ctx = Context::new(r, parameters);
        conflicts(&ctx)
            .into_iter()
            .map(|note| note.fields)
            .collect()
    }

    #[test]
    fn the_neutral_scenario_has_no_conflict() {
        assert!(fields_of(&requirements()).is_empty());
    }

    #[test]
    fn real_time_with_a_schedule_or_a_single_load_is_a_conflict() {
        let mut r = requirements();
        r.real_time = true;
        r.frequency = Frequency::Every { minutes: 30 };
        assert_eq!(fields_of(&r), vec![vec![Field::RealTime, Field::Frequency]]);
        r.frequency = Frequency::Once;
        assert_eq!(fields_of(&r), vec![vec![Field::RealTime, Field::Frequency]]);
        r.real_time = false;
        assert!(fields_of(&r).is_empty());
    }

    #[test]
    fn finops_cannot_start_an_exchange_with_people_in_excel() {
        let mut r = requirements();
        r.counterpart = Counterpart::ExcelUsers;
        r.initiator = Initiator::FinOps;
        assert_eq!(
            fields_of(&r),
            vec![vec![Field::Counterpart, Field::Initiator]]
        );
    }

    #[test]
    fn answers_that_apply_elsewhere_are_named() {
        let mut r = requirements();
        r.endpoint_tls12 = Some(false);
        r.copy_wanted = Some(true);
        r.schedule_owner = Some(Initiator::FinOps);
        assert_eq!(
            fields_of(&r),
            vec![
                vec![Field::EndpointTls12, Field::Initiator],
                vec![Field::CopyWanted, Field::Counterpart],
                vec![Field::ScheduleOwner, Field::Frequency],
            ]
        );
    }
}
