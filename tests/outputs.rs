//! `-o` never destroys anything: not a device, not a FIFO, not an input, not another record
//! of the same name. Runs the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_integration-advisor"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const SCENARIO: &str = "scenarios/04-customer-portal-reads-order-status.ron";
const INVENTORY: &str = "inventories/sample-programme.csv";

/// A copy of a bundled file in a fresh folder.
fn copy_of(source: &str, name: &str) -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join(name);
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(source), &path).expect("copied");
    (folder, path)
}

#[test]
fn an_output_onto_an_input_is_refused_and_the_input_kept() {
    let (_scenario_folder, scenario) = copy_of(SCENARIO, "a.ron");
    let (_inventory_folder, inventory) = copy_of(INVENTORY, "inv.csv");
    let scenario_before = std::fs::read(&scenario).expect("read");
    let inventory_before = std::fs::read(&inventory).expect("read");
    let scenario_text = scenario.display().to_string();
    let inventory_text = inventory.display().to_string();
    let cases: [Vec<&str>; 3] = [
        vec!["export", &scenario_text, "-o", &scenario_text],
        vec![
            "export",
            &scenario_text,
            "--format",
            "html",
            "-o",
            &scenario_text,
        ],
        vec!["portfolio", &inventory_text, "-o", &inventory_text],
    ];
    for args in cases {
        let output = run(&args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains("input file"),
            "{args:?} says why: {}",
            stderr(&output)
        );
    }
    assert_eq!(std::fs::read(&scenario).expect("read"), scenario_before);
    assert_eq!(std::fs::read(&inventory).expect("read"), inventory_before);
}

#[cfg(unix)]
#[test]
fn an_input_reached_through_a_link_or_a_dotted_path_is_refused_too() {
    let (folder, scenario) = copy_of(SCENARIO, "a.ron");
    let link = folder.path().join("link.md");
    std::os::unix::fs::symlink(&scenario, &link).expect("symlink");
    let before = std::fs::read(&scenario).expect("read");
    let dotted = folder.path().join(".").join("a.ron");
    for output in [&link, &dotted] {
        let result = run(&[
            "export",
            &scenario.display().to_string(),
            "-o",
            &output.display().to_string(),
        ]);
        assert_eq!(result.status.code(), Some(2), "{}", output.display());
    }
    assert_eq!(std::fs::read(&scenario).expect("read"), before);
}

#[test]
fn two_inputs_of_the_same_name_into_one_folder_are_refused_before_writing() {
    let (first_folder, first) = copy_of(SCENARIO, "x.ron");
    let (_second_folder, second) = copy_of(SCENARIO, "x.ron");
    let out = first_folder.path().join("records");
    let output = run(&[
        "export",
        &first.display().to_string(),
        &second.display().to_string(),
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains(&first.display().to_string())
            && message.contains(&second.display().to_string()),
        "names both inputs: {message}"
    );
    assert!(!out.exists(), "nothing was written");
}

#[test]
fn export_says_what_it_wrote_on_standard_error_and_keeps_standard_output_for_data() {
    let folder = tempfile::tempdir().expect("folder");
    let target = folder.path().join("record.md");
    let output = run(&["export", SCENARIO, "-o", &target.display().to_string()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty(), "nothing on standard output");
    assert!(stderr(&output).contains("wrote"), "{}", stderr(&output));
    assert!(
        std::fs::read_to_string(&target)
            .expect("written")
            .contains("# ")
    );
}

#[test]
fn dash_prints_the_output() {
    for args in [
        vec!["export", SCENARIO, "-o", "-"],
        vec!["portfolio", INVENTORY, "--format", "csv", "-o", "-"],
    ] {
        let output = run(&args);
        assert!(!output.stdout.is_empty(), "{args:?} printed");
    }
}

#[cfg(unix)]
#[test]
fn dev_null_stays_a_device() {
    use std::os::unix::fs::FileTypeExt as _;
    // As root, an atomic rename over /dev/null would replace the device with a plain file.
    for args in [
        vec!["export", SCENARIO, "-o", "/dev/null"],
        vec!["portfolio", INVENTORY, "-o", "/dev/null"],
    ] {
        let output = run(&args);
        // The sample programme has recorded decisions that drifted: exit 1, not a failure.
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{args:?}: {}",
            stderr(&output)
        );
        let kind = std::fs::metadata("/dev/null")
            .expect("still there")
            .file_type();
        assert!(
            kind.is_char_device(),
            "{args:?}: /dev/null is still a device"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_receives_the_output_and_stays_a_fifo() {
    use std::io::Read as _;
    use std::os::unix::fs::FileTypeExt as _;
    let folder = tempfile::tempdir().expect("folder");
    let fifo = folder.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let reader_path = fifo.clone();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::fs::File::open(reader_path)
            .expect("opens for reading")
            .read_to_string(&mut text)
            .expect("reads");
        text
    });
    let output = run(&[
        "portfolio",
        INVENTORY,
        "--format",
        "csv",
        "-o",
        &fifo.display().to_string(),
    ]);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{}",
        stderr(&output)
    );
    let text = reader.join().expect("reader");
    assert!(text.lines().count() > 5, "the report came through: {text}");
    assert!(
        std::fs::metadata(&fifo)
            .expect("there")
            .file_type()
            .is_fifo()
    );
}

#[test]
fn a_folder_as_the_portfolio_output_is_refused() {
    let folder = tempfile::tempdir().expect("folder");
    let output = run(&[
        "portfolio",
        INVENTORY,
        "-o",
        &folder.path().display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("folder"), "{}", stderr(&output));
}

#[test]
fn system_errors_reach_the_user_in_plain_words() {
    let folder = tempfile::tempdir().expect("folder");
    let target = folder.path().join("no-such-folder").join("out.csv");
    let output = run(&["portfolio", INVENTORY, "-o", &target.display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(!message.contains("os error"), "{message}");
    assert!(message.contains("out.csv"), "{message}");
}
