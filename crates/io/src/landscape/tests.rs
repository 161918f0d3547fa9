use std::sync::Arc;

use super::*;
use advisor_core::model::{Counterpart, ModelDrivenApp, Requirements, Scenario};

fn interface(system: Option<&str>, counterpart: Counterpart, direction: Direction) -> Interface {
    Interface {
        row: 2,
        id: None,
        scenario: Scenario {
            title: "An interface".to_owned(),
            context: String::new(),
            requirements: Requirements {
                counterpart,
                direction,
                ..Requirements::default()
            },
            decision: None,
        },
        system: system.map(str::to_owned),
    }
}

fn assessment(outcome: Outcome, pattern: Option<&str>) -> Arc<Assessment> {
    Arc::new(Assessment {
        outcome,
        recommended: pattern.map(str::to_owned),
        tied: Vec::new(),
        leading_reason: None,
        warnings: Vec::new(),
        conflicts: 0,
        drift: None,
    })
}

#[test]
fn interfaces_of_one_system_direction_and_lead_share_one_arrow() {
    let other = Counterpart::OtherSystem;
    let interfaces = [
        interface(Some("3PL"), other, Direction::Outbound),
        interface(Some("3PL"), other, Direction::Outbound),
        interface(Some("3PL"), other, Direction::Inbound),
        interface(Some("Bank"), other, Direction::Outbound),
        interface(
            None,
            Counterpart::Dynamics365App(ModelDrivenApp::Sales),
            Direction::Bidirectional,
        ),
    ];
    let mut drifted = (*assessment(Outcome::Clear, Some("odata"))).clone();
    drifted.drift = Some("the advice moved".to_owned());
    drifted.conflicts = 1;
    let assessments = [
        assessment(Outcome::Clear, Some("odata")),
        Arc::new(drifted),
        assessment(Outcome::Clear, Some("odata")),
        assessment(Outcome::NoFit, None),
        assessment(Outcome::Clear, Some("dual-write")),
    ];
    let landscape = Landscape::of(&interfaces, &assessments);
    let names: Vec<&str> = landscape.systems.iter().map(|s| s.name.as_str()).collect();
    // Without a name of its own, a system is named by its kind of counterpart.
    assert_eq!(names, ["3PL", "Bank", "Dynamics 365 Sales"]);
    let tpl = &landscape.systems[0];
    assert_eq!(tpl.interfaces(), 3);
    assert_eq!(tpl.groups.len(), 2, "{:?}", tpl.groups);
    let out = tpl
        .groups
        .iter()
        .find(|g| g.direction == Direction::Outbound)
        .expect("an outbound arrow");
    assert_eq!(
        (out.interfaces, out.drifted, out.conflicts),
        (2, 1, 1),
        "the two outbound OData interfaces, one drifted with contradictory answers"
    );
    assert_eq!(landscape.systems[1].groups[0].lead, Lead::NoFit);
    assert_eq!(landscape.interfaces(), 5);
    assert_eq!(
        landscape.leads(),
        [
            &Lead::Pattern("dual-write".to_owned()),
            &Lead::Pattern("odata".to_owned()),
            &Lead::NoFit
        ]
    );
}

#[test]
fn beyond_the_maximum_the_smallest_systems_become_one_node() {
    let other = Counterpart::OtherSystem;
    let mut interfaces = Vec::new();
    // 70 systems: "Big 00".."Big 09" with three interfaces each, "Small 00".."Small 59" with one.
    for big in 0..10 {
        for _ in 0..3 {
            interfaces.push(interface(
                Some(&format!("Big {big:02}")),
                other,
                Direction::Inbound,
            ));
        }
    }
    for small in 0..60 {
        interfaces.push(interface(
            Some(&format!("Small {small:02}")),
            other,
            Direction::Inbound,
        ));
    }
    let assessments: Vec<_> = interfaces
        .iter()
        .map(|_| assessment(Outcome::Clear, Some("odata")))
        .collect();
    let landscape = Landscape::of(&interfaces, &assessments);
    assert_eq!(landscape.systems.len(), MAX_SYSTEMS);
    assert_eq!(
        landscape.interfaces(),
        90,
        "no interface is lost by grouping"
    );
    let rest = landscape.systems.last().expect("a grouped node");
    // 70 systems, 59 drawn one by one: the other 11 are the smallest, the last by name.
    assert_eq!(rest.name, "11 other systems");
    assert_eq!((rest.systems, rest.interfaces()), (11, 11));
    let drawn: Vec<&str> = landscape.systems[..MAX_SYSTEMS - 1]
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert!(drawn.contains(&"Big 09") && drawn.contains(&"Small 48"));
    assert!(!drawn.contains(&"Small 49"), "{drawn:?}");
    let mut sorted = drawn.clone();
    sorted.sort_unstable();
    assert_eq!(
        drawn, sorted,
        "the systems drawn are in the order of their names"
    );
}

#[test]
fn every_lead_has_words() {
    let catalogue = crate::testing::catalogue();
    assert_eq!(Lead::Pattern("odata".to_owned()).words(catalogue), "OData");
    assert_eq!(
        Lead::Tie(vec!["odata".to_owned(), "custom-service".to_owned()]).words(catalogue),
        "Tie: OData or Custom service"
    );
    assert_eq!(Lead::NoFit.words(catalogue), "No good fit");
}
