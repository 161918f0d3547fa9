//! A document's undo history in the window: egui's undoer.
//!
//! It makes edits in quick succession (typing a word) one step. The app crate defines what a
//! history does and knows no GUI toolkit; this is where egui's comes in.

use egui::util::undoer::{Settings, Undoer};

use crate::core::model::Scenario;
use advisor_app::undo::UndoHistory;

/// Seconds a scenario must stay unchanged to become an undo step: a word typed at an
/// ordinary pace is one step, a pause between two answers makes two.
const STABLE_SECONDS: f32 = 0.6;

/// A new document's history, starting at `first`.
pub fn egui_history(first: &Scenario) -> Box<dyn UndoHistory> {
    let mut undoer = Undoer::with_settings(Settings {
        stable_time: STABLE_SECONDS,
        ..Settings::default()
    });
    undoer.add_undo(first);
    Box::new(EguiHistory(undoer))
}

struct EguiHistory(Undoer<Scenario>);

impl UndoHistory for EguiHistory {
    fn feed(&mut self, time: f64, current: &Scenario) {
        self.0.feed_state(time, current);
    }

    fn can_undo(&self, current: &Scenario) -> bool {
        self.0.has_undo(current)
    }

    fn can_redo(&self, current: &Scenario) -> bool {
        self.0.has_redo(current)
    }

    fn undo(&mut self, current: &Scenario) -> Option<Scenario> {
        self.0.undo(current).cloned()
    }

    fn redo(&mut self, current: &Scenario) -> Option<Scenario> {
        self.0.redo(current).cloned()
    }
}
