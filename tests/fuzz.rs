//! Fuzzing with proptest: arbitrary bytes, byte-level mutations of every valid scenario file,
//! and field-level mutations that give fields valid and invalid values. Loading, evaluating
//! and saving never panic, every refusal is worded without raw parser phrases, and every
//! accepted file round-trips (save, load, equal).
//!
//! Byte noise is almost always refused, so on its own it would never reach the round trip.
//! The field-level generator is counted: at least a fifth of its files must be accepted, all of
//! those must round-trip, and at least a fifth must be refused, so the test fails if the
//! generator degenerates into all-valid or all-broken files.
//!
//! `cargo test` runs 12,000 cases. A longer run: `IA_FUZZ_CASES=200000 cargo test --release
//! --test fuzz`.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use integration_advisor::bundled;
use integration_advisor::core::evaluate;
use integration_advisor::io::load::parse_bytes;
use integration_advisor::io::to_canonical_string;
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};

#[path = "fuzz/fields.rs"]
mod fields;

use fields::{canonical_seeds, field_edit};

/// Cases of the field-level property: 6,000 by default; the two byte-level properties run
/// half as many each, so `cargo test` runs 12,000.
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

/// What became of a generated file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Refused, with a plain message.
    Refused,
    /// Accepted, and saving and loading it again gave the same scenario.
    RoundTripped,
}

/// ron's own phrases: none may reach the user.
const RAW: &[&str] = &[
    "Expected",
    "Unexpected",
    "out of bounds",
    "SpannedError",
    "identifier",
    "invalid type",
    "unknown variant",
];

/// Load; if refused, the message must be plain words; if accepted, evaluate, save and load
/// again: the result must be equal and stable.
fn check(bytes: &[u8]) -> Result<Outcome, TestCaseError> {
    let ids = bundled::pattern_ids();
    let scenario = match parse_bytes(bytes, ids) {
        Ok(scenario) => scenario,
        Err(error) => {
            for raw in RAW {
                prop_assert!(
                    !error.message.contains(raw),
                    "raw parser phrase {:?} in {}",
                    raw,
                    error
                );
            }
            return Ok(Outcome::Refused);
        }
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
    Ok(Outcome::RoundTripped)
}

fn byte_config() -> ProptestConfig {
    ProptestConfig {
        cases: cases() / 2,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(byte_config())]

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

#[test]
fn field_level_mutations_are_often_valid_and_every_valid_one_round_trips() {
    let texts = canonical_seeds();
    let mut runner = TestRunner::new(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let generated = AtomicUsize::new(0);
    let accepted = AtomicUsize::new(0);
    let round_tripped = AtomicUsize::new(0);
    let strategy = (
        any::<prop::sample::Index>(),
        proptest::collection::vec(field_edit(), 1..4),
        proptest::option::weighted(0.2, mutation()),
    );
    let result = runner.run(&strategy, |(seed, edits, noise)| {
        let mut text = seed.get(&texts).clone();
        for edit in &edits {
            text = edit.apply(&text);
        }
        let mut bytes = text.into_bytes();
        if let Some(noise) = &noise {
            apply(&mut bytes, noise);
        }
        generated.fetch_add(1, Ordering::Relaxed);
        let accepted_before = parse_bytes(&bytes, bundled::pattern_ids()).is_ok();
        if accepted_before {
            accepted.fetch_add(1, Ordering::Relaxed);
        }
        if check(&bytes)? == Outcome::RoundTripped {
            round_tripped.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
    let (generated, accepted, round_tripped) = (
        generated.into_inner(),
        accepted.into_inner(),
        round_tripped.into_inner(),
    );
    println!("generated {generated}, accepted {accepted}, round-tripped {round_tripped}");
    assert!(
        accepted * 5 >= generated,
        "at least 20% of the generated files are valid: {accepted} of {generated}"
    );
    assert!(
        (generated - accepted) * 5 >= generated,
        "at least 20% of the generated files are broken: {} of {generated}",
        generated - accepted
    );
    assert_eq!(round_tripped, accepted, "every accepted file round-trips");
}
