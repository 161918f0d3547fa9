//! Fuzzing with proptest: arbitrary bytes, and mutations of every valid scenario file. Loading,
//! evaluating and saving never panic, and every accepted file round-trips.
//!
//! `cargo test` runs 12,000 cases. A longer run: `IA_FUZZ_CASES=200000 cargo test --release
//! --test fuzz`.

use std::path::Path;

use integration_advisor::bundled;
use integration_advisor::core::evaluate;
use integration_advisor::io::load::parse_bytes;
use integration_advisor::io::to_canonical_string;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Cases per property: 6,000 each by default, so `cargo test` runs 12,000.
fn cases() -> u32 {
    std::env::var("IA_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6_000)
}

/// The valid files mutations start from: the bundled library and the format fixtures, read
/// once.
fn seeds() -> &'static [Vec<u8>] {
    static SEEDS: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    SEEDS.get_or_init(read_seeds)
}

fn read_seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for folder in ["scenarios", "tests/fixtures/format-1"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(folder))
            .expect("readable")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        paths.sort();
        files.extend(
            paths
                .into_iter()
                .map(|p| std::fs::read(p).expect("readable")),
        );
    }
    files
}

/// Pieces of scenario syntax that mutations splice in, to reach deeper than random bytes.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "-1",
    "0",
    "1e99",
    "99999999999999999999999",
    "2.5",
    "Some(",
    "None",
    "true",
    "false",
    "Scenario(",
    "Requirements(",
    "Every(minutes: ",
    "format: 2",
    "//",
    "/*",
    "*/",
    "r#\"",
    "\u{feff}",
    "\u{0}",
    "日本",
    "🦀",
    "\n",
    "decision: Some(Decision(",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, bits: u8 },
    Insert { at: usize, byte: u8 },
    Delete { at: usize, len: usize },
    Splice { at: usize, token: usize },
    Duplicate { at: usize, len: usize },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1u8..=255).prop_map(|(at, bits)| Mutation::Flip { at, bits }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Insert { at, byte }),
        (any::<usize>(), 1usize..40).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Mutation::Splice { at, token }),
        (any::<usize>(), 1usize..200).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
    match *mutation {
        Mutation::Flip { at: i, bits } => {
            if !bytes.is_empty() {
                let i = i % bytes.len();
                bytes[i] ^= bits;
            }
        }
        Mutation::Insert { at: i, byte } => {
            let i = at(i, bytes.len());
            bytes.insert(i, byte);
        }
        Mutation::Delete { at: i, len } => {
            let i = at(i, bytes.len());
            let end = (i + len).min(bytes.len());
            bytes.drain(i..end);
        }
        Mutation::Splice { at: i, token } => {
            let i = at(i, bytes.len());
            bytes.splice(i..i, TOKENS[token].bytes());
        }
        Mutation::Duplicate { at: i, len } => {
            let i = at(i, bytes.len());
            let end = (i + len).min(bytes.len());
            let copy = bytes[i..end].to_vec();
            bytes.splice(end..end, copy);
        }
        Mutation::Truncate { at: i } => {
            let i = at(i, bytes.len());
            bytes.truncate(i);
        }
    }
}

/// Load; if accepted, evaluate, save and load again: the result must be equal and stable.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let ids = bundled::pattern_ids();
    let Ok(scenario) = parse_bytes(bytes, ids) else {
        return Ok(());
    };
    let evaluation = evaluate(&scenario, bundled::catalogue());
    prop_assert_eq!(
        evaluation.ranking.len(),
        bundled::catalogue().patterns.len()
    );
    let saved = to_canonical_string(&scenario);
    let reloaded = parse_bytes(saved.as_bytes(), ids).map_err(|e| {
        TestCaseError::fail(format!("an accepted file did not reload: {e}\n{saved}"))
    })?;
    prop_assert_eq!(&reloaded, &scenario);
    prop_assert_eq!(to_canonical_string(&reloaded), saved);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_and_accepted_ones_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..1500)) {
        check(&bytes)?;
    }

    #[test]
    fn mutated_scenarios_never_panic_and_accepted_ones_round_trip(
        seed in any::<prop::sample::Index>(),
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let seeds = seeds();
        let mut bytes = seed.get(seeds).clone();
        for mutation in &mutations {
            apply(&mut bytes, mutation);
        }
        check(&bytes)?;
    }
}
