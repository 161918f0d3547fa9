//! A file changed on disk by someone else is never overwritten in silence: the save asks,
//! reloading keeps the edits made here as a copy, a file changed while nothing here was
//! unsaved is reloaded when the window regains the focus, and a deleted file is noticed.

mod common;
use common::harness;

use std::path::{Path, PathBuf};

use egui::Event;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use integration_advisor::bundled;
use integration_advisor::core::model::Scenario;
use integration_advisor::gui::AdvisorApp;
use integration_advisor::gui::command::Command;
use integration_advisor::gui::document::Source;
use integration_advisor::gui::views::dialogs::Dialog;
use integration_advisor::io::{load_path, to_canonical_string};

fn bundled_scenario(index: usize) -> Scenario {
    bundled::scenarios()[index].scenario.clone()
}

fn on_disk(path: &Path) -> Scenario {
    load_path(path, bundled::pattern_ids()).expect("the file loads")
}

/// A folder with `scenario.ron` holding the first bundled scenario, opened in the window.
fn opened() -> (tempfile::TempDir, PathBuf, Harness<'static, AdvisorApp>) {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("scenario.ron");
    std::fs::write(&path, to_canonical_string(&bundled_scenario(0))).expect("written");
    let mut harness = harness();
    harness.state_mut().queue(Command::OpenPath(path.clone()));
    harness.run();
    assert_eq!(
        harness.state().active_document().path(),
        Some(path.as_path()),
        "the file is open and shown"
    );
    (folder, path, harness)
}

/// An edit made here: real time switched.
fn edit(harness: &mut Harness<'static, AdvisorApp>) -> Scenario {
    harness.get_by_label("Real time").click_accesskit();
    harness.run();
    assert!(
        harness.state().active_document().is_unsaved(),
        "the edit is unsaved"
    );
    harness.state().active_document().scenario.clone()
}

/// Someone else writes the second bundled scenario into the file.
fn change_elsewhere(path: &Path) -> Scenario {
    let theirs = bundled_scenario(1);
    std::fs::write(path, to_canonical_string(&theirs)).expect("written");
    theirs
}

fn refocus(harness: &mut Harness<'static, AdvisorApp>) {
    harness.event(Event::WindowFocused(false));
    harness.run();
    harness.event(Event::WindowFocused(true));
    harness.run();
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_and_overwrites_only_when_told() {
    let (_folder, path, mut harness) = opened();
    let mine = edit(&mut harness);
    let theirs = change_elsewhere(&path);

    harness.state_mut().queue(Command::Save);
    harness.run();
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::ChangedOnDisk { missing: false, .. })
    ));
    assert_eq!(
        on_disk(&path),
        theirs,
        "nothing written while the question is open"
    );

    harness.get_by_label("Overwrite").click();
    harness.run();
    assert_eq!(on_disk(&path), mine);
    assert!(!harness.state().active_document().is_unsaved());

    // Saved here now: the next save does not ask again.
    edit(&mut harness);
    harness.state_mut().queue(Command::Save);
    harness.run();
    assert!(harness.state().dialog().is_none());
}

#[test]
fn reloading_takes_the_file_from_disk_and_keeps_the_edits_as_an_unsaved_copy() {
    let (_folder, path, mut harness) = opened();
    let mine = edit(&mut harness);
    let theirs = change_elsewhere(&path);
    harness.state_mut().queue(Command::Save);
    harness.run();
    harness
        .get_by_label("Reload, keeping my edits as a copy")
        .click();
    harness.run();

    let app = harness.state();
    assert_eq!(app.active_document().scenario, theirs);
    assert!(!app.active_document().is_unsaved());
    let copy = app
        .documents()
        .iter()
        .find(|d| matches!(d.source, Source::Untitled(_)))
        .expect("the edits are kept");
    assert!(copy.is_unsaved());
    assert_eq!(copy.scenario.requirements, mine.requirements);
    assert_eq!(copy.scenario.title, format!("{} (my edits)", mine.title));
    assert_eq!(on_disk(&path), theirs, "the file is not touched");
}

#[test]
fn on_focus_a_file_changed_on_disk_is_reloaded_when_nothing_here_is_unsaved() {
    let (_folder, path, mut harness) = opened();
    let theirs = change_elsewhere(&path);
    refocus(&mut harness);
    assert_eq!(harness.state().active_document().scenario, theirs);
    assert!(
        harness
            .query_by_label_contains("changed on disk and was reloaded")
            .is_some(),
        "and says so"
    );
}

#[test]
fn on_focus_unsaved_edits_stay_and_the_file_is_marked_changed() {
    let (_folder, path, mut harness) = opened();
    let mine = edit(&mut harness);
    change_elsewhere(&path);
    refocus(&mut harness);
    assert_eq!(harness.state().active_document().scenario, mine);
    assert!(
        harness
            .query_by_label_contains("(changed on disk)")
            .is_some(),
        "the library marks it"
    );
}

#[test]
fn a_deleted_file_is_noticed_and_saving_asks_before_writing_it_again() {
    let (_folder, path, mut harness) = opened();
    std::fs::remove_file(&path).expect("removed");
    refocus(&mut harness);
    assert!(harness.query_by_label_contains("(file gone)").is_some());
    assert!(
        harness
            .query_by_label_contains("was deleted or moved")
            .is_some()
    );
    harness.state_mut().queue(Command::Save);
    harness.run();
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::ChangedOnDisk { missing: true, .. })
    ));
    assert!(!path.exists());
    harness.get_by_label("Save it there again").click();
    harness.run();
    assert_eq!(on_disk(&path), bundled_scenario(0));
}
