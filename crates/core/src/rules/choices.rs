//! The questions that separate close candidates: who runs a batch schedule, what travels
//! (files, packages or formatted documents), and whether makers build a low-code flow.
//! Each applies only once answered; unanswered, the outcome says what it would settle.

use crate::catalogue::{Pattern, Role};
use crate::evaluation::Reason;
use crate::model::{Frequency, Initiator, Payload};
use crate::sources;

use super::RuleId;
use super::{Context, Weight, has};

/// `schedule-owner`: for a scheduled batch exchange, a schedule kept in F&O favours
/// recurring integrations (a recurring data job); a schedule kept by the other side favours
/// the package API, which the caller drives.
pub fn schedule_owner(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let requirements = ctx.requirements;
    let (Some(owner), Frequency::Every { .. }) =
        (requirements.schedule_owner, requirements.frequency)
    else {
        return;
    };
    if !has(pattern, Role::BulkTransfer) {
        return;
    }
    const RULE: RuleId = RuleId::ScheduleOwner;
    let in_finops = has(pattern, Role::ScheduleInFinOps);
    let name = pattern.short_name();
    out.push(match (owner, in_finops) {
        (Initiator::FinOps, true) => ctx.favours(RULE, Weight::Moderate, format_args!("The schedule is kept in F&O: {name} runs a recurring data job there, and the other side only drops files in or picks them up."), sources::RECURRING_INTEGRATIONS),
        (Initiator::FinOps, false) => ctx.against(RULE, Weight::Moderate, format_args!("The schedule is to be kept in F&O, and {name} runs only when the other side calls it."), sources::PACKAGE_API),
        (Initiator::Counterpart, false) => ctx.favours(RULE, Weight::Moderate, format_args!("The other side keeps the schedule: its scheduler or middleware calls {name} when it wants, then polls for the status."), sources::PACKAGE_API),
        (Initiator::Counterpart, true) => ctx.against(RULE, Weight::Moderate, format_args!("The other side keeps the schedule, and {name} also needs a recurring data job scheduled in F&O."), sources::RECURRING_INTEGRATIONS),
    });
}

/// `payload`: single data files favour a pattern that takes them; formatted business
/// documents favour Electronic Reporting and count against the entity-data patterns.
pub fn payload(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let Some(payload) = ctx.requirements.payload else {
        return;
    };
    const RULE: RuleId = RuleId::Payload;
    let name = pattern.short_name();
    let reason = match payload {
        Payload::Files if has(pattern, Role::AcceptsFiles) => ctx.favours(RULE, Weight::Moderate, format_args!("The data travels as single files, and {name} takes a file for one entity as well as a data package."), sources::PACKAGE_API),
        Payload::Files if has(pattern, Role::BulkTransfer) => ctx.against(RULE, Weight::Moderate, format_args!("The data travels as single files, and {name} takes data packages only, so each file must first be zipped with a manifest."), sources::PACKAGE_API),
        Payload::Documents if has(pattern, Role::DocumentFormats) => ctx.favours(RULE, Weight::Decisive, format_args!("A business document in a set format, such as an e-invoice or a bank file: {name} builds or reads it from a configured format, without code."), sources::ELECTRONIC_REPORTING),
        Payload::Documents if has(pattern, Role::BulkTransfer) || has(pattern, Role::Notification) => ctx.against(RULE, Weight::Moderate, format_args!("A business document in a set format is exchanged, and {name} carries entity data in its own layout."), sources::IMPLEMENTATION_GUIDE),
        Payload::Files | Payload::Packages if has(pattern, Role::DocumentFormats) => ctx.against(RULE, Weight::Moderate, format_args!("Entity data travels here, not a document in a set format, which is what {name} is for."), sources::ELECTRONIC_REPORTING),
        _ => return,
    };
    out.push(reason);
}

/// `low-code`: makers building a flow favour the Fin & Ops apps connector; developers
/// writing code count against it.
pub fn low_code(ctx: &Context<'_>, pattern: &Pattern, out: &mut Vec<Reason>) {
    let Some(low_code) = ctx.requirements.low_code else {
        return;
    };
    if !has(pattern, Role::LowCodeFlow) {
        return;
    }
    const RULE: RuleId = RuleId::LowCode;
    let name = pattern.short_name();
    out.push(if low_code {
        ctx.favours(RULE, Weight::Decisive, format_args!("Makers build this as a flow: {name} reads and writes F&O records, runs OData actions and starts a flow on a business event, without code."), sources::FINOPS_CONNECTOR)
    } else {
        ctx.against(RULE, Weight::Moderate, format_args!("Developers build this integration in code, and {name} is meant for flows built without code."), sources::FINOPS_CONNECTOR)
    });
}
