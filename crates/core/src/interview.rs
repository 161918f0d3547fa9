//! A first meeting as an interview: every answer starts open, the question that narrows the
//! possible results most is asked next, one at a time, each with a few answers to pick.

use super::advice::Advice;
use super::field::Field;
use super::model::{
    Counterpart, Deployment, Direction, ErrorFeedback, Exchange, Frequency, Initiator,
    ModelDrivenApp, OpenQuestion, Requirements, Scenario,
};
use super::questions::Question;

/// The questions an interview asks: the eight that may be open, the peak volume, and whether
/// a model-driven app wants its own copy.
pub const QUESTIONS: [Field; 10] = [
    Field::Counterpart,
    Field::Direction,
    Field::Initiator,
    Field::Exchange,
    Field::RealTime,
    Field::PeakRecordsPerHour,
    Field::Frequency,
    Field::Deployment,
    Field::ErrorFeedback,
    Field::CopyWanted,
];

/// The scenario a first meeting starts with: nothing known, a new scenario's answers
/// standing in.
pub fn first_meeting() -> Scenario {
    let mut requirements = Requirements::new_scenario();
    for question in OpenQuestion::ALL {
        requirements.set_open(question, true);
    }
    Scenario {
        title: "First meeting".to_owned(),
        context: String::new(),
        requirements,
        decision: None,
    }
}

/// The question for `field`, if an interview asks it: caption, help line and source.
pub fn question(field: Field) -> Option<&'static Question> {
    QUESTIONS
        .contains(&field)
        .then(|| field.question())
        .flatten()
}

/// The question to ask next: the most narrowing open question the advice says can still
/// change the result, leaving out those skipped; `None` once nothing left can change it.
pub fn next(advice: &Advice, skipped: &[Field]) -> Option<Field> {
    let pending = &advice.evaluation.pending;
    advice.open.as_ref().and_then(|open| {
        open.ask_next
            .iter()
            .map(|ask| ask.field)
            .find(|field| pending.contains(field) && !skipped.contains(field))
    })
}

/// The answer `requirements` give to `field`, in words; `None` while it is open (or, for the
/// copy question, not asked).
pub fn answer_words(requirements: &Requirements, field: Field) -> Option<String> {
    let r = requirements;
    if OpenQuestion::of_field(field).is_some_and(|q| r.is_open(q)) {
        return None;
    }
    Some(match field {
        Field::Counterpart => r.counterpart.label().to_owned(),
        Field::Direction => r.direction.label().to_owned(),
        Field::Initiator => format!("{} starts it", r.initiator.label()),
        Field::Exchange => r.exchange.label().to_owned(),
        Field::RealTime if r.real_time => "Real time".to_owned(),
        Field::RealTime => "No real-time need".to_owned(),
        Field::PeakRecordsPerHour => format!(
            "{} an hour",
            crate::text::group_thousands(r.peak_records_per_hour?)
        ),
        Field::Frequency => r.frequency.label(),
        Field::Deployment => r.deployment.title().to_owned(),
        Field::ErrorFeedback => r.error_feedback.label().to_owned(),
        // A later question, once asked, as its button says it.
        other => other.later()?.choice(r)?.label.to_owned(),
    })
}

/// One answer to pick: its words, and what it sets.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The answer in words, as on its button.
    pub label: String,
    value: Value,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Counterpart(Counterpart),
    Direction(Direction),
    Initiator(Initiator),
    Exchange(Exchange),
    RealTime(bool),
    Volume(u64),
    Frequency(Frequency),
    Deployment(Deployment),
    Feedback(ErrorFeedback),
    /// A later question's choice, by its index in `field::LATER`'s row.
    Later(Field, usize),
}

/// Peak volumes to pick from, one per order of magnitude; the editor takes any number.
const VOLUMES: [u64; 6] = [100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/// The answers offered for `field`, in the order of their digit keys.
pub fn choices(field: Field) -> Vec<Choice> {
    let choice = |label: String, value| Choice { label, value };
    match field {
        Field::Counterpart => {
            let mut all = vec![choice(
                Counterpart::OtherSystem.label().to_owned(),
                Value::Counterpart(Counterpart::OtherSystem),
            )];
            // The current apps; Talent and Project Service Automation only load from old files.
            for app in [
                ModelDrivenApp::Sales,
                ModelDrivenApp::CustomerService,
                ModelDrivenApp::FieldService,
                ModelDrivenApp::ProjectOperations,
                ModelDrivenApp::Marketing,
            ] {
                let counterpart = Counterpart::Dynamics365App(app);
                all.push(choice(
                    counterpart.label().to_owned(),
                    Value::Counterpart(counterpart),
                ));
            }
            for counterpart in [Counterpart::ExcelUsers, Counterpart::Reporting] {
                all.push(choice(
                    counterpart.label().to_owned(),
                    Value::Counterpart(counterpart),
                ));
            }
            all
        }
        Field::Direction => [
            Direction::Inbound,
            Direction::Outbound,
            Direction::Bidirectional,
        ]
        .map(|d| choice(d.label().to_owned(), Value::Direction(d)))
        .to_vec(),
        Field::Initiator => [Initiator::Counterpart, Initiator::FinOps]
            .map(|i| choice(i.label().to_owned(), Value::Initiator(i)))
            .to_vec(),
        Field::Exchange => [Exchange::Records, Exchange::Action, Exchange::Calculation]
            .map(|e| choice(e.label().to_owned(), Value::Exchange(e)))
            .to_vec(),
        Field::RealTime => vec![
            choice("Real time".to_owned(), Value::RealTime(true)),
            choice("No real-time need".to_owned(), Value::RealTime(false)),
        ],
        Field::PeakRecordsPerHour => VOLUMES
            .map(|v| {
                choice(
                    format!("{} an hour", crate::text::group_thousands(v)),
                    Value::Volume(v),
                )
            })
            .to_vec(),
        Field::Frequency => [
            Frequency::AdHoc,
            Frequency::Every { minutes: 15 },
            Frequency::Every { minutes: 60 },
            Frequency::Every { minutes: 24 * 60 },
            Frequency::Once,
        ]
        .map(|f| choice(f.label(), Value::Frequency(f)))
        .to_vec(),
        Field::Deployment => [Deployment::Cloud, Deployment::OnPremises]
            .map(|d| choice(d.title().to_owned(), Value::Deployment(d)))
            .to_vec(),
        Field::ErrorFeedback => [ErrorFeedback::Immediate, ErrorFeedback::Deferred]
            .map(|e| choice(e.label().to_owned(), Value::Feedback(e)))
            .to_vec(),
        // A later question: its table row's choices.
        other => other.later().map_or_else(Vec::new, |later| {
            later
                .choices
                .iter()
                .enumerate()
                .map(|(index, c)| choice(c.label.to_owned(), Value::Later(other, index)))
                .collect()
        }),
    }
}

impl Choice {
    /// `requirements` with this answer given: set, and no longer open.
    pub fn applied_to(&self, requirements: &Requirements) -> Requirements {
        let mut r = requirements.clone();
        let open = match self.value {
            Value::Counterpart(v) => {
                r.counterpart = v;
                Some(OpenQuestion::Counterpart)
            }
            Value::Direction(v) => {
                r.direction = v;
                Some(OpenQuestion::Direction)
            }
            Value::Initiator(v) => {
                r.initiator = v;
                Some(OpenQuestion::Initiator)
            }
            Value::Exchange(v) => {
                r.exchange = v;
                Some(OpenQuestion::Exchange)
            }
            Value::RealTime(v) => {
                r.real_time = v;
                Some(OpenQuestion::RealTime)
            }
            Value::Frequency(v) => {
                r.frequency = v;
                Some(OpenQuestion::Frequency)
            }
            Value::Deployment(v) => {
                r.deployment = v;
                Some(OpenQuestion::Deployment)
            }
            Value::Feedback(v) => {
                r.error_feedback = v;
                Some(OpenQuestion::ErrorFeedback)
            }
            Value::Volume(v) => {
                r.peak_records_per_hour = Some(v);
                None
            }
            Value::Later(field, index) => {
                if let Some(later) = field.later() {
                    (later.set)(&mut r, Some(index));
                }
                None
            }
        };
        if let Some(question) = open {
            r.set_open(question, false);
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::advise;
    use crate::testing;

    #[test]
    fn every_question_has_its_words_and_at_most_nine_answers() {
        for field in QUESTIONS {
            let question = question(field).expect("a question");
            assert!(!question.caption.is_empty() && !question.help.is_empty());
            let choices = choices(field);
            assert!((2..=9).contains(&choices.len()), "{field}: {choices:?}");
            let mut labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
            labels.dedup();
            assert_eq!(labels.len(), choices.len(), "{field}: distinct labels");
        }
    }

    #[test]
    fn an_answer_is_set_and_no_longer_open() {
        let start = first_meeting();
        let on_premises = &choices(Field::Deployment)[1];
        let r = on_premises.applied_to(&start.requirements);
        assert_eq!(r.deployment, Deployment::OnPremises);
        assert!(!r.is_open(OpenQuestion::Deployment));
        assert_eq!(
            answer_words(&r, Field::Deployment).as_deref(),
            Some("On premises")
        );
        assert_eq!(answer_words(&r, Field::Counterpart), None, "still open");
        assert_eq!(
            answer_words(&r, Field::PeakRecordsPerHour),
            None,
            "no volume yet"
        );
        assert_eq!(r.not_known.len(), OpenQuestion::ALL.len() - 1);
        let volume = &choices(Field::PeakRecordsPerHour)[2];
        assert_eq!(
            volume.applied_to(&r).peak_records_per_hour,
            Some(10_000),
            "{}",
            volume.label
        );
    }

    #[test]
    fn a_first_meeting_asks_until_nothing_left_can_change_the_result() {
        let catalogue = testing::catalogue();
        let mut scenario = first_meeting();
        // Reporting out of F&O: fewer combinations left, so the test stays quick unoptimised.
        for (field, index) in [(Field::Counterpart, 7), (Field::Direction, 1)] {
            scenario.requirements = choices(field)[index].applied_to(&scenario.requirements);
        }
        let advice = advise(&scenario, catalogue);
        let first = next(&advice, &[]).expect("with nothing known, something is asked");
        // Skipped, it is not asked again.
        assert_ne!(next(&advice, &[first]), Some(first));
        // Answering the first choice of every question asked ends the interview.
        let mut asked = 0;
        loop {
            let advice = advise(&scenario, catalogue);
            let Some(field) = next(&advice, &[]) else {
                break;
            };
            scenario.requirements = choices(field)[0].applied_to(&scenario.requirements);
            asked += 1;
            assert!(asked <= QUESTIONS.len(), "each question is asked once");
        }
        assert!(asked >= 1);
        assert!(advise(&scenario, catalogue).evaluation.pending.is_empty());
    }
}
