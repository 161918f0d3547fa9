//! A document's undo history, as the app layer sees it: the window gives the implementation
//! (egui's undoer, which merges edits in quick succession into one step), so this crate needs
//! no GUI toolkit.

use advisor_core::model::Scenario;

/// The undo history of one document's scenario.
pub trait UndoHistory: Send {
    /// Takes the scenario as it is now, `time` seconds into the session; called once a
    /// frame, so that edits in quick succession become one step.
    fn feed(&mut self, time: f64, current: &Scenario);
    /// Whether undo would change `current`.
    fn can_undo(&self, current: &Scenario) -> bool;
    /// Whether redo would change `current`.
    fn can_redo(&self, current: &Scenario) -> bool;
    /// The scenario one step back from `current`, if there is one.
    fn undo(&mut self, current: &Scenario) -> Option<Scenario>;
    /// The scenario one undone step forward from `current`, if there is one.
    fn redo(&mut self, current: &Scenario) -> Option<Scenario>;
}

/// Makes the history of a new document from its first scenario.
pub type NewHistory = fn(&Scenario) -> Box<dyn UndoHistory>;
