//! The appointments view of a dataset whose boxes fall into several connected groups (two copies of the
//! fictional country, each of two groups), and its appeals view, whose courts keep those groups: the title
//! says which group is shown, only that group's boxes are drawn, arrow keys stay in it, Tab reaches every box of every group and Shift-Tab comes back the same way.

mod support;

use polity::app::{Action, App, Keymap, Tab};
use polity::court::groups::Groups;
use polity::model::{Dataset, Model, SharedStr, load_file};
use polity::theme::Theme;
use ratatui::crossterm::event::KeyCode;
use std::sync::Arc;
use support::diagram::*;
use support::repo_path;

/// The fictional country and a copy of its bodies and relations under new ids and names.
fn doubled() -> Dataset {
    let data = load_file(&repo_path(FICTIONAL)).unwrap_or_else(|e| panic!("{e}"));
    let mut out = data.clone();
    let id = |id: &str| SharedStr::from(format!("{id}.copy"));
    for b in &data.bodies {
        let mut copy = b.clone();
        copy.id = id(&b.id);
        copy.name = format!("{} 2", b.name).into();
        copy.short = b
            .short
            .as_ref()
            .map(|s| format!("{} 2", s.chars().take(12).collect::<String>()).into());
        copy.replaces = b.replaces.iter().map(|r| id(r)).collect();
        out.bodies.push(copy);
    }
    for r in &data.relations {
        let mut copy = r.clone();
        copy.from = id(&r.from);
        copy.to = id(&r.to);
        out.relations.push(copy);
    }
    out
}

/// The doubled country's court diagram, opened (in its appeals view), at `size`.
fn opened(size: (u16, u16)) -> App {
    let model = Model::new(doubled()).unwrap_or_else(|problems| panic!("{problems:?}"));
    let mut app = App::new(Arc::new(model), Keymap::default(), Theme::mono(), size);
    app.update(Action::GoToTab(Tab::Judicial.index()));
    press(&mut app, KeyCode::Enter);
    assert!(app.diagram_open());
    assert_eq!(app.state.diagram.view, polity::court::DiagramView::Courts);
    app
}

/// The doubled country's appointments view, opened, at `size`.
fn appointments(size: (u16, u16)) -> App {
    let mut app = opened(size);
    keys(&mut app, "a");
    app
}

fn groups(app: &App) -> Groups {
    Groups::new(&app.model, app.strings)
}

/// The group on screen, counted from 0, and how many there are.
fn shown(app: &App) -> (usize, usize) {
    let layout = screen_layout(app).expect("the diagram is on screen");
    layout.group.expect("several groups")
}

fn title(app: &App) -> String {
    screen(app).lines().nth(1).unwrap_or_default().to_string()
}

#[test]
fn the_title_says_which_group_is_shown() {
    let app = appointments((120, 40));
    assert_eq!(groups(&app).count(), 4);
    assert_eq!(shown(&app), (0, 4));
    assert!(title(&app).contains("group 1 of 4"), "{}", title(&app));
}

#[test]
fn only_the_focused_group_is_laid_out_and_drawn() {
    let mut app = appointments((120, 40));
    let all = groups(&app);
    for _ in 0..all.graph.nodes.len() {
        let layout = screen_layout(&app).expect("on screen");
        let (group, _) = layout.group.expect("several groups");
        assert!(!layout.geometry.boxes.is_empty());
        for b in &layout.geometry.boxes {
            let body = layout.graph.nodes[b.node].body;
            assert_eq!(all.group_of(Some(body)), group, "body {body}");
        }
        // Every box of the group is drawn, and no other.
        let members = all
            .graph
            .nodes
            .iter()
            .filter(|n| all.group_of(Some(n.body)) == group)
            .count();
        assert_eq!(layout.geometry.boxes.len(), members);
        let text = screen(&app);
        for n in &all.graph.nodes {
            // No box of another group is on screen: its label is nowhere, unless a name shown contains it.
            let elsewhere = all.group_of(Some(n.body)) != group;
            let inside_a_shown_name = layout
                .graph
                .nodes
                .iter()
                .any(|m| m.label.contains(&n.label) || m.name.contains(&n.label));
            if elsewhere && !inside_a_shown_name {
                assert!(
                    !text.contains(&n.label),
                    "{} drawn in group {group}",
                    n.label
                );
            }
        }
        press(&mut app, KeyCode::Tab);
    }
}

#[test]
fn tab_reaches_every_box_of_every_group_and_shift_tab_comes_back() {
    let mut app = appointments((120, 40));
    let all = groups(&app);
    let boxes = all.graph.nodes.len();
    let mut visited: Vec<usize> = Vec::new();
    let mut seen_groups: Vec<usize> = Vec::new();
    for _ in 0..boxes {
        visited.push(focused(&app).expect("a box has the focus"));
        let (group, _) = shown(&app);
        if seen_groups.last() != Some(&group) {
            seen_groups.push(group);
        }
        assert!(title(&app).contains(&format!("group {} of 4", group + 1)));
        press(&mut app, KeyCode::Tab);
    }
    // Round from the last box of the last group to the first of the first.
    assert_eq!(focused(&app), visited.first().copied());
    assert_eq!(seen_groups, vec![0, 1, 2, 3], "each group in turn, once");
    let mut every: Vec<usize> = visited.clone();
    every.sort_unstable();
    every.dedup();
    let mut want: Vec<usize> = all.graph.nodes.iter().map(|n| n.body).collect();
    want.sort_unstable();
    assert_eq!(every, want, "every box once");
    for &body in visited.iter().rev() {
        press(&mut app, KeyCode::BackTab);
        assert_eq!(focused(&app), Some(body));
    }
}

#[test]
fn arrow_keys_stay_in_the_group() {
    let mut app = appointments((120, 40));
    // Into the second group, then every way about.
    while shown(&app).0 == 0 {
        press(&mut app, KeyCode::Tab);
    }
    for code in [KeyCode::Right, KeyCode::Down, KeyCode::Left, KeyCode::Up] {
        for _ in 0..6 {
            press(&mut app, code);
            assert_eq!(shown(&app).0, 1, "{code:?}");
        }
    }
}

#[test]
fn a_body_given_the_focus_brings_its_group_on_screen() {
    let mut app = appointments((120, 40));
    let all = groups(&app);
    let last = all
        .graph
        .nodes
        .iter()
        .map(|n| n.body)
        .find(|&b| all.group_of(Some(b)) == 3)
        .expect("a fourth group");
    app.state.diagram.focus = Some(last);
    assert_eq!(shown(&app), (3, 4));
    assert_eq!(focused(&app), Some(last));
    assert!(title(&app).contains("group 4 of 4"));
}

// The appeals view of the same dataset: each court in the group its body has in the appointments view.

fn court_groups(app: &App) -> Groups {
    Groups::courts(&app.model, app.strings, &groups(app))
}

#[test]
fn each_copy_of_the_courts_is_a_group_of_its_own_and_the_title_says_which_is_shown() {
    let app = opened((120, 40));
    let all = court_groups(&app);
    let ids = |g: usize| -> Vec<String> {
        let bodies = &app.model.data.bodies;
        let nodes = all.graph.nodes.iter();
        let shown = nodes.filter(|n| all.group_of(Some(n.body)) == g);
        shown.map(|n| bodies[n.body].id.to_string()).collect()
    };
    let count = all.count();
    assert!(count >= 2);
    // No group holds courts of both copies.
    for g in 0..count {
        let copies = ids(g).iter().filter(|id| id.ends_with(".copy")).count();
        assert!(
            copies == 0 || copies == ids(g).len(),
            "group {g}: {:?}",
            ids(g)
        );
    }
    assert_eq!(shown(&app), (0, count));
    assert!(
        title(&app).contains(&format!("group 1 of {count}")),
        "{}",
        title(&app)
    );
}

#[test]
fn in_the_appeals_view_tab_crosses_the_groups_arrows_stay_and_a_case_brings_its_court_on_screen() {
    let mut app = opened((120, 40));
    let all = court_groups(&app);
    let count = all.count();
    let mut seen: Vec<usize> = Vec::new();
    for _ in 0..all.graph.nodes.len() {
        let (group, _) = shown(&app);
        let layout = screen_layout(&app).expect("on screen");
        for b in &layout.geometry.boxes {
            let body = layout.graph.nodes[b.node].body;
            assert_eq!(all.group_of(Some(body)), group, "body {body}");
        }
        if seen.last() != Some(&group) {
            seen.push(group);
        }
        press(&mut app, KeyCode::Tab);
    }
    assert_eq!(
        seen,
        (0..count).collect::<Vec<_>>(),
        "each group in turn, once"
    );
    // Into the last group; the arrows keep to it.
    press(&mut app, KeyCode::BackTab);
    for code in [KeyCode::Right, KeyCode::Down, KeyCode::Left, KeyCode::Up] {
        press(&mut app, code);
        assert_eq!(shown(&app).0, count - 1, "{code:?}");
    }
    // A case followed shows the group of the court it is at.
    follow(&mut app, 0);
    let at = app.state.diagram.current(&app.model);
    assert_eq!(shown(&app).0, all.group_of(at));
    let layout = screen_layout(&app).expect("on screen");
    assert!(layout.current.is_some(), "the case's court is drawn");
}
