//! The advice on screen: open answers, contradictions, splits, what would change it, drift, records, the quit question.

use super::*;

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
    // Each half's context says which way it covers, and keeps the story it was split from.
    let original = &state
        .documents()
        .iter()
        .find(|d| d.scenario.title == "Third-party warehouse: orders out, receipts back")
        .expect("the original stays")
        .scenario
        .context;
    let contexts: Vec<&str> = state.documents()[documents..]
        .iter()
        .map(|d| d.scenario.context.as_str())
        .collect();
    assert!(
        contexts[0].starts_with("This half covers the flow out of F&O: F&O sends the data to"),
        "{}",
        contexts[0]
    );
    assert!(
        contexts[1].contains("sends the data to F&O"),
        "{}",
        contexts[1]
    );
    for context in contexts {
        assert!(
            context.ends_with(&format!(
                "Split from “Third-party warehouse: orders out, receipts back”: {original}"
            )),
            "{context}"
        );
    }
}

#[test]
fn a_chip_tries_the_answer_that_changes_the_result_says_so_and_undoes() {
    let mut harness = harness();
    select_scenario(&mut harness, "Customer portal reads order status");
    assert_eq!(
        recommended_headline(&harness),
        "Recommended: OData (including OData actions)"
    );
    let chip = "200,000 an hour → no good fit";
    if harness
        .query_by_role_and_label(Role::Button, chip)
        .is_none()
    {
        // Past the first few answers: folded.
        harness
            .get_by_label_contains("more answers that would change it")
            .click();
        harness.run();
    }
    harness.get_by_role_and_label(Role::Button, chip).click();
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
    harness.get_by_label("Real time not known yet").click();
    harness.run();
    assert_eq!(
        requirements(&harness).not_known,
        [integration_advisor::core::model::OpenQuestion::RealTime]
    );
    assert!(
        harness
            .query_by_label_contains("Possible, depending on the open answers")
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
    // full.ron, with dual-write recorded instead of the package API: its answers (F&O on
    // premises) rule dual-write out. (Its title has an emoji, which the bundled fonts leave to
    // the system: a plain title here.)
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-1/full.ron"),
    )
    .expect("fixture")
    .replace("warehouse 倉庫 🚚", "warehouse")
    .replace("pattern: \"package-rest-api\"", "pattern: \"dual-write\"");
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

/// Where the result's "How it was decided" heading is, from the window's top.
fn decided_heading_top(harness: &Harness<'_, AdvisorApp>) -> f32 {
    harness.get_by_label("How it was decided").rect().top()
}

/// Scrolls the result down to the far end of its ranking, and says how far the heading moved.
fn scroll_the_result_down(harness: &mut Harness<'_, AdvisorApp>) {
    let before = decided_heading_top(harness);
    harness
        .get_by_label("Calls to external web services")
        .scroll_to_me();
    harness.run_steps(20);
    assert!(
        decided_heading_top(harness) < before - 200.0,
        "the result scrolled: the heading went from {before} to {}",
        decided_heading_top(harness)
    );
}

#[test]
fn another_document_or_view_starts_the_result_at_its_headline() {
    let mut harness = harness();
    let at_the_top = decided_heading_top(&harness);
    assert!(at_the_top > 0.0 && at_the_top < 600.0, "{at_the_top}");

    scroll_the_result_down(&mut harness);
    select_scenario(&mut harness, "Customer portal reads order status");
    let shown = decided_heading_top(&harness);
    assert!(shown > 0.0 && shown < 600.0, "another document: {shown}");

    scroll_the_result_down(&mut harness);
    harness.state_mut().queue(Command::ShowView(View::Patterns));
    harness.run();
    harness.state_mut().queue(Command::ShowView(View::Editor));
    harness.run();
    let shown = decided_heading_top(&harness);
    assert!(
        shown > 0.0 && shown < 600.0,
        "back from another view: {shown}"
    );
}

#[test]
fn in_presentation_mode_the_first_run_hint_says_how_to_reach_the_hidden_library() {
    let mut harness = harness();
    assert!(
        harness
            .query_by_label_contains("library on the left")
            .is_some()
    );
    harness.key_press(Key::F11);
    harness.run();
    assert!(harness.query_by_label("Library").is_none(), "folded away");
    assert!(
        harness
            .query_by_label_contains("library on the left")
            .is_none()
    );
    assert!(
        harness
            .query_by_label_contains(
                "leave presentation mode with F11 to pick one from the library"
            )
            .is_some()
    );
}

/// The chips of "What would change it" on screen.
fn chips(harness: &Harness<'_, AdvisorApp>) -> Vec<String> {
    harness
        .query_all_by_label_contains(" → ")
        .filter(|node| node.accesskit_node().role() == Role::Button)
        .filter_map(|node| node.accesskit_node().label())
        .collect()
}

#[test]
fn what_would_change_it_shows_a_few_distinct_answers_and_folds_the_rest() {
    let mut harness = harness();
    let first = chips(&harness);
    assert!(!first.is_empty() && first.len() <= 5, "{first:?}");
    assert!(
        first
            .iter()
            .all(|chip| !chip.ends_with("conflicting answers"))
            || first.len() == 1,
        "answers that lead to another pattern come first: {first:?}"
    );
    let header = harness
        .query_by_label_contains("more answers that would change it")
        .expect("the rest folded under a header");
    header.click();
    harness.run();
    let all = chips(&harness);
    assert!(all.len() > first.len(), "{all:?}");
    let mut distinct = all.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), all.len(), "no chip repeats: {all:?}");
}
