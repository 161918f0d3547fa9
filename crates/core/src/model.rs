//! The domain model of one integration scenario: the requirements an architect answers
//! and the decision a team records. Plain data, no I/O.
//!
//! The serde names of the enums are the variant names of scenario file format 1 (see
//! `io::format_v1`): renaming a variant here is a format change. The structs derive serde too,
//! for the recovery file only: it must keep a scenario even while a field is out of range.

use serde::{Deserialize, Serialize};

mod decision;
mod open_question;
pub use decision::{Decision, DecisionStatus};
pub use open_question::OpenQuestion;

/// One integration to decide: what the counterpart needs, and what was decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    /// Short name that says what the case is ("Import large volumes of sales orders").
    pub title: String,
    /// Free text: the business story behind the requirements.
    pub context: String,
    /// The answers that decide a pattern.
    pub requirements: Requirements,
    /// What the team decided, if anything yet.
    pub decision: Option<Decision>,
}

/// The questions that decide an integration pattern (the seed's three questions plus the
/// counterpart, direction, initiator, deployment and error-feedback questions).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Requirements {
    /// Who or what F&O exchanges data with.
    pub counterpart: Counterpart,
    /// Which way the data flows, seen from F&O.
    pub direction: Direction,
    /// Who starts each exchange.
    pub initiator: Initiator,
    /// What is exchanged: records, an action on a record, or a computed result.
    pub exchange: Exchange,
    /// Whether the business needs a real-time response or sync.
    pub real_time: bool,
    /// Peak volume in records per hour; `None` while not known.
    pub peak_records_per_hour: Option<u64>,
    /// How often the exchange happens.
    pub frequency: Frequency,
    /// Where F&O runs.
    pub deployment: Deployment,
    /// Whether the caller must learn the outcome at once or may poll for it.
    pub error_feedback: ErrorFeedback,
    /// Whether only changed records move on each run (change tracking).
    pub incremental: bool,
    /// When F&O calls out: `Some(false)` if the endpoint lacks TLS 1.2 or later.
    pub endpoint_tls12: Option<bool>,
    /// With a model-driven app: whether it needs its own copy of the data (dual-write copies,
    /// virtual entities read in place). `None` while not asked. Added to format 1 later, so
    /// older files and recovery files read it as `None`.
    #[serde(default)]
    pub copy_wanted: Option<bool>,
    /// For a scheduled batch exchange: who runs the schedule (a recurring data job in F&O, or
    /// the other side's scheduler calling when it wants). `None` while not asked.
    #[serde(default)]
    pub schedule_owner: Option<Initiator>,
    /// What travels, when it is more than entity records: files, data packages or formatted
    /// documents. `None`: entity records, or not asked.
    #[serde(default)]
    pub payload: Option<Payload>,
    /// Whether makers build the integration as a low-code flow (Power Automate, Logic Apps).
    /// `None` while not asked.
    #[serde(default)]
    pub low_code: Option<bool>,
    /// Whether users on both sides edit the same records (`Some(true)`), or each side owns
    /// different data (`Some(false)`). The same records edited in two places need conflict
    /// handling however seldom they are aligned; two one-way flows of different data do not.
    /// `None` while not asked. Added to format 1 later: older files read it as `None`.
    #[serde(default)]
    pub shared_edits: Option<bool>,
    /// Questions whose answers are not known yet (any of the eight required questions): the
    /// values above stand in for them, and the result says what each answer would change.
    /// Sorted, without duplicates; empty when everything is known.
    #[serde(default)]
    pub not_known: Vec<OpenQuestion>,
}

impl Default for Requirements {
    /// A neutral starting point for a new scenario: another system sends records to F&O in
    /// the cloud, in real time, with the volume not known yet.
    fn default() -> Self {
        Self {
            counterpart: Counterpart::OtherSystem,
            direction: Direction::Inbound,
            initiator: Initiator::Counterpart,
            exchange: Exchange::Records,
            real_time: true,
            peak_records_per_hour: None,
            frequency: Frequency::AdHoc,
            deployment: Deployment::Cloud,
            error_feedback: ErrorFeedback::Immediate,
            incremental: false,
            endpoint_tls12: None,
            copy_wanted: None,
            schedule_owner: None,
            payload: None,
            low_code: None,
            shared_edits: None,
            not_known: Vec::new(),
        }
    }
}

impl Requirements {
    /// The answers a new scenario starts with: the neutral answers of [`Default`], with real
    /// time and error feedback not known yet. A ticked "real time" or "caller must know at
    /// once" that nobody chose would lean the advice (towards synchronous patterns) before
    /// anyone said so; open, the result says what each answer would change.
    pub fn new_scenario() -> Self {
        let mut requirements = Self {
            real_time: false,
            error_feedback: ErrorFeedback::Deferred,
            ..Self::default()
        };
        requirements.set_open(OpenQuestion::RealTime, true);
        requirements.set_open(OpenQuestion::ErrorFeedback, true);
        requirements
    }

    /// Whether a two-way exchange keeps two systems in step: it runs in real time, or as
    /// changes happen, or both sides edit the same records (which need conflict handling
    /// however seldom they are aligned). Both ways on a schedule, or once, is two one-way flows instead (an
    /// export job and an import job), and so is anything people do in a workbook (read, then
    /// publish back) or a report (which only reads).
    pub fn keeps_in_step(&self) -> bool {
        self.direction == Direction::Bidirectional
            && !matches!(
                self.counterpart,
                Counterpart::ExcelUsers | Counterpart::Reporting
            )
            && (self.real_time
                || self.frequency == Frequency::AdHoc
                || self.shared_edits == Some(true))
    }

    /// Whether the answer to `question` is not known yet.
    pub fn is_open(&self, question: OpenQuestion) -> bool {
        self.not_known.contains(&question)
    }

    /// Marks `question` as open or answered, keeping the list sorted and without duplicates.
    pub fn set_open(&mut self, question: OpenQuestion, open: bool) {
        self.not_known.retain(|q| *q != question);
        if open {
            self.not_known.push(question);
            self.not_known.sort();
        }
    }

    /// Whether data flows both ways as two independent one-way flows.
    pub fn two_one_way_flows(&self) -> bool {
        self.direction == Direction::Bidirectional && !self.keeps_in_step()
    }
}

/// What travels in the exchange, when it is more than entity records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Payload {
    /// Data files, one per entity (CSV, XML, JSON), as the other system writes them.
    Files,
    /// Data packages: zipped data files with a manifest, as data management builds them.
    Packages,
    /// Business documents in a set format: e-invoices, bank payment files, tax returns.
    Documents,
}

impl Payload {
    /// Every value, in the editor's order.
    pub const ALL: [Self; 3] = [Self::Files, Self::Packages, Self::Documents];

    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Files => "Data files (CSV, XML)",
            Self::Packages => "Data packages",
            Self::Documents => "Formatted documents",
        }
    }
}

/// Who or what F&O exchanges data with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Counterpart {
    /// Any other application: on premises, `SaaS`, a portal, a PLM or WMS system.
    OtherSystem,
    /// A model-driven Dynamics 365 app on Dataverse.
    Dynamics365App(ModelDrivenApp),
    /// People reading and editing F&O data in spreadsheets.
    ExcelUsers,
    /// Reports and analytics over F&O data.
    Reporting,
}

/// The model-driven Dynamics 365 apps named in the seed's dual-write table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ModelDrivenApp {
    /// Dynamics 365 Sales.
    Sales,
    /// Dynamics 365 Marketing.
    Marketing,
    /// Dynamics 365 Customer Service.
    CustomerService,
    /// Dynamics 365 Field Service.
    FieldService,
    /// Dynamics 365 Project Service Automation, which has evolved into Project Operations
    /// (kept so that older files load).
    ProjectServiceAutomation,
    /// Dynamics 365 Talent, which became Dynamics 365 Human Resources and has moved into the
    /// F&O infrastructure: no longer a Dataverse counterpart (kept so that older files load).
    Talent,
    /// Dynamics 365 Project Operations.
    ProjectOperations,
}

impl ModelDrivenApp {
    /// Every app: the dual-write table's order, then Project Operations.
    pub const ALL: [Self; 7] = [
        Self::Sales,
        Self::Marketing,
        Self::CustomerService,
        Self::FieldService,
        Self::ProjectServiceAutomation,
        Self::Talent,
        Self::ProjectOperations,
    ];

    /// The name without "Dynamics 365", for a list of apps in a table cell.
    pub fn short_label(self) -> &'static str {
        match self {
            Self::Sales => "Sales",
            Self::Marketing => "Marketing",
            Self::CustomerService => "Customer Service",
            Self::FieldService => "Field Service",
            Self::ProjectServiceAutomation => "Project Service Automation",
            Self::Talent => "Talent",
            Self::ProjectOperations => "Project Operations",
        }
    }

    /// The product name as users know it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Sales => "Dynamics 365 Sales",
            Self::Marketing => "Dynamics 365 Marketing",
            Self::CustomerService => "Dynamics 365 Customer Service",
            Self::FieldService => "Dynamics 365 Field Service",
            Self::ProjectServiceAutomation => "Project Service Automation (now Project Operations)",
            Self::Talent => "Talent (now Human Resources, part of F&O; legacy)",
            Self::ProjectOperations => "Dynamics 365 Project Operations",
        }
    }
}

/// Which way data flows, seen from F&O.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Direction {
    /// Data comes into F&O.
    Inbound,
    /// Data leaves F&O.
    Outbound,
    /// Data flows both ways: kept in step when real time or as changes happen, otherwise two
    /// one-way flows (see [`Requirements::keeps_in_step`]).
    Bidirectional,
}

/// Who starts each exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Initiator {
    /// The other side calls, reads or sends.
    Counterpart,
    /// F&O starts the exchange (it calls out or notifies).
    FinOps,
}

/// What one exchange carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Exchange {
    /// Records are moved or kept in step.
    Records,
    /// Business logic runs on a record (approve, post, confirm).
    Action,
    /// A result is computed and returned (on-hand inventory).
    Calculation,
}

/// How often the exchange happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Frequency {
    /// Whenever something happens, unscheduled.
    AdHoc,
    /// On a schedule, every so many minutes.
    Every {
        /// Minutes between runs, 1 to 525,600 (a year).
        minutes: u32,
    },
    /// A single load, such as a migration.
    Once,
}

/// Where F&O runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Deployment {
    /// Microsoft-hosted cloud environments.
    Cloud,
    /// Customer-hosted (local business data) environments.
    OnPremises,
}

impl Counterpart {
    /// Words for people: `Another system`, `Dynamics 365 Sales`.
    pub fn label(self) -> &'static str {
        match self {
            Self::OtherSystem => "Another system",
            Self::Dynamics365App(app) => app.label(),
            Self::ExcelUsers => "People in Excel",
            Self::Reporting => "Reporting",
        }
    }
}

impl Direction {
    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Inbound => "Into F&O",
            Self::Outbound => "Out of F&O",
            Self::Bidirectional => "Both ways",
        }
    }
}

impl Initiator {
    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Counterpart => "The other side",
            Self::FinOps => "F&O",
        }
    }
}

impl Exchange {
    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Records => "Records",
            Self::Action => "An action on a record",
            Self::Calculation => "A computed result",
        }
    }
}

impl ErrorFeedback {
    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Immediate => "Caller must know at once",
            Self::Deferred => "Caller may learn later",
        }
    }
}

impl Frequency {
    /// Words for people: `Ad hoc`, `Every 60 min`, `Once`.
    pub fn label(self) -> String {
        match self {
            Self::AdHoc => "Ad hoc".to_owned(),
            Self::Every { minutes } => crate::text::capitalise(&every(minutes)),
            Self::Once => "Once".to_owned(),
        }
    }
}

/// `every 5 minutes`, `every hour`, `every 2 hours`, `every day`, `every 7 days`; a long
/// interval that is not whole days is rounded to days (`every 91 days`), never shown as
/// thousands of hours.
pub fn every(minutes: u32) -> String {
    const HOUR: u32 = 60;
    const DAY: u32 = 24 * HOUR;
    let (count, unit) = match minutes {
        m if m >= DAY && m % DAY == 0 => (m / DAY, "day"),
        m if m >= 2 * DAY => ((m + DAY / 2) / DAY, "day"),
        m if m >= HOUR && m % HOUR == 0 => (m / HOUR, "hour"),
        m => (m, "minute"),
    };
    if count == 1 {
        format!("every {unit}")
    } else {
        format!("every {count} {unit}s")
    }
}

impl Deployment {
    /// Words for people: `Cloud`, `On premises`.
    pub fn title(self) -> &'static str {
        match self {
            Self::Cloud => "Cloud",
            Self::OnPremises => "On premises",
        }
    }

    /// Lower-case label: `cloud`, `on premises`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Cloud => "cloud",
            Self::OnPremises => "on premises",
        }
    }

    /// `cloud, on premises`.
    pub fn list(deployments: &[Self]) -> String {
        deployments
            .iter()
            .map(|d| d.label())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Whether the caller must know the outcome at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ErrorFeedback {
    /// The caller must learn success or failure in the response.
    Immediate,
    /// The caller may learn the outcome later, by polling or a notification.
    Deferred,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_read_as_people_say_them() {
        assert_eq!(every(5), "every 5 minutes");
        assert_eq!(every(1), "every minute");
        assert_eq!(every(60), "every hour");
        assert_eq!(every(90), "every 90 minutes");
        assert_eq!(every(120), "every 2 hours");
        assert_eq!(every(1440), "every day");
        assert_eq!(every(10080), "every 7 days");
        // A quarter (131,400 minutes) is about 91 days, not 2,190 hours.
        assert_eq!(every(131_400), "every 91 days");
        assert_eq!(every(1500), "every 25 hours");
        assert_eq!(Frequency::Every { minutes: 60 }.label(), "Every hour");
    }
}
