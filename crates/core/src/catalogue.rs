//! The pattern catalogue.
//!
//! Every integration pattern with its documented attributes, and the named parameters
//! (thresholds and weights) the engine uses. The data lives in `assets/catalogue.ron`; this
//! module only says its shape and checks it.

use serde::{Deserialize, Serialize};

use super::model::{Deployment, Direction, Initiator, ModelDrivenApp};

/// All patterns and the engine's parameters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Raised whenever facts or rules change what the engine says, so that a decision can
    /// say which catalogue it was taken under.
    pub version: u32,
    /// Thresholds and weights, each documented with its source.
    pub parameters: Parameters,
    /// Every pattern, in the order ties are broken.
    pub patterns: Vec<Pattern>,
}

/// A number the engine uses, with what it means and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    /// The value.
    pub value: u64,
    /// What the value means and why it has this size.
    pub meaning: String,
    /// The page or seed the value comes from ("named parameter" for pure tuning weights).
    pub source: String,
}

/// The engine's named parameters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameters {
    /// Peak records per hour from which a volume counts as bulk (inclusive).
    pub bulk_threshold_records_per_hour: Parameter,
    /// Data events per hour across all entities that the documented benchmark sustains.
    pub data_events_records_per_hour: Parameter,
    /// Records per transaction beyond which dual-write live sync splits or fails.
    pub dual_write_records_per_transaction: Parameter,
    /// Weight of a rule that settles the choice on its own.
    pub weight_decisive: Parameter,
    /// Weight of a strong preference.
    pub weight_strong: Parameter,
    /// Weight of a moderate preference.
    pub weight_moderate: Parameter,
    /// Weight of a slight preference.
    pub weight_slight: Parameter,
    /// A lead of at most this many points is a tie, not a decision.
    pub tie_margin: Parameter,
    /// Rows per table and legal entity that one dual-write initial sync handles.
    pub dual_write_initial_sync_rows: Parameter,
    /// Rows above which an initial sync of a single-threaded table into F&O is discouraged.
    pub dual_write_single_threaded_initial_sync_rows: Parameter,
    /// Calls per minute one connection of the Fin & Ops apps connector may make.
    pub connector_calls_per_minute: Parameter,
    /// Rows one classic data integration project execution may move.
    pub data_integrator_rows_per_execution: Parameter,
    /// Rows in a workbook above which the Excel add-in is said to slow down (a judgement).
    pub excel_rows_comfortable: Parameter,
}

/// The longest brief technology text: what fits one line of the patterns table's column.
pub const TECHNOLOGY_BRIEF_MAX: usize = 30;

/// One integration pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    /// Stable kebab-case id used in files, JSON and tests.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Which family it belongs to.
    pub family: Family,
    /// One or two sentences: what it is.
    pub summary: String,
    /// When the caller learns the result.
    pub timing: Timing,
    /// Whether it moves data in batches (batch jobs).
    pub batch: bool,
    /// Data directions it can carry, seen from F&O.
    pub directions: Vec<Direction>,
    /// Who can start an exchange with it.
    pub initiated_by: Vec<Initiator>,
    /// Protocol and technology, in a phrase.
    pub technology: String,
    /// The technology in a few words, for the comparison table (at most 30 characters).
    pub technology_brief: String,
    /// F&O apps it serves.
    pub finops_apps: Vec<String>,
    /// Model-driven Dynamics 365 apps it connects to (empty: none natively).
    pub model_driven_apps: Vec<ModelDrivenApp>,
    /// Where F&O must run for the pattern to be available.
    pub deployments: Vec<Deployment>,
    /// What the engine knows the pattern is for (used by the rules).
    pub roles: Vec<Role>,
    /// How success, failure and status reach the caller.
    pub status_model: Sourced,
    /// Service protection limits: subject to them or exempt.
    pub throttling: Throttling,
    /// The seed's programming-paradigm table: synchronous and asynchronous entry points.
    pub entry_points: EntryPoints,
    /// Documented limits with their numbers.
    pub limits: Vec<Sourced>,
    /// What must be in place before it works.
    pub prerequisites: Vec<Sourced>,
    /// Current, superseded or deprecated.
    pub lifecycle: Lifecycle,
    /// Where deployment support is documented.
    pub deployment_source: String,
    /// The pattern's main documentation page (first link of its fact sheet).
    pub docs: String,
    /// Further documented facts worth knowing.
    pub facts: Vec<Sourced>,
    /// What differs when F&O runs on premises (availability, set-up, missing parts).
    #[serde(default)]
    pub on_premises: Vec<Sourced>,
    /// How to build it: the steps in F&O and in the other application.
    pub steps: Steps,
}

/// The implementation steps of a pattern, on both sides of the exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Steps {
    /// What to set up or build in F&O, in order.
    pub finops: Vec<String>,
    /// What to set up or build in the other application or middleware, in order.
    pub other_side: Vec<String>,
    /// Where the steps are documented.
    pub source: String,
}

/// A statement and the page it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sourced {
    /// The statement, in our own words.
    pub text: String,
    /// A Microsoft Learn URL or a seed file name.
    pub source: String,
    /// Where F&O must run for the statement to hold (a prerequisite of the cloud only, say);
    /// absent when it holds in both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment: Option<Deployment>,
}

/// Pattern families, as product.md groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Family {
    /// Integration through Dataverse and the Power Platform.
    PowerPlatform,
    /// Synchronous APIs F&O exposes.
    SynchronousApi,
    /// Asynchronous file and package APIs.
    BatchDataApi,
    /// F&O calls out as a client.
    OutboundCall,
    /// People drive the exchange from an Office app.
    UserDriven,
    /// F&O sends notifications.
    Events,
    /// Analytics over F&O data.
    Analytics,
}

impl Family {
    /// Label for tables.
    pub fn label(self) -> &'static str {
        match self {
            Self::PowerPlatform => "Power Platform",
            Self::SynchronousApi => "synchronous API",
            Self::BatchDataApi => "batch data API",
            Self::OutboundCall => "outbound call",
            Self::UserDriven => "user-driven",
            Self::Events => "events",
            Self::Analytics => "analytics",
        }
    }
}

/// When the caller learns the result of an exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Timing {
    /// Blocking request and response: business logic runs at once.
    Synchronous,
    /// The call is accepted and the work happens later; status must be polled or pushed.
    Asynchronous,
    /// A person works with the data and sees the outcome on screen.
    Interactive,
}

impl Timing {
    /// Whether the caller learns the outcome in the same exchange.
    pub fn answers_at_once(self) -> bool {
        matches!(self, Self::Synchronous | Self::Interactive)
    }

    /// Label for tables.
    pub fn label(self) -> &'static str {
        match self {
            Self::Synchronous => "synchronous",
            Self::Asynchronous => "asynchronous",
            Self::Interactive => "interactive",
        }
    }
}

/// What the engine knows a pattern is for. Rules select patterns by role rather than by id,
/// so the catalogue, not the code, says which pattern plays which part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    /// Keeps F&O and a model-driven app in step in near real time, both ways.
    ModelDrivenLiveSync,
    /// Gives model-driven apps live access to F&O data without a copy.
    ModelDrivenNoCopy,
    /// Copies data between F&O and a model-driven app on a schedule, one way.
    ModelDrivenScheduledCopy,
    /// Feeds analytics outside F&O (data lake, warehouse, Fabric, a database of the customer's).
    AnalyticsExport,
    /// Serves analytics inside F&O (embedded Power BI).
    EmbeddedAnalytics,
    /// Lets people read and edit F&O data in spreadsheets.
    SpreadsheetEditing,
    /// Reads and writes single records in real time.
    RealTimeRecords,
    /// Runs business logic on a record as the primary way (an `OData` action).
    RecordActionPrimary,
    /// Runs business logic on a record as an alternative.
    RecordActionAlternative,
    /// Computes and returns a result as the primary way.
    CalculationPrimary,
    /// Computes and returns a result as an alternative.
    CalculationAlternative,
    /// Moves large volumes as files or packages.
    BulkTransfer,
    /// Suits a single load driven from outside F&O.
    OneOffLoad,
    /// The one API F&O supports on premises.
    OnPremisesApi,
    /// F&O calls an external service and waits for the answer.
    OutboundCall,
    /// F&O notifies others of a business event.
    Notification,
    /// F&O notifies others of a record's create, update or delete.
    RecordChangeNotification,
    /// Runs its jobs on a schedule kept in F&O (a recurring data job or a batch job); the other
    /// side only drops files in or picks up what each run delivers.
    ScheduleInFinOps,
    /// Takes single data files as well as data packages.
    AcceptsFiles,
    /// A low-code flow in Power Automate or Logic Apps, built by makers.
    LowCodeFlow,
    /// Produces and reads business documents in set formats (e-invoices, bank files).
    DocumentFormats,
}

/// Whether service protection limits apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Throttling {
    /// Whether the pattern's calls count against F&O's service protection limits.
    pub subject_to_limits: bool,
    /// What that means for this pattern.
    pub text: String,
    /// Where it is documented.
    pub source: String,
}

/// The seed's programming-paradigm table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryPoints {
    /// The blocking call, if the seed names one.
    pub synchronous: Option<String>,
    /// The non-blocking call, if the seed names one.
    pub asynchronous: Option<String>,
    /// Where they are named.
    pub source: String,
}

/// Whether Microsoft still recommends a pattern for new work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lifecycle {
    /// Current and recommended where it fits.
    Current,
    /// Still works, but another pattern replaces it for new work.
    SupersededBy {
        /// The id of the pattern that replaces it.
        pattern: String,
        /// What the documentation says.
        note: String,
        /// Where.
        source: String,
    },
    /// Announced for removal.
    Deprecated {
        /// What the documentation says.
        note: String,
        /// Where.
        source: String,
    },
}

impl Lifecycle {
    /// Label for tables.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Current => "current",
            Self::SupersededBy { .. } => "legacy",
            Self::Deprecated { .. } => "deprecated",
        }
    }
}

impl Parameters {
    /// The name of a weight: `decisive`, `strong`, `moderate`, `slight`, or `weight N` for a
    /// value that is none of the named weights.
    pub fn strength(&self, weight: u64) -> String {
        [
            (&self.weight_decisive, "decisive"),
            (&self.weight_strong, "strong"),
            (&self.weight_moderate, "moderate"),
            (&self.weight_slight, "slight"),
        ]
        .iter()
        .find(|(parameter, _)| parameter.value == weight)
        .map_or_else(
            || format!("weight {weight}"),
            |(_, name)| (*name).to_owned(),
        )
    }
}

impl Pattern {
    /// The name for sentences, without its parenthesis: `OData` for "`OData` (including `OData`
    /// actions)", `Custom service` for "Custom service (SOAP / JSON)".
    pub fn short_name(&self) -> &str {
        // A search for one character, not for " (": every reason quotes the short name, and
        // a large inventory formats millions of reasons.
        self.name
            .find('(')
            .and_then(|open| self.name[..open].strip_suffix(' '))
            .unwrap_or(&self.name)
    }
}

impl Catalogue {
    /// The pattern with this id, if any.
    pub fn pattern(&self, id: &str) -> Option<&Pattern> {
        self.patterns.iter().find(|pattern| pattern.id == id)
    }

    /// The display name of a pattern id; an unknown id is shown as itself.
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.pattern(id).map_or(id, |pattern| pattern.name.as_str())
    }

    /// Checks what the type system cannot (the brief technology fits a table cell): unique kebab-case ids, non-empty lists and
    /// sources, lifecycle links that name a real pattern. Returns every problem found.
    pub fn validate(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for pattern in &self.patterns {
            let id = &pattern.id;
            if !seen.insert(id.as_str()) {
                problems.push(format!("pattern id `{id}` appears twice"));
            }
            if !is_kebab_case(id) {
                problems.push(format!("pattern id `{id}` is not kebab-case"));
            }
            if pattern.directions.is_empty() {
                problems.push(format!("pattern `{id}` lists no direction"));
            }
            if pattern.initiated_by.is_empty() {
                problems.push(format!("pattern `{id}` lists no initiator"));
            }
            if pattern.deployments.is_empty() {
                problems.push(format!("pattern `{id}` lists no deployment"));
            }
            let brief = pattern.technology_brief.chars().count();
            if !(1..=TECHNOLOGY_BRIEF_MAX).contains(&brief) {
                problems.push(format!(
                    "pattern `{id}`: technology_brief must have 1 to {TECHNOLOGY_BRIEF_MAX} characters, not {brief}"
                ));
            }
            let mut sources = vec![
                &pattern.docs,
                &pattern.deployment_source,
                &pattern.status_model.source,
                &pattern.throttling.source,
                &pattern.entry_points.source,
                &pattern.steps.source,
            ];
            sources.extend(
                pattern
                    .limits
                    .iter()
                    .chain(&pattern.prerequisites)
                    .chain(&pattern.facts)
                    .chain(&pattern.on_premises)
                    .map(|fact| &fact.source),
            );
            if sources.iter().any(|source| source.trim().is_empty()) {
                problems.push(format!("pattern `{id}` has a fact without a source"));
            }
            for source in sources.iter().filter(|s| !s.trim().is_empty()) {
                if !super::sources::is_citable(source) {
                    problems.push(format!(
                        "pattern `{id}` cites `{source}`, which is neither a web address nor a known title"
                    ));
                }
            }
            if pattern.steps.finops.is_empty() && pattern.steps.other_side.is_empty() {
                problems.push(format!("pattern `{id}` has no implementation steps"));
            }
            if let Lifecycle::SupersededBy {
                pattern: successor, ..
            } = &pattern.lifecycle
                && !self.patterns.iter().any(|other| &other.id == successor)
            {
                problems.push(format!(
                    "pattern `{id}` is superseded by `{successor}`, which is not in the catalogue"
                ));
            }
        }
        if self.patterns.is_empty() {
            problems.push("the catalogue has no pattern".to_owned());
        }
        problems
    }
}

fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
