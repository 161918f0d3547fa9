//! The later questions: asked once the first answers are in, to separate close candidates.
//!
//! Each is optional ("not asked yet" is an answer of its own) and was added to format 1 after
//! its first release, so files written before it still load. Format changes are additive, so
//! every question added from now on is one of these. The file's reader and writer, the
//! inventory's columns and cells, the decision record, the flips and settlers, the editor and
//! the comparison all read this table; adding a question is a row here, a field of
//! `Requirements`, a variant of [`Field`] with its name and [`Question`](crate::questions::Question),
//! and the rules that use it.

use super::Field;
use crate::model::{Counterpart, Frequency, Initiator, Payload, Requirements};

/// The kind of answer a later question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Yes (`true`, the first choice) or no (`false`, the second).
    YesNo,
    /// One value of a model enum, named by its serde name.
    OneOf,
}

/// One answer a later question may be given.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Choice {
    /// The value's serde name in the model, which format 1 writes inside `Some(…)`: `FinOps`,
    /// `true`. A test checks it against serde.
    pub name: &'static str,
    /// On its button in the editor: "Yes, the same records".
    pub label: &'static str,
    /// In a sentence, as a flip or a settler says it: "both sides edit the same records".
    pub words: &'static str,
    /// Other words people write for it in a spreadsheet cell, lower case.
    pub also: &'static [&'static str],
}

/// A later question: its answers, and how it reads and sets them in the requirements.
#[derive(Debug)]
pub struct Later {
    /// The field it answers.
    pub field: Field,
    /// Yes or no, or one of a list.
    pub kind: Kind,
    /// The model type of its answer, as a file's error messages name it (`Payload`).
    pub type_name: &'static str,
    /// Its answers, in the editor's order.
    pub choices: &'static [Choice],
    /// The choices' names, in the same order: what serde's "unknown variant" error lists.
    pub names: &'static [&'static str],
    /// In a sentence while it is not asked: "shared edits not asked".
    pub unasked: &'static str,
    /// Other headers a spreadsheet column of it may carry, normalised (lower case, no
    /// spaces or separators).
    pub also: &'static [&'static str],
    /// Whether it bears on the answers so far: the editor shows it then (or once answered,
    /// so that a stale answer can be seen and cleared).
    pub applies: fn(&Requirements) -> bool,
    /// The index of the choice `r` gives, `None` while not asked.
    pub get: fn(&Requirements) -> Option<usize>,
    /// Sets the choice of that index, or clears it.
    pub set: fn(&mut Requirements, Option<usize>),
}

impl Later {
    /// The choice `r` gives, `None` while not asked.
    pub fn choice(&self, r: &Requirements) -> Option<&'static Choice> {
        (self.get)(r).and_then(|index| self.choices.get(index))
    }

    /// The answer `r` gives, in a sentence: "both sides edit the same records", or
    /// "shared edits not asked".
    pub fn words(&self, r: &Requirements) -> &'static str {
        self.choice(r).map_or(self.unasked, |choice| choice.words)
    }
}

/// The index of `value` among `values`.
fn index_of<T: PartialEq + Copy>(values: &[T], value: Option<T>) -> Option<usize> {
    let value = value?;
    values.iter().position(|v| *v == value)
}

/// The value at `index` among `values`; an index out of range clears the answer.
fn value_at<T: Copy>(values: &[T], index: Option<usize>) -> Option<T> {
    values.get(index?).copied()
}

/// Yes first, then no: the order of a yes-or-no question's choices.
const YES_NO: [bool; 2] = [true, false];
const YES_NO_NAMES: &[&str] = &["true", "false"];
const YES: &[&str] = &["yes", "y", "true", "1", "x"];
const NO: &[&str] = &["no", "n", "false", "0"];

const fn yes(label: &'static str, words: &'static str) -> Choice {
    Choice {
        name: "true",
        label,
        words,
        also: YES,
    }
}

const fn no(label: &'static str, words: &'static str) -> Choice {
    Choice {
        name: "false",
        label,
        words,
        also: NO,
    }
}

const OWNERS: [Initiator; 2] = [Initiator::FinOps, Initiator::Counterpart];
const PAYLOADS: [Payload; 3] = Payload::ALL;

/// Every later question, in the file's order.
pub static LATER: [Later; 5] = [
    Later {
        field: Field::CopyWanted,
        kind: Kind::YesNo,
        type_name: "bool",
        choices: &[
            yes("A copy is wanted", "a copy wanted"),
            no("No copy: read in place", "no copy wanted"),
        ],
        names: YES_NO_NAMES,
        unasked: "copy not asked",
        also: &["copy"],
        applies: |r| matches!(r.counterpart, Counterpart::Dynamics365App(_)),
        get: |r| index_of(&YES_NO, r.copy_wanted),
        set: |r, index| r.copy_wanted = value_at(&YES_NO, index),
    },
    Later {
        field: Field::ScheduleOwner,
        kind: Kind::OneOf,
        type_name: "Initiator",
        choices: &[
            Choice {
                name: "FinOps",
                label: "F&O",
                words: "F&O keeps the schedule",
                also: &[
                    "f&o",
                    "finops",
                    "fin ops",
                    "finance and operations",
                    "d365 f&o",
                ],
            },
            Choice {
                name: "Counterpart",
                label: "The other side",
                words: "the other side keeps the schedule",
                also: &[
                    "the other side",
                    "other side",
                    "counterpart",
                    "other system",
                    "external",
                    "caller",
                ],
            },
        ],
        names: &["FinOps", "Counterpart"],
        unasked: "schedule owner not asked",
        also: &["scheduledby"],
        applies: |r| matches!(r.frequency, Frequency::Every { .. }),
        get: |r| index_of(&OWNERS, r.schedule_owner),
        set: |r, index| r.schedule_owner = value_at(&OWNERS, index),
    },
    Later {
        field: Field::Payload,
        kind: Kind::OneOf,
        type_name: "Payload",
        choices: &[
            Choice {
                name: "Files",
                label: "Data files (CSV, XML)",
                words: "Data files (CSV, XML)",
                also: &["files", "file", "data files", "csv", "xml"],
            },
            Choice {
                name: "Packages",
                label: "Data packages",
                words: "Data packages",
                also: &["packages", "package", "data packages"],
            },
            Choice {
                name: "Documents",
                label: "Formatted documents",
                words: "Formatted documents",
                also: &["documents", "document", "business documents", "e invoices"],
            },
        ],
        names: &["Files", "Packages", "Documents"],
        unasked: "payload not asked",
        also: &["format", "content"],
        applies: |_| true,
        get: |r| index_of(&PAYLOADS, r.payload),
        set: |r, index| r.payload = value_at(&PAYLOADS, index),
    },
    Later {
        field: Field::LowCode,
        kind: Kind::YesNo,
        type_name: "bool",
        choices: &[
            yes("Yes, makers build a flow", "a low-code flow"),
            no("No, developers write code", "written in code"),
        ],
        names: YES_NO_NAMES,
        unasked: "low code not asked",
        also: &["lowcodeflow", "powerautomate"],
        applies: |_| true,
        get: |r| index_of(&YES_NO, r.low_code),
        set: |r, index| r.low_code = value_at(&YES_NO, index),
    },
    Later {
        field: Field::SharedEdits,
        kind: Kind::YesNo,
        type_name: "bool",
        choices: &[
            yes("Yes, the same records", "both sides edit the same records"),
            no("No, each side owns its data", "each side owns its data"),
        ],
        names: YES_NO_NAMES,
        unasked: "shared edits not asked",
        also: &["sharededits", "bothsidesedit"],
        applies: |_| true,
        get: |r| index_of(&YES_NO, r.shared_edits),
        set: |r, index| r.shared_edits = value_at(&YES_NO, index),
    },
];

impl Field {
    /// Its later question, if it is one.
    pub fn later(self) -> Option<&'static Later> {
        LATER.iter().find(|later| later.field == self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text serde writes for `r`'s field `name`, as RON: `Some(FinOps)`.
    fn serialised(r: &Requirements, name: &str) -> String {
        let text = ron::to_string(r).unwrap_or_default();
        let start = text
            .find(&format!("{name}:"))
            .map_or(0, |i| i + name.len() + 1);
        let rest = &text[start..];
        let end = rest.find("),").map_or(rest.len(), |i| i + 1);
        rest[..end].to_owned()
    }

    #[test]
    fn each_choice_is_set_read_back_and_named_as_serde_names_it() {
        for later in &LATER {
            assert_eq!(later.field.later().map(|l| l.field), Some(later.field));
            assert_eq!(later.names.len(), later.choices.len(), "{}", later.field);
            let mut r = Requirements::default();
            assert_eq!((later.get)(&r), None, "{} starts unasked", later.field);
            assert_eq!(later.words(&r), later.unasked);
            for (index, choice) in later.choices.iter().enumerate() {
                (later.set)(&mut r, Some(index));
                assert_eq!((later.get)(&r), Some(index), "{}", later.field);
                assert_eq!(later.names[index], choice.name);
                assert_eq!(
                    serialised(&r, later.field.name()),
                    format!("Some({})", choice.name),
                    "{}",
                    later.field
                );
                assert!(later.field.is_answered(&r));
            }
            (later.set)(&mut r, None);
            assert_eq!((later.get)(&r), None);
            assert!(!later.field.is_answered(&r));
            if later.kind == Kind::YesNo {
                assert_eq!(later.names, YES_NO_NAMES, "{}", later.field);
            }
        }
    }

    #[test]
    fn the_later_questions_are_the_fields_between_the_endpoint_and_the_open_answers() {
        let fields: Vec<Field> = LATER.iter().map(|later| later.field).collect();
        let after_endpoint = Field::REQUIREMENTS
            .iter()
            .skip_while(|f| **f != Field::EndpointTls12)
            .skip(1)
            .take_while(|f| **f != Field::NotKnown)
            .copied()
            .collect::<Vec<_>>();
        assert_eq!(fields, after_endpoint, "in the file's order");
    }
}
