//! How few questions a first meeting could possibly ask: for each casebook case, the smallest
//! set of the meeting's questions whose answers (the case's own) leave nothing the case can
//! answer pending, found by trying every set, smallest first. No order of asking, however
//! clever, settles a case in fewer questions than its smallest set, so the average of these
//! is a floor under the simulated meeting's average (`tests/casebook.rs`, BENCHMARKS.md).
//!
//!   cargo run --release --example `meeting_bound`

#[path = "../tests/support/case_text.rs"]
mod case_text;

use std::collections::BTreeMap;
use std::path::Path;

use integration_advisor::bundled;
use integration_advisor::core::engine::evaluate;
use integration_advisor::core::field::Field;
use integration_advisor::core::interview::QUESTIONS;
use integration_advisor::core::model::{OpenQuestion, Requirements, Scenario};
use integration_advisor::core::unknowns::ResultKey;

/// Gives `case`'s answer to `field` in `trial`, or leaves it open.
fn set(trial: &mut Requirements, case: &Requirements, field: Field, open: bool) {
    match OpenQuestion::of_field(field) {
        Some(question) => trial.set_open(question, open),
        None => {
            trial.peak_records_per_hour = if open {
                None
            } else {
                case.peak_records_per_hour
            };
        }
    }
}

/// Whether asking `subset` of `askable` (as bits) settles `case`: nothing it can answer is
/// pending; and whether the result then is the full answers' result.
fn settles(case: &Scenario, askable: &[Field], subset: u32) -> Option<bool> {
    let catalogue = bundled::catalogue();
    let mut trial = case.clone();
    for (bit, &field) in askable.iter().enumerate() {
        let asked = subset & (1 << bit) != 0;
        set(&mut trial.requirements, &case.requirements, field, !asked);
    }
    let evaluation = evaluate(&trial, catalogue);
    if askable.iter().any(|f| evaluation.pending.contains(f)) {
        return None;
    }
    Some(ResultKey::of(&evaluation) == ResultKey::of(&evaluate(case, catalogue)))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/casebook");
    let mut paths: Vec<_> = std::fs::read_dir(&folder)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
    let mut total = 0;
    let mut wrong = 0;
    for path in &paths {
        let text = std::fs::read_to_string(path)?;
        let case = integration_advisor::io::load::parse_str(
            case_text::scenario_text(&text),
            bundled::pattern_ids(),
        )
        .map_err(|error| format!("{}: {error:?}", path.display()))?;
        // The questions the simulated meeting starts with open: those the case answers.
        let askable: Vec<Field> = QUESTIONS
            .into_iter()
            .filter(|field| *field != Field::CopyWanted)
            .filter(|field| match OpenQuestion::of_field(*field) {
                Some(question) => !case.requirements.is_open(question),
                None => case.requirements.peak_records_per_hour.is_some(),
            })
            .collect();
        let mut subsets: Vec<u32> = (0..1u32 << askable.len()).collect();
        subsets.sort_by_key(|s| s.count_ones());
        let smallest = subsets
            .into_iter()
            .find_map(|subset| settles(&case, &askable, subset).map(|right| (subset, right)));
        let (subset, right) = smallest.ok_or("every question asked settles a case")?;
        let size = subset.count_ones() as usize;
        total += size;
        wrong += usize::from(!right);
        *sizes.entry(size).or_default() += 1;
        let asked: Vec<&str> = askable
            .iter()
            .enumerate()
            .filter(|(bit, _)| subset & (1 << bit) != 0)
            .map(|(_, field)| field.name())
            .collect();
        println!(
            "{}: {size} ({})",
            path.file_name().unwrap_or_default().to_string_lossy(),
            asked.join(", ")
        );
    }
    #[expect(clippy::cast_precision_loss)]
    let average = total as f64 / paths.len() as f64;
    println!(
        "{} cases: the smallest settling set has {average:.2} questions on average; by size: {sizes:?}; {wrong} settled on another result than the full answers'",
        paths.len()
    );
    Ok(())
}
