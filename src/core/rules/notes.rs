//! Notes with no weight: lifecycle, the prerequisites of each pattern for this scenario, and
//! warnings about the scenario as a whole.

use crate::core::catalogue::{Catalogue, Lifecycle, Pattern, Role, Timing};
use crate::core::evaluation::{Effect, Note, PatternResult, Reason};
use crate::core::model::{Deployment, Initiator};
use crate::core::sources;

use super::{Context, group_thousands, has, reason};

fn note(rule: &'static str, text: String, source: &str) -> Note {
    Note {
        rule,
        text,
        source: source.to_owned(),
    }
}

/// `lifecycle`: a superseded or deprecated pattern says so wherever it appears.
pub fn lifecycle(_ctx: &Context, pattern: &Pattern, out: &mut Vec<Reason>) {
    match &pattern.lifecycle {
        Lifecycle::Current => {}
        Lifecycle::SupersededBy { note, source, .. } | Lifecycle::Deprecated { note, source } => {
            out.push(reason("lifecycle", Effect::Notes, note.clone(), source));
        }
    }
}

/// What must be in place before `pattern` works for this scenario: the scenario-specific
/// notes first (change tracking, status polling, a TLS broker, throttling), then the
/// catalogue's own prerequisites.
pub fn prerequisites(ctx: &Context, pattern: &Pattern) -> Vec<Note> {
    let requirements = ctx.requirements;
    let mut notes = Vec::new();
    if requirements.incremental
        && (has(pattern, Role::BulkTransfer) || has(pattern, Role::AnalyticsExport))
    {
        notes.push(note("change-tracking", "Only changed records move each run: enable change tracking on the entities, so exports carry just the delta.".to_owned(), sources::PACKAGE_API));
    }
    if pattern.timing == Timing::Asynchronous
        && requirements.initiator == Initiator::Counterpart
        && pattern.batch
    {
        notes.push(note(
            "status-polling",
            format!(
                "The status is not pushed: the caller polls for it and handles errors. {}",
                pattern.status_model.text
            ),
            &pattern.status_model.source,
        ));
    }
    if requirements.endpoint_tls12 == Some(false) && has(pattern, Role::OutboundCall) {
        notes.push(note("tls-endpoint", "A broker service that speaks TLS 1.2 or later, between F&O and the endpoint (a two-hop call).".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    if pattern.throttling.subject_to_limits {
        notes.push(note(
            "throttling",
            pattern.throttling.text.clone(),
            &pattern.throttling.source,
        ));
    }
    notes.extend(
        pattern
            .prerequisites
            .iter()
            .map(|fact| note("catalogue", fact.text.clone(), &fact.source)),
    );
    notes
}

/// Conflicts and cautions about the scenario as a whole, given its ranking.
pub fn warnings(
    ctx: &Context,
    catalogue: &Catalogue,
    ranking: &[PatternResult],
    recommended: Option<&str>,
) -> Vec<Note> {
    let requirements = ctx.requirements;
    let mut warnings = Vec::new();
    if requirements.real_time && ctx.bulk {
        warnings.push(note("real-time-bulk-conflict", format!(
            "Real time is required at {} records per hour, at or above the bulk threshold of {}: no pattern does both well. Ask whether all of it must be real time, or split the real-time part from the bulk part.",
            group_thousands(requirements.peak_records_per_hour.unwrap_or_default()),
            ctx.bulk_threshold_text()
        ), sources::INTEGRATION_STRATEGY));
    }
    if requirements.peak_records_per_hour.is_none() {
        warnings.push(note("volume-unknown", "The peak volume is not known yet, so the bulk-volume rule was not applied; the answer may change once it is.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    if requirements.deployment == Deployment::OnPremises
        && requirements.initiator == Initiator::Counterpart
        && requirements.real_time
    {
        warnings.push(note("on-premises-real-time", "On premises, the only supported F&O API is the asynchronous package REST API: a real-time call into F&O has no supported API there.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    if let Some(pattern) = recommended.and_then(|id| catalogue.pattern(id)) {
        match &pattern.lifecycle {
            Lifecycle::Current => {}
            Lifecycle::SupersededBy {
                pattern: successor,
                note: text,
                source,
            } => {
                let successor = catalogue.name_of(successor);
                warnings.push(note(
                    "lifecycle",
                    format!(
                        "{} is superseded by {successor} for new work. {text}",
                        pattern.name
                    ),
                    source,
                ));
            }
            Lifecycle::Deprecated { note: text, source } => {
                warnings.push(note(
                    "lifecycle",
                    format!("{} is deprecated. {text}", pattern.name),
                    source,
                ));
            }
        }
        if has(pattern, Role::OutboundCall) && requirements.endpoint_tls12 == Some(false) {
            warnings.push(note("tls-endpoint", "The endpoint lacks TLS 1.2: calls from production and sandbox environments fail until a broker service is put in between.".to_owned(), sources::INTEGRATION_STRATEGY));
        }
    }
    if ranking.iter().all(|result| result.exclusion().is_some()) {
        warnings.push(note("no-pattern", "Every pattern is ruled out by a hard constraint; revisit the deployment or the direction.".to_owned(), sources::INTEGRATION_STRATEGY));
    }
    warnings
}
