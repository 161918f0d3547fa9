//! What the window tests share: the app on the bundled library in a kittest harness.

use egui_kittest::Harness;
use integration_advisor::gui::files::Dialogs;
use integration_advisor::gui::{AdvisorApp, Preferences};

/// The app as a first start shows it, drawn with the bundled fonts alone, in a window large
/// enough for every view; the path field stands in for file dialogs.
pub fn harness() -> Harness<'static, AdvisorApp> {
    harness_of_size(egui::vec2(1400.0, 1000.0))
}

/// The same app in a window of `size` (a projector's 1280×720, say).
pub fn harness_of_size(size: egui::Vec2) -> Harness<'static, AdvisorApp> {
    let app = AdvisorApp::new(Preferences::default(), Dialogs::PathField).with_bundled_fonts_only();
    let mut harness = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut AdvisorApp| app.show(ui), app);
    harness.run();
    harness
}
