//! Loads an inventory as the window's Portfolio view does (every good row kept with its
//! assessment, for the table), without a window, and says how many rows it kept. Run it under
//! `/usr/bin/time -v` to see what the window's row table costs.
//!
//!   cargo build --release --example `inventory_window`
//!   /usr/bin/time -v `target/release/examples/inventory_window` big.csv

use integration_advisor::gui::loaded_inventory::LoadedPortfolio;

/// The window's allocator, so that the figure is the window's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: inventory_window INVENTORY")?;
    let loaded = LoadedPortfolio::open(
        std::path::Path::new(&path),
        integration_advisor::bundled::catalogue(),
    )?;
    let shared = {
        let mut distinct: Vec<*const _> = loaded
            .assessments
            .iter()
            .map(std::sync::Arc::as_ptr)
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        distinct.len()
    };
    println!(
        "{} rows kept ({} bytes each in the table, and their text), {} distinct assessments, \
         {} bad cells",
        loaded.interfaces.len(),
        std::mem::size_of::<integration_advisor::io::inventory::Interface>()
            + std::mem::size_of::<std::sync::Arc<integration_advisor::core::portfolio::Assessment>>(
            ),
        shared,
        loaded.errors.count()
    );
    Ok(())
}
