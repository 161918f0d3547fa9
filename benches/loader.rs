//! The slowest input the loader sees: every file of the malformed corpus, every fuzz seed (the
//! bundled library and the format fixtures), and large adversarial files near the 1 MiB cap.
//! Each is loaded (or refused) from disk several times; the report lists the slowest.
//! Run with `cargo bench --bench loader`. Budget: every input under 1 s.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use integration_advisor::bundled;
use integration_advisor::io::load::MAX_FILE_BYTES;
use integration_advisor::io::load_path;

const RUNS: usize = 7;

/// Issue 4: any file of the corpus or of the fuzz seeds is refused or loaded in under 1 s.
const BUDGET: Duration = Duration::from_secs(1);

fn ron_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "ron"));
    files.sort();
    files
}

/// Files built to be slow: the largest input the cap allows, shaped to stress each part of
/// the parser.
fn adversarial(folder: &Path) -> Vec<PathBuf> {
    let cap = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX) - 64;
    let valid = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios/07-import-large-volumes-of-sales-orders.ron"),
    )
    .unwrap_or_default();
    let cases: Vec<(&str, String)> = vec![
        (
            "huge-context.ron",
            valid.replace(
                "context: \"",
                &format!("context: \"{}", "x".repeat(cap - valid.len())),
            ),
        ),
        (
            "huge-escapes.ron",
            valid.replace(
                "context: \"",
                &format!("context: \"{}", "\\n".repeat((cap - valid.len()) / 2)),
            ),
        ),
        (
            "deep-brackets.ron",
            format!("Scenario(format: 1, notes: {}", "[".repeat(cap - 40)),
        ),
        (
            "many-unknown-fields.ron",
            format!("Scenario(format: 1, {}", "a: 1, ".repeat((cap - 40) / 6)),
        ),
        (
            "long-list.ron",
            format!(
                "Scenario(format: 1, notes: [{}])",
                "1,".repeat((cap - 40) / 2)
            ),
        ),
        ("blank.ron", " ".repeat(cap)),
        ("comments.ron", "// comment\n".repeat(cap / 11)),
    ];
    cases
        .into_iter()
        .map(|(name, text)| {
            let path = folder.join(name);
            std::fs::write(&path, text).expect("written");
            path
        })
        .collect()
}

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = tempfile::tempdir().expect("folder");
    let mut inputs = ron_files(&root.join("tests/corpus"));
    inputs.extend(ron_files(&root.join("scenarios")));
    inputs.extend(ron_files(&root.join("tests/fixtures/format-1")));
    inputs.extend(adversarial(scratch.path()));
    let ids = bundled::pattern_ids();
    let mut timings: Vec<(Duration, String, bool)> = inputs
        .iter()
        .map(|path| {
            let mut runs: Vec<Duration> = (0..RUNS)
                .map(|_| {
                    let started = Instant::now();
                    let result = std::hint::black_box(load_path(path, ids));
                    let elapsed = started.elapsed();
                    drop(result);
                    elapsed
                })
                .collect();
            runs.sort();
            let accepted = load_path(path, ids).is_ok();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (runs[RUNS / 2], name, accepted)
        })
        .collect();
    timings.sort_by_key(|t| std::cmp::Reverse(t.0));
    println!(
        "{} inputs, median of {RUNS} loads each; slowest first:",
        timings.len()
    );
    for (time, name, accepted) in timings.iter().take(10) {
        println!(
            "  {:>10.3} ms  {name} ({})",
            time.as_secs_f64() * 1e3,
            if *accepted { "loaded" } else { "refused" }
        );
    }
    let slowest = timings.first().map_or(Duration::ZERO, |t| t.0);
    let within = slowest < BUDGET;
    println!(
        "slowest: {:.3} ms (budget {} ms): {}",
        slowest.as_secs_f64() * 1e3,
        BUDGET.as_millis(),
        if within {
            "within budget"
        } else {
            "OVER BUDGET"
        }
    );
    // scripts/bench-check runs this in CI: a miss fails it.
    if within {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
