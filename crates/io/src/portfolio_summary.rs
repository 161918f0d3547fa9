//! The programme's summary in words: the lines that end every report, and the two sentences
//! that head the Portfolio view and the blueprint.

use advisor_core::catalogue::Catalogue;
use advisor_core::evaluation::Outcome;
use advisor_core::portfolio::Summary;

/// The summary in words, one line each.
pub fn summary_lines(summary: &Summary, catalogue: &Catalogue) -> Vec<String> {
    let mut lines = summary_headline(summary).to_vec();
    lines.push("Clear recommendations by pattern:".to_owned());
    for (id, count) in summary.patterns_largest_first() {
        lines.push(format!("  {count:>6}  {}", catalogue.name_of(id)));
    }
    let ties = summary.ties_largest_first();
    if !ties.is_empty() {
        lines.push("Ties, by the patterns tied:".to_owned());
        for (ids, count) in ties {
            let names: Vec<&str> = ids.into_iter().map(|id| catalogue.name_of(id)).collect();
            lines.push(format!("  {count:>6}  {}", names.join(" or ")));
        }
    }
    lines
}

/// The programme in two sentences, as the report and the Portfolio view head it: the
/// outcomes, then what needs a look (contradictions, drifted decisions).
pub fn summary_headline(summary: &Summary) -> [String; 2] {
    let count = |n: usize| advisor_core::text::group_thousands(n as u64);
    let outcome = |outcome: Outcome| count(summary.count(outcome));
    let ruled_out = match summary.count(Outcome::None) {
        0 => String::new(),
        n => format!(", {} with every pattern ruled out", count(n)),
    };
    let open = match summary.count(Outcome::Open) {
        0 => String::new(),
        n => format!(", {} open (answers not known yet)", count(n)),
    };
    [
        format!(
            "{} interfaces: {} with a clear recommendation, {} ties, {} with no good fit{open}{ruled_out}",
            count(summary.interfaces),
            outcome(Outcome::Clear),
            outcome(Outcome::Tie),
            outcome(Outcome::NoFit),
        ),
        format!(
            "{} with answers that contradict each other; {}",
            count(summary.with_conflicts),
            match summary.drifted {
                1 => "1 recorded decision differs from the advice".to_owned(),
                n => format!("{} recorded decisions differ from the advice", count(n)),
            }
        ),
    ]
}
