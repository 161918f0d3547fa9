#![allow(missing_docs)] // criterion_group! generates undocumented items

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

criterion_group!(benches, frames);
criterion_main!(benches);
