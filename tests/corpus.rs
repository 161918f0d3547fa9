//! The corpus of malformed scenario files (`tests/corpus/`): each must be refused with the
//! exact message in `tests/corpus/expected-messages.txt`, by the loader and by the real binary
//! (exit 2, never a panic).
//!
//! The expected messages are written by hand from what `tests/corpus/README.md` says each file
//! should report, never generated from the loader's own output: a test that records whatever
//! the code says cannot tell a good message from a bad one. A change of wording is a change to
//! that file, reviewed like code.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use integration_advisor::bundled;
use integration_advisor::io::load_path;

const EXPECTED: &str = "tests/corpus/expected-messages.txt";

fn corpus() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("tests/corpus exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// The loader's message for a file, without its path: `LINE:COLUMN: message`.
fn message(path: &Path) -> String {
    match load_path(path, bundled::pattern_ids()) {
        Ok(_) => "LOADED WITHOUT ERROR".to_owned(),
        Err(error) => {
            let text = error.to_string();
            let prefix = format!("{}:", path.display());
            text.strip_prefix(&prefix).unwrap_or(&text).to_owned()
        }
    }
}

fn expected() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(EXPECTED))
        .expect("tests/corpus/expected-messages.txt is readable");
    text.lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(file, message)| (file.to_owned(), message.to_owned()))
        .collect()
}

fn name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
fn every_malformed_file_gives_its_exact_message() {
    let files = corpus();
    assert!(
        files.len() >= 40,
        "the corpus has at least 40 files, found {}",
        files.len()
    );
    let expected = expected();
    assert_eq!(
        expected.len(),
        files.len(),
        "one expected message per corpus file, and no message for a file that is gone"
    );
    let mut wrong = Vec::new();
    for path in &files {
        let got = message(path);
        assert_ne!(
            got,
            "LOADED WITHOUT ERROR",
            "{} must be refused",
            name(path)
        );
        match expected.get(&name(path)) {
            Some(want) if *want == got => {}
            want => wrong.push(format!(
                "{}\n  expected: {want:?}\n  got:      {got:?}",
                name(path)
            )),
        }
    }
    assert!(wrong.is_empty(), "messages differ:\n{}", wrong.join("\n"));
}

#[test]
fn the_binary_refuses_every_malformed_file_with_exit_2_and_its_message() {
    let expected = expected();
    for path in corpus() {
        for command in ["check", "decide", "fmt"] {
            let output = Command::new(env!("CARGO_BIN_EXE_integration-advisor"))
                .args([command, &path.display().to_string()])
                .output()
                .expect("runs");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(
                output.status.code(),
                Some(2),
                "{command} {}: {stderr}",
                name(&path)
            );
            let want = format!(
                "{}:{}",
                path.display(),
                expected.get(&name(&path)).map_or("", String::as_str)
            );
            assert_eq!(stderr.trim_end(), want, "{command} {}", name(&path));
        }
    }
}

#[test]
fn the_readme_says_what_each_file_must_report() {
    let readme = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/README.md"),
    )
    .expect("tests/corpus/README.md is readable");
    let described: Vec<&str> = readme
        .lines()
        .filter_map(|line| line.strip_prefix("- `"))
        .filter_map(|line| line.split_once('`').map(|(file, _)| file))
        .collect();
    let files: Vec<String> = corpus().iter().map(|p| name(p)).collect();
    assert_eq!(described, files, "one README line per file, in file order");
}
