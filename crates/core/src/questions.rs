//! The questions the editor asks, with a one-line help text that says why each matters and
//! the source that says so. Plain data: the window draws them, the docs can list them.

use super::field::Field;
use super::sources;

/// One question of the scenario editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// The field it answers.
    pub field: Field,
    /// Caption, unique within the editor.
    pub caption: &'static str,
    /// Why the answer matters, in one line.
    pub help: &'static str,
    /// The page or document behind the question.
    pub source: &'static str,
}

/// The scenario's short name.
pub const TITLE: Question = Question {
    field: Field::Title,
    caption: "Title",
    help: "A short name that says what the case is; it names the scenario in lists, comparisons and records.",
    source: sources::INTEGRATION_STRATEGY,
};
/// The business story.
pub const CONTEXT: Question = Question {
    field: Field::Context,
    caption: "Context",
    help: "The business story in a few sentences; text meant to last belongs here, not in comments.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Who F&O exchanges data with.
pub const COUNTERPART: Question = Question {
    field: Field::Counterpart,
    caption: "Counterpart",
    help: "Model-driven Dynamics 365 apps, reports and spreadsheet users each have patterns of their own.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Which way data flows.
pub const DIRECTION: Question = Question {
    field: Field::Direction,
    caption: "Direction",
    help: "Seen from F&O. Both ways in real time or as changes happen keeps two apps in step; both ways on a schedule is an export job and an import job.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Who starts the exchange.
pub const INITIATOR: Question = Question {
    field: Field::Initiator,
    caption: "Who starts each exchange",
    help: "When F&O starts it, F&O calls out as a client or raises an event; otherwise the other side calls F&O's APIs.",
    source: sources::INTEGRATION_STRATEGY,
};
/// What one exchange carries.
pub const EXCHANGE: Question = Question {
    field: Field::Exchange,
    caption: "What is exchanged",
    help: "Records move or stay in step (when F&O starts it: any change to them); an action is a business step on a record, such as approving or confirming; a calculation returns a computed result.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Real-time need.
pub const REAL_TIME: Question = Question {
    field: Field::RealTime,
    caption: "Real-time response or sync required",
    help: "Synchronous patterns answer at once; the batch data APIs queue the work and do it later.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Peak volume.
pub const PEAK_VOLUME: Question = Question {
    field: Field::PeakRecordsPerHour,
    caption: "Peak records per hour",
    help: "For more than a few hundred thousand records, Microsoft points to the batch data API. For a one-off load, give the whole load. Type a number or leave it unknown.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Frequency.
pub const FREQUENCY: Question = Question {
    field: Field::Frequency,
    caption: "Frequency",
    help: "A periodic exchange with no real-time need suits asynchronous batch; a one-off load suits the package API.",
    source: sources::SYNC_ASYNC_GUIDE,
};
/// Where F&O runs.
pub const DEPLOYMENT: Question = Question {
    field: Field::Deployment,
    caption: "Where F&O runs",
    help: "On premises, the only supported F&O integration API is the data management package REST API.",
    source: sources::INTEGRATION_STRATEGY,
};
/// How soon the caller must know the outcome.
pub const ERROR_FEEDBACK: Question = Question {
    field: Field::ErrorFeedback,
    caption: "Error feedback",
    help: "Synchronous calls return success or failure; with asynchronous ones the caller must poll for the status.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Incremental exports.
pub const INCREMENTAL: Question = Question {
    field: Field::Incremental,
    caption: "Only changed records each run",
    help: "Each run carries only what changed since the last (change tracking on the entities). When F&O notifies, it means every change travels with its record: a data event.",
    source: sources::PACKAGE_API,
};
/// TLS of an endpoint F&O calls.
pub const ENDPOINT_TLS: Question = Question {
    field: Field::EndpointTls12,
    caption: "Endpoint F&O calls",
    help: "When F&O calls out or sends events: production and sandbox environments call only endpoints with TLS 1.2 or later; an older one needs a broker.",
    source: sources::INTEGRATION_STRATEGY,
};
/// Whether the model-driven app needs its own copy of the data.
pub const COPY_WANTED: Question = Question {
    field: Field::CopyWanted,
    caption: "Copy of the data in the app",
    help: "With a model-driven app: dual-write keeps a copy in Dataverse; virtual entities read F&O data in place.",
    source: sources::POWER_PLATFORM_INTEGRATION,
};
/// Who keeps a batch schedule.
pub const SCHEDULE_OWNER: Question = Question {
    field: Field::ScheduleOwner,
    caption: "Who keeps the schedule",
    help: "For a scheduled batch: recurring integrations run a job scheduled in F&O; the package API runs when the other side calls.",
    source: sources::PACKAGE_API,
};
/// What travels.
pub const PAYLOAD: Question = Question {
    field: Field::Payload,
    caption: "What travels",
    help: "Recurring integrations take single files or packages, the package API packages only; formatted documents suit Electronic Reporting.",
    source: sources::PACKAGE_API,
};
/// Low-code flow or code.
pub const LOW_CODE: Question = Question {
    field: Field::LowCode,
    caption: "Built as a low-code flow",
    help: "Makers building in Power Automate or Logic Apps use the Fin & Ops apps connector: 200 calls a minute per connection, cloud only.",
    source: sources::FINOPS_CONNECTOR,
};
/// Whether both sides edit the same records.
pub const SHARED_EDITS: Question = Question {
    field: Field::SharedEdits,
    caption: "Both sides edit the same records",
    help: "The same records changed in two places need conflict handling (dual-write's), however seldom they are aligned; different data owned by each side is two one-way flows.",
    source: sources::DUAL_WRITE_OVERVIEW,
};

/// Every question, in the editor's order.
pub const ALL: [Question; 18] = [
    TITLE,
    CONTEXT,
    COUNTERPART,
    DIRECTION,
    INITIATOR,
    EXCHANGE,
    REAL_TIME,
    PEAK_VOLUME,
    FREQUENCY,
    DEPLOYMENT,
    ERROR_FEEDBACK,
    INCREMENTAL,
    ENDPOINT_TLS,
    COPY_WANTED,
    SCHEDULE_OWNER,
    PAYLOAD,
    LOW_CODE,
    SHARED_EDITS,
];
