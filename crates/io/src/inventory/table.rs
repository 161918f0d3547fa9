//! The table of an inventory, whichever reader made it: the header row decides which column
//! holds what, and each row after it becomes an interface or its bad cells.

use std::path::Path;

use super::{CellError, Column, Interface, InventoryError, MAX_INVENTORY_COLUMNS, RawRow};
use super::{cells, text};
use advisor_core::catalogue::Catalogue;
use advisor_core::model::{Decision, DecisionStatus, OpenQuestion, Requirements, Scenario};

/// The header row, read: what each column holds.
#[derive(Debug)]
pub struct Header {
    /// Each column's header as the file writes it, trimmed.
    names: Vec<String>,
    /// The columns read, by their index in a row.
    used: Vec<(usize, Column)>,
    /// How the header was read, where the user should know (columns not used).
    pub notes: Vec<String>,
}

/// A column's name in messages: A, B, …, Z, AA, … as a spreadsheet names it.
pub fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        // 0 to 25: a letter.
        letters.push(char::from(b'A' + u8::try_from(digit).unwrap_or(0)));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}

impl Header {
    /// Reads the header row: every column the inventory needs must be there, once.
    pub fn of(path: &Path, row: &RawRow) -> Result<Self, InventoryError> {
        let header_cell = |index: usize, message: String| InventoryError::HeaderCell {
            path: path.to_owned(),
            row: row.row,
            column: column_letters(index),
            message,
        };
        if let Some((index, message)) = &row.problem {
            return Err(header_cell(*index, message.clone()));
        }
        let mut names = Vec::with_capacity(row.cells.len());
        for (index, cell) in row.cells.iter().enumerate() {
            if let Some(c) = text::forbidden_character(cell, false) {
                return Err(header_cell(index, text::refusal(c, false)));
            }
            names.push(cell.trim().to_owned());
        }
        if let Some(last) = names.iter().rposition(|name| !name.is_empty()) {
            names.truncate(last + 1);
        }
        if names.len() > MAX_INVENTORY_COLUMNS {
            return Err(InventoryError::Unreadable {
                path: path.to_owned(),
                message: format!(
                    "the header has {} columns; an inventory may have at most {MAX_INVENTORY_COLUMNS}",
                    names.len()
                ),
            });
        }
        let mut used: Vec<(usize, Column)> = Vec::new();
        let mut ignored = Vec::new();
        for (index, name) in names.iter().enumerate() {
            let Some(column) = Column::of_header(name) else {
                if !name.is_empty() {
                    ignored.push(name.as_str());
                }
                continue;
            };
            if let Some(&(first, _)) = used.iter().find(|(_, c)| *c == column) {
                return Err(InventoryError::DuplicateColumn {
                    path: path.to_owned(),
                    column,
                    first: format!("`{}` ({})", names[first], column_letters(first)),
                    second: format!("`{name}` ({})", column_letters(index)),
                });
            }
            used.push((index, column));
        }
        for required in Column::REQUIRED {
            if !used.iter().any(|(_, c)| *c == required) {
                return Err(InventoryError::MissingColumn {
                    path: path.to_owned(),
                    column: required,
                    found: names
                        .iter()
                        .filter(|n| !n.is_empty())
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            }
        }
        let mut notes = Vec::new();
        if !ignored.is_empty() {
            notes.push(format!("columns not used: {}", ignored.join(", ")));
        }
        Ok(Self { names, used, notes })
    }

    /// How many columns a row is read across: cells further right have no header.
    pub fn width(&self) -> usize {
        self.names.len()
    }

    /// A column's name in messages: its header, or its letters where the header is blank.
    fn name(&self, index: usize) -> String {
        match self.names.get(index) {
            Some(name) if !name.is_empty() => name.clone(),
            _ => column_letters(index),
        }
    }

    /// A row as an interface, or its bad cells; `None` for a blank row.
    pub fn interface(
        &self,
        row: &RawRow,
        catalogue: &Catalogue,
    ) -> Option<Result<Interface, Vec<CellError>>> {
        if let Some((index, message)) = &row.problem {
            return Some(Err(vec![CellError {
                row: row.row,
                column: self.name(*index),
                message: message.clone(),
            }]));
        }
        let cells = &row.cells;
        if (0..self.width().max(1)).all(|i| cells.get(i).is_none_or(|c| c.trim().is_empty())) {
            return None;
        }
        let mut errors = Vec::new();
        let interface = self.read_row(row, catalogue, &mut errors);
        Some(if errors.is_empty() {
            Ok(interface)
        } else {
            Err(errors)
        })
    }

    /// One row as an interface; bad cells go to `errors`.
    fn read_row(
        &self,
        raw: &RawRow,
        catalogue: &Catalogue,
        errors: &mut Vec<CellError>,
    ) -> Interface {
        let mut interface = Interface {
            row: raw.row,
            id: None,
            scenario: Scenario {
                title: String::new(),
                context: String::new(),
                requirements: Requirements::default(),
                decision: None,
            },
            system: None,
        };
        // The decision's columns are read first and made the scenario's decision last.
        let (mut decided_pattern, mut decision_status) = (None, None);
        let r = &mut interface.scenario.requirements;
        // Blank real time, frequency or error feedback: not known yet, as the format says it.
        let mut blank = Vec::new();
        for &(index, column) in &self.used {
            let mut fail = |message: String| {
                errors.push(CellError {
                    row: raw.row,
                    column: self.names[index].clone(),
                    message,
                });
            };
            let cell = raw.cells.get(index).unwrap_or("");
            // Only the context is free text, where a tab or a line break has its place.
            let free_text = column == Column::Context;
            if let Some(c) = text::forbidden_character(cell, free_text) {
                fail(text::refusal(c, free_text));
                continue;
            }
            let cell = cell.trim();
            if cell.is_empty() {
                if let Some(message) = column.required() {
                    fail(message.to_owned());
                }
                blank.push(column);
                continue;
            }
            macro_rules! set {
                ($target:expr, $reader:expr) => {
                    match $reader(cell) {
                        Ok(value) => $target = value,
                        Err(message) => fail(message),
                    }
                };
            }
            match column {
                Column::Id => interface.id = Some(cell.to_owned()),
                Column::Title => interface.scenario.title = cell.to_owned(),
                Column::Context => interface.scenario.context = cell.to_owned(),
                Column::SystemName => interface.system = Some(cell.to_owned()),
                Column::Counterpart => set!(r.counterpart, cells::counterpart),
                Column::Direction => set!(r.direction, cells::direction),
                Column::Initiator => set!(r.initiator, cells::initiator),
                Column::Exchange => set!(r.exchange, cells::exchange),
                Column::RealTime => set!(r.real_time, cells::boolean),
                Column::PeakRecordsPerHour => set!(r.peak_records_per_hour, cells::peak_volume),
                Column::Frequency => set!(r.frequency, cells::frequency),
                Column::Deployment => set!(r.deployment, cells::deployment),
                Column::ErrorFeedback => set!(r.error_feedback, cells::error_feedback),
                Column::Incremental => set!(r.incremental, cells::boolean),
                Column::EndpointTls12 => set!(r.endpoint_tls12, cells::optional_boolean),
                Column::Later(field) => {
                    if let Some(later) = field.later() {
                        match cells::later(cell, later) {
                            Ok(choice) => (later.set)(r, choice),
                            Err(message) => fail(message),
                        }
                    }
                }
                Column::DecidedPattern => set!(decided_pattern, |c| {
                    cells::pattern(c, catalogue).map(Some)
                }),
                Column::DecisionStatus => {
                    set!(decision_status, |c| cells::decision_status(c).map(Some));
                }
            }
        }
        for (column, question) in [
            (Column::RealTime, OpenQuestion::RealTime),
            (Column::Frequency, OpenQuestion::Frequency),
            (Column::ErrorFeedback, OpenQuestion::ErrorFeedback),
        ] {
            if blank.contains(&column) || !self.used.iter().any(|(_, c)| *c == column) {
                r.set_open(question, true);
            }
        }
        // A decided pattern is a decision, so that drift is found as `check` finds it; without
        // a status it counts as accepted, as an inventory's "decided" column means.
        if let Some(pattern) = decided_pattern {
            interface.scenario.decision = Some(Decision {
                status: decision_status.unwrap_or(DecisionStatus::Accepted),
                pattern,
                rationale: String::new(),
                decided_by: Vec::new(),
                date: String::new(),
                supersedes: None,
                catalogue_version: None,
            });
        }
        interface
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_a_spreadsheet_letters_them() {
        for (index, letters) in [
            (0, "A"),
            (25, "Z"),
            (26, "AA"),
            (255, "IV"),
            (16_383, "XFD"),
        ] {
            assert_eq!(column_letters(index), letters, "{index}");
        }
    }
}
