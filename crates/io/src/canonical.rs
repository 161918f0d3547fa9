//! The canonical text of a scenario file, format 1.
//!
//! Struct names written, `\n` line endings, four-space indent, one field per line in a fixed
//! order, `Every(minutes: 5)` on one line, non-ASCII text written as itself. One changed answer
//! is one changed line in a diff.
//!
//! The layout is fixed by the format, so it is written directly rather than through a
//! generic pretty-printer, which cannot keep `Every(minutes: N)` on one line.

use advisor_core::field::{Answer, LATER};
use advisor_core::model::{Decision, Frequency, Scenario};

use super::format_v1::CURRENT_FORMAT;

/// The canonical file text of `scenario`.
pub fn to_canonical_string(scenario: &Scenario) -> String {
    let r = &scenario.requirements;
    let mut out = String::with_capacity(1024);
    // Writing to a String cannot fail; the results are ignored on purpose.
    push_line!(out, "Scenario(");
    push_line!(out, "    format: {CURRENT_FORMAT},");
    push_line!(out, "    title: {},", quote(&scenario.title));
    push_line!(out, "    context: {},", quote(&scenario.context));
    push_line!(out, "    requirements: Requirements(");
    push_line!(out, "        counterpart: {},", variant(&r.counterpart));
    push_line!(out, "        direction: {},", variant(&r.direction));
    push_line!(out, "        initiator: {},", variant(&r.initiator));
    push_line!(out, "        exchange: {},", variant(&r.exchange));
    push_line!(out, "        real_time: {},", r.real_time);
    push_line!(
        out,
        "        peak_records_per_hour: {},",
        option(r.peak_records_per_hour.map(|v| v.to_string()))
    );
    push_line!(out, "        frequency: {},", frequency(r.frequency));
    push_line!(out, "        deployment: {},", variant(&r.deployment));
    push_line!(
        out,
        "        error_feedback: {},",
        variant(&r.error_feedback)
    );
    push_line!(out, "        incremental: {},", r.incremental);
    push_line!(
        out,
        "        endpoint_tls12: {},",
        option(r.endpoint_tls12.map(|v| v.to_string()))
    );
    // The questions added to format 1 later are written only once answered, so that files
    // written before them stay canonical as they are.
    for later in &LATER {
        if let Some(choice) = later.choice(r) {
            push_line!(
                out,
                "        {}: Some({}),",
                later.field.name(),
                choice.name
            );
        }
    }
    if !r.not_known.is_empty() {
        let open: Vec<String> = r.not_known.iter().map(variant).collect();
        push_line!(out, "        not_known: [{}],", open.join(", "));
    }
    push_line!(out, "    ),");
    match &scenario.decision {
        None => {
            push_line!(out, "    decision: None,");
        }
        Some(decision) => write_decision(&mut out, decision),
    }
    push_line!(out, ")");
    out
}

fn write_decision(out: &mut String, decision: &Decision) {
    push_line!(out, "    decision: Some(Decision(");
    push_line!(out, "        status: {},", variant(&decision.status));
    push_line!(out, "        pattern: {},", quote(&decision.pattern));
    push_line!(out, "        rationale: {},", quote(&decision.rationale));
    if decision.decided_by.is_empty() {
        push_line!(out, "        decided_by: [],");
    } else {
        push_line!(out, "        decided_by: [");
        for person in &decision.decided_by {
            push_line!(out, "            {},", quote(person));
        }
        push_line!(out, "        ],");
    }
    push_line!(out, "        date: {},", quote(&decision.date));
    // Added to format 1 later: written only when set, so older files stay canonical.
    if let Some(previous) = &decision.supersedes {
        push_line!(out, "        supersedes: Some({}),", quote(previous));
    }
    if let Some(version) = decision.catalogue_version {
        push_line!(out, "        catalogue_version: Some({version}),");
    }
    push_line!(out, "    )),");
}

/// An answer as the file writes it: `Some(FinOps)`, `Every(minutes: 60)`, `true`,
/// `[RealTime, ErrorFeedback]`; what a flip, a settler and a diff show.
pub fn answer_text(answer: &Answer) -> String {
    match answer {
        Answer::Counterpart(value) => variant(value),
        Answer::Direction(value) => variant(value),
        Answer::Initiator(value) => variant(value),
        Answer::Exchange(value) => variant(value),
        Answer::Deployment(value) => variant(value),
        Answer::ErrorFeedback(value) => variant(value),
        Answer::RealTime(value) | Answer::Incremental(value) => value.to_string(),
        Answer::PeakRecordsPerHour(value) => option(value.map(|v| v.to_string())),
        Answer::Frequency(value) => frequency(*value),
        Answer::EndpointTls12(value) => option(value.map(|v| v.to_string())),
        Answer::Later { .. } => option(
            answer
                .later_choice()
                .and_then(|(_, choice)| choice)
                .map(|choice| choice.name.to_owned()),
        ),
        Answer::NotKnown(open) => {
            let open: Vec<String> = open.iter().map(variant).collect();
            format!("[{}]", open.join(", "))
        }
    }
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
                push_text!(out, "\\u{{{:x}}}", u32::from(c));
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
