//! The window, driven like a user through the accessibility tree: find widgets by role and
//! label, click and type, and check what the app shows and holds. No real file dialog is ever
//! opened: the app runs with the path field that stands in for one.

#[path = "../common/mod.rs"]
mod common;
use common::harness;

use std::path::Path;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use integration_advisor::core::field::{Field, LATER};
use integration_advisor::core::model::{Deployment, Direction, Payload};
use integration_advisor::gui::command::Command;
use integration_advisor::gui::views::dialogs::Dialog;
use integration_advisor::gui::{AdvisorApp, View};

/// Writes bundled scenario `index`, retitled `title`, to `folder/name`, and returns its path.
fn save_bundled_copy(folder: &Path, index: usize, title: &str, name: &str) -> std::path::PathBuf {
    let mut scenario = integration_advisor::bundled::scenarios()[index]
        .scenario
        .clone();
    scenario.title = title.to_owned();
    let path = folder.join(name);
    integration_advisor::io::save_path(&path, &scenario).expect("saved");
    path
}

fn select_scenario(harness: &mut Harness<'_, AdvisorApp>, title: &str) {
    harness.get_by_label(title).click();
    harness.run();
    assert_eq!(
        harness.state().active_document().scenario.title,
        title,
        "the scenario chosen is shown"
    );
}

/// Shows the bulk import scenario and makes one edit to it, as a user would: turns on real
/// time. Returns the edited scenario.
fn edit_the_import_scenario(
    harness: &mut Harness<'_, AdvisorApp>,
) -> integration_advisor::core::model::Scenario {
    select_scenario(harness, "Import large volumes of sales orders");
    harness.get_by_label("Real time").click();
    harness.run();
    harness.state().active_document().scenario.clone()
}

/// The requirements of the shown scenario.
fn requirements(
    harness: &Harness<'_, AdvisorApp>,
) -> integration_advisor::core::model::Requirements {
    harness
        .state()
        .active_document()
        .scenario
        .requirements
        .clone()
}

/// The result's headline, whatever the outcome: a recommendation, a tie, or no fit.
fn recommended_headline(harness: &Harness<'_, AdvisorApp>) -> String {
    [
        "Recommended: ",
        "A tie: ",
        "No pattern fits",
        "Every pattern is ruled out",
        "Answer the questions",
    ]
    .iter()
    .find_map(|prefix| harness.query_by_label_contains(prefix))
    .map(|node| node.accesskit_node().value().unwrap_or_default())
    .unwrap_or_default()
}

fn replace_text(harness: &mut Harness<'_, AdvisorApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

mod advice;
mod editing;
mod files;
mod interview;
mod portfolio;
