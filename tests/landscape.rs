//! `portfolio --format svg` and `--format html`: the landscape picture and the programme
//! blueprint of an inventory, checked against the inventory itself, with hostile texts
//! escaped and an inventory larger than one block streamed in row order.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_integration-advisor"))
        .args(args)
        .output()
        .expect("runs")
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("inventories/sample-programme.csv")
}

fn text(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8")
}

/// The sample's system names and row count, read with the csv crate, not the app's reader.
fn sample_systems() -> (BTreeSet<String>, usize) {
    let mut reader = csv::Reader::from_path(sample()).expect("the sample opens");
    let column = reader
        .headers()
        .expect("a header")
        .iter()
        .position(|h| h == "System name")
        .expect("a System name column");
    let mut names = BTreeSet::new();
    let mut rows = 0;
    for record in reader.records() {
        names.insert(record.expect("a row")[column].to_owned());
        rows += 1;
    }
    (names, rows)
}

#[test]
fn the_picture_has_every_system_of_the_sample_once_and_every_interface() {
    let output = run(&[
        "portfolio",
        sample().to_str().expect("UTF-8"),
        "--format",
        "svg",
    ]);
    // The sample records a decision that drifted: exit 1, as for every other format.
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let svg = text(&output);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>\n"));
    let (systems, rows) = sample_systems();
    for name in &systems {
        let escaped = name.replace('&', "&amp;");
        // Each system's whole name is its box's tooltip, exactly once.
        let tooltip = format!("<g><title>{escaped}</title>");
        assert_eq!(svg.matches(&tooltip).count(), 1, "{name}");
    }
    assert_eq!(
        svg.matches("<g><title>").count(),
        systems.len() + 1,
        "and F&O"
    );
    assert!(svg.contains(&format!("{rows} interfaces with {} systems", systems.len())));
    // One arrow per group: never more than interfaces, never fewer than systems.
    let arrows = svg.matches("<line ").count();
    assert!((systems.len()..=rows).contains(&arrows), "{arrows} arrows");
    // The sample's one drifted decision is dashed.
    assert_eq!(svg.matches("stroke-dasharray").count(), 1);
    assert!(svg.contains("fill=\"#ffffff\""), "light by default");
    let dark = run(&[
        "portfolio",
        sample().to_str().expect("UTF-8"),
        "--format",
        "svg",
        "--theme",
        "dark",
    ]);
    assert!(
        text(&dark).contains("fill=\"#1b1d21\""),
        "a dark background"
    );
}

#[test]
fn the_blueprint_holds_the_picture_the_summary_and_a_record_per_interface() {
    let folder = tempfile::tempdir().expect("a folder");
    let out = folder.path().join("blueprint.html");
    let output = run(&[
        "portfolio",
        sample().to_str().expect("UTF-8"),
        "--format",
        "html",
        "-o",
        out.to_str().expect("UTF-8"),
    ]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let html = std::fs::read_to_string(&out).expect("written");
    let (_, rows) = sample_systems();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<h1>Programme blueprint: sample-programme.csv</h1>"));
    assert_eq!(html.matches("<svg ").count(), 1);
    assert!(html.contains("<h2>The programme by outcome and pattern</h2>"));
    assert_eq!(html.matches("<section class=\"record\"").count(), rows);
    // MADR's sections, in each record.
    for section in [
        "Context and Problem Statement",
        "Decision Drivers",
        "Considered Options",
        "Decision Outcome",
    ] {
        assert_eq!(
            html.matches(&format!("<h4>{section}</h4>")).count(),
            rows,
            "{section}"
        );
    }
    assert!(html.contains("<h3>INT-001 · Sales orders to the 3PL</h3>"));
    // The interfaces that need a look, each linked to a record of the page: the sample's
    // drifted decision, contradictory answers, open answers and no good fit.
    let looks = &html[html
        .find("<h2>Interfaces that need a look</h2>")
        .expect("a list")
        ..html.find("<h2>Decision records</h2>").expect("records")];
    let links: Vec<&str> = looks
        .match_indices("<a href=\"#")
        .map(|(at, found)| {
            let rest = &looks[at + found.len()..];
            &rest[..rest.find('"').expect("the link ends")]
        })
        .collect();
    assert_eq!(links.len(), 4, "{looks}");
    for link in links {
        assert!(
            html.contains(&format!("<section class=\"record\" id=\"{link}\">")),
            "{link}"
        );
    }
    assert!(looks.contains("INT-070 · Payroll journal from the payroll provider"));
    assert!(html.contains("Row 2 · 3PL warehouse · Out of F&amp;O"));
    // Self-contained: nothing loaded from elsewhere, nothing run.
    for loaded in ["<script", "<link", " src=", "<iframe", "@import"] {
        assert!(!html.contains(loaded), "{loaded}");
    }
}

#[test]
fn texts_from_the_inventory_are_shown_never_run() {
    let folder = tempfile::tempdir().expect("a folder");
    let inventory = folder.path().join("hostile.csv");
    std::fs::write(
        &inventory,
        "ID,Title,System,System name,Direction,Description\n\
         <b>1</b>,<script>alert(1)</script>,Other system,\"<img src=x onerror=alert(2)> & \"\"Co\"\"\",Into F&O,</section><script>alert(3)</script>\n",
    )
    .expect("written");
    let path = inventory.to_str().expect("UTF-8");
    for format in ["svg", "html"] {
        let output = run(&["portfolio", path, "--format", format]);
        assert_eq!(output.status.code(), Some(0), "{format}: {output:?}");
        let page = text(&output);
        assert!(!page.contains("<script"), "{format}");
        assert!(!page.contains("<img"), "{format}");
        assert!(
            page.contains("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;Co&quot;"),
            "{format}: {page}"
        );
    }
    let html = text(&run(&["portfolio", path, "--format", "html"]));
    assert_eq!(
        html.matches("</section>").count(),
        1,
        "the record's own end only"
    );
}

#[test]
fn a_programme_larger_than_a_block_streams_its_records_in_row_order() {
    let folder = tempfile::tempdir().expect("a folder");
    let inventory = folder.path().join("large.csv");
    // 2,500 interfaces (more than one block of 2,048 rows) with 100 systems: the picture keeps
    // 59 by name and groups the other 41.
    let mut csv = String::from("ID,Title,System,System name,Direction,Frequency\n");
    for row in 0..2_500 {
        csv.push_str(&format!(
            "I-{row:04},Interface {row},Other system,System {:03},Into F&O,daily\n",
            row % 100
        ));
    }
    std::fs::write(&inventory, csv).expect("written");
    let path = inventory.to_str().expect("UTF-8");
    let svg = text(&run(&["portfolio", path, "--format", "svg"]));
    assert!(
        svg.contains("<g><title>41 other systems</title>"),
        "grouped"
    );
    assert!(svg.contains("2,500 interfaces with 100 systems"));
    assert_eq!(
        svg.matches("<g><title>").count(),
        61,
        "59 systems, the group and F&O"
    );
    let html = text(&run(&["portfolio", path, "--format", "html"]));
    let ids: Vec<&str> = html
        .match_indices("<section class=\"record\" id=\"row-")
        .map(|(at, found)| {
            let rest = &html[at + found.len()..];
            &rest[..rest.find('"').expect("the id ends")]
        })
        .collect();
    let expected: Vec<String> = (2..2_502).map(|row| row.to_string()).collect();
    assert_eq!(ids, expected, "every row once, in order");
}
