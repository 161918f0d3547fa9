//! What a workspace is made from: the catalogue the documents are advised against, and the
//! templates it starts with. The binary's built-in library fills them; tests give their own.

use advisor_core::catalogue::Catalogue;
use advisor_core::model::Scenario;

/// A template of the library: a scenario file that ships with the program.
#[derive(Debug, Clone)]
pub struct BundledScenario {
    /// Its file name in `scenarios/` (`import-sales-orders.ron`).
    pub file_name: &'static str,
    /// The scenario.
    pub scenario: Scenario,
}

/// What the program knows before it reads a file: the catalogue and its pattern ids.
///
/// The commands and the window take it as their context; only their entry points fetch the
/// built-in one, so the rest works with whatever catalogue it is given.
#[derive(Debug, Clone, Copy)]
pub struct Library<'a> {
    /// The patterns, their facts and the engine's parameters.
    pub catalogue: &'a Catalogue,
    /// The catalogue's pattern ids, in catalogue order, as the loader checks decisions.
    pub pattern_ids: &'a [String],
}

impl Library<'_> {
    /// The display name of a pattern id (the id itself if the catalogue has no such pattern).
    pub fn pattern_name<'s>(&'s self, id: &'s str) -> &'s str {
        self.catalogue.name_of(id)
    }
}
