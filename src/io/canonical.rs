//! The canonical text of a scenario file, format 1: struct names written, `\n` line endings,
//! four-space indent, one field per line in a fixed order, `Every(minutes: 5)` on one line,
//! non-ASCII text written as itself. One changed answer is one changed line in a diff.
//!
//! The layout is fixed by the format, so it is written directly rather than through a
//! generic pretty-printer, which cannot keep `Every(minutes: N)` on one line.

use std::fmt::Write as _;

use crate::core::model::{Decision, Frequency, Scenario};

use super::format_v1::CURRENT_FORMAT;

/// The canonical file text of `scenario`.
pub fn to_canonical_string(scenario: &Scenario) -> String {
    let r = &scenario.requirements;
    let mut out = String::with_capacity(1024);
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(out, "Scenario(");
    let _ = writeln!(out, "    format: {CURRENT_FORMAT},");
    let _ = writeln!(out, "    title: {},", quote(&scenario.title));
    let _ = writeln!(out, "    context: {},", quote(&scenario.context));
    let _ = writeln!(out, "    requirements: Requirements(");
    let _ = writeln!(out, "        counterpart: {},", variant(&r.counterpart));
    let _ = writeln!(out, "        direction: {},", variant(&r.direction));
    let _ = writeln!(out, "        initiator: {},", variant(&r.initiator));
    let _ = writeln!(out, "        exchange: {},", variant(&r.exchange));
    let _ = writeln!(out, "        real_time: {},", r.real_time);
    let _ = writeln!(
        out,
        "        peak_records_per_hour: {},",
        option(r.peak_records_per_hour.map(|v| v.to_string()))
    );
    let _ = writeln!(out, "        frequency: {},", frequency(r.frequency));
    let _ = writeln!(out, "        deployment: {},", variant(&r.deployment));
    let _ = writeln!(
        out,
        "        error_feedback: {},",
        variant(&r.error_feedback)
    );
    let _ = writeln!(out, "        incremental: {},", r.incremental);
    let _ = writeln!(
        out,
        "        endpoint_tls12: {},",
        option(r.endpoint_tls12.map(|v| v.to_string()))
    );
    // The questions added to format 1 later are written only once answered, so that files
    // written before them stay canonical as they are.
    if let Some(copy) = r.copy_wanted {
        let _ = writeln!(out, "        copy_wanted: Some({copy}),");
    }
    if let Some(owner) = &r.schedule_owner {
        let _ = writeln!(out, "        schedule_owner: Some({}),", variant(owner));
    }
    if let Some(payload) = &r.payload {
        let _ = writeln!(out, "        payload: Some({}),", variant(payload));
    }
    if let Some(low_code) = r.low_code {
        let _ = writeln!(out, "        low_code: Some({low_code}),");
    }
    if !r.not_known.is_empty() {
        let open: Vec<String> = r.not_known.iter().map(variant).collect();
        let _ = writeln!(out, "        not_known: [{}],", open.join(", "));
    }
    let _ = writeln!(out, "    ),");
    match &scenario.decision {
        None => {
            let _ = writeln!(out, "    decision: None,");
        }
        Some(decision) => write_decision(&mut out, decision),
    }
    let _ = writeln!(out, ")");
    out
}

fn write_decision(out: &mut String, decision: &Decision) {
    let _ = writeln!(out, "    decision: Some(Decision(");
    let _ = writeln!(out, "        status: {},", variant(&decision.status));
    let _ = writeln!(out, "        pattern: {},", quote(&decision.pattern));
    let _ = writeln!(out, "        rationale: {},", quote(&decision.rationale));
    if decision.decided_by.is_empty() {
        let _ = writeln!(out, "        decided_by: [],");
    } else {
        let _ = writeln!(out, "        decided_by: [");
        for person in &decision.decided_by {
            let _ = writeln!(out, "            {},", quote(person));
        }
        let _ = writeln!(out, "        ],");
    }
    let _ = writeln!(out, "        date: {},", quote(&decision.date));
    // Added to format 1 later: written only when set, so older files stay canonical.
    if let Some(previous) = &decision.supersedes {
        let _ = writeln!(out, "        supersedes: Some({}),", quote(previous));
    }
    if let Some(version) = decision.catalogue_version {
        let _ = writeln!(out, "        catalogue_version: Some({version}),");
    }
    let _ = writeln!(out, "    )),");
}

fn option(value: Option<String>) -> String {
    match value {
        Some(value) => format!("Some({value})"),
        None => "None".to_owned(),
    }
}

/// A RON string literal that keeps non-ASCII text as itself and escapes only what RON needs:
/// quotes, backslashes and control characters.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The RON spelling of a plain enum value (`Inbound`, `Dynamics365App(Sales)`): the serde
/// names are the format's names, so ron writes them exactly as the loader reads them.
fn variant<T: serde::Serialize>(value: &T) -> String {
    // Serialising a unit or newtype enum to a String cannot fail.
    ron::to_string(value).unwrap_or_default()
}

fn frequency(value: Frequency) -> String {
    match value {
        Frequency::Every { minutes } => format!("Every(minutes: {minutes})"),
        other => variant(&other),
    }
}
