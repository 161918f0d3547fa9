//! The decision a team records for a scenario: the chosen pattern and where it stands. Its
//! serde names are those of scenario file format 1, as for the rest of the model.

use serde::{Deserialize, Serialize};

/// What a team decided for a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Decision {
    /// Where the decision stands.
    pub status: DecisionStatus,
    /// The chosen pattern's catalogue id.
    pub pattern: String,
    /// Why it was chosen.
    pub rationale: String,
    /// Who took the decision.
    pub decided_by: Vec<String>,
    /// When, as ISO `YYYY-MM-DD`.
    pub date: String,
    /// The scenario file this decision replaces, if any (added to format 1 later).
    #[serde(default)]
    pub supersedes: Option<String>,
    /// The catalogue version the decision was taken under, stamped when the window saves it
    /// (added to format 1 later).
    #[serde(default)]
    pub catalogue_version: Option<u32>,
}

/// The life of a recorded decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DecisionStatus {
    /// Put forward, not yet agreed.
    Proposed,
    /// Agreed.
    Accepted,
    /// Considered and turned down.
    Rejected,
    /// Replaced by a later decision.
    Superseded,
}
