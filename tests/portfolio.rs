//! `portfolio`: inventories in CSV and Excel, bad rows reported by row and column without
//! stopping the others, refusals before reading, inert CSV output, and the summary's counts.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use integration_advisor::bundled::catalogue;
use integration_advisor::io::inventory::{MAX_INVENTORY_BYTES, read_inventory};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_integration-advisor"))
        .args(args)
        .output()
        .expect("runs")
}

fn sample(extension: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("inventories/sample-programme.{extension}"))
}

fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, text).expect("written");
    path
}

#[test]
fn the_bundled_sample_reads_the_same_from_csv_and_from_excel() {
    let csv = run(&["portfolio", sample("csv").to_str().expect("utf-8")]);
    let xlsx = run(&["portfolio", sample("xlsx").to_str().expect("utf-8")]);
    assert_eq!(
        String::from_utf8_lossy(&csv.stdout),
        String::from_utf8_lossy(&xlsx.stdout),
        "one programme, two file types"
    );
    // The sample records one decision that differs from the advice: exit 1, as `check`.
    assert_eq!(
        csv.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&csv.stderr)
    );
    assert_eq!(xlsx.status.code(), Some(1));
    let text = String::from_utf8_lossy(&csv.stdout);
    assert!(text.contains("62 interfaces"), "{text}");
    assert!(
        text.contains("1 recorded decision differs from the advice"),
        "{text}"
    );
}

#[test]
fn spreadsheet_words_and_file_spellings_give_the_same_interface() {
    let folder = tempfile::tempdir().expect("folder");
    let words = write(
        folder.path(),
        "words.csv",
        "Name,System,Direction,Started by,Exchange,Real time,Volume,Frequency,Deployment,Error feedback\n\
         Orders,Dynamics 365 Sales,into F&O,the other side,records,no,20k,every 30 minutes,on-premises,later\n",
    );
    let spelled = write(
        folder.path(),
        "spelled.csv",
        "title,counterpart,direction,initiator,exchange,real_time,peak_records_per_hour,frequency,deployment,error_feedback\n\
         Orders,Dynamics365App(Sales),Inbound,Counterpart,Records,false,Some(20000),Every(minutes: 30),OnPremises,Deferred\n",
    );
    let a = read_inventory(&words, None, catalogue()).expect("reads");
    let b = read_inventory(&spelled, None, catalogue()).expect("reads");
    assert!(
        a.errors.is_empty() && b.errors.is_empty(),
        "{:?} {:?}",
        a.errors,
        b.errors
    );
    assert_eq!(a.interfaces[0].scenario, b.interfaces[0].scenario);
}

#[test]
fn a_bad_cell_names_file_row_and_column_and_the_other_rows_go_on() {
    let folder = tempfile::tempdir().expect("folder");
    let path = write(
        folder.path(),
        "bad.csv",
        "title,counterpart,direction,frequency,volume\n\
         Good one,Other system,in,daily,1000\n\
         Martian,Martian,in,daily,1000\n\
         Bad volume,Other system,out,hourly,lots\n\
         Good two,Other system,out,hourly,20k\n",
    );
    let output = run(&["portfolio", path.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(2), "bad rows exit 2");
    let errors = String::from_utf8_lossy(&output.stderr);
    let file = path.display();
    assert!(
        errors.contains(&format!(
            "{file}:3:counterpart: unknown value `Martian` for Counterpart; expected one of: \
             OtherSystem, Dynamics365App, ExcelUsers, Reporting"
        )),
        "{errors}"
    );
    assert!(
        errors.contains(&format!(
            "{file}:4:volume: expected a number of records per hour (such as 200,000, 20k or \
             1.5m) or unknown, found \"lots\""
        )),
        "{errors}"
    );
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        report.contains("Good one") && report.contains("Good two"),
        "{report}"
    );
    assert!(
        report.contains("2 interfaces"),
        "only the good rows: {report}"
    );
}

#[test]
fn a_workbook_made_in_the_test_is_read_from_its_cached_values() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("made.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Interfaces").expect("named");
    for (column, header) in ["title", "counterpart", "direction", "peak per hour"]
        .iter()
        .enumerate()
    {
        sheet
            .write_string(0, u16::try_from(column).expect("small"), *header)
            .expect("written");
    }
    sheet.write_string(1, 0, "Nightly prices").expect("written");
    sheet.write_string(1, 1, "Other system").expect("written");
    sheet.write_string(1, 2, "Out of F&O").expect("written");
    // A formula: only its cached result is read, never evaluated.
    sheet
        .write_formula(
            1,
            3,
            rust_xlsxwriter::Formula::new("=1000*300").set_result("300000"),
        )
        .expect("written");
    workbook.save(&path).expect("saved");
    let inventory = read_inventory(&path, None, catalogue()).expect("reads");
    assert!(inventory.errors.is_empty(), "{:?}", inventory.errors);
    assert_eq!(
        inventory.interfaces[0]
            .scenario
            .requirements
            .peak_records_per_hour,
        Some(300_000)
    );
    let missing =
        read_inventory(&path, Some("Other sheet"), catalogue()).expect_err("no such sheet");
    assert!(
        missing.to_string().contains("its sheets: Interfaces"),
        "{missing}"
    );
}

#[test]
fn too_large_files_and_zip_bombs_are_refused_before_they_are_read() {
    let folder = tempfile::tempdir().expect("folder");
    let large = folder.path().join("large.csv");
    let file = std::fs::File::create(&large).expect("created");
    file.set_len(MAX_INVENTORY_BYTES + 1).expect("sized");
    let error = read_inventory(&large, None, catalogue()).expect_err("refused");
    assert!(
        error.to_string().contains("more than the 64 MiB"),
        "{error}"
    );

    // A workbook whose one entry unzips to 600 MiB of zeros (it compresses to about 600 KB).
    let bomb = folder.path().join("bomb.xlsx");
    {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&bomb).expect("created"));
        zip.start_file(
            "xl/worksheets/sheet1.xml",
            zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .large_file(true),
        )
        .expect("entry");
        let zeros = vec![0_u8; 1024 * 1024];
        for _ in 0..600 {
            std::io::Write::write_all(&mut zip, &zeros).expect("written");
        }
        zip.finish().expect("closed");
    }
    let error = read_inventory(&bomb, None, catalogue()).expect_err("refused");
    assert!(error.to_string().contains("would unzip to"), "{error}");
}

#[test]
fn csv_output_writes_formulas_as_text() {
    let folder = tempfile::tempdir().expect("folder");
    let path = write(
        folder.path(),
        "hostile.csv",
        "title,counterpart,direction\n\
         \"=HYPERLINK(\"\"http://attacker.example\"\",\"\"click\"\")\",Other system,in\n\
         @SUM(A1),Other system,in\n",
    );
    let output = run(&[
        "portfolio",
        path.to_str().expect("utf-8"),
        "--format",
        "csv",
    ]);
    let text = String::from_utf8_lossy(&output.stdout);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let titles: Vec<String> = reader
        .records()
        .map(|r| r.expect("a record")[2].to_owned())
        .collect();
    assert_eq!(
        titles,
        [
            "'=HYPERLINK(\"http://attacker.example\",\"click\")",
            "'@SUM(A1)"
        ],
        "shown as text by a spreadsheet"
    );
}

#[test]
fn the_summary_counts_outcomes_patterns_conflicts_and_drift() {
    let folder = tempfile::tempdir().expect("folder");
    let path = write(
        folder.path(),
        "counted.csv",
        "title,counterpart,direction,real_time,volume,frequency,error_feedback,copy_wanted,decided_pattern\n\
         A,Dynamics 365 Sales,both ways,yes,,ad hoc,at once,yes,dual-write\n\
         B,Dynamics 365 Sales,both ways,yes,,ad hoc,at once,yes,\n\
         C,Other system,in,yes,2m,ad hoc,at once,,\n\
         D,Other system,in,no,,once,later,,odata\n",
    );
    let output = run(&[
        "portfolio",
        path.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let summary = &report["summary"];
    assert_eq!(summary["interfaces"], 4);
    assert_eq!(summary["per_pattern"]["dual-write"], 2, "{summary}");
    assert_eq!(summary["with_conflicts"], 1, "real time at bulk: {summary}");
    assert_eq!(
        summary["drifted"], 1,
        "a one-off load decided as OData: {summary}"
    );
    let outcomes: u64 = ["clear", "tie", "no-fit", "none"]
        .iter()
        .map(|o| summary["per_outcome"][o].as_u64().expect("a count"))
        .sum();
    assert_eq!(outcomes, 4, "every interface has one outcome");
    assert_eq!(output.status.code(), Some(1), "drift exits 1");
}

mod arbitrary_bytes {
    use integration_advisor::bundled::catalogue;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn any_bytes_as_an_inventory_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let folder = tempfile::tempdir().expect("folder");
            let path = folder.path().join("any.csv");
            std::fs::write(&path, &bytes).expect("written");
            let _ignored = integration_advisor::io::inventory::read_inventory(&path, None, catalogue());
            // And as a header followed by the bytes, so that rows are parsed too.
            let mut with_header = b"title,counterpart,direction,volume,frequency\n".to_vec();
            with_header.extend_from_slice(&bytes);
            std::fs::write(&path, &with_header).expect("written");
            let _ignored = integration_advisor::io::inventory::read_inventory(&path, None, catalogue());
        }
    }
}

#[test]
fn the_json_summary_keys_ties_by_joined_ids_and_outcomes_by_label() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("inventories/sample-programme.csv");
    let output = run(&[
        "portfolio",
        sample.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let summary = &report["summary"];
    let outcomes: Vec<&str> = summary["per_outcome"]
        .as_object()
        .expect("a map")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        outcomes,
        ["clear", "no-fit", "none", "open", "tie"],
        "every outcome, by its label"
    );
    let ties = summary["per_tie"].as_object().expect("a map");
    assert!(!ties.is_empty(), "the sample has ties: {summary}");
    let ids = integration_advisor::bundled::pattern_ids();
    for (key, count) in ties {
        let tied: Vec<&str> = key.split('|').collect();
        assert!(tied.len() >= 2, "{key}: two patterns or more");
        assert!(
            tied.iter().all(|id| ids.iter().any(|known| known == id)),
            "{key}: pattern ids"
        );
        assert!(count.as_u64().is_some_and(|n| n > 0), "{key}: {count}");
    }
    let tie_total: u64 = ties.values().filter_map(serde_json::Value::as_u64).sum();
    assert_eq!(Some(tie_total), summary["per_outcome"]["tie"].as_u64());
}
