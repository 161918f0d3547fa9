//! The advice for one scenario, in one place.
//!
//! The evaluation with its outcome and the kind of exchange; the answers that would change
//! the result; for a tie, the answers that would settle it; and what the answers not known
//! yet leave possible. The window, every command that explains a result and the decision
//! records take it from [`advise`]; the outcome is put into words by [`words`].
//!
//! Everything but the evaluation is found by re-evaluating (hundreds of evaluations for the
//! open answers), so what needs only the evaluation (the library's drift marks, `check`, a
//! portfolio of 100,000 interfaces) calls [`evaluate`] and words it the same way.

pub mod words;

use super::catalogue::Catalogue;
use super::engine::evaluate;
use super::evaluation::Evaluation;
use super::explain::{Settler, settlers_among};
use super::flips::{Flip, flips};
use super::model::Scenario;
use super::unknowns::OpenAnalysis;

pub use words::{OutcomeWords, Phrases};

/// Everything the product says about a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// The ranking, outcome, reasons and warnings.
    pub evaluation: Evaluation,
    /// Every answer that would change the outcome or the pattern at the top.
    pub flips: Vec<Flip>,
    /// For a tie, the answers among `flips` that would settle it; empty otherwise.
    pub settlers: Vec<Settler>,
    /// With answers not known yet, what they leave possible and what to ask next; `None`
    /// when every answer is known.
    pub open: Option<OpenAnalysis>,
}

/// The advice for `scenario`.
pub fn advise(scenario: &Scenario, catalogue: &Catalogue) -> Advice {
    let mut evaluation = evaluate(scenario, catalogue);
    let open = evaluation.open.take();
    let flips = flips(scenario, catalogue, &evaluation);
    Advice {
        settlers: settlers_among(&flips, &evaluation),
        flips,
        open,
        evaluation,
    }
}

impl Advice {
    /// The outcome in words, each pattern by its name in `catalogue`.
    pub fn phrases(&self, catalogue: &Catalogue) -> Phrases {
        OutcomeWords::named(&self.evaluation, catalogue).phrases()
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::{Advice, advise};
    use crate::bundled;
    use crate::core::evaluation::Outcome;
    use crate::core::flips::answer_words;
    use crate::core::model::Scenario;

    /// A scenario file of the repository, by its path from the root.
    fn file(path: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
    }

    fn load(path: &Path) -> Scenario {
        crate::io::load_path(path, bundled::pattern_ids()).expect("the repository's file loads")
    }

    /// Scenario 07: two patterns tie.
    const TIE: &str = "scenarios/07-import-large-volumes-of-sales-orders.ron";
    /// A first meeting: real time and the peak volume not known yet.
    const OPEN: &str = "docs/examples/portal-first-meeting.ron";

    fn advice_for(path: &str) -> Advice {
        advise(&load(&file(path)), bundled::catalogue())
    }

    #[test]
    fn an_open_scenario_carries_its_pending_questions_and_what_they_leave_possible() {
        let advice = advice_for(OPEN);
        let evaluation = &advice.evaluation;
        assert_eq!(evaluation.outcome, Outcome::Open, "{evaluation:?}");
        assert!(!evaluation.pending.is_empty(), "it waits for answers");
        let open = advice.open.as_ref().expect("the open answers are analysed");
        assert!(
            open.possible.len() > 1,
            "the open answers leave more than one pattern possible: {:?}",
            open.possible
        );
        for field in &evaluation.pending {
            assert!(
                open.ask_next.iter().any(|ask| ask.field == *field),
                "{field} is pending, so it is a question to ask: {:?}",
                open.ask_next
            );
        }
        assert!(
            advice
                .phrases(bundled::catalogue())
                .headline
                .contains("pending"),
            "the headline says the result waits"
        );
    }

    #[test]
    fn a_scenario_with_every_answer_known_has_no_open_analysis() {
        let advice = advice_for(TIE);
        assert!(advice.evaluation.pending.is_empty(), "nothing pending");
        assert_eq!(advice.open, None, "nothing open");
    }

    #[test]
    fn a_tie_is_settled_by_answers_among_its_flips() {
        let advice = advice_for(TIE);
        assert_eq!(advice.evaluation.outcome, Outcome::Tie, "scenario 07 ties");
        assert!(
            !advice.settlers.is_empty(),
            "a separating question settles it"
        );
        for settler in &advice.settlers {
            assert!(
                advice.evaluation.tied.contains(&settler.leads),
                "{settler:?} leads to one of the tied patterns"
            );
            assert!(
                advice.flips.iter().any(|flip| flip.field == settler.field
                    && flip.to == settler.value
                    && flip.outcome == Outcome::Clear),
                "{settler:?} is one of the answers that would change the result"
            );
        }
    }

    #[test]
    fn only_a_tie_has_settlers() {
        for bundled in bundled::scenarios() {
            let advice = advise(&bundled.scenario, bundled::catalogue());
            if advice.evaluation.outcome != Outcome::Tie {
                assert!(
                    advice.settlers.is_empty(),
                    "{}: settlers without a tie",
                    bundled.file_name
                );
            }
        }
    }

    /// `decide --format json` for `paths`, parsed.
    fn decide_json(paths: &[PathBuf]) -> serde_json::Value {
        let command = crate::cli::Command::Decide {
            files: paths.to_vec(),
            format: crate::cli::OutputFormat::Json,
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let outcome = crate::cli::run(&command, &mut out, &mut err);
        assert_eq!(
            outcome,
            crate::cli::Outcome::Success,
            "{}",
            String::from_utf8_lossy(&err)
        );
        serde_json::from_slice(&out).expect("decide writes JSON")
    }

    #[test]
    fn decide_json_says_what_advise_says() {
        let paths = [file(TIE), file(OPEN)];
        let reports = decide_json(&paths);
        let reports = reports.as_array().expect("one report a file");
        assert_eq!(reports.len(), paths.len(), "one report a file");
        for (path, report) in paths.iter().zip(reports) {
            let advice = advise(&load(path), bundled::catalogue());
            let evaluation = &advice.evaluation;
            assert_eq!(report["outcome"], evaluation.outcome.label(), "outcome");
            assert_eq!(report["flips"], json(&advice.flips), "flips");
            assert_eq!(report["settled_by"], json(&advice.settlers), "settlers");
            assert_eq!(report["tied"], json(&evaluation.tied), "tied");
            // Absent from the JSON where the advice has nothing open.
            let open = advice.open.as_ref();
            let or_absent = |value: Option<serde_json::Value>| value.unwrap_or_default();
            assert_eq!(
                report["possible"],
                or_absent(open.map(|o| json(&o.possible))),
                "possible"
            );
            assert_eq!(
                report["ask_next"],
                or_absent(open.map(|o| json(&o.ask_next))),
                "ask next"
            );
            if open.is_some() {
                assert_eq!(report["pending"], json(&evaluation.pending), "pending");
            }
        }
    }

    fn json(value: &impl serde::Serialize) -> serde_json::Value {
        serde_json::to_value(value).expect("serialisable")
    }

    #[test]
    fn the_record_says_what_advise_says() {
        for path in [TIE, OPEN] {
            let scenario = load(&file(path));
            let catalogue = bundled::catalogue();
            let advice = advise(&scenario, catalogue);
            let record = crate::io::record::markdown(&scenario, catalogue, path);
            let headline = advice.phrases(catalogue).headline;
            assert!(
                record.contains(&format!(
                    "Proposed by the engine: {headline} (outcome: {}).",
                    advice.evaluation.outcome.label()
                )),
                "{path}: the record proposes the advice's headline"
            );
            let changes: Vec<&str> = record
                .split("What would change the decision:\n\n")
                .nth(1)
                .expect("the record says what would change it")
                .lines()
                .take_while(|line| line.starts_with("* "))
                .collect();
            assert_eq!(
                changes.len(),
                advice.flips.len(),
                "{path}: one line per flip"
            );
            for (line, flip) in changes.iter().zip(&advice.flips) {
                assert!(
                    line.starts_with(&format!("* {} → ", answer_words(flip))),
                    "{path}: {line} is {flip:?}"
                );
            }
        }
    }
}
