//! Scenario file format 1: fixtures kept forever, the canonical layout, and text in any
//! language.

use std::path::Path;

use integration_advisor::bundled;
use integration_advisor::core::model::{
    Counterpart, DecisionStatus, Deployment, Direction, ErrorFeedback, Exchange, Frequency,
    Initiator, ModelDrivenApp,
};
use integration_advisor::io::{load_path, parse_str, save_path, to_canonical_string};

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/format-1")
        .join(name)
}

#[test]
fn the_full_format_1_fixture_loads_every_field() {
    let scenario = load_path(&fixture("full.ron"), bundled::pattern_ids()).expect("loads");
    assert_eq!(
        scenario.title,
        "Export purchase orders to the Düsseldorf warehouse 倉庫 🚚"
    );
    assert!(
        scenario
            .context
            .contains("\nSecond line with a \"quote\" and a backslash \\.")
    );
    let r = &scenario.requirements;
    assert_eq!(
        r.counterpart,
        Counterpart::Dynamics365App(ModelDrivenApp::FieldService)
    );
    assert_eq!(r.direction, Direction::Outbound);
    assert_eq!(r.initiator, Initiator::FinOps);
    assert_eq!(r.exchange, Exchange::Calculation);
    assert!(!r.real_time);
    assert_eq!(r.peak_records_per_hour, Some(300_000));
    assert_eq!(r.frequency, Frequency::Every { minutes: 60 });
    assert_eq!(r.deployment, Deployment::OnPremises);
    assert_eq!(r.error_feedback, ErrorFeedback::Deferred);
    assert!(r.incremental);
    assert_eq!(r.endpoint_tls12, Some(false));
    let decision = scenario.decision.expect("a decision");
    assert_eq!(decision.status, DecisionStatus::Accepted);
    assert_eq!(decision.pattern, "package-rest-api");
    assert_eq!(decision.decided_by, ["Ana Architect", "שרה"]);
    assert_eq!(decision.date, "2026-11-22");
}

#[test]
fn the_full_fixture_is_its_own_canonical_form() {
    let text = std::fs::read_to_string(fixture("full.ron")).expect("readable");
    let scenario = parse_str(&text, bundled::pattern_ids()).expect("parses");
    assert_eq!(to_canonical_string(&scenario), text);
}

#[test]
fn optional_fields_default_and_comments_are_accepted() {
    let scenario = load_path(&fixture("minimal.ron"), bundled::pattern_ids()).expect("loads");
    assert_eq!(scenario.context, "");
    assert!(!scenario.requirements.incremental);
    assert_eq!(scenario.requirements.endpoint_tls12, None);
    assert_eq!(scenario.decision, None);
    assert_eq!(scenario.requirements.frequency, Frequency::Once);
}

#[test]
fn saving_writes_the_canonical_text_and_loading_it_gives_back_the_scenario() {
    let scenario = load_path(&fixture("full.ron"), bundled::pattern_ids()).expect("loads");
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("saved.ron");
    save_path(&path, &scenario).expect("saves");
    let text = std::fs::read_to_string(&path).expect("readable");
    assert_eq!(text, to_canonical_string(&scenario));
    assert!(
        text.contains("Düsseldorf warehouse 倉庫 🚚"),
        "non-ASCII text is written as itself"
    );
    assert!(
        text.contains("Every(minutes: 60)"),
        "frequency stays on one line"
    );
    assert!(!text.contains('\r'));
    assert_eq!(
        load_path(&path, bundled::pattern_ids()).expect("reloads"),
        scenario
    );
    let leftovers = std::fs::read_dir(folder.path()).expect("listable").count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

#[test]
fn one_changed_answer_is_one_changed_line() {
    let mut scenario = load_path(&fixture("full.ron"), bundled::pattern_ids()).expect("loads");
    let before = to_canonical_string(&scenario);
    scenario.requirements.real_time = true;
    let after = to_canonical_string(&scenario);
    let changed = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(changed, 1);
    assert_eq!(before.lines().count(), after.lines().count());
}

#[test]
fn text_in_any_language_and_emoji_survives_save_and_load_unchanged() {
    let path = fixture("any-language.ron");
    let text = std::fs::read_to_string(&path).expect("readable");
    let scenario = load_path(&path, bundled::pattern_ids()).expect("loads");
    assert!(
        scenario.title.contains("受注の取り込み")
            && scenario.title.contains("استيراد")
            && scenario.title.contains("ייבוא")
    );
    assert!(
        scenario.context.contains("👩🏽‍💻"),
        "emoji with modifiers and joiners survive"
    );
    assert_eq!(
        to_canonical_string(&scenario),
        text,
        "written back byte for byte, not escaped"
    );
    let folder = tempfile::tempdir().expect("folder");
    let saved = folder.path().join("saved.ron");
    save_path(&saved, &scenario).expect("saves");
    assert_eq!(std::fs::read_to_string(&saved).expect("readable"), text);
}

#[test]
fn the_separating_questions_load_and_stay_canonical() {
    let path = fixture("separating-questions.ron");
    let text = std::fs::read_to_string(&path).expect("readable");
    let scenario = load_path(&path, bundled::pattern_ids()).expect("loads");
    let r = &scenario.requirements;
    assert_eq!(
        r.counterpart,
        Counterpart::Dynamics365App(ModelDrivenApp::ProjectOperations)
    );
    assert_eq!(r.copy_wanted, Some(false));
    assert_eq!(r.schedule_owner, Some(Initiator::FinOps));
    assert_eq!(
        r.payload,
        Some(integration_advisor::core::model::Payload::Packages)
    );
    assert_eq!(r.low_code, Some(false));
    assert_eq!(
        r.not_known,
        [
            integration_advisor::core::model::OpenQuestion::RealTime,
            integration_advisor::core::model::OpenQuestion::ErrorFeedback
        ]
    );
    assert_eq!(to_canonical_string(&scenario), text);
}

#[test]
fn files_written_before_the_separating_questions_load_and_stay_canonical_unchanged() {
    for name in ["full.ron", "any-language.ron"] {
        let text = std::fs::read_to_string(fixture(name)).expect("readable");
        let scenario = parse_str(&text, bundled::pattern_ids()).expect("parses");
        let r = &scenario.requirements;
        assert_eq!(
            (
                r.copy_wanted,
                r.schedule_owner,
                r.payload,
                r.low_code,
                r.not_known.len()
            ),
            (None, None, None, None, 0),
            "{name}"
        );
        assert_eq!(to_canonical_string(&scenario), text, "{name}");
    }
}

#[test]
fn a_recovery_file_written_before_the_separating_questions_still_restores() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/recovery-before-separating-questions.ron");
    let file = integration_advisor::io::recovery::read(&path).expect("reads");
    let scenario = &file.documents[0].scenario;
    assert_eq!(
        scenario.title,
        "Recovered before the separating questions existed"
    );
    assert_eq!(scenario.requirements.peak_records_per_hour, Some(250_000));
    assert_eq!(scenario.requirements.copy_wanted, None);
    assert_eq!(scenario.requirements.low_code, None);
}

#[test]
fn every_required_question_may_be_open_and_stays_canonical() {
    use integration_advisor::core::model::OpenQuestion;
    let path = fixture("every-answer-open.ron");
    let text = std::fs::read_to_string(&path).expect("readable");
    let scenario = load_path(&path, bundled::pattern_ids()).expect("loads");
    assert_eq!(scenario.requirements.not_known, OpenQuestion::ALL);
    assert_eq!(scenario.requirements.peak_records_per_hour, None);
    assert_eq!(to_canonical_string(&scenario), text);
    // Written in any order and twice, the open questions read sorted, once each.
    let shuffled = text.replace(
        "[Counterpart, Direction, Initiator, Exchange, RealTime, Frequency, Deployment, ErrorFeedback]",
        "[ErrorFeedback, Counterpart, Deployment, Exchange, Initiator, Direction, Frequency, RealTime, Counterpart]",
    );
    assert_ne!(shuffled, text);
    let reread = parse_str(&shuffled, bundled::pattern_ids()).expect("parses");
    assert_eq!(reread.requirements.not_known, OpenQuestion::ALL);
}
