//! The app: owns the documents and the views, draws the window, and runs the queued commands
//! after the views have drawn.

use std::path::PathBuf;

use egui::{RichText, Ui, ViewportCommand};

use super::View;
mod actions;
mod autosave;
mod capture;
mod disk_watch;
mod exporting;
mod guidance;
mod inventory;
mod menu;
mod saving;
mod status_bar;

use crate::io::recovery::{self, RecoveredDocument};

use super::command::Command;
use super::document::Document;
use super::files::Dialogs;
use super::preferences::Preferences;
use super::recovery_keeper::RecoveryKeeper;
use super::screenshot::Screenshot;
use super::theme;
use super::ui_ext::UiExt as _;
use super::views::compare::CompareView;
use super::views::dialogs::{self, Dialog};
use super::views::editor::EditorView;
use super::views::library::LibraryView;
use super::views::patterns::PatternsView;
use super::views::portfolio::PortfolioView;
use super::views::result::ResultView;
use super::workspace::Workspace;

/// The key under which preferences live in eframe storage.
pub const PREFERENCES_KEY: &str = "integration-advisor-preferences";

/// The whole window's state.
pub struct AdvisorApp {
    /// The documents, the one shown and the questions waiting (no window needed).
    workspace: Workspace,
    /// UI preferences, persisted by eframe.
    preferences: Preferences,
    presentation: bool,
    library: LibraryView,
    editor: EditorView,
    result: ResultView,
    patterns: PatternsView,
    compare: CompareView,
    portfolio: PortfolioView,
    commands: Vec<Command>,
    dialogs: Dialogs,
    close_after_save: bool,
    allowed_to_close: bool,
    status: String,
    applied_look: Option<(bool, u32)>,
    window_title: String,
    screenshot: Option<Screenshot>,
    recovery: RecoveryKeeper,
    /// Documents found in recovery files at start-up, until the user decides.
    recovered: Vec<RecoveredDocument>,
    /// The files they came from, removed once the user has decided.
    recovered_files: Vec<PathBuf>,
    /// Whether the system's fonts back up the bundled ones (off in tests: hermetic drawing).
    system_fonts: bool,
    /// The user agreed to save over a file that changed on disk: the next save does not ask.
    overwrite_once: bool,
    /// Whether the window had the focus last frame, to notice when it comes back.
    was_focused: bool,
    /// The first meeting being interviewed, if any.
    interview: Option<super::views::interview::Interview>,
}

impl AdvisorApp {
    /// Draws with the bundled fonts alone, never the system's: what tests use, so that a
    /// glyph found on one machine and not on another cannot change their outcome.
    pub fn with_bundled_fonts_only(mut self) -> Self {
        self.system_fonts = false;
        self
    }

    /// The app on the bundled library, with `preferences` and the way files are picked.
    pub fn new(preferences: Preferences, dialogs: Dialogs) -> Self {
        Self::on(super::bundled_workspace(), preferences, dialogs)
    }

    /// The app on `workspace` (the bundled library, made ahead on another thread: see
    /// [`Workspace::explained`]).
    pub fn on(workspace: Workspace, preferences: Preferences, dialogs: Dialogs) -> Self {
        Self {
            workspace,
            preferences,
            presentation: false,
            library: LibraryView,
            editor: EditorView::default(),
            result: ResultView::default(),
            patterns: PatternsView::default(),
            compare: CompareView::default(),
            portfolio: PortfolioView::default(),
            interview: None,
            commands: Vec::new(),
            dialogs,
            close_after_save: false,
            allowed_to_close: false,
            status: String::new(),
            applied_look: None,
            window_title: String::new(),
            screenshot: None,
            recovery: RecoveryKeeper::new(None),
            recovered: Vec::new(),
            recovered_files: Vec::new(),
            system_fonts: true,
            overwrite_once: false,
            was_focused: true,
        }
    }

    /// Takes a screenshot of the window once it has settled, then closes it.
    pub fn with_screenshot(mut self, screenshot: Screenshot) -> Self {
        self.screenshot = Some(screenshot);
        self
    }

    /// Keeps unsaved edits in a recovery file in `folder`, and offers to restore what earlier
    /// runs that ended without saving left there.
    pub fn with_recovery(mut self, folder: Option<PathBuf>) -> Self {
        if let Some(folder) = &folder {
            for (path, content) in recovery::left_behind(folder) {
                match content {
                    Ok(file) => {
                        self.recovered.extend(file.documents);
                        self.recovered_files.push(path);
                    }
                    // Kept on disk: the user may want to look at it.
                    Err(error) => {
                        self.status = format!("A recovery file could not be read: {error}");
                    }
                }
            }
            if !self.recovered.is_empty() {
                let titles = self
                    .recovered
                    .iter()
                    .map(|d| d.scenario.title.clone())
                    .collect();
                self.workspace.dialog = Some(Dialog::Restore { titles });
            }
        }
        self.recovery = RecoveryKeeper::new(folder.map(|folder| recovery::own_file(&folder)));
        self
    }

    /// Shows `dialog`, or queues it behind the one already shown, so no question is lost.
    pub(super) fn show_dialog(&mut self, dialog: Dialog) {
        self.workspace.ask(dialog);
    }

    /// Queues a command, as a menu, a button or a key would.
    pub fn queue(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The library's documents.
    pub fn documents(&self) -> &[Document] {
        self.workspace.documents()
    }

    /// The preferences as they stand (saved when the window closes).
    pub fn preferences(&self) -> &Preferences {
        &self.preferences
    }

    /// The Portfolio view's rows, by title, in the order it shows them.
    pub fn portfolio_titles(&self) -> Vec<&str> {
        self.portfolio.shown_titles()
    }

    /// The documents the compare view shows side by side, in order.
    pub fn compared_documents(&self) -> Vec<&Document> {
        self.compare
            .compared(self.workspace.documents(), self.workspace.active_index())
            .into_iter()
            .filter_map(|index| self.workspace.documents().get(index))
            .collect()
    }

    /// The document shown.
    pub fn active_document(&self) -> &Document {
        self.workspace.active()
    }

    /// The open dialog, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.workspace.dialog.as_ref()
    }

    /// The first meeting being interviewed, if any.
    pub fn interview(&self) -> Option<&super::views::interview::Interview> {
        self.interview.as_ref()
    }

    /// The central view shown.
    pub fn view(&self) -> View {
        self.preferences.view
    }

    /// Whether the window has agreed to close (nothing unsaved, or the user said discard).
    pub fn allowed_to_close(&self) -> bool {
        self.allowed_to_close
    }

    /// The window title: the file's name, marked when unsaved.
    pub fn title(&self) -> String {
        let document = self.active_document();
        let mark = if document.is_unsaved() { "• " } else { "" };
        format!("{mark}{} — Integration Advisor", document.name())
    }

    /// Draws one frame and runs what it queued.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        if ctx.cumulative_pass_nr() == 0 {
            // eframe shows the window once this first pass is painted, and on some platforms
            // the pass measures a window thousands of points wide, so panels would remember
            // sizes taken from it. An empty frame in the theme's colour shows the window
            // sooner (scripts/startup: 6 ms of text layout less before it appears) and the
            // whole interface follows in the next pass, at the window's real size.
            egui::CentralPanel::default().show(ui, |_| {});
            ctx.request_repaint();
            return;
        }
        self.read_input(&ctx);
        self.poll_inventory(&ctx);
        let shown = self.workspace.active_mut();
        shown.explain();
        if shown.poll() {
            // Advice on its way from another thread: look again soon, without waiting.
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        if !self.presentation {
            egui::Panel::left("library-panel")
                .resizable(true)
                .default_size(theme::LIBRARY_WIDTH)
                .show(ui, |ui| {
                    self.library.ui(
                        ui,
                        self.workspace.documents(),
                        self.workspace.active_index(),
                        self.portfolio.loaded.as_ref().map(|l| l.path.as_path()),
                        self.preferences.view == View::Portfolio,
                        &mut self.commands,
                    );
                });
        }
        egui::CentralPanel::default().show(ui, |ui| self.central(ui));

        if let Some(dialog) = &mut self.workspace.dialog {
            let queued = self.commands.len();
            if dialogs::show(&ctx, dialog, &mut self.commands) {
                if self.commands.len() == queued {
                    // Answered without acting (Cancel): a pending "close after saving" lapses.
                    self.close_after_save = false;
                }
                self.workspace.answered();
                ctx.request_repaint();
            }
        }
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // Commands run after the views drew; draw once more so the window shows their effect.
            ctx.request_repaint();
        }
        for command in commands {
            self.run(&ctx, command);
        }
        let time = ctx.input(|i| i.time);
        self.workspace.active_mut().track_undo(time);
        self.keep_recovery_file(&ctx);
        self.update_title(&ctx);
        self.step_picture(&ctx);
    }

    /// Applies theme, fonts and zoom when they changed (every frame, and on entering or
    /// leaving presentation mode).
    pub(crate) fn apply_look(&mut self, ctx: &egui::Context) {
        let zoom = self.preferences.zoom
            * if self.presentation {
                theme::PRESENTATION_ZOOM
            } else {
                1.0
            };
        let look = (self.preferences.dark_theme, zoom.to_bits());
        if self.applied_look.is_none() {
            theme::install_fonts(ctx, self.system_fonts);
        }
        if self.applied_look != Some(look) {
            theme::apply(ctx, self.preferences.dark_theme);
            ctx.set_zoom_factor(zoom);
            // Zoom is a preference of ours, remembered between runs; egui's own keys would
            // change it behind our back.
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
            self.applied_look = Some(look);
        }
    }

    fn read_input(&mut self, ctx: &egui::Context) {
        // The window has the focus again (the platform says so by an event, and by the
        // focused flag): look whether someone changed the open files meanwhile.
        let (focused, refocused) = ctx.input(|i| {
            let event = i
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)));
            (i.focused, event)
        });
        if refocused || (focused && !self.was_focused) {
            self.look_at_files_on_disk();
        }
        self.was_focused = focused;
        // While a question is open, keys and drops wait: they must not act on another document
        // than the one asked about, or replace the question.
        let busy = self.workspace.dialog.is_some();
        for (command, shortcut) in crate::gui::shortcuts::keyboard()
            .into_iter()
            .filter(|_| !busy)
        {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.commands.push(command);
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        for path in dropped.into_iter().filter(|_| !busy) {
            self.commands.push(Command::OpenPath(path));
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allowed_to_close {
            let unsaved = self.unsaved_titles();
            if unsaved.is_empty() {
                self.recovery.clear();
                self.allowed_to_close = true;
            } else {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.show_dialog(Dialog::UnsavedOnQuit { titles: unsaved });
            }
        }
    }

    fn central(&mut self, ui: &mut Ui) {
        self.first_run_hint(ui);
        let document = self.workspace.active();
        if let Some(interview) = &self.interview
            && interview.document == document.id
            && matches!(self.preferences.view, View::Editor | View::Result)
        {
            let keys = self.workspace.dialog.is_none();
            super::views::interview::ui(ui, interview, document, keys, &mut self.commands);
            return;
        }
        match self.preferences.view {
            View::Editor => {
                let available = ui.available_width();
                let (id, width) = if self.presentation {
                    (
                        "editor-panel-presentation",
                        available * theme::PRESENTATION_EDITOR_SHARE,
                    )
                } else {
                    ("editor-panel", theme::EDITOR_WIDTH)
                };
                // Never so wide that the result is squeezed out.
                let widest = available * theme::EDITOR_MAX_SHARE;
                egui::Panel::left(id)
                    .resizable(true)
                    .default_size(width.min(widest))
                    .max_size(widest)
                    .show(ui, |ui| self.editor_column(ui));
                self.result_column(ui);
            }
            View::Result => self.result_column(ui),
            View::Patterns => {
                let document = self.workspace.active();
                ui.label(
                    RichText::new(format!(
                        "All patterns, rated for “{}”",
                        document.scenario.title
                    ))
                    .strong(),
                );
                self.patterns
                    .ui(ui, &document.advice.evaluation, document.catalogue());
            }
            View::Compare => self.compare.ui(
                ui,
                self.workspace.documents(),
                self.workspace.active_index(),
            ),
            View::Portfolio => self.portfolio.ui(ui, &mut self.commands),
        }
    }

    fn editor_column(&mut self, ui: &mut Ui) {
        self.template_mark(ui);
        let library = self.workspace.library();
        let document = self.workspace.active_mut();
        let before = document.scenario.clone();
        let key = document.name();
        self.editor.ui(
            ui,
            &mut document.scenario,
            &document.advice,
            library,
            &key,
            &mut self.commands,
        );
        document.changed_from(&before);
    }

    fn result_column(&mut self, ui: &mut Ui) {
        let document = self.workspace.active();
        if self.preferences.view == View::Editor {
            for stale in self.editor.stale_inputs(&document.scenario) {
                ui.warning_text(&stale);
            }
        }
        self.result.ui(
            ui,
            document,
            self.preferences.view,
            self.presentation,
            &mut self.commands,
        );
    }

    fn unsaved_titles(&self) -> Vec<String> {
        self.workspace
            .documents()
            .iter()
            .filter(|d| d.is_unsaved())
            .map(|d| d.scenario.title.clone())
            .collect()
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

impl eframe::App for AdvisorApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // A screenshot run must not disturb the user's saved preferences.
        if self.screenshot.is_some() {
            return;
        }
        eframe::set_value(storage, PREFERENCES_KEY, &self.preferences);
    }
}
