//! The appointments view as a graph: the bodies that choose are boxes with labelled arrows to what they choose,
//! a procedure of several steps reads as one path, and at every size from 80x24 to 200x60 no two arrows run
//! along the same cells unless they share a box, no label lies in a box or on another arrow, and every arrow
//! carries its label.

mod support;

use polity::app::{App, DiagramView};
use polity::court::geometry::Geometry;
use polity::court::layout::arrange;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use std::collections::BTreeMap;
use support::diagram::*;
use unicode_width::UnicodeWidthStr;

/// Each dataset, and whether at its newest date (else as the other diagram tests see it).
const DATASETS: [(&str, bool); 6] = [
    (SHIPPED, false),
    (SHIPPED, true),
    (FICTIONAL, false),
    (EXTRA_LEVEL, false),
    (PARALLEL, false),
    (BRANCHES, false),
];

fn open((dataset, newest): (&str, bool), size: (u16, u16)) -> App {
    let mut app = if newest {
        opened_newest(dataset, size)
    } else {
        opened(dataset, size)
    };
    keys(&mut app, "a");
    app
}

/// Every distinct layout of the appointments view from 80x24 to 200x60.
fn layouts(dataset: (&str, bool)) -> Vec<(Rect, Geometry)> {
    let app = open(dataset, (120, 40));
    let mut seen: Vec<(Rect, Geometry)> = Vec::new();
    for width in (80..=200u16).step_by(3) {
        for height in [24u16, 30, 40, 48, 60] {
            let area = Rect::new(1, 2, width - 2, height - 5);
            let layout = arrange(&app.model, DiagramView::Appointments, app.strings, area);
            if !seen.iter().any(|(_, g)| *g == layout.geometry) {
                seen.push((area, layout.geometry));
            }
        }
    }
    seen
}

/// Per cell of an arrow: whether it runs across there (else up or down), and whether the arrow turns there.
fn runs(g: &Geometry, edge: usize) -> BTreeMap<(u16, u16), (bool, bool)> {
    let mut out = BTreeMap::new();
    let points = &g.edges[edge].points;
    for (k, pair) in points.windows(2).enumerate() {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let across = y0 == y1;
        let cells: Vec<(u16, u16)> = if across {
            (x0.min(x1)..=x0.max(x1)).map(|x| (x, y0)).collect()
        } else {
            (y0.min(y1)..=y0.max(y1)).map(|y| (x0, y)).collect()
        };
        for cell in cells {
            let turn = (cell == pair[0] && k > 0) || (cell == pair[1] && k + 2 < points.len());
            let entry = out.entry(cell).or_insert((across, false));
            entry.1 |= turn || entry.0 != across;
        }
    }
    out
}

fn in_a_box(g: &Geometry, cell: (u16, u16)) -> bool {
    g.boxes.iter().any(|b| b.rect.contains(cell.into()))
}

#[test]
fn arrows_cross_but_never_run_along_each_other_or_through_a_box() {
    for dataset in DATASETS {
        for (area, g) in layouts(dataset) {
            assert!(!g.edges.is_empty(), "{dataset:?}: arrows are drawn");
            let cells: Vec<_> = (0..g.edges.len()).map(|i| runs(&g, i)).collect();
            for (i, a) in g.edges.iter().enumerate() {
                for cell in cells[i].keys() {
                    assert!(
                        !in_a_box(&g, *cell),
                        "{dataset:?} {area:?}: {a:?} at {cell:?}"
                    );
                }
                for (j, b) in g.edges.iter().enumerate().skip(i + 1) {
                    if [a.from, a.to].iter().any(|n| *n == b.from || *n == b.to) {
                        continue;
                    }
                    for (cell, &(across, turns)) in &cells[i] {
                        if let Some(&(other_across, other_turns)) = cells[j].get(cell) {
                            // Only a plain crossing: one across, the other up or down, neither turning.
                            assert!(
                                across != other_across && !turns && !other_turns,
                                "{dataset:?} {area:?}: {a:?} and {b:?} share {cell:?}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn every_arrow_carries_its_label_on_its_own_run_and_nowhere_else() {
    for dataset in DATASETS {
        for (area, g) in layouts(dataset) {
            let cells: Vec<_> = (0..g.edges.len()).map(|i| runs(&g, i)).collect();
            for (i, edge) in g.edges.iter().enumerate() {
                let (x, y, text) = edge.label.as_ref().expect("every arrow is labelled");
                assert!(!text.is_empty());
                let context = format!("{dataset:?} {area:?}: {text:?}");
                // The space either side of the words is the arrow's too.
                for cx in x - 1..x + text.width() as u16 + 1 {
                    let cell = (cx, *y);
                    assert!(!in_a_box(&g, cell), "{context} is in a box at {cell:?}");
                    assert!(
                        cells[i]
                            .get(&cell)
                            .is_some_and(|&(across, turns)| across && !turns),
                        "{context} is off its arrow's level run at {cell:?}"
                    );
                    for (j, other) in cells.iter().enumerate() {
                        assert!(
                            j == i || !other.contains_key(&cell),
                            "{context} is on another arrow at {cell:?}"
                        );
                    }
                }
            }
        }
    }
}

fn body(app: &App, id: &str) -> usize {
    app.model
        .data
        .bodies
        .iter()
        .position(|b| b.id == id)
        .unwrap_or_else(|| panic!("{id} in the data"))
}

/// The drawn path of arrows from `ids[0]` through each body in turn.
fn assert_path(app: &App, ids: &[&str]) {
    let layout = screen_layout(app).expect("on screen");
    let graph = &layout.graph;
    for pair in ids.windows(2) {
        let (a, b) = (
            graph.node_of(body(app, pair[0])).expect("a box"),
            graph.node_of(body(app, pair[1])).expect("a box"),
        );
        let edge = graph
            .edges
            .iter()
            .position(|e| e.from == a && e.to == b)
            .unwrap_or_else(|| panic!("an arrow {} -> {}", pair[0], pair[1]));
        assert!(
            layout.geometry.edges.iter().any(|g| g.edge == edge),
            "{pair:?} is drawn"
        );
    }
}

#[test]
fn a_procedure_of_several_steps_reads_as_one_path() {
    for size in [(80, 24), (120, 40), (200, 60)] {
        let app = open((SHIPPED, false), size);
        assert_path(
            &app,
            &[
                "supreme_judicial_council",
                "president",
                "senate",
                "supreme_court",
            ],
        );
        let app = open((SHIPPED, true), size);
        assert_path(&app, &["president", "kurultai", "supreme_court"]);
    }
}

#[test]
fn the_graph_keeps_who_really_chooses_whom() {
    let app = open((SHIPPED, false), (120, 40));
    let layout = screen_layout(&app).expect("on screen");
    let graph = &layout.graph;
    let node = |id: &str| graph.node_of(body(&app, id)).expect("a box");
    let (president, court) = (node("president"), node("supreme_court"));
    // Drawn as President -> Senate, but the President recommends judges *of the Supreme Court*.
    assert!(graph.chooses.iter().any(|&(f, t, r)| f == president
        && t == court
        && app.model.data.relations[r].kind == polity::model::RelationKind::Recommends));
}

#[test]
fn tab_reaches_the_appointing_bodies_and_the_panel_shows_them() {
    let mut app = open((SHIPPED, false), (200, 60));
    let president = body(&app, "president");
    let order = screen_layout(&app).expect("on screen").focus_order();
    assert!(order.contains(&president));
    for _ in 0..order.len() {
        if focused(&app) == Some(president) {
            break;
        }
        press(&mut app, KeyCode::Tab);
    }
    assert_eq!(focused(&app), Some(president));
    let name = app.model.data.bodies[president].name.to_string();
    assert!(screen(&app).contains(&name), "the panel names {name}");
}

#[test]
fn memberships_are_listed_in_their_box_not_drawn() {
    use polity::model::RelationKind::{Chairs, MemberOf};
    for dataset in DATASETS {
        for size in [(80, 24), (120, 40), (200, 60)] {
            let app = open(dataset, size);
            let layout = screen_layout(&app).expect("on screen");
            let (graph, d) = (&layout.graph, &app.model.data);
            for e in &graph.edges {
                let kind = d.relations[e.relation].kind;
                assert!(kind != MemberOf && kind != Chairs, "{dataset:?}: {e:?}");
            }
            for r in d.relations.iter().filter(|r| r.kind == MemberOf) {
                let Some(to) = graph.node_of(body(&app, &r.to)) else {
                    continue;
                };
                if !graph.chosen[to] {
                    continue;
                }
                let who = match &r.who {
                    Some(who) => who.clone(),
                    None => d.bodies[body(&app, &r.from)].name.clone(),
                };
                let text = layout.geometry.box_of(to).expect("a box").lines.join(" ");
                assert!(
                    text.contains(who.as_str()),
                    "{dataset:?} {size:?}: {who:?} in {text:?}"
                );
            }
        }
    }
    // A body that only sends members is no box.
    let app = open((SHIPPED, false), (200, 60));
    let layout = screen_layout(&app).expect("on screen");
    assert_eq!(layout.graph.node_of(body(&app, "judges")), None);
}
