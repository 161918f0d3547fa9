//! What would change the decision: every flip of every bundled scenario, written into the
//! file in place of the current answer, gives exactly the result it promises; a volume flip
//! is exact (one record nearer the current volume keeps the current result).

use integration_advisor::bundled;
use integration_advisor::core::evaluation::{Evaluation, Outcome};
use integration_advisor::core::field::{Answer, Field, LATER};
use integration_advisor::core::flips::{EXACT_FLIP_COMBINATIONS, Flip, flips};
use integration_advisor::core::model::{Requirements, Scenario};
use integration_advisor::core::rules::NoteId;
use integration_advisor::core::unknowns::Possibilities;
use integration_advisor::core::{evaluate, evaluate_ranking};
use integration_advisor::io::{answer_text, parse_str, to_canonical_string};

/// The file text with `field` answered `to` instead of `from`: the line replaced, or added
/// where an optional field was left out; and each answer the flip made moot (cleared in its
/// requirements) taken out, as a user would.
fn rewrite(text: &str, original: &Requirements, flip: &Flip) -> String {
    let mut text = text.to_owned();
    if flip.field != Field::EndpointTls12
        && original.endpoint_tls12 != flip.requirements.endpoint_tls12
    {
        assert_eq!(
            flip.requirements.endpoint_tls12, None,
            "{flip:?} only clears"
        );
        let answer = Answer::EndpointTls12(original.endpoint_tls12);
        let line = format!("        endpoint_tls12: {},\n", answer_text(&answer));
        assert!(text.contains(&line), "{line} is in the file");
        text = text.replacen(&line, "        endpoint_tls12: None,\n", 1);
    }
    for later in &LATER {
        if later.field != flip.field && (later.get)(original) != (later.get)(&flip.requirements) {
            assert_eq!(
                (later.get)(&flip.requirements),
                None,
                "{flip:?} only clears"
            );
            let answer = later.field.answer(original).expect("a later question");
            let line = format!("        {}: {},\n", later.field, answer_text(&answer));
            assert!(text.contains(&line), "{line} is in the file");
            text = text.replacen(&line, "", 1);
        }
    }
    let text = text.as_str();
    let old = format!("        {}: {},\n", flip.field, answer_text(&flip.from));
    let new = format!("        {}: {},\n", flip.field, answer_text(&flip.to));
    if text.contains(&old) {
        text.replacen(&old, &new, 1)
    } else {
        assert_eq!(
            answer_text(&flip.from),
            "None",
            "{} is written in the file",
            flip.field
        );
        text.replacen(
            "    ),\n    decision:",
            &format!("{new}    ),\n    decision:"),
            1,
        )
    }
}

/// The bundled scenario of that file name.
fn bundled_scenario(file_name: &str) -> &'static Scenario {
    &bundled::scenarios()
        .iter()
        .find(|s| s.file_name == file_name)
        .unwrap_or_else(|| panic!("{file_name} is bundled"))
        .scenario
}

fn result(evaluation: &Evaluation) -> (String, Option<String>) {
    (
        evaluation.outcome.label().to_owned(),
        evaluation.recommended.clone(),
    )
}

#[test]
fn every_flip_of_every_bundled_scenario_checks_out_when_written_into_the_file() {
    let catalogue = bundled::catalogue();
    let ids = bundled::pattern_ids();
    let mut checked = 0;
    let mut weighed_flips = 0;
    for entry in bundled::scenarios() {
        let text = to_canonical_string(&entry.scenario);
        let evaluation = evaluate(&entry.scenario, catalogue);
        let flips = flips(&entry.scenario, catalogue, &evaluation);
        assert!(
            !flips.is_empty(),
            "{}: some answer changes the result",
            entry.file_name
        );
        for flip in &flips {
            let changed = parse_str(&rewrite(&text, &entry.scenario.requirements, flip), ids)
                .unwrap_or_else(|e| panic!("{}: {flip:?}: {e}", entry.file_name));
            // A flip promises the result the changed file reads: with answers open (whether
            // or not they matter now: the new answer may make them matter), the whole
            // advice's where it is cheap to weigh (and then never the result the file reads
            // now); otherwise the ranking's, the other answers as they stand.
            let after_in_full = evaluate(&changed, catalogue);
            let answers_open = evaluation.outcome == Outcome::Open
                || Possibilities::size_of(&entry.scenario, catalogue) > 1;
            let weighed = answers_open
                && Possibilities::size_of(&changed, catalogue) <= EXACT_FLIP_COMBINATIONS;
            let (promised, now) = if weighed {
                (after_in_full.clone(), evaluation.clone())
            } else {
                (
                    evaluate_ranking(&changed, catalogue),
                    evaluate_ranking(&entry.scenario, catalogue),
                )
            };
            assert_eq!(
                result(&promised),
                (flip.outcome.label().to_owned(), flip.recommended.clone()),
                "{}: {flip:?}",
                entry.file_name
            );
            assert_ne!(
                result(&promised),
                result(&now),
                "{}: {flip:?} changes nothing",
                entry.file_name
            );
            weighed_flips += usize::from(weighed);
            // A flip is marked as conflicting exactly when the file it leads to warns of a
            // conflict.
            assert_eq!(
                flip.conflicting,
                after_in_full
                    .warnings
                    .iter()
                    .any(|w| w.rule == NoteId::Conflict),
                "{}: {flip:?}",
                entry.file_name
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked} flips checked");
    assert!(
        weighed_flips > 5,
        "{weighed_flips} flips of open scenarios weighed in full"
    );
}

#[test]
fn volume_flips_happen_exactly_at_their_value() {
    let catalogue = bundled::catalogue();
    for entry in bundled::scenarios() {
        let evaluation = evaluate(&entry.scenario, catalogue);
        let Some(current) = entry.scenario.requirements.peak_records_per_hour else {
            continue;
        };
        for flip in flips(&entry.scenario, catalogue, &evaluation)
            .iter()
            .filter(|f| f.field == Field::PeakRecordsPerHour)
        {
            let Answer::PeakRecordsPerHour(Some(to)) = flip.to else {
                panic!("a volume flip gives a volume: {:?}", flip.to);
            };
            // One record nearer the current volume still gives the current result.
            let before = if to > current { to - 1 } else { to + 1 };
            let mut scenario = entry.scenario.clone();
            scenario.requirements.peak_records_per_hour = Some(before);
            assert_eq!(
                result(&evaluate(&scenario, catalogue)),
                result(&evaluation),
                "{}: {flip:?} already at {before}",
                entry.file_name
            );
        }
    }
}

#[test]
fn the_bulk_threshold_is_where_a_portal_read_turns_to_batch() {
    let catalogue = bundled::catalogue();
    let entry = bundled::scenarios()
        .iter()
        .find(|e| e.file_name.starts_with("04-"))
        .expect("bundled");
    let evaluation = evaluate(&entry.scenario, catalogue);
    let volume = flips(&entry.scenario, catalogue, &evaluation)
        .into_iter()
        .find(|f| f.field == Field::PeakRecordsPerHour)
        .expect("a volume flip");
    assert_eq!(answer_text(&volume.from), "Some(5000)");
    let bulk = catalogue.parameters.bulk_threshold_records_per_hour.value;
    assert_eq!(answer_text(&volume.to), format!("Some({bulk})"));
}

#[test]
fn a_what_if_that_contradicts_another_answer_recommends_nothing() {
    let catalogue = bundled::catalogue();
    let entry = bundled::scenarios()
        .iter()
        .find(|entry| entry.file_name.starts_with("01-"))
        .expect("scenario 01 is bundled");
    let evaluation = evaluate(&entry.scenario, catalogue);
    let flips = flips(&entry.scenario, catalogue, &evaluation);
    // Real time is required: a one-off load contradicts it, and virtual entities, which copy
    // nothing, are no answer to it.
    let once = flips
        .iter()
        .find(|flip| flip.field == Field::Frequency && answer_text(&flip.to) == "Once")
        .expect("a one-off load changes the result");
    assert!(once.conflicting, "{once:?}");
    let on_premises = flips
        .iter()
        .find(|flip| flip.field == Field::Deployment)
        .expect("on premises changes the result");
    assert!(on_premises.conflicting, "{on_premises:?}");
}

/// A result can be clear with an answer still open because that answer changes nothing now;
/// another answer may make it matter. The change of address from customer service is clear on
/// dual-write with its volume not known; with another system in place of Customer Service,
/// the volume decides, so the chip must say open, as the result will read once tried (and
/// the copy question, which no longer applies, is no conflict).
#[test]
fn a_flip_that_makes_an_open_answer_matter_says_open() {
    let catalogue = bundled::catalogue();
    let scenario = bundled_scenario("01-change-of-address-from-customer-service.ron");
    let evaluation = evaluate(scenario, catalogue);
    assert_eq!(evaluation.outcome, Outcome::Clear);
    assert_eq!(scenario.requirements.peak_records_per_hour, None);

    let flips = flips(scenario, catalogue, &evaluation);
    let other_system = flips
        .iter()
        .find(|flip| {
            flip.to
                == Answer::Counterpart(integration_advisor::core::model::Counterpart::OtherSystem)
        })
        .expect("another system changes the result");

    // Whether a copy is wanted is moot once the other side is no model-driven app: kept, it
    // would be a conflict, and the chip would say "conflicting answers".
    assert_eq!(scenario.requirements.copy_wanted, Some(true));
    assert_eq!(other_system.requirements.copy_wanted, None);
    assert!(!other_system.conflicting);
    let mut tried = scenario.clone();
    tried.requirements = other_system.requirements.clone();
    let after = evaluate(&tried, catalogue);
    assert_eq!(after.outcome, Outcome::Open, "the volume now decides");
    assert_eq!(other_system.outcome, Outcome::Open);
    assert_eq!(other_system.recommended, after.recommended);
}

/// F&O asking a legacy carrier service for freight rates calls out, and the endpoint's TLS is
/// answered. With the carrier calling F&O instead, that answer is moot: the what-if drops it
/// rather than reading as a conflict.
#[test]
fn a_what_if_where_f_and_o_no_longer_calls_out_drops_the_endpoint_answer() {
    let catalogue = bundled::catalogue();
    let scenario = bundled_scenario("13-finops-asks-a-legacy-carrier-for-freight-rates.ron");
    assert!(scenario.requirements.endpoint_tls12.is_some());
    let evaluation = evaluate(scenario, catalogue);
    let called = flips(scenario, catalogue, &evaluation)
        .into_iter()
        .find(|flip| {
            flip.to == Answer::Initiator(integration_advisor::core::model::Initiator::Counterpart)
        })
        .expect("the other side starting it changes the result");
    assert_eq!(called.requirements.endpoint_tls12, None);
    assert!(!called.conflicting, "{called:?}");
    assert!(called.recommended.is_some(), "{called:?}");
}
