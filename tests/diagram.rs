//! The court diagram on screen: snapshots of both views at three sizes and along a case, the highlight's styles
//! and symbols cell by cell, a dataset with an extra court level, and the diagram's keys and clicks.

mod support;

use polity::app::{App, DiagramView, Walk};
use polity::theme::Theme;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use support::diagram::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn body(app: &App, id: &str) -> usize {
    app.model
        .data
        .bodies
        .iter()
        .position(|b| b.id == id)
        .unwrap_or_else(|| panic!("no body {id:?}"))
}

/// The box of body `id` on screen, whole.
fn rect(app: &App, id: &str) -> Rect {
    let layout = screen_layout(app).expect("the diagram is on screen");
    let r = layout.body_rect(body(app, id)).expect("the box is drawn");
    assert!(r.width > 2 && r.height > 2, "{id} is cut off: {r:?}");
    r
}

// ── Snapshots ────────────────────────────────────────────────────────────────────────────────────────────────────

#[test]
fn courts_view_at_three_sizes() {
    for (w, h) in SIZES {
        let app = opened(SHIPPED, (w, h));
        insta::assert_snapshot!(format!("courts_{w}x{h}"), render(&app).backend());
    }
}

#[test]
fn appointments_view_at_three_sizes() {
    for (w, h) in SIZES {
        let mut app = opened(SHIPPED, (w, h));
        keys(&mut app, "a");
        assert_eq!(app.state.diagram.view, DiagramView::Appointments);
        insta::assert_snapshot!(format!("appointments_{w}x{h}"), render(&app).backend());
    }
}

#[test]
fn preview_beside_the_list() {
    let app = judicial(SHIPPED, (80, 24));
    insta::assert_snapshot!("preview_80x24", render(&app).backend());
    let app = judicial(SHIPPED, (120, 40));
    insta::assert_snapshot!("preview_120x40", render(&app).backend());
}

#[test]
fn scenario_list() {
    let mut app = opened(SHIPPED, (80, 24));
    keys(&mut app, "s");
    press(&mut app, KeyCode::Down);
    insta::assert_snapshot!("scenario_list_80x24", render(&app).backend());
}

#[test]
fn a_theft_step_by_step() {
    let mut app = opened(SHIPPED, (120, 40));
    follow(&mut app, 0);
    insta::assert_snapshot!("theft_step_1_120x40", render(&app).backend());
    press(&mut app, KeyCode::Right);
    insta::assert_snapshot!("theft_step_2_120x40", render(&app).backend());
    keys(&mut app, "n");
    insta::assert_snapshot!("theft_step_3_120x40", render(&app).backend());
    // At the end of the road another step changes nothing.
    keys(&mut app, "n");
    assert_eq!(
        app.state.diagram.walk,
        Some(Walk {
            scenario: 0,
            step: 2
        })
    );
}

#[test]
fn an_election_challenge_goes_to_the_body_apart() {
    let mut app = opened(SHIPPED, (80, 24));
    let election = app
        .model
        .data
        .scenarios
        .iter()
        .position(|s| s.id == "disputed_election")
        .expect("the shipped data has an election challenge");
    follow(&mut app, election);
    insta::assert_snapshot!("election_challenge_80x24", render(&app).backend());
}

#[test]
fn a_case_in_the_appointments_view_and_at_200x60() {
    let mut app = opened(SHIPPED, (200, 60));
    follow(&mut app, 0);
    keys(&mut app, "n");
    insta::assert_snapshot!("theft_step_2_200x60", render(&app).backend());
    keys(&mut app, "a");
    insta::assert_snapshot!("theft_step_2_appointments_200x60", render(&app).backend());
}

#[test]
fn fictional_country() {
    let app = opened(FICTIONAL, (120, 40));
    insta::assert_snapshot!("fictional_courts_120x40", render(&app).backend());
    let mut app = opened(FICTIONAL, (80, 24));
    keys(&mut app, "a");
    insta::assert_snapshot!("fictional_appointments_80x24", render(&app).backend());
}

// ── The highlight, cell by cell ──────────────────────────────────────────────────────────────────────────────────

#[test]
fn current_travelled_and_ahead_read_without_colour() {
    let mut app = opened(SHIPPED, (120, 40));
    follow(&mut app, 0);
    press(&mut app, KeyCode::Right);
    let terminal = render(&app);
    let buf = terminal.backend().buffer();

    // Current: a double border, a pointer before the label, the label reversed.
    let current = rect(&app, "oblast_courts");
    assert_eq!(buf[(current.x, current.y)].symbol(), "╔");
    assert_eq!(buf[(current.x + 1, current.y)].symbol(), "═");
    assert_eq!(buf[(current.x + 2, current.y + 1)].symbol(), "▶");
    let label = &buf[(current.x + 4, current.y + 1)];
    assert!(label.modifier.contains(Modifier::REVERSED), "{label:?}");

    // Travelled: a heavy border, a tick, bold.
    let travelled = rect(&app, "local_courts");
    assert_eq!(buf[(travelled.x, travelled.y)].symbol(), "┏");
    assert_eq!(buf[(travelled.x + 2, travelled.y + 1)].symbol(), "✓");
    assert!(
        buf[(travelled.x + 4, travelled.y + 1)]
            .modifier
            .contains(Modifier::BOLD)
    );
    // The appeal it took is heavy all the way to the arrowhead under the current court.
    let axis = travelled.x + travelled.width / 2;
    assert_eq!(buf[(axis, travelled.y - 1)].symbol(), "┃");
    assert_eq!(buf[(axis, current.bottom())].symbol(), "▲");

    // Ahead: a dashed border, a hollow marker, dim.
    let ahead = rect(&app, "supreme_court");
    assert_eq!(buf[(ahead.x + 1, ahead.y)].symbol(), "┄");
    assert_eq!(buf[(ahead.x, ahead.y + 1)].symbol(), "┆");
    assert_eq!(buf[(ahead.x + 2, ahead.y + 1)].symbol(), "○");
    assert!(
        buf[(ahead.x + 4, ahead.y + 1)]
            .modifier
            .contains(Modifier::DIM)
    );
    // And the appeal still ahead is dotted.
    assert_eq!(buf[(axis, current.y - 1)].symbol(), "┆");

    // A body off the path keeps a plain border.
    let apart = rect(&app, "constitutional_council");
    assert_eq!(buf[(apart.x, apart.y)].symbol(), "┌");
    assert_eq!(buf[(apart.x + 1, apart.y)].symbol(), "─");
}

#[test]
fn colour_adds_to_the_marks_but_does_not_replace_them() {
    let mut app = opened(SHIPPED, (120, 40));
    app.theme = Theme::colour();
    follow(&mut app, 0);
    press(&mut app, KeyCode::Right);
    let terminal = render(&app);
    let buf = terminal.backend().buffer();
    let current = rect(&app, "oblast_courts");
    assert_eq!(buf[(current.x, current.y)].symbol(), "╔");
    assert_eq!(buf[(current.x, current.y)].fg, Color::Cyan);
    let travelled = rect(&app, "local_courts");
    assert_eq!(buf[(travelled.x, travelled.y)].symbol(), "┏");
    assert_eq!(buf[(travelled.x, travelled.y)].fg, Color::Cyan);
}

#[test]
fn the_focused_box_has_a_double_border_and_the_panel_its_details() {
    let mut app = opened(SHIPPED, (120, 40));
    let r = rect(&app, "supreme_court");
    let text = screen(&app);
    let buf = render(&app);
    let buf = buf.backend().buffer();
    assert_eq!(buf[(r.x, r.y)].symbol(), "╔");
    assert!(text.contains("Judges: 44"), "{text}");
    assert!(text.contains("Who chooses the judges"), "{text}");
    press(&mut app, KeyCode::Down);
    let text = screen(&app);
    assert!(text.contains("Serious criminal case"), "{text}");
    assert!(text.contains("Cases that start here"), "{text}");
}

// ── A dataset that adds a court level ────────────────────────────────────────────────────────────────────────────

#[test]
fn an_added_court_level_gets_its_box_arrows_and_cases() {
    for dataset in [FICTIONAL, EXTRA_LEVEL] {
        let mut app = opened(dataset, (120, 40));
        let layout = screen_layout(&app).unwrap();
        let model = app.model.clone();
        let rows: Vec<Vec<&str>> = layout
            .graph
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|&n| model.data.bodies[layout.graph.nodes[n].body].id.as_str())
                    .collect()
            })
            .collect();
        assert_eq!(rows.len(), 4, "{dataset}: {rows:?}");
        let added = rows[1][0];
        let below = rows[2][0];
        let above = rows[0][0];
        let (a, b, c) = (body(&app, below), body(&app, added), body(&app, above));
        let node = |body: usize| layout.graph.node_of(body).unwrap();
        assert!(layout.graph.appeals.contains(&(node(a), node(b))));
        assert!(layout.graph.appeals.contains(&(node(b), node(c))));

        // The new box is drawn between the two it connects, with an arrowhead under it and one over it.
        let terminal = render(&app);
        let buf = terminal.backend().buffer();
        let (r_above, r_added) = (rect(&app, above), rect(&app, added));
        let r_below = layout.body_rect(a).unwrap();
        assert!(r_above.bottom() < r_added.y && r_added.bottom() < r_below.y);
        // Its full name where it fits, else its short label.
        let names = [app.model.name(added), app.model.label(added)];
        let row: String = (r_added.x..r_added.right())
            .map(|x| buf[(x, r_added.y + 1)].symbol().to_string())
            .collect();
        assert!(names.iter().any(|n| row.contains(n)), "{row}");
        let axis = r_added.x + r_added.width / 2;
        assert_eq!(buf[(axis, r_added.bottom())].symbol(), "▲");
        assert_eq!(buf[(axis, r_above.bottom())].symbol(), "▲");

        // A case passes through it.
        let scenario = app
            .model
            .data
            .scenarios
            .iter()
            .position(|s| s.steps.iter().any(|st| st.at == added))
            .expect("a case passes through the added level");
        follow(&mut app, scenario);
        let at = app.model.data.scenarios[scenario]
            .steps
            .iter()
            .position(|st| st.at == added)
            .unwrap();
        for _ in 0..at {
            keys(&mut app, "n");
        }
        let terminal = render(&app);
        let r = rect(&app, added);
        assert_eq!(terminal.backend().buffer()[(r.x, r.y)].symbol(), "╔");
        assert!(screen(&app).contains(&app.model.data.scenarios[scenario].steps[at].why[..20]));
    }
}

#[test]
fn extra_level_with_a_skipping_appeal() {
    let app = opened(EXTRA_LEVEL, (120, 40));
    insta::assert_snapshot!("extra_level_120x40", render(&app).backend());
    let mut app = opened(EXTRA_LEVEL, (200, 60));
    follow(&mut app, 1);
    keys(&mut app, "n");
    insta::assert_snapshot!("extra_level_soldier_200x60", render(&app).backend());
}

// ── Keys and clicks ──────────────────────────────────────────────────────────────────────────────────────────────

#[test]
fn arrows_and_tab_move_the_focus_and_digits_still_change_tab() {
    let mut app = opened(SHIPPED, (120, 40));
    let supreme = body(&app, "supreme_court");
    let oblast = body(&app, "oblast_courts");
    let local = body(&app, "local_courts");
    let council = body(&app, "constitutional_council");
    assert_eq!(focused(&app), Some(supreme));
    press(&mut app, KeyCode::Down);
    assert_eq!(app.state.diagram.focus, Some(oblast));
    press(&mut app, KeyCode::Down);
    assert_eq!(app.state.diagram.focus, Some(local));
    press(&mut app, KeyCode::Up);
    assert_eq!(app.state.diagram.focus, Some(oblast));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.state.diagram.focus, Some(council));
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.state.diagram.focus, Some(local));
    // Left and right move between boxes, not tabs.
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Right);
    assert_eq!(app.state.tab, polity::app::Tab::Judicial);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.state.tab, polity::app::Tab::Judicial);
    while app.state.diagram.focus != Some(local) {
        press(&mut app, KeyCode::Tab);
    }

    keys(&mut app, "l");
    assert_eq!(app.state.tab, polity::app::Tab::Elections);
    keys(&mut app, "h");
    assert_eq!(app.state.tab, polity::app::Tab::Judicial);
    keys(&mut app, "1");
    assert_eq!(app.state.tab, polity::app::Tab::Overview);
    keys(&mut app, "4");
    assert!(app.diagram_open(), "the diagram is still open on return");
    assert_eq!(app.state.diagram.focus, Some(local));
    press(&mut app, KeyCode::Esc);
    assert!(!app.diagram_open());
}

#[test]
fn scenario_keys_step_restart_and_leave() {
    let mut app = opened(SHIPPED, (80, 24));
    keys(&mut app, "s");
    assert!(app.state.diagram.picker.is_some());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.state.diagram.picker, None);
    assert!(app.diagram_open(), "Esc closes only the list");
    follow(&mut app, 0);
    let walk = |app: &App| app.state.diagram.walk.map(|w| w.step);
    assert_eq!(walk(&app), Some(0));
    press(&mut app, KeyCode::Right);
    keys(&mut app, "n");
    assert_eq!(walk(&app), Some(2));
    press(&mut app, KeyCode::Left);
    assert_eq!(walk(&app), Some(1));
    keys(&mut app, "p");
    keys(&mut app, "p");
    assert_eq!(walk(&app), Some(0));
    keys(&mut app, "nn");
    keys(&mut app, "r");
    assert_eq!(walk(&app), Some(0));
    keys(&mut app, "n");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.state.diagram.walk, None);
    assert!(app.diagram_open(), "Esc leaves the case, not the diagram");
    assert_eq!(
        app.state.diagram.focus,
        Some(body(&app, "oblast_courts")),
        "the focus stays where the case was"
    );
}

#[test]
fn a_click_on_a_box_focuses_it_and_opens_the_diagram() {
    let mut app = judicial(SHIPPED, (120, 40));
    assert!(!app.diagram_open());
    let r = rect(&app, "local_courts");
    click(&mut app, r.x + 1, r.y + 1);
    assert!(app.diagram_open());
    assert_eq!(app.state.diagram.focus, Some(body(&app, "local_courts")));
    let r = rect(&app, "constitutional_council");
    click(&mut app, r.right() - 1, r.bottom() - 1);
    assert_eq!(
        app.state.diagram.focus,
        Some(body(&app, "constitutional_council"))
    );
}

#[test]
fn a_click_in_the_scenario_list_picks_the_case() {
    let mut app = opened(SHIPPED, (120, 40));
    keys(&mut app, "s");
    let text = screen(&app);
    let (row, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("A serious criminal case"))
        .expect("the list shows the cases");
    let column = line.chars().position(|c| c == 'A').expect("a title") as u16;
    click(&mut app, column + 2, row as u16);
    assert_eq!(app.state.diagram.walk.map(|w| w.scenario), Some(1));
    assert_eq!(app.state.diagram.picker, None);
}

#[test]
fn help_and_hints_list_the_diagram_keys() {
    let mut app = opened(SHIPPED, (120, 40));
    let text = screen(&app);
    let hints = text.lines().last().unwrap().to_string();
    assert!(hints.contains("s follow a case"), "{hints}");
    assert!(hints.contains("a appeals / appointments"), "{hints}");
    assert!(
        !hints.contains("next tab"),
        "Tab moves between boxes here: {hints}"
    );
    follow(&mut app, 0);
    let hints = screen(&app).lines().last().unwrap().to_string();
    assert!(hints.contains("→ next step"), "{hints}");
    assert!(hints.contains("Esc leave the case"), "{hints}");

    keys(&mut app, "?");
    let mut help = String::new();
    for _ in 0..16 {
        help.push_str(&screen(&app));
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Down);
    }
    for needle in [
        "In the court diagram (1-7 and h/l still change tab)",
        "move between boxes",
        "Tab/Shift-Tab",
        "Following a case",
        "→/n",
        "previous step",
        "Choosing a case",
        "start the case",
    ] {
        assert!(help.contains(needle), "help lacks {needle:?}");
    }
}

#[test]
fn every_size_draws_without_panic() {
    for dataset in [SHIPPED, FICTIONAL, EXTRA_LEVEL] {
        for (w, h) in [
            (0, 0),
            (1, 1),
            (20, 5),
            (50, 12),
            (51, 13),
            (60, 16),
            (80, 24),
            (133, 41),
            (139, 50),
            (140, 12),
            (250, 80),
        ] {
            let mut app = judicial(dataset, (w, h));
            render(&app);
            press(&mut app, KeyCode::Enter);
            render(&app);
            keys(&mut app, "a");
            render(&app);
            follow(&mut app, 0);
            keys(&mut app, "nnn");
            render(&app);
            keys(&mut app, "s");
            render(&app);
        }
    }
}
