//! The programme on one slide: F&O in the middle, every counterpart system around it, one
//! arrow per group of interfaces that share a system, a direction and an outcome.
//!
//! This module groups an evaluated inventory; [`layout`] places the groups on a canvas;
//! [`svg`] draws that layout as a self-contained SVG, and the window paints the same layout.

pub mod layout;
pub mod palette;
pub mod svg;

use std::collections::BTreeMap;

use crate::inventory::Interface;
use advisor_core::catalogue::Catalogue;
use advisor_core::evaluation::Outcome;
use advisor_core::model::Direction;
use advisor_core::portfolio::Assessment;

/// How many systems the picture draws one by one.
///
/// The smallest of the rest are drawn as one "other systems" node. Around 60 labels still fit
/// around an ellipse on a 16:9 slide at a size a projector shows (see [`layout`]); more would
/// overlap.
pub const MAX_SYSTEMS: usize = 60;

/// What an arrow says about its interfaces: the pattern they lead to, or why none leads.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lead {
    /// A clear recommendation, by pattern id.
    Pattern(String),
    /// A tie between these patterns, by id.
    Tie(Vec<String>),
    /// The result still depends on answers not known yet.
    Open,
    /// Nothing in the answers speaks for any pattern.
    NoFit,
    /// Every pattern is ruled out.
    Nothing,
}

impl Lead {
    /// The lead of one assessment.
    pub fn of(assessment: &Assessment) -> Self {
        match (assessment.outcome, &assessment.recommended) {
            (Outcome::Clear, Some(id)) => Self::Pattern(id.clone()),
            (Outcome::Tie, _) => Self::Tie(assessment.tied.clone()),
            (Outcome::Open, _) => Self::Open,
            (Outcome::None, _) => Self::Nothing,
            (Outcome::NoFit | Outcome::Clear, _) => Self::NoFit,
        }
    }

    /// A few words for an arrow's label and the legend.
    pub fn words(&self, catalogue: &Catalogue) -> String {
        let short = |id: &str| {
            catalogue
                .pattern(id)
                .map_or_else(|| id.to_owned(), |pattern| pattern.short_name().to_owned())
        };
        match self {
            Self::Pattern(id) => short(id),
            Self::Tie(ids) => {
                let names: Vec<String> = ids.iter().map(|id| short(id)).collect();
                format!("Tie: {}", names.join(" or "))
            }
            Self::Open => "Open: answers pending".to_owned(),
            Self::NoFit => "No good fit".to_owned(),
            Self::Nothing => "Every pattern ruled out".to_owned(),
        }
    }
}

/// Interfaces of one system that flow the same way and lead to the same place: one arrow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Which way they flow, seen from F&O.
    pub direction: Direction,
    /// Where the advice leads them.
    pub lead: Lead,
    /// How many interfaces.
    pub interfaces: usize,
    /// How many of them have a recorded decision the advice no longer supports.
    pub drifted: usize,
    /// How many of them have answers that contradict each other.
    pub conflicts: usize,
}

/// One counterpart system with its arrows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct System {
    /// Its name, as the inventory gives it (or the kind of counterpart).
    pub name: String,
    /// Its arrows, by lead and direction.
    pub groups: Vec<Group>,
    /// How many systems this node stands for: 1, or more for the node of the smallest
    /// systems grouped together.
    pub systems: usize,
}

impl System {
    /// Its interfaces, over every arrow.
    pub fn interfaces(&self) -> usize {
        self.groups.iter().map(|group| group.interfaces).sum()
    }
}

/// The whole programme as the picture shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Landscape {
    /// The systems, by name (the grouped node last).
    pub systems: Vec<System>,
}

impl Landscape {
    /// The landscape of an inventory held in memory.
    pub fn of(interfaces: &[Interface], assessments: &[impl AsRef<Assessment>]) -> Self {
        let mut builder = LandscapeBuilder::default();
        builder.add(interfaces, assessments);
        builder.finish()
    }

    /// Every interface drawn.
    pub fn interfaces(&self) -> usize {
        self.systems.iter().map(System::interfaces).sum()
    }

    /// Every lead drawn, each once, in the order the legend lists them.
    pub fn leads(&self) -> Vec<&Lead> {
        let mut leads: Vec<&Lead> = self
            .systems
            .iter()
            .flat_map(|system| system.groups.iter().map(|group| &group.lead))
            .collect();
        leads.sort();
        leads.dedup();
        leads
    }
}

/// Counts per system, direction and lead.
type Counts = BTreeMap<(Lead, DirectionKey), (usize, usize, usize)>;

/// A direction as a map key: inbound, outbound, both ways.
type DirectionKey = u8;

const fn direction_key(direction: Direction) -> DirectionKey {
    match direction {
        Direction::Inbound => 0,
        Direction::Outbound => 1,
        Direction::Bidirectional => 2,
    }
}

const fn direction_of(key: DirectionKey) -> Direction {
    match key {
        0 => Direction::Inbound,
        1 => Direction::Outbound,
        _ => Direction::Bidirectional,
    }
}

/// Collects an inventory block by block (the command line streams it), then groups it.
#[derive(Debug, Default)]
pub struct LandscapeBuilder {
    systems: BTreeMap<String, Counts>,
}

impl LandscapeBuilder {
    /// Counts more interfaces, with their assessments in the same order.
    pub fn add(&mut self, interfaces: &[Interface], assessments: &[impl AsRef<Assessment>]) {
        for (interface, assessment) in interfaces.iter().zip(assessments) {
            let assessment = assessment.as_ref();
            let counts = self
                .systems
                .entry(interface.system_name().to_owned())
                .or_default();
            let key = (
                Lead::of(assessment),
                direction_key(interface.scenario.requirements.direction),
            );
            let entry = counts.entry(key).or_default();
            entry.0 += 1;
            entry.1 += usize::from(assessment.drift.is_some());
            entry.2 += usize::from(assessment.conflicts > 0);
        }
    }

    /// The landscape: every system by name, or the [`MAX_SYSTEMS`]` - 1` with the most
    /// interfaces by name and the rest as one node.
    pub fn finish(self) -> Landscape {
        let size = |counts: &Counts| counts.values().map(|c| c.0).sum::<usize>();
        let mut systems: Vec<(String, Counts)> = self.systems.into_iter().collect();
        let mut rest = None;
        if systems.len() > MAX_SYSTEMS {
            // The largest first, equal sizes by name: the same inventory always keeps the same.
            systems.sort_by(|a, b| size(&b.1).cmp(&size(&a.1)).then_with(|| a.0.cmp(&b.0)));
            let grouped = systems.split_off(MAX_SYSTEMS - 1);
            let mut merged = Counts::new();
            for (_, counts) in &grouped {
                for (key, count) in counts {
                    let entry = merged.entry(key.clone()).or_default();
                    entry.0 += count.0;
                    entry.1 += count.1;
                    entry.2 += count.2;
                }
            }
            rest = Some((grouped.len(), merged));
            systems.sort_by(|a, b| a.0.cmp(&b.0));
        }
        let system = |name: String, counts: Counts, systems: usize| System {
            name,
            groups: counts
                .into_iter()
                .map(
                    |((lead, direction), (interfaces, drifted, conflicts))| Group {
                        direction: direction_of(direction),
                        lead,
                        interfaces,
                        drifted,
                        conflicts,
                    },
                )
                .collect(),
            systems,
        };
        let mut landscape = Landscape {
            systems: systems
                .into_iter()
                .map(|(name, counts)| system(name, counts, 1))
                .collect(),
        };
        if let Some((count, counts)) = rest {
            landscape
                .systems
                .push(system(format!("{count} other systems"), counts, count));
        }
        landscape
    }
}

#[cfg(test)]
mod tests;
