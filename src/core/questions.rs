//! The questions the editor asks, with a one-line help text that says why each matters and
//! the source that says so. Plain data: the window draws them, the docs can list them.

use super::sources;

/// One question of the scenario editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// Caption, unique within the editor.
    pub caption: &'static str,
    /// Why the answer matters, in one line.
    pub help: &'static str,
    /// The page or seed behind the question.
    pub source: &'static str,
}

/// The scenario's short name.
pub const TITLE: Question = Question {
    caption: "Title",
    help: "A short name that says what the case is; it names the scenario in lists, comparisons and records.",
    source: sources::INTEGRATION_STRATEGY,
};
/// The business story.
pub const CONTEXT: Question = Question {
    caption: "Context",
    help: "The business story in a few sentences; text meant to last belongs here, not in comments.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Who F&O exchanges data with.
pub const COUNTERPART: Question = Question {
    caption: "Counterpart",
    help: "Model-driven Dynamics 365 apps, reports and spreadsheet users each have patterns of their own.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Which way data flows.
pub const DIRECTION: Question = Question {
    caption: "Direction",
    help: "Seen from F&O. Events and analytics only send data out; keeping two apps in step needs both ways.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Who starts the exchange.
pub const INITIATOR: Question = Question {
    caption: "Who starts each exchange",
    help: "When F&O starts it, F&O calls out as a client or raises an event; otherwise the other side calls F&O's APIs.",
    source: sources::INTEGRATION_STRATEGY,
};
/// What one exchange carries.
pub const EXCHANGE: Question = Question {
    caption: "What is exchanged",
    help: "Records move or stay in step; an action runs business logic on a record; a calculation returns a computed result.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Real-time need.
pub const REAL_TIME: Question = Question {
    caption: "Real-time response or sync required",
    help: "The seed's first question: synchronous patterns answer at once, batch APIs do the work later.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Peak volume.
pub const PEAK_VOLUME: Question = Question {
    caption: "Peak records per hour",
    help: "The seed's second question: from a few hundred thousand records, use the batch data API. Type a number or leave it unknown.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Frequency.
pub const FREQUENCY: Question = Question {
    caption: "Frequency",
    help: "The seed's third question: periodic exchange without a real-time need suits asynchronous batch.",
    source: sources::SYNC_ASYNC_GUIDE,
};
/// Where F&O runs.
pub const DEPLOYMENT: Question = Question {
    caption: "Where F&O runs",
    help: "On premises, the only supported F&O API is the data management package REST API.",
    source: sources::INTEGRATION_STRATEGY,
};
/// How soon the caller must know the outcome.
pub const ERROR_FEEDBACK: Question = Question {
    caption: "Error feedback",
    help: "Synchronous calls return success or failure; with asynchronous ones the caller must poll for the status.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Incremental exports.
pub const INCREMENTAL: Question = Question {
    caption: "Only changed records each run",
    help: "Incremental exports need change tracking enabled on the entities.",
    source: sources::PACKAGE_API,
};
/// TLS of an endpoint F&O calls.
pub const ENDPOINT_TLS: Question = Question {
    caption: "Endpoint F&O calls",
    help: "Production and sandbox environments only call endpoints with TLS 1.2 or later; older ones need a broker.",
    source: sources::INTEGRATION_STRATEGY,
};
