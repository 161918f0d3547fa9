//! The decision rules.
//!
//! Each rule is a small named function that looks at the requirements and one pattern and adds
//! its verdicts; [`RULES`] lists them in the order of product.md's decision semantics: hard
//! constraints, counterpart, timing/volume/frequency, F&O-initiated exchanges, then the
//! questions that separate close candidates. Notes (prerequisites, warnings, conflicts) follow
//! the ranking.

mod choices;
mod conflicts;
mod constraints;
mod counterpart;
mod exchange;
mod id;
mod notes;
mod outbound;
mod timing;
mod volume;

#[cfg(test)]
mod test_support;

pub use id::{NoteId, RuleId, Step};
pub use notes::{legacy_alternatives, prerequisites, warnings};
pub use outbound::FinOpsStart;

/// Minutes in an hour, where the rules split schedules.
///
/// A schedule of an hour or more is fresh enough for the entity store's hourly refresh, and
/// one run moves at least the peak hour's records. The open-answer analysis tries a
/// schedule on each side of it.
pub const HOUR_MINUTES: u32 = 60;

use std::borrow::Cow;

use super::catalogue::{Parameters, Pattern, Role};
use super::evaluation::{Effect, Reason};
use super::model::Requirements;
use crate::text::{capitalise, group_thousands, lower_first};

/// What every rule sees: the requirements, the catalogue's parameters, and values derived
/// from them once per evaluation.
pub struct Context<'a> {
    /// The scenario's answers.
    pub requirements: &'a Requirements,
    /// The catalogue's named parameters.
    pub parameters: &'a Parameters,
    /// Whether the peak volume is known and at or above the bulk threshold.
    pub bulk: bool,
    /// The peak volume in words, formatted once: half the patterns' reasons quote it.
    peak_words: std::cell::OnceCell<String>,
    /// Whether reasons are worded. A search that compares outcomes only (what would change
    /// the result, the open answers) leaves the text of `format_args!` reasons empty: the
    /// words cost more than the weighing.
    worded: bool,
}

/// A reason's words: written out, or, as `format_args!`, left unwritten when the reason is
/// only weighed.
pub trait Words {
    /// The text, or an empty string when `worded` is false and the words cost something.
    fn into_text(self, worded: bool) -> String;
}

impl Words for String {
    fn into_text(self, _worded: bool) -> String {
        self
    }
}

impl Words for std::fmt::Arguments<'_> {
    fn into_text(self, worded: bool) -> String {
        if worded {
            // As `format!` does: sized from the pieces first, not grown while writing.
            std::fmt::format(self)
        } else {
            String::new()
        }
    }
}

impl<'a> Context<'a> {
    /// Derives the shared values for one evaluation.
    pub fn new(requirements: &'a Requirements, parameters: &'a Parameters) -> Self {
        let bulk = requirements
            .peak_records_per_hour
            .is_some_and(|volume| volume >= parameters.bulk_threshold_records_per_hour.value);
        Self {
            requirements,
            parameters,
            bulk,
            peak_words: std::cell::OnceCell::new(),
            worded: true,
        }
    }

    /// The same context for weighing only: reasons given as `format_args!` stay unworded.
    #[must_use]
    pub fn unworded(mut self) -> Self {
        self.worded = false;
        self
    }

    /// The catalogue's value for a weight.
    pub fn weight(&self, weight: Weight) -> u64 {
        let parameter = match weight {
            Weight::Decisive => &self.parameters.weight_decisive,
            Weight::Strong => &self.parameters.weight_strong,
            Weight::Moderate => &self.parameters.weight_moderate,
            Weight::Slight => &self.parameters.weight_slight,
        };
        parameter.value
    }

    /// A reason that favours the pattern.
    pub fn favours(
        &self,
        rule: RuleId,
        weight: Weight,
        text: impl Words,
        source: impl Into<Cow<'static, str>>,
    ) -> Reason {
        reason(
            rule,
            Effect::Favours(self.weight(weight)),
            text.into_text(self.worded),
            source,
        )
    }

    /// A reason that counts against the pattern.
    pub fn against(
        &self,
        rule: RuleId,
        weight: Weight,
        text: impl Words,
        source: impl Into<Cow<'static, str>>,
    ) -> Reason {
        reason(
            rule,
            Effect::CountsAgainst(self.weight(weight)),
            text.into_text(self.worded),
            source,
        )
    }

    /// The peak volume in words: "a one-off load of 100,000 records" for a single load,
    /// otherwise "a peak of 100,000 records an hour"; empty when the volume is not known
    /// (no rule that quotes it runs then).
    pub fn peak_words(&self) -> &str {
        self.peak_words.get_or_init(|| {
            let Some(volume) = self.requirements.peak_records_per_hour else {
                return String::new();
            };
            if self.requirements.frequency == crate::model::Frequency::Once {
                format!("a one-off load of {} records", group_thousands(volume))
            } else {
                format!("a peak of {} records an hour", group_thousands(volume))
            }
        })
    }

    /// Whether the peak volume is known and above the data events benchmark (Microsoft's
    /// only published events throughput).
    pub fn above_events_benchmark(&self) -> bool {
        self.requirements
            .peak_records_per_hour
            .is_some_and(|v| v > self.parameters.data_events_records_per_hour.value)
    }

    /// The bulk threshold, formatted for text.
    pub fn bulk_threshold_text(&self) -> String {
        group_thousands(self.parameters.bulk_threshold_records_per_hour.value)
    }
}

/// The named weights of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// Settles the choice on its own.
    Decisive,
    /// A strong preference.
    Strong,
    /// A moderate preference.
    Moderate,
    /// A slight preference.
    Slight,
}

/// Builds a reason.
pub fn reason(
    rule: RuleId,
    effect: Effect,
    text: String,
    source: impl Into<Cow<'static, str>>,
) -> Reason {
    Reason {
        rule,
        effect,
        text,
        source: source.into(),
    }
}

/// A rule: its id, the step of the decision it belongs to, and what it does: add its
/// verdicts on one pattern, each a reason with the rule's id.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The id its reasons carry.
    pub id: RuleId,
    /// Where its reasons stand on the path to the pattern at the top.
    pub step: Step,
    /// Adds its verdicts on one pattern.
    pub run: RuleFn,
}

/// What a rule does: adds its verdicts on one pattern to the list.
pub type RuleFn = fn(&Context<'_>, &Pattern, &mut Vec<Reason>);

/// Every rule, in the order they apply.
pub const RULES: &[Rule] = &[
    Rule {
        id: RuleId::Deployment,
        step: Step::Constraints,
        run: constraints::deployment,
    },
    Rule {
        id: RuleId::Direction,
        step: Step::Constraints,
        run: constraints::direction,
    },
    Rule {
        id: RuleId::Initiator,
        step: Step::Constraints,
        run: constraints::initiator,
    },
    Rule {
        id: RuleId::OnPremisesApi,
        step: Step::Constraints,
        run: constraints::on_premises_api,
    },
    Rule {
        id: RuleId::ModelDrivenApp,
        step: Step::Counterpart,
        run: counterpart::model_driven_app,
    },
    Rule {
        id: RuleId::Reporting,
        step: Step::Counterpart,
        run: counterpart::reporting,
    },
    Rule {
        id: RuleId::SpreadsheetUsers,
        step: Step::Counterpart,
        run: counterpart::spreadsheet_users,
    },
    Rule {
        id: RuleId::Counterpart,
        step: Step::Counterpart,
        run: counterpart::other_system,
    },
    Rule {
        id: RuleId::BulkVolume,
        step: Step::TimingAndVolume,
        run: volume::bulk_volume,
    },
    Rule {
        id: RuleId::DataEventsCapacity,
        step: Step::TimingAndVolume,
        run: volume::data_events_capacity,
    },
    Rule {
        id: RuleId::EventsVolume,
        step: Step::TimingAndVolume,
        run: volume::events_volume,
    },
    Rule {
        id: RuleId::ConnectorCapacity,
        step: Step::TimingAndVolume,
        run: volume::connector_capacity,
    },
    Rule {
        id: RuleId::DataIntegratorCapacity,
        step: Step::TimingAndVolume,
        run: volume::data_integrator_capacity,
    },
    Rule {
        id: RuleId::DualWriteTransaction,
        step: Step::TimingAndVolume,
        run: volume::dual_write_transaction,
    },
    Rule {
        id: RuleId::ScheduledBatch,
        step: Step::TimingAndVolume,
        run: timing::scheduled_batch,
    },
    Rule {
        id: RuleId::OneOffLoad,
        step: Step::TimingAndVolume,
        run: timing::one_off_load,
    },
    Rule {
        id: RuleId::RealTime,
        step: Step::TimingAndVolume,
        run: timing::real_time,
    },
    Rule {
        id: RuleId::ErrorFeedback,
        step: Step::TimingAndVolume,
        run: timing::immediate_feedback,
    },
    Rule {
        id: RuleId::RealTimeRecords,
        step: Step::TimingAndVolume,
        run: exchange::real_time_records,
    },
    Rule {
        id: RuleId::ModestRecords,
        step: Step::TimingAndVolume,
        run: exchange::modest_records,
    },
    Rule {
        id: RuleId::RecordAction,
        step: Step::TimingAndVolume,
        run: exchange::record_action,
    },
    Rule {
        id: RuleId::Calculation,
        step: Step::TimingAndVolume,
        run: exchange::calculation,
    },
    Rule {
        id: RuleId::FinOpsStarts,
        step: Step::FinOpsStarts,
        run: outbound::finops_starts,
    },
    Rule {
        id: RuleId::ScheduleOwner,
        step: Step::SeparatingQuestions,
        run: choices::schedule_owner,
    },
    Rule {
        id: RuleId::Payload,
        step: Step::SeparatingQuestions,
        run: choices::payload,
    },
    Rule {
        id: RuleId::LowCode,
        step: Step::SeparatingQuestions,
        run: choices::low_code,
    },
];

/// Whether some answers contradict others: what the editor names beside the fields. A result
/// for such answers is no recommendation to act on.
pub fn conflicting(requirements: &Requirements, parameters: &Parameters) -> bool {
    !conflicts::conflicts(&Context::new(requirements, parameters)).is_empty()
}

/// Whether the pattern plays `role`.
pub fn has(pattern: &Pattern, role: Role) -> bool {
    pattern.roles.contains(&role)
}
