//! The repository's catalogue for the core's own unit tests. The core cannot reach the
//! loader or the catalogue built into the binary (both live in higher layers), so its tests
//! read `assets/catalogue.ron` themselves; `build.rs` checks that same file with the loader.

use std::sync::OnceLock;

use crate::catalogue::Catalogue;

/// The catalogue of `assets/catalogue.ron`, parsed once.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        ron::from_str(include_str!("../../../assets/catalogue.ron"))
            .expect("assets/catalogue.ron is the catalogue build.rs checks")
    })
}
