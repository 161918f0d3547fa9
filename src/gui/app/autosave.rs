//! Keeping unsaved edits in the recovery file while the window runs.

use std::time::Instant;

use crate::io::recovery::RecoveredDocument;

use super::AdvisorApp;

impl AdvisorApp {
    /// Writes unsaved edits to the recovery file a moment after they change. While a write is
    /// pending the window wakes itself once; otherwise an idle window stays idle.
    pub(super) fn keep_recovery_file(&mut self, ctx: &egui::Context) {
        if self.recovery.path().is_none() || self.allowed_to_close {
            return;
        }
        let unsaved = self
            .workspace
            .documents()
            .iter()
            .filter(|d| d.is_unsaved())
            .map(|d| RecoveredDocument {
                origin: d.source.origin(),
                scenario: d.scenario.clone(),
            })
            .collect();
        if let Some(wait) = self.recovery.update(Instant::now(), unsaved) {
            ctx.request_repaint_after(wait);
        }
    }
}
