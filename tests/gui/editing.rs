//! Editing a scenario: the result follows, the patterns table, compare, undo, closing and saving.

use super::*;

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
    // Bulk, not real time, but the caller must know at once: the package API, which starts
    // the import when called, ahead of recurring integrations, which waits for F&O's job.
    assert_eq!(
        recommended_headline(&harness),
        "Recommended: Data management package REST API"
    );
    assert!(
        harness
            .query_all_by_label_contains("waits for the next run of the recurring data job")
            .count()
            >= 1,
        "the reason against recurring integrations is shown"
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
    assert_eq!(catalogue.patterns.len(), 16);

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
    // A tie between the two batch APIs: the tied patterns only, and what would settle it.
    assert_eq!(
        harness.query_all_by_label("Needs").count(),
        2,
        "the two tied patterns side by side, no weak one"
    );
    assert!(
        harness
            .query_by_label_contains("What would settle it")
            .is_some()
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
    let expected = format!(
        "{}:3:12: expected text in double quotes for `title`, found 5",
        broken.display()
    );
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
    assert!(!harness.state().preferences().dark_theme);
    assert!((harness.state().preferences().zoom - 1.1).abs() < 1e-6);
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
fn a_control_character_in_the_context_is_shown_next_to_the_field() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    replace_text(&mut harness, "Context", "red \u{1b}[31m text");
    assert!(
        harness
            .query_by_label_contains(
                "the context contains the control character U+001B (escape); remove it"
            )
            .is_some(),
        "the loader's words, beside the field"
    );
}

#[test]
fn the_later_questions_offer_their_tables_choices_and_an_answer_settles_a_tie() {
    let mut harness = harness();
    select_scenario(&mut harness, "Import large volumes of sales orders");
    // Every later question that applies is asked with the choices its table row gives.
    let r = requirements(&harness);
    for later in &LATER {
        if !(later.applies)(&r) {
            continue;
        }
        for choice in later.choices {
            assert!(
                harness.query_all_by_label(choice.label).count() >= 1,
                "{}: {}",
                later.field,
                choice.label
            );
        }
    }
    assert!(
        harness
            .query_by_label(Field::CopyWanted.question().expect("asked").caption)
            .is_none(),
        "the copy question does not apply to another system"
    );
    // Data files go by recurring integrations, which takes single files.
    harness
        .get_by_label("Data files (CSV, XML)")
        .click_accesskit();
    harness.run();
    assert_eq!(requirements(&harness).payload, Some(Payload::Files));
    assert_eq!(
        recommended_headline(&harness),
        "Recommended: Recurring integrations"
    );
}
