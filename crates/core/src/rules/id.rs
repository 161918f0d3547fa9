//! Which rule said what: the rules' ids as a type, and the steps of the decision they belong
//! to. A reason carries the id of the rule that gave it; the explanation groups reasons by
//! their rule's step in [`super::RULES`], so a new rule names its step where it is listed.

use serde::Serialize;

/// The id of a rule, or of the engine's own verdicts; serialised in kebab case
/// (`bulk-volume`), as `decide --format json` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleId {
    /// `deployment`.
    Deployment,
    /// `direction`.
    Direction,
    /// `initiator`.
    Initiator,
    /// `on-premises-api`.
    OnPremisesApi,
    /// `model-driven-app`.
    ModelDrivenApp,
    /// `reporting`.
    Reporting,
    /// `spreadsheet-users`.
    SpreadsheetUsers,
    /// `counterpart`.
    Counterpart,
    /// `bulk-volume`.
    BulkVolume,
    /// `data-events-capacity`.
    DataEventsCapacity,
    /// `events-volume`.
    EventsVolume,
    /// `connector-capacity`.
    ConnectorCapacity,
    /// `data-integrator-capacity`.
    DataIntegratorCapacity,
    /// `dual-write-transaction`.
    DualWriteTransaction,
    /// `scheduled-batch`.
    ScheduledBatch,
    /// `one-off-load`.
    OneOffLoad,
    /// `real-time`.
    RealTime,
    /// `error-feedback`.
    ErrorFeedback,
    /// `real-time-records`.
    RealTimeRecords,
    /// `modest-records`.
    ModestRecords,
    /// `record-action`.
    RecordAction,
    /// `calculation`.
    Calculation,
    /// `finops-starts`.
    FinOpsStarts,
    /// `schedule-owner`.
    ScheduleOwner,
    /// `payload`.
    Payload,
    /// `low-code`.
    LowCode,
    /// The engine's note that no answer speaks for or against a pattern.
    NoMatch,
    /// The engine's verdict on a pattern of another kind of exchange than the answers
    /// describe.
    OtherKind,
}

impl RuleId {
    /// Its stable name: `bulk-volume`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Deployment => "deployment",
            Self::Direction => "direction",
            Self::Initiator => "initiator",
            Self::OnPremisesApi => "on-premises-api",
            Self::ModelDrivenApp => "model-driven-app",
            Self::Reporting => "reporting",
            Self::SpreadsheetUsers => "spreadsheet-users",
            Self::Counterpart => "counterpart",
            Self::BulkVolume => "bulk-volume",
            Self::DataEventsCapacity => "data-events-capacity",
            Self::EventsVolume => "events-volume",
            Self::ConnectorCapacity => "connector-capacity",
            Self::DataIntegratorCapacity => "data-integrator-capacity",
            Self::DualWriteTransaction => "dual-write-transaction",
            Self::ScheduledBatch => "scheduled-batch",
            Self::OneOffLoad => "one-off-load",
            Self::RealTime => "real-time",
            Self::ErrorFeedback => "error-feedback",
            Self::RealTimeRecords => "real-time-records",
            Self::ModestRecords => "modest-records",
            Self::RecordAction => "record-action",
            Self::Calculation => "calculation",
            Self::FinOpsStarts => "finops-starts",
            Self::ScheduleOwner => "schedule-owner",
            Self::Payload => "payload",
            Self::LowCode => "low-code",
            Self::NoMatch => "no-match",
            Self::OtherKind => "other-kind",
        }
    }

    /// The step of the decision its rule belongs to; `None` for the engine's own verdicts,
    /// which the path to the pattern at the top does not lead through.
    pub fn step(self) -> Option<Step> {
        super::RULES
            .iter()
            .find(|rule| rule.id == self)
            .map(|rule| rule.step)
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What a note (a warning or a prerequisite) is about; serialised in kebab case
/// (`tls-unknown`), as `decide --format json` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteId {
    /// `answers-open`.
    AnswersOpen,
    /// `bulk-calls`.
    BulkCalls,
    /// `call-load`.
    CallLoad,
    /// `call-wait`.
    CallWait,
    /// `catalogue`.
    Catalogue,
    /// `change-tracking`.
    ChangeTracking,
    /// `conflict`.
    Conflict,
    /// `events-benchmark`.
    EventsBenchmark,
    /// `excel-volume`.
    ExcelVolume,
    /// `feedback-batch-conflict`.
    FeedbackBatchConflict,
    /// `file-transform`.
    FileTransform,
    /// `legacy-alternative`.
    LegacyAlternative,
    /// `legacy-app`.
    LegacyApp,
    /// `lifecycle`.
    Lifecycle,
    /// `on-premises`.
    OnPremises,
    /// `on-premises-real-time`.
    OnPremisesRealTime,
    /// `project-operations-maps`.
    ProjectOperationsMaps,
    /// `real-time-bulk-conflict`.
    RealTimeBulkConflict,
    /// `real-time-reporting`.
    RealTimeReporting,
    /// `reporting-odata`.
    ReportingOdata,
    /// `status-polling`.
    StatusPolling,
    /// `throttling`.
    Throttling,
    /// `tls-endpoint`.
    TlsEndpoint,
    /// `tls-unknown`.
    TlsUnknown,
    /// `two-one-way-flows`.
    TwoOneWayFlows,
    /// `two-way-conflicts`.
    TwoWayConflicts,
    /// `volume-unknown`.
    VolumeUnknown,
}

impl NoteId {
    /// Its stable name: `tls-unknown`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::AnswersOpen => "answers-open",
            Self::BulkCalls => "bulk-calls",
            Self::CallLoad => "call-load",
            Self::CallWait => "call-wait",
            Self::Catalogue => "catalogue",
            Self::ChangeTracking => "change-tracking",
            Self::Conflict => "conflict",
            Self::EventsBenchmark => "events-benchmark",
            Self::ExcelVolume => "excel-volume",
            Self::FeedbackBatchConflict => "feedback-batch-conflict",
            Self::FileTransform => "file-transform",
            Self::LegacyAlternative => "legacy-alternative",
            Self::LegacyApp => "legacy-app",
            Self::Lifecycle => "lifecycle",
            Self::OnPremises => "on-premises",
            Self::OnPremisesRealTime => "on-premises-real-time",
            Self::ProjectOperationsMaps => "project-operations-maps",
            Self::RealTimeBulkConflict => "real-time-bulk-conflict",
            Self::RealTimeReporting => "real-time-reporting",
            Self::ReportingOdata => "reporting-odata",
            Self::StatusPolling => "status-polling",
            Self::Throttling => "throttling",
            Self::TlsEndpoint => "tls-endpoint",
            Self::TlsUnknown => "tls-unknown",
            Self::TwoOneWayFlows => "two-one-way-flows",
            Self::TwoWayConflicts => "two-way-conflicts",
            Self::VolumeUnknown => "volume-unknown",
        }
    }

    /// Whether the note says that answers contradict each other, or that the pattern at
    /// the top contradicts an answer: a result with one is no recommendation to act on.
    pub const fn is_conflict(self) -> bool {
        matches!(
            self,
            Self::Conflict | Self::RealTimeBulkConflict | Self::FeedbackBatchConflict
        )
    }
}

impl std::fmt::Display for NoteId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A step of the decision, in the order the engine takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Where F&O runs, which way the data flows, who starts each exchange.
    Constraints,
    /// Who or what is on the other side.
    Counterpart,
    /// Timing, volume, frequency and what is exchanged.
    TimingAndVolume,
    /// What F&O does when it starts the exchange.
    FinOpsStarts,
    /// The questions that separate close candidates.
    SeparatingQuestions,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Self; 5] = [
        Self::Constraints,
        Self::Counterpart,
        Self::TimingAndVolume,
        Self::FinOpsStarts,
        Self::SeparatingQuestions,
    ];

    /// Its name on screen.
    pub fn label(self) -> &'static str {
        match self {
            Self::Constraints => "Hard constraints",
            Self::Counterpart => "The other side",
            Self::TimingAndVolume => "Timing and volume",
            Self::FinOpsStarts => "F&O starts it",
            Self::SeparatingQuestions => "Separating questions",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Context, RULES};
    use super::RuleId;

    #[test]
    fn every_rule_has_its_own_id_and_gives_only_reasons_with_it() {
        let mut ids: Vec<&str> = RULES.iter().map(|rule| rule.id.name()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len(), "one id a rule");
        assert_eq!(
            RuleId::NoMatch.step(),
            None,
            "the engine's own note has no step"
        );
        assert_eq!(RuleId::OtherKind.step(), None);
        let catalogue = crate::testing::catalogue();
        let mut visited = 0;
        let mut index = 0;
        // Every 97th combination of the base answers: each value of each answer still comes
        // up hundreds of times, and the test stays quick unoptimised.
        crate::input_space::for_each_base(|requirements| {
            index += 1;
            if index % 97 != 0 {
                return;
            }
            visited += 1;
            let ctx = Context::new(requirements, &catalogue.parameters).unworded();
            for rule in RULES {
                for pattern in &catalogue.patterns {
                    let mut reasons = Vec::new();
                    (rule.run)(&ctx, pattern, &mut reasons);
                    for reason in &reasons {
                        assert_eq!(
                            reason.rule, rule.id,
                            "{} gave a reason as {} for {}",
                            rule.id, reason.rule, pattern.id
                        );
                    }
                }
            }
        });
        assert!(visited > 500, "{visited} combinations visited");
    }
}
