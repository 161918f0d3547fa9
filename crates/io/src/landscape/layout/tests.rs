use std::sync::Arc;

use super::super::svg::heads;
use super::super::{Group, Landscape, Lead, System};
use super::*;
use crate::testing;

fn landscape(names: &[String], groups_each: usize) -> Landscape {
    let directions = [
        Direction::Inbound,
        Direction::Outbound,
        Direction::Bidirectional,
    ];
    Landscape {
        systems: names
            .iter()
            .map(|name| System {
                name: name.clone(),
                groups: (0..groups_each)
                    .map(|g| Group {
                        direction: directions[g % 3],
                        lead: Lead::Pattern("odata".to_owned()),
                        interfaces: g + 1,
                        drifted: usize::from(g == 1),
                        conflicts: 0,
                    })
                    .collect(),
                systems: 1,
            })
            .collect(),
    }
}

fn boxes_overlap(a: &Node, b: &Node) -> bool {
    (a.centre.x - b.centre.x).abs() < (a.width + b.width) / 2.0
        && (a.centre.y - b.centre.y).abs() < (a.height + b.height) / 2.0
}

fn inside(layout: &Layout, node: &Node) -> bool {
    node.centre.x - node.width / 2.0 >= 0.0
        && node.centre.x + node.width / 2.0 <= layout.width
        && node.centre.y - node.height / 2.0 >= 0.0
        && node.centre.y + node.height / 2.0 <= layout.height
}

/// The boxes of every system, F&O's among them, are on the canvas and apart, the legend is
/// below them all, and every arrow joins F&O's box to its system's.
fn assert_readable(layout: &Layout) {
    let mut all = vec![&layout.centre];
    all.extend(&layout.systems);
    for (i, a) in all.iter().enumerate() {
        assert!(inside(layout, a), "{} is off the canvas", a.name);
        for b in &all[i + 1..] {
            assert!(
                !boxes_overlap(a, b),
                "{} at {:?} and {} at {:?} overlap, of {}",
                a.name,
                a.centre,
                b.name,
                b.centre,
                layout.systems.len()
            );
        }
    }
    let lowest = all
        .iter()
        .map(|n| n.centre.y + n.height / 2.0)
        .fold(0.0f32, f32::max);
    for entry in &layout.legend {
        assert!(entry.at.y >= lowest, "the legend covers a box");
        assert!(entry.at.x + text_width(&entry.words, SMALL_SIZE) <= layout.width);
    }
    for arrow in &layout.arrows {
        for end in [arrow.at_fo, arrow.at_system] {
            assert!(
                (0.0..=layout.width).contains(&end.x) && (0.0..=layout.height).contains(&end.y)
            );
        }
    }
}

#[test]
fn the_bundled_sample_is_laid_out_without_overlaps() {
    let catalogue = testing::catalogue();
    let path = crate::testing::repository_file("inventories/sample-programme.csv");
    let inventory =
        crate::inventory::read_inventory(&path, None, catalogue).expect("the sample reads");
    let assessor = std::cell::RefCell::new(advisor_core::portfolio::Assessor::new(catalogue));
    let assessments: Vec<Arc<_>> = inventory
        .interfaces
        .iter()
        .map(|i| assessor.borrow_mut().assess(&i.scenario))
        .collect();
    let landscape = Landscape::of(&inventory.interfaces, &assessments);
    let layout = Layout::of(&landscape, catalogue, "Sample programme");
    assert_eq!(layout.systems.len(), landscape.systems.len());
    assert_eq!(
        layout.arrows.len(),
        landscape
            .systems
            .iter()
            .map(|s| s.groups.len())
            .sum::<usize>()
    );
    assert_readable(&layout);
}

#[test]
fn one_to_sixty_systems_fit_the_slide() {
    let catalogue = testing::catalogue();
    for count in [1, 2, 5, 12, 20, 21, 31, 45, 60] {
        let names: Vec<String> = (0..count).map(|i| format!("System {i:02}")).collect();
        let layout = Layout::of(&landscape(&names, 2), catalogue, "A programme");
        assert_eq!(layout.systems.len(), count);
        assert_eq!(layout.arrows.len(), count * 2);
        assert_readable(&layout);
    }
}

#[test]
fn long_names_are_shortened_and_kept_whole_for_the_tooltip() {
    let catalogue = testing::catalogue();
    let long = "The group's consolidation and reporting platform in Frankfurt".to_owned();
    let layout = Layout::of(
        &landscape(std::slice::from_ref(&long), 1),
        catalogue,
        "A programme",
    );
    let node = &layout.systems[0];
    assert_eq!(node.name.chars().count(), NAME_CHARS_MAX);
    assert!(node.name.ends_with('…'));
    assert_eq!(node.full_name, long);
}

#[test]
fn arrows_point_the_way_the_data_flows_and_drift_is_dashed() {
    let catalogue = testing::catalogue();
    let layout = Layout::of(
        &landscape(&["Bank".to_owned()], 3),
        catalogue,
        "A programme",
    );
    let [inbound, outbound, both] = [&layout.arrows[0], &layout.arrows[1], &layout.arrows[2]];
    assert_eq!(heads(inbound).len(), 1);
    assert_eq!(
        heads(inbound)[0][0],
        inbound.at_fo,
        "into F&O: the head is at F&O"
    );
    assert_eq!(heads(outbound)[0][0], outbound.at_system);
    assert_eq!(heads(both).len(), 2);
    assert!(!inbound.dashed && outbound.dashed && !both.dashed);
    assert_eq!(outbound.label, "OData ×2 · 1 drifted");
    // Parallel arrows of one system keep apart.
    let gap = (inbound.at_fo.x - outbound.at_fo.x).hypot(inbound.at_fo.y - outbound.at_fo.y);
    assert!((gap - ARROW_GAP).abs() < 0.01, "{gap}");
    let note = layout
        .legend_note
        .as_ref()
        .expect("a note on dashed arrows");
    assert!(note.0.starts_with("Dashed"));
}

#[test]
fn many_systems_label_their_arrows_with_counts_only() {
    let catalogue = testing::catalogue();
    let names: Vec<String> = (0..=WORDED_LABELS_MAX).map(|i| format!("S{i}")).collect();
    let layout = Layout::of(&landscape(&names, 1), catalogue, "A programme");
    // A single interface says nothing an arrow does not; more are counted.
    assert_eq!(layout.arrows[0].label, "");
    let layout = Layout::of(&landscape(&names, 2), catalogue, "A programme");
    assert_eq!(layout.arrows[1].label, "×2 · 1 drifted");
    let names: Vec<String> = (0..WORDED_LABELS_MAX).map(|i| format!("S{i}")).collect();
    let layout = Layout::of(&landscape(&names, 1), catalogue, "A programme");
    assert_eq!(layout.arrows[0].label, "OData ×1");
}

#[test]
fn labels_keep_off_the_boxes_where_the_arrow_leaves_room() {
    let catalogue = testing::catalogue();
    for count in [3, 12, 31] {
        let names: Vec<String> = (0..count).map(|i| format!("System {i:02}")).collect();
        let layout = Layout::of(&landscape(&names, 3), catalogue, "A programme");
        let mut boxes = vec![&layout.centre];
        boxes.extend(&layout.systems);
        for arrow in layout.arrows.iter().filter(|a| !a.label.is_empty()) {
            let patch = Node {
                centre: arrow.label_at,
                width: text_width(&arrow.label, layout.label_size) + 4.0,
                height: layout.label_size + 4.0,
                ..layout.centre.clone()
            };
            for node in &boxes {
                assert!(
                    !boxes_overlap(&patch, node),
                    "the label {:?} covers {} (of {count} systems)",
                    arrow.label,
                    node.name
                );
            }
        }
    }
}
