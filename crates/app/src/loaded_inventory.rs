//! An interface inventory loaded into the window: its interfaces, their assessments and the
//! summary, computed once when it is opened. No window needed.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use advisor_core::catalogue::Catalogue;
use advisor_core::portfolio::{Assessment, Summary};
use advisor_io::blueprint;
use advisor_io::inventory::{
    BadCells, Block, Interface, InventoryError, evaluate_inventory, evaluate_inventory_bytes,
};
use advisor_io::landscape::Landscape;
use advisor_io::landscape::layout::Layout;
use advisor_io::portfolio_report::EvaluatedInventory;

/// The sample programme bundled with the app: the same 62 interfaces as CSV and as an Excel
/// workbook, so either reader can be tried without a file of one's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleInventory {
    /// `sample-programme.csv`.
    Csv,
    /// `sample-programme.xlsx`.
    Workbook,
}

impl SampleInventory {
    /// Both, as the library lists them.
    pub const ALL: [Self; 2] = [Self::Csv, Self::Workbook];

    /// The file name it goes by.
    pub const fn file_name(self) -> &'static str {
        match self {
            Self::Csv => "sample-programme.csv",
            Self::Workbook => "sample-programme.xlsx",
        }
    }

    /// How the library names it.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Csv => "Sample programme (CSV)",
            Self::Workbook => "Sample programme (Excel)",
        }
    }

    /// Whether `path` names a bundled sample (a user's file has an absolute path).
    pub fn is_sample(path: &Path) -> bool {
        Self::ALL
            .iter()
            .any(|sample| path == Path::new(sample.file_name()))
    }

    const fn bytes(self) -> &'static [u8] {
        match self {
            Self::Csv => include_bytes!("../../../inventories/sample-programme.csv"),
            Self::Workbook => include_bytes!("../../../inventories/sample-programme.xlsx"),
        }
    }
}

/// An inventory as the Portfolio view shows it: a table of every good row with its
/// assessment (rows of the same answers share one), read through the same stream as the
/// command line's.
pub struct LoadedPortfolio {
    /// Where it came from (the sample's name for the bundled one).
    pub path: PathBuf,
    /// The interfaces whose rows were good.
    pub interfaces: Vec<Interface>,
    /// Their assessments, in the same order.
    pub assessments: Vec<Arc<Assessment>>,
    /// The bad cells, by row and column (the first ones; the others counted).
    pub errors: BadCells,
    /// How the file was read.
    pub notes: Vec<String>,
    /// The programme from above.
    pub summary: Summary,
    /// The programme as a picture, worked out with the rest on the reading thread.
    pub landscape: Landscape,
    /// The picture placed on its canvas, under the file's name.
    pub layout: Layout,
    /// The catalogue it was evaluated against, which names its patterns on screen.
    pub catalogue: &'static Catalogue,
}

impl LoadedPortfolio {
    /// Reads the inventory at `path` and evaluates it against `catalogue`.
    pub fn open(path: &Path, catalogue: &'static Catalogue) -> Result<Self, String> {
        Self::collected(path, catalogue, |sink| {
            evaluate_inventory(path, None, catalogue, &|_, _, _| {}, sink)
        })
    }

    /// A bundled sample programme, evaluated against `catalogue`.
    pub fn sample(sample: SampleInventory, catalogue: &'static Catalogue) -> Result<Self, String> {
        let path = Path::new(sample.file_name());
        Self::collected(path, catalogue, |sink| {
            evaluate_inventory_bytes(path, sample.bytes(), None, catalogue, &|_, _, _| {}, sink)
        })
    }

    /// Whether this is one of the bundled samples rather than a file of the user's.
    pub fn is_sample(&self) -> bool {
        SampleInventory::is_sample(&self.path)
    }

    /// The inventory with its evaluation, as the report writers take it.
    pub fn evaluated_inventory(&self) -> EvaluatedInventory<'_> {
        EvaluatedInventory {
            file: &self.path,
            interfaces: &self.interfaces,
            assessments: &self.assessments,
            errors: &self.errors,
            notes: &self.notes,
            summary: &self.summary,
        }
    }

    /// Every block that `read` streams, kept.
    fn collected(
        path: &Path,
        catalogue: &'static Catalogue,
        read: impl FnOnce(&mut dyn FnMut(Block) -> bool) -> Result<Vec<String>, InventoryError>,
    ) -> Result<Self, String> {
        let mut loaded = Self {
            path: path.to_owned(),
            interfaces: Vec::new(),
            assessments: Vec::new(),
            errors: BadCells::default(),
            notes: Vec::new(),
            summary: Summary::new(),
            landscape: Landscape::default(),
            layout: Layout::of(&Landscape::default(), catalogue, ""),
            catalogue,
        };
        let notes = read(&mut |block| {
            loaded.interfaces.extend(block.interfaces);
            loaded.assessments.extend(block.assessments);
            loaded.errors.add(block.errors);
            loaded.summary.merge(block.summary);
            true
        })
        .map_err(|error| error.to_string())?;
        loaded.notes = notes;
        loaded.landscape = Landscape::of(&loaded.interfaces, &loaded.assessments);
        loaded.layout = Layout::of(
            &loaded.landscape,
            catalogue,
            &blueprint::title(&loaded.path),
        );
        Ok(loaded)
    }
}

/// An inventory being read and evaluated on a thread of its own, so that the window keeps
/// drawing: 100,000 rows take most of a second.
pub struct PendingPortfolio {
    /// The file, as the window names it while it waits.
    pub path: PathBuf,
    receiver: std::sync::mpsc::Receiver<Result<LoadedPortfolio, String>>,
}

impl PendingPortfolio {
    /// Starts reading `path`, to evaluate it against `catalogue`.
    pub fn open(path: PathBuf, catalogue: &'static Catalogue) -> Self {
        let (sender, receiver) = std::sync::mpsc::channel();
        let reading = path.clone();
        std::thread::spawn(move || {
            // The window may have gone by the time the inventory is read; nobody is left to
            // tell then, so a failed send is of no consequence.
            sender.send(LoadedPortfolio::open(&reading, catalogue)).ok();
        });
        Self { path, receiver }
    }

    /// The inventory, once it is read; `None` while it is still being read.
    pub fn try_take(&self) -> Option<Result<LoadedPortfolio, String>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            // The reading thread ended without an answer: it panicked.
            Err(std::sync::mpsc::TryRecvError::Disconnected) => Some(Err(format!(
                "{}: reading the inventory stopped unexpectedly; please report this file",
                self.path.display()
            ))),
        }
    }
}

/// Whether a path names an inventory rather than a scenario file.
pub fn is_inventory(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("xlsx"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_bundled_samples_load_with_every_row_good_and_agree() {
        let catalogue = crate::testing::catalogue();
        let csv = LoadedPortfolio::sample(SampleInventory::Csv, catalogue).expect("the CSV loads");
        let workbook = LoadedPortfolio::sample(SampleInventory::Workbook, catalogue)
            .expect("the workbook loads");
        for sample in [&csv, &workbook] {
            assert_eq!(sample.interfaces.len(), 62, "{}", sample.path.display());
            assert!(sample.errors.is_empty(), "{:?}", sample.errors);
            assert_eq!(
                sample.assessments.len(),
                sample.interfaces.len(),
                "one each"
            );
            assert_eq!(sample.summary.drifted, 1, "{}", sample.path.display());
            assert!(sample.is_sample(), "{}", sample.path.display());
        }
        assert_eq!(csv.assessments, workbook.assessments, "the same programme");
        assert_eq!(csv.summary, workbook.summary, "the same summary");
    }
}
