//! Courts side by side and in branches: snapshots of both views for the fixture with parallel courts on one level
//! and the one with three branches of three levels, and the diagram's promises checked for every dataset at every
//! size from 80x24 to 200x60: no two appeals share a cell unless they share a court, a followed case highlights
//! exactly the cells of its own appeals, and no label overlaps a box or an arrow.

mod support;

use polity::app::{App, DiagramView};
use polity::court::geometry::{Geometry, NoteKind};
use polity::court::layout::arrange;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use std::collections::BTreeSet;
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
const VIEWS: [DiagramView; 2] = [DiagramView::Courts, DiagramView::Appointments];
const HEAVY: &str = "┃━┏┓┗┛┣┫┳┻╋";

type Cells = BTreeSet<(u16, u16)>;

// ── Snapshots ────────────────────────────────────────────────────────────────────────────────────────────────────

#[test]
fn parallel_courts_in_both_views() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = opened(PARALLEL, (w, h));
        insta::assert_snapshot!(format!("parallel_courts_{w}x{h}"), render(&app).backend());
        keys(&mut app, "a");
        insta::assert_snapshot!(
            format!("parallel_appointments_{w}x{h}"),
            render(&app).backend()
        );
    }
}

#[test]
fn branches_in_both_views() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let mut app = opened(BRANCHES, (w, h));
        insta::assert_snapshot!(format!("branches_courts_{w}x{h}"), render(&app).backend());
        keys(&mut app, "a");
        insta::assert_snapshot!(
            format!("branches_appointments_{w}x{h}"),
            render(&app).backend()
        );
    }
}

#[test]
fn a_case_along_its_branch() {
    let mut app = opened(BRANCHES, (120, 40));
    let permit = app
        .model
        .data
        .scenarios
        .iter()
        .position(|s| s.id == "permit")
        .expect("the fixture has a permit case");
    follow(&mut app, permit);
    keys(&mut app, "n");
    insta::assert_snapshot!("branches_permit_step_2_120x40", render(&app).backend());
}

#[test]
fn kinds_of_review_optional_steps_and_a_case_leaving_the_chain() {
    let mut app = opened(PARALLEL, (120, 40));
    let text = screen(&app);
    assert!(text.contains("▲ cassation"), "{text}");
    assert!(text.contains("▲ exceptional review"), "{text}");
    follow(&mut app, 0);
    keys(&mut app, "nn");
    let text = screen(&app);
    assert!(
        text.contains("Next, only if a side takes it further: an exceptional review goes to"),
        "{text}"
    );
    keys(&mut app, "n");
    insta::assert_snapshot!("parallel_theft_step_4_120x40", render(&app).backend());
    let text = screen(&app);
    assert!(
        text.contains("the case leaves the appeal chain for"),
        "{text}"
    );
    keys(&mut app, "n");
    let layout = screen_layout(&app).expect("on screen");
    let constitutional = app
        .model
        .data
        .bodies
        .iter()
        .position(|b| b.id == "constitutional_court");
    assert_eq!(
        layout.current.map(|n| layout.graph.nodes[n].body),
        constitutional
    );
    let mut app = opened(BRANCHES, (200, 60));
    press(&mut app, KeyCode::Down);
    let text = screen(&app);
    assert!(
        text.contains("Appeals go to: Federal Constitutional Court"),
        "{text}"
    );
}

// ── Lanes ────────────────────────────────────────────────────────────────────────────────────────────────────────

#[test]
fn each_branch_stands_in_a_column_of_its_own() {
    let app = opened(BRANCHES, (200, 60));
    let layout = screen_layout(&app).expect("on screen");
    assert_eq!(layout.graph.lanes, ["Ordinary", "Administrative", "Labour"]);
    let centre = |id: &str| {
        let body = app.model.data.bodies.iter().position(|b| b.id == id);
        let r = layout.body_rect(body.expect("a body")).expect("drawn");
        r.x + r.width / 2
    };
    for lane in [
        ["local_court", "regional_court", "justice_court"],
        ["admin_court", "higher_admin_court", "federal_admin_court"],
        ["labour_court", "state_labour_court", "federal_labour_court"],
    ] {
        let xs: Vec<u16> = lane.iter().map(|id| centre(id)).collect();
        assert!(xs.windows(2).all(|w| w[0] == w[1]), "{lane:?}: {xs:?}");
    }
    // The constitutional court, of no branch, stands over the ordinary lane it is reached from.
    assert_eq!(centre("constitutional_court"), centre("justice_court"));
    // Every appeal inside a lane runs straight up.
    for link in &layout.geometry.links {
        assert!(
            link.points.iter().all(|p| p.0 == link.points[0].0),
            "{link:?}"
        );
    }
}

// ── Properties at every size ─────────────────────────────────────────────────────────────────────────────────────

fn open((dataset, newest): (&str, bool), size: (u16, u16)) -> App {
    if newest {
        opened_newest(dataset, size)
    } else {
        opened(dataset, size)
    }
}

/// Every distinct layout of `dataset`'s `view` from 80x24 to 200x60.
fn layouts(dataset: (&str, bool), view: DiagramView) -> Vec<(Rect, Geometry)> {
    let app = open(dataset, (120, 40));
    let mut seen: Vec<(Rect, Geometry)> = Vec::new();
    for width in 80..=200u16 {
        for height in [24u16, 30, 36, 40, 48, 54, 60] {
            let area = Rect::new(1, 2, width - 2, height - 5);
            let layout = arrange(&app.model, view, app.strings, area);
            if !seen.iter().any(|(_, g)| *g == layout.geometry) {
                seen.push((area, layout.geometry));
            }
        }
    }
    seen
}

fn link_cells(g: &Geometry, link: usize) -> Cells {
    g.link_cells(link).into_iter().collect()
}

fn in_a_box(g: &Geometry, cell: (u16, u16)) -> bool {
    g.boxes.iter().any(|b| b.rect.contains(cell.into()))
}

/// The cells of every label: stubs' texts and the notes (headings, lane names, "appeal").
fn label_cells(g: &Geometry) -> Vec<(String, Cells)> {
    let stubs = g.stubs.iter().map(|s| (s.label.clone(), s.label_x, s.y));
    let notes = g.notes.iter().map(|n| {
        // A heading over a rule across the diagram is drawn with a space either side.
        let text = if n.kind == NoteKind::Heading && g.rule.is_some_and(|(a, b)| a.1 == b.1) {
            format!(" {} ", n.text)
        } else {
            n.text.clone()
        };
        (text, n.x, n.y)
    });
    stubs
        .chain(notes)
        .map(|(text, x, y)| {
            let cells = (x..x + text.width() as u16).map(|x| (x, y)).collect();
            (text, cells)
        })
        .collect()
}

#[test]
fn no_two_appeals_share_a_cell_unless_they_share_a_court() {
    for dataset in DATASETS {
        for view in VIEWS {
            for (area, g) in layouts(dataset, view) {
                for (i, a) in g.links.iter().enumerate() {
                    let cells = link_cells(&g, i);
                    // An arrow leaves its lower court at the border and never runs through a box.
                    for &cell in cells.iter().filter(|&&c| c != a.points[0]) {
                        assert!(
                            !in_a_box(&g, cell),
                            "{dataset:?} {view:?} {area:?}: {a:?} at {cell:?}"
                        );
                    }
                    for (j, b) in g.links.iter().enumerate().skip(i + 1) {
                        let shared = [a.from, a.to].iter().any(|n| *n == b.from || *n == b.to);
                        if !shared {
                            let other = link_cells(&g, j);
                            let common: Vec<_> = cells.intersection(&other).collect();
                            assert!(
                                common.is_empty(),
                                "{dataset:?} {view:?} {area:?}: {a:?} and {b:?} share {common:?}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn no_label_overlaps_a_box_or_an_arrow() {
    for dataset in DATASETS {
        for view in VIEWS {
            for (area, g) in layouts(dataset, view) {
                let mut lines: Cells = (0..g.links.len()).flat_map(|i| link_cells(&g, i)).collect();
                for stub in &g.stubs {
                    lines.extend(Geometry::stub_cells(stub));
                }
                for (text, cells) in label_cells(&g) {
                    for &cell in &cells {
                        let context =
                            format!("{dataset:?} {view:?} {area:?}: {text:?} at {cell:?}");
                        assert!(!in_a_box(&g, cell), "{context} is in a box");
                        assert!(!lines.contains(&cell), "{context} is on an arrow");
                    }
                }
            }
        }
    }
}

/// The heavy line cells on screen, outside the boxes (whose borders show their own mark).
fn heavy_cells(app: &App) -> Cells {
    let terminal = render(app);
    let buf = terminal.backend().buffer();
    let layout = screen_layout(app).expect("on screen");
    let v = layout.viewport;
    let boxes: Vec<Rect> = layout
        .geometry
        .boxes
        .iter()
        .map(|b| layout.to_screen(b.rect))
        .collect();
    let mut out = Cells::new();
    for y in v.y..v.bottom() {
        for x in v.x..v.right() {
            let heavy = HEAVY.contains(buf[(x, y)].symbol());
            if heavy && !boxes.iter().any(|r| r.contains((x, y).into())) {
                out.insert((x, y));
            }
        }
    }
    out
}

/// The cells on screen of the appeals the case has taken and of the entry arrow of its kind of case, without
/// the arrowheads and the cells under the lower court's border.
fn travelled_cells(app: &App) -> Cells {
    let layout = screen_layout(app).expect("on screen");
    let marks =
        polity::court::Marks::new(&app.model, &app.state.diagram, &layout.graph, layout.focus);
    let g = &layout.geometry;
    let mut cells = Cells::new();
    for (i, link) in g.links.iter().enumerate() {
        if marks.links[i] == polity::court::Mark::Travelled {
            let ends = [link.points[0], *link.points.last().expect("points")];
            cells.extend(g.link_cells(i).into_iter().filter(|c| !ends.contains(c)));
        }
    }
    for stub in g.stubs.iter().filter(|s| marks.stub_travelled(s.source)) {
        cells.extend(Geometry::stub_cells(stub).filter(|&(x, _)| x != stub.head));
    }
    cells
        .into_iter()
        .filter_map(|(x, y)| layout.cell(x, y))
        .collect()
}

#[test]
fn a_case_highlights_exactly_the_cells_of_its_own_appeals() {
    let mut checked = 0;
    for dataset in DATASETS {
        let scenarios = open(dataset, (80, 24)).model.data.scenarios.len();
        for size in [(80, 24), (120, 40), (160, 50), (200, 60)] {
            for view in VIEWS {
                for s in 0..scenarios {
                    let mut app = open(dataset, size);
                    if view == DiagramView::Appointments {
                        keys(&mut app, "a");
                    }
                    follow(&mut app, s);
                    let steps = app.model.data.scenarios[s].steps.len();
                    for step in 0..steps {
                        let context = format!("{dataset:?} {size:?} {view:?} case {s} step {step}");
                        assert_eq!(heavy_cells(&app), travelled_cells(&app), "{context}");
                        checked += 1;
                        press(&mut app, KeyCode::Right);
                    }
                }
            }
        }
    }
    assert!(checked > 100, "{checked}");
}
