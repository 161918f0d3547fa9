//! Reads `Scenario(…)` and its `Decision(…)` with the pattern ids a decision may name, passed
//! down as a [`DeserializeSeed`] instead of through a thread-local.
//!
//! Like `requirements_v1`, it does what serde's derive does for a struct with
//! `deny_unknown_fields` (the same errors for an unknown, missing or repeated field; a field
//! with a default may be left out), so the loader's messages stay as they were.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use advisor_core::model::DecisionStatus;
use advisor_core::validate::{self, TextField};

use super::{
    Context, DecisionV1, FormatNumber, IsoDate, KnownPatternId, Name, Rationale, RequirementsV1,
    ScenarioV1, Supersedes, Title,
};

/// The fields of `Scenario(…)`, in the file's order.
pub(crate) const SCENARIO_FIELDS: &[&str] =
    &["format", "title", "context", "requirements", "decision"];
/// The fields of `Decision(…)`, in the file's order.
pub(crate) const DECISION_FIELDS: &[&str] = &[
    "status",
    "pattern",
    "rationale",
    "decided_by",
    "date",
    "supersedes",
    "catalogue_version",
];

/// Reads a whole file; a decision may name only `pattern_ids` (any pattern when empty).
pub struct ScenarioSeed<'i> {
    /// The pattern ids of the catalogue the file is read against.
    pub pattern_ids: &'i [String],
}

/// Without a catalogue, a decision may name any pattern: what the tests of the messages read.
impl<'de> Deserialize<'de> for ScenarioV1 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        ScenarioSeed { pattern_ids: &[] }.deserialize(deserializer)
    }
}

impl<'de> DeserializeSeed<'de> for ScenarioSeed<'_> {
    type Value = ScenarioV1;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<ScenarioV1, D::Error> {
        deserializer.deserialize_struct("Scenario", SCENARIO_FIELDS, self)
    }
}

/// A field's name, one of `fields`, as its index there.
struct FieldIndex(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldIndex {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FieldIndex {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|field| *field == name)
            .ok_or_else(|| E::unknown_field(name, self.0))
    }
}

/// Refuses a field given twice at its name, before its value is read, as serde's derive
/// does; otherwise reads its value into `slot`.
macro_rules! read_once {
    ($map:ident, $slot:ident, $name:expr) => {{
        if $slot.is_some() {
            return Err(de::Error::duplicate_field($name));
        }
        $slot = Some($map.next_value()?);
    }};
    ($map:ident, $slot:ident, $name:expr, $seed:expr) => {{
        if $slot.is_some() {
            return Err(de::Error::duplicate_field($name));
        }
        $slot = Some($map.next_value_seed($seed)?);
    }};
}

/// A value every file must give.
fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

impl<'de> Visitor<'de> for ScenarioSeed<'_> {
    type Value = ScenarioV1;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("struct Scenario")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ScenarioV1, A::Error> {
        let mut format: Option<FormatNumber> = None;
        let mut title: Option<Title> = None;
        let mut context: Option<Context> = None;
        let mut requirements: Option<RequirementsV1> = None;
        let mut decision: Option<Option<DecisionV1>> = None;
        let seed = DecisionSeed {
            pattern_ids: self.pattern_ids,
        };
        while let Some(index) = map.next_key_seed(FieldIndex(SCENARIO_FIELDS))? {
            let name = SCENARIO_FIELDS[index];
            match index {
                0 => read_once!(map, format, name),
                1 => read_once!(map, title, name),
                2 => read_once!(map, context, name),
                3 => read_once!(map, requirements, name),
                _ => read_once!(map, decision, name, OptionalDecision(seed)),
            }
        }
        Ok(ScenarioV1 {
            format: required(format, "format")?,
            title: required(title, "title")?,
            context: context.unwrap_or_default(),
            requirements: required(requirements, "requirements")?,
            decision: decision.flatten(),
        })
    }
}

/// Reads `Decision(…)`, its pattern one of `pattern_ids` (any when empty).
#[derive(Clone, Copy)]
struct DecisionSeed<'i> {
    pattern_ids: &'i [String],
}

/// `Some(Decision(…))` or `None`.
struct OptionalDecision<'i>(DecisionSeed<'i>);

impl<'de> DeserializeSeed<'de> for OptionalDecision<'_> {
    type Value = Option<DecisionV1>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for OptionalDecision<'_> {
    type Value = Option<DecisionV1>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("option")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer
            .deserialize_struct("Decision", DECISION_FIELDS, self.0)
            .map(Some)
    }
}

impl<'de> Visitor<'de> for DecisionSeed<'_> {
    type Value = DecisionV1;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("struct Decision")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DecisionV1, A::Error> {
        let mut status: Option<DecisionStatus> = None;
        let mut pattern: Option<KnownPatternId> = None;
        let mut rationale: Option<Rationale> = None;
        let mut decided_by: Option<Vec<Name>> = None;
        let mut date: Option<IsoDate> = None;
        let mut supersedes: Option<Option<Supersedes>> = None;
        let mut catalogue_version: Option<Option<u32>> = None;
        while let Some(index) = map.next_key_seed(FieldIndex(DECISION_FIELDS))? {
            let name = DECISION_FIELDS[index];
            match index {
                0 => read_once!(map, status, name),
                1 => read_once!(map, pattern, name, PatternSeed(self.pattern_ids)),
                2 => read_once!(map, rationale, name),
                3 => read_once!(map, decided_by, name),
                4 => read_once!(map, date, name),
                5 => read_once!(map, supersedes, name),
                _ => read_once!(map, catalogue_version, name),
            }
        }
        Ok(DecisionV1 {
            status: required(status, "status")?,
            pattern: required(pattern, "pattern")?,
            rationale: rationale.unwrap_or_default(),
            decided_by: decided_by.unwrap_or_default(),
            date: required(date, "date")?,
            supersedes: supersedes.flatten(),
            catalogue_version: catalogue_version.flatten(),
        })
    }
}

/// A pattern id that the catalogue knows (any, without a catalogue).
struct PatternSeed<'i>(&'i [String]);

impl<'de> DeserializeSeed<'de> for PatternSeed<'_> {
    type Value = KnownPatternId;

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<KnownPatternId, D::Error> {
        let id = String::deserialize(deserializer)?;
        validate::text(TextField::Pattern, &id).map_err(de::Error::custom)?;
        if !self.0.is_empty() {
            validate::pattern_id(&id, self.0).map_err(de::Error::custom)?;
        }
        Ok(KnownPatternId(id))
    }
}
