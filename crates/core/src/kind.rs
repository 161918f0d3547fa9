//! The first stage of a decision: the kind of exchange the answers describe.
//!
//! Microsoft's guidance is organised by what an integration does before it is organised by
//! technology: keep two applications in step, read data in place, run a business action,
//! compute a result, notify, move data in batches, load once, copy for analytics, edit in
//! spreadsheets, produce a formatted document. The engine first derives that kind from the
//! answers, then ranks only the patterns that do that kind of exchange; a pattern of another
//! kind stays in the ranking as an alternative, below them, with the reason it does not fit.
//!
//! Additive weights alone got right what each rule was written for and went wrong where two
//! answers interact (a model-driven app asking for a calculation came out as dual-write,
//! which copies records and computes nothing). Deciding the kind first keeps those answers
//! apart.

use serde::Serialize;

use super::catalogue::{Pattern, Role};
use super::model::{Counterpart, Deployment, Direction, Exchange, Frequency, Payload};
use super::rules::{Context, FinOpsStart};
use super::sources;
use super::text::group_thousands;

/// What the integration does, whatever technology does it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExchangeKind {
    /// Two applications keep the same records in step as they change.
    KeepInStep,
    /// A model-driven app reads and changes F&O data where it is, without a copy.
    ReadInPlace,
    /// A system reads or writes records when it needs them, and waits for the answer.
    OnDemandRecords,
    /// A system runs F&O's business logic on a record (post, confirm, create with F&O's
    /// checks) and gets the result back.
    BusinessAction,
    /// A system asks F&O to compute a result and return it.
    Calculation,
    /// F&O tells other systems that something happened, one event at a time.
    Notification,
    /// F&O calls another system and uses its answer.
    CallOut,
    /// Data moves in batches: an import or an export job, on a schedule or in bulk.
    Batch,
    /// Data is loaded once (a migration).
    OneOffLoad,
    /// F&O data is copied or modelled for reporting and analytics.
    AnalyticalCopy,
    /// People read and edit F&O data in spreadsheets.
    Spreadsheet,
    /// A business document in a set format is produced or read (e-invoices, bank files).
    FormattedDocument,
}

impl ExchangeKind {
    /// Every kind, in the order of the guidance.
    pub const ALL: [Self; 12] = [
        Self::KeepInStep,
        Self::ReadInPlace,
        Self::OnDemandRecords,
        Self::BusinessAction,
        Self::Calculation,
        Self::Notification,
        Self::CallOut,
        Self::Batch,
        Self::OneOffLoad,
        Self::AnalyticalCopy,
        Self::Spreadsheet,
        Self::FormattedDocument,
    ];

    /// As in JSON: `keep-in-step`, `batch`, ...
    pub fn label(self) -> &'static str {
        match self {
            Self::KeepInStep => "keep-in-step",
            Self::ReadInPlace => "read-in-place",
            Self::OnDemandRecords => "on-demand-records",
            Self::BusinessAction => "business-action",
            Self::Calculation => "calculation",
            Self::Notification => "notification",
            Self::CallOut => "call-out",
            Self::Batch => "batch",
            Self::OneOffLoad => "one-off-load",
            Self::AnalyticalCopy => "analytical-copy",
            Self::Spreadsheet => "spreadsheet",
            Self::FormattedDocument => "formatted-document",
        }
    }

    /// The kind as a noun phrase: "a batch import or export".
    pub fn words(self) -> &'static str {
        match self {
            Self::KeepInStep => "keeping two applications' records in step",
            Self::ReadInPlace => "reading F&O data in place, without a copy",
            Self::OnDemandRecords => "reading or writing records when the caller needs them",
            Self::BusinessAction => "running a business action in F&O and returning its result",
            Self::Calculation => "computing a result on request",
            Self::Notification => "notifying other systems that something happened",
            Self::CallOut => "F&O calling another system and using its answer",
            Self::Batch => "a batch import or export",
            Self::OneOffLoad => "a one-off load",
            Self::AnalyticalCopy => "a copy of F&O data for reporting and analytics",
            Self::Spreadsheet => "people editing F&O data in spreadsheets",
            Self::FormattedDocument => "a business document in a set format",
        }
    }

    /// A short name for a heading: "Batch import or export".
    pub fn title(self) -> &'static str {
        match self {
            Self::KeepInStep => "Keep in step",
            Self::ReadInPlace => "Read in place",
            Self::OnDemandRecords => "Records on request",
            Self::BusinessAction => "Business action",
            Self::Calculation => "Calculation on request",
            Self::Notification => "Notification",
            Self::CallOut => "F&O calls out",
            Self::Batch => "Batch import or export",
            Self::OneOffLoad => "One-off load",
            Self::AnalyticalCopy => "Analytical copy",
            Self::Spreadsheet => "Spreadsheet editing",
            Self::FormattedDocument => "Formatted document",
        }
    }
}

/// The kind the answers describe, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KindVerdict {
    /// The kind.
    pub kind: ExchangeKind,
    /// Why, in words a user understands.
    pub text: String,
    /// The page it rests on.
    pub source: &'static str,
}

/// Derives the kind of exchange from the answers.
///
/// The order matters and follows the
/// guidance: what travels (a formatted document), who is on the other side (reports,
/// spreadsheets), a single load, who starts it, then what is exchanged and how much.
pub fn kind_of(ctx: &Context<'_>) -> KindVerdict {
    let r = ctx.requirements;
    let verdict = |kind, text: String, source| KindVerdict { kind, text, source };
    if r.payload == Some(Payload::Documents) {
        return verdict(ExchangeKind::FormattedDocument, "A business document in a set format travels (an e-invoice, a bank file): a format configured for it builds or reads the document.".to_owned(), sources::ELECTRONIC_REPORTING);
    }
    match r.counterpart {
        Counterpart::Reporting => {
            return verdict(ExchangeKind::AnalyticalCopy, "Reports and analytics read F&O data: Microsoft points them to a copy or a model made for analytics, not to the APIs that serve applications.".to_owned(), sources::INTEGRATION_STRATEGY);
        }
        Counterpart::ExcelUsers if ctx.bulk && r.direction == Direction::Outbound => {
            return verdict(
                ExchangeKind::AnalyticalCopy,
                format!(
                    "People are to read {} in spreadsheets: that is analysis of a large data set, which a copy made for analytics serves, not a workbook filled through the Excel add-in.",
                    ctx.peak_words()
                ),
                sources::INTEGRATION_STRATEGY,
            );
        }
        Counterpart::ExcelUsers if ctx.bulk => {
            return verdict(
                ExchangeKind::Batch,
                format!(
                    "People work in spreadsheets, and {} is more than Excel handles well: the data moves as a batch import or export, and the spreadsheet works on a file.",
                    ctx.peak_words()
                ),
                sources::IMPLEMENTATION_GUIDE,
            );
        }
        Counterpart::ExcelUsers => {
            return verdict(
                ExchangeKind::Spreadsheet,
                "People read and edit F&O data in spreadsheets.".to_owned(),
                sources::IMPLEMENTATION_GUIDE,
            );
        }
        Counterpart::OtherSystem | Counterpart::Dynamics365App(_) => {}
    }
    if r.frequency == Frequency::Once {
        return verdict(
            ExchangeKind::OneOffLoad,
            "The data moves once: a migration or an initial load, driven from outside F&O."
                .to_owned(),
            sources::PACKAGE_API,
        );
    }
    if matches!(r.payload, Some(Payload::Files | Payload::Packages))
        && r.initiator == super::model::Initiator::Counterpart
    {
        return verdict(
            ExchangeKind::Batch,
            "Files or data packages travel: data management imports and exports them as batch jobs, not record by record.".to_owned(),
            sources::RECURRING_INTEGRATIONS,
        );
    }
    if let Some(start) = FinOpsStart::of(ctx) {
        return finops_kind(ctx, start);
    }
    match r.exchange {
        Exchange::Action if ctx.bulk => verdict(
            ExchangeKind::Batch,
            format!(
                "Each record runs a business action, and {} is bulk: a bulk of actions is a batch import (journals, for example), posted by F&O in batch jobs, not one call per line.",
                ctx.peak_words()
            ),
            sources::INTEGRATION_STRATEGY,
        ),
        Exchange::Action => verdict(
            ExchangeKind::BusinessAction,
            "The other side asks F&O to run business logic on a record and needs the result back."
                .to_owned(),
            sources::INTEGRATION_STRATEGY,
        ),
        Exchange::Calculation if ctx.bulk || scheduled_not_live(ctx) => verdict(
            ExchangeKind::Batch,
            format!(
                "Results are computed for many records on a schedule, not for a caller waiting{}: the records go out and the results come back as batch jobs.",
                volume_aside(ctx)
            ),
            sources::INTEGRATION_STRATEGY,
        ),
        Exchange::Calculation => verdict(
            ExchangeKind::Calculation,
            "The other side asks F&O to compute a result and waits for it.".to_owned(),
            sources::INTEGRATION_STRATEGY,
        ),
        Exchange::Records => records_kind(ctx),
    }
}

/// A schedule that nobody waits on: not real time, and run every so often.
fn scheduled_not_live(ctx: &Context<'_>) -> bool {
    !ctx.requirements.real_time && matches!(ctx.requirements.frequency, Frequency::Every { .. })
}

/// " (a peak of 80,000 records an hour)" when the volume is known, saying so when it is bulk;
/// else nothing.
fn volume_aside(ctx: &Context<'_>) -> String {
    match ctx.requirements.peak_records_per_hour {
        Some(_) if ctx.bulk => format!(" ({}, which is bulk)", ctx.peak_words()),
        Some(_) => format!(" ({})", ctx.peak_words()),
        None => String::new(),
    }
}

/// The kind of an exchange F&O starts.
fn finops_kind(ctx: &Context<'_>, start: FinOpsStart) -> KindVerdict {
    let r = ctx.requirements;
    let verdict = |kind, text: String, source| KindVerdict { kind, text, source };
    let benchmark = ctx.parameters.data_events_records_per_hour.value;
    match start {
        FinOpsStart::AsksForAnswer if r.exchange == Exchange::Calculation && (ctx.bulk || scheduled_not_live(ctx)) => verdict(ExchangeKind::Batch, format!("F&O has results computed elsewhere for many records on a schedule{}: an export job sends the records and an import job brings the results back.", volume_aside(ctx)), sources::INTEGRATION_STRATEGY),
        FinOpsStart::AsksForAnswer => verdict(ExchangeKind::CallOut, "F&O starts the exchange and needs the other system's answer in the same call.".to_owned(), sources::INTEGRATION_STRATEGY),
        FinOpsStart::Fetches if ctx.bulk => verdict(ExchangeKind::Batch, format!("F&O brings in {}, which is bulk: an import job, not one call per record.", ctx.peak_words()), sources::INTEGRATION_STRATEGY),
        FinOpsStart::Fetches => verdict(ExchangeKind::CallOut, "F&O fetches the data itself by calling the other system.".to_owned(), sources::INTEGRATION_STRATEGY),
        FinOpsStart::ExportsInBatch if !ctx.bulk && r.frequency == Frequency::AdHoc && ctx.above_events_benchmark() => verdict(ExchangeKind::Batch, format!("F&O is to announce each change, and {} is above the {} events an hour of Microsoft's only published events benchmark: a change feed that large is a batch export of the changed records (change tracking), not one event per change.", ctx.peak_words(), group_thousands(benchmark)), sources::DATA_EVENTS),
        FinOpsStart::ExportsInBatch => verdict(ExchangeKind::Batch, "F&O sends data out on a schedule or in bulk: an export job.".to_owned(), sources::RECURRING_INTEGRATIONS),
        FinOpsStart::Notifies => verdict(ExchangeKind::Notification, "F&O tells other systems that something happened, one change at a time, and does not wait for an answer.".to_owned(), sources::BUSINESS_EVENTS),
    }
}

/// The kind of a records exchange the other side starts.
fn records_kind(ctx: &Context<'_>) -> KindVerdict {
    let r = ctx.requirements;
    let verdict = |kind, text: String, source| KindVerdict { kind, text, source };
    let scheduled = matches!(r.frequency, Frequency::Every { .. });
    if let Counterpart::Dynamics365App(app) = r.counterpart {
        let app = app.label();
        if r.copy_wanted == Some(false) && !scheduled {
            return verdict(
                ExchangeKind::ReadInPlace,
                format!(
                    "{app} needs F&O data with no copy of its own: it reads the data where it is."
                ),
                sources::POWER_PLATFORM_INTEGRATION,
            );
        }
        if r.shared_edits == Some(true) && r.direction == Direction::Bidirectional {
            return verdict(
                ExchangeKind::KeepInStep,
                format!(
                    "Users in {app} and in F&O edit the same records: the two copies must be kept in step, with conflicts handled, however often the business says an alignment is enough."
                ),
                sources::DUAL_WRITE_OVERVIEW,
            );
        }
        if scheduled && !r.real_time && !r.keeps_in_step() {
            return verdict(
                ExchangeKind::Batch,
                format!(
                    "Records go to or from {app} on a schedule, and nobody waits for them: a scheduled copy."
                ),
                sources::INTEGRATION_STRATEGY,
            );
        }
        return verdict(
            ExchangeKind::KeepInStep,
            format!("Records in {app} and in F&O must follow each other's changes as they happen."),
            sources::DUAL_WRITE_OVERVIEW,
        );
    }
    if r.shared_edits == Some(true) && r.direction == Direction::Bidirectional && !ctx.bulk {
        return verdict(ExchangeKind::KeepInStep, "Users on both sides edit the same records: the two copies must be kept in step, with conflicts handled.".to_owned(), sources::INTEGRATION_STRATEGY);
    }
    if ctx.bulk {
        return verdict(
            ExchangeKind::Batch,
            format!(
                "{} is bulk: Microsoft's integration strategy page points volumes of a few hundred thousand records to batch jobs.",
                crate::text::capitalise(ctx.peak_words())
            ),
            sources::INTEGRATION_STRATEGY,
        );
    }
    if scheduled && !r.real_time {
        return verdict(
            ExchangeKind::Batch,
            "Records move on a schedule and nobody waits for each one: a batch import or export."
                .to_owned(),
            sources::SYNC_ASYNC_GUIDE,
        );
    }
    verdict(
        ExchangeKind::OnDemandRecords,
        "The other side reads or writes records when it needs them and waits for the answer."
            .to_owned(),
        sources::SYNC_ASYNC_GUIDE,
    )
}

/// Whether `pattern` does exchanges of `kind`, by the roles the catalogue gives it.
///
/// On premises the package REST API, the only API Microsoft supports there, serves every kind of
/// data exchange with another system.
pub fn serves(ctx: &Context<'_>, pattern: &Pattern, kind: ExchangeKind) -> bool {
    let app = matches!(ctx.requirements.counterpart, Counterpart::Dynamics365App(_));
    // The Power Platform patterns connect F&O with the model-driven apps in Dataverse only.
    let model_driven = |role| {
        matches!(
            role,
            Role::ModelDrivenLiveSync | Role::ModelDrivenNoCopy | Role::ModelDrivenScheduledCopy
        )
    };
    let has = |role| pattern.roles.contains(&role) && (app || !model_driven(role));
    if ctx.requirements.deployment == Deployment::OnPremises
        && has(Role::OnPremisesApi)
        && !matches!(
            kind,
            ExchangeKind::AnalyticalCopy
                | ExchangeKind::Spreadsheet
                | ExchangeKind::FormattedDocument
        )
    {
        return true;
    }
    match kind {
        ExchangeKind::KeepInStep => {
            has(Role::ModelDrivenLiveSync)
                || (!app
                    && (has(Role::RealTimeRecords)
                        || has(Role::RecordChangeNotification)
                        || has(Role::LowCodeFlow)))
        }
        ExchangeKind::ReadInPlace => has(Role::ModelDrivenNoCopy) || has(Role::RealTimeRecords),
        ExchangeKind::OnDemandRecords => {
            has(Role::RealTimeRecords)
                || has(Role::LowCodeFlow)
                || (app && (has(Role::ModelDrivenNoCopy) || has(Role::ModelDrivenLiveSync)))
        }
        ExchangeKind::BusinessAction => {
            // Virtual entities run the entity's actions from the app (OData actions).
            has(Role::ModelDrivenNoCopy)
                || has(Role::RecordActionPrimary)
                || has(Role::RecordActionAlternative)
                || has(Role::LowCodeFlow)
        }
        ExchangeKind::Calculation => {
            has(Role::CalculationPrimary)
                || has(Role::CalculationAlternative)
                || has(Role::LowCodeFlow)
        }
        ExchangeKind::Notification => {
            has(Role::Notification) || has(Role::OutboundCall) || has(Role::LowCodeFlow)
        }
        ExchangeKind::CallOut => has(Role::OutboundCall),
        // Microsoft names dual-write as the successor of classic data integration's scheduled
        // copies with the model-driven apps.
        ExchangeKind::Batch => {
            has(Role::BulkTransfer)
                || has(Role::ModelDrivenScheduledCopy)
                || has(Role::ModelDrivenLiveSync)
                // An export F&O runs on its own schedule into a database the other side
                // reads (BYOD) is a batch export too.
                || (has(Role::ScheduleInFinOps)
                    && ctx.requirements.direction == Direction::Outbound)
        }
        // Dual-write's initial sync loads F&O's existing rows into the app once when a map
        // starts.
        ExchangeKind::OneOffLoad => {
            has(Role::OneOffLoad)
                || has(Role::BulkTransfer)
                || (has(Role::ModelDrivenLiveSync)
                    && ctx.requirements.direction == Direction::Outbound)
        }
        ExchangeKind::AnalyticalCopy => has(Role::AnalyticsExport) || has(Role::EmbeddedAnalytics),
        ExchangeKind::Spreadsheet => has(Role::SpreadsheetEditing),
        ExchangeKind::FormattedDocument => has(Role::DocumentFormats),
    }
}

/// The kinds `pattern` serves, as words for a reason: "a batch import or export".
pub fn what_it_does(ctx: &Context<'_>, pattern: &Pattern) -> String {
    let kinds_for = |ctx: &Context<'_>| -> Vec<&'static str> {
        ExchangeKind::ALL
            .into_iter()
            .filter(|&kind| serves(ctx, pattern, kind))
            .map(ExchangeKind::words)
            .collect()
    };
    let mut kinds = kinds_for(ctx);
    let mut suffix = "";
    if kinds.is_empty() {
        // A Power Platform pattern, and the other side is no model-driven app: say what it
        // does with one.
        let mut with_app = ctx.requirements.clone();
        with_app.counterpart = Counterpart::Dynamics365App(super::model::ModelDrivenApp::Sales);
        kinds = kinds_for(&Context::new(&with_app, ctx.parameters));
        suffix = " with the model-driven Dynamics 365 apps";
    }
    let listed = match kinds.as_slice() {
        [] => return "another kind of exchange".to_owned(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    };
    format!("{listed}{suffix}")
}
