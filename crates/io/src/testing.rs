//! What the io crate's unit tests share: the repository's catalogue and its files. The
//! catalogue built into the binary lives a layer up, so the tests read
//! `assets/catalogue.ron` themselves.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use advisor_core::catalogue::Catalogue;

/// The catalogue of `assets/catalogue.ron`, parsed once.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        ron::from_str(include_str!("../../../assets/catalogue.ron"))
            .expect("assets/catalogue.ron is the catalogue build.rs checks")
    })
}

/// A file of the repository, by its path from the repository's root.
pub fn repository_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}
