//! An interface inventory loaded into the window: its interfaces, their assessments and the
//! summary, computed once when it is opened. No window needed.

use std::path::{Path, PathBuf};

use crate::bundled;
use crate::core::portfolio::{Assessment, Summary, assess_all};
use crate::io::inventory::{CellError, Interface, read_inventory, read_inventory_bytes};

/// The sample programme bundled with the app, as CSV.
const SAMPLE: &[u8] = include_bytes!("../../inventories/sample-programme.csv");
/// The name the sample goes by.
pub const SAMPLE_NAME: &str = "sample-programme.csv";

/// An inventory as the Portfolio view shows it.
pub struct LoadedPortfolio {
    /// Where it came from (the sample's name for the bundled one).
    pub path: PathBuf,
    /// The interfaces whose rows were good.
    pub interfaces: Vec<Interface>,
    /// Their assessments, in the same order.
    pub assessments: Vec<Assessment>,
    /// The bad cells, by row and column.
    pub errors: Vec<CellError>,
    /// How the file was read.
    pub notes: Vec<String>,
    /// The programme from above.
    pub summary: Summary,
}

impl LoadedPortfolio {
    /// Reads and evaluates the inventory at `path`.
    pub fn open(path: &Path) -> Result<Self, String> {
        let inventory = read_inventory(path, None).map_err(|e| e.to_string())?;
        Ok(Self::evaluated(path, inventory))
    }

    /// The bundled sample programme.
    pub fn sample() -> Result<Self, String> {
        let path = Path::new(SAMPLE_NAME);
        let inventory = read_inventory_bytes(path, SAMPLE, None).map_err(|e| e.to_string())?;
        Ok(Self::evaluated(path, inventory))
    }

    fn evaluated(path: &Path, inventory: crate::io::inventory::Inventory) -> Self {
        let assessments = assess_all(&inventory.interfaces, |i| &i.scenario, bundled::catalogue());
        Self {
            path: path.to_owned(),
            summary: Summary::of(&assessments),
            interfaces: inventory.interfaces,
            assessments,
            errors: inventory.errors,
            notes: inventory.notes,
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
    fn the_bundled_sample_loads_with_every_row_good() {
        let sample = LoadedPortfolio::sample().expect("loads");
        assert_eq!(sample.interfaces.len(), 62);
        assert!(sample.errors.is_empty(), "{:?}", sample.errors);
        assert_eq!(sample.assessments.len(), sample.interfaces.len());
        assert_eq!(sample.summary.drifted, 1);
    }
}
