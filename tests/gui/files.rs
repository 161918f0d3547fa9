//! Files and the window's health: dropping, fonts, the malformed corpus, failed saves, overwrites.

use super::*;

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

/// The text of the path field, which stands in for the system's file dialog.
fn path_field(harness: &Harness<'_, AdvisorApp>) -> String {
    let Some(Dialog::Path { text, .. }) = harness.state().dialog().cloned() else {
        panic!("a path field");
    };
    text
}

#[test]
fn open_and_export_start_in_the_last_folder_with_the_scenarios_name() {
    let mut harness = harness();
    // A template has no file: the picture takes the scenario's name, not "decision".
    harness.state_mut().queue(Command::ExportPicture);
    harness.run();
    let offered = path_field(&harness);
    assert!(
        offered.ends_with("change-of-address-from-customer-service.png"),
        "{offered}"
    );
    harness.get_by_label("Cancel").click();
    harness.run();

    // Once a file was opened from a folder, a template's export and the next Open start there.
    let folder = tempfile::tempdir().expect("folder");
    let path = save_bundled_copy(folder.path(), 1, "Mine", "mine.ron");
    harness.state_mut().queue(Command::OpenPath(path));
    harness.run();
    select_scenario(&mut harness, "Change of address from customer service");
    harness.state_mut().queue(Command::ExportPicture);
    harness.run();
    assert_eq!(
        path_field(&harness),
        folder
            .path()
            .join("change-of-address-from-customer-service.png")
            .display()
            .to_string()
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    assert_eq!(
        path_field(&harness),
        format!("{}{}", folder.path().display(), std::path::MAIN_SEPARATOR)
    );
}
