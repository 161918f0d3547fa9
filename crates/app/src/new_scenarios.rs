//! Scenarios made from the one shown: a copy, and the two one-way halves of a two-way flow.
//! The window adds each as an unsaved document.

use advisor_core::model::{Direction, Scenario};

/// A copy of `scenario`, titled as one.
pub fn copy_of(scenario: &Scenario) -> Scenario {
    let mut copy = scenario.clone();
    copy.title = format!("Copy of {}", scenario.title);
    copy
}

/// The two halves of `scenario`, one for each way the data flows: out of F&O first, then into
/// it.
///
/// Each half says which way it covers and keeps the two-way story below, marked as the one
/// it was split from, for the user to reword; neither keeps the recorded decision, which was
/// taken for both ways at once.
pub fn one_way_halves(scenario: &Scenario) -> [Scenario; 2] {
    let counterpart = scenario.requirements.counterpart.label();
    let half = |direction, words: &str, flow: String, other: &str| {
        let mut half = scenario.clone();
        half.title = format!("{} ({words})", scenario.title);
        half.requirements.direction = direction;
        half.decision = None;
        half.context = format!(
            "This half covers the flow {words}: {flow}. The flow {other} is the other half. \
             Split from “{}”: {}",
            scenario.title, scenario.context
        );
        half
    };
    [
        half(
            Direction::Outbound,
            "out of F&O",
            format!("F&O sends the data to {counterpart}"),
            "into F&O",
        ),
        half(
            Direction::Inbound,
            "into F&O",
            format!("{counterpart} sends the data to F&O"),
            "out of F&O",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use advisor_core::model::{Decision, DecisionStatus};

    use super::*;

    #[test]
    fn the_halves_go_one_way_each_and_keep_everything_else_but_the_decision() {
        let mut two_way = crate::testing::templates()[0].scenario.clone();
        two_way.requirements.direction = Direction::Bidirectional;
        two_way.decision = Some(Decision {
            status: DecisionStatus::Accepted,
            pattern: "dual-write".to_owned(),
            rationale: "Both ways at once.".to_owned(),
            decided_by: vec!["Architecture board".to_owned()],
            date: "2026-12-01".to_owned(),
            supersedes: None,
            catalogue_version: None,
        });

        let [out, into] = one_way_halves(&two_way);

        assert_eq!(out.requirements.direction, Direction::Outbound);
        assert_eq!(into.requirements.direction, Direction::Inbound);
        for half in [&out, &into] {
            assert_eq!(half.decision, None);
            assert!(half.context.ends_with(&two_way.context), "{}", half.context);
            assert!(half.title.starts_with(&two_way.title));
            let mut same = half.requirements.clone();
            same.direction = Direction::Bidirectional;
            assert_eq!(same, two_way.requirements, "only the direction differs");
        }
        assert!(out.title.ends_with("(out of F&O)"), "{}", out.title);
        assert!(into.title.ends_with("(into F&O)"), "{}", into.title);
        let counterpart = two_way.requirements.counterpart.label();
        assert!(
            into.context.starts_with(&format!(
                "This half covers the flow into F&O: {counterpart} sends the data to F&O."
            )),
            "{}",
            into.context
        );
    }

    #[test]
    fn a_copy_is_the_same_scenario_under_another_title() {
        let original = &crate::testing::templates()[1].scenario;
        let copy = copy_of(original);
        assert_eq!(copy.title, format!("Copy of {}", original.title));
        assert_eq!(
            Scenario {
                title: original.title.clone(),
                ..copy
            },
            *original
        );
    }
}
