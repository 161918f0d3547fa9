//! Reading and evaluating an inventory: 10,000 interfaces made from the bundled sample, once
//! with the sample's repeated answers and once with every row's answers different (a volume
//! of its own), streamed from CSV, evaluated on every core and counted (nothing rendered, no
//! row kept).
//!
//!   cargo bench --bench portfolio

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use integration_advisor::core::portfolio::Summary;
use integration_advisor::io::inventory::evaluate_inventory;

const ROWS: usize = 10_000;

/// Writes `ROWS` rows of the sample programme to `folder`; with `distinct`, each row gets a
/// peak volume of its own, so that no two rows have the same answers.
fn inventory(folder: &Path, distinct: bool) -> PathBuf {
    let sample = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("inventories/sample-programme.csv"),
    )
    .expect("the sample");
    let mut lines = sample.lines();
    let header = lines.next().expect("a header");
    let body: Vec<Vec<String>> = lines
        .map(|line| {
            csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(line.as_bytes())
                .records()
                .next()
                .expect("a record")
                .expect("readable")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    let path = folder.join(if distinct {
        "distinct.csv"
    } else {
        "repeated.csv"
    });
    let mut writer = csv::Writer::from_path(&path).expect("created");
    writer.write_record(header.split(',')).expect("written");
    for index in 0..ROWS {
        let mut row = body[index % body.len()].clone();
        row[0] = format!("INT-{index:06}");
        if distinct {
            row[7] = (100 + index * 7).to_string();
        }
        writer.write_record(&row).expect("written");
    }
    writer.flush().expect("flushed");
    path
}

fn portfolio(c: &mut Criterion) {
    let catalogue = integration_advisor::bundled::catalogue();
    let folder = tempfile::tempdir().expect("folder");
    for (name, distinct) in [("repeated answers", false), ("every row different", true)] {
        let path = inventory(folder.path(), distinct);
        c.bench_function(
            &format!("read and evaluate 10,000 interfaces, {name}"),
            |b| {
                b.iter(|| {
                    let mut summary = Summary::new();
                    evaluate_inventory(
                        black_box(&path),
                        None,
                        catalogue,
                        &|_, _, _| {},
                        &mut |block| {
                            summary.merge(block.summary);
                            true
                        },
                    )
                    .expect("reads");
                    black_box(summary);
                });
            },
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = portfolio
}
criterion_main!(benches);
