//! Decision records and diffs through the command line: MADR sections for every bundled
//! scenario in both formats, golden files, hostile text kept as text, no external resources,
//! a failing output path, and `diff`'s exit codes.
//!
//! `IA_BLESS=1 cargo test --test records` rewrites the golden files after a deliberate change.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SECTIONS: [&str; 8] = [
    "Context and Problem Statement",
    "Decision Drivers",
    "Considered Options",
    "Decision Outcome",
    "Consequences",
    "Confirmation",
    "Pros and Cons of the Options",
    "More Information",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_integration-advisor"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn bundled() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("scenarios"))
        .expect("scenarios")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
}

#[test]
fn every_bundled_scenario_exports_both_formats_with_every_section() {
    for file in bundled() {
        let relative = file
            .strip_prefix(root())
            .expect("inside")
            .display()
            .to_string();
        let markdown = run(&["export", &relative]);
        assert_eq!(markdown.status.code(), Some(0), "{relative}");
        let markdown = stdout(&markdown);
        assert!(
            markdown.starts_with("---\nstatus: "),
            "{relative}: front matter"
        );
        for section in SECTIONS {
            assert!(
                markdown.contains(&format!(" {section}\n")),
                "{relative}: {section}"
            );
        }
        assert!(markdown.contains(&format!("`integration-advisor check {relative}`")));
        let html = run(&["export", &relative, "--format", "html"]);
        assert_eq!(html.status.code(), Some(0), "{relative}");
        let html = stdout(&html);
        assert!(html.starts_with("<!DOCTYPE html>"));
        for section in SECTIONS {
            assert!(
                html.contains(&format!(">{section}</h")),
                "{relative}: {section} in HTML"
            );
        }
        // Self-contained: nothing is loaded from anywhere.
        for request in ["<script", "<link", "<img", "<iframe", "@import", "src="] {
            assert!(!html.contains(request), "{relative}: {request}");
        }
    }
}

#[test]
fn hostile_text_from_a_file_stays_text_in_both_formats() {
    let hostile = "tests/fixtures/format-1/hostile.ron";
    let html = stdout(&run(&["export", hostile, "--format", "html"]));
    for markup in [
        "<script",
        "<img",
        "<h1>injected",
        "<b>",
        "javascript:alert(2)\">",
    ] {
        assert!(
            !html.contains(markup),
            "{markup} reached the HTML as markup"
        );
    }
    assert!(
        html.contains("&lt;script&gt;alert("),
        "the title shows as text"
    );
    assert!(html.contains("&lt;img src=x onerror=alert('rationale')&gt;"));
    assert!(
        html.contains("Ana &quot;&lt;b&gt;&quot; Architect"),
        "{html}"
    );
    let markdown = stdout(&run(&["export", hostile]));
    assert!(markdown.contains("# \\<script\\>alert('title')\\</script\\> orders"));
    assert!(
        markdown.contains("decision-makers: [\"Ana \\\"<b>\\\" Architect\"]"),
        "{markdown}"
    );
    assert!(markdown.contains("Supersedes `decisions/old-orders.ron`."));
    assert!(markdown.contains("The decision was taken under catalogue version 1."));
}

#[test]
fn the_golden_records_are_unchanged() {
    let cases = [
        (
            "scenarios/07-import-large-volumes-of-sales-orders.ron",
            "import-sales-orders",
        ),
        ("tests/fixtures/format-1/full.ron", "full-with-decision"),
    ];
    let bless = std::env::var_os("IA_BLESS").is_some();
    for (file, name) in cases {
        for (format, extension) in [("markdown", "md"), ("html", "html")] {
            let got = stdout(&run(&["export", file, "--format", format]));
            let golden = root()
                .join("tests/golden-records")
                .join(format!("{name}.{extension}"));
            if bless {
                std::fs::write(&golden, &got).expect("written");
            }
            let want =
                std::fs::read_to_string(&golden).expect("a golden file (IA_BLESS=1 writes it)");
            assert_eq!(
                got,
                want,
                "{} differs; IA_BLESS=1 after a deliberate change",
                golden.display()
            );
        }
    }
}

#[test]
fn several_files_go_one_record_each_into_a_folder() {
    let folder = tempfile::tempdir().expect("folder");
    let out = folder.path().join("records");
    let output = run(&[
        "export",
        "scenarios/01-change-of-address-from-customer-service.ron",
        "scenarios/04-customer-portal-reads-order-status.ron",
        "--format",
        "html",
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for stem in [
        "01-change-of-address-from-customer-service",
        "04-customer-portal-reads-order-status",
    ] {
        assert!(out.join(format!("{stem}.html")).is_file(), "{stem}");
    }
    // Several HTML pages on standard output would be one broken page: refused.
    let refused = run(&[
        "export",
        "scenarios/01-change-of-address-from-customer-service.ron",
        "scenarios/04-customer-portal-reads-order-status.ron",
        "--format",
        "html",
    ]);
    assert_eq!(refused.status.code(), Some(2));
}

#[test]
fn a_failing_output_path_says_why_and_leaves_nothing_behind() {
    let folder = tempfile::tempdir().expect("folder");
    let target = folder.path().join("missing-folder").join("record.md");
    let output = run(&[
        "export",
        "scenarios/04-customer-portal-reads-order-status.ron",
        "-o",
        &target.display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("record.md"));
    assert_eq!(
        std::fs::read_dir(folder.path()).expect("folder").count(),
        0,
        "nothing left"
    );
}

#[test]
fn diff_lists_the_answers_that_differ_and_exits_by_agreement() {
    let differ = run(&[
        "diff",
        "scenarios/03-create-and-update-product-information.ron",
        "scenarios/07-import-large-volumes-of-sales-orders.ron",
    ]);
    assert_eq!(differ.status.code(), Some(1));
    let text = stdout(&differ);
    assert!(text.contains("  real_time: true -> false"), "{text}");
    assert!(
        text.contains("  peak_records_per_hour: Some(1000) -> Some(200000)"),
        "{text}"
    );
    assert!(text.contains("outcome: clear -> tie; recommended: OData (including OData actions) -> Recurring integrations"), "{text}");
    let same = run(&[
        "diff",
        "scenarios/07-import-large-volumes-of-sales-orders.ron",
        "scenarios/07-import-large-volumes-of-sales-orders.ron",
        "--format",
        "json",
    ]);
    assert_eq!(same.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&same.stdout).expect("JSON");
    assert_eq!(json["answers"].as_array().map(Vec::len), Some(0));
    let broken = run(&[
        "diff",
        "scenarios/07-import-large-volumes-of-sales-orders.ron",
        "no-such-file.ron",
    ]);
    assert_eq!(broken.status.code(), Some(2));
}
