//! The window: one eframe app with a library, a scenario editor, the result, the patterns
//! table and a side-by-side comparison.

pub mod app;
pub mod files;
pub mod icon;
pub mod preferences;
pub mod screenshot;
pub mod shortcuts;
pub mod theme;
pub mod ui_ext;
pub mod undo;
pub mod views;

// The window's state lives in the advisor-app crate, which has no GUI toolkit; the window
// names its modules as its own.
pub use advisor_app::view::View;
pub use advisor_app::{
    command, dialog_data, document, loaded_inventory, new_scenarios, opening, recovery_keeper,
    saving, workspace,
};

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use app::AdvisorApp;

/// The built-in library as a workspace, each document with egui's undo history.
pub fn bundled_workspace() -> Workspace {
    Workspace::of(
        crate::bundled::library(),
        crate::bundled::scenarios(),
        undo::egui_history,
    )
}
pub use preferences::Preferences;
use workspace::Workspace;

/// Light or dark, as chosen on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// How the window starts.
#[derive(Debug, Clone, Default)]
pub struct GuiOptions {
    /// A scenario file to open.
    pub file: Option<PathBuf>,
    /// Write a PNG of the window here and exit.
    pub screenshot: Option<PathBuf>,
    /// The view to show first.
    pub view: Option<View>,
    /// Whether the Portfolio view shows the landscape picture rather than the table.
    pub landscape: bool,
    /// The theme to use.
    pub theme: Option<ThemeChoice>,
    /// The window's inner size in points; the default suits a laptop.
    pub size: Option<[f32; 2]>,
    /// Start in presentation mode.
    pub presentation: bool,
}

/// The window's first size when none is asked for, in points.
const DEFAULT_SIZE: [f32; 2] = [1400.0, 880.0];

/// Opens the window and runs until it closes.
pub fn run(options: GuiOptions) -> anyhow::Result<()> {
    let outcome: screenshot::Outcome = Arc::new(Mutex::new(None));
    let screenshot_mode = options.screenshot.is_some();
    let size = options.size.unwrap_or(DEFAULT_SIZE);
    // A screenshot run draws what a first start looks like: it reads nothing the user's
    // sessions stored (panel sizes, scroll positions) and leaves nothing behind.
    let scratch = if screenshot_mode {
        Some(tempfile::tempdir()?)
    } else {
        None
    };
    let mut viewport = egui::ViewportBuilder::default();
    if let Some(icon) = icon::app_icon() {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions {
        viewport: viewport
            .with_title("Integration Advisor")
            .with_inner_size(size)
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true)
            .with_app_id("integration-advisor"),
        // A screenshot run must not disturb the user's saved preferences.
        persist_window: !screenshot_mode,
        persistence_path: scratch.as_ref().map(|dir| dir.path().join("state.ron")),
        ..Default::default()
    };
    let app_outcome = Arc::clone(&outcome);
    // The catalogue's parsing and the bundled scenarios' evaluation take milliseconds the
    // platform's window setup (tens of them) can hide on another core.
    let workspace_ahead = std::thread::spawn(|| bundled_workspace().explained());
    eframe::run_native(
        "integration-advisor",
        native,
        Box::new(move |cc| {
            let mut preferences: Preferences = if screenshot_mode {
                Preferences::default()
            } else {
                cc.storage
                    .and_then(|s| eframe::get_value(s, app::PREFERENCES_KEY))
                    .unwrap_or_default()
            };
            if let Some(view) = options.view {
                preferences.view = view;
            }
            if let Some(theme) = options.theme {
                preferences.dark_theme = theme == ThemeChoice::Dark;
            }
            let recovery = if screenshot_mode {
                None
            } else {
                crate::io::recovery::default_folder()
            };
            // Made while the platform opened the window; a thread that failed is no reason
            // not to start, so the library is then made here.
            let workspace = workspace_ahead
                .join()
                .unwrap_or_else(|_| bundled_workspace().explained());
            let mut app = AdvisorApp::on(workspace, preferences, files::Dialogs::detect())
                .with_recovery(recovery);
            // The fonts now, so that the first frame lays its text out with them: set later,
            // they replace egui's default ones one frame on and every glyph is drawn twice.
            app.apply_look(&cc.egui_ctx);
            if let Some(file) = &options.file {
                app.open_path(file);
            }
            if options.presentation {
                app.set_presentation(&cc.egui_ctx, true, !screenshot_mode);
            }
            if options.landscape {
                app.show_landscape();
            }
            if let Some(path) = options.screenshot.clone() {
                app = app.with_screenshot(screenshot::Screenshot::new(path, app_outcome));
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|error| anyhow::anyhow!("could not open the window: {error}"))?;
    if screenshot_mode {
        let result = outcome.lock().ok().and_then(|mut o| o.take());
        match result {
            Some(Ok(path)) => println!("wrote {}", path.display()),
            Some(Err(error)) => anyhow::bail!("could not write the screenshot: {error}"),
            None => anyhow::bail!("the window closed before the screenshot was taken"),
        }
    }
    Ok(())
}
