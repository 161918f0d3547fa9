//! The catalogue and the scenario library built into the binary. `build.rs` has checked them
//! at build time, so the binary carries a valid library wherever it is copied.

use std::sync::OnceLock;

use crate::core::catalogue::Catalogue;
use crate::io::load::parse_str;

pub use advisor_app::library::{BundledScenario, Library};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// The built-in catalogue and its pattern ids.
pub fn library() -> Library<'static> {
    Library {
        catalogue: catalogue(),
        pattern_ids: pattern_ids(),
    }
}

/// The built-in catalogue, parsed once.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        ron::from_str(embedded::CATALOGUE)
            .expect("build.rs validated assets/catalogue.ron before embedding it")
    })
}

/// The catalogue's pattern ids, in catalogue order.
pub fn pattern_ids() -> &'static [String] {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| catalogue().patterns.iter().map(|p| p.id.clone()).collect())
}

/// The built-in scenario library, in file-name order.
pub fn scenarios() -> &'static [BundledScenario] {
    static SCENARIOS: OnceLock<Vec<BundledScenario>> = OnceLock::new();
    SCENARIOS.get_or_init(|| {
        let ids = pattern_ids();
        embedded::SCENARIOS
            .iter()
            .map(|(file_name, text)| BundledScenario {
                file_name,
                scenario: parse_str(text, ids)
                    .expect("build.rs validated every scenario before embedding it"),
            })
            .collect()
    })
}
