//! For every case in the shipped, the fictional, the extra-level, the parallel and the branches datasets, at
//! every step, in both views and at several sizes, the path highlighted on screen is the case's path: read back from the drawn Buffer (the box
//! borders), with the boxes located by the same layout function the drawing uses.

mod support;

use polity::app::{App, DiagramView, Walk};
use ratatui::crossterm::event::KeyCode;
use support::diagram::*;

/// What the border of each whole box on screen says: (body index, mark symbol at its top-left corner).
fn drawn_marks(app: &App) -> Vec<(usize, String)> {
    let terminal = render(app);
    let buf = terminal.backend().buffer();
    let layout = screen_layout(app).expect("the diagram is on screen");
    layout
        .graph
        .nodes
        .iter()
        .filter_map(|node| {
            let r = layout.body_rect(node.body)?;
            let full = layout
                .geometry
                .box_of(layout.graph.node_of(node.body)?)?
                .rect;
            // Only boxes wholly in view can be read back.
            (r.width == full.width && r.height == full.height)
                .then(|| (node.body, buf[(r.x, r.y)].symbol().to_string()))
        })
        .collect()
}

fn check_dataset(dataset: &str) -> usize {
    let mut checked = 0;
    let base = opened(dataset, (120, 40));
    let scenarios = base.model.data.scenarios.clone();
    assert!(!scenarios.is_empty(), "{dataset} has cases");
    for size in [(80, 24), (120, 40), (200, 60)] {
        for view in [DiagramView::Courts, DiagramView::Appointments] {
            for (s, scenario) in scenarios.iter().enumerate() {
                let mut app = opened(dataset, size);
                if view == DiagramView::Appointments {
                    keys(&mut app, "a");
                }
                follow(&mut app, s);
                let ids: Vec<usize> = scenario
                    .steps
                    .iter()
                    .map(|st| {
                        app.model
                            .data
                            .bodies
                            .iter()
                            .position(|b| b.id == st.at)
                            .unwrap()
                    })
                    .collect();
                for step in 0..scenario.steps.len() {
                    assert_eq!(app.state.diagram.walk, Some(Walk { scenario: s, step }));
                    let marks = drawn_marks(&app);
                    let current: Vec<usize> = marks
                        .iter()
                        .filter(|(_, c)| c == "╔")
                        .map(|(b, _)| *b)
                        .collect();
                    let travelled: Vec<usize> = marks
                        .iter()
                        .filter(|(_, c)| c == "┏")
                        .map(|(b, _)| *b)
                        .collect();
                    let context =
                        format!("{dataset} {size:?} {view:?} {:?} step {step}", scenario.id);
                    // The current court is always scrolled into view.
                    assert_eq!(current, vec![ids[step]], "{context}");
                    let mut expected: Vec<usize> = ids[..step]
                        .iter()
                        .copied()
                        .filter(|b| marks.iter().any(|(m, _)| m == b))
                        .collect();
                    expected.sort_unstable();
                    let mut travelled_sorted = travelled.clone();
                    travelled_sorted.sort_unstable();
                    assert_eq!(travelled_sorted, expected, "{context}");
                    // Nothing else is highlighted as on the path.
                    for (b, corner) in &marks {
                        if !ids[..=step].contains(b) {
                            assert!(corner == "┌", "{context}: body {b} drawn with {corner}");
                        }
                    }
                    checked += 1;
                    press(&mut app, KeyCode::Right);
                }
                // Up the chain: each later court of a case stands higher than the one before.
                let layout = screen_layout(&app).unwrap();
                if view == DiagramView::Courts && size == (200, 60) {
                    let chain: Vec<u16> = ids
                        .iter()
                        .filter(|&&b| {
                            layout
                                .graph
                                .rows
                                .iter()
                                .flatten()
                                .any(|&n| layout.graph.nodes[n].body == b)
                        })
                        .filter_map(|&b| layout.body_rect(b).map(|r| r.y))
                        .collect();
                    assert!(
                        chain.windows(2).all(|w| w[1] < w[0]),
                        "{dataset} {:?}: {chain:?}",
                        scenario.id
                    );
                }
            }
        }
    }
    checked
}

#[test]
fn shipped_cases_highlight_their_own_paths() {
    assert!(check_dataset(SHIPPED) > 0);
}

#[test]
fn fictional_cases_highlight_their_own_paths() {
    assert!(check_dataset(FICTIONAL) > 0);
}

#[test]
fn extra_level_cases_highlight_their_own_paths() {
    assert!(check_dataset(EXTRA_LEVEL) > 0);
}

#[test]
fn parallel_and_branch_cases_highlight_their_own_paths() {
    assert!(check_dataset(PARALLEL) > 0);
    assert!(check_dataset(BRANCHES) > 0);
}

/// The arrows a case travels are heavy, those ahead dotted, read from the cells of each appeal's path.
#[test]
fn travelled_appeals_are_heavy_and_those_ahead_dotted() {
    for dataset in [SHIPPED, FICTIONAL, EXTRA_LEVEL, PARALLEL, BRANCHES] {
        let app0 = opened(dataset, (200, 60));
        for (s, scenario) in app0.model.data.scenarios.iter().enumerate() {
            let mut app = opened(dataset, (200, 60));
            follow(&mut app, s);
            for step in 0..scenario.steps.len() {
                let terminal = render(&app);
                let buf = terminal.backend().buffer();
                let layout = screen_layout(&app).unwrap();
                let body = |id: &str| {
                    app.model
                        .data
                        .bodies
                        .iter()
                        .position(|b| b.id == id)
                        .unwrap()
                };
                for (k, pair) in scenario.steps.windows(2).enumerate() {
                    // A case that leaves the appeal chain takes no appeal arrow there.
                    if pair[1].outside {
                        continue;
                    }
                    let (a, b) = (body(&pair[0].at), body(&pair[1].at));
                    let (na, nb) = (
                        layout.graph.node_of(a).unwrap(),
                        layout.graph.node_of(b).unwrap(),
                    );
                    let link = layout
                        .geometry
                        .links
                        .iter()
                        .find(|l| l.from == na && l.to == nb)
                        .expect("every step follows a drawn appeal");
                    // The cell just above the lower court is on the arrow.
                    let (x, y) = link.points[1];
                    let (sx, sy) = layout.cell(x, y).expect("in view at 200x60");
                    let glyph = buf[(sx, sy)].symbol();
                    let heavy = "┃━┏┓┗┛┣┫┳┻╋".contains(glyph);
                    let dotted = "┆┄".contains(glyph);
                    if k < step {
                        assert!(heavy, "{} step {step}: appeal {k} is {glyph}", scenario.id);
                    } else {
                        assert!(!heavy, "{} step {step}: appeal {k} is {glyph}", scenario.id);
                        if layout
                            .geometry
                            .links
                            .iter()
                            .filter(|l| l.points[1] == (x, y))
                            .count()
                            == 1
                        {
                            assert!(
                                dotted
                                    || glyph == "┌"
                                    || glyph == "┐"
                                    || glyph == "└"
                                    || glyph == "┘",
                                "{} step {step}: appeal {k} is {glyph}",
                                scenario.id
                            );
                        }
                    }
                }
                press(&mut app, KeyCode::Right);
            }
        }
    }
}
