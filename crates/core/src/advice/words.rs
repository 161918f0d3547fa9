//! The outcome in words: every phrase the product says an outcome in, in one table.
//!
//! The headline, the few words of the line that says what an edit changed, the advice a
//! drift finding quotes, the portfolio's cell, what an answer of "what would change it" leads
//! to (in `decide` and on the window's chips), the end of the decision path and the sentence
//! under the headline: all come from [`OutcomeWords::phrases`], one `match` over the outcome.
//! A new outcome is worded here, in every place at once, or the build fails.

use crate::catalogue::Catalogue;
use crate::evaluation::{Evaluation, Outcome};
use crate::explain::{contradiction, join_and, join_or, pending_words};
use crate::field::Field;
use crate::flips::Flip;
use crate::text::lower_first;

/// A question as a headline names it: its caption, lower case first ("the peak volume").
fn caption(field: Field) -> String {
    field.question().map_or_else(
        || field.name().to_owned(),
        |question| lower_first(question.caption),
    )
}

/// What an outcome is worded from: the outcome, and the patterns and open questions it
/// names, already put into words.
///
/// The names are given, not looked up, because the places differ in how they name a
/// pattern: by its name, its short name, or its id in backticks (`check`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeWords {
    /// How decided the answer is.
    pub outcome: Outcome,
    /// The pattern at the top, named; `None` when there is none.
    pub top: Option<String>,
    /// The tied patterns, named, the top first; empty unless the outcome is a tie.
    pub tied: Vec<String>,
    /// The open questions an open outcome waits for, in words ("real time and the peak
    /// volume"); empty otherwise.
    pub pending: String,
    /// The questions whose answers contradict each other on a deciding field, in words
    /// ("the peak volume and real time"): then the headline says so, whatever the outcome.
    pub conflict: Option<String>,
}

/// Every phrase one outcome is said in, one for each place that says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrases {
    /// The headline the window shows in large type and the command line prints first:
    /// "Recommended: `OData`", "A tie: A or B", "Leaning X, pending the peak volume",
    /// "Answers that contradict each other (…); the ranking leans to X".
    pub headline: String,
    /// A few words, for the line that says what an edit changed: "`OData`", "a tie between
    /// A and B", "no good fit".
    pub gist: String,
    /// The advice as a drift finding quotes it: "`OData`", "a tie between A and B", "that no
    /// pattern fits well".
    pub drift: String,
    /// The pattern recommended in a portfolio's table: "`OData`", "A or B", "leaning to X";
    /// empty when no pattern is.
    pub cell: String,
    /// What an answer of "what would change it" leads to, in `decide`: "Recommended: X",
    /// "a tie, X on top", "no good fit (X closest)".
    pub flip_line: String,
    /// The same, shorter, on the window's chips: "X", "a tie", "leaning to X", "no good fit".
    pub chip: String,
    /// The end of the window's decision path: "X", "a tie: A or B", "leaning: X",
    /// "closest: X".
    pub path_end: String,
    /// The sentence under the window's headline, for the outcomes that need one (open, no
    /// fit, none); a clear outcome and a tie show their patterns there instead.
    pub explanation: Option<String>,
}

impl OutcomeWords {
    /// The words of `evaluation`'s outcome, with each pattern named by `name`.
    pub fn of(evaluation: &Evaluation, name: impl Fn(&str) -> String) -> Self {
        Self {
            outcome: evaluation.outcome,
            top: evaluation.recommended.as_deref().map(&name),
            tied: evaluation.tied.iter().map(|id| name(id)).collect(),
            pending: pending_words(evaluation),
            conflict: contradiction(evaluation).map(|note| {
                let fields: Vec<String> = note.fields.iter().map(|field| caption(*field)).collect();
                join_and(&fields.iter().map(String::as_str).collect::<Vec<_>>())
            }),
        }
    }

    /// The words of `evaluation`'s outcome, each pattern by its name in `catalogue`.
    pub fn named(evaluation: &Evaluation, catalogue: &Catalogue) -> Self {
        Self::of(evaluation, |id| catalogue.name_of(id).to_owned())
    }

    /// The words of what a flip leads to. A flip knows the outcome and the pattern at the
    /// top only: its phrases are [`Phrases::flip_line`] and [`Phrases::chip`].
    pub fn of_flip(flip: &Flip, name: impl Fn(&str) -> String) -> Self {
        Self {
            outcome: flip.outcome,
            top: flip.recommended.as_deref().map(name),
            tied: Vec::new(),
            pending: String::new(),
            conflict: None,
        }
    }

    /// Every phrase of the outcome. The one place an outcome is put into words.
    pub fn phrases(&self) -> Phrases {
        let top = self.top.as_deref();
        let tied: Vec<&str> = self.tied.iter().map(String::as_str).collect();
        let pending = &self.pending;
        let top_or = |missing: &str| top.unwrap_or(missing).to_owned();
        // Answers that contradict each other are no basis for a recommendation: the headline
        // says so, and where the ranking leans if the outcome has a pattern to lean to.
        let headline = |plain: String, leans: bool| match &self.conflict {
            None => plain,
            Some(fields) => {
                let leaning = top
                    .filter(|_| leans)
                    .map_or_else(String::new, |top| format!("; the ranking leans to {top}"));
                format!("Answers that contradict each other ({fields}){leaning}")
            }
        };
        match self.outcome {
            Outcome::Clear => Phrases {
                headline: headline(format!("Recommended: {}", top_or("")), true),
                gist: top_or("nothing"),
                drift: top_or("no pattern"),
                cell: top_or(""),
                flip_line: format!("Recommended: {}", top_or("none")),
                chip: top_or(""),
                path_end: top_or(""),
                explanation: None,
            },
            Outcome::Tie => Phrases {
                headline: headline(format!("A tie: {}", join_or(&tied)), true),
                gist: format!("a tie between {}", join_and(&tied)),
                drift: format!("a tie between {}", tied.join(" and ")),
                cell: tied.join(" or "),
                flip_line: format!("a tie, {} on top", top_or("none")),
                chip: "a tie".to_owned(),
                path_end: format!("a tie: {}", join_or(&tied)),
                explanation: None,
            },
            Outcome::Open => Phrases {
                headline: headline(
                    top.map_or_else(
                        || format!("Open, pending {pending}"),
                        |top| format!("Leaning {top}, pending {pending}"),
                    ),
                    true,
                ),
                gist: format!("leaning to {}, pending {pending}", top_or("nothing")),
                drift: format!("open: leaning to {}, pending {pending}", top_or("no pattern")),
                cell: top.map_or_else(String::new, |top| format!("leaning to {top}")),
                flip_line: format!("open, leaning to {}", top_or("none")),
                chip: top.map_or_else(|| "still open".to_owned(), |top| format!("leaning to {top}")),
                path_end: format!("leaning: {}", top_or("")),
                explanation: Some(format!(
                    "The answers given so far lean this way, and the result depends on {pending}, not known yet. Answer them to settle it; the patterns each answer would lead to are below."
                )),
            },
            Outcome::NoFit => Phrases {
                headline: headline("No pattern fits these answers well".to_owned(), true),
                gist: "no good fit".to_owned(),
                drift: "that no pattern fits well".to_owned(),
                cell: String::new(),
                flip_line: format!("no good fit ({} closest)", top_or("none")),
                chip: "no good fit".to_owned(),
                path_end: format!("closest: {}", top_or("")),
                explanation: Some("No pattern has more in its favour than against it with these answers. The closest ones, and what counts against them, are below: check the warnings and the answers, or add the ones not given yet.".to_owned()),
            },
            Outcome::None => Phrases {
                headline: headline("Every pattern is ruled out by these answers".to_owned(), false),
                gist: "nothing (every pattern ruled out)".to_owned(),
                drift: "that every pattern is ruled out".to_owned(),
                cell: String::new(),
                flip_line: "every pattern ruled out".to_owned(),
                chip: "nothing fits".to_owned(),
                path_end: format!("closest: {}", top_or("")),
                explanation: Some("Every pattern is ruled out by a hard constraint, such as where F&O runs or which way the data flows. Revisit those answers.".to_owned()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Outcome, OutcomeWords};

    fn words(outcome: Outcome, top: Option<&str>, tied: &[&str], pending: &str) -> OutcomeWords {
        OutcomeWords {
            outcome,
            top: top.map(str::to_owned),
            tied: tied.iter().map(|&name| name.to_owned()).collect(),
            pending: pending.to_owned(),
            conflict: None,
        }
    }

    #[test]
    fn a_clear_outcome_names_its_pattern_everywhere() {
        let phrases = words(Outcome::Clear, Some("OData"), &[], "").phrases();
        assert_eq!(phrases.headline, "Recommended: OData", "headline");
        assert_eq!(phrases.gist, "OData", "gist");
        assert_eq!(phrases.drift, "OData", "drift");
        assert_eq!(phrases.cell, "OData", "cell");
        assert_eq!(phrases.flip_line, "Recommended: OData", "flip line");
        assert_eq!(phrases.chip, "OData", "chip");
        assert_eq!(phrases.path_end, "OData", "path end");
        assert_eq!(phrases.explanation, None, "explanation");
    }

    #[test]
    fn a_tie_of_three_keeps_each_places_joining() {
        // Each place has joined three tied names its own way since it was written; the
        // outputs (and their golden files) depend on it.
        let phrases = words(Outcome::Tie, Some("A"), &["A", "B", "C"], "").phrases();
        assert_eq!(phrases.headline, "A tie: A, B or C", "headline");
        assert_eq!(phrases.gist, "a tie between A, B and C", "gist");
        assert_eq!(phrases.drift, "a tie between A and B and C", "drift");
        assert_eq!(phrases.cell, "A or B or C", "cell");
        assert_eq!(phrases.flip_line, "a tie, A on top", "flip line");
        assert_eq!(phrases.path_end, "a tie: A, B or C", "path end");
    }

    #[test]
    fn an_open_outcome_says_what_it_waits_for() {
        let pending = "real time and the peak volume";
        let phrases = words(Outcome::Open, Some("OData"), &[], pending).phrases();
        assert_eq!(
            phrases.headline, "Leaning OData, pending real time and the peak volume",
            "headline"
        );
        assert_eq!(
            phrases.drift, "open: leaning to OData, pending real time and the peak volume",
            "drift"
        );
        assert_eq!(phrases.cell, "leaning to OData", "cell");
        assert!(
            phrases
                .explanation
                .is_some_and(|sentence| sentence.contains(pending)),
            "the sentence under the headline names the open questions"
        );
        let nothing = words(Outcome::Open, None, &[], "error feedback").phrases();
        assert_eq!(nothing.headline, "Open, pending error feedback", "headline");
        assert_eq!(nothing.cell, "", "cell");
    }

    #[test]
    fn a_conflict_heads_every_outcome_and_leans_only_where_a_pattern_leads() {
        let mut clear = words(Outcome::Clear, Some("OData"), &[], "");
        clear.conflict = Some("real time and the frequency".to_owned());
        assert_eq!(
            clear.phrases().headline,
            "Answers that contradict each other (real time and the frequency); the ranking leans to OData",
            "headline"
        );
        assert_eq!(clear.phrases().gist, "OData", "the gist names the pattern");
        let mut none = words(Outcome::None, Some("OData"), &[], "");
        none.conflict = clear.conflict.clone();
        assert_eq!(
            none.phrases().headline,
            "Answers that contradict each other (real time and the frequency)",
            "every pattern ruled out leans nowhere"
        );
    }

    #[test]
    fn no_fit_and_none_recommend_nothing() {
        for outcome in [Outcome::NoFit, Outcome::None] {
            let phrases = words(outcome, Some("OData"), &[], "").phrases();
            assert_eq!(phrases.cell, "", "{outcome:?}: no pattern in the cell");
            assert!(
                !phrases.headline.contains("OData") && !phrases.gist.contains("OData"),
                "{outcome:?}: the closest pattern is no recommendation"
            );
            assert!(phrases.explanation.is_some(), "{outcome:?}: explained");
        }
    }
}
