//! Interface inventories: a programme's list of integrations, one interface a row.
//!
//! An inventory is CSV or an Excel workbook. Each row becomes a scenario; a bad cell is
//! reported with its file, row and column and never stops the other rows.
//!
//! An inventory is streamed: its rows are read, evaluated and handed on in blocks of
//! [`BLOCK_ROWS`], on every core, and a block is gone once its reader has taken it. What
//! a whole inventory keeps is up to the reader of the blocks: the command line keeps only the
//! summary, the window a row table.

mod cells;
mod columns;
mod csv_file;
mod table;
mod text;
mod xlsx_file;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use columns::Column;
pub use table::column_letters;

use crate::parallel::{ordered_pipeline, workers};
use crate::plain_io_error;
use advisor_core::catalogue::Catalogue;
use advisor_core::model::Scenario;
use advisor_core::portfolio::{Assessment, Assessor, Summary};
use table::Header;

/// The largest inventory file read, 64 MiB: a programme's inventory is a few hundred rows,
/// and 100,000 rows of CSV take about 20 MiB.
pub const MAX_INVENTORY_BYTES: u64 = 64 * 1024 * 1024;

/// The most a workbook may expand to when unzipped, 512 MiB; a workbook that claims more is
/// refused before it is read (a zip bomb).
pub const MAX_UNZIPPED_BYTES: u64 = 512 * 1024 * 1024;

/// The shortest good row of an inventory, in bytes: `a,bi,in` and its line end (a title, the
/// counterpart Reporting as "bi", the direction "in").
pub const MIN_ROW_BYTES: u64 = 8;

/// The most rows an inventory may have, header included: 8,388,608.
///
/// As many as [`MAX_INVENTORY_BYTES`] of CSV can hold (eight times the rows of an Excel
/// sheet). A workbook whose sheet claims more, or has a cell further down, is refused before
/// its rows are read.
pub const MAX_INVENTORY_ROWS: u64 = MAX_INVENTORY_BYTES / MIN_ROW_BYTES;

/// The most columns an inventory may have: 256.
///
/// The format reads 20, and 256 leave room for a programme's own. A sheet that claims more,
/// or has a cell further right, is refused before its rows are read (one cell at column XFD
/// would otherwise make every row 16,384 cells).
pub const MAX_INVENTORY_COLUMNS: usize = 256;

/// How many bad cells are listed one by one; past these, they are counted.
///
/// A file with more has one fault of its own (a wrong sheet, a shifted column) that the first
/// ones show, and every bad cell of a 60 MiB file would take more memory than its rows.
pub const MAX_LISTED_ERRORS: usize = 1_000;

/// How many rows are read, evaluated and written together.
pub const BLOCK_ROWS: usize = 2_048;

/// One interface of the inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interface {
    /// Its row, numbered as a spreadsheet numbers it: in a CSV file the header is row 1; in a
    /// workbook, the sheet's own row number.
    pub row: usize,
    /// The programme's id for it, if the inventory has one.
    pub id: Option<String>,
    /// The interface as a scenario; a decided pattern is its decision.
    pub scenario: Scenario,
    /// The counterpart system's own name, if the inventory has a column for it.
    pub system: Option<String>,
}

impl Interface {
    /// The system it connects F&O with, as the landscape picture names it: its own name, or
    /// else the kind of counterpart ("Another system", "Dynamics 365 Sales").
    pub fn system_name(&self) -> &str {
        self.system
            .as_deref()
            .unwrap_or_else(|| self.scenario.requirements.counterpart.label())
    }
}

/// A cell that could not be read: its row is left out, the others are not.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CellError {
    /// The row, numbered as [`Interface::row`] is.
    pub row: usize,
    /// The column's name as the inventory's header writes it.
    pub column: String,
    /// What is wrong, in the scenario loader's words.
    pub message: String,
}

/// The bad cells of an inventory: the first [`MAX_LISTED_ERRORS`], and how many more.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BadCells {
    /// The first bad cells, in the order of their rows.
    pub listed: Vec<CellError>,
    /// How many more there are.
    pub unlisted: usize,
}

impl BadCells {
    /// Adds bad cells; returns those that are listed (the others are only counted).
    pub fn add(&mut self, errors: impl IntoIterator<Item = CellError>) -> &[CellError] {
        let before = self.listed.len();
        for error in errors {
            if self.listed.len() < MAX_LISTED_ERRORS {
                self.listed.push(error);
            } else {
                self.unlisted += 1;
            }
        }
        &self.listed[before..]
    }

    /// Whether every cell was good.
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    /// How many cells were bad.
    pub fn count(&self) -> usize {
        self.listed.len() + self.unlisted
    }
}

/// An inventory read whole: the interfaces whose rows were good, the bad cells, and notes on
/// how the file was read (an encoding guessed, columns not understood).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Inventory {
    /// The interfaces, in the order of their rows.
    pub interfaces: Vec<Interface>,
    /// The bad cells.
    pub errors: BadCells,
    /// How the file was read, where the user should know.
    pub notes: Vec<String>,
}

/// Why a whole inventory could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InventoryError {
    /// The file could not be opened or read.
    #[error("{}: could not read the inventory: {message}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's reason, in plain words.
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
    /// Two columns of the header hold the same thing.
    #[error(
        "{}:1: the columns {first} and {second} both give the {}; keep one of them",
        path.display(),
        column.name()
    )]
    DuplicateColumn {
        /// The file.
        path: PathBuf,
        /// What both hold.
        column: Column,
        /// The first, by name and letters.
        first: String,
        /// The second, by name and letters.
        second: String,
    },
    /// A header cell that cannot be a column's name.
    #[error("{}:{row}:{column}: {message}", path.display())]
    HeaderCell {
        /// The file.
        path: PathBuf,
        /// The header's row.
        row: usize,
        /// The cell's column, by its letters.
        column: String,
        /// What is wrong.
        message: String,
    },
}

/// One row as a reader found it: its number, its cells as text, and what the reader found
/// wrong with it (a cell's index and the message), if anything.
#[derive(Debug)]
struct RawRow {
    row: usize,
    cells: csv::StringRecord,
    problem: Option<(usize, String)>,
}

/// Rows read, on their way to be evaluated.
struct RawBlock {
    header: Arc<Header>,
    rows: Vec<RawRow>,
}

/// Some interfaces of an inventory, read and evaluated, in the order of their rows.
#[derive(Debug, Default)]
pub struct Block {
    /// The interfaces whose rows were good.
    pub interfaces: Vec<Interface>,
    /// Their assessments, in the same order; interfaces with the same answers share one.
    pub assessments: Vec<Arc<Assessment>>,
    /// The bad cells of the block's rows.
    pub errors: Vec<CellError>,
    /// The block's interfaces counted.
    pub summary: Summary,
    /// What `render` made of the block's interfaces (a report's lines).
    pub rendered: Vec<u8>,
}

/// Makes a block's report lines, on the worker that evaluated it: the interfaces, their
/// assessments, and where the lines go.
pub type Render<'r> = &'r (dyn Fn(&[Interface], &[Arc<Assessment>], &mut Vec<u8>) + Sync);

/// Reads and evaluates the inventory at `path`, handing each block to `sink` in row order.
///
/// The inventory is a `.xlsx` workbook (its first sheet, or `sheet`) or CSV. `sink` returns
/// `false` to stop. Returns the notes on how the file was read.
///
/// Blocks are evaluated and rendered on every core while the next are read; at most a few per
/// core are in memory at once.
pub fn evaluate_inventory(
    path: &Path,
    sheet: Option<&str>,
    catalogue: &Catalogue,
    render: Render<'_>,
    sink: &mut dyn FnMut(Block) -> bool,
) -> Result<Vec<String>, InventoryError> {
    let bytes = read_file(path)?;
    evaluate_inventory_bytes(path, &bytes, sheet, catalogue, render, sink)
}

/// [`evaluate_inventory`] of an inventory already in memory; `path` names it in messages and
/// tells a workbook by its extension when the bytes do not.
pub fn evaluate_inventory_bytes(
    path: &Path,
    bytes: &[u8],
    sheet: Option<&str>,
    catalogue: &Catalogue,
    render: Render<'_>,
    sink: &mut dyn FnMut(Block) -> bool,
) -> Result<Vec<String>, InventoryError> {
    ordered_pipeline(
        workers() * 4,
        |push| read_blocks(path, bytes, sheet, push),
        || Assessor::new(catalogue),
        |assessor: &mut Assessor<'_>, block: RawBlock| {
            evaluate_block(&block, catalogue, assessor, render)
        },
        sink,
    )
}

/// Reads the whole inventory at `path` into memory, with nothing rendered: for small
/// inventories and tests. Large ones are better streamed with [`evaluate_inventory`].
pub fn read_inventory(
    path: &Path,
    sheet: Option<&str>,
    catalogue: &Catalogue,
) -> Result<Inventory, InventoryError> {
    let bytes = read_file(path)?;
    read_inventory_bytes(path, &bytes, sheet, catalogue)
}

/// [`read_inventory`] of an inventory already in memory.
pub fn read_inventory_bytes(
    path: &Path,
    bytes: &[u8],
    sheet: Option<&str>,
    catalogue: &Catalogue,
) -> Result<Inventory, InventoryError> {
    let mut inventory = Inventory::default();
    let notes =
        evaluate_inventory_bytes(path, bytes, sheet, catalogue, &|_, _, _| {}, &mut |block| {
            inventory.interfaces.extend(block.interfaces);
            inventory.errors.add(block.errors);
            true
        })?;
    inventory.notes = notes;
    Ok(inventory)
}

/// The file's bytes, refused unread if it is not a file or too large.
fn read_file(path: &Path) -> Result<Vec<u8>, InventoryError> {
    let io = |error: std::io::Error| InventoryError::Io {
        path: path.to_owned(),
        message: plain_io_error(&error),
    };
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(InventoryError::Unreadable {
            path: path.to_owned(),
            message: "not a file: give the path of a CSV file or an Excel workbook (.xlsx)"
                .to_owned(),
        });
    }
    if metadata.len() > MAX_INVENTORY_BYTES {
        return Err(InventoryError::TooLarge {
            path: path.to_owned(),
            bytes: metadata.len(),
        });
    }
    // Read through a limit: the file may have grown since its size was looked at.
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    std::io::Read::read_to_end(
        &mut std::io::Read::take(
            std::fs::File::open(path).map_err(io)?,
            MAX_INVENTORY_BYTES + 1,
        ),
        &mut bytes,
    )
    .map_err(io)?;
    if bytes.len() as u64 > MAX_INVENTORY_BYTES {
        return Err(InventoryError::TooLarge {
            path: path.to_owned(),
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// The source of the pipeline: reads the file's rows and pushes them in blocks. The first
/// row with a value is the header; a header that will not do stops the reading.
fn read_blocks(
    path: &Path,
    bytes: &[u8],
    sheet: Option<&str>,
    push: &mut dyn FnMut(RawBlock) -> bool,
) -> Result<Vec<String>, InventoryError> {
    let unreadable = |message: String| InventoryError::Unreadable {
        path: path.to_owned(),
        message,
    };
    let mut header: Option<Arc<Header>> = None;
    let mut refused = None;
    let mut rows = Vec::with_capacity(BLOCK_ROWS);
    let mut stopped = false;
    let mut emit = |row: RawRow| -> bool {
        if header.is_none() {
            match Header::of(path, &row) {
                Ok(read) => header = Some(Arc::new(read)),
                Err(error) => refused = Some(error),
            }
            return refused.is_none();
        }
        let Some(header) = &header else { return false };
        if row.row as u64 > MAX_INVENTORY_ROWS {
            refused = Some(unreadable(format!(
                "the file has more than {} rows, the most an inventory may have",
                advisor_core::text::group_thousands(MAX_INVENTORY_ROWS)
            )));
            return false;
        }
        rows.push(row);
        if rows.len() == BLOCK_ROWS {
            let block = RawBlock {
                header: Arc::clone(header),
                rows: std::mem::replace(&mut rows, Vec::with_capacity(BLOCK_ROWS)),
            };
            stopped = !push(block);
        }
        !stopped
    };
    let is_workbook = bytes.starts_with(b"PK\x03\x04")
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let mut notes = if is_workbook {
        xlsx_file::read(bytes, sheet, &mut emit)
    } else {
        csv_file::read(bytes, &mut emit)
    }
    .map_err(unreadable)?;
    if let Some(error) = refused {
        return Err(error);
    }
    let Some(header) = header else {
        return Err(unreadable(
            "the file is empty: the first row must name the columns".to_owned(),
        ));
    };
    if !rows.is_empty() && !stopped {
        push(RawBlock {
            header: Arc::clone(&header),
            rows,
        });
    }
    notes.extend(header.notes.iter().cloned());
    Ok(notes)
}

/// A worker's share: the block's rows read as interfaces, assessed, counted and rendered.
fn evaluate_block(
    raw: &RawBlock,
    catalogue: &Catalogue,
    assessor: &mut Assessor<'_>,
    render: Render<'_>,
) -> Block {
    let mut block = Block {
        interfaces: Vec::with_capacity(raw.rows.len()),
        assessments: Vec::with_capacity(raw.rows.len()),
        summary: Summary::new(),
        ..Block::default()
    };
    for row in &raw.rows {
        match raw.header.interface(row, catalogue) {
            None => {}
            Some(Err(errors)) => block.errors.extend(errors),
            Some(Ok(interface)) => {
                let assessment = assessor.assess(&interface.scenario);
                block.summary.add(&assessment);
                block.interfaces.push(interface);
                block.assessments.push(assessment);
            }
        }
    }
    render(&block.interfaces, &block.assessments, &mut block.rendered);
    block
}
