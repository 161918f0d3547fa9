//! What the app crate's unit tests share: the repository's catalogue, two of its scenarios
//! as templates, and a workspace over them. The built-in library is a layer above.

use std::path::Path;
use std::sync::OnceLock;

use advisor_core::catalogue::Catalogue;
use advisor_core::model::Scenario;

use crate::library::{BundledScenario, Library};
use crate::undo::UndoHistory;
use crate::workspace::Workspace;

/// The catalogue of `assets/catalogue.ron`, parsed once.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        ron::from_str(include_str!("../../../assets/catalogue.ron"))
            .expect("assets/catalogue.ron is the catalogue build.rs checks")
    })
}

/// The catalogue's pattern ids, which the loader checks a decision against.
pub fn pattern_ids() -> &'static [String] {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| catalogue().patterns.iter().map(|p| p.id.clone()).collect())
}

/// Two scenarios of the repository's library, as templates.
pub fn templates() -> &'static [BundledScenario] {
    static TEMPLATES: OnceLock<Vec<BundledScenario>> = OnceLock::new();
    TEMPLATES.get_or_init(|| {
        [
            "01-change-of-address-from-customer-service.ron",
            "07-import-large-volumes-of-sales-orders.ron",
        ]
        .into_iter()
        .map(|file_name| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../scenarios")
                .join(file_name);
            BundledScenario {
                file_name,
                scenario: advisor_io::load_path(&path, pattern_ids())
                    .expect("a scenario of the library"),
            }
        })
        .collect()
    })
}

/// A history that keeps every state fed to it: enough for the tests, which do not undo.
struct EveryState(Vec<Scenario>);

impl UndoHistory for EveryState {
    fn feed(&mut self, _time: f64, current: &Scenario) {
        if self.0.last() != Some(current) {
            self.0.push(current.clone());
        }
    }
    fn can_undo(&self, _current: &Scenario) -> bool {
        self.0.len() > 1
    }
    fn can_redo(&self, _current: &Scenario) -> bool {
        false
    }
    fn undo(&mut self, _current: &Scenario) -> Option<Scenario> {
        self.0.pop();
        self.0.last().cloned()
    }
    fn redo(&mut self, _current: &Scenario) -> Option<Scenario> {
        None
    }
}

/// A workspace over the templates.
pub fn workspace() -> Workspace {
    let library = Library {
        catalogue: catalogue(),
        pattern_ids: pattern_ids(),
    };
    Workspace::of(library, templates(), |first| {
        Box::new(EveryState(vec![first.clone()]))
    })
}
