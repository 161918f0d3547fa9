//! Unsaved edits survive a kill: the app's process is killed with SIGKILL after an edit, and
//! the next start offers the edits back and restores them.

use std::io::BufRead as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use integration_advisor::core::model::Scenario;
use integration_advisor::gui::files::Dialogs;
use integration_advisor::gui::views::dialogs::Dialog;
use integration_advisor::gui::{AdvisorApp, Preferences};

const TITLE: &str = "Import large volumes of sales orders";

fn harness(recovery: &Path) -> Harness<'static, AdvisorApp> {
    let app = AdvisorApp::new(Preferences::default(), Dialogs::PathField)
        .with_recovery(Some(recovery.to_owned()))
        .with_bundled_fonts_only();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(|ui, app: &mut AdvisorApp| app.show(ui), app);
    harness.run();
    harness
}

/// The edit both sides agree on: the import scenario, made real-time.
fn edited() -> Scenario {
    let mut scenario = integration_advisor::bundled::scenarios()
        .iter()
        .find(|s| s.scenario.title == TITLE)
        .expect("bundled")
        .scenario
        .clone();
    scenario.requirements.real_time = true;
    scenario
}

/// The app as a child process: makes the edit like a user, then keeps drawing frames until
/// it is killed. Does nothing unless the parent test set its environment.
#[test]
#[ignore = "run by the kill-and-restore test as a child process"]
#[expect(
    clippy::infinite_loop,
    reason = "the child runs until the parent kills it"
)]
fn recovery_child_process() {
    let Ok(folder) = std::env::var("IA_RECOVERY_CHILD_FOLDER") else {
        return;
    };
    let mut harness = harness(Path::new(&folder));
    harness.get_by_label(TITLE).click();
    harness.run();
    harness.get_by_label("Real time").click();
    harness.run();
    assert_eq!(harness.state().active_document().scenario, edited());
    println!("edited");
    std::io::Write::flush(&mut std::io::stdout()).expect("stdout flushes");
    loop {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The recovery files in the folder (not the temporary file of one being written, which a
/// kill at that moment leaves behind).
fn recovery_files(folder: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("recovery-"))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Starts the app in a child process that makes its edit, and returns once the edit's
/// recovery file is on disk.
fn child_with_unsaved_edits(folder: &Path) -> std::process::Child {
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "recovery_child_process",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("IA_RECOVERY_CHILD_FOLDER", folder)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("child starts");
    let mut lines = std::io::BufReader::new(child.stdout.take().expect("piped")).lines();
    assert!(
        lines.any(|line| line.is_ok_and(|l| l.contains("edited"))),
        "the child made its edit"
    );
    let edited_at = Instant::now();
    // Wait for the recovery file, bounded so a broken build fails instead of hanging.
    while recovery_files(folder).is_empty() && edited_at.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(20));
    }
    println!(
        "recovery file written {:?} after the edit",
        edited_at.elapsed()
    );
    child
}

#[test]
// Zombies, and `/proc` to see one, are Linux's.
#[cfg(target_os = "linux")]
fn a_killed_process_not_yet_reaped_counts_as_gone() {
    let folder = tempfile::tempdir().expect("folder");
    let mut child = child_with_unsaved_edits(folder.path());
    child.kill().expect("SIGKILL");
    // Not reaped: the killed process stays a zombie, as it does for a moment when its parent
    // (a terminal, a launcher) has not yet collected it. Wait until the kernel says so.
    let stat = format!("/proc/{}/stat", child.id());
    let killed_at = Instant::now();
    while !std::fs::read_to_string(&stat).is_ok_and(|s| s.contains(") Z"))
        && killed_at.elapsed() < Duration::from_secs(10)
    {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        std::fs::read_to_string(&stat).is_ok_and(|s| s.contains(") Z")),
        "the child is a zombie"
    );
    let harness = harness(folder.path());
    assert!(
        matches!(harness.state().dialog(), Some(Dialog::Restore { .. })),
        "a zombie will never save again: its edits are offered at once"
    );
    child.wait().expect("reaped");
}

#[test]
fn unsaved_edits_survive_a_kill_and_are_restored() {
    let folder = tempfile::tempdir().expect("folder");
    let recovery_files = || recovery_files(folder.path());
    let mut child = child_with_unsaved_edits(folder.path());
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    let written = recovery_files();
    assert_eq!(
        written.len(),
        1,
        "the recovery file was written before the kill"
    );
    let name = written[0]
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    assert_eq!(
        name,
        format!("recovery-{}.ron", child.id()),
        "named after the process"
    );

    let mut harness = harness(folder.path());
    assert!(
        matches!(harness.state().dialog(), Some(Dialog::Restore { .. })),
        "the next start offers the edits"
    );
    assert!(
        harness.query_by_label(&format!("• {TITLE}")).is_some(),
        "it names what it offers"
    );
    harness.get_by_label("Restore").click();
    harness.run();
    let restored = harness.state().active_document();
    assert_eq!(restored.scenario, edited());
    assert!(restored.is_unsaved(), "restored edits still need saving");
    assert!(
        recovery_files().is_empty(),
        "the dead process's file is gone once restored"
    );
}

#[test]
fn discarding_the_offer_removes_the_recovery_file() {
    let folder = tempfile::tempdir().expect("folder");
    // A process id no system hands out: the file of a process that is gone.
    let left_behind = folder.path().join("recovery-4000000000.ron");
    let mut scenario = edited();
    scenario.title = String::new(); // mid-edit, out of range: still recovered
    integration_advisor::io::recovery::write(
        &left_behind,
        vec![integration_advisor::io::recovery::RecoveredDocument {
            origin: integration_advisor::io::recovery::Origin::Untitled,
            scenario,
        }],
    )
    .expect("written");
    let mut harness = harness(folder.path());
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::Restore { .. })
    ));
    harness.get_by_label("Discard them").click();
    harness.run();
    assert!(!left_behind.exists());
    assert!(harness.state().documents().iter().all(|d| !d.is_unsaved()));
}

#[test]
fn a_scenario_with_a_value_out_of_range_is_restored_too() {
    let folder = tempfile::tempdir().expect("folder");
    let mut scenario = edited();
    scenario.title = String::new();
    integration_advisor::io::recovery::write(
        &folder.path().join("recovery-4000000001.ron"),
        vec![integration_advisor::io::recovery::RecoveredDocument {
            origin: integration_advisor::io::recovery::Origin::Untitled,
            scenario: scenario.clone(),
        }],
    )
    .expect("written");
    let mut harness = harness(folder.path());
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(harness.state().active_document().scenario, scenario);
}

#[test]
fn a_running_window_does_not_offer_another_running_windows_file() {
    let folder = tempfile::tempdir().expect("folder");
    // This process is running: its file belongs to a live window.
    let live = integration_advisor::io::recovery::own_file(folder.path());
    integration_advisor::io::recovery::write(
        &live,
        vec![integration_advisor::io::recovery::RecoveredDocument {
            origin: integration_advisor::io::recovery::Origin::Untitled,
            scenario: edited(),
        }],
    )
    .expect("written");
    let harness = harness(folder.path());
    assert!(harness.state().dialog().is_none());
    assert!(live.exists());
}

/// Three documents of each kind (untitled ones such as split halves and copies, edited
/// templates, edited files), some with a recorded decision, as a killed window leaves them.
fn nine_unsaved(folder: &Path) -> Vec<integration_advisor::io::recovery::RecoveredDocument> {
    use integration_advisor::core::model::{Decision, DecisionStatus};
    use integration_advisor::io::recovery::{Origin, RecoveredDocument};
    let bundled = integration_advisor::bundled::scenarios();
    let mut documents = Vec::new();
    for (index, template) in bundled.iter().take(3).enumerate() {
        let mut untitled = template.scenario.clone();
        untitled.title = format!("Split half {index}");
        untitled.requirements.peak_records_per_hour = Some(1000 + index as u64);
        documents.push(RecoveredDocument {
            origin: Origin::Untitled,
            scenario: untitled,
        });

        let mut edited_template = template.scenario.clone();
        edited_template.context = format!("My edits of template {index}");
        documents.push(RecoveredDocument {
            origin: Origin::Bundled(template.file_name.to_owned()),
            scenario: edited_template,
        });

        let path = folder.join(format!("file-{index}.ron"));
        integration_advisor::io::save_path(&path, &template.scenario).expect("saved");
        let mut edited_file = template.scenario.clone();
        edited_file.title = format!("Edited file {index}");
        edited_file.decision = Some(Decision {
            status: DecisionStatus::Proposed,
            pattern: "odata".to_owned(),
            rationale: format!("Decided in the meeting {index}"),
            decided_by: vec!["Architecture board".to_owned()],
            date: "2026-12-01".to_owned(),
            supersedes: None,
            catalogue_version: None,
        });
        documents.push(RecoveredDocument {
            origin: Origin::File(path),
            scenario: edited_file,
        });
    }
    documents
}

#[test]
fn every_listed_document_of_every_kind_comes_back() {
    let folder = tempfile::tempdir().expect("folder");
    let files = tempfile::tempdir().expect("files");
    let unsaved = nine_unsaved(files.path());
    integration_advisor::io::recovery::write(
        &folder.path().join("recovery-4000000002.ron"),
        unsaved.clone(),
    )
    .expect("written");
    let mut harness = harness(folder.path());
    let Some(Dialog::Restore { titles }) = harness.state().dialog() else {
        panic!("the restore question is asked");
    };
    assert_eq!(titles.len(), 9, "the prompt lists every document");
    harness.get_by_label("Restore").click();
    harness.run();

    let documents = harness.state().documents();
    for wanted in &unsaved {
        let back: Vec<_> = documents
            .iter()
            .filter(|d| d.scenario == wanted.scenario)
            .collect();
        assert_eq!(
            back.len(),
            1,
            "{:?} {:?} comes back once, with its answers and decision",
            wanted.origin,
            wanted.scenario.title
        );
        assert!(back[0].is_unsaved(), "{} is marked unsaved", back[0].name());
        assert!(
            harness
                .query_by_label_contains(&format!("{} •", wanted.scenario.title))
                .is_some(),
            "the library lists {:?} with the unsaved mark",
            wanted.scenario.title
        );
    }
    assert_eq!(
        documents.iter().filter(|d| d.is_unsaved()).count(),
        9,
        "nothing else is unsaved"
    );

    // The new session's own recovery file, written a moment later, holds all nine again.
    std::thread::sleep(Duration::from_millis(1200));
    harness.run();
    let own = integration_advisor::io::recovery::own_file(folder.path());
    let kept = integration_advisor::io::recovery::read(&own).expect("the new recovery file");
    assert_eq!(kept.documents.len(), 9, "the recovery file keeps all nine");
    for wanted in &unsaved {
        assert!(
            kept.documents.iter().any(|d| d.scenario == wanted.scenario),
            "{:?} is kept",
            wanted.scenario.title
        );
    }
}
