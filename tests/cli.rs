//! Runs the real binary on valid files and on each kind of broken file, and checks exit
//! codes, messages and the JSON contract.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_integration-advisor"))
}

fn run(args: &[&str]) -> Output {
    binary().args(args).output().expect("the binary runs")
}

fn code(output: &Output) -> i32 {
    output
        .status
        .code()
        .expect("exited, not killed by a signal")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn library() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"))
            .expect("scenarios/ exists")
            .map(|entry| entry.expect("readable").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
            .collect();
    files.sort();
    files
}

/// How many patterns the catalogue has.
const PATTERNS: usize = 16;

fn valid_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios/07-import-large-volumes-of-sales-orders.ron"),
    )
    .expect("readable")
}

/// Writes `text` to a file named `name` in a fresh folder; returns the folder and the path.
fn write_file(name: &str, text: &str) -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join(name);
    std::fs::write(&path, text).expect("written");
    (folder, path)
}

#[test]
fn decide_json_ranks_every_pattern_with_its_outcome_reasons_and_sources_for_every_file() {
    let files = library();
    let mut args = vec!["decide".to_owned()];
    args.extend(files.iter().map(|p| p.display().to_string()));
    args.extend(["--format".to_owned(), "json".to_owned()]);
    let output = binary().args(&args).output().expect("runs");
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let reports = json.as_array().expect("an array");
    assert_eq!(reports.len(), files.len());
    for (report, file) in reports.iter().zip(&files) {
        assert_eq!(
            report["file"],
            file.display().to_string(),
            "argument order is kept"
        );
        assert!(report["title"].as_str().is_some_and(|t| !t.is_empty()));
        let ranking = report["ranking"].as_array().expect("ranking");
        assert_eq!(ranking.len(), PATTERNS);
        assert_eq!(ranking[0]["fit"], "recommended");
        assert_eq!(ranking[0]["pattern"], report["recommended"]);
        let outcome = report["outcome"].as_str().expect("outcome");
        let tied = report["tied"].as_array().expect("tied");
        assert!(["clear", "tie", "no-fit", "open", "none"].contains(&outcome));
        assert_eq!(
            outcome == "tie",
            tied.len() >= 2,
            "tied is filled only for a tie"
        );
        if outcome == "tie" {
            assert_eq!(tied[0], report["recommended"]);
        }
        for entry in ranking {
            let reasons = entry["reasons"].as_array().expect("reasons");
            assert!(!reasons.is_empty(), "{} has reasons", entry["pattern"]);
            for reason in reasons {
                for key in ["rule", "effect", "text"] {
                    assert!(
                        reason[key].as_str().is_some_and(|v| !v.is_empty()),
                        "reason has {key}"
                    );
                }
                // Only our own "nothing speaks for or against it" has no source.
                let source = reason["source"].as_str().expect("source");
                assert!(
                    integration_advisor::core::sources::is_citable(source)
                        || reason["rule"] == "no-match",
                    "{source}"
                );
            }
        }
        assert!(report["warnings"].is_array());
    }
}

#[test]
fn decide_text_and_markdown_name_the_recommendation() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/06-field-workers-look-up-on-hand-inventory.ron");
    let file = file.display().to_string();
    let text = run(&["decide", &file]);
    assert_eq!(code(&text), 0);
    let printed = stdout(&text);
    assert!(printed.contains("outcome: clear\nRecommended: Custom service (SOAP / JSON)\n"));
    assert!(printed.contains("context: Field workers"), "{printed}");
    assert!(printed.contains("prerequisites for Custom service (SOAP / JSON):"));
    assert!(printed.contains("implementation steps for Custom service (SOAP / JSON)"));
    assert!(printed.contains("  In F&O:\n    1. "));
    assert!(!printed.contains("seed"), "{printed}");
    let markdown = run(&["decide", &file, "--format", "markdown"]);
    assert_eq!(code(&markdown), 0);
    assert!(
        stdout(&markdown)
            .contains("**Recommended: Custom service (SOAP / JSON)** (outcome: clear)")
    );
    assert!(stdout(&markdown).contains("| # | Pattern | Fit | Reasons |"));
}

#[test]
fn a_tie_names_both_patterns_and_what_would_settle_it() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/07-import-large-volumes-of-sales-orders.ron");
    let text = run(&["decide", &file.display().to_string()]);
    let printed = stdout(&text);
    assert!(
        printed.contains(
            "outcome: tie\nA tie: Recurring integrations or Data management package REST API\n"
        ),
        "{printed}"
    );
    assert!(printed.contains("settled by: F&O keeps the schedule (schedule_owner: Some(FinOps)) -> Recurring integrations"), "{printed}");
    assert!(
        !printed.contains("\nRecommended:"),
        "a tie is not shown as a recommendation"
    );
}

#[test]
fn no_bundled_output_repeats_a_sentence_or_names_our_source_files() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .expect("scenarios")
        .map(|e| e.expect("entry").path().display().to_string())
        .collect();
    files.sort();
    for file in files {
        let output = run(&["decide", &file]);
        let printed = stdout(&output);
        for banned in [
            "seed",
            "Seed",
            ".txt",
            "003_",
            "000_",
            "[no-match]",
            "favours +",
        ] {
            assert!(!printed.contains(banned), "{file} prints {banned:?}");
        }
        let mut seen = std::collections::BTreeSet::new();
        for line in printed.lines() {
            // A line without its source: the sentences are what must not repeat.
            let line = line.split(" (source: ").next().unwrap_or(line);
            let line = line.split_once(": ").map_or(line, |(_, rest)| rest);
            for sentence in line.split_inclusive(". ") {
                let sentence = sentence.trim();
                // Prose only: list items such as "runner-up: OData" may name a pattern again.
                if sentence.len() > 25 && sentence.ends_with('.') {
                    assert!(
                        seen.insert(sentence.to_owned()),
                        "{file} repeats {sentence:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn patterns_lists_the_catalogue_in_every_format() {
    let json = run(&["patterns", "--format", "json"]);
    assert_eq!(code(&json), 0);
    let patterns: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let patterns = patterns.as_array().expect("array");
    assert_eq!(patterns.len(), PATTERNS);
    assert!(
        patterns
            .iter()
            .all(|p| p["id"].is_string() && p["docs"].is_string() && p["timing"].is_string())
    );
    let text = run(&["patterns"]);
    assert!(stdout(&text).contains("Recurring integrations (recurring-integrations)"));
    let markdown = run(&["patterns", "--format", "markdown"]);
    assert_eq!(
        stdout(&markdown)
            .lines()
            .filter(|l| l.starts_with("| ["))
            .count(),
        PATTERNS
    );
}

/// Each kind of broken file: (name, text, the message's position and words).
fn broken_files() -> Vec<(&'static str, String, &'static str)> {
    let valid = valid_text();
    vec![
        ("zero-minutes.ron", valid.replace("Every(minutes: 5)", "Every(minutes: 0)"), ":12:35: expected a number of minutes between runs from 1 to 525,600 (a year), found 0"),
        ("negative-volume.ron", valid.replace("Some(200000)", "Some(-5)"), ":11:37: expected a number of records per hour up to 1,000,000,000,000, found the negative number -5"),
        ("fraction.ron", valid.replace("Some(200000)", "Some(2.5)"), ":11:37: expected a number of records per hour as a whole number, found the fraction 2.5"),
        ("huge-volume.ron", valid.replace("Some(200000)", "Some(1000000000001)"), ":11:37: expected a number of records per hour up to 1,000,000,000,000"),
        ("newer.ron", valid.replace("format: 1,", "format: 2,\n    colour: \"red\","), ":2:13: format 2 is newer than this program (1)"),
        ("format-zero.ron", valid.replace("format: 1,", "format: 0,"), ":2:13: the format number starts at 1, found 0"),
        ("unknown-field.ron", valid.replace("incremental: false,", "incremental: false,\n        colour: 3,"), ":16:9: unknown field `colour` in Requirements"),
        ("unknown-variant.ron", valid.replace("OtherSystem", "Martian"), ":6:22: unknown value `Martian` for `counterpart`"),
        ("not-a-bool.ron", valid.replace("real_time: false", "real_time: maybe"), ":10:20: expected true or false for `real_time`, found maybe"),
        ("empty-title.ron", valid.replace("title: \"Import large volumes of sales orders\"", "title: \"  \""), ":3:12: the title is empty"),
        ("truncated.ron", valid[..valid.find("        deployment").unwrap_or(300)].to_owned(), "`Requirements(` opened here is never closed, and neither is `Scenario(` at line 1: the file ends first"),
        ("missing-field.ron", valid.replace("        deployment: Cloud,\n", ""), "missing field `deployment` in Requirements"),
        ("bad-date.ron", valid.replace("decision: None", "decision: Some(Decision(status: Accepted, pattern: \"odata\", rationale: \"\", decided_by: [], date: \"2026-02-30\"))"), "expected a date as YYYY-MM-DD (for example 2026-11-22), found \"2026-02-30\""),
        ("unknown-pattern.ron", valid.replace("decision: None", "decision: Some(Decision(status: Accepted, pattern: \"ftp\", rationale: \"\", decided_by: [], date: \"2026-11-22\"))"), ":18:56: unknown pattern \"ftp\""),
        ("two-scenarios.ron", format!("{valid}{valid}"), "a second `Scenario(` starts here"),
        ("deep.ron", format!("Scenario(format: 1, x: {}1{})", "[".repeat(100_000), "]".repeat(100_000)), ":1:"),
        ("not-ron.ron", "{\"format\": 1}".to_owned(), ":1:1:"),
        ("empty.ron", String::new(), ":1:1:"),
    ]
}

#[test]
fn every_kind_of_broken_file_exits_2_with_its_position_and_a_clear_message() {
    for (name, text, expected) in broken_files() {
        let (_folder, path) = write_file(name, &text);
        for command in ["check", "decide"] {
            let output = run(&[command, &path.display().to_string()]);
            let message = stderr(&output);
            assert_eq!(code(&output), 2, "{command} {name}: {message}");
            assert!(
                message.starts_with(&path.display().to_string()),
                "{name}: names the file: {message}"
            );
            assert!(
                message.contains(expected),
                "{name}: expected {expected:?} in {message:?}"
            );
            assert!(!message.contains("panicked"), "{name}: {message}");
        }
    }
}

#[test]
fn files_that_are_not_scenario_text_are_refused_before_reading() {
    let folder = tempfile::tempdir().expect("folder");
    let big = folder.path().join("big.ron");
    std::fs::write(&big, vec![b' '; 1024 * 1024 + 1]).expect("written");
    let output = run(&["check", &big.display().to_string()]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("more than the 1 MiB a scenario file may have"));

    let output = run(&["check", &folder.path().display().to_string()]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("not a regular file"));

    let binary_file = folder.path().join("binary.ron");
    std::fs::write(&binary_file, [b'S', 0xc3, 0x28]).expect("written");
    let output = run(&["check", &binary_file.display().to_string()]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains(":1:2: the byte 0xC3 here is not UTF-8 text"));

    let missing = folder.path().join("missing.ron");
    let output = run(&["check", &missing.display().to_string()]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("cannot read the file"));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let (_folder, path) = write_file("bom.ron", &format!("\u{feff}{}", valid_text()));
    let output = run(&["check", &path.display().to_string()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}

fn with_decision(status: &str, pattern: &str) -> String {
    valid_text().replace(
        "decision: None",
        &format!("decision: Some(Decision(status: {status}, pattern: \"{pattern}\", rationale: \"r\", decided_by: [\"A\"], date: \"2026-11-22\"))"),
    )
}

#[test]
fn check_reports_drift_with_exit_1_and_accepts_defensible_decisions() {
    let cases = [
        ("Accepted", "odata", 1),                  // weak now: drift
        ("Proposed", "dual-write", 1),             // weak now: drift
        ("Rejected", "recurring-integrations", 1), // recommended now: drift
        ("Accepted", "recurring-integrations", 0), // recommended
        ("Accepted", "package-rest-api", 0),       // suitable: a defensible alternative
        ("Rejected", "odata", 0),
        ("Superseded", "odata", 0),
    ];
    for (status, pattern, expected) in cases {
        let (_folder, path) = write_file("decided.ron", &with_decision(status, pattern));
        let output = run(&["check", &path.display().to_string()]);
        assert_eq!(
            code(&output),
            expected,
            "{status} {pattern}: {}{}",
            stdout(&output),
            stderr(&output)
        );
        if expected == 1 {
            assert!(stderr(&output).contains("drift"), "{}", stderr(&output));
        }
    }
}

#[test]
fn a_bad_file_wins_over_drift_and_good_files_are_still_reported() {
    let folder = tempfile::tempdir().expect("folder");
    let drifted = folder.path().join("drifted.ron");
    std::fs::write(&drifted, with_decision("Accepted", "odata")).expect("written");
    let broken = folder.path().join("broken.ron");
    std::fs::write(&broken, "Scenario(").expect("written");
    let output = run(&[
        "check",
        &drifted.display().to_string(),
        &broken.display().to_string(),
    ]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("drift"));
    let good = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/07-import-large-volumes-of-sales-orders.ron");
    let output = run(&[
        "decide",
        &broken.display().to_string(),
        &good.display().to_string(),
        "--format",
        "json",
    ]);
    assert_eq!(code(&output), 2);
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("JSON of the files that loaded");
    assert_eq!(json.as_array().map(Vec::len), Some(1));
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    assert_eq!(code(&run(&["decide"])), 2);
    assert_eq!(code(&run(&["decide", "x.ron", "--format", "yaml"])), 2);
    assert_eq!(code(&run(&["frobnicate", "x", "y"])), 2);
    assert_eq!(code(&run(&["--help"])), 0);
}

#[test]
fn fmt_rewrites_to_canonical_form_and_check_reports_without_writing() {
    let messy = valid_text()
        .replace("    title:", "  title:")
        .replace("format: 1,", "format: 1, ");
    let (_folder, path) = write_file("messy.ron", &messy);
    let name = path.display().to_string();
    let output = run(&["fmt", "--check", &name]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(&path).expect("readable"),
        messy,
        "--check writes nothing"
    );
    let output = run(&["fmt", &name]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(&path).expect("readable"),
        valid_text()
    );
    assert_eq!(code(&run(&["fmt", "--check", &name])), 0);
}

#[test]
fn fmt_refuses_files_with_comments_unless_told_to_strip_them() {
    let commented = valid_text().replace("    title:", "    // the name\n    title:");
    let (_folder, path) = write_file("commented.ron", &commented);
    let name = path.display().to_string();
    let output = run(&["fmt", &name]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("has comments"));
    assert_eq!(std::fs::read_to_string(&path).expect("readable"), commented);
    assert_eq!(code(&run(&["fmt", "--strip-comments", &name])), 0);
    assert_eq!(
        std::fs::read_to_string(&path).expect("readable"),
        valid_text()
    );
}

#[test]
fn the_bundled_library_is_in_canonical_form() {
    let files: Vec<String> = library().iter().map(|p| p.display().to_string()).collect();
    let mut args = vec!["fmt", "--check"];
    args.extend(files.iter().map(String::as_str));
    let output = run(&args);
    assert_eq!(code(&output), 0, "{}", stdout(&output));
}

#[test]
fn a_closed_output_pipe_still_processes_every_file_and_reports_the_worst() {
    // Like `decide ... | head -1`: the reader goes away early. The JSON of the library is far
    // larger than a pipe holds, so the program hits the closed pipe before the last file.
    let (_folder, broken) = write_file("broken.ron", "Scenario(");
    let mut args: Vec<String> = vec![
        "decide".to_owned(),
        "--format".to_owned(),
        "json".to_owned(),
    ];
    args.extend(library().iter().map(|p| p.display().to_string()));
    args.push(broken.display().to_string());
    let mut child = binary()
        .args(&args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("ends");
    assert_eq!(
        code(&output),
        2,
        "the broken last file still counts: {}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("broken.ron:1:"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn questions_lists_every_field_of_the_format_with_its_help_and_source() {
    let json = run(&["questions", "--format", "json"]);
    assert_eq!(code(&json), 0);
    let questions: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let fields: Vec<&str> = questions
        .as_array()
        .expect("array")
        .iter()
        .map(|q| q["field"].as_str().expect("field"))
        .collect();
    for field in [
        "counterpart",
        "peak_records_per_hour",
        "copy_wanted",
        "schedule_owner",
        "payload",
        "low_code",
    ] {
        assert!(fields.contains(&field), "{field} is listed");
    }
    for q in questions.as_array().expect("array") {
        assert!(q["help"].as_str().is_some_and(|h| !h.is_empty()));
        assert!(
            q["source"]
                .as_str()
                .is_some_and(integration_advisor::core::sources::is_citable)
        );
    }
    let text = stdout(&run(&["questions"]));
    assert!(text.contains("Who keeps the schedule (schedule_owner)"));
}

#[test]
fn answers_not_known_yet_list_what_stays_possible_and_what_to_ask_next() {
    let portal = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios/04-customer-portal-reads-order-status.ron"),
    )
    .expect("readable");
    let text = portal
        .replace(
            "        endpoint_tls12: None,\n",
            "        endpoint_tls12: None,\n        not_known: [RealTime],\n",
        )
        .replace("Some(5000)", "None");
    let (_folder, path) = write_file("open.ron", &text);
    let output = run(&["decide", &path.display().to_string(), "--format", "json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let report = &json[0];
    let possible: Vec<&str> = report["possible"]
        .as_array()
        .expect("possible")
        .iter()
        .map(|p| p.as_str().expect("id"))
        .collect();
    // A portal read stays OData at any modest volume; at bulk volume the batch APIs come in.
    assert_eq!(possible[0], "odata", "{possible:?}");
    assert!(possible.len() >= 2, "{possible:?}");
    let asks: Vec<(&str, u64)> = report["ask_next"]
        .as_array()
        .expect("ask_next")
        .iter()
        .map(|a| {
            (
                a["field"].as_str().expect("field"),
                a["outcomes"].as_u64().expect("count"),
            )
        })
        .collect();
    assert_eq!(asks[0].0, "peak_records_per_hour", "{asks:?}");
    assert!(asks[0].1 >= 2, "{asks:?}");
    assert!(
        asks.iter().any(|(field, _)| *field == "real_time"),
        "{asks:?}"
    );
    // A file with every answer known has neither key.
    let known = run(&[
        "decide",
        &write_file("known.ron", &valid_text())
            .1
            .display()
            .to_string(),
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&known.stdout).expect("JSON");
    assert!(json[0].get("ask_next").is_none());
}

#[test]
fn the_version_names_the_program_and_its_catalogue() {
    let output = run(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    let catalogue = integration_advisor::bundled::catalogue();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!(
            "integration-advisor {} (catalogue {})",
            env!("CARGO_PKG_VERSION"),
            catalogue.version
        )
    );
}

/// The commands take the catalogue as their context, not from a global: given another one,
/// they print its names.
#[test]
fn the_commands_use_the_catalogue_they_are_given() {
    use integration_advisor::bundled::{self, Library};
    use integration_advisor::cli::{self, Outcome, OutputFormat};

    let mut catalogue = bundled::catalogue().clone();
    catalogue.patterns[0].name = "A pattern renamed for this test".to_owned();
    let library = Library {
        catalogue: &catalogue,
        pattern_ids: bundled::pattern_ids(),
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let outcome = cli::run_with(
        &library,
        &cli::Command::Patterns {
            format: OutputFormat::Text,
        },
        &mut out,
        &mut err,
    );
    assert_eq!(
        outcome,
        Outcome::Success,
        "{}",
        String::from_utf8_lossy(&err)
    );
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("A pattern renamed for this test"), "{text}");
    // The built-in catalogue is untouched: the plain entry point still prints its name.
    let (mut out, mut err) = (Vec::new(), Vec::new());
    cli::run(
        &cli::Command::Patterns {
            format: OutputFormat::Text,
        },
        &mut out,
        &mut err,
    );
    assert!(!String::from_utf8_lossy(&out).contains("renamed for this test"));
}
