//! The window, driven like a user through the accessibility tree: find widgets by role and
//! label, click and type, and check what the app shows and holds. No real file dialog is ever
//! opened: the app runs with the path field that stands in for one.

mod common;
use common::harness;

use std::path::Path;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use integration_advisor::core::model::{Deployment, Direction};
use integration_advisor::gui::command::Command;
use integration_advisor::gui::views::dialogs::Dialog;
use integration_advisor::gui::{AdvisorApp, View};

fn select_scenario(harness: &mut Harness<'_, AdvisorApp>, title: &str) {
    harness.get_by_label(title).click();
    harness.run();
    assert_eq!(
        harness.state().active_document().scenario.title,
        title,
        "the scenario chosen is shown"
    );
}

/// Shows the bulk import scenario and makes one edit to it, as a user would: turns on real
/// time. Returns the edited scenario.
fn edit_the_import_scenario(
    harness: &mut Harness<'_, AdvisorApp>,
) -> integration_advisor::core::model::Scenario {
    select_scenario(harness, "Import large volumes of sales orders");
    harness.get_by_label("Real time").click();
    harness.run();
    harness.state().active_document().scenario.clone()
}

/// The requirements of the shown scenario.
fn requirements(
    harness: &Harness<'_, AdvisorApp>,
) -> integration_advisor::core::model::Requirements {
    harness
        .state()
        .active_document()
        .scenario
        .requirements
        .clone()
}

/// The result's headline, whatever the outcome: a recommendation, a tie, or no fit.
fn recommended_headline(harness: &Harness<'_, AdvisorApp>) -> String {
    [
        "Recommended: ",
        "A tie: ",
        "No pattern fits",
        "Every pattern is ruled out",
        "Answer the questions",
    ]
    .iter()
    .find_map(|prefix| harness.query_by_label_contains(prefix))
    .map(|node| node.accesskit_node().value().unwrap_or_default())
    .unwrap_or_default()
}

fn replace_text(harness: &mut Harness<'_, AdvisorApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

#[test]
fn opening_a_bundled_scenario_shows_its_recommendation() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    assert_eq!(
        recommended_headline(&harness),
        "A tie: Recurring integrations or Data management package REST API"
    );
    assert!(
        harness
            .query_by_label_contains("• F&O keeps the schedule → Recurring integrations")
            .is_some(),
        "a tie says what would settle it"
    );
    select_scenario(&mut harness, "Field workers look up on-hand inventory");
    assert_eq!(
        recommended_headline(&harness),
        "Recommended: Custom service (SOAP / JSON)"
    );
    assert!(
        harness
            .query_all_by_label_contains("A result computed on request")
            .count()
            >= 1,
        "the reasons are shown"
    );
}

#[test]
fn changing_volume_real_time_and_deployment_changes_the_recommendation_and_reasons() {
    let mut harness = harness();
    select_scenario(&mut harness, "Create and update product information");
    assert_eq!(
        recommended_headline(&harness),
        "Recommended: OData (including OData actions)"
    );

    replace_text(&mut harness, "Peak records per hour", "300,000");
    assert_eq!(requirements(&harness).peak_records_per_hour, Some(300_000));
    // Real time, an answer at once and bulk volume: nothing fits, and the result says so.
    assert_eq!(
        recommended_headline(&harness),
        "No pattern fits these answers well"
    );
    assert!(
        harness
            .query_all_by_label_contains("A peak of 300,000 records an hour counts as bulk")
            .count()
            >= 1,
        "the bulk reason is shown"
    );
    assert!(
        harness
            .query_all_by_label_contains(
                "Real time is required at a peak of 300,000 records an hour"
            )
            .count()
            >= 1,
        "the conflict is shown"
    );

    harness.get_by_label("Real time").click();
    harness.run();
    assert!(!requirements(&harness).real_time);
    assert!(
        harness
            .query_by_label_contains("Real time is required at")
            .is_none(),
        "the conflict is gone"
    );
    assert_eq!(
        recommended_headline(&harness),
        "A tie: Recurring integrations or Data management package REST API"
    );

    harness.get_by_label("On premises").click_accesskit();
    harness.run();
    assert_eq!(requirements(&harness).deployment, Deployment::OnPremises);
    assert_eq!(
        recommended_headline(&harness),
        "Recommended: Data management package REST API"
    );
    assert!(
        harness
            .query_all_by_label_contains(
                "the only F&O integration API Microsoft supports on premises"
            )
            .count()
            >= 1
    );
}

#[test]
fn a_volume_that_does_not_parse_is_shown_next_to_the_field_and_changes_nothing() {
    let mut harness = harness();
    select_scenario(&mut harness, "Create and update product information");
    replace_text(&mut harness, "Peak records per hour", "lots");
    assert!(
        harness
            .query_by_label_contains("expected a number of records per hour")
            .is_some()
    );
    assert_eq!(requirements(&harness).peak_records_per_hour, Some(1_000));
    // Beside the result too: what it still uses, so nobody reads it as the typed value.
    assert!(
        harness
            .query_by_label(
                "Warning: Peak records per hour “lots” is not a number yet; \
                 the result still uses 1,000 records an hour."
            )
            .is_some(),
        "the result says it uses the last valid volume"
    );
    replace_text(&mut harness, "Peak records per hour", "20k");
    assert_eq!(requirements(&harness).peak_records_per_hour, Some(20_000));
    assert!(
        harness
            .query_by_label_contains("is not a number yet")
            .is_none(),
        "a spelling people use is accepted and the warning goes"
    );
}

#[test]
fn the_patterns_table_has_a_row_per_pattern_and_sorts_by_name() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "Patterns")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), View::Patterns);
    let catalogue = integration_advisor::bundled::catalogue();
    let row_top =
        |harness: &Harness<'_, AdvisorApp>, name: &str| harness.get_by_label(name).rect().top();
    for pattern in &catalogue.patterns {
        row_top(&harness, &pattern.name);
    }
    assert_eq!(catalogue.patterns.len(), 15);

    harness.get_by_label("Pattern").click();
    harness.run();
    let mut names: Vec<&str> = catalogue.patterns.iter().map(|p| p.name.as_str()).collect();
    names.sort_by_key(|name| name.to_lowercase());
    let tops: Vec<f32> = names.iter().map(|name| row_top(&harness, name)).collect();
    assert!(
        tops.windows(2).all(|pair| pair[0] < pair[1]),
        "ascending by name: {names:?} {tops:?}"
    );

    harness.get_by_label("Pattern ↑").click();
    harness.run();
    let tops: Vec<f32> = names.iter().map(|name| row_top(&harness, name)).collect();
    assert!(
        tops.windows(2).all(|pair| pair[0] > pair[1]),
        "descending by name"
    );

    // Back to ascending, so that Dual-write's row is on screen for the pointer.
    harness.get_by_label("Pattern ↓").click();
    harness.run();
    harness.get_by_label("Dual-write").click();
    harness.run();
    assert!(
        harness.query_by_label("Fact sheet: Dual-write").is_some(),
        "a row opens its fact sheet"
    );
}

#[test]
fn compare_shows_two_scenarios_with_their_differences_marked() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    harness
        .get_by_role_and_label(Role::Button, "Compare")
        .click();
    harness.run();
    // The shown scenario and the next one in the library, each in the library and as a column.
    assert_eq!(
        harness
            .query_all_by_label("Import large volumes of sales orders")
            .count(),
        2
    );
    assert_eq!(
        harness
            .query_all_by_label("Export large volumes of purchase orders, incremental")
            .count(),
        2
    );
    assert!(harness.query_by_label("Direction (differs)").is_some());
    assert!(harness.query_by_label("Incremental (differs)").is_some());
    assert!(
        harness
            .query_by_label("Peak records per hour (differs)")
            .is_some()
    );
    assert!(
        harness.query_by_label("Counterpart").is_some(),
        "equal rows are not marked"
    );
    assert!(
        harness.query_by_label("Outcome").is_some(),
        "both tie between the two batch APIs"
    );

    harness.get_by_label("Compare candidate patterns").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Leading patterns for")
            .is_some()
    );
    assert_eq!(
        harness.query_all_by_label("Needs").count(),
        3,
        "three candidates side by side"
    );
}

#[test]
fn undo_and_redo_step_through_edits() {
    let mut harness = harness();
    edit_the_import_scenario(&mut harness);
    assert!(requirements(&harness).real_time);
    assert!(harness.state().active_document().is_unsaved());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!requirements(&harness).real_time, "undone");
    assert!(!harness.state().active_document().is_unsaved());

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert!(requirements(&harness).real_time, "redone");
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    let documents = harness.state().documents().len();
    harness.get_by_label("Real time").click();
    harness.run();
    assert!(
        harness.state().title().starts_with("• "),
        "the title marks unsaved changes"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    harness.run();
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::UnsavedDocument { .. })
    ));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        harness.state().documents().len(),
        documents,
        "nothing was closed"
    );
    assert!(requirements(&harness).real_time, "the edit is kept");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::UnsavedOnQuit { .. })
    ));
    assert!(!harness.state().allowed_to_close());
    harness.get_by_label("Quit without saving").click();
    harness.run();
    assert!(harness.state().allowed_to_close());
}

#[test]
fn a_broken_file_shows_its_error_and_the_document_stays() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    let folder = tempfile::tempdir().expect("folder");
    let broken = folder.path().join("broken.ron");
    std::fs::write(&broken, "Scenario(\n    format: 1,\n    title: 5,\n)").expect("written");
    let documents = harness.state().documents().len();
    harness.state_mut().queue(Command::OpenPath(broken.clone()));
    harness.run();
    let expected = format!("{}:3:12: expected text in double quotes", broken.display());
    let shown: Vec<String> = harness
        .query_all_by_label_contains("broken.ron")
        .filter_map(|n| n.accesskit_node().value())
        .collect();
    assert!(
        shown.iter().any(|text| text == &expected),
        "the error names path:line:column: {shown:?}"
    );
    assert_eq!(harness.state().documents().len(), documents);
    assert_eq!(
        harness.state().active_document().scenario.title,
        "Import large volumes of sales orders"
    );
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.state().dialog().is_none());
}

#[test]
fn saving_through_the_path_field_and_reopening_keeps_every_edit() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    replace_text(&mut harness, "Title", "Orders from the Lyon front end");
    harness.get_by_label("Real time").click();
    harness.run();
    let edited = harness.state().active_document().scenario.clone();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(
        matches!(harness.state().dialog(), Some(Dialog::Path { .. })),
        "a bundled template asks for a new path"
    );
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("lyon.ron");
    replace_text(&mut harness, "File path", &path.display().to_string());
    harness.get_by_label("Save file").click();
    harness.run();
    assert!(!harness.state().active_document().is_unsaved());
    assert_eq!(
        harness.state().active_document().path(),
        Some(path.as_path())
    );
    assert!(harness.state().title().starts_with("lyon.ron"));
    assert!(
        harness
            .state()
            .documents()
            .iter()
            .any(|d| d.scenario.title == "Import large volumes of sales orders" && !d.is_unsaved()),
        "the template stays in the library, unchanged"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    harness.run();
    assert!(
        harness
            .state()
            .documents()
            .iter()
            .all(|d| d.path() != Some(path.as_path()))
    );
    harness.state_mut().queue(Command::OpenPath(path.clone()));
    harness.run();
    assert_eq!(harness.state().active_document().scenario, edited);
    assert_eq!(
        harness.state().active_document().path(),
        Some(Path::new(&path))
    );
}

#[test]
fn new_scenario_and_open_without_a_dialog_backend() {
    let mut harness = harness();
    let documents = harness.state().documents().len();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert_eq!(harness.state().documents().len(), documents + 1);
    assert_eq!(
        harness.state().active_document().scenario.title,
        "New scenario"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("No system file dialog is available here")
            .is_some()
    );
    assert!(harness.query_by_label("File path").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().dialog().is_none());
}

#[test]
fn theme_zoom_and_presentation_are_preferences_not_scenario_data() {
    let mut harness = harness();
    let before = harness.state().active_document().scenario.clone();
    harness.state_mut().queue(Command::ToggleTheme);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    assert!(!harness.state().preferences.dark_theme);
    assert!((harness.state().preferences.zoom - 1.1).abs() < 1e-6);
    harness.key_press(Key::F11);
    harness.run();
    assert!(
        harness.query_by_label("Library").is_none(),
        "presentation folds the panels away"
    );
    assert!(harness.query_by_label_contains("Recommended: ").is_some());
    assert_eq!(harness.state().active_document().scenario, before);
    assert!(!harness.state().active_document().is_unsaved());
}

#[test]
fn an_idle_window_does_not_ask_to_repaint() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    harness.run();
    assert!(
        !harness.ctx.has_requested_repaint(),
        "no timer or animation keeps an idle window busy"
    );
}

#[test]
fn a_dropped_ron_file_opens() {
    let mut harness = harness();
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("dropped.ron");
    let scenario = &integration_advisor::bundled::scenarios()[0].scenario;
    integration_advisor::io::save_path(&path, scenario).expect("saved");
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(path.clone())));
    harness.run();
    assert_eq!(
        harness.state().active_document().path(),
        Some(path.as_path())
    );
}

/// A file dropped onto the window, as the windowing layer reports it.
#[derive(Debug)]
struct DroppedPath(std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn every_script_the_readme_claims_renders_with_the_bundled_fonts_alone() {
    // The harness draws with the bundled fonts only and panics on any character no font can
    // draw, so drawing is the assertion. The scripts are the README's list, one word each:
    // Latin, Greek, Cyrillic, Hebrew, Arabic, Chinese, Japanese (kana and kanji), Korean
    // (Hangul syllables), and the symbols the window itself uses.
    let mut harness = harness();
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("scripts.ron");
    let mut scenario = integration_advisor::bundled::scenarios()[0]
        .scenario
        .clone();
    scenario.title = "受注の取り込み 订单 주문 — استيراد الطلبات — ייבוא הזמנות".to_owned();
    scenario.context = "Äpfel façade 中文 日本語 ひらがな カタカナ 한국어 주문 처리 입고 출고 \
        العربية עברית Ελληνικά Русский ✓ → • ▸ ▾ ⚠"
        .to_owned();
    integration_advisor::io::save_path(&path, &scenario).expect("saved");
    harness.state_mut().queue(Command::OpenPath(path));
    harness.run();
    assert_eq!(
        harness.state().active_document().scenario.title,
        scenario.title
    );
    harness
        .get_by_role_and_label(Role::Button, "Compare")
        .click();
    harness.run();
    assert!(harness.query_all_by_label(&scenario.title).count() >= 1);
}

#[test]
fn no_file_of_the_malformed_corpus_brings_the_window_down_or_replaces_the_document() {
    let mut harness = harness();
    edit_the_import_scenario(&mut harness);
    let edited = harness.state().active_document().scenario.clone();
    let documents = harness.state().documents().len();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(corpus)
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "ron"));
    files.sort();
    assert!(files.len() >= 40);
    for path in files {
        harness.state_mut().queue(Command::OpenPath(path.clone()));
        harness.run();
        assert!(
            matches!(harness.state().dialog(), Some(Dialog::Error { .. })),
            "{} shows an error",
            path.display()
        );
        harness.get_by_label("OK").click();
        harness.run();
        assert_eq!(
            harness.state().documents().len(),
            documents,
            "{}",
            path.display()
        );
        assert_eq!(
            harness.state().active_document().scenario,
            edited,
            "{} left the open edit alone",
            path.display()
        );
    }
}

#[test]
fn a_failed_save_keeps_the_document_and_its_unsaved_mark() {
    let mut harness = harness();
    edit_the_import_scenario(&mut harness);
    let edited = harness.state().active_document().scenario.clone();
    let folder = tempfile::tempdir().expect("folder");
    let nowhere = folder.path().join("missing-folder/orders.ron");
    harness
        .state_mut()
        .queue(Command::SaveAsPath(nowhere.clone()));
    harness.run();
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::Error { .. })
    ));
    assert!(harness.query_by_label_contains("could not save").is_some());
    assert_eq!(harness.state().active_document().scenario, edited);
    assert!(harness.state().active_document().is_unsaved());
    assert!(!nowhere.exists());
}

#[test]
fn saving_over_a_file_with_comments_asks_first() {
    let mut harness = harness();
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("commented.ron");
    let text = integration_advisor::io::to_canonical_string(
        &integration_advisor::bundled::scenarios()[0].scenario,
    );
    std::fs::write(&path, format!("// Reviewed by the board\n{text}")).expect("written");
    harness.state_mut().queue(Command::OpenPath(path.clone()));
    harness.run();
    harness.get_by_label("Real time").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::CommentsWouldBeLost { .. })
    ));
    assert!(
        std::fs::read_to_string(&path)
            .expect("readable")
            .starts_with("// Reviewed"),
        "nothing written yet"
    );
    harness.get_by_label("Save without the comments").click();
    harness.run();
    let saved = std::fs::read_to_string(&path).expect("readable");
    assert!(!saved.contains("// Reviewed"));
    assert!(!harness.state().active_document().is_unsaved());
}

#[test]
fn save_as_over_an_existing_file_asks_before_replacing_it() {
    let mut harness = harness();
    edit_the_import_scenario(&mut harness);
    let folder = tempfile::tempdir().expect("folder");
    let existing = folder.path().join("existing.ron");
    std::fs::write(&existing, "someone else's file").expect("written");
    harness
        .state_mut()
        .queue(Command::SaveAsPath(existing.clone()));
    harness.run();
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::ConfirmReplace { .. })
    ));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        std::fs::read_to_string(&existing).expect("readable"),
        "someone else's file"
    );
    assert!(harness.state().active_document().is_unsaved());

    harness
        .state_mut()
        .queue(Command::SaveAsPath(existing.clone()));
    harness.run();
    harness.get_by_label("Replace it").click();
    harness.run();
    assert!(
        std::fs::read_to_string(&existing)
            .expect("readable")
            .starts_with("Scenario(")
    );
    assert!(!harness.state().active_document().is_unsaved());
}

#[test]
fn a_copy_counts_as_unsaved_until_it_is_saved() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    harness.state_mut().queue(Command::NewFromCopy);
    harness.run();
    assert_eq!(
        harness.state().active_document().scenario.title,
        "Copy of Import large volumes of sales orders"
    );
    assert!(harness.state().active_document().is_unsaved());
}

#[test]
fn keys_wait_while_a_question_is_open() {
    let mut harness = harness();
    edit_the_import_scenario(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    harness.run();
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::UnsavedDocument { .. })
    ));
    let documents = harness.state().documents().len();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert_eq!(
        harness.state().documents().len(),
        documents,
        "Ctrl+N did nothing under the question"
    );
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::UnsavedDocument { .. })
    ));
    harness.get_by_label("Cancel").click();
    harness.run();
    // Cancel lapses the pending close: a later save keeps the scenario open.
    let folder = tempfile::tempdir().expect("folder");
    harness
        .state_mut()
        .queue(Command::SaveAsPath(folder.path().join("kept.ron")));
    harness.run();
    assert_eq!(
        harness.state().active_document().path(),
        Some(folder.path().join("kept.ron").as_path())
    );
}

#[test]
fn a_new_scenario_shows_no_recommendation_until_an_answer_changes() {
    let mut harness = harness();
    harness.state_mut().queue(Command::NewScenario);
    harness.run();
    assert_eq!(
        recommended_headline(&harness),
        "Answer the questions to see a recommendation"
    );
    harness.get_by_label("Real time").click();
    harness.run();
    assert_ne!(
        recommended_headline(&harness),
        "Answer the questions to see a recommendation"
    );
}

#[test]
fn contradicting_answers_are_named_beside_the_field() {
    let mut harness = harness();
    select_scenario(&mut harness, "Create and update product information");
    harness.get_by_label("Scheduled").click_accesskit();
    harness.run();
    harness.get_by_label("Hourly").click_accesskit();
    harness.run();
    // Shown once beside the frequency and once among the result's warnings.
    assert_eq!(
        harness
            .query_all_by_label_contains("Real time is required, and the exchange runs every hour")
            .count(),
        2
    );
}

#[test]
fn a_two_way_exchange_on_a_schedule_splits_into_two_one_way_scenarios() {
    let mut harness = harness();
    select_scenario(
        &mut harness,
        "Third-party warehouse: orders out, receipts back",
    );
    let documents = harness.state().documents().len();
    harness
        .get_by_role_and_label(Role::Button, "Split into two one-way scenarios")
        .click();
    harness.run();
    let state = harness.state();
    assert_eq!(state.documents().len(), documents + 2);
    let made: Vec<_> = state.documents()[documents..]
        .iter()
        .map(|d| {
            (
                d.scenario.title.clone(),
                d.scenario.requirements.direction,
                d.is_unsaved(),
            )
        })
        .collect();
    assert_eq!(
        made,
        [
            (
                "Third-party warehouse: orders out, receipts back (out of F&O)".to_owned(),
                Direction::Outbound,
                true
            ),
            (
                "Third-party warehouse: orders out, receipts back (into F&O)".to_owned(),
                Direction::Inbound,
                true
            ),
        ]
    );
}

#[test]
fn a_chip_tries_the_answer_that_changes_the_result_says_so_and_undoes() {
    let mut harness = harness();
    select_scenario(&mut harness, "Customer portal reads order status");
    assert_eq!(
        recommended_headline(&harness),
        "Recommended: OData (including OData actions)"
    );
    harness
        .get_by_role_and_label(Role::Button, "200,000 an hour → no good fit")
        .click();
    harness.run();
    assert_eq!(requirements(&harness).peak_records_per_hour, Some(200_000));
    assert_eq!(
        recommended_headline(&harness),
        "No pattern fits these answers well"
    );
    assert!(
        harness
            .query_by_label_contains("Changed from OData (including OData actions) to no good fit")
            .is_some(),
        "the change is not silent"
    );
    // One undo step takes the whole try back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(requirements(&harness).peak_records_per_hour, Some(5_000));
}

#[test]
fn why_the_leader_beats_the_runner_up_lists_what_differs_first() {
    let mut harness = harness();
    select_scenario(&mut harness, "Field workers look up on-hand inventory");
    assert!(
        harness
            .query_by_label("Why Custom service over OData")
            .is_some()
    );
    assert!(harness.query_by_label("Only for Custom service").is_some());
    assert!(harness.query_by_label("Only for OData").is_some());
}

#[test]
fn an_answer_not_known_yet_shows_what_stays_possible_and_what_to_ask_next() {
    let mut harness = harness();
    select_scenario(&mut harness, "Overnight orders from several sales channels");
    harness.get_by_label("Real time").click();
    harness.run();
    // The first "Not known yet" box belongs to the real-time question.
    harness
        .query_all_by_label("Not known yet")
        .next()
        .expect("a box per open question")
        .click();
    harness.run();
    assert_eq!(
        requirements(&harness).not_known,
        [integration_advisor::core::model::OpenQuestion::RealTime]
    );
    assert!(
        harness
            .query_by_label_contains("Possible under any answer")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Ask next: Real-time response or sync required")
            .is_some()
    );
    assert!(
        harness.query_by_label("ask next").is_some(),
        "marked in the editor"
    );
}

#[test]
fn the_decision_path_opens_a_step_with_its_reasons() {
    let mut harness = harness();
    select_scenario(&mut harness, "Customer portal reads order status");
    assert!(
        harness
            .query_by_label("Style: request and response")
            .is_some()
    );
    harness.get_by_label("Timing and volume").click();
    harness.run();
    // The step's reasons about OData appear under the path (and in the ranking).
    assert!(
        harness
            .query_all_by_label_contains("OData creates, reads and updates entity records")
            .count()
            >= 2
    );
}

#[test]
fn the_volume_picture_changes_the_volume_as_an_undoable_edit() {
    let mut harness = harness();
    select_scenario(&mut harness, "Customer portal reads order status");
    let slider = harness.get_by_label("Drag to change the peak volume");
    slider.focus();
    harness.run();
    harness.key_press(Key::ArrowRight);
    harness.run();
    let volume = requirements(&harness).peak_records_per_hour;
    assert!(volume.is_some_and(|v| v > 5_000), "{volume:?}");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(requirements(&harness).peak_records_per_hour, Some(5_000));
}

#[test]
fn a_decision_the_engine_no_longer_agrees_with_is_shown_at_the_top_and_in_the_library() {
    let mut harness = harness();
    // full.ron records the package API, which its answers now make a weak fit. (Its title has an
    // emoji, which the bundled fonts leave to the system: a plain title here.)
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-1/full.ron"),
    )
    .expect("fixture")
    .replace("warehouse 倉庫 🚚", "warehouse");
    let folder = tempfile::tempdir().expect("folder");
    let fixture = folder.path().join("drifted.ron");
    std::fs::write(&fixture, text).expect("written");
    harness.state_mut().queue(Command::OpenPath(fixture));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("The recorded decision no longer holds")
            .is_some()
    );
    let title = harness.state().active_document().scenario.title.clone();
    assert!(
        harness.query_by_label(&format!("{title} ⚠")).is_some(),
        "marked in the library"
    );
}

#[test]
fn the_decision_record_exports_through_the_path_field_in_both_formats() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    let folder = tempfile::tempdir().expect("folder");
    for name in ["record.md", "record.html"] {
        harness.state_mut().queue(Command::ExportRecord);
        harness.run();
        let path = folder.path().join(name);
        replace_text(&mut harness, "File path", &path.display().to_string());
        harness
            .get_by_role_and_label(Role::Button, "Export")
            .click();
        harness.run();
        let text = std::fs::read_to_string(&path).expect("exported");
        assert!(text.contains("Decision Drivers"), "{name}");
        assert_eq!(text.starts_with("<!DOCTYPE html>"), name.ends_with(".html"));
    }
    // A path that cannot be written says why, and leaves nothing behind.
    let bad = folder.path().join("missing").join("record.md");
    harness.state_mut().queue(Command::ExportRecordTo(bad));
    harness.run();
    assert!(
        harness
            .query_by_label("Could not export the decision record")
            .is_some()
    );
    assert_eq!(std::fs::read_dir(folder.path()).expect("folder").count(), 2);
}

#[test]
fn copy_as_markdown_puts_the_record_on_the_clipboard() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    harness.state_mut().queue(Command::CopyMarkdown);
    harness.run();
    let copied = harness.output().platform_output.commands.iter().any(|command| {
        matches!(command, egui::OutputCommand::CopyText(text) if text.contains("## Decision Drivers"))
    });
    assert!(
        copied
            || harness
                .query_by_label("Decision record copied as Markdown.")
                .is_some()
    );
}

#[test]
fn save_as_suggests_a_name_from_the_title_in_a_field_that_has_the_focus() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.run();
    let Some(Dialog::Path { text, .. }) = harness.state().dialog().cloned() else {
        panic!("a path field");
    };
    assert!(
        text.ends_with("import-large-volumes-of-sales-orders.ron"),
        "{text}"
    );
    // Typing goes straight into the field, without a click.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("typed.ron");
    harness
        .get_by_label("File path")
        .type_text(&path.display().to_string());
    harness.run();
    let Some(Dialog::Path { text, .. }) = harness.state().dialog().cloned() else {
        panic!("still the path field");
    };
    assert_eq!(text, path.display().to_string());
}

#[test]
fn the_quit_question_offers_to_save_and_saving_all_quits_cleanly() {
    let mut harness = harness();
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("mine.ron");
    let scenario = integration_advisor::bundled::scenarios()[0]
        .scenario
        .clone();
    integration_advisor::io::save_path(&path, &scenario).expect("saved");
    harness.state_mut().queue(Command::OpenPath(path.clone()));
    harness.run();
    harness.get_by_label("Real time").click();
    harness.run();
    assert!(harness.state().active_document().is_unsaved());
    harness.state_mut().queue(Command::Quit);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Save all and quit")
        .click();
    harness.run();
    harness.run();
    assert!(
        !harness.state().active_document().is_unsaved(),
        "saved before quitting"
    );
    let saved =
        integration_advisor::io::load_path(&path, integration_advisor::bundled::pattern_ids())
            .expect("loads");
    assert_eq!(
        saved.requirements.real_time,
        !scenario.requirements.real_time
    );
}

#[test]
fn closing_a_scenario_shows_its_neighbour_not_the_last_template() {
    let mut harness = harness();
    let folder = tempfile::tempdir().expect("folder");
    let mut titles = Vec::new();
    for name in ["first", "second"] {
        let mut scenario = integration_advisor::bundled::scenarios()[0]
            .scenario
            .clone();
        scenario.title = format!("The {name} scenario");
        let path = folder.path().join(format!("{name}.ron"));
        integration_advisor::io::save_path(&path, &scenario).expect("saved");
        harness.state_mut().queue(Command::OpenPath(path));
        harness.run();
        titles.push(scenario.title);
    }
    assert_eq!(harness.state().active_document().scenario.title, titles[1]);
    harness.state_mut().queue(Command::CloseDocument);
    harness.run();
    assert_eq!(harness.state().active_document().scenario.title, titles[0]);
    harness.state_mut().queue(Command::CloseDocument);
    harness.run();
    // No scenario of the user's left: the first template, at the top of the library.
    assert_eq!(
        harness.state().active_document().scenario.title,
        integration_advisor::bundled::scenarios()[0].scenario.title
    );
}

#[test]
fn a_ranking_row_opens_by_its_name_and_only_for_its_scenario() {
    let mut harness = harness();
    select_scenario(&mut harness, "Customer portal reads order status");
    let reason = "it is F&O that starts each exchange";
    assert!(
        harness.query_by_label_contains(reason).is_none(),
        "closed at first"
    );
    // Far down the ranking, below the window's edge: clicked the way a screen reader does.
    harness
        .get_by_label("Calls to external web services")
        .click_accesskit();
    // Let the opening animation finish.
    harness.run_steps(20);
    assert!(
        harness.query_by_label_contains(reason).is_some(),
        "the name opened it"
    );
    select_scenario(&mut harness, "Create and update product information");
    assert!(
        harness.query_by_label_contains(reason).is_none(),
        "another scenario shows its own rows, closed"
    );
}

#[test]
fn a_first_start_says_where_to_begin_until_dismissed_and_marks_templates_read_only() {
    let mut harness = harness();
    assert!(harness.query_by_label("Where to begin:").is_some());
    // The library opens on a bundled template, marked before anyone tries to save it.
    assert!(harness.query_by_label("Template").is_some());
    harness.get_by_label("Got it").click();
    harness.run();
    assert!(harness.query_by_label("Where to begin:").is_none());
    assert!(harness.state().preferences().first_run_hint_seen);

    // A scenario of one's own is not a template.
    harness.state_mut().queue(Command::NewScenario);
    harness.run();
    assert!(harness.query_by_label("Template").is_none());
}

#[test]
fn a_patterns_table_cell_shows_one_tooltip_with_the_full_technology() {
    let mut harness = harness();
    harness.state_mut().queue(Command::ShowView(View::Patterns));
    harness.run();
    let recurring = integration_advisor::bundled::catalogue()
        .pattern("recurring-integrations")
        .expect("in the catalogue");
    harness.get_by_label(&recurring.technology_brief).hover();
    // Tooltips wait for the pointer to rest.
    for _ in 0..40 {
        harness.step();
    }
    assert_eq!(
        harness.query_all_by_label(&recurring.technology).count(),
        1,
        "one tooltip, with the full phrase"
    );
}

#[test]
fn a_chosen_comparison_keeps_its_scenarios_when_a_saved_template_adds_one_before_them() {
    let folder = tempfile::tempdir().expect("folder");
    let bundled = integration_advisor::bundled::scenarios();
    let (first, fifth) = (&bundled[0].scenario.title, &bundled[4].scenario.title);
    let mut harness = harness();
    assert_eq!(&harness.state().active_document().scenario.title, first);
    harness.state_mut().queue(Command::ShowView(View::Compare));
    harness.run();
    harness.get_by_label("Scenarios in the comparison").click();
    harness.run();
    // The shown one and the next are compared by default; choose the first and the fifth.
    harness
        .get_by_role_and_label(Role::CheckBox, fifth)
        .click_accesskit();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, &bundled[1].scenario.title)
        .click_accesskit();
    harness.run();
    let titles = |harness: &Harness<'_, AdvisorApp>| -> Vec<String> {
        harness
            .state()
            .compared_documents()
            .iter()
            .map(|d| d.scenario.title.clone())
            .collect()
    };
    assert_eq!(titles(&harness), [first.clone(), fifth.clone()]);

    // Saving the shown template makes it a file and puts a fresh template after it: every
    // document after it moves one place down.
    harness
        .state_mut()
        .queue(Command::SaveAsPath(folder.path().join("mine.ron")));
    harness.run();
    assert_eq!(
        harness.state().documents().len(),
        bundled.len() + 1,
        "a fresh template was added"
    );
    assert_eq!(
        titles(&harness),
        [first.clone(), fifth.clone()],
        "the comparison still shows the scenarios chosen"
    );
}

#[test]
fn the_portfolio_view_filters_an_inventory_and_opens_a_row_as_a_scenario() {
    let mut harness = harness();
    harness.get_by_label("Portfolio").click();
    harness.run();
    harness.get_by_label("Open the sample programme").click();
    harness.run();
    assert!(
        harness
            .query_by_label("62 of 62 interfaces shown; ⚠ marks a drifted decision or contradictory answers. Choose a row to open it as a scenario; right-click to save it as a file.")
            .is_some(),
        "every interface of the sample is listed"
    );
    // Sorted by name, then by name descending: the table's order is the titles' order.
    let titles = |harness: &Harness<'_, AdvisorApp>| -> Vec<String> {
        harness
            .state()
            .portfolio_titles()
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    let mut by_name = titles(&harness);
    assert_eq!(
        by_name.first().map(String::as_str),
        Some("Sales orders to the 3PL")
    );
    by_name.sort_by_key(|t| t.to_lowercase());
    harness.get_by_label("Interface").click();
    harness.run();
    assert_eq!(titles(&harness), by_name, "ascending by name");
    harness.get_by_label("Interface ↑").click();
    harness.run();
    by_name.reverse();
    assert_eq!(titles(&harness), by_name, "descending by name");
    // The EDI interfaces are INT-020 to INT-023.
    replace_text(&mut harness, "Filter", "int-02");
    assert!(
        harness
            .query_by_label_contains("4 of 62 interfaces shown")
            .is_some(),
        "the filter keeps the four EDI interfaces"
    );
    harness.get_by_label("EDI advance ship notices").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.view(), View::Editor, "the row opens in the editor");
    assert_eq!(
        app.active_document().scenario.title,
        "EDI advance ship notices"
    );
    assert!(
        app.active_document().is_unsaved(),
        "a new scenario, to save as a file"
    );
    // The same row again shows the same document rather than a second copy.
    let documents = app.documents().len();
    harness.get_by_label("Portfolio").click();
    harness.run();
    harness.get_by_label("EDI advance ship notices").click();
    harness.run();
    assert_eq!(
        harness.state().documents().len(),
        documents,
        "no second copy"
    );
    assert_eq!(
        harness.state().active_document().scenario.title,
        "EDI advance ship notices"
    );
}

/// Steps the window until the inventory being read is shown (a few frames; at most 10 s).
fn wait_for_inventory(harness: &mut Harness<'_, AdvisorApp>) {
    for _ in 0..1000 {
        if !harness.state().inventory_loading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    assert!(
        !harness.state().inventory_loading(),
        "the inventory was read within 10 s"
    );
    harness.run();
}

#[test]
fn the_portfolio_view_filters_by_pattern_and_exports_what_it_evaluated() {
    let mut harness = harness();
    // The workbook sample, from the library.
    harness.get_by_label("Sample programme (Excel)").click();
    harness.run();
    assert_eq!(harness.state().view(), View::Portfolio);
    assert!(
        harness
            .query_by_label_contains("62 of 62 interfaces shown")
            .is_some(),
        "the workbook holds the whole sample"
    );
    // Only the interfaces dual-write is recommended for (or tied): the sample's CRM flows.
    harness
        .get_by_role_and_label(Role::ComboBox, "Pattern")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Dual-write")
        .click();
    harness.run();
    let titles = harness.state().portfolio_titles().len();
    assert!(
        (1..62).contains(&titles),
        "a few interfaces remain, not {titles}"
    );
    assert!(
        harness
            .query_by_label_contains(&format!("{titles} of 62 interfaces shown"))
            .is_some(),
        "the count says so"
    );
    // Exported as CSV and as Markdown through the path field: every interface, not only the
    // filtered ones, since the export is the evaluation of the inventory.
    let folder = tempfile::tempdir().expect("folder");
    for (button, name, first_line) in [
        (
            "Export CSV…",
            "programme.csv",
            "row,id,title,outcome,recommended,leading_reason,warnings,decided_pattern,drift",
        ),
        (
            "Export Markdown…",
            "programme.md",
            "| Row | Id | Interface | Outcome | Recommended | Why | Drift |",
        ),
    ] {
        harness.get_by_label(button).click();
        harness.run();
        let path = folder.path().join(name);
        replace_text(&mut harness, "File path", &path.display().to_string());
        harness
            .get_by_role_and_label(Role::Button, "Export")
            .click();
        harness.run();
        let text = std::fs::read_to_string(&path).expect("exported");
        assert_eq!(text.lines().next(), Some(first_line), "{name}");
        assert!(text.contains("EDI advance ship notices"), "{name}");
        let rows = text.lines().filter(|l| l.contains("INT-")).count();
        assert_eq!(rows, 62, "{name}: every interface");
        // The same bytes as the command line writes for the same workbook.
        let format = if name.ends_with(".md") {
            "markdown"
        } else {
            "csv"
        };
        let cli = std::process::Command::new(env!("CARGO_BIN_EXE_integration-advisor"))
            .args([
                "portfolio",
                "inventories/sample-programme.xlsx",
                "--format",
                format,
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("the command line runs");
        assert_eq!(
            String::from_utf8_lossy(&cli.stdout),
            text,
            "{name}: the window and the command line agree"
        );
    }
    // A folder that does not exist: the error names the path, nothing is written.
    let bad = folder.path().join("missing").join("programme.csv");
    harness
        .state_mut()
        .queue(Command::ExportPortfolioTo(bad.clone()));
    harness.run();
    assert!(
        harness
            .query_by_label("Could not export the evaluated inventory")
            .is_some()
    );
    assert!(!bad.exists(), "nothing written");
    assert_eq!(std::fs::read_dir(folder.path()).expect("folder").count(), 2);
}

#[test]
fn an_inventory_file_opens_in_the_portfolio_view_while_the_window_keeps_drawing() {
    let mut harness = harness();
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("programme.csv");
    std::fs::write(
        &path,
        "Name,System,Direction,Peak per hour,Frequency\n\
         Orders from the web shop,Other system,into F&O,20k,every 5 minutes\n\
         Customers to Sales,Dynamics 365 Sales,both ways,2000,\n\
         Broken row,Other system,sideways,,\n",
    )
    .expect("written");
    harness.state_mut().queue(Command::OpenPath(path.clone()));
    harness.step();
    assert_eq!(harness.state().view(), View::Portfolio, "shown at once");
    wait_for_inventory(&mut harness);
    assert!(
        harness
            .query_by_label_contains("2 of 2 interfaces shown")
            .is_some(),
        "the two good rows"
    );
    assert!(
        harness
            .query_by_label_contains("1 bad cells: their rows are left out")
            .is_some(),
        "the bad row is reported"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "programme.csv")
            .is_some(),
        "the library lists the inventory"
    );
    // A file that is not an inventory: the view keeps what it showed and says why.
    let bad = folder.path().join("not-an-inventory.csv");
    std::fs::write(&bad, "a,b\n1,2\n").expect("written");
    harness.state_mut().queue(Command::OpenPath(bad));
    harness.step();
    wait_for_inventory(&mut harness);
    assert!(
        harness
            .query_by_label("Could not open the inventory")
            .is_some()
    );
    assert_eq!(harness.state().portfolio_titles().len(), 2, "still shown");
}

#[test]
fn a_row_of_the_inventory_saves_as_a_scenario_file_from_its_context_menu() {
    let mut harness = harness();
    harness.get_by_label("Sample programme (CSV)").click();
    harness.run();
    harness
        .get_by_label("EDI advance ship notices")
        .click_secondary();
    harness.run();
    harness.get_by_label("Save as scenario file…").click();
    harness.run();
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("edi-asn.ron");
    replace_text(&mut harness, "File path", &path.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Save file")
        .click();
    harness.run();
    let saved =
        integration_advisor::io::load_path(&path, integration_advisor::bundled::pattern_ids())
            .expect("a scenario file");
    assert_eq!(saved.title, "EDI advance ship notices");
    assert_eq!(harness.state().view(), View::Editor, "shown in the editor");
    assert!(
        !harness.state().active_document().is_unsaved(),
        "saved: nothing left unsaved"
    );
}
