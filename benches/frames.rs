//! CPU time of one frame of each view, through the kittest harness (no GPU: layout,
//! tessellation and the accessibility tree, which is what the app controls). Budget: under
//! 2 ms a frame. Run with `cargo bench --bench frames`.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use integration_advisor::gui::command::Command;
use integration_advisor::gui::files::Dialogs;
use integration_advisor::gui::{AdvisorApp, Preferences, View};

fn harness(view: View) -> Harness<'static, AdvisorApp> {
    let mut app =
        AdvisorApp::new(Preferences::default(), Dialogs::PathField).with_bundled_fonts_only();
    app.queue(Command::ShowView(view));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut AdvisorApp| app.show(ui), app);
    harness.run();
    harness
}

fn frames(c: &mut Criterion) {
    for view in View::ALL {
        let mut harness = harness(view);
        c.bench_function(
            &format!("frame: {} view", view.label().to_lowercase()),
            |b| b.iter(|| harness.step()),
        );
    }
}

/// The Portfolio view's frame with the sample programme (62 rows) and with it repeated to
/// 100,000 rows: the table lays out only the rows on screen, so both should cost the same.
fn portfolio_frames(c: &mut Criterion) {
    let folder = tempfile::tempdir().expect("folder");
    let sample = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("inventories/sample-programme.csv"),
    )
    .expect("the sample");
    let (header, body) = sample.split_once('\n').expect("a header");
    let rows: Vec<&str> = body.lines().collect();
    let mut large = format!("{header}\n");
    for index in 0..100_000 {
        large.push_str(rows[index % rows.len()]);
        large.push('\n');
    }
    for (name, text) in [("62 rows", sample.clone()), ("100,000 rows", large)] {
        let path = folder.path().join("inventory.csv");
        std::fs::write(&path, text).expect("written");
        let mut harness = harness(View::Portfolio);
        harness.state_mut().queue(Command::OpenPath(path));
        harness.step();
        // The inventory is read on a thread of its own; the frames measured are those of the
        // table, once it is there.
        while harness.state().inventory_loading() {
            std::thread::sleep(std::time::Duration::from_millis(10));
            harness.step();
        }
        harness.run();
        assert!(
            !harness.state().portfolio_titles().is_empty(),
            "the inventory is shown"
        );
        c.bench_function(&format!("frame: portfolio view, {name}"), |b| {
            b.iter(|| harness.step());
        });
    }
}

criterion_group!(benches, frames, portfolio_frames);
criterion_main!(benches);
