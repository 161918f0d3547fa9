//! The fields of a scenario as a type.
//!
//! A field knows its name in the file, its question in the editor, and whether a first
//! meeting may leave it open; everything that names a field
//! (flips, open answers, conflicts, the interview, the editor, inventories, records) holds a
//! `Field`, so a misspelt or forgotten field is a compile error rather than a silent miss.

use std::fmt;

use serde::Serialize;

use super::model::{
    Counterpart, Deployment, Direction, ErrorFeedback, Exchange, Frequency, Initiator,
    OpenQuestion, Requirements,
};
use super::questions::{self, Question};

mod later;
pub use later::{Choice, Kind, LATER, Later};

/// A field of a scenario file: the title, the context, an answer of the requirements, or the
/// list of answers not known yet. Declared in the file's order, which is the editor's too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The scenario's short name.
    Title,
    /// The business story.
    Context,
    /// Who or what F&O exchanges data with.
    Counterpart,
    /// Which way the data flows, seen from F&O.
    Direction,
    /// Who starts each exchange.
    Initiator,
    /// What one exchange carries.
    Exchange,
    /// Whether a real-time response or sync is needed.
    RealTime,
    /// The peak volume.
    PeakRecordsPerHour,
    /// How often the exchange happens.
    Frequency,
    /// Where F&O runs.
    Deployment,
    /// Whether the caller must know the outcome at once.
    ErrorFeedback,
    /// Whether each run carries only what changed.
    Incremental,
    /// Whether an endpoint F&O calls supports TLS 1.2.
    EndpointTls12,
    /// Whether a model-driven app wants its own copy of the data.
    CopyWanted,
    /// Who keeps a batch schedule.
    ScheduleOwner,
    /// What travels: single files, packages or formatted documents.
    Payload,
    /// Whether it is built as a low-code flow.
    LowCode,
    /// Whether both sides edit the same records.
    SharedEdits,
    /// The answers not known yet.
    NotKnown,
}

impl Field {
    /// Every field, in the file's order.
    pub const ALL: [Self; 19] = [
        Self::Title,
        Self::Context,
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
        Self::CopyWanted,
        Self::ScheduleOwner,
        Self::Payload,
        Self::LowCode,
        Self::SharedEdits,
        Self::NotKnown,
    ];

    /// The fields of the requirements, in the file's order: every answer, then the answers
    /// not known yet.
    pub const REQUIREMENTS: [Self; 17] = [
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
        Self::CopyWanted,
        Self::ScheduleOwner,
        Self::Payload,
        Self::LowCode,
        Self::SharedEdits,
        Self::NotKnown,
    ];

    /// Its name in the file (format 1): `peak_records_per_hour`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Context => "context",
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
            Self::CopyWanted => "copy_wanted",
            Self::ScheduleOwner => "schedule_owner",
            Self::Payload => "payload",
            Self::LowCode => "low_code",
            Self::SharedEdits => "shared_edits",
            Self::NotKnown => "not_known",
        }
    }

    /// The field of that name in the file.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|field| field.name() == name)
    }

    /// Its question in the editor: caption, help line and source. The list of answers not
    /// known yet is no question of its own: each question says whether it is known.
    pub const fn question(self) -> Option<&'static Question> {
        Some(match self {
            Self::Title => &questions::TITLE,
            Self::Context => &questions::CONTEXT,
            Self::Counterpart => &questions::COUNTERPART,
            Self::Direction => &questions::DIRECTION,
            Self::Initiator => &questions::INITIATOR,
            Self::Exchange => &questions::EXCHANGE,
            Self::RealTime => &questions::REAL_TIME,
            Self::PeakRecordsPerHour => &questions::PEAK_VOLUME,
            Self::Frequency => &questions::FREQUENCY,
            Self::Deployment => &questions::DEPLOYMENT,
            Self::ErrorFeedback => &questions::ERROR_FEEDBACK,
            Self::Incremental => &questions::INCREMENTAL,
            Self::EndpointTls12 => &questions::ENDPOINT_TLS,
            Self::CopyWanted => &questions::COPY_WANTED,
            Self::ScheduleOwner => &questions::SCHEDULE_OWNER,
            Self::Payload => &questions::PAYLOAD,
            Self::LowCode => &questions::LOW_CODE,
            Self::SharedEdits => &questions::SHARED_EDITS,
            Self::NotKnown => return None,
        })
    }

    /// The open question it stands for, if a first meeting may leave it open. (The peak
    /// volume is left open by having none, the copy question by not being asked.)
    pub const fn open_question(self) -> Option<OpenQuestion> {
        Some(match self {
            Self::Counterpart => OpenQuestion::Counterpart,
            Self::Direction => OpenQuestion::Direction,
            Self::Initiator => OpenQuestion::Initiator,
            Self::Exchange => OpenQuestion::Exchange,
            Self::RealTime => OpenQuestion::RealTime,
            Self::Frequency => OpenQuestion::Frequency,
            Self::Deployment => OpenQuestion::Deployment,
            Self::ErrorFeedback => OpenQuestion::ErrorFeedback,
            _ => return None,
        })
    }
}

impl Field {
    /// Whether `r` answers it: an open question is unanswered while it is open, the peak
    /// volume while it has none, and the later questions until they are asked. The title,
    /// the context and the list of open answers are always there.
    pub fn is_answered(self, r: &Requirements) -> bool {
        if let Some(open) = self.open_question() {
            return !r.is_open(open);
        }
        if let Some(later) = self.later() {
            return (later.get)(r).is_some();
        }
        match self {
            Self::PeakRecordsPerHour => r.peak_records_per_hour.is_some(),
            Self::EndpointTls12 => r.endpoint_tls12.is_some(),
            _ => true,
        }
    }
}

/// The answer of one field, typed: what a flip, a settler and a diff carry. The io crate
/// writes it as the file does (`io::canonical::answer_text`); the core never writes file
/// syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// `counterpart`.
    Counterpart(Counterpart),
    /// `direction`.
    Direction(Direction),
    /// `initiator`.
    Initiator(Initiator),
    /// `exchange`.
    Exchange(Exchange),
    /// `real_time`.
    RealTime(bool),
    /// `peak_records_per_hour`; `None` when not known.
    PeakRecordsPerHour(Option<u64>),
    /// `frequency`.
    Frequency(Frequency),
    /// `deployment`.
    Deployment(Deployment),
    /// `error_feedback`.
    ErrorFeedback(ErrorFeedback),
    /// `incremental`.
    Incremental(bool),
    /// `endpoint_tls12`.
    EndpointTls12(Option<bool>),
    /// A later question's: the index of its choice among [`Later::choices`], `None` while
    /// not asked.
    Later {
        /// The question.
        field: Field,
        /// Its choice's index.
        choice: Option<usize>,
    },
    /// `not_known`.
    NotKnown(Vec<OpenQuestion>),
}

impl Field {
    /// The answer `r` gives to it; `None` for the title and the context, which are no
    /// answers of the requirements.
    pub fn answer(self, r: &Requirements) -> Option<Answer> {
        Some(match self {
            Self::Title | Self::Context => return None,
            Self::Counterpart => Answer::Counterpart(r.counterpart),
            Self::Direction => Answer::Direction(r.direction),
            Self::Initiator => Answer::Initiator(r.initiator),
            Self::Exchange => Answer::Exchange(r.exchange),
            Self::RealTime => Answer::RealTime(r.real_time),
            Self::PeakRecordsPerHour => Answer::PeakRecordsPerHour(r.peak_records_per_hour),
            Self::Frequency => Answer::Frequency(r.frequency),
            Self::Deployment => Answer::Deployment(r.deployment),
            Self::ErrorFeedback => Answer::ErrorFeedback(r.error_feedback),
            Self::Incremental => Answer::Incremental(r.incremental),
            Self::EndpointTls12 => Answer::EndpointTls12(r.endpoint_tls12),
            Self::CopyWanted
            | Self::ScheduleOwner
            | Self::Payload
            | Self::LowCode
            | Self::SharedEdits => Answer::Later {
                field: self,
                choice: self.later().and_then(|later| (later.get)(r)),
            },
            Self::NotKnown => Answer::NotKnown(r.not_known.clone()),
        })
    }
}

impl Answer {
    /// For a later question's answer: the question and its choice, `None` while not asked.
    pub fn later_choice(&self) -> Option<(&'static Later, Option<&'static Choice>)> {
        match self {
            Self::Later { field, choice } => {
                let later = field.later()?;
                Some((later, choice.and_then(|index| later.choices.get(index))))
            }
            _ => None,
        }
    }
}

/// A field shows as its name in the file, as messages and the command line write it.
impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_has_one_name_and_is_found_by_it() {
        for field in Field::ALL {
            assert_eq!(Field::named(field.name()), Some(field), "{field:?}");
            let json = serialised_name(field);
            assert_eq!(json, field.name(), "serialised as its file name");
        }
        assert_eq!(Field::named("real_tme"), None);
    }

    #[test]
    fn each_question_is_its_fields_and_each_open_question_comes_back() {
        for field in Field::ALL {
            if let Some(question) = field.question() {
                assert_eq!(
                    question.field, field,
                    "{} asks for {field}",
                    question.caption
                );
            }
            if let Some(open) = field.open_question() {
                assert_eq!(open.field(), field);
            }
        }
        for open in OpenQuestion::ALL {
            assert_eq!(open.field().open_question(), Some(open));
        }
        assert_eq!(
            Field::ALL.iter().filter(|f| f.question().is_none()).count(),
            1
        );
    }

    /// The name serde gives the field, through the same rename rule the JSON output uses.
    fn serialised_name(field: Field) -> String {
        ron::to_string(&field).unwrap_or_default()
    }
}
