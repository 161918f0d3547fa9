//! The sections of a decision record, in MADR 4.0's order: context and drivers, the options
//! considered, the outcome with its consequences and confirmation, pros and cons, and more
//! information.

use std::collections::BTreeSet;

use super::link;
use crate::markdown::escape;
use advisor_core::advice::Advice;
use advisor_core::catalogue::Catalogue;
use advisor_core::evaluation::{Effect, Fit};
use advisor_core::explain::{leader_prerequisites, leaders, standing};
use advisor_core::field::{Field, LATER};
use advisor_core::flips::answer_words;
use advisor_core::model::{Frequency, Scenario};
use advisor_core::text::lower_first;

/// The requirements in words, one driver per line.
pub(super) fn drivers(scenario: &Scenario) -> Vec<String> {
    let r = &scenario.requirements;
    let open = |field: Field| {
        if r.not_known.iter().any(|q| q.field() == field) {
            " (not known yet)"
        } else {
            ""
        }
    };
    let mut out = vec![
        format!("Counterpart: {}", r.counterpart.label()),
        format!("Direction: {}", r.direction.label()),
        format!("Who starts each exchange: {}", r.initiator.label()),
        format!("What is exchanged: {}", r.exchange.label()),
        format!(
            "Real time: {}{}",
            if r.real_time {
                "required"
            } else {
                "not required"
            },
            open(Field::RealTime)
        ),
        format!(
            "Peak volume: {}",
            r.peak_records_per_hour.map_or_else(
                || "not known yet".to_owned(),
                |v| format!("{} records an hour", advisor_core::text::group_thousands(v))
            )
        ),
        format!(
            "Frequency: {}{}",
            match r.frequency {
                Frequency::Once => "once".to_owned(),
                other => other.label().to_lowercase(),
            },
            open(Field::Frequency)
        ),
        format!("F&O runs: {}", r.deployment.label()),
        format!(
            "Error feedback: {}{}",
            r.error_feedback.label(),
            open(Field::ErrorFeedback)
        ),
    ];
    if r.incremental {
        out.push("Only changed records move each run".to_owned());
    }
    if let Some(tls) = r.endpoint_tls12 {
        out.push(format!(
            "Endpoint F&O calls: {}",
            if tls {
                "has TLS 1.2 or later"
            } else {
                "lacks TLS 1.2"
            }
        ));
    }
    // The later questions, once asked, as the editor's caption and button say them.
    for later in &LATER {
        if let Some(choice) = later.choice(r) {
            let field = later.field;
            let caption = field.question().map_or(field.name(), |q| q.caption);
            out.push(format!("{caption}: {}", choice.label));
        }
    }
    out
}

/// The warnings, each as a consequence that counts against the decision.
pub(super) fn bad_consequences(
    out: &mut String,
    evaluation: &advisor_core::evaluation::Evaluation,
) {
    for warning in &evaluation.warnings {
        push_line!(
            out,
            "* Bad, because {}{}",
            lower_first(&warning.text),
            link(&warning.source)
        );
    }
}

pub(super) fn body(
    out: &mut String,
    scenario: &Scenario,
    catalogue: &Catalogue,
    advice: &Advice,
    file: &str,
) {
    let subject = Subject {
        scenario,
        catalogue,
        advice,
        file,
    };
    title_context_and_drivers(out, &subject);
    considered_options(out, &subject);
    decision_outcome(out, &subject);
    pros_and_cons(out, &subject);
    more_information(out, &subject);
}

/// What a decision record is about, for its sections.
struct Subject<'a> {
    scenario: &'a Scenario,
    catalogue: &'a Catalogue,
    advice: &'a Advice,
    file: &'a str,
}

/// The title, the context and the decision drivers.
fn title_context_and_drivers(out: &mut String, subject: &Subject<'_>) {
    let scenario = subject.scenario;
    push_line!(out, "# {}\n", escape(&scenario.title));

    push_line!(out, "## Context and Problem Statement\n");
    if scenario.context.trim().is_empty() {
        push_line!(
            out,
            "How should this integration with Dynamics 365 Finance and Operations (F&O) be built?\n"
        );
    } else {
        for paragraph in scenario.context.split("\n\n") {
            push_line!(out, "{}\n", escape(paragraph));
        }
    }

    push_line!(out, "## Decision Drivers\n");
    for driver in drivers(scenario) {
        push_line!(out, "* {driver}");
    }
    out.push('\n');
}

/// The options considered: every pattern not ruled out, then those that were.
fn considered_options(out: &mut String, subject: &Subject<'_>) {
    let catalogue = subject.catalogue;
    let evaluation = &subject.advice.evaluation;
    let name = |id: &str| catalogue.name_of(id).to_owned();
    push_line!(out, "## Considered Options\n");
    for result in evaluation.ranking.iter().filter(|r| r.fit != Fit::Excluded) {
        push_line!(
            out,
            "* {} ({})",
            name(&result.pattern),
            standing(evaluation, result)
        );
    }
    let excluded: Vec<String> = evaluation
        .ranking
        .iter()
        .filter(|r| r.fit == Fit::Excluded)
        .map(|r| name(&r.pattern))
        .collect();
    if !excluded.is_empty() {
        push_line!(
            out,
            "\nRuled out by a hard constraint: {}.",
            excluded.join(", ")
        );
    }
    out.push('\n');
}

/// The decision recorded (or the engine's recommendation), its consequences and how to confirm it.
fn decision_outcome(out: &mut String, subject: &Subject<'_>) {
    let scenario = subject.scenario;
    let catalogue = subject.catalogue;
    let evaluation = &subject.advice.evaluation;
    let file = subject.file;
    let name = |id: &str| catalogue.name_of(id).to_owned();
    push_line!(out, "## Decision Outcome\n");
    let engine = subject.advice.phrases(catalogue).headline;
    match &scenario.decision {
        Some(decision) => {
            push_line!(
                out,
                "Chosen option: \"{}\" ({}).{}\n",
                name(&decision.pattern),
                super::status_and_date(decision),
                if decision.rationale.trim().is_empty() {
                    String::new()
                } else {
                    format!(" Because {}", lower_first(&escape(&decision.rationale)))
                }
            );
            push_line!(
                out,
                "The engine's answer today: {engine} (outcome: {}).\n",
                evaluation.outcome.label()
            );
            if let Some(drift) =
                advisor_core::drift::drift_in_words(decision, evaluation, catalogue)
            {
                // Our own words and the catalogue's names: no file text.
                push_line!(out, "**Drift:** {drift}.\n");
            }
            if let Some(previous) = &decision.supersedes {
                push_line!(out, "Supersedes `{}`.\n", previous.replace('`', "'"));
            }
        }
        None => {
            push_line!(
                out,
                "Proposed by the engine: {engine} (outcome: {}).\n",
                evaluation.outcome.label()
            );
        }
    }
    // A tie is a tie here too: each tied pattern with what speaks for it.
    let leaders = leaders(evaluation);
    for id in &leaders {
        let Some(result) = evaluation.result(id) else {
            continue;
        };
        let name = if leaders.len() > 1 {
            format!("For {}: because", escape(catalogue.name_of(id)))
        } else {
            "Because".to_owned()
        };
        for reason in result
            .reasons
            .iter()
            .filter(|r| matches!(r.effect, Effect::Favours(_)))
        {
            push_line!(
                out,
                "* {name} {}{}",
                lower_first(&reason.text),
                link(&reason.source)
            );
        }
    }
    if !leaders.is_empty() {
        out.push('\n');
    }

    push_line!(out, "### Consequences\n");
    bad_consequences(out, evaluation);
    for (id, notes) in leader_prerequisites(evaluation) {
        for note in notes {
            push_line!(
                out,
                "* Needs, for {}: {}{}",
                name(id),
                note.text,
                link(&note.source)
            );
        }
    }
    out.push('\n');

    push_line!(out, "### Confirmation\n");
    push_line!(
        out,
        "Run `integration-advisor check {}` in CI: it fails when the engine no longer agrees with the recorded decision.\n",
        file.replace('`', "'")
    );
}

/// For and against each leading option, from the engine's reasons.
fn pros_and_cons(out: &mut String, subject: &Subject<'_>) {
    let catalogue = subject.catalogue;
    let evaluation = &subject.advice.evaluation;
    let name = |id: &str| catalogue.name_of(id).to_owned();
    push_line!(out, "## Pros and Cons of the Options\n");
    let leading: Vec<&str> = {
        let mut ids = leaders(evaluation);
        for result in evaluation
            .ranking
            .iter()
            .filter(|r| r.fit != Fit::Excluded && r.is_favoured())
        {
            if ids.len() >= 3 {
                break;
            }
            if !ids.contains(&result.pattern.as_str()) {
                ids.push(&result.pattern);
            }
        }
        ids
    };
    for id in leading {
        let Some(result) = evaluation.result(id) else {
            continue;
        };
        push_line!(out, "### {}\n", name(id));
        if let Some(pattern) = catalogue.pattern(id) {
            push_line!(out, "{}\n", pattern.summary);
        }
        for reason in &result.reasons {
            let verdict = match reason.effect {
                Effect::Favours(_) => "Good",
                Effect::CountsAgainst(_) | Effect::Excludes => "Bad",
                Effect::Notes => "Neutral",
            };
            push_line!(
                out,
                "* {verdict}, because {}{}",
                lower_first(&reason.text),
                link(&reason.source)
            );
        }
        out.push('\n');
    }
}

/// What would change the decision, the catalogue version and the sources.
fn more_information(out: &mut String, subject: &Subject<'_>) {
    let scenario = subject.scenario;
    let catalogue = subject.catalogue;
    let evaluation = &subject.advice.evaluation;
    let name = |id: &str| catalogue.name_of(id).to_owned();
    push_line!(out, "## More Information\n");
    let changes = &subject.advice.flips;
    if !changes.is_empty() {
        push_line!(out, "What would change the decision:\n");
        for flip in changes {
            if flip.conflicting {
                push_line!(out, "* {} → conflicting answers", answer_words(flip));
                continue;
            }
            let to = flip
                .recommended
                .as_deref()
                .map_or("nothing".to_owned(), name);
            push_line!(
                out,
                "* {} → {} ({})",
                answer_words(flip),
                to,
                flip.outcome.label()
            );
        }
        out.push('\n');
    }
    push_line!(
        out,
        "Evaluated with catalogue version {} of Integration Advisor.",
        catalogue.version
    );
    if let Some(version) = scenario.decision.as_ref().and_then(|d| d.catalogue_version)
        && version != catalogue.version
    {
        push_line!(
            out,
            "The decision was taken under catalogue version {version}."
        );
    }
    push_line!(out, "\nSources:\n");
    let mut sources = BTreeSet::new();
    for result in &evaluation.ranking {
        for reason in &result.reasons {
            sources.insert(&*reason.source);
        }
    }
    for note in &evaluation.warnings {
        sources.insert(note.source.as_str());
    }
    for source in sources.into_iter().filter(|s| !s.is_empty()) {
        if source.starts_with("https://") {
            push_line!(out, "* <{source}>");
        } else {
            push_line!(out, "* {}", escape(source));
        }
    }
}
