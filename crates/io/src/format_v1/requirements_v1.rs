//! Reads `Requirements(…)` of format 1: the fixed fields by their types, the later questions
//! through the core's table of them, so that a question added to the table is read without a
//! change here.
//!
//! It does what serde's derive does for a struct with `deny_unknown_fields` (the same errors
//! for an unknown, missing or repeated field, and a missing `Option` read as `None`), so the
//! messages the loader words from them stay as they were.

use std::fmt;

use serde::Deserialize;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, VariantAccess as _, Visitor,
};

use advisor_core::field::{Field, Kind, Later};

use super::{FrequencyV1, RecordsPerHour, RequirementsV1};

/// The field names of `Requirements`, in the file's order, as serde's errors list them.
pub(crate) const FIELDS: [&str; Field::REQUIREMENTS.len()] = {
    let mut names = [""; Field::REQUIREMENTS.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = Field::REQUIREMENTS[i].name();
        i += 1;
    }
    names
};

impl<'de> Deserialize<'de> for RequirementsV1 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("Requirements", &FIELDS, RequirementsVisitor)
    }
}

/// A field name of `Requirements`.
struct FieldName(Field);

impl<'de> Deserialize<'de> for FieldName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;
        impl Visitor<'_> for NameVisitor {
            type Value = FieldName;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("field identifier")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<FieldName, E> {
                Field::named(name)
                    .filter(|field| Field::REQUIREMENTS.contains(field))
                    .map(FieldName)
                    .ok_or_else(|| E::unknown_field(name, &FIELDS))
            }
        }
        deserializer.deserialize_identifier(NameVisitor)
    }
}

struct RequirementsVisitor;

/// A value every file must give.
fn required<T, E: de::Error>(slot: Option<T>, field: Field) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(field.name()))
}

impl<'de> Visitor<'de> for RequirementsVisitor {
    type Value = RequirementsV1;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("struct Requirements")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RequirementsV1, A::Error> {
        let mut counterpart = None;
        let mut direction = None;
        let mut initiator = None;
        let mut exchange = None;
        let mut real_time = None;
        let mut peak: Option<Option<RecordsPerHour>> = None;
        let mut frequency: Option<FrequencyV1> = None;
        let mut deployment = None;
        let mut error_feedback = None;
        let mut incremental = None;
        let mut endpoint_tls12 = None;
        let mut not_known = None;
        let mut later: Vec<(Field, Option<usize>)> = Vec::new();
        // Refused at its name, before its value is read, as serde's derive does: the error
        // points at the second field, not past its value.
        macro_rules! read_once {
            ($slot:ident, $field:expr) => {{
                if $slot.is_some() {
                    return Err(de::Error::duplicate_field($field.name()));
                }
                $slot = Some(map.next_value()?);
            }};
        }
        while let Some(FieldName(field)) = map.next_key()? {
            if let Some(question) = field.later() {
                if later.iter().any(|(seen, _)| *seen == field) {
                    return Err(de::Error::duplicate_field(field.name()));
                }
                later.push((field, map.next_value_seed(LaterAnswer(question))?));
                continue;
            }
            match field {
                Field::Counterpart => read_once!(counterpart, field),
                Field::Direction => read_once!(direction, field),
                Field::Initiator => read_once!(initiator, field),
                Field::Exchange => read_once!(exchange, field),
                Field::RealTime => read_once!(real_time, field),
                Field::PeakRecordsPerHour => read_once!(peak, field),
                Field::Frequency => read_once!(frequency, field),
                Field::Deployment => read_once!(deployment, field),
                Field::ErrorFeedback => read_once!(error_feedback, field),
                Field::Incremental => read_once!(incremental, field),
                Field::EndpointTls12 => read_once!(endpoint_tls12, field),
                Field::NotKnown => read_once!(not_known, field),
                // Not a field of `Requirements`: `FieldName` refused it already.
                _ => return Err(de::Error::unknown_field(field.name(), &FIELDS)),
            }
        }
        Ok(RequirementsV1 {
            counterpart: required(counterpart, Field::Counterpart)?,
            direction: required(direction, Field::Direction)?,
            initiator: required(initiator, Field::Initiator)?,
            exchange: required(exchange, Field::Exchange)?,
            real_time: required(real_time, Field::RealTime)?,
            // A missing `Option` reads as `None`, as serde's derive reads it.
            peak_records_per_hour: peak.flatten(),
            frequency: required(frequency, Field::Frequency)?,
            deployment: required(deployment, Field::Deployment)?,
            error_feedback: required(error_feedback, Field::ErrorFeedback)?,
            incremental: incremental.unwrap_or_default(),
            endpoint_tls12: endpoint_tls12.flatten(),
            later: later
                .into_iter()
                .filter_map(|(field, choice)| Some((field, choice?)))
                .collect(),
            not_known: not_known.unwrap_or_default(),
        })
    }
}

/// A later question's answer: `Some(choice)` or `None`, the index of the choice.
struct LaterAnswer(&'static Later);

impl<'de> DeserializeSeed<'de> for LaterAnswer {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for LaterAnswer {
    type Value = Option<usize>;

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
        let later = self.0;
        match later.kind {
            // Yes is the first choice, no the second.
            Kind::YesNo => bool::deserialize(deserializer).map(|yes| Some(usize::from(!yes))),
            Kind::OneOf => deserializer
                .deserialize_enum(later.type_name, later.names, Choice(later))
                .map(Some),
        }
    }
}

/// One of a later question's choices, written as a variant of its model enum (`FinOps`).
struct Choice(&'static Later);

impl<'de> Visitor<'de> for Choice {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {}", self.0.type_name)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (index, variant) = data.variant_seed(ChoiceName(self.0))?;
        variant.unit_variant()?;
        Ok(index)
    }
}

/// A choice's name, read as serde reads a variant's identifier.
struct ChoiceName(&'static Later);

impl<'de> DeserializeSeed<'de> for ChoiceName {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for ChoiceName {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<usize, E> {
        let names = self.0.names;
        names
            .iter()
            .position(|known| *known == name)
            .ok_or_else(|| E::unknown_variant(name, names))
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<usize, E> {
        usize::try_from(index)
            .ok()
            .filter(|index| *index < self.0.names.len())
            .ok_or_else(|| {
                E::invalid_value(
                    de::Unexpected::Unsigned(index),
                    &"variant index within the choices",
                )
            })
    }
}
