//! The central views the window can show. A view's choice is state (remembered in the
//! preferences, switched by a command), so it lives here; how each view draws is the window's.

use serde::{Deserialize, Serialize};

/// The central views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    /// The editor with the result beside it.
    Editor,
    /// The result, full width.
    Result,
    /// The table of all patterns.
    Patterns,
    /// Scenarios or candidate patterns side by side.
    Compare,
    /// A whole interface inventory.
    Portfolio,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [Self; 5] = [
        Self::Editor,
        Self::Result,
        Self::Patterns,
        Self::Compare,
        Self::Portfolio,
    ];

    /// The tab's caption.
    pub fn label(self) -> &'static str {
        match self {
            Self::Editor => "Editor",
            Self::Result => "Result",
            Self::Patterns => "Patterns",
            Self::Compare => "Compare",
            Self::Portfolio => "Portfolio",
        }
    }
}
