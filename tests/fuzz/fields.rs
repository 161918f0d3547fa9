//! Field-level mutations: each gives one field of a canonical scenario a value from that
//! field's table (most valid, some not) or inserts an optional field, so that a good share of
//! the generated files is valid and the round trip is reached, unlike with byte noise.

use std::path::Path;

use integration_advisor::bundled;
use integration_advisor::io::{parse_str, to_canonical_string};
use proptest::prelude::*;
use proptest::sample::Index;

/// Values for each field, as RON text: valid ones first, then broken ones.
const VALUES: &[(&str, &[&str])] = &[
    ("format", &["1", "1", "2", "0"]),
    (
        "title",
        &[
            "\"Orders 受注 🚚\"",
            "\"Quotes \\\"here\\\" and a \\\\ backslash\"",
            "\"x\"",
            "r#\"Raw \"title\"\"#",
            "\"\"",
            "\"Tab\\tin title\"",
            "\"Override\\u{202e}gnp.exe\"",
        ],
    ),
    (
        "context",
        &[
            "\"\"",
            "\"Two lines\\nand a\\ttab\"",
            "\"Düsseldorf 倉庫 שרה\"",
            "r\"raw text\"",
            "\"continued \\\n        line\"",
            "\"esc\\u{1b}[31m\"",
            "\"cr\\r\"",
        ],
    ),
    (
        "counterpart",
        &[
            "OtherSystem",
            "Dynamics365App(Sales)",
            "Dynamics365App(ProjectOperations)",
            "ExcelUsers",
            "Reporting",
            "Martian",
            "Dynamics365App(Finance)",
        ],
    ),
    (
        "direction",
        &["Inbound", "Outbound", "Bidirectional", "Sideways"],
    ),
    ("initiator", &["Counterpart", "FinOps", "Nobody"]),
    ("exchange", &["Records", "Action", "Calculation", "Files"]),
    ("real_time", &["true", "false", "True", "\"yes\""]),
    ("incremental", &["true", "false", "1"]),
    (
        "peak_records_per_hour",
        &[
            "None",
            "Some(0)",
            "Some(200000)",
            "Some(1000000000000)",
            "Some(1000000000001)",
            "Some(-5)",
            "200000",
        ],
    ),
    (
        "frequency",
        &[
            "AdHoc",
            "Once",
            "Every(minutes: 1)",
            "Every(minutes: 60)",
            "Every(minutes: 525600)",
            "Every(minutes: 0)",
            "Every(5)",
            "Weekly",
        ],
    ),
    ("deployment", &["Cloud", "OnPremises", "Hybrid"]),
    ("error_feedback", &["Immediate", "Deferred", "Later"]),
    (
        "endpoint_tls12",
        &["None", "Some(true)", "Some(false)", "false"],
    ),
    (
        "copy_wanted",
        &["None", "Some(true)", "Some(false)", "null"],
    ),
    ("low_code", &["None", "Some(true)", "Some(false)"]),
    (
        "schedule_owner",
        &["None", "Some(FinOps)", "Some(Counterpart)", "Some(Martian)"],
    ),
    (
        "payload",
        &[
            "None",
            "Some(Files)",
            "Some(Packages)",
            "Some(Documents)",
            "Some(Fax)",
        ],
    ),
    (
        "not_known",
        &["[]", "[RealTime]", "[Frequency, ErrorFeedback]", "[Volume]"],
    ),
    ("decision", &["None", "None", "Decision()"]),
    (
        "status",
        &["Proposed", "Accepted", "Rejected", "Superseded", "Approved"],
    ),
    (
        "pattern",
        &[
            "\"odata\"",
            "\"excel\"",
            "\"dual-write\"",
            "\"business-events\"",
            "\"ftp\"",
            "\"OData\"",
        ],
    ),
    (
        "rationale",
        &[
            "\"\"",
            "\"Because\\nof the volume\"",
            "\"Nobody waits 🕐\"",
            "\"bell\\u{7}\"",
        ],
    ),
    (
        "date",
        &[
            "\"2024-02-29\"",
            "\"2026-11-22\"",
            "\"1999-12-31\"",
            "\"2026-02-30\"",
            "\"22/11/2026\"",
        ],
    ),
    (
        "supersedes",
        &["None", "Some(\"decisions/old.ron\")", "Some(\"a\\u{7}b\")"],
    ),
    (
        "catalogue_version",
        &["None", "Some(1)", "Some(4294967295)", "Some(4294967296)"],
    ),
    // An item of decided_by, written alone on its line.
    (
        "person",
        &[
            "\"Ana\"",
            "\"שרה\"",
            "\"Ana \\\"A\\\" Architect\"",
            "\"Bell\\u{7}\"",
            "\"Tab\\tName\"",
            "42",
        ],
    ),
];

/// Optional fields to insert into `Requirements(`, most of them valid.
const INSERTS: &[&str] = &[
    "        copy_wanted: Some(true),",
    "        schedule_owner: Some(FinOps),",
    "        payload: Some(Documents),",
    "        low_code: Some(false),",
    "        not_known: [ErrorFeedback, RealTime, RealTime],",
    "        payload: Some(Fax),",
];

/// One change to a scenario's text.
#[derive(Debug, Clone)]
pub enum FieldEdit {
    /// Gives one field (picked among those on the page) one value of its table.
    Replace { line: Index, value: Index },
    /// Inserts an optional field after `error_feedback`.
    Insert { which: Index },
}

/// Any field edit.
pub fn field_edit() -> impl Strategy<Value = FieldEdit> {
    prop_oneof![
        4 => (any::<Index>(), any::<Index>()).prop_map(|(line, value)| FieldEdit::Replace { line, value }),
        1 => any::<Index>().prop_map(|which| FieldEdit::Insert { which }),
    ]
}

/// The field a line sets and the values it may get: `(field, index of the value's start)`.
fn editable(line: &str) -> Option<(&'static [&'static str], usize)> {
    let indent = line.len() - line.trim_start().len();
    let rest = line.trim_start();
    if rest.starts_with('"') || rest.starts_with("42") {
        return table("person").map(|values| (values, indent));
    }
    let (name, value) = rest.split_once(": ")?;
    // Values that open a bracket on this line and close it on another are left alone.
    if value.ends_with('(') || value.ends_with('[') {
        return None;
    }
    table(name).map(|values| (values, indent + name.len() + 2))
}

fn table(name: &str) -> Option<&'static [&'static str]> {
    VALUES
        .iter()
        .find(|(field, _)| *field == name)
        .map(|(_, values)| *values)
}

impl FieldEdit {
    /// `text` with this edit made.
    pub fn apply(&self, text: &str) -> String {
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        match self {
            Self::Replace { line, value } => {
                let candidates: Vec<usize> = (0..lines.len())
                    .filter(|&i| editable(&lines[i]).is_some())
                    .collect();
                if candidates.is_empty() {
                    return text.to_owned();
                }
                let index = *line.get(&candidates);
                if let Some((values, start)) = editable(&lines[index]) {
                    let new = value.get(values);
                    lines[index] = format!("{}{new},", &lines[index][..start]);
                }
            }
            Self::Insert { which } => {
                if let Some(at) = lines.iter().position(|l| l.contains("error_feedback:")) {
                    lines.insert(at + 1, (*which.get(INSERTS)).to_owned());
                }
            }
        }
        let mut out = lines.join("\n");
        out.push('\n');
        out
    }
}

/// The canonical text of every valid file the byte-level mutations start from.
pub fn canonical_seeds() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for folder in ["scenarios", "tests/fixtures/format-1"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(folder))
            .expect("readable")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("readable");
            let scenario = parse_str(&text, bundled::pattern_ids()).expect("a valid seed");
            texts.push(to_canonical_string(&scenario));
        }
    }
    texts
}
