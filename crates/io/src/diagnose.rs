//! ron's errors in words a person can act on: the field, the value found, what is allowed, a
//! "did you mean" for a near miss, and where a construct opened. ron reports a type
//! (`ExpectedBoolean`) at a position; the outline of the text says which field's value stands
//! there and how it is written. No raw parser phrase reaches the user: every error kind has
//! words of its own.

use ron::error::SpannedError;

use super::error_words::fallback;
use super::fields_v1::{self, FieldWords};
use super::load::MAX_NESTING;
use super::outline::{self, JSON, Kind, Outline, Problem, Unread};
use super::tokens::{Pos, token_start_at};
use advisor_core::lenient::closest;

/// Explains `error`, which ron gave for `text`. With `syntax_first`, a syntax error the outline
/// finds is reported instead: it explains the surprise better than where ron stumbled on it.
pub(crate) fn explain(error: &SpannedError, text: &str, syntax_first: bool) -> Problem {
    let outline = match outline::read(text) {
        Ok(outline) => Some(outline),
        Err(Unread::Syntax(problem)) if syntax_first => return problem,
        Err(_) => None,
    };
    let ron_at = Pos {
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
    };
    let at = token_start_at(text, ron_at);
    if let Some(outline) = &outline
        && let Some(root) = outline.root()
        && outline.node(root).kind == Kind::Group('{')
        && outline.node(root).name.is_none()
    {
        return Problem {
            at: outline.node(root).start,
            message: JSON.to_owned(),
        };
    }
    let spot = Spot {
        outline: outline.as_ref(),
        node: outline.as_ref().and_then(|o| o.node_at(at)),
    };
    Problem {
        at,
        message: describe(&error.code, &spot),
    }
}

/// The value an error is about, in its outline.
struct Spot<'o, 't> {
    outline: Option<&'o Outline<'t>>,
    node: Option<usize>,
}

/// How the value stands to its field.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Relation {
    /// It is the field's value.
    Value,
    /// It is inside the field's `Some(…)`.
    InSome,
    /// It is an item of the field's list.
    InList,
    /// It is inside a named value of the field: `Dynamics365App(…)`, `Every(…)`.
    InGroup(String),
}

impl Spot<'_, '_> {
    /// The field, and how the value stands to it.
    fn field(&self) -> Option<(&str, Relation)> {
        let (outline, index) = (self.outline?, self.node?);
        let node = outline.node(index);
        if let Some((name, _)) = &node.field {
            return Some((name, Relation::Value));
        }
        let parent = outline.node(node.parent?);
        let (name, _) = parent.field.as_ref()?;
        let relation = match (parent.kind, parent.name.as_deref()) {
            (_, Some("Some")) => Relation::InSome,
            (Kind::Group('['), None) => Relation::InList,
            (_, Some(group)) => Relation::InGroup(group.to_owned()),
            _ => return None,
        };
        Some((name, relation))
    }

    /// The value found, in words.
    fn found(&self) -> Option<String> {
        Some(self.outline?.found(self.node?))
    }

    /// The value as written.
    fn written(&self) -> Option<&str> {
        Some(self.outline?.written(self.node?))
    }

    fn kind(&self) -> Option<Kind> {
        Some(self.outline?.node(self.node?).kind)
    }

    /// "for `real_time`", "in `decided_by`".
    fn for_field(&self) -> String {
        match self.field() {
            Some((name, Relation::InList)) => format!(" in `{name}`"),
            Some((name, _)) => format!(" for `{name}`"),
            None => String::new(),
        }
    }

    /// What the value may be, in words.
    fn allowed(&self) -> Option<&'static str> {
        let (name, relation) = self.field()?;
        let words: &FieldWords = fields_v1::field(name)?;
        Some(match relation {
            Relation::InSome | Relation::InList => words.inner.unwrap_or(words.allowed),
            Relation::Value | Relation::InGroup(_) => words.allowed,
        })
    }

    /// The group the value is in, or the value itself when it is a group.
    fn group(&self) -> Option<usize> {
        let (outline, index) = (self.outline?, self.node?);
        match outline.node(index).kind {
            Kind::Group(_) => Some(index),
            _ => outline.node(index).parent,
        }
    }
}

fn describe(code: &ron::Error, spot: &Spot<'_, '_>) -> String {
    use ron::Error as E;
    if let Some(message) = unnamed_fields(spot) {
        return message;
    }
    match code {
        E::Message(message) => message.clone(),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown_field(found, outer.as_deref().unwrap_or("this value"), expected),
        E::MissingStructField { field, outer } => {
            missing_field(field, outer.as_deref().unwrap_or("this value"), spot)
        }
        E::DuplicateStructField { field, outer } => {
            duplicate_field(field, outer.as_deref().unwrap_or("this value"), spot)
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown_variant(found, outer.as_deref(), expected, spot),
        E::ExpectedNamedStructLike(name) => expected_struct(name, spot),
        E::ExpectedDifferentStructName { expected, found } => {
            format!(
                "expected `{expected}(`{}, found `{found}(`",
                spot.for_field()
            )
        }
        E::ExceededRecursionLimit => format!(
            "the file nests brackets more than {MAX_NESTING} deep; a scenario needs at most 4"
        ),
        E::ExpectedOption => expected_option(spot),
        E::UnexpectedChar(')') if is_empty_some(spot) => empty_some(spot),
        E::IntegerOutOfBounds => expected_value(spot, ", which is out of range", code),
        E::InvalidEscape(_) => format!(
            "the text{} holds an escape that is not valid: \\x takes two hex digits of an ASCII character, \\u{{...}} a Unicode code point; write \\\\ for a backslash",
            spot.for_field()
        ),
        _ => expected_value(spot, &hint(code, spot), code),
    }
}

/// `Every(5)`: a struct's value written without its field name.
fn unnamed_fields(spot: &Spot<'_, '_>) -> Option<String> {
    let (field, Relation::InGroup(group)) = spot.field()? else {
        return None;
    };
    let names = fields_v1::struct_fields(&group)?;
    let written = spot.written()?;
    Some(match names {
        [only] => format!(
            "expected the field name before {written} in `{group}(` of `{field}`: write {group}({only}: {written})"
        ),
        _ => format!(
            "expected field names in `{group}(` of `{field}`, such as `{}: ...`, found {written}",
            names.first().copied().unwrap_or_default()
        ),
    })
}

/// "expected true or false for `real_time`, found the text "yes"", or plain words when the
/// value is not known.
fn expected_value(spot: &Spot<'_, '_>, hint: &str, code: &ron::Error) -> String {
    match (spot.allowed(), spot.found()) {
        (Some(allowed), Some(found)) => {
            format!(
                "expected {allowed}{}, found {found}{hint}",
                spot.for_field()
            )
        }
        _ => fallback(code),
    }
}

/// A hint that turns what was written into what is meant.
fn hint(code: &ron::Error, spot: &Spot<'_, '_>) -> String {
    use ron::Error as E;
    let (Some(kind), Some(written)) = (spot.kind(), spot.written()) else {
        return String::new();
    };
    let unquoted = written.trim_matches('"');
    match (code, kind) {
        (E::ExpectedBoolean, Kind::Word)
            if matches!(written.to_lowercase().as_str(), "true" | "false") =>
        {
            format!("; write it in lower case: {}", written.to_lowercase())
        }
        (E::ExpectedBoolean, Kind::Text) => "; write true or false without quotes".to_owned(),
        (E::ExpectedString | E::InvalidValueForType { .. }, Kind::Word) => {
            format!("; write it in double quotes: \"{written}\"")
        }
        (E::ExpectedIdentifier | E::InvalidValueForType { .. }, Kind::Text)
            if !unquoted.is_empty()
                && unquoted.chars().all(|c| c.is_alphanumeric() || c == '_') =>
        {
            format!("; write it without quotes: {unquoted}")
        }
        (E::ExpectedArray, Kind::Text) => {
            format!("; write a list: [{}]", outline::shorten(written))
        }
        _ => String::new(),
    }
}

pub(crate) fn unknown_field(found: &str, outer: &str, expected: &[&str]) -> String {
    if let Some(meant) = closest(found, expected) {
        return format!("unknown field `{found}` in {outer}; did you mean `{meant}`?");
    }
    match expected {
        ["minutes"] if matches!(found, "hours" | "hour" | "days" | "day" | "seconds") => format!(
            "unknown field `{found}` in {outer}; the only field is `minutes`: write the interval in minutes, such as Every(minutes: 60) for every hour"
        ),
        [only] => format!("unknown field `{found}` in {outer}; the only field is `{only}`"),
        _ => format!(
            "unknown field `{found}` in {outer}; expected one of: {}",
            expected.join(", ")
        ),
    }
}

fn missing_field(field: &str, outer: &str, spot: &Spot<'_, '_>) -> String {
    let opened = match (spot.outline, spot.group()) {
        (Some(outline), Some(group)) => {
            format!(" (opened at line {})", outline.node(group).open.line)
        }
        _ => String::new(),
    };
    let add = match (field, fields_v1::field(field)) {
        ("format", _) => "; add `format: 1,`".to_owned(),
        (_, Some(words)) => format!("; add `{field}:` with {}", words.allowed),
        (_, None) => String::new(),
    };
    format!("missing field `{field}` in {outer}{opened}{add}")
}

fn duplicate_field(field: &str, outer: &str, spot: &Spot<'_, '_>) -> String {
    let first = match (spot.outline, spot.group()) {
        (Some(outline), Some(group)) => outline
            .children(group)
            .find_map(|n| n.field.as_ref().filter(|(name, _)| name == field))
            .map(|(_, at)| format!(" (first at line {})", at.line)),
        _ => None,
    };
    format!(
        "the field `{field}` appears twice in {outer}{}; keep one",
        first.unwrap_or_default()
    )
}

fn unknown_variant(
    found: &str,
    outer: Option<&str>,
    expected: &[&str],
    spot: &Spot<'_, '_>,
) -> String {
    let noun = if outer == Some("ModelDrivenApp") {
        "app"
    } else {
        "value"
    };
    let place = match spot.field() {
        Some(_) => spot.for_field(),
        None => outer.map_or(String::new(), |o| format!(" for {o}")),
    };
    if let Some(meant) = closest(found, expected) {
        return format!("unknown {noun} `{found}`{place}; did you mean `{meant}`?");
    }
    let values: Vec<String> = expected.iter().map(|v| fields_v1::spelled(v)).collect();
    let period = if outer == Some("Frequency") {
        fields_v1::period_hint(found).map_or(String::new(), |h| format!(" ({h})"))
    } else {
        String::new()
    };
    format!(
        "unknown {noun} `{found}`{place}; expected one of: {}{period}",
        values.join(", ")
    )
}

fn expected_struct(name: &str, spot: &Spot<'_, '_>) -> String {
    let root = spot.outline.and_then(|o| o.root().map(|root| (o, root)));
    let is_root = root.is_some_and(|(_, root)| spot.node.is_none_or(|node| node == root));
    let root_word = root
        .filter(|(o, root)| o.node(*root).kind == Kind::Word)
        .map(|(o, root)| o.written(root));
    match (spot.field(), spot.found()) {
        (Some(_), Some(found)) => {
            format!(
                "expected `{name}(` with named fields{}, found {found}",
                spot.for_field()
            )
        }
        _ if is_root && root_word == Some(name) => format!(
            "the file ends after `{name}`: a scenario file is `{name}(`, its fields and a closing `)`"
        ),
        (None, Some(found)) => {
            format!("a scenario file starts with `{name}(`, found {found}")
        }
        (_, None) => format!(
            "the file ends too early: a scenario file is `{name}(`, its fields and a closing `)`"
        ),
    }
}

fn expected_option(spot: &Spot<'_, '_>) -> String {
    let Some(found) = spot.found() else {
        return fallback(&ron::Error::ExpectedOption);
    };
    let written = spot.written().unwrap_or_default();
    let hint = match spot.kind() {
        Some(Kind::Word) if matches!(written, "null" | "nil" | "Null" | "none") => {
            "; write None when there is no value".to_owned()
        }
        Some(Kind::Group(_)) => format!("; write Some({found})"),
        _ => format!("; write Some({})", outline::shorten(written)),
    };
    let allowed = spot.allowed().unwrap_or("Some(...) or None");
    format!(
        "expected {allowed}{}, found {found}{hint}",
        spot.for_field()
    )
}

fn is_empty_some(spot: &Spot<'_, '_>) -> bool {
    match (spot.outline, spot.node) {
        (Some(outline), Some(node)) => {
            outline.node(node).name.as_deref() == Some("Some")
                && outline.children(node).next().is_none()
        }
        _ => false,
    }
}

fn empty_some(spot: &Spot<'_, '_>) -> String {
    let words = spot.field().and_then(|(name, _)| fields_v1::field(name));
    match (spot.field(), words) {
        (Some((name, _)), Some(words)) => format!(
            "`Some()` of `{name}` is empty: put {} inside, such as Some({}), or write None",
            words.inner.unwrap_or("a value"),
            words.example
        ),
        _ => "`Some()` is empty: put a value inside, or write None".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_get_a_suggestion_or_the_list() {
        let fields = ["real_time", "frequency"];
        assert_eq!(
            unknown_field("real_tme", "Requirements", &fields),
            "unknown field `real_tme` in Requirements; did you mean `real_time`?"
        );
        assert_eq!(
            unknown_field("colour", "Requirements", &fields),
            "unknown field `colour` in Requirements; expected one of: real_time, frequency"
        );
        assert_eq!(
            unknown_field("speed", "Every", &["minutes"]),
            "unknown field `speed` in Every; the only field is `minutes`"
        );
    }

    fn explained(text: &str) -> (usize, usize, String) {
        let error = ron::from_str::<crate::format_v1::ScenarioV1>(text).expect_err("refused");
        let problem = explain(&error, text, true);
        (problem.at.line, problem.at.column, problem.message)
    }

    #[test]
    fn type_errors_name_the_field_the_value_and_what_is_allowed() {
        let requirements = |inner: &str| {
            format!("Scenario(format: 1, title: \"t\", requirements: Requirements(\n  {inner}\n))")
        };
        assert_eq!(
            explained(&requirements("real_time:   \"no\",")),
            (
                2,
                16,
                "expected true or false for `real_time`, found the text \"no\"; write true or false without quotes".to_owned()
            )
        );
        assert_eq!(
            explained(&requirements("direction: Outbund,")).2,
            "unknown value `Outbund` for `direction`; did you mean `Outbound`?"
        );
        assert_eq!(
            explained(&requirements("payload: Files,")).2,
            "expected Some(Files), Some(Packages), Some(Documents) or None for `payload`, found Files; write Some(Files)"
        );
        assert_eq!(
            explained(&requirements("not_known: [Volume],")).2,
            "unknown value `Volume` in `not_known`; expected one of: Counterpart, Direction, Initiator, Exchange, RealTime, Frequency, Deployment, ErrorFeedback"
        );
    }
}
