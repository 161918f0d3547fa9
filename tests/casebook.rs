//! The casebook: realistic cases written by an F&O architect who never read the rules or the
//! catalogue (see `tests/casebook/README.md`), each with the patterns an expert accepts as the
//! lead answer, the outcomes an expert accepts, and the warnings the advice must raise.
//!
//! The cases are never edited to fit the engine. The test scores them all, prints every miss
//! with the case's rationale, and fails when the score drops below the floor the engine has
//! reached (raise it as the advice improves; never lower it to pass).

use std::path::{Path, PathBuf};

use integration_advisor::bundled;
use integration_advisor::core::advice::{Advice, advise};
use integration_advisor::core::engine::evaluate;
use integration_advisor::core::evaluation::Outcome;
use integration_advisor::core::explain;
use integration_advisor::core::field::Field;
use integration_advisor::core::model::{OpenQuestion, Requirements, Scenario};
use integration_advisor::core::unknowns::ResultKey;
use serde::Deserialize;

/// Cases that must pass. The goal is 95 % of the casebook; the engine passes 105 of 110 today
/// (the misses, and why, are in the note on issue 19). Raise this as the advice improves.
const FLOOR: usize = 105;

/// What the test reads of a case; the story, the scenario (loaded by the product's own
/// loader below) and the sources are for the reader.
#[derive(Deserialize)]
struct Case {
    accept: Vec<String>,
    outcome: Vec<String>,
    warnings: Vec<String>,
    rationale: String,
}

fn casebook() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/casebook")
}

#[path = "support/case_text.rs"]
mod case_text;
use case_text::scenario_text;

/// The outcome as the casebook names it.
fn outcome_word(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Clear => "recommended",
        Outcome::Tie => "tie",
        Outcome::NoFit => "no-fit",
        Outcome::Open => "open",
        Outcome::None => "none",
    }
}

/// Whether the advice raises `topic`, judged on what a user reads: the warnings, the leaders'
/// prerequisites and reasons, and the outcome. Each topic is recognised by the words any
/// honest statement of it must use; see the vocabulary in `tests/casebook/README.md`.
fn raises(advice: &Advice, topic: &str) -> bool {
    let evaluation = &advice.evaluation;
    let mut texts: Vec<(&str, &str)> = evaluation
        .warnings
        .iter()
        .map(|note| (note.rule.name(), note.text.as_str()))
        .collect();
    texts.push(("kind", evaluation.kind.text.as_str()));
    let leaders: Vec<&str> = match evaluation.outcome {
        Outcome::Open | Outcome::NoFit => evaluation.recommended.as_deref().into_iter().collect(),
        _ => explain::leaders(evaluation),
    };
    for id in leaders {
        if let Some(result) = evaluation.result(id) {
            texts.extend(
                result
                    .prerequisites
                    .iter()
                    .map(|n| (n.rule.name(), n.text.as_str())),
            );
            texts.extend(
                result
                    .reasons
                    .iter()
                    .map(|r| (r.rule.name(), r.text.as_str())),
            );
        }
    }
    let any = |test: &dyn Fn(&str, &str) -> bool| texts.iter().any(|(rule, text)| test(rule, text));
    let says = |words: &[&str]| {
        any(&|_, text| {
            let text = text.to_lowercase();
            words.iter().any(|w| text.contains(w))
        })
    };
    match topic {
        "tls" => says(&["tls 1.2"]),
        "bulk" => says(&["bulk", "batch data api", "batch import", "batch export"]),
        "events-benchmark" => says(&["benchmark", "events an hour"]),
        "throttling" => says(&["service protection", "throttl", "429"]),
        "lifecycle" => says(&[
            "legacy",
            "deprecated",
            "superseded",
            "retired",
            "end of support",
        ]),
        "on-premises" => says(&["on premises", "on-premises"]),
        "conflict" => any(&|rule, _| rule.ends_with("conflict") || rule == "conflict"),
        "open" => evaluation.outcome == Outcome::Open || says(&["not known"]),
        "polling" => says(&["poll"]),
        "change-tracking" => says(&["change tracking"]),
        "excel-volume" => says(&["excel"]) && says(&["slow", "large", "more than excel"]),
        "reporting-odata" => says(&["odata"]) && says(&["report", "power bi", "analytics"]),
        "two-way-conflicts" => says(&["conflict"]),
        "events-payload" => says(&["lightweight", "not to move", "carry the record", "payload"]),
        other => panic!("unknown warning topic {other}"),
    }
}

/// Why a case misses, or `None` when it passes.
fn miss(case: &Case, advice: &Advice) -> Option<String> {
    let evaluation = &advice.evaluation;
    let outcome = outcome_word(evaluation.outcome);
    let conflicted = case.warnings.iter().any(|w| w == "conflict");
    let outcome_ok = case.outcome.iter().any(|o| o == outcome)
        || (conflicted && matches!(outcome, "open" | "no-fit" | "recommended" | "tie"));
    let leads: Vec<&str> = match evaluation.outcome {
        Outcome::Tie => evaluation.tied.iter().map(String::as_str).collect(),
        _ => evaluation.recommended.as_deref().into_iter().collect(),
    };
    let lead_ok = leads.iter().any(|id| case.accept.iter().any(|a| a == id))
        || (case.accept.is_empty() && leads.is_empty());
    let missing: Vec<&str> = case
        .warnings
        .iter()
        .map(String::as_str)
        .filter(|topic| !raises(advice, topic))
        .collect();
    let mut why = Vec::new();
    if !outcome_ok {
        why.push(format!(
            "outcome {outcome}, expected one of {:?}",
            case.outcome
        ));
    }
    if !lead_ok {
        why.push(format!("lead {leads:?}, expected one of {:?}", case.accept));
    }
    if !missing.is_empty() {
        why.push(format!("warnings not raised: {missing:?}"));
    }
    (!why.is_empty()).then(|| why.join("; "))
}

/// The case files, in order.
fn case_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(casebook())
        .expect("the casebook folder")
        .map(|entry| entry.expect("a casebook entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 80, "the casebook has {} cases", paths.len());
    paths
}

/// A case file read: its name, the case, and its scenario loaded by the product's loader.
fn read_case(path: &Path) -> (String, Case, Scenario) {
    let text = std::fs::read_to_string(path).expect("a readable case");
    let name = path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let case: Case = ron::from_str(&text).unwrap_or_else(|e| panic!("{name}: not a case: {e}"));
    let scenario =
        integration_advisor::io::load::parse_str(scenario_text(&text), bundled::pattern_ids())
            .unwrap_or_else(|e| panic!("{name}: the scenario does not load: {e:?}"));
    (name, case, scenario)
}

/// Every case's name and scenario.
fn cases() -> Vec<(String, Scenario)> {
    case_paths()
        .iter()
        .map(|path| {
            let (name, _, scenario) = read_case(path);
            (name, scenario)
        })
        .collect()
}

#[test]
fn the_casebook_scores_at_least_the_floor() {
    let catalogue = bundled::catalogue();
    let paths = case_paths();
    let mut misses = Vec::new();
    for path in &paths {
        let (name, case, scenario) = read_case(path);
        let advice = advise(&scenario, catalogue);
        if let Some(why) = miss(&case, &advice) {
            misses.push(format!(
                "{name}: {why}\n    headline: {}\n    expert: {}",
                explain::headline(&advice.evaluation, catalogue),
                case.rationale
            ));
        }
    }
    let passed = paths.len() - misses.len();
    println!("casebook: {passed} of {} cases pass", paths.len());
    for line in &misses {
        println!("{line}");
    }
    assert!(
        passed >= FLOOR,
        "casebook: {passed} of {} cases pass, below the floor of {FLOOR}:\n{}",
        paths.len(),
        misses.join("\n")
    );
}

/// How many questions a simulated first meeting asks on average before its result is
/// settled, at most. The goal is 4 (issue 20); the engine needs 5.75 today, and no order of
/// asking can go below 5.28 on this casebook (`examples/meeting_bound.rs`; see
/// `BENCHMARKS.md`). Lower this as the questions improve; never raise it to pass.
const MEETING_QUESTIONS_CEILING: f64 = 5.75;

/// The questions a first meeting starts with open: the interview's, but for the copy
/// question, which a case leaves unasked unless it matters.
fn meeting_questions() -> impl Iterator<Item = Field> {
    integration_advisor::core::interview::QUESTIONS
        .into_iter()
        .filter(|field| *field != Field::CopyWanted)
}

/// Gives the case's own answer to `field` in `trial`, which then is no longer open.
fn answer(trial: &mut Requirements, case: &Requirements, field: Field) {
    match field {
        Field::Counterpart => trial.counterpart = case.counterpart,
        Field::Direction => trial.direction = case.direction,
        Field::Initiator => trial.initiator = case.initiator,
        Field::Exchange => trial.exchange = case.exchange,
        Field::RealTime => trial.real_time = case.real_time,
        Field::PeakRecordsPerHour => trial.peak_records_per_hour = case.peak_records_per_hour,
        Field::Frequency => trial.frequency = case.frequency,
        Field::Deployment => trial.deployment = case.deployment,
        Field::ErrorFeedback => trial.error_feedback = case.error_feedback,
        other => panic!("{other} is not a meeting question"),
    }
    if let Some(question) = OpenQuestion::of_field(field) {
        trial.set_open(question, false);
    }
}

/// A first meeting about `case`: every meeting question the case answers starts open, with
/// a new scenario's answers standing in; the question the advice asks next is answered as
/// the case does, until no question the case can answer is pending. Returns how many were
/// asked, and the result then beside the result of the case's full answers.
fn first_meeting(case: &Scenario) -> (usize, ResultKey, ResultKey) {
    let catalogue = bundled::catalogue();
    let full = evaluate(case, catalogue);
    let known = |field: &Field| match OpenQuestion::of_field(*field) {
        Some(question) => !case.requirements.is_open(question),
        None => case.requirements.peak_records_per_hour.is_some(),
    };
    let askable: Vec<Field> = meeting_questions().filter(known).collect();
    let stand_ins = Requirements::new_scenario();
    let mut trial = case.clone();
    for &field in &askable {
        answer(&mut trial.requirements, &stand_ins, field);
        match OpenQuestion::of_field(field) {
            Some(question) => trial.requirements.set_open(question, true),
            None => trial.requirements.peak_records_per_hour = None,
        }
    }
    let mut asked = 0;
    loop {
        let evaluation = evaluate(&trial, catalogue);
        let pending = &evaluation.pending;
        let next = evaluation.open.as_ref().and_then(|open| {
            open.ask_next
                .iter()
                .map(|ask| ask.field)
                .find(|field| askable.contains(field) && pending.contains(field))
        });
        let Some(field) = next else {
            return (asked, ResultKey::of(&evaluation), ResultKey::of(&full));
        };
        answer(&mut trial.requirements, &case.requirements, field);
        asked += 1;
    }
}

#[test]
fn a_first_meeting_settles_in_few_questions_and_on_the_full_answers_result() {
    let mut asked = Vec::new();
    let mut wrong = Vec::new();
    for (name, scenario) in cases() {
        let (questions, settled, full) = first_meeting(&scenario);
        asked.push(questions);
        if settled != full {
            wrong.push(format!(
                "{name}: settled on {settled:?}, full answers give {full:?}"
            ));
        }
    }
    let total: usize = asked.iter().sum();
    #[expect(clippy::cast_precision_loss)]
    let average = total as f64 / asked.len() as f64;
    let most = asked.iter().max().copied().unwrap_or_default();
    println!(
        "first meeting: {} cases, {average:.2} questions on average, {most} at most, {} settled on another result",
        asked.len(),
        wrong.len()
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(
        average <= MEETING_QUESTIONS_CEILING,
        "{average:.2} questions on average, above the ceiling of {MEETING_QUESTIONS_CEILING}"
    );
}
