//! The questions a first meeting may leave open.

use serde::{Deserialize, Serialize};

use crate::field::Field;

/// A question that may be left open in a first meeting. (The peak volume has `None` for it.)
///
/// Declared in the form's order, which is also the order of `not_known` in a file. The
/// names are the file's (format 1); the first five and `Deployment` were added later, so
/// older files, which name only the other three, read as before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum OpenQuestion {
    /// Who or what F&O exchanges data with.
    Counterpart,
    /// Which way the data flows.
    Direction,
    /// Who starts each exchange.
    Initiator,
    /// What one exchange carries.
    Exchange,
    /// Whether a real-time response or sync is needed.
    RealTime,
    /// How often the exchange happens.
    Frequency,
    /// Where F&O runs.
    Deployment,
    /// Whether the caller must know the outcome at once.
    ErrorFeedback,
}

impl OpenQuestion {
    /// Every question that may be left open, in the editor's order.
    pub const ALL: [Self; 8] = [
        Self::Counterpart,
        Self::Direction,
        Self::Initiator,
        Self::Exchange,
        Self::RealTime,
        Self::Frequency,
        Self::Deployment,
        Self::ErrorFeedback,
    ];

    /// The question in a few words: "the counterpart", "real time", "error feedback".
    pub fn words(self) -> &'static str {
        match self {
            Self::Counterpart => "the counterpart",
            Self::Direction => "the direction",
            Self::Initiator => "who starts the exchange",
            Self::Exchange => "what is exchanged",
            Self::RealTime => "real time",
            Self::Frequency => "the frequency",
            Self::Deployment => "the deployment",
            Self::ErrorFeedback => "error feedback",
        }
    }

    /// The field it stands for.
    pub const fn field(self) -> Field {
        match self {
            Self::Counterpart => Field::Counterpart,
            Self::Direction => Field::Direction,
            Self::Initiator => Field::Initiator,
            Self::Exchange => Field::Exchange,
            Self::RealTime => Field::RealTime,
            Self::Frequency => Field::Frequency,
            Self::Deployment => Field::Deployment,
            Self::ErrorFeedback => Field::ErrorFeedback,
        }
    }

    /// The question whose field is `field`, if it may be left open.
    pub const fn of_field(field: Field) -> Option<Self> {
        field.open_question()
    }
}
