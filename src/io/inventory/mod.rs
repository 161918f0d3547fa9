//! Interface inventories: a programme's list of integrations, one interface a row.
//!
//! An inventory is CSV or an Excel workbook. Each row becomes a scenario; a bad cell is
//! reported with its file, row and column and never stops the other rows.

mod cells;
mod columns;
mod csv_file;
mod xlsx_file;

use std::path::{Path, PathBuf};

pub use columns::Column;

use crate::bundled;
use crate::core::model::{DecisionStatus, OpenQuestion, Requirements, Scenario};
use crate::core::parallel::map_blocks;

/// The largest inventory file read, 64 MiB: a programme's inventory is a few hundred rows,
/// and 100,000 rows of CSV take about 20 MiB.
pub const MAX_INVENTORY_BYTES: u64 = 64 * 1024 * 1024;

/// The most a workbook may expand to when unzipped, 512 MiB; a workbook that claims more is
/// refused before it is read (a zip bomb).
pub const MAX_UNZIPPED_BYTES: u64 = 512 * 1024 * 1024;

/// One interface of the inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interface {
    /// Its row in the sheet, counting the header as row 1 (as a spreadsheet numbers it).
    pub row: usize,
    /// The programme's id for it, if the inventory has one.
    pub id: Option<String>,
    /// The interface as a scenario; a decided pattern is its decision.
    pub scenario: Scenario,
}

/// A cell that could not be read: its row is left out, the others are not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    /// The row, counting the header as row 1.
    pub row: usize,
    /// The column's name as the inventory's header writes it.
    pub column: String,
    /// What is wrong, in the scenario loader's words.
    pub message: String,
}

/// An inventory as read: the interfaces whose rows were good, the bad cells, and notes on how
/// the file was read (an encoding guessed, columns not understood).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Inventory {
    /// The interfaces, in the order of their rows.
    pub interfaces: Vec<Interface>,
    /// Every bad cell.
    pub errors: Vec<CellError>,
    /// How the file was read, where the user should know.
    pub notes: Vec<String>,
}

/// Why a whole inventory could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InventoryError {
    /// The file could not be opened or read.
    #[error("{}: {message}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        message: String,
    },
    /// Over [`MAX_INVENTORY_BYTES`], refused before reading.
    #[error("{}: the file has {bytes} bytes, more than the 64 MiB an inventory may have", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        bytes: u64,
    },
    /// Not a file the inventory reader understands, or unreadable as one.
    #[error("{}: {message}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// A column every row needs is missing.
    #[error("{}:1: the header has no `{}` column (found: {found})", path.display(), column.name())]
    MissingColumn {
        /// The file.
        path: PathBuf,
        /// The column.
        column: Column,
        /// The headers found.
        found: String,
    },
}

/// Reads the inventory at `path`: a `.xlsx` workbook (its first sheet, or `sheet`) or CSV.
pub fn read_inventory(path: &Path, sheet: Option<&str>) -> Result<Inventory, InventoryError> {
    let unreadable = |message: String| InventoryError::Unreadable {
        path: path.to_owned(),
        message,
    };
    let metadata = std::fs::metadata(path).map_err(|error| InventoryError::Io {
        path: path.to_owned(),
        message: error.to_string(),
    })?;
    if !metadata.is_file() {
        return Err(unreadable("not a file".to_owned()));
    }
    if metadata.len() > MAX_INVENTORY_BYTES {
        return Err(InventoryError::TooLarge {
            path: path.to_owned(),
            bytes: metadata.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(|error| InventoryError::Io {
        path: path.to_owned(),
        message: error.to_string(),
    })?;
    read_inventory_bytes(path, &bytes, sheet)
}

/// Reads an inventory already in memory; `path` names it in messages and tells a workbook
/// by its extension when the bytes do not.
pub fn read_inventory_bytes(
    path: &Path,
    bytes: &[u8],
    sheet: Option<&str>,
) -> Result<Inventory, InventoryError> {
    let unreadable = |message: String| InventoryError::Unreadable {
        path: path.to_owned(),
        message,
    };
    let is_workbook = bytes.starts_with(b"PK\x03\x04")
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if is_workbook {
        let rows = xlsx_file::rows(bytes, sheet).map_err(unreadable)?;
        from_rows(path, &rows, Vec::new())
    } else {
        let (rows, notes) = csv_file::rows(bytes).map_err(unreadable)?;
        from_rows(path, &rows, notes)
    }
}

/// A row of the table, whichever reader made it.
trait Row: Sync {
    /// The cell in column `index`, if the row is that long.
    fn cell(&self, index: usize) -> Option<&str>;
    /// Every cell, in order.
    fn cells(&self) -> Vec<&str>;
}

impl Row for Vec<String> {
    fn cell(&self, index: usize) -> Option<&str> {
        self.get(index).map(String::as_str)
    }
    fn cells(&self) -> Vec<&str> {
        self.iter().map(String::as_str).collect()
    }
}

impl Row for csv::StringRecord {
    fn cell(&self, index: usize) -> Option<&str> {
        self.get(index)
    }
    fn cells(&self) -> Vec<&str> {
        self.iter().collect()
    }
}

/// The interfaces of a table whose first row is the header.
fn from_rows<R: Row>(
    path: &Path,
    rows: &[R],
    mut notes: Vec<String>,
) -> Result<Inventory, InventoryError> {
    let Some((header, body)) = rows.split_first() else {
        return Err(InventoryError::Unreadable {
            path: path.to_owned(),
            message: "the file is empty: the first row must name the columns".to_owned(),
        });
    };
    let header: Vec<String> = header.cells().into_iter().map(str::to_owned).collect();
    let header = &header;
    let columns: Vec<Option<Column>> = header.iter().map(|h| Column::of_header(h)).collect();
    for required in Column::REQUIRED {
        if !columns.contains(&Some(required)) {
            return Err(InventoryError::MissingColumn {
                path: path.to_owned(),
                column: required,
                found: header.join(", "),
            });
        }
    }
    let ignored: Vec<&str> = header
        .iter()
        .zip(&columns)
        .filter(|(h, c)| c.is_none() && !h.trim().is_empty())
        .map(|(h, _)| h.as_str())
        .collect();
    if !ignored.is_empty() {
        notes.push(format!("columns not used: {}", ignored.join(", ")));
    }
    let mut inventory = Inventory {
        notes,
        ..Inventory::default()
    };
    // Rows are read on every core, in blocks, and put back in order.
    let blocks = map_blocks(body, 1, |start, part| {
        let mut interfaces = Vec::with_capacity(part.len());
        let mut errors = Vec::new();
        for (index, cells) in part.iter().enumerate() {
            // Counting the header as row 1, as a spreadsheet numbers its rows.
            let row = start + index + 2;
            if (0..header.len().max(1)).all(|i| cells.cell(i).is_none_or(|c| c.trim().is_empty())) {
                continue;
            }
            let mut row_errors = Vec::new();
            let interface = read_row(row, header, &columns, cells, &mut row_errors);
            if row_errors.is_empty() {
                interfaces.push(interface);
            } else {
                errors.extend(row_errors);
            }
        }
        (interfaces, errors)
    });
    for (interfaces, errors) in blocks {
        inventory.interfaces.extend(interfaces);
        inventory.errors.extend(errors);
    }
    Ok(inventory)
}

/// One row as an interface; bad cells go to `errors`.
fn read_row(
    row: usize,
    header: &[String],
    columns: &[Option<Column>],
    cells: &impl Row,
    errors: &mut Vec<CellError>,
) -> Interface {
    let catalogue = bundled::catalogue();
    let mut interface = Interface {
        row,
        id: None,
        scenario: Scenario {
            title: String::new(),
            context: String::new(),
            requirements: Requirements::default(),
            decision: None,
        },
    };
    // The decision's columns are read first and made the scenario's decision last.
    let (mut decided_pattern, mut decision_status) = (None, None);
    let r = &mut interface.scenario.requirements;
    // Blank real time, frequency or error feedback: not known yet, as the format says it.
    let mut blank = Vec::new();
    for (index, column) in columns.iter().enumerate() {
        let Some(column) = *column else { continue };
        let cell = cells.cell(index).map_or("", str::trim);
        let mut fail = |message: String| {
            errors.push(CellError {
                row,
                column: header[index].trim().to_owned(),
                message,
            });
        };
        if cell.is_empty() {
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
            Column::CopyWanted => set!(r.copy_wanted, cells::optional_boolean),
            Column::ScheduleOwner => set!(r.schedule_owner, |c| cells::initiator(c).map(Some)),
            Column::Payload => set!(r.payload, |c| cells::payload(c).map(Some)),
            Column::LowCode => set!(r.low_code, cells::optional_boolean),
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
        if blank.contains(&column) || !columns.contains(&Some(column)) {
            r.set_open(question, true);
        }
    }
    // A decided pattern is a decision, so that drift is found as `check` finds it; without
    // a status it counts as accepted, as an inventory's "decided" column means.
    if let Some(pattern) = decided_pattern {
        interface.scenario.decision = Some(crate::core::model::Decision {
            status: decision_status.unwrap_or(DecisionStatus::Accepted),
            pattern,
            rationale: String::new(),
            decided_by: Vec::new(),
            date: String::new(),
            supersedes: None,
            catalogue_version: None,
        });
    }
    if interface.scenario.title.is_empty() {
        let column = columns
            .iter()
            .position(|c| *c == Some(Column::Title))
            .map_or("title", |i| header[i].trim());
        errors.push(CellError {
            row,
            column: column.to_owned(),
            message: "the title is empty: give the scenario a short name that says what it is"
                .to_owned(),
        });
    }
    interface
}
