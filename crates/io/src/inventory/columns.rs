//! Which column holds what: headers are matched without regard to case, spaces, hyphens or
//! underscores, and a few words people use for them are understood ("volume", "peak per
//! hour", "system", "name").

use advisor_core::field::{Field, LATER};

/// A column the inventory reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    /// The interface's own id in the programme (`INT-042`).
    Id,
    /// Its name.
    Title,
    /// The business story.
    Context,
    /// The counterpart system's own name ("3PL warehouse", "Bank"), for the landscape
    /// picture; the counterpart column says what kind of system it is.
    SystemName,
    /// A requirement field of the scenario format.
    Counterpart,
    /// Which way the data flows.
    Direction,
    /// Who starts each exchange.
    Initiator,
    /// What is exchanged.
    Exchange,
    /// Whether it must happen in real time.
    RealTime,
    /// The peak number of records an hour.
    PeakRecordsPerHour,
    /// How often it runs.
    Frequency,
    /// Where F&O runs.
    Deployment,
    /// When the caller must learn whether it worked.
    ErrorFeedback,
    /// Whether only changes travel.
    Incremental,
    /// Whether the endpoint F&O calls has TLS 1.2.
    EndpointTls12,
    /// A later question (`field::LATER`): a copy in the app, who keeps the schedule, what
    /// travels, a low-code flow, edits on both sides, and any question added to the table.
    Later(Field),
    /// The pattern decided for it, if any.
    DecidedPattern,
    /// The decision's status.
    DecisionStatus,
}

impl Column {
    /// Every column, in the order output lists them: the later questions in the table's
    /// order, before the decision.
    pub fn all() -> impl Iterator<Item = Self> {
        [
            Self::Id,
            Self::Title,
            Self::Context,
            Self::SystemName,
            Self::Counterpart,
            Self::Direction,
            Self::Initiator,
            Self::Exchange,
            Self::RealTime,
            Self::PeakRecordsPerHour,
            Self::Frequency,
            Self::Deployment,
            Self::ErrorFeedback,
            Self::Incremental,
            Self::EndpointTls12,
        ]
        .into_iter()
        .chain(LATER.iter().map(|later| Self::Later(later.field)))
        .chain([Self::DecidedPattern, Self::DecisionStatus])
    }

    /// The column's name: the scenario format's field name where there is one.
    pub fn name(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::Title => "title",
            Self::Context => "context",
            Self::SystemName => "system_name",
            Self::Counterpart => "counterpart",
            Self::Direction => "direction",
            Self::Initiator => "initiator",
            Self::Exchange => "exchange",
            Self::RealTime => "real_time",
            Self::PeakRecordsPerHour => "peak_records_per_hour",
            Self::Frequency => "frequency",
            Self::Deployment => "deployment",
            Self::ErrorFeedback => "error_feedback",
            Self::Incremental => "incremental",
            Self::EndpointTls12 => "endpoint_tls12",
            Self::Later(field) => field.name(),
            Self::DecidedPattern => "decided_pattern",
            Self::DecisionStatus => "decision_status",
        }
    }

    /// Other headers that mean this column, normalised (lower case, no separators).
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Self::Id => &["interfaceid", "ref", "reference", "number", "no"],
            Self::Title => &["name", "interface", "interfacename"],
            Self::Context => &["description", "notes"],
            Self::SystemName => &["application", "counterpartname", "partnername"],
            Self::Counterpart => &["system", "othersystem", "partner"],
            Self::Direction => &["flow"],
            Self::Initiator => &["startedby", "initiatedby", "trigger"],
            Self::Exchange => &["payloadkind", "what"],
            Self::RealTime => &["realtimerequired", "synchronous"],
            Self::PeakRecordsPerHour => &[
                "volume",
                "peakperhour",
                "peakvolume",
                "recordsperhour",
                "peak",
            ],
            Self::Frequency => &["schedule", "cadence"],
            Self::Deployment => &["hosting", "environment"],
            Self::ErrorFeedback => &["feedback", "errorhandling"],
            Self::Incremental => &["delta", "changesonly"],
            Self::EndpointTls12 => &["tls12", "tls"],
            Self::Later(field) => field.later().map_or(&[], |later| later.also),
            Self::DecidedPattern => &["pattern", "decision", "decided"],
            Self::DecisionStatus => &["status"],
        }
    }

    /// The column a header names, if any.
    pub fn of_header(header: &str) -> Option<Self> {
        let key = normalise(header);
        Self::all().find(|c| normalise(c.name()) == key || c.synonyms().contains(&key.as_str()))
    }

    /// The columns an inventory must have: without them no row can be evaluated.
    pub const REQUIRED: [Self; 3] = [Self::Title, Self::Counterpart, Self::Direction];

    /// For a column every row must fill, what a blank cell of it is told.
    pub const fn required(self) -> Option<&'static str> {
        match self {
            Self::Title => {
                Some("the title is empty: give the scenario a short name that says what it is")
            }
            Self::Counterpart => Some(
                "the counterpart is empty: every interface needs one (such as Other system, \
                 Dynamics 365 Sales, Excel or Reporting)",
            ),
            Self::Direction => Some(
                "the direction is empty: every interface needs one (into F&O, out of F&O or \
                 both ways)",
            ),
            _ => None,
        }
    }
}

/// Lower case, without spaces, underscores, hyphens or a byte-order mark.
fn normalise(header: &str) -> String {
    header
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_whatever_their_case_spacing_or_synonym() {
        assert_eq!(Column::of_header("Real Time"), Some(Column::RealTime));
        assert_eq!(Column::of_header("real_time"), Some(Column::RealTime));
        assert_eq!(Column::of_header("REALTIME"), Some(Column::RealTime));
        assert_eq!(
            Column::of_header("Volume"),
            Some(Column::PeakRecordsPerHour)
        );
        assert_eq!(
            Column::of_header("Peak per hour"),
            Some(Column::PeakRecordsPerHour)
        );
        assert_eq!(Column::of_header("System"), Some(Column::Counterpart));
        assert_eq!(Column::of_header("System name"), Some(Column::SystemName));
        assert_eq!(Column::of_header("Application"), Some(Column::SystemName));
        assert_eq!(Column::of_header("Name"), Some(Column::Title));
        assert_eq!(Column::of_header("\u{feff}id"), Some(Column::Id));
        assert_eq!(Column::of_header("Owner"), None);
        // No two columns claim the same header.
        for a in Column::all() {
            for b in Column::all() {
                if a != b {
                    assert!(
                        !b.synonyms().contains(&normalise(a.name()).as_str()),
                        "{a:?} and {b:?}"
                    );
                }
            }
        }
    }
}
