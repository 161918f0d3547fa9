//! The decision core's time: one evaluation, the whole advice the window and every command
//! build, the open-answer analysis, and reading a scenario. Each benchmark is named for what
//! it times; the budgets are in `benches/budgets.csv`, and `scripts/bench-check` compares.
//! Run with `cargo bench --bench evaluate`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use integration_advisor::bundled;
use integration_advisor::core::advice::{advise, advise_on};
use integration_advisor::core::evaluate;
use integration_advisor::core::explain::settlers;
use integration_advisor::core::flips::flips;
use integration_advisor::core::model::OpenQuestion;
use integration_advisor::io::parallel::Threads;
use integration_advisor::io::{load_path, parse_str, to_canonical_string};

fn evaluation(c: &mut Criterion) {
    let catalogue = bundled::catalogue();
    let scenarios = bundled::scenarios();
    let import = &scenarios
        .iter()
        .find(|s| s.file_name == "07-import-large-volumes-of-sales-orders.ron")
        .expect("bundled")
        .scenario;
    // `evaluate` alone: the ranking, the outcome and every reason with its source, which is
    // what an inventory's row costs.
    c.bench_function("evaluate one scenario: ranking, outcome and reasons", |b| {
        b.iter(|| evaluate(black_box(import), black_box(catalogue)));
    });
    // What the window computes on an edit and every command prints: the evaluation, what
    // would change it, what would settle the tie and (none here) the open answers.
    c.bench_function("the whole advice of one scenario (a tie)", |b| {
        b.iter(|| advise(black_box(import), black_box(catalogue)));
    });
    c.bench_function("evaluate the whole bundled library", |b| {
        b.iter(|| {
            for bundled in scenarios {
                black_box(evaluate(black_box(&bundled.scenario), catalogue));
            }
        });
    });
    // Scenario 07 is a tie: the window and `decide` also look for the answers that settle it.
    c.bench_function("evaluate a tie and find what would settle it", |b| {
        b.iter(|| {
            let evaluation = evaluate(black_box(import), catalogue);
            black_box(settlers(import, catalogue, &evaluation))
        });
    });
    // Every "what would change it" answer of a scenario, volume searches included.
    let portal = &scenarios
        .iter()
        .find(|s| s.file_name == "04-customer-portal-reads-order-status.ron")
        .expect("bundled")
        .scenario;
    c.bench_function("find every answer that would change the result", |b| {
        b.iter(|| {
            let evaluation = evaluate(black_box(portal), catalogue);
            black_box(flips(portal, catalogue, &evaluation))
        });
    });
    // A first meeting: the volume, real time and error feedback not known yet. All of "what
    // would change it" and the open-answer analysis, as the window works them out: `advise`
    // (the evaluation analyses the open answers once; this benchmark used to analyse them a
    // second time, which nothing in the product does).
    let mut open = portal.clone();
    open.requirements.peak_records_per_hour = None;
    open.requirements.not_known = vec![OpenQuestion::RealTime, OpenQuestion::ErrorFeedback];
    c.bench_function("flips and open answers of a first-meeting scenario", |b| {
        b.iter(|| black_box(advise_on(black_box(&open), catalogue, &Threads)));
    });
    // The heaviest first meeting the format allows today: a model-driven app receiving F&O
    // data, with its copy question, the volume, real time, the frequency and error feedback
    // all open; the whole advice, as the window and every command build it. With fewer than
    // `advisor_app::document::OFF_THREAD_ABOVE` combinations the window works it out on its UI thread,
    // so its budget is a frame.
    let mut meeting = scenarios
        .iter()
        .find(|s| s.file_name == "01-change-of-address-from-customer-service.ron")
        .expect("bundled")
        .scenario
        .clone();
    meeting.requirements.copy_wanted = None;
    meeting.requirements.peak_records_per_hour = None;
    meeting.requirements.not_known = vec![
        OpenQuestion::RealTime,
        OpenQuestion::Frequency,
        OpenQuestion::ErrorFeedback,
    ];
    c.bench_function(
        "the whole advice of a first meeting with a model-driven app",
        |b| {
            b.iter(|| black_box(advise_on(black_box(&meeting), catalogue, &Threads)));
        },
    );
    // A first meeting with nothing known: the eight questions, the volume and the copy
    // question open. Slow enough that ten samples tell.
    let mut nothing_known = meeting.clone();
    nothing_known.requirements.not_known = OpenQuestion::ALL.to_vec();
    let mut slow = c.benchmark_group("nothing known");
    slow.sample_size(10);
    slow.bench_function("the whole advice with every answer open", |b| {
        b.iter(|| black_box(advise_on(black_box(&nothing_known), catalogue, &Threads)));
    });
    slow.finish();
    let ids = bundled::pattern_ids();
    let text = to_canonical_string(import);
    c.bench_function("parse one scenario from its text in memory", |b| {
        b.iter(|| parse_str(black_box(&text), ids));
    });
    // The same through the file system: size check, read, parse, as Open does it.
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("import.ron");
    std::fs::write(&path, &text).expect("written");
    c.bench_function("load one scenario file from disk", |b| {
        b.iter(|| load_path(black_box(&path), ids));
    });
}

criterion_group!(benches, evaluation);
criterion_main!(benches);
