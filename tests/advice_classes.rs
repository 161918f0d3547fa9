//! The nine classes of mistake the advice v3 issue names, each as a test written from its
//! description (not from the engine's output): the kind of exchange first, then the pattern.

use integration_advisor::bundled;
use integration_advisor::core::evaluate;
use integration_advisor::core::evaluation::{Evaluation, Outcome};
use integration_advisor::core::explain::headline;
use integration_advisor::core::field::Field;
use integration_advisor::core::kind::ExchangeKind;
use integration_advisor::core::model::{
    Counterpart, Direction, ErrorFeedback, Exchange, Frequency, Initiator, ModelDrivenApp,
    OpenQuestion, Requirements, Scenario,
};
use integration_advisor::core::rules::NoteId;
use integration_advisor::core::rules::RuleId;

const BATCH: [&str; 2] = ["recurring-integrations", "package-rest-api"];

fn advise(requirements: Requirements) -> Evaluation {
    let scenario = Scenario {
        title: "class".to_owned(),
        context: String::new(),
        requirements,
        decision: None,
    };
    evaluate(&scenario, bundled::catalogue())
}

fn leads(e: &Evaluation) -> Vec<&str> {
    match e.outcome {
        Outcome::Tie => e.tied.iter().map(String::as_str).collect(),
        _ => e.recommended.as_deref().into_iter().collect(),
    }
}

fn warned(e: &Evaluation, rule: NoteId) -> bool {
    e.warnings.iter().any(|w| w.rule == rule)
}

fn known(counterpart: Counterpart, direction: Direction, exchange: Exchange) -> Requirements {
    Requirements {
        counterpart,
        direction,
        exchange,
        ..Requirements::default()
    }
}

#[test]
fn a_calculation_or_an_action_asked_by_a_model_driven_app_is_not_dual_write() {
    // Sales asks for a customer's available credit when the rep asks, 1,500 an hour.
    let mut credit = known(
        Counterpart::Dynamics365App(ModelDrivenApp::Sales),
        Direction::Outbound,
        Exchange::Calculation,
    );
    credit.peak_records_per_hour = Some(1_500);
    let e = advise(credit);
    assert_eq!(e.kind.kind, ExchangeKind::Calculation);
    assert!(!leads(&e).contains(&"dual-write"), "{:?}", leads(&e));
    assert!(
        leads(&e)
            .iter()
            .any(|id| ["custom-service", "odata"].contains(id)),
        "{:?}",
        leads(&e)
    );
    // Customer Service creates a return order with F&O's checks and reads the RMA number back.
    let mut rma = known(
        Counterpart::Dynamics365App(ModelDrivenApp::CustomerService),
        Direction::Inbound,
        Exchange::Action,
    );
    rma.peak_records_per_hour = Some(200);
    let e = advise(rma);
    assert_eq!(e.kind.kind, ExchangeKind::BusinessAction);
    assert!(!leads(&e).contains(&"dual-write"), "{:?}", leads(&e));
    let dual_write = e.result("dual-write").expect("ranked");
    assert!(
        dual_write
            .reasons
            .iter()
            .any(|r| r.rule == RuleId::OtherKind),
        "dual-write is told to be for another kind of exchange"
    );
}

#[test]
fn a_bulk_of_actions_is_a_batch_import() {
    // 400,000 journal lines an hour from a POS, posted overnight.
    let mut journals = known(
        Counterpart::OtherSystem,
        Direction::Inbound,
        Exchange::Action,
    );
    journals.peak_records_per_hour = Some(400_000);
    journals.real_time = false;
    journals.error_feedback = ErrorFeedback::Deferred;
    let e = advise(journals);
    assert_eq!(e.kind.kind, ExchangeKind::Batch);
    assert!(e.kind.text.contains("bulk"), "{}", e.kind.text);
    assert!(
        leads(&e).iter().all(|id| BATCH.contains(id)),
        "{:?}",
        leads(&e)
    );
    assert!(!leads(&e).is_empty());
}

#[test]
fn a_scheduled_round_trip_of_a_calculation_at_batch_volume_is_export_and_import() {
    // F&O sends 80,000 operations nightly to a scheduling engine and imports the results.
    let mut schedule = known(
        Counterpart::OtherSystem,
        Direction::Bidirectional,
        Exchange::Calculation,
    );
    schedule.initiator = Initiator::FinOps;
    schedule.peak_records_per_hour = Some(80_000);
    schedule.frequency = Frequency::Every { minutes: 1440 };
    schedule.real_time = false;
    schedule.error_feedback = ErrorFeedback::Deferred;
    let e = advise(schedule);
    assert_eq!(e.kind.kind, ExchangeKind::Batch);
    assert!(
        !leads(&e).contains(&"external-web-service"),
        "{:?}",
        leads(&e)
    );
}

#[test]
fn the_same_records_edited_on_both_sides_need_conflict_handling_even_nightly() {
    let mut customers = known(
        Counterpart::Dynamics365App(ModelDrivenApp::Sales),
        Direction::Bidirectional,
        Exchange::Records,
    );
    customers.frequency = Frequency::Every { minutes: 1440 };
    customers.real_time = false;
    customers.error_feedback = ErrorFeedback::Deferred;
    customers.peak_records_per_hour = Some(2_000);
    customers.shared_edits = Some(true);
    let e = advise(customers.clone());
    assert_eq!(e.kind.kind, ExchangeKind::KeepInStep);
    assert_eq!(leads(&e), ["dual-write"]);
    assert!(warned(&e, NoteId::TwoWayConflicts));
    assert!(!warned(&e, NoteId::TwoOneWayFlows));
    // Different data owned by each side: two one-way flows, as before.
    customers.shared_edits = Some(false);
    let e = advise(customers);
    assert!(warned(&e, NoteId::TwoOneWayFlows));
}

#[test]
fn change_notifications_above_the_events_benchmark_are_a_batch_export() {
    let mut stock = known(
        Counterpart::OtherSystem,
        Direction::Outbound,
        Exchange::Records,
    );
    stock.initiator = Initiator::FinOps;
    stock.peak_records_per_hour = Some(120_000);
    stock.real_time = false;
    stock.error_feedback = ErrorFeedback::Deferred;
    let e = advise(stock);
    assert_eq!(e.kind.kind, ExchangeKind::Batch);
    assert!(warned(&e, NoteId::EventsBenchmark));
    assert!(
        leads(&e)
            .iter()
            .all(|id| !["business-events", "data-events"].contains(id)),
        "{:?}",
        leads(&e)
    );
}

#[test]
fn finops_calling_an_endpoint_whose_tls_is_not_known_is_told_to_ask() {
    // F&O fetches exchange rates from a rate service.
    let mut rates = known(
        Counterpart::OtherSystem,
        Direction::Inbound,
        Exchange::Records,
    );
    rates.initiator = Initiator::FinOps;
    rates.peak_records_per_hour = Some(50);
    rates.frequency = Frequency::Every { minutes: 1440 };
    rates.real_time = false;
    rates.error_feedback = ErrorFeedback::Deferred;
    rates.endpoint_tls12 = None;
    let e = advise(rates.clone());
    let tls = e.warnings.iter().find(|w| w.rule == NoteId::TlsUnknown);
    assert!(tls.is_some_and(|w| w.text.contains("TLS 1.2") && w.fields == [Field::EndpointTls12]));
    rates.endpoint_tls12 = Some(true);
    assert!(!warned(&advise(rates), NoteId::TlsUnknown));
}

#[test]
fn a_new_scenario_leans_nowhere_and_immediate_feedback_on_a_schedule_is_a_conflict() {
    let fresh = Requirements::new_scenario();
    assert!(fresh.is_open(OpenQuestion::RealTime));
    assert!(fresh.is_open(OpenQuestion::ErrorFeedback));
    // The 3PL case typed into a new scenario: both ways, every 30 minutes, not real time,
    // 20,000 lines; error feedback left as it was.
    let mut three_pl = fresh;
    three_pl.direction = Direction::Bidirectional;
    three_pl.frequency = Frequency::Every { minutes: 30 };
    three_pl.set_open(OpenQuestion::RealTime, false);
    three_pl.real_time = false;
    three_pl.peak_records_per_hour = Some(20_000);
    let e = advise(three_pl.clone());
    let catalogue = bundled::catalogue();
    let words = headline(&e, catalogue);
    assert!(!words.contains("OData or Custom service"), "{words}");
    let every_reason = e.ranking.iter().flat_map(|r| &r.reasons);
    assert!(
        every_reason
            .filter(|r| r.rule == RuleId::ErrorFeedback)
            .all(|r| !r.text.contains("at once")),
        "no reason rests on an answer nobody gave"
    );
    // Answered "at once" with a schedule nobody waits on: a named conflict, not a silent lean.
    three_pl.set_open(OpenQuestion::ErrorFeedback, false);
    three_pl.error_feedback = ErrorFeedback::Immediate;
    let e = advise(three_pl);
    assert!(e.warnings.iter().any(
        |w| w.rule == NoteId::Conflict && w.fields == [Field::ErrorFeedback, Field::Frequency]
    ));
    assert!(headline(&e, catalogue).starts_with("Answers that contradict each other"));
}

#[test]
fn a_result_that_depends_on_open_answers_is_open_and_never_recommended() {
    let mut r = known(
        Counterpart::OtherSystem,
        Direction::Inbound,
        Exchange::Records,
    );
    r.set_open(OpenQuestion::RealTime, true);
    r.peak_records_per_hour = None;
    let e = advise(r);
    assert_eq!(e.outcome, Outcome::Open);
    assert!(
        e.pending.contains(&Field::PeakRecordsPerHour),
        "{:?}",
        e.pending
    );
    let words = headline(&e, bundled::catalogue());
    assert!(words.starts_with("Leaning "), "{words}");
    assert!(words.contains("pending"), "{words}");
    assert!(!words.contains("Recommended"), "{words}");
}

#[test]
fn a_tie_is_told_as_a_tie_in_the_record() {
    let mut orders = known(
        Counterpart::OtherSystem,
        Direction::Inbound,
        Exchange::Records,
    );
    orders.peak_records_per_hour = Some(200_000);
    orders.frequency = Frequency::Every { minutes: 5 };
    orders.real_time = false;
    orders.error_feedback = ErrorFeedback::Deferred;
    let scenario = Scenario {
        title: "Import".to_owned(),
        context: String::new(),
        requirements: orders,
        decision: None,
    };
    let e = evaluate(&scenario, bundled::catalogue());
    assert_eq!(e.outcome, Outcome::Tie);
    let record =
        integration_advisor::io::record::markdown(&scenario, bundled::catalogue(), "import.ron");
    for id in &e.tied {
        let name = bundled::catalogue().name_of(id);
        assert!(
            record.contains(&format!("* For {name}: because")),
            "the record says what speaks for {name}"
        );
    }
}
