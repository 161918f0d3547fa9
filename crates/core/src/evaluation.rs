//! What the engine says about a scenario: every pattern ranked with its fit and the reasons
//! behind it, plus warnings and prerequisites. The command line prints it; the window draws it.

use serde::Serialize;

use crate::field::Field;

use super::catalogue::Parameters;

/// How well a pattern fits a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fit {
    /// The one pattern the engine recommends.
    Recommended,
    /// Meets the requirements: a defensible alternative.
    Suitable,
    /// Possible, but against at least one requirement (or nothing calls for it).
    Weak,
    /// A hard constraint rules it out.
    Excluded,
}

impl Fit {
    /// Lower-case label, as in files and JSON.
    pub fn label(self) -> &'static str {
        match self {
            Self::Recommended => "recommended",
            Self::Suitable => "suitable",
            Self::Weak => "weak",
            Self::Excluded => "excluded",
        }
    }
}

/// What a reason does to a pattern's standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    /// A hard constraint: the pattern cannot serve.
    Excludes,
    /// Speaks for the pattern with this weight.
    Favours(u64),
    /// Speaks against the pattern with this weight: a requirement it does not meet.
    CountsAgainst(u64),
    /// Information with no weight (a caution, a lifecycle note).
    Notes,
}

impl Effect {
    /// The signed weight this effect adds to a score.
    pub fn score(self) -> i64 {
        match self {
            Self::Favours(weight) => i64::try_from(weight).unwrap_or(i64::MAX),
            Self::CountsAgainst(weight) => -i64::try_from(weight).unwrap_or(i64::MAX),
            Self::Excludes | Self::Notes => 0,
        }
    }

    /// Short word for the effect: `excludes`, `favours`, `against`, `note`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Excludes => "excludes",
            Self::Favours(_) => "favours",
            Self::CountsAgainst(_) => "against",
            Self::Notes => "note",
        }
    }

    /// The effect in words, with how strong it is (`for, strong`), as shown to users:
    /// weights are not shown as numbers, which mean nothing without their scale.
    pub fn describe(self, parameters: &Parameters) -> String {
        match self {
            Self::Favours(weight) => format!("for, {}", parameters.strength(weight)),
            Self::CountsAgainst(weight) => format!("against, {}", parameters.strength(weight)),
            Self::Excludes => "rules out".to_owned(),
            Self::Notes => "note".to_owned(),
        }
    }
}

/// One rule's verdict on one pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The rule that gave it (`bulk-volume`).
    pub rule: crate::rules::RuleId,
    /// What it does to the pattern.
    pub effect: Effect,
    /// Why, in words a user understands.
    pub text: String,
    /// The page or document it rests on: one of [`crate::sources`]' pages, borrowed,
    /// or a pattern's page from the catalogue.
    pub source: std::borrow::Cow<'static, str>,
}

/// A statement with its source: a warning or a prerequisite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// What it is about.
    pub rule: crate::rules::NoteId,
    /// What to know or do.
    pub text: String,
    /// The page or document it rests on.
    pub source: String,
    /// The requirement fields it is about (a conflict names those whose answers disagree);
    /// empty when it is about the scenario as a whole.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
}

/// One pattern's place in the ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PatternResult {
    /// The pattern's catalogue id.
    pub pattern: String,
    /// Its fit.
    pub fit: Fit,
    /// Sum of the weights of its reasons.
    pub score: i64,
    /// Every rule's verdict, in rule order.
    pub reasons: Vec<Reason>,
    /// What must be in place before the pattern works for this scenario.
    pub prerequisites: Vec<Note>,
}

impl PatternResult {
    /// The first reason that excludes the pattern, if any.
    pub fn exclusion(&self) -> Option<&Reason> {
        self.reasons
            .iter()
            .find(|reason| reason.effect == Effect::Excludes)
    }

    /// Whether some reason speaks for the pattern.
    pub fn is_favoured(&self) -> bool {
        self.reasons
            .iter()
            .any(|reason| matches!(reason.effect, Effect::Favours(_)))
    }
}

/// How decided the engine's answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// One pattern leads, by more than the catalogue's tie margin, with a reason for it.
    Clear,
    /// Two or more patterns share the lead (within the tie margin): a choice for the team.
    Tie,
    /// Nothing in the answers speaks for the leading pattern: no pattern fits them well.
    NoFit,
    /// The result depends on answers not known yet: under some answers to the open questions
    /// another pattern, or another outcome, would lead. The top of the ranking is only what
    /// the answers as they stand lean to.
    Open,
    /// Every pattern is ruled out by a hard constraint.
    None,
}

impl Outcome {
    /// Every outcome, in the order a summary lists them.
    pub const ALL: [Self; 5] = [Self::Clear, Self::Tie, Self::NoFit, Self::Open, Self::None];

    /// As in JSON: `clear`, `tie`, `no-fit`, `open`, `none`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Clear => "clear",
            Self::Tie => "tie",
            Self::NoFit => "no-fit",
            Self::Open => "open",
            Self::None => "none",
        }
    }
}

/// The engine's answer for one scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    /// How decided the answer is.
    pub outcome: Outcome,
    /// The top of the ranking; `None` only if every pattern is excluded. With a tie or no
    /// fit it is still the top, but not a recommendation to present alone.
    pub recommended: Option<String>,
    /// The patterns that share the lead, the top first; empty unless the outcome is a tie.
    pub tied: Vec<String>,
    /// Every pattern of the catalogue: recommended first, then suitable, weak, excluded;
    /// within a fit by score, then by catalogue order.
    pub ranking: Vec<PatternResult>,
    /// Conflicts and cautions about the scenario as a whole.
    pub warnings: Vec<Note>,
    /// The kind of exchange the answers describe, decided before any pattern.
    pub kind: super::kind::KindVerdict,
    /// With an open outcome, the open questions whose answers would change the result, in
    /// the form's order; empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<Field>,
    /// With answers not known yet, what they leave possible and what to ask next, found with
    /// `pending` (the advice takes it from here); `None` when every answer is known, or for a
    /// ranking alone.
    #[serde(skip)]
    pub open: Option<super::unknowns::OpenAnalysis>,
}

impl Evaluation {
    /// The result for one pattern.
    pub fn result(&self, pattern_id: &str) -> Option<&PatternResult> {
        self.ranking
            .iter()
            .find(|result| result.pattern == pattern_id)
    }

    /// The fit of one pattern.
    pub fn fit(&self, pattern_id: &str) -> Option<Fit> {
        self.result(pattern_id).map(|result| result.fit)
    }
}
