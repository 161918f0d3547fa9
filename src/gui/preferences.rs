//! UI preferences kept in eframe storage between runs. Scenarios are never stored here: they
//! live only in files.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::View;

/// How many recent files the File menu lists.
pub const RECENT_FILES: usize = 8;

/// The preferences, with defaults for anything a stored copy lacks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Dark (true) or light theme.
    pub dark_theme: bool,
    /// egui zoom factor (Ctrl +, Ctrl -, Ctrl 0).
    pub zoom: f32,
    /// Files opened or saved lately, newest first.
    pub recent_files: Vec<PathBuf>,
    /// The view shown last.
    pub view: View,
    /// Whether the user dismissed the first-run hint.
    pub first_run_hint_seen: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            dark_theme: true,
            zoom: 1.0,
            recent_files: Vec::new(),
            view: View::Editor,
            first_run_hint_seen: false,
        }
    }
}

impl Preferences {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent_files.retain(|known| known != &path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(RECENT_FILES);
    }
}
