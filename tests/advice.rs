//! The advice end to end: what `advise` says for the repository's scenarios is what `decide
//! --format json` and the decision record say.

use std::path::{Path, PathBuf};

use integration_advisor::bundled;
use integration_advisor::core::advice::{Advice, advise};
use integration_advisor::core::evaluation::Outcome;
use integration_advisor::core::flips::answer_words;
use integration_advisor::core::model::Scenario;
use integration_advisor::io::answer_text;

/// A scenario file of the repository, by its path from the root.
fn file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn load(path: &Path) -> Scenario {
    integration_advisor::io::load_path(path, bundled::pattern_ids())
        .expect("the repository's file loads")
}

/// Scenario 07: two patterns tie.
const TIE: &str = "scenarios/07-import-large-volumes-of-sales-orders.ron";
/// A first meeting: real time and the peak volume not known yet.
const OPEN: &str = "docs/examples/portal-first-meeting.ron";

fn advice_for(path: &str) -> Advice {
    advise(&load(&file(path)), bundled::catalogue())
}

#[test]
fn an_open_scenario_carries_its_pending_questions_and_what_they_leave_possible() {
    let advice = advice_for(OPEN);
    let evaluation = &advice.evaluation;
    assert_eq!(evaluation.outcome, Outcome::Open, "{evaluation:?}");
    assert!(!evaluation.pending.is_empty(), "it waits for answers");
    let open = advice.open.as_ref().expect("the open answers are analysed");
    assert!(
        open.possible.len() > 1,
        "the open answers leave more than one pattern possible: {:?}",
        open.possible
    );
    for field in &evaluation.pending {
        assert!(
            open.ask_next.iter().any(|ask| ask.field == *field),
            "{field} is pending, so it is a question to ask: {:?}",
            open.ask_next
        );
    }
    assert!(
        advice
            .phrases(bundled::catalogue())
            .headline
            .contains("pending"),
        "the headline says the result waits"
    );
}

#[test]
fn a_scenario_with_every_answer_known_has_no_open_analysis() {
    let advice = advice_for(TIE);
    assert!(advice.evaluation.pending.is_empty(), "nothing pending");
    assert_eq!(advice.open, None, "nothing open");
}

#[test]
fn a_tie_is_settled_by_answers_among_its_flips() {
    let advice = advice_for(TIE);
    assert_eq!(advice.evaluation.outcome, Outcome::Tie, "scenario 07 ties");
    assert!(
        !advice.settlers.is_empty(),
        "a separating question settles it"
    );
    for settler in &advice.settlers {
        assert!(
            advice.evaluation.tied.contains(&settler.leads),
            "{settler:?} leads to one of the tied patterns"
        );
        assert!(
            advice.flips.iter().any(|flip| flip.field == settler.field
                && flip.to == settler.value
                && flip.outcome == Outcome::Clear),
            "{settler:?} is one of the answers that would change the result"
        );
    }
}

#[test]
fn only_a_tie_has_settlers() {
    for bundled in bundled::scenarios() {
        let advice = advise(&bundled.scenario, bundled::catalogue());
        if advice.evaluation.outcome != Outcome::Tie {
            assert!(
                advice.settlers.is_empty(),
                "{}: settlers without a tie",
                bundled.file_name
            );
        }
    }
}

/// `decide --format json` for `paths`, parsed.
fn decide_json(paths: &[PathBuf]) -> serde_json::Value {
    let command = integration_advisor::cli::Command::Decide {
        files: paths.to_vec(),
        format: integration_advisor::cli::OutputFormat::Json,
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let outcome = integration_advisor::cli::run(&command, &mut out, &mut err);
    assert_eq!(
        outcome,
        integration_advisor::cli::Outcome::Success,
        "{}",
        String::from_utf8_lossy(&err)
    );
    serde_json::from_slice(&out).expect("decide writes JSON")
}

#[test]
fn decide_json_says_what_advise_says() {
    let paths = [file(TIE), file(OPEN)];
    let reports = decide_json(&paths);
    let reports = reports.as_array().expect("one report a file");
    assert_eq!(reports.len(), paths.len(), "one report a file");
    for (path, report) in paths.iter().zip(reports) {
        let advice = advise(&load(path), bundled::catalogue());
        let evaluation = &advice.evaluation;
        assert_eq!(report["outcome"], evaluation.outcome.label(), "outcome");
        let flips: Vec<serde_json::Value> = advice
            .flips
            .iter()
            .map(|flip| {
                serde_json::json!({
                    "field": flip.field.name(),
                    "from": answer_text(&flip.from),
                    "to": answer_text(&flip.to),
                    "recommended": flip.recommended,
                    "outcome": flip.outcome.label(),
                    "conflicting": flip.conflicting,
                })
            })
            .collect();
        assert_eq!(report["flips"], serde_json::Value::from(flips), "flips");
        let settlers: Vec<serde_json::Value> = advice
            .settlers
            .iter()
            .map(|settler| {
                serde_json::json!({
                    "field": settler.field.name(),
                    "value": answer_text(&settler.value),
                    "answer": settler.answer,
                    "leads": settler.leads,
                })
            })
            .collect();
        assert_eq!(
            report["settled_by"],
            serde_json::Value::from(settlers),
            "settlers"
        );
        assert_eq!(report["tied"], json(&evaluation.tied), "tied");
        // Absent from the JSON where the advice has nothing open.
        let open = advice.open.as_ref();
        let or_absent = |value: Option<serde_json::Value>| value.unwrap_or_default();
        assert_eq!(
            report["possible"],
            or_absent(open.map(|o| json(&o.possible))),
            "possible"
        );
        assert_eq!(
            report["ask_next"],
            or_absent(open.map(|o| json(&o.ask_next))),
            "ask next"
        );
        if open.is_some() {
            assert_eq!(report["pending"], json(&evaluation.pending), "pending");
        }
    }
}

fn json(value: &impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(value).expect("serialisable")
}

#[test]
fn the_record_says_what_advise_says() {
    for path in [TIE, OPEN] {
        let scenario = load(&file(path));
        let catalogue = bundled::catalogue();
        let advice = advise(&scenario, catalogue);
        let record = integration_advisor::io::record::markdown(&scenario, catalogue, path);
        let headline = advice.phrases(catalogue).headline;
        assert!(
            record.contains(&format!(
                "Proposed by the engine: {headline} (outcome: {}).",
                advice.evaluation.outcome.label()
            )),
            "{path}: the record proposes the advice's headline"
        );
        let changes: Vec<&str> = record
            .split("What would change the decision:\n\n")
            .nth(1)
            .expect("the record says what would change it")
            .lines()
            .take_while(|line| line.starts_with("* "))
            .collect();
        assert_eq!(
            changes.len(),
            advice.flips.len(),
            "{path}: one line per flip"
        );
        for (line, flip) in changes.iter().zip(&advice.flips) {
            assert!(
                line.starts_with(&format!("* {} → ", answer_words(flip))),
                "{path}: {line} is {flip:?}"
            );
        }
    }
}
