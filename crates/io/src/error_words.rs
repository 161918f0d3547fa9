//! Plain words for every kind of ron error, for when the outline of the text cannot say
//! more (no field to name, or no outline at all). ron's own messages ("Expected boolean",
//! "Integer is out of bounds") name its internals; none of them reaches the user.

use super::diagnose::unknown_field;
use super::load::MAX_NESTING;

/// Plain words for each kind of parser error, when the outline cannot say more.
pub(crate) fn fallback(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Message(message) => message.clone(),
        E::Eof => "the file ends too early: a closing bracket or a value is missing".to_owned(),
        E::ExpectedArray => "expected a list in square brackets here".to_owned(),
        E::ExpectedArrayEnd => "expected `]` to close the list here".to_owned(),
        E::ExpectedBoolean => "expected true or false here".to_owned(),
        E::ExpectedComma => "a comma is missing here".to_owned(),
        E::ExpectedChar | E::ExpectedByteLiteral => {
            "expected a character in single quotes here".to_owned()
        }
        E::ExpectedFloat
        | E::FloatUnderscore
        | E::ExpectedInteger
        | E::InvalidIntegerDigit { .. }
        | E::UnderscoreAtBeginning => "expected a number written with digits here".to_owned(),
        E::IntegerOutOfBounds => "this number is out of range for its field".to_owned(),
        E::ExpectedOption => "expected Some(...) or None here".to_owned(),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => {
            "expected `)` here: a bracket holds one value too many, or is not closed".to_owned()
        }
        E::ExpectedMap => "expected a map in curly brackets here".to_owned(),
        E::ExpectedMapColon => "expected `:` after the field name here".to_owned(),
        E::ExpectedMapEnd => "expected `}` to close the map here".to_owned(),
        E::ExpectedStructLike => "expected `(` here".to_owned(),
        E::ExpectedNamedStructLike(name) => format!("expected `{name}(` here"),
        E::ExpectedDifferentStructName { expected, found } => {
            format!("expected `{expected}(`, found `{found}(`")
        }
        E::ExpectedUnit => "expected `()` here".to_owned(),
        E::ExpectedString | E::ExpectedStringEnd | E::ExpectedByteString => {
            "expected text in double quotes here".to_owned()
        }
        E::ExpectedIdentifier | E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) => {
            "expected a name without quotes here, such as a field name or a value like Cloud"
                .to_owned()
        }
        E::InvalidEscape(_) => {
            "an escape in this text is not valid; write \\\\ for a backslash".to_owned()
        }
        E::UnclosedBlockComment => "a comment opened with /* is never closed with */".to_owned(),
        E::UnclosedLineComment => "the file ends inside a comment".to_owned(),
        E::UnexpectedChar(c) => format!("unexpected `{c}` here; a value may be missing"),
        E::TrailingCharacters => {
            "unexpected text after the end of the scenario: a file holds one scenario".to_owned()
        }
        E::ExceededRecursionLimit => format!(
            "the file nests brackets more than {MAX_NESTING} deep; a scenario needs at most 4"
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown_field(found, outer.as_deref().unwrap_or("this value"), expected),
        E::MissingStructField { field, outer } => format!(
            "missing field `{field}` in {}",
            outer.as_deref().unwrap_or("this value")
        ),
        E::DuplicateStructField { field, outer } => format!(
            "the field `{field}` appears twice in {}; keep one",
            outer.as_deref().unwrap_or("this value")
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "unknown value `{found}`; expected one of: {}",
            expected.join(", ")
        ),
        E::ExpectedAttribute | E::ExpectedAttributeEnd | E::NoSuchExtension(_) => {
            "this `#![enable(...)]` line is not understood; remove it".to_owned()
        }
        E::Utf8Error(_) | E::Io(_) | E::Fmt => "the file could not be read as text".to_owned(),
        E::InvalidValueForType { .. } | E::ExpectedDifferentLength { .. } => {
            "this value is not of the kind its field holds".to_owned()
        }
        _ => "this is not understood here: check the brackets, commas and quotes".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phrases of ron's own messages; none may reach the user.
    const RAW: &[&str] = &[
        "Expected",
        "Unexpected",
        "RON",
        "out of bounds",
        "identifier",
        "Non-",
    ];

    #[test]
    fn every_parser_error_kind_has_plain_words() {
        use ron::Error as E;
        let codes = [
            E::Fmt,
            E::Io("x".to_owned()),
            E::Eof,
            E::ExpectedArray,
            E::ExpectedArrayEnd,
            E::ExpectedAttribute,
            E::ExpectedAttributeEnd,
            E::ExpectedBoolean,
            E::ExpectedComma,
            E::ExpectedChar,
            E::ExpectedByteLiteral,
            E::ExpectedFloat,
            E::FloatUnderscore,
            E::ExpectedInteger,
            E::ExpectedOption,
            E::ExpectedOptionEnd,
            E::ExpectedMap,
            E::ExpectedMapColon,
            E::ExpectedMapEnd,
            E::ExpectedStructLike,
            E::ExpectedStructLikeEnd,
            E::ExpectedUnit,
            E::ExpectedString,
            E::ExpectedByteString,
            E::ExpectedStringEnd,
            E::ExpectedIdentifier,
            E::InvalidEscape("Unknown escape character"),
            E::IntegerOutOfBounds,
            E::InvalidIntegerDigit {
                digit: 'x',
                base: 10,
            },
            E::NoSuchExtension("x".to_owned()),
            E::UnclosedBlockComment,
            E::UnclosedLineComment,
            E::UnderscoreAtBeginning,
            E::UnexpectedChar('x'),
            E::TrailingCharacters,
            E::InvalidValueForType {
                expected: "u32".to_owned(),
                found: "a string".to_owned(),
            },
            E::ExpectedDifferentLength {
                expected: "2".to_owned(),
                found: 3,
            },
            E::InvalidIdentifier("x".to_owned()),
            E::SuggestRawIdentifier("x".to_owned()),
            E::ExpectedRawValue,
            E::ExceededRecursionLimit,
            E::ExpectedStructName("x".to_owned()),
            E::ExpectedRangeSyntax,
        ];
        for code in &codes {
            let words = fallback(code);
            for raw in RAW {
                assert!(!words.contains(raw), "{code:?}: {words}");
            }
        }
    }
}
