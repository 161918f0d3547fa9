//! Runs the whole representative input space through the engine and reports how decided the
//! answers are: outcomes, headlines without support, and which patterns are recommended.
//!
//! `cargo run --release --example input_space`

use std::collections::BTreeMap;

use integration_advisor::bundled;
use integration_advisor::core::evaluate;
use integration_advisor::core::input_space::for_each_base;
use integration_advisor::core::model::Scenario;
use integration_advisor::core::rules::NoteId;

fn main() {
    let catalogue = bundled::catalogue();
    let mut scenario = Scenario {
        title: "input space".to_owned(),
        context: String::new(),
        requirements: Default::default(),
        decision: None,
    };
    let mut total = 0_u64;
    let mut outcomes: BTreeMap<String, u64> = BTreeMap::new();
    let mut unsupported_headline = 0_u64;
    let mut recommended: BTreeMap<String, u64> = BTreeMap::new();
    let mut no_fit_by_kind: BTreeMap<String, u64> = BTreeMap::new();
    let mut no_fit_with_conflict = 0_u64;
    for_each_base(|requirements| {
        scenario.requirements = requirements.clone();
        let evaluation = evaluate(&scenario, catalogue);
        total += 1;
        *outcomes
            .entry(evaluation.outcome.label().to_owned())
            .or_default() += 1;
        if evaluation.ranking.first().is_some_and(|top| top.score <= 0) {
            unsupported_headline += 1;
        }
        if evaluation.outcome.label() == "no-fit"
            && evaluation
                .warnings
                .iter()
                .any(|w| w.rule == NoteId::Conflict)
        {
            no_fit_with_conflict += 1;
        }
        if evaluation.outcome.label() == "no-fit" {
            let r = requirements;
            let kind = format!(
                "{} / {} / {:?} / {:?} / real time {}",
                r.counterpart.label(),
                r.direction.label(),
                r.initiator,
                r.exchange,
                r.real_time
            );
            *no_fit_by_kind.entry(kind).or_default() += 1;
        }
        // What the headline presents: the pattern of a clear outcome, or the tied patterns.
        let key = match evaluation.outcome.label() {
            "clear" => evaluation.recommended.clone().unwrap_or_default(),
            "tie" => format!("tie: {}", evaluation.tied.join(" / ")),
            other => format!("({other})"),
        };
        *recommended.entry(key).or_default() += 1;
    });
    println!("{total} scenarios");
    println!("outcomes:");
    for (outcome, count) in &outcomes {
        println!("  {outcome:<10} {count:>6}");
    }
    println!("headline pattern with score <= 0: {unsupported_headline}");
    println!(
        "no-fit where the answers contradict each other (a conflict warning): {no_fit_with_conflict}"
    );
    if std::env::args().any(|a| a == "--no-fit") {
        let mut kinds: Vec<_> = no_fit_by_kind.into_iter().collect();
        kinds.sort_by_key(|kind| std::cmp::Reverse(kind.1));
        println!("no-fit by counterpart / direction / initiator / exchange / real time:");
        for (kind, count) in kinds.iter().take(25) {
            println!("  {count:>5}  {kind}");
        }
    }
    println!("headlines:");
    let mut by_count: Vec<_> = recommended.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (pattern, count) in by_count {
        println!("  {pattern:<28} {count:>6}");
    }
}
