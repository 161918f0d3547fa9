//! The exhaustive test: every combination of the format's answers (each value of every
//! choice, volumes and schedules on both sides of the thresholds, 69,120 scenarios), the
//! separating questions over a smaller grid, and every remaining value (the seven
//! model-driven apps, TLS known to be offered, shared edits, every set of open answers) over
//! samples, checked against invariants an architect would defend.

use std::collections::BTreeSet;

use integration_advisor::bundled;
use integration_advisor::core::evaluate;
use integration_advisor::core::evaluation::{Effect, Evaluation, Fit, Outcome};
use integration_advisor::core::explain::{leader_prerequisites, leading_reason};
use integration_advisor::core::input_space::for_each_base;
use integration_advisor::core::model::{
    Counterpart, Direction, Frequency, Initiator, Payload, Requirements, Scenario,
};
use integration_advisor::core::rules::NoteId;
use integration_advisor::core::rules::RuleId;
use integration_advisor::core::sources;

const EVENTS: [&str; 2] = ["business-events", "data-events"];

fn scenario(requirements: &Requirements) -> Scenario {
    Scenario {
        title: "input space".to_owned(),
        context: String::new(),
        requirements: requirements.clone(),
        decision: None,
    }
}

/// Every invariant, for one scenario; returns the first broken one as a message.
fn check(r: &Requirements, e: &Evaluation) -> Result<(), String> {
    check_outcome(e)?;
    // Every outcome says why in one sentence: a programme report shows it as the row's
    // reason, and a no-fit row with an empty reason tells an architect nothing.
    if leading_reason(e).is_none_or(str::is_empty) {
        return Err(format!("no leading reason for outcome {:?}", e.outcome));
    }
    check_documented_rules(r, e)?;
    check_words(e)
}

/// The outcome agrees with the ranking: a clear leader leads, a tie is close, no fit is said.
fn check_outcome(e: &Evaluation) -> Result<(), String> {
    let catalogue = bundled::catalogue();
    let margin = i64::try_from(catalogue.parameters.tie_margin.value).unwrap_or(0);
    let top = &e.ranking[0];
    let favoured = |id: &str| {
        e.result(id).is_some_and(|p| {
            p.reasons
                .iter()
                .any(|x| matches!(x.effect, Effect::Favours(_)))
        })
    };
    let open: Vec<_> = e
        .ranking
        .iter()
        .filter(|p| p.fit != Fit::Excluded)
        .collect();
    match e.outcome {
        Outcome::None => {
            if !open.is_empty() {
                return Err("outcome none with a pattern not excluded".into());
            }
        }
        Outcome::Clear => {
            if !favoured(&top.pattern) || top.score <= 0 {
                return Err(format!(
                    "clear leader {} has nothing in its favour",
                    top.pattern
                ));
            }
            if open
                .iter()
                .skip(1)
                .any(|p| top.score - p.score <= margin && favoured(&p.pattern) && !other_kind(p))
            {
                return Err(format!(
                    "clear leader {} is not ahead by more than the margin",
                    top.pattern
                ));
            }
            if !e.tied.is_empty() {
                return Err("clear outcome lists tied patterns".into());
            }
        }
        Outcome::Tie => {
            if e.tied.len() < 2 || e.tied[0] != top.pattern {
                return Err(format!(
                    "tie lists {:?} with leader {}",
                    e.tied, top.pattern
                ));
            }
            for id in &e.tied {
                let p = e.result(id).ok_or("tied pattern not ranked")?;
                if !favoured(id) || top.score - p.score > margin {
                    return Err(format!(
                        "{id} is listed as tied but is not within the margin"
                    ));
                }
            }
        }
        Outcome::Open => {
            if e.pending.is_empty() {
                return Err("open outcome without the questions it waits for".into());
            }
        }
        Outcome::NoFit => {
            if favoured(&top.pattern) && top.score > 0 && !other_kind(top) {
                return Err(format!(
                    "no-fit although {} has a positive case",
                    top.pattern
                ));
            }
        }
    }
    if e.outcome != Outcome::None && e.recommended.as_deref() != Some(top.pattern.as_str()) {
        return Err("recommended is not the top of the ranking".into());
    }
    Ok(())
}

/// Whether a ranked pattern does another kind of exchange than the answers describe.
fn other_kind(p: &integration_advisor::core::evaluation::PatternResult) -> bool {
    integration_advisor::core::engine::is_other_kind(p)
}

/// What the documentation says holds whatever else was answered.
fn check_documented_rules(r: &Requirements, e: &Evaluation) -> Result<(), String> {
    let catalogue = bundled::catalogue();
    let top = &e.ranking[0];
    let leads = |id: &str| {
        (e.outcome == Outcome::Clear && e.recommended.as_deref() == Some(id))
            || e.tied.iter().any(|t| t == id)
    };
    // A two-way exchange on a schedule with another system is an export and an import: never
    // Excel, and OData only where the caller must learn each call's outcome at once.
    // (An action or a calculation runs per call, whatever the schedule.)
    if r.counterpart == Counterpart::OtherSystem && r.two_one_way_flows() {
        let answers_needed = r.error_feedback
            == integration_advisor::core::model::ErrorFeedback::Immediate
            || r.exchange != integration_advisor::core::model::Exchange::Records;
        for id in ["odata", "excel"] {
            if (id == "excel" || !answers_needed) && e.recommended.as_deref() == Some(id) {
                return Err(format!(
                    "two one-way flows with another system headline {id}"
                ));
            }
        }
        if !e.warnings.iter().any(|w| w.rule == NoteId::TwoOneWayFlows) {
            return Err("two one-way flows without the advice to split them".into());
        }
    }
    // Events are notifications, not a way to export data.
    if r.initiator == Initiator::FinOps && r.direction == Direction::Outbound {
        let bulk = r
            .peak_records_per_hour
            .is_some_and(|v| v >= catalogue.parameters.bulk_threshold_records_per_hour.value);
        let scheduled = r.frequency != Frequency::AdHoc;
        if (bulk || scheduled) && EVENTS.iter().any(|id| leads(id)) {
            return Err("an F&O-started scheduled or bulk export leads with events".into());
        }
    }
    // Every endpoint F&O calls needs TLS 1.2.
    if r.initiator == Initiator::FinOps
        && r.endpoint_tls12 == Some(false)
        && !e.warnings.iter().any(|w| w.rule == NoteId::TlsEndpoint)
    {
        return Err("F&O calls an endpoint without TLS 1.2 and no warning says so".into());
    }
    // A one-off load from another system or an app goes to the package API.
    // (Formatted documents and low-code flows have patterns of their own; real time with a
    // single load is a conflict the warnings name.)
    if r.frequency == Frequency::Once
        && !r.real_time
        && r.exchange == integration_advisor::core::model::Exchange::Records
        && r.initiator == Initiator::Counterpart
        && r.payload != Some(Payload::Documents)
        && r.low_code != Some(true)
        && matches!(
            r.counterpart,
            Counterpart::OtherSystem | Counterpart::Dynamics365App(_)
        )
        && e.outcome == Outcome::Clear
        && e.recommended.as_deref() != Some("package-rest-api")
    {
        return Err(format!("a one-off load headlines {:?}", e.recommended));
    }
    // Against a hard requirement only with a warning that says so.
    if matches!(e.outcome, Outcome::Clear | Outcome::Tie) {
        let strong = catalogue.parameters.weight_strong.value;
        let against_hard = top.reasons.iter().any(|x| {
            matches!(x.effect, Effect::CountsAgainst(w) if w >= strong)
                && matches!(x.rule, RuleId::RealTime | RuleId::ErrorFeedback)
        });
        if against_hard && e.warnings.is_empty() {
            return Err(format!(
                "{} leads against a real-time or feedback requirement with no warning",
                top.pattern
            ));
        }
    }
    Ok(())
}

/// The words: no sentence twice in one output, only citable sources, no program-speak.
fn check_words(e: &Evaluation) -> Result<(), String> {
    // The words: no sentence twice in one output, only citable sources, no program-speak.
    let mut seen = BTreeSet::new();
    let texts = e
        .ranking
        .iter()
        .flat_map(|p| p.reasons.iter().map(|x| (&x.text, &*x.source)))
        .chain(e.warnings.iter().map(|w| (&w.text, w.source.as_str())))
        .chain(
            leader_prerequisites(e)
                .into_iter()
                .flat_map(|(_, notes)| notes.into_iter().map(|n| (&n.text, n.source.as_str()))),
        );
    for (text, source) in texts {
        if !source.is_empty() && !sources::is_citable(source) {
            return Err(format!("uncitable source {source}"));
        }
        let lower = text.to_lowercase();
        if lower.contains("seed") || text.contains(".txt") || text.contains("favours +") {
            return Err(format!("program-speak in {text:?}"));
        }
        for sentence in text.split_inclusive(". ") {
            let sentence = sentence.trim();
            if sentence.len() > 20 && !seen.insert(sentence.to_owned()) {
                return Err(format!("repeated sentence {sentence:?}"));
            }
        }
    }
    Ok(())
}

#[test]
fn every_combination_of_answers_keeps_the_invariants() {
    let catalogue = bundled::catalogue();
    let mut count = 0_u32;
    let mut failures: Vec<String> = Vec::new();
    for_each_base(|r| {
        count += 1;
        let e = evaluate(&scenario(r), catalogue);
        if let Err(message) = check(r, &e)
            && failures.len() < 10
        {
            failures.push(format!("{message}\n    in {r:?}"));
        }
    });
    assert_eq!(count, 69_120);
    assert!(
        failures.is_empty(),
        "{} broken invariants, first ones:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_separating_questions_keep_the_invariants_too() {
    let catalogue = bundled::catalogue();
    let mut failures: Vec<String> = Vec::new();
    let mut count = 0_u32;
    for_each_base(|base| {
        // Every 48th base scenario, with every answer of the four separating questions.
        count += 1;
        if !count.is_multiple_of(48) {
            return;
        }
        for copy_wanted in [None, Some(true), Some(false)] {
            for schedule_owner in [None, Some(Initiator::FinOps), Some(Initiator::Counterpart)] {
                for payload in [
                    None,
                    Some(Payload::Files),
                    Some(Payload::Packages),
                    Some(Payload::Documents),
                ] {
                    for low_code in [None, Some(true), Some(false)] {
                        let mut r = base.clone();
                        r.copy_wanted = copy_wanted;
                        r.schedule_owner = schedule_owner;
                        r.payload = payload;
                        r.low_code = low_code;
                        let e = evaluate(&scenario(&r), catalogue);
                        if let Err(message) = check(&r, &e)
                            && failures.len() < 10
                        {
                            failures.push(format!("{message}\n    in {r:?}"));
                        }
                    }
                }
            }
        }
    });
    assert!(
        failures.is_empty(),
        "broken invariants, first ones:\n{}",
        failures.join("\n")
    );
}

/// Every value the grids above leave out, each tried over a sample of the base scenarios:
/// the seven model-driven apps, an endpoint known to offer TLS 1.2, both answers on shared
/// edits, and every set of open answers. Each keeps the invariants, and what the value means
/// shows: no TLS caution for an endpoint known to offer TLS 1.2; the same records edited on
/// both sides of a two-way exchange are named as such; open answers either leave the result
/// open or say that none of them changes it.
#[test]
fn every_value_of_every_answer_keeps_the_invariants() {
    use integration_advisor::core::model::{ModelDrivenApp, OpenQuestion};
    let catalogue = bundled::catalogue();
    let mut failures: Vec<String> = Vec::new();
    let mut report = |r: &Requirements, e: &Evaluation, extra: Result<(), String>| {
        if let Err(message) = check(r, e).and(extra)
            && failures.len() < 10
        {
            failures.push(format!("{message}\n    in {r:?}"));
        }
    };
    let mut count = 0_u32;
    let mut tried = 0_u32;
    for_each_base(|base| {
        count += 1;
        // Every model-driven app in place of Sales.
        if base.counterpart == Counterpart::Dynamics365App(ModelDrivenApp::Sales)
            && count.is_multiple_of(7)
        {
            for app in ModelDrivenApp::ALL {
                let mut r = base.clone();
                r.counterpart = Counterpart::Dynamics365App(app);
                let e = evaluate(&scenario(&r), catalogue);
                let talent_named = app != ModelDrivenApp::Talent
                    || e.warnings.iter().any(|w| w.rule == NoteId::LegacyApp);
                report(
                    &r,
                    &e,
                    talent_named
                        .then_some(())
                        .ok_or_else(|| "Talent not named as legacy".to_owned()),
                );
                tried += 1;
            }
        }
        // An endpoint known to offer TLS 1.2, and both answers on shared edits.
        if count.is_multiple_of(11) {
            for shared_edits in [None, Some(true), Some(false)] {
                let mut r = base.clone();
                r.endpoint_tls12 = Some(true);
                r.shared_edits = shared_edits;
                let e = evaluate(&scenario(&r), catalogue);
                let tls_quiet = !e
                    .warnings
                    .iter()
                    .any(|w| matches!(w.rule, NoteId::TlsEndpoint | NoteId::TlsUnknown));
                let both_edit =
                    shared_edits == Some(true) && r.direction == Direction::Bidirectional;
                let shared_named =
                    !both_edit || e.warnings.iter().any(|w| w.rule == NoteId::TwoWayConflicts);
                let extra = if !tls_quiet {
                    Err("a TLS caution for an endpoint with TLS 1.2".to_owned())
                } else if !shared_named {
                    Err("the same records edited on both sides, not named".to_owned())
                } else {
                    Ok(())
                };
                report(&r, &e, extra);
                tried += 1;
            }
        }
        // Every set of open answers, with the volume open too.
        if count.is_multiple_of(97) {
            for mask in 1_u8..8 {
                let mut r = base.clone();
                r.not_known = OpenQuestion::ALL
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, q)| q)
                    .collect();
                r.peak_records_per_hour = None;
                let e = evaluate(&scenario(&r), catalogue);
                let honest = e.outcome == Outcome::Open
                    || e.outcome == Outcome::None
                    || e.warnings.iter().any(|w| w.rule == NoteId::AnswersOpen);
                report(
                    &r,
                    &e,
                    honest.then_some(()).ok_or_else(|| {
                        format!("open answers, outcome {:?}, and nothing says so", e.outcome)
                    }),
                );
                tried += 1;
            }
        }
    });
    assert!(tried > 10_000, "only {tried} scenarios tried");
    assert!(
        failures.is_empty(),
        "broken invariants, first ones:\n{}",
        failures.join("\n")
    );
}
