//! The baseline for startup, memory and idle measurements: an eframe window of the same
//! version, features and size as the app's, drawing one label. `scripts/startup` starts it
//! and the app in turn and compares when each window becomes visible, what each holds in
//! memory, and what each costs while idle.
//!
//!   cargo run --release --example `bare_window`

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare window")
            .with_inner_size([1400.0, 880.0]),
        ..Default::default()
    };
    eframe::run_ui_native("bare-window", options, |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("A bare eframe window");
        });
    })
}
