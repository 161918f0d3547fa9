//! The open-answer analysis tries one representative answer for each class of answers the
//! rules tell apart. These tests check, on a finer grid of real answers, that no result is
//! missed: every result a finer answer leads to is among the analysis's results.

use integration_advisor::bundled;
use integration_advisor::core::engine::evaluate_ranking;
use integration_advisor::core::field::Field;
use integration_advisor::core::model::{
    Counterpart, Direction, Frequency, ModelDrivenApp, OpenQuestion, Scenario,
};
use integration_advisor::core::unknowns::{Possibilities, ResultKey, analyse_on};
use integration_advisor::core::workers::{Job, Subtree, Workers};
use integration_advisor::io::parallel::Threads;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Schedules around the hour the rules tell apart, and far from it.
fn frequencies() -> Vec<Frequency> {
    let mut frequencies = vec![Frequency::AdHoc, Frequency::Once];
    for minutes in [1, 5, 15, 30, 59, 60, 61, 120, 1440, 10_080, 525_600] {
        frequencies.push(Frequency::Every { minutes });
    }
    frequencies
}

/// Every counterpart, each app on its own.
fn counterparts() -> Vec<Counterpart> {
    let mut counterparts = vec![
        Counterpart::OtherSystem,
        Counterpart::ExcelUsers,
        Counterpart::Reporting,
    ];
    counterparts.extend(ModelDrivenApp::ALL.map(Counterpart::Dynamics365App));
    counterparts
}

/// Volumes on both sides of every threshold of the catalogue, and powers of ten.
fn volumes() -> Vec<u64> {
    let p = &bundled::catalogue().parameters;
    let mut volumes: Vec<u64> = (0..=8).map(|power| 10_u64.pow(power)).collect();
    for threshold in [
        p.bulk_threshold_records_per_hour.value,
        p.data_events_records_per_hour.value,
        p.dual_write_single_threaded_initial_sync_rows.value,
        p.connector_calls_per_minute.value * 60,
        p.data_integrator_rows_per_execution.value,
        p.dual_write_records_per_transaction.value,
    ] {
        volumes.extend([threshold.saturating_sub(1), threshold, threshold + 1]);
    }
    volumes.sort_unstable();
    volumes.dedup();
    volumes
}

/// The result of `scenario` with every answer known.
fn known(mut scenario: Scenario) -> ResultKey {
    scenario.requirements.not_known.clear();
    ResultKey::of(&evaluate_ranking(&scenario, bundled::catalogue()))
}

/// Checks that every answer `vary` gives leads to a result the analysis of `open` found.
fn covers(open: &Scenario, name: &str, vary: impl Fn(&mut Vec<Scenario>)) -> usize {
    let possibilities = Possibilities::of(open, bundled::catalogue()).expect("answers are open");
    let mut trials = vec![open.clone()];
    vary(&mut trials);
    for trial in &trials {
        let result = known(trial.clone());
        assert!(
            possibilities.results().contains(&result),
            "{name}: {:?} leads to {result:?}, which the analysis misses",
            trial.requirements
        );
    }
    trials.len()
}

/// Each trial once with the copy question unanswered, and where it applies with each answer.
fn with_copy_answers(trials: &mut Vec<Scenario>) {
    let applies = |s: &Scenario| {
        s.requirements.direction != Direction::Inbound
            && matches!(s.requirements.counterpart, Counterpart::Dynamics365App(app) if app != ModelDrivenApp::Talent)
    };
    let mut all = Vec::new();
    for trial in trials.drain(..) {
        if applies(&trial) && trial.requirements.copy_wanted.is_none() {
            for copy in [true, false] {
                let mut t = trial.clone();
                t.requirements.copy_wanted = Some(copy);
                all.push(t);
            }
        } else {
            all.push(trial);
        }
    }
    *trials = all;
}

#[test]
fn the_representative_counterparts_and_schedules_miss_no_result() {
    let mut checked = 0;
    for bundled in bundled::scenarios() {
        let mut open = bundled.scenario.clone();
        open.requirements.not_known = vec![OpenQuestion::Counterpart, OpenQuestion::Frequency];
        open.requirements.peak_records_per_hour.get_or_insert(5000);
        checked += covers(&open, bundled.file_name, |trials| {
            let base = trials.remove(0);
            for counterpart in counterparts() {
                for frequency in frequencies() {
                    let mut trial = base.clone();
                    trial.requirements.counterpart = counterpart;
                    trial.requirements.frequency = frequency;
                    trials.push(trial);
                }
            }
            with_copy_answers(trials);
        });
    }
    assert!(checked > 2000, "{checked} answers checked");
}

#[test]
fn the_representative_volumes_and_schedules_miss_no_result() {
    let mut checked = 0;
    for bundled in bundled::scenarios() {
        let mut open = bundled.scenario.clone();
        open.requirements.not_known = vec![OpenQuestion::Frequency];
        open.requirements.peak_records_per_hour = None;
        checked += covers(&open, bundled.file_name, |trials| {
            let base = trials.remove(0);
            for frequency in frequencies() {
                for volume in volumes() {
                    let mut trial = base.clone();
                    trial.requirements.frequency = frequency;
                    trial.requirements.peak_records_per_hour = Some(volume);
                    trials.push(trial);
                }
            }
            with_copy_answers(trials);
        });
    }
    assert!(checked > 5000, "{checked} answers checked");
}

#[test]
fn with_every_answer_open_each_question_is_ranked_by_how_much_it_narrows() {
    let mut scenario = bundled::scenarios()[0].scenario.clone();
    scenario.requirements.not_known = OpenQuestion::ALL.to_vec();
    scenario.requirements.peak_records_per_hour = None;
    scenario.requirements.copy_wanted = None;
    let possibilities = Possibilities::of(&scenario, bundled::catalogue()).expect("open");
    let analysis = possibilities.analysis();
    // Every open question is listed once: the eight, the volume, and the copy question when
    // the counterpart may be an app.
    let mut fields: Vec<Field> = analysis.ask_next.iter().map(|a| a.field).collect();
    fields.sort_unstable();
    let mut expected: Vec<Field> = OpenQuestion::ALL.iter().map(|q| q.field()).collect();
    expected.extend([Field::PeakRecordsPerHour, Field::CopyWanted]);
    expected.sort_unstable();
    assert_eq!(fields, expected);
    let left: Vec<f64> = analysis.ask_next.iter().map(|a| a.expected_left).collect();
    assert!(left.windows(2).all(|w| w[0] <= w[1]), "{left:?}");
    // Answering the first question leaves fewer results on average than there are now.
    let first = &analysis.ask_next[0];
    assert!(first.narrows(), "{first:?}");
    assert!(first.expected_left < possibilities.results().len() as f64);
    // The headline counts what it waits for rather than listing ten questions, and names
    // the one to ask first.
    let advice = integration_advisor::core::advice::advise(&scenario, bundled::catalogue());
    let pending = &advice.evaluation.pending;
    assert!(pending.len() > 3, "{pending:?}");
    let headline = advice.phrases(bundled::catalogue()).headline;
    let first = OpenQuestion::of_field(pending[0]).map_or("the peak volume", |q| q.words());
    assert!(
        headline.ends_with(&format!(
            "pending {} open answers ({first} first)",
            pending.len()
        )),
        "{headline}"
    );
    assert_eq!(
        pending[0], analysis.ask_next[0].field,
        "asked in ask_next's order"
    );
    // Split over threads, the analysis is the same: the subtrees' leaves are joined in the
    // order of the first question's answers.
    let counting = Counting(AtomicUsize::new(0));
    let split = analyse_on(&scenario, bundled::catalogue(), &counting);
    assert!(counting.0.load(Ordering::Relaxed) > 1, "split into jobs");
    assert_eq!(split.as_ref(), Some(&analysis));
    // Its own answers as they stand are one of the possibilities.
    assert!(possibilities.results().contains(&known(scenario)));
}

/// Threads that count the jobs they are given.
struct Counting(AtomicUsize);

impl Workers for Counting {
    fn at_once(&self) -> usize {
        4
    }

    fn run<'a>(&self, jobs: Vec<Job<'a>>) -> Vec<Subtree> {
        self.0.fetch_add(jobs.len(), Ordering::Relaxed);
        Threads.run(jobs)
    }
}
