//! One inventory cell read as the value of its column. A cell may hold the value as a
//! scenario file writes it (`OtherSystem`, `Dynamics365App(Sales)`, `Every(minutes: 30)`,
//! `Some(20000)`, `true`) or as people write it in a spreadsheet ("Other system", "Dynamics
//! 365 Sales", "every 30 minutes", "hourly", "20k", "yes"). A blank cell is "not known".

use serde::de::DeserializeOwned;

use advisor_core::field::{Kind, Later};
use advisor_core::lenient::parse_volume;
use advisor_core::model::{
    Counterpart, DecisionStatus, Deployment, Direction, ErrorFeedback, Exchange, Frequency,
    Initiator, ModelDrivenApp,
};
use advisor_core::validate;

/// The cell's words, lower case, with runs of spaces, underscores and hyphens made one space.
fn words(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    for word in cell
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The value as a scenario file writes it, if the cell holds one.
fn as_written<T: DeserializeOwned>(cell: &str) -> Option<T> {
    ron::from_str(cell.trim()).ok()
}

/// The loader's message for a value that is not one of a type's values.
fn unknown(cell: &str, type_name: &str, values: &str) -> String {
    crate::load::unknown_value(cell.trim(), type_name, values)
}

/// Reads a yes/no cell.
pub fn boolean(cell: &str) -> Result<bool, String> {
    match words(cell).as_str() {
        "true" | "yes" | "y" | "1" | "x" => Ok(true),
        "false" | "no" | "n" | "0" => Ok(false),
        _ => Err(unknown(cell, "a yes/no answer", "true, false, yes, no")),
    }
}

/// Reads an optional yes/no cell written as a scenario file would (`Some(true)`, `None`).
pub fn optional_boolean(cell: &str) -> Result<Option<bool>, String> {
    boolean(cell)
        .map(Some)
        .or_else(|error| as_written::<Option<bool>>(cell).ok_or(error))
}

/// Reads the counterpart: a value of the format, or "Other system", "Dynamics 365 Sales",
/// "Sales", "Excel", "Reporting" and the like.
pub fn counterpart(cell: &str) -> Result<Counterpart, String> {
    let said = words(cell);
    let said = said
        .strip_prefix("dynamics 365 ")
        .or_else(|| said.strip_prefix("d365 "))
        .unwrap_or(&said);
    if let Some((app, _)) = app_spellings()
        .iter()
        .find(|(_, spellings)| spellings.iter().any(|spelling| spelling == said))
    {
        return Ok(Counterpart::Dynamics365App(*app));
    }
    match said {
        "other system" | "another system" | "system" | "external system" | "other" => {
            Ok(Counterpart::OtherSystem)
        }
        "people in excel" | "excel" | "excel users" | "spreadsheet" => Ok(Counterpart::ExcelUsers),
        "reporting" | "report" | "reports" | "analytics" | "bi" | "power bi" | "data warehouse" => {
            Ok(Counterpart::Reporting)
        }
        _ => as_written(cell).ok_or_else(|| {
            unknown(
                cell,
                "Counterpart",
                "OtherSystem, Dynamics365App, ExcelUsers, Reporting",
            )
        }),
    }
}

/// Each model-driven app with the ways a spreadsheet names it: its short label, its label
/// and its name in a scenario file, as [`words`] leaves them. Made once: a large inventory
/// reads the counterpart of every row.
fn app_spellings() -> &'static [(ModelDrivenApp, [String; 3])] {
    static SPELLINGS: std::sync::LazyLock<Vec<(ModelDrivenApp, [String; 3])>> =
        std::sync::LazyLock::new(|| {
            ModelDrivenApp::ALL
                .into_iter()
                .map(|app| {
                    (
                        app,
                        [
                            app.short_label().to_lowercase(),
                            words(app.label()),
                            words(&format!("{app:?}")),
                        ],
                    )
                })
                .collect()
        });
    &SPELLINGS
}

/// Reads the direction: `Inbound`, "into F&O", "in", "import", and so on.
pub fn direction(cell: &str) -> Result<Direction, String> {
    match words(cell).as_str() {
        "into f&o" | "in" | "inbound" | "import" | "to f&o" => Ok(Direction::Inbound),
        "out of f&o" | "out" | "outbound" | "export" | "from f&o" => Ok(Direction::Outbound),
        "both ways" | "both" | "bidirectional" | "two way" | "in and out" => {
            Ok(Direction::Bidirectional)
        }
        _ => as_written(cell)
            .ok_or_else(|| unknown(cell, "Direction", "Inbound, Outbound, Bidirectional")),
    }
}

/// Reads who starts the exchange (also who keeps the schedule).
pub fn initiator(cell: &str) -> Result<Initiator, String> {
    match words(cell).as_str() {
        "the other side" | "other side" | "counterpart" | "other system" | "external"
        | "caller" => Ok(Initiator::Counterpart),
        "f&o" | "finops" | "fin ops" | "finance and operations" | "d365 f&o" => {
            Ok(Initiator::FinOps)
        }
        _ => as_written(cell).ok_or_else(|| unknown(cell, "Initiator", "Counterpart, FinOps")),
    }
}

/// Reads what is exchanged.
pub fn exchange(cell: &str) -> Result<Exchange, String> {
    match words(cell).as_str() {
        "records" | "record" | "data" | "entities" => Ok(Exchange::Records),
        "action" | "an action" | "an action on a record" | "action on a record" => {
            Ok(Exchange::Action)
        }
        "calculation" | "a computed result" | "computed result" | "calculated result" => {
            Ok(Exchange::Calculation)
        }
        _ => as_written(cell)
            .ok_or_else(|| unknown(cell, "Exchange", "Records, Action, Calculation")),
    }
}

/// A number written with digits only (and the separators people group them with) that is
/// too large for any count: its message says so, instead of that it is no number.
fn too_large(cell: &str) -> Option<String> {
    let digits: String = cell
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    (!digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u64>().is_err())
    .then_some(digits)
}

/// A negative number among the cell's words ("every -5 minutes"), which a count never is.
fn negative(cell: &str) -> Option<&str> {
    cell.split_whitespace().find(|word| {
        word.strip_prefix('-')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// Reads a peak volume: `Some(20000)`, `20000`, "20,000", "20k", "1.5m".
pub fn peak_volume(cell: &str) -> Result<Option<u64>, String> {
    if cell.trim_start().starts_with(['S', 'N'])
        && let Some(value) = as_written::<Option<u64>>(cell)
    {
        return value.map(validate::records_per_hour).transpose();
    }
    if let Some(digits) = too_large(cell) {
        return Err(format!(
            "expected a number of records per hour up to 1,000,000,000,000, found {digits}, \
             which is far larger"
        ));
    }
    parse_volume(cell)
}

/// Reads a frequency: `AdHoc`, `Every(minutes: 30)`, "ad hoc", "hourly", "daily", "every
/// 30 minutes", "every 2 hours", "once".
pub fn frequency(cell: &str) -> Result<Frequency, String> {
    // Before the words: they take a hyphen for a space, and "-5" would read as 5.
    if let Some(number) = negative(cell) {
        return Err(format!(
            "expected a number of minutes between runs from 1 to 525,600 (a year), found the \
             negative number {number}"
        ));
    }
    if let Some(value) = as_written::<Frequency>(cell) {
        if let Frequency::Every { minutes } = value {
            validate::minutes(u64::from(minutes))?;
        }
        return Ok(value);
    }
    let said = words(cell);
    let every =
        |minutes: u64| validate::minutes(minutes).map(|minutes| Frequency::Every { minutes });
    match said.as_str() {
        "ad hoc" | "adhoc" | "on demand" | "as needed" | "event" | "event driven"
        | "continuous" => return Ok(Frequency::AdHoc),
        "once" | "one off" | "one time" | "single load" | "migration" => {
            return Ok(Frequency::Once);
        }
        "hourly" => return every(60),
        "daily" | "nightly" => return every(1_440),
        "weekly" => return every(10_080),
        // A month as 30 days: the schedule's length matters to the advice, not the calendar.
        "monthly" => return every(43_200),
        _ => {}
    }
    let rest = said.strip_prefix("every ").unwrap_or(&said);
    let mut parts = rest.split(' ');
    let (number, unit) = match (parts.next(), parts.next(), parts.next()) {
        (Some(number), Some(unit), None) => (number, unit),
        // "every hour", "every day"
        (Some(unit), None, None) if said.starts_with("every ") => ("1", unit),
        _ => ("", ""),
    };
    let factor = match unit {
        "minute" | "minutes" | "min" | "mins" => Some(1),
        "hour" | "hours" | "h" => Some(60),
        "day" | "days" => Some(1_440),
        "week" | "weeks" => Some(10_080),
        _ => None,
    };
    match (number.parse::<u64>(), factor) {
        (Ok(number), Some(factor)) => every(number.saturating_mul(factor)),
        (Err(_), Some(_)) if too_large(number).is_some() => Err(format!(
            "expected a number of minutes between runs from 1 to 525,600 (a year), found \
             {number}, which is far larger"
        )),
        _ => Err(unknown(
            cell,
            "Frequency",
            "AdHoc, Every, Once (or: hourly, daily, every 30 minutes, once)",
        )),
    }
}

/// Reads where F&O runs.
pub fn deployment(cell: &str) -> Result<Deployment, String> {
    match words(cell).as_str() {
        "cloud" | "saas" | "online" => Ok(Deployment::Cloud),
        "on premises"
        | "on premise"
        | "on prem"
        | "onprem"
        | "onpremises"
        | "local business data"
        | "lbd" => Ok(Deployment::OnPremises),
        _ => as_written(cell).ok_or_else(|| unknown(cell, "Deployment", "Cloud, OnPremises")),
    }
}

/// Reads when the caller must learn whether the exchange worked.
pub fn error_feedback(cell: &str) -> Result<ErrorFeedback, String> {
    match words(cell).as_str() {
        "immediate" | "at once" | "caller must know at once" | "synchronous" | "sync" => {
            Ok(ErrorFeedback::Immediate)
        }
        "deferred" | "later" | "caller may learn later" | "asynchronous" | "async" => {
            Ok(ErrorFeedback::Deferred)
        }
        _ => as_written(cell).ok_or_else(|| unknown(cell, "ErrorFeedback", "Immediate, Deferred")),
    }
}

/// Reads a later question's answer (`field::LATER`): yes or no, or one of its choices by
/// its name in the file (`FinOps`, `Some(FinOps)`), its words on screen or the other words
/// the table gives for it ("csv", "power automate"). `None` leaves it not asked, as a blank
/// cell does.
pub fn later(cell: &str, later: &Later) -> Result<Option<usize>, String> {
    if later.kind == Kind::YesNo {
        // Yes is the first choice, no the second.
        return optional_boolean(cell).map(|answer| answer.map(|yes| usize::from(!yes)));
    }
    let written = cell.trim();
    let bare = written
        .strip_prefix("Some(")
        .and_then(|inner| inner.strip_suffix(')'))
        .unwrap_or(written)
        .trim();
    if bare == "None" {
        return Ok(None);
    }
    let said = words(cell);
    later
        .choices
        .iter()
        .position(|choice| {
            choice.name == bare
                || choice.also.contains(&said.as_str())
                || words(choice.label) == said
                || words(choice.words) == said
        })
        .map(Some)
        .ok_or_else(|| unknown(cell, later.type_name, &later.names.join(", ")))
}

/// Reads a decision's status.
pub fn decision_status(cell: &str) -> Result<DecisionStatus, String> {
    match words(cell).as_str() {
        "proposed" => Ok(DecisionStatus::Proposed),
        "accepted" | "agreed" | "approved" => Ok(DecisionStatus::Accepted),
        "rejected" => Ok(DecisionStatus::Rejected),
        "superseded" | "replaced" => Ok(DecisionStatus::Superseded),
        _ => as_written(cell).ok_or_else(|| {
            unknown(
                cell,
                "DecisionStatus",
                "Proposed, Accepted, Rejected, Superseded",
            )
        }),
    }
}

/// Reads a pattern: its id (`package-api`) or its name, in any case.
pub fn pattern(
    cell: &str,
    catalogue: &advisor_core::catalogue::Catalogue,
) -> Result<String, String> {
    let said = words(cell);
    catalogue
        .patterns
        .iter()
        .find(|p| said == words(&p.id) || said == words(&p.name))
        .map(|p| p.id.clone())
        .ok_or_else(|| {
            format!(
                "unknown pattern `{}`; expected one of: {}",
                cell.trim(),
                catalogue
                    .patterns
                    .iter()
                    .map(|p| p.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_written_in_a_file_or_in_a_spreadsheet() {
        assert_eq!(counterpart("OtherSystem"), Ok(Counterpart::OtherSystem));
        assert_eq!(counterpart("Other system"), Ok(Counterpart::OtherSystem));
        assert_eq!(
            counterpart("Dynamics365App(Sales)"),
            Ok(Counterpart::Dynamics365App(ModelDrivenApp::Sales))
        );
        assert_eq!(
            counterpart("Dynamics 365 Customer Service"),
            Ok(Counterpart::Dynamics365App(ModelDrivenApp::CustomerService))
        );
        assert_eq!(counterpart("excel"), Ok(Counterpart::ExcelUsers));
        assert_eq!(direction("Into F&O"), Ok(Direction::Inbound));
        assert_eq!(direction("both ways"), Ok(Direction::Bidirectional));
        assert_eq!(
            frequency("Every(minutes: 30)"),
            Ok(Frequency::Every { minutes: 30 })
        );
        assert_eq!(
            frequency("every 30 minutes"),
            Ok(Frequency::Every { minutes: 30 })
        );
        assert_eq!(frequency("hourly"), Ok(Frequency::Every { minutes: 60 }));
        assert_eq!(frequency("Daily"), Ok(Frequency::Every { minutes: 1_440 }));
        assert_eq!(
            frequency("every 2 hours"),
            Ok(Frequency::Every { minutes: 120 })
        );
        assert_eq!(frequency("ad hoc"), Ok(Frequency::AdHoc));
        assert_eq!(frequency("once"), Ok(Frequency::Once));
        assert_eq!(peak_volume("Some(20000)"), Ok(Some(20_000)));
        assert_eq!(peak_volume("20,000"), Ok(Some(20_000)));
        assert_eq!(peak_volume("20k"), Ok(Some(20_000)));
        assert_eq!(peak_volume(""), Ok(None));
        assert_eq!(boolean("yes"), Ok(true));
        assert_eq!(boolean("FALSE"), Ok(false));
        assert_eq!(optional_boolean("Some(true)"), Ok(Some(true)));
        assert_eq!(deployment("on-premises"), Ok(Deployment::OnPremises));
        assert_eq!(
            error_feedback("caller may learn later"),
            Ok(ErrorFeedback::Deferred)
        );
    }

    #[test]
    fn a_value_of_no_kind_gets_the_loaders_wording() {
        assert_eq!(
            counterpart("Martian"),
            Err(
                "unknown value `Martian` for Counterpart; expected one of: OtherSystem, \
                 Dynamics365App, ExcelUsers, Reporting"
                    .to_owned()
            )
        );
        assert_eq!(
            frequency("Every(minutes: 0)"),
            Err(
                "expected a number of minutes between runs from 1 to 525,600 (a year), found 0"
                    .to_owned()
            )
        );
        assert!(peak_volume("lots").is_err());
    }

    #[test]
    fn negative_and_huge_numbers_are_named_as_such() {
        for cell in ["every -5 minutes", "-5 minutes", "every -1 hour"] {
            let error = frequency(cell).expect_err(cell);
            assert!(error.contains("negative number -"), "{cell}: {error}");
        }
        let error = frequency("every 99999999999999999999 minutes").expect_err("too many");
        assert!(
            error.contains("99999999999999999999, which is far larger"),
            "{error}"
        );
        let error = peak_volume("100000000000000000000").expect_err("too many");
        assert!(
            error.contains("up to 1,000,000,000,000, found 100000000000000000000"),
            "{error}"
        );
        assert_eq!(
            frequency("every 5 minutes"),
            Ok(Frequency::Every { minutes: 5 })
        );
        assert_eq!(
            frequency("event-driven"),
            Ok(Frequency::AdHoc),
            "a hyphen in a word"
        );
    }
}
