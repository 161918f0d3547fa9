//! `portfolio` against hostile and broken inventories, through the real binary: sparse
//! workbooks that claim a huge sheet, rows without their required cells, control characters,
//! live Markdown, negative and huge numbers, an unterminated quote, duplicate columns,
//! formulas without a value, system errors in plain words, and a report streamed in blocks.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_integration-advisor");

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("runs")
}

/// Runs the binary with its address space limited to 2 GiB: a reader that sized anything by
/// what a workbook claims (24 GB for a sheet to XFD1048576) fails instead of refusing.
fn run_limited(args: &[&str]) -> Output {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("ulimit -v 2097152 && exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(args);
    command.output().expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn write(folder: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, bytes).expect("written");
    path
}

fn utf8(path: &Path) -> &str {
    path.to_str().expect("utf-8")
}

/// A workbook made by hand, so that its sheet says exactly what a test needs (a dimension
/// that lies, a formula without a value): `sheet` is what goes inside `<worksheet>`.
fn workbook(folder: &Path, name: &str, sheet: &str) -> PathBuf {
    let path = folder.join(name);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).expect("created"));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let main = "http://schemas.openxmlformats.org";
    let parts = [
        (
            "[Content_Types].xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{main}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#
            ),
        ),
        (
            "_rels/.rels",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{main}/package/2006/relationships"><Relationship Id="rId1" Type="{main}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/workbook.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}/spreadsheetml/2006/main" xmlns:r="{main}/officeDocument/2006/relationships"><sheets><sheet name="Interfaces" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{main}/package/2006/relationships"><Relationship Id="rId1" Type="{main}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}/spreadsheetml/2006/main">{sheet}</worksheet>"#
            ),
        ),
    ];
    for (part, content) in parts {
        zip.start_file(part, options).expect("entry");
        zip.write_all(content.as_bytes()).expect("written");
    }
    zip.finish().expect("closed");
    path
}

/// An inline string cell.
fn cell(reference: &str, value: &str) -> String {
    format!(r#"<c r="{reference}" t="inlineStr"><is><t>{value}</t></is></c>"#)
}

/// The header row: title, counterpart, direction, volume.
fn header_row() -> String {
    format!(
        r#"<row r="1">{}{}{}{}</row>"#,
        cell("A1", "title"),
        cell("B1", "counterpart"),
        cell("C1", "direction"),
        cell("D1", "volume")
    )
}

// A. Sparse workbooks.

#[test]
fn a_sheet_that_claims_xfd1048576_is_refused_before_anything_is_allocated() {
    let folder = tempfile::tempdir().expect("folder");
    // One cell in the last row and column of a sheet: the file is under 2 KB, the grid it
    // claims is 17 billion cells.
    let path = workbook(
        folder.path(),
        "sparse.xlsx",
        r#"<dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>"#,
    );
    assert!(std::fs::metadata(&path).expect("made").len() < 2_048);
    let output = run_limited(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let errors = text(&output.stderr);
    assert!(
        errors.contains(&format!(
            "{}: the sheet claims 1,048,576 rows × 16,384 columns; an inventory may have at most \
             8,388,608 rows × 256 columns",
            path.display()
        )),
        "{errors}"
    );
    assert!(output.stdout.is_empty(), "no report of a refused file");
}

#[test]
fn a_cell_beyond_the_bounds_is_refused_even_when_the_dimension_lies() {
    let folder = tempfile::tempdir().expect("folder");
    // The dimension claims three columns; a cell sits in column XFD of row 10,000.
    let path = workbook(
        folder.path(),
        "lying.xlsx",
        &format!(
            r#"<dimension ref="A1:C2"/><sheetData>{}<row r="10000"><c r="XFD10000"><v>1</v></c></row></sheetData>"#,
            header_row()
        ),
    );
    let output = run_limited(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains("the sheet has a cell at XFD10000, beyond the"),
        "{}",
        text(&output.stderr)
    );
    // No dimension at all, and a cell far to the right of a few good rows.
    let path = workbook(
        folder.path(),
        "no-dimension.xlsx",
        &format!(
            r#"<sheetData>{}<row r="2">{}{}{}</row><row r="3"><c r="IW3"><v>1</v></c></row></sheetData>"#,
            header_row(),
            cell("A2", "Orders"),
            cell("B2", "Other system"),
            cell("C2", "in")
        ),
    );
    let output = run_limited(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("a cell at IW3"),
        "column 257: {}",
        text(&output.stderr)
    );
}

#[test]
fn a_sparse_sheet_within_the_bounds_costs_only_its_cells() {
    let folder = tempfile::tempdir().expect("folder");
    // 100,000 rows × 100 columns claimed (CV100000); the one far cell has no header above
    // it, so it is not even kept.
    let path = workbook(
        folder.path(),
        "wide.xlsx",
        &format!(
            r#"<dimension ref="A1:CV100000"/><sheetData>{}<row r="2">{}{}{}</row><row r="100000"><c r="CV100000"><v>1</v></c></row></sheetData>"#,
            header_row(),
            cell("A2", "Orders"),
            cell("B2", "Other system"),
            cell("C2", "in")
        ),
    );
    let output = run_limited(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("1 interfaces"));
}

// B. Required cells.

#[test]
fn rows_without_a_counterpart_or_direction_are_bad_rows() {
    let folder = tempfile::tempdir().expect("folder");
    let path = write(
        folder.path(),
        "required.csv",
        b"title,counterpart,direction,frequency\n\
          Good,Other system,in,daily\n\
          No counterpart,,in,daily\n\
          No direction,Other system,  ,daily\n\
          Short row\n\
          ,Other system,in,daily\n",
    );
    let output = run(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(2), "bad rows exit 2");
    let errors = text(&output.stderr);
    let file = path.display();
    for expected in [
        format!("{file}:3:counterpart: the counterpart is empty"),
        format!("{file}:4:direction: the direction is empty"),
        format!("{file}:5:counterpart: the counterpart is empty"),
        format!("{file}:5:direction: the direction is empty"),
        format!("{file}:6:title: the title is empty"),
    ] {
        assert!(errors.contains(&expected), "{expected}\n{errors}");
    }
    let report = text(&output.stdout);
    assert!(
        report.contains("1 interfaces"),
        "only the good row: {report}"
    );
    assert!(!report.contains("No counterpart"), "{report}");
}

// C. Control characters.

#[test]
fn control_characters_in_a_cell_are_refused_and_never_written() {
    let folder = tempfile::tempdir().expect("folder");
    let hostile = [
        ("\u{1b}[2J\u{1b}[31mred", "U+001B (escape)"),
        ("bell\u{7}", "U+0007 (bell)"),
        ("nul\0", "U+0000 (null)"),
        ("c1\u{9b}31m", "U+009B (control sequence introducer)"),
        ("del\u{7f}", "U+007F (delete)"),
        ("invoice\u{202E}fdp.exe", "U+202E (right-to-left override)"),
        ("iso\u{2067}late", "U+2067 (right-to-left isolate)"),
        ("mark\u{200F}", "U+200F (right-to-left mark)"),
        ("arabic\u{061C}", "U+061C (Arabic letter mark)"),
        ("a\ttab", "U+0009 (tab)"),
    ];
    let mut csv = String::from("id,title,counterpart,direction,context\n");
    for (index, (title, _)) in hostile.iter().enumerate() {
        csv.push_str(&format!("X{index},\"{title}\",Other system,in,\n"));
    }
    // In the free-text context, tabs and line breaks are fine; an escape is not.
    csv.push_str("OK1,Good,Other system,in,\"two\tcolumns\nand two lines\"\n");
    csv.push_str("BAD,Fine title,Other system,in,\"ctx\u{1b}]0;title\u{7}\"\n");
    csv.push_str("ID\u{202E},Fine title,Other system,in,\n");
    let path = write(folder.path(), "controls.csv", csv.as_bytes());
    for format in ["text", "csv", "markdown", "json"] {
        let output = run(&["portfolio", utf8(&path), "--format", format]);
        assert_eq!(output.status.code(), Some(2), "{format}");
        let errors = text(&output.stderr);
        for (index, (_, named)) in hostile.iter().enumerate() {
            let expected = format!(
                "{}:{}:title: the cell contains the control character {named}",
                path.display(),
                index + 2
            );
            assert!(errors.contains(&expected), "{expected}\n{errors}");
        }
        assert!(
            errors.contains(":13:context: the cell contains the control character U+001B"),
            "{errors}"
        );
        assert!(
            errors.contains(":14:id: the cell contains the control character U+202E"),
            "{errors}"
        );
        let everything = [output.stdout.as_slice(), output.stderr.as_slice()].concat();
        for (bad, _) in &hostile[..hostile.len() - 1] {
            let control = bad.chars().find(|c| !c.is_alphanumeric() && *c != '[');
            if let Some(control) = control {
                assert!(
                    !text(&everything).contains(control),
                    "{format}: {control:?} reached the output"
                );
            }
        }
        assert!(
            text(&output.stdout).contains("Good"),
            "{format}: the good row"
        );
    }
}

#[test]
fn control_characters_in_a_workbook_and_its_header_are_refused() {
    let folder = tempfile::tempdir().expect("folder");
    let path = workbook(
        folder.path(),
        "controls.xlsx",
        &format!(
            r#"<sheetData>{}<row r="2">{}{}{}</row></sheetData>"#,
            header_row(),
            cell("A2", "x&#27;[31mred"),
            cell("B2", "Other system"),
            cell("C2", "in")
        ),
    );
    let output = run(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr)
            .contains(":2:title: the cell contains the control character U+001B (escape)"),
        "{}",
        text(&output.stderr)
    );
    let path = write(
        folder.path(),
        "header.csv",
        "title,counterpart,direction,note\u{1b}[2J\nA,Other system,in,x\n".as_bytes(),
    );
    let output = run(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains(":1:D: the cell contains the control character U+001B"),
        "the header names the column by its letter: {}",
        text(&output.stderr)
    );
    assert!(!text(&output.stderr).contains('\u{1b}'));
}

// D. Markdown.

#[test]
fn markdown_reports_keep_no_live_links_images_or_html() {
    let folder = tempfile::tempdir().expect("folder");
    let path = write(
        folder.path(),
        "links.csv",
        b"id,title,counterpart,direction\n\
          <b>1</b>,[x](javascript:alert(1)) ![i](http://example.com/i.png),Other system,in\n\
          2,<img src=x onerror=alert(1)> www.example.com | https://example.com,Other system,in\n",
    );
    let output = run(&["portfolio", utf8(&path), "--format", "markdown"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let markdown = text(&output.stdout);
    assert!(
        markdown.contains("\\[x\\](javascript:alert(1)) \\!\\[i\\](http\\://example.com/i.png)"),
        "{markdown}"
    );
    let mut html = String::new();
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(&markdown, pulldown_cmark::Options::all()),
    );
    for live in ["<a ", "<img", "<b>", "javascript:alert(1)\""] {
        assert!(!html.contains(live), "{live} in {html}");
    }
    // Every row is one row of the table, however many pipes its title has.
    assert!(
        markdown
            .lines()
            .filter(|l| l.starts_with("| "))
            .all(|l| l.matches(" | ").count() == 6),
        "{markdown}"
    );

    // JSON is valid and holds the text as it is; CSV makes formulas text.
    let output = run(&["portfolio", utf8(&path), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(
        report["interfaces"][0]["title"],
        "[x](javascript:alert(1)) ![i](http://example.com/i.png)"
    );
}

// E. Smaller defects.

#[test]
fn a_negative_frequency_and_huge_numbers_are_named_for_what_they_are() {
    let folder = tempfile::tempdir().expect("folder");
    let path = write(
        folder.path(),
        "numbers.csv",
        b"title,counterpart,direction,frequency,volume\n\
          A,Other system,in,every -5 minutes,\n\
          B,Other system,in,every 99999999999999999999 minutes,\n\
          C,Other system,in,,100000000000000000000\n",
    );
    let output = run(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(2));
    let errors = text(&output.stderr);
    assert!(
        errors.contains(":2:frequency: expected a number of minutes between runs from 1 to 525,600 (a year), found the negative number -5"),
        "{errors}"
    );
    assert!(errors.contains(":3:frequency:") && errors.contains("which is far larger"));
    assert!(
        errors.contains(":4:volume: expected a number of records per hour up to 1,000,000,000,000, found 100000000000000000000"),
        "{errors}"
    );
    assert!(!errors.contains("fraction"), "{errors}");

    // A huge whole number in a workbook's number cell.
    let path = workbook(
        folder.path(),
        "huge.xlsx",
        &format!(
            r#"<sheetData>{}<row r="2">{}{}{}<c r="D2"><v>1e20</v></c></row></sheetData>"#,
            header_row(),
            cell("A2", "A"),
            cell("B2", "Other system"),
            cell("C2", "in")
        ),
    );
    let errors = text(&run(&["portfolio", utf8(&path)]).stderr);
    assert!(
        errors.contains(":2:volume: expected a number of records per hour up to 1,000,000,000,000, found 100000000000000000000"),
        "{errors}"
    );
}

#[test]
fn an_unterminated_quote_names_the_row_it_opened_in() {
    let folder = tempfile::tempdir().expect("folder");
    let path = write(
        folder.path(),
        "quote.csv",
        b"title,counterpart,direction\n\
          Good,Other system,in\n\
          \"Swallows the rest,Other system,in\n\
          Lost one,Other system,in\n\
          Lost two,Other system,in\n",
    );
    let output = run(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(2));
    let errors = text(&output.stderr);
    assert!(
        errors.contains(&format!(
            "{}:3:title: the quote that opens this cell on line 3 is never closed",
            path.display()
        )),
        "{errors}"
    );
    assert!(
        text(&output.stdout).contains("1 interfaces"),
        "the row before it is evaluated"
    );
}

#[test]
fn a_column_given_twice_is_refused_naming_both() {
    let folder = tempfile::tempdir().expect("folder");
    let path = write(
        folder.path(),
        "twice.csv",
        b"Name,System,Direction,Title\nA,Other system,in,B\n",
    );
    let output = run(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains(&format!(
            "{}:1: the columns `Name` (A) and `Title` (D) both give the title; keep one of them",
            path.display()
        )),
        "{}",
        text(&output.stderr)
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_formula_without_a_stored_value_is_named_in_a_note() {
    let folder = tempfile::tempdir().expect("folder");
    let path = workbook(
        folder.path(),
        "formula.xlsx",
        &format!(
            r#"<sheetData>{}<row r="2">{}{}{}<c r="D2"><f>1000*300</f></c></row></sheetData>"#,
            header_row(),
            cell("A2", "A"),
            cell("B2", "Other system"),
            cell("C2", "in")
        ),
    );
    let output = run(&["portfolio", utf8(&path)]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains(&format!(
            "{}: note: formulas with no stored value were read as blank (not known): D2;",
            path.display()
        )),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn system_and_library_errors_say_what_was_being_done() {
    let folder = tempfile::tempdir().expect("folder");
    let missing = folder.path().join("missing.csv");
    let output = run(&["portfolio", utf8(&missing)]);
    assert_eq!(output.status.code(), Some(2));
    let errors = text(&output.stderr);
    assert!(
        errors.contains(&format!(
            "{}: could not read the inventory: it does not exist",
            missing.display()
        )),
        "{errors}"
    );
    // A workbook whose sheet points at a shared string that is not there.
    let broken = workbook(
        folder.path(),
        "broken.xlsx",
        r#"<sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData>"#,
    );
    let errors = text(&run(&["portfolio", utf8(&broken)]).stderr);
    assert!(
        errors.contains(
            "not a readable Excel workbook (.xlsx): reading the sheet `Interfaces` failed ("
        ),
        "{errors}"
    );
    // Not a zip at all, named .xlsx.
    let fake = write(folder.path(), "fake.xlsx", b"title,counterpart\n");
    let errors = text(&run(&["portfolio", utf8(&fake)]).stderr);
    assert!(
        errors.contains("not a readable Excel workbook (.xlsx): its zip archive could not be read"),
        "{errors}"
    );
    // An output that cannot be written.
    let good = write(
        folder.path(),
        "good.csv",
        b"title,counterpart,direction\nA,Other system,in\n",
    );
    for output in [
        run(&["portfolio", utf8(&good), "-o", utf8(folder.path())]),
        run(&["portfolio", utf8(&good), "-o", utf8(&good)]),
        run(&[
            "portfolio",
            utf8(&good),
            "-o",
            "/nonexistent-folder/out.csv",
        ]),
    ] {
        assert_eq!(output.status.code(), Some(2));
        let errors = text(&output.stderr);
        assert!(!errors.contains("os error"), "{errors}");
    }
    assert!(!errors.contains("os error"), "{errors}");
}

// F. Streaming.

#[test]
fn a_report_of_many_blocks_has_every_row_once_in_order() {
    let folder = tempfile::tempdir().expect("folder");
    // Five blocks of rows and a bit, with a bad row in the middle of the third.
    let rows = integration_advisor::io::inventory::BLOCK_ROWS * 5 + 7;
    let mut csv = String::from("id,title,counterpart,direction,volume\n");
    for index in 0..rows {
        let volume = if index == 5_000 {
            "lots".to_owned()
        } else {
            (100 + index).to_string()
        };
        csv.push_str(&format!("I{index},Row {index},Other system,in,{volume}\n"));
    }
    let path = write(folder.path(), "many.csv", csv.as_bytes());
    let output = run(&["portfolio", utf8(&path), "--format", "json"]);
    assert_eq!(output.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let ids: Vec<&str> = report["interfaces"]
        .as_array()
        .expect("interfaces")
        .iter()
        .map(|i| i["id"].as_str().expect("an id"))
        .collect();
    let expected: Vec<String> = (0..rows)
        .filter(|&i| i != 5_000)
        .map(|i| format!("I{i}"))
        .collect();
    assert_eq!(ids, expected, "every good row once, in order");
    assert_eq!(report["summary"]["interfaces"], rows - 1);
    assert_eq!(report["errors"][0]["row"], 5_002);
    assert_eq!(report["errors_not_listed"], 0);

    let output = run(&["portfolio", utf8(&path), "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.expect("a record")[1].to_owned())
        .collect();
    assert_eq!(ids, expected, "the same rows as CSV");
}

#[test]
fn past_the_listed_bad_cells_the_rest_are_counted() {
    let folder = tempfile::tempdir().expect("folder");
    let listed = integration_advisor::io::inventory::MAX_LISTED_ERRORS;
    let mut csv = String::from("title,counterpart,direction\n");
    for index in 0..listed + 25 {
        csv.push_str(&format!("Row {index},Martian,in\n"));
    }
    csv.push_str("Good,Other system,in\n");
    let path = write(folder.path(), "bad.csv", csv.as_bytes());
    let output = run(&["portfolio", utf8(&path), "--format", "json"]);
    assert_eq!(output.status.code(), Some(2));
    let errors = text(&output.stderr);
    assert_eq!(
        errors
            .lines()
            .filter(|l| l.contains(":counterpart:"))
            .count(),
        listed
    );
    assert!(
        errors.contains("25 more bad cells are not listed (the first 1,000 are)"),
        "{errors}"
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["errors_not_listed"], 25);
    assert_eq!(report["summary"]["interfaces"], 1);
}
