//! The Portfolio view: an interface inventory filtered, sorted, exported and opened row by row.

use super::*;

#[test]
fn the_portfolio_view_filters_an_inventory_and_opens_a_row_as_a_scenario() {
    let mut harness = harness();
    harness.get_by_label("Portfolio").click();
    harness.run();
    harness.get_by_label("Open the sample programme").click();
    harness.run();
    assert!(
        harness
            .query_by_label("62 of 62 interfaces shown; ⚠ marks a drifted decision or contradictory answers. Choose a row to open it as a scenario; right-click to save it as a file.")
            .is_some(),
        "every interface of the sample is listed"
    );
    // Sorted by name, then by name descending: the table's order is the titles' order.
    let titles = |harness: &Harness<'_, AdvisorApp>| -> Vec<String> {
        harness
            .state()
            .portfolio_titles()
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    let mut by_name = titles(&harness);
    assert_eq!(
        by_name.first().map(String::as_str),
        Some("Sales orders to the 3PL")
    );
    by_name.sort_by_key(|t| t.to_lowercase());
    harness.get_by_label("Interface").click();
    harness.run();
    assert_eq!(titles(&harness), by_name, "ascending by name");
    harness.get_by_label("Interface ↑").click();
    harness.run();
    by_name.reverse();
    assert_eq!(titles(&harness), by_name, "descending by name");
    // The EDI interfaces are INT-020 to INT-023.
    replace_text(&mut harness, "Filter", "int-02");
    assert!(
        harness
            .query_by_label_contains("4 of 62 interfaces shown")
            .is_some(),
        "the filter keeps the four EDI interfaces"
    );
    harness.get_by_label("EDI advance ship notices").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.view(), View::Editor, "the row opens in the editor");
    assert_eq!(
        app.active_document().scenario.title,
        "EDI advance ship notices"
    );
    assert!(
        app.active_document().is_unsaved(),
        "a new scenario, to save as a file"
    );
    // The same row again shows the same document rather than a second copy.
    let documents = app.documents().len();
    harness.get_by_label("Portfolio").click();
    harness.run();
    harness.get_by_label("EDI advance ship notices").click();
    harness.run();
    assert_eq!(
        harness.state().documents().len(),
        documents,
        "no second copy"
    );
    assert_eq!(
        harness.state().active_document().scenario.title,
        "EDI advance ship notices"
    );
}

/// Steps the window until the inventory being read is shown (a few frames; at most 10 s).
fn wait_for_inventory(harness: &mut Harness<'_, AdvisorApp>) {
    for _ in 0..1000 {
        if !harness.state().inventory_loading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    assert!(
        !harness.state().inventory_loading(),
        "the inventory was read within 10 s"
    );
    harness.run();
}

#[test]
fn the_portfolio_view_filters_by_pattern_and_exports_what_it_evaluated() {
    let mut harness = harness();
    // The workbook sample, from the library.
    harness.get_by_label("Sample programme (Excel)").click();
    harness.run();
    assert_eq!(harness.state().view(), View::Portfolio);
    assert!(
        harness
            .query_by_label_contains("62 of 62 interfaces shown")
            .is_some(),
        "the workbook holds the whole sample"
    );
    // Only the interfaces dual-write is recommended for (or tied): the sample's CRM flows.
    harness
        .get_by_role_and_label(Role::ComboBox, "Pattern")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Dual-write")
        .click();
    harness.run();
    let titles = harness.state().portfolio_titles().len();
    assert!(
        (1..62).contains(&titles),
        "a few interfaces remain, not {titles}"
    );
    assert!(
        harness
            .query_by_label_contains(&format!("{titles} of 62 interfaces shown"))
            .is_some(),
        "the count says so"
    );
    // Exported as CSV and as Markdown through the path field: every interface, not only the
    // filtered ones, since the export is the evaluation of the inventory.
    let folder = tempfile::tempdir().expect("folder");
    for (button, name, first_line) in [
        (
            "Export CSV…",
            "programme.csv",
            "row,id,title,outcome,recommended,leading_reason,warnings,decided_pattern,drift",
        ),
        (
            "Export Markdown…",
            "programme.md",
            "| Row | Id | Interface | Outcome | Recommended | Why | Drift |",
        ),
    ] {
        harness.get_by_label(button).click();
        harness.run();
        let path = folder.path().join(name);
        replace_text(&mut harness, "File path", &path.display().to_string());
        harness
            .get_by_role_and_label(Role::Button, "Export")
            .click();
        harness.run();
        let text = std::fs::read_to_string(&path).expect("exported");
        assert_eq!(text.lines().next(), Some(first_line), "{name}");
        assert!(text.contains("EDI advance ship notices"), "{name}");
        let rows = text.lines().filter(|l| l.contains("INT-")).count();
        assert_eq!(rows, 62, "{name}: every interface");
        // The same bytes as the command line writes for the same workbook.
        let format = if name.ends_with(".md") {
            "markdown"
        } else {
            "csv"
        };
        let cli = std::process::Command::new(env!("CARGO_BIN_EXE_integration-advisor"))
            .args([
                "portfolio",
                "inventories/sample-programme.xlsx",
                "--format",
                format,
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("the command line runs");
        assert_eq!(
            String::from_utf8_lossy(&cli.stdout),
            text,
            "{name}: the window and the command line agree"
        );
    }
    // A folder that does not exist: the error names the path, nothing is written.
    let bad = folder.path().join("missing").join("programme.csv");
    harness
        .state_mut()
        .queue(Command::ExportPortfolioTo(bad.clone()));
    harness.run();
    assert!(
        harness
            .query_by_label("Could not export the evaluated inventory")
            .is_some()
    );
    assert!(!bad.exists(), "nothing written");
    assert_eq!(std::fs::read_dir(folder.path()).expect("folder").count(), 2);
}

#[test]
fn an_inventory_file_opens_in_the_portfolio_view_while_the_window_keeps_drawing() {
    let mut harness = harness();
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("programme.csv");
    std::fs::write(
        &path,
        "Name,System,Direction,Peak per hour,Frequency\n\
         Orders from the web shop,Other system,into F&O,20k,every 5 minutes\n\
         Customers to Sales,Dynamics 365 Sales,both ways,2000,\n\
         Broken row,Other system,sideways,,\n",
    )
    .expect("written");
    harness.state_mut().queue(Command::OpenPath(path.clone()));
    harness.step();
    assert_eq!(harness.state().view(), View::Portfolio, "shown at once");
    wait_for_inventory(&mut harness);
    assert!(
        harness
            .query_by_label_contains("2 of 2 interfaces shown")
            .is_some(),
        "the two good rows"
    );
    assert!(
        harness
            .query_by_label_contains("1 bad cells: their rows are left out")
            .is_some(),
        "the bad row is reported"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "programme.csv")
            .is_some(),
        "the library lists the inventory"
    );
    // A file that is not an inventory: the view keeps what it showed and says why.
    let bad = folder.path().join("not-an-inventory.csv");
    std::fs::write(&bad, "a,b\n1,2\n").expect("written");
    harness.state_mut().queue(Command::OpenPath(bad));
    harness.step();
    wait_for_inventory(&mut harness);
    assert!(
        harness
            .query_by_label("Could not open the inventory")
            .is_some()
    );
    assert_eq!(harness.state().portfolio_titles().len(), 2, "still shown");
}

#[test]
fn a_row_of_the_inventory_saves_as_a_scenario_file_from_its_context_menu() {
    let mut harness = harness();
    harness.get_by_label("Sample programme (CSV)").click();
    harness.run();
    harness
        .get_by_label("EDI advance ship notices")
        .click_secondary();
    harness.run();
    harness.get_by_label("Save as scenario file…").click();
    harness.run();
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("edi-asn.ron");
    replace_text(&mut harness, "File path", &path.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Save file")
        .click();
    harness.run();
    let saved =
        integration_advisor::io::load_path(&path, integration_advisor::bundled::pattern_ids())
            .expect("a scenario file");
    assert_eq!(saved.title, "EDI advance ship notices");
    assert_eq!(harness.state().view(), View::Editor, "shown in the editor");
    assert!(
        !harness.state().active_document().is_unsaved(),
        "saved: nothing left unsaved"
    );
}

#[test]
fn the_outcome_filter_shows_the_rows_no_pattern_fits() {
    let mut harness = harness();
    harness.get_by_label("Sample programme (CSV)").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "Outcome")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "no-fit")
        .click();
    harness.run();
    // The MES feed F&O pushes on premises goes to BYOD since catalogue 3, which leaves one.
    assert_eq!(
        harness.state().portfolio_titles(),
        ["Quality results from the LIMS"],
        "the sample's one row with no good fit"
    );
    assert_eq!(
        harness.query_all_by_label("none").count(),
        1,
        "it says no pattern is recommended, rather than a blank cell"
    );
}

/// Whether the library entry `label` is shown as selected (the result's title, a plain label
/// of the same words, is never selected).
fn selected(harness: &Harness<'_, AdvisorApp>, label: &str) -> bool {
    harness
        .query_all_by_label(label)
        .any(|node| node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
}

#[test]
fn the_library_selects_either_the_scenario_or_the_inventory_shown_never_both() {
    let mut harness = harness();
    let scenario = "Change of address from customer service";
    assert!(selected(&harness, scenario));
    harness.get_by_label("Sample programme (CSV)").click();
    harness.run();
    wait_for_inventory(&mut harness);
    assert_eq!(harness.state().view(), View::Portfolio);
    assert!(selected(&harness, "Sample programme (CSV)"));
    assert!(
        !selected(&harness, scenario),
        "the inventory is what is shown"
    );

    harness.state_mut().queue(Command::ShowView(View::Editor));
    harness.run();
    assert!(selected(&harness, scenario));
    assert!(
        !selected(&harness, "Sample programme (CSV)"),
        "the inventory stays loaded but is not what is shown"
    );
}

#[test]
fn the_landscape_shows_the_programme_and_exports_the_picture_and_the_blueprint() {
    let mut harness = harness();
    harness.get_by_label("Portfolio").click();
    harness.run();
    harness.get_by_label("Open the sample programme").click();
    harness.run();
    harness.get_by_label("Landscape").click();
    harness.run();
    // The picture takes the table's place, and a screen reader hears what it shows.
    assert!(
        harness
            .query_by_label(
                "Integration landscape: sample-programme.csv: 62 interfaces with 31 systems; \
                 each arrow is a group of interfaces of one direction and outcome"
            )
            .is_some(),
        "the picture is drawn"
    );
    assert!(
        harness
            .query_by_label_contains("interfaces shown")
            .is_none(),
        "no table under the picture"
    );
    // The picture as SVG, in the window's theme (dark by default), through the path field:
    // the same bytes as the command line writes.
    let folder = tempfile::tempdir().expect("folder");
    let cli = |format: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_integration-advisor"))
            .args([
                "portfolio",
                "inventories/sample-programme.csv",
                "--format",
                format,
                "--theme",
                "dark",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("the command line runs")
            .stdout
    };
    for (button, offered, format) in [
        ("Export SVG…", "sample-programme-landscape.svg", "svg"),
        (
            "Export blueprint…",
            "sample-programme-blueprint.html",
            "html",
        ),
    ] {
        harness.get_by_label(button).click();
        harness.run();
        let field = harness.get_by_label("File path");
        let text = field.value().unwrap_or_default();
        assert!(text.ends_with(offered), "{button} offers {text}");
        let path = folder.path().join(offered);
        replace_text(&mut harness, "File path", &path.display().to_string());
        harness
            .get_by_role_and_label(Role::Button, "Export")
            .click();
        harness.run();
        let written = std::fs::read(&path).expect("exported");
        assert_eq!(
            written,
            cli(format),
            "{button}: the window and the command line agree"
        );
    }
    // PNG: the path offered; the capture itself needs a real window (the screenshots script).
    harness.get_by_label("Export PNG…").click();
    harness.run();
    let field = harness.get_by_label("File path");
    assert!(
        field
            .value()
            .unwrap_or_default()
            .ends_with("sample-programme-landscape.png")
    );
    // Back to the table.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label("Table").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("62 of 62 interfaces shown")
            .is_some()
    );
}
