//! Links in the court diagram's panel and a case's captions, and the council page's member lines: where they
//! point, how they look (underlined names marked `_like this_` in the snapshots), and a click that follows one and
//! a Backspace that comes back to the diagram as it was.

mod support;

use polity::app::{App, Entry};
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Modifier;
use support::diagram::*;

/// The screen as text with every run of underlined cells between underscores.
fn marked(app: &App) -> String {
    let terminal = render(app);
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut under = false;
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            let now = cell.modifier.contains(Modifier::UNDERLINED);
            if now != under {
                out.push('_');
                under = now;
            }
            out.push_str(cell.symbol());
        }
        if under {
            out.push('_');
        }
        out.push('\n');
    }
    out
}

fn open_body(app: &App) -> Option<String> {
    match app.state.entry(&app.model) {
        Some(Entry::Body(i)) if app.state.view().open => {
            Some(app.model.data.bodies[i].id.to_string())
        }
        _ => None,
    }
}

fn focus_on(app: &mut App, id: &str) {
    for _ in 0..app.model.data.bodies.len() {
        let focused = focused(app).map(|i| app.model.data.bodies[i].id.clone());
        if focused.as_deref() == Some(id) {
            return;
        }
        press(app, KeyCode::Tab);
    }
    panic!("{id} is never focused");
}

/// The screen cell of the first panel link to `id`, scrolled into view.
fn panel_cell(app: &App, id: &str) -> (u16, u16) {
    let links = app.panel_links();
    let link = links
        .iter()
        .find(|l| l.body == id)
        .unwrap_or_else(|| panic!("no link to {id} in {links:?}"));
    let layout = screen_layout(app).expect("the diagram is on screen");
    let inside = layout.panel_inner().expect("a panel");
    let line = link.line - app.state.view().scroll;
    assert!(line < inside.height as usize, "the link is in view");
    (inside.x + link.start as u16, inside.y + line as u16)
}

#[test]
fn the_panel_underlines_the_courts_it_names_at_80x24_and_120x40() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = opened(SHIPPED, (w, h));
        focus_on(&mut app, "oblast_courts");
        let screen = marked(&app);
        assert!(screen.contains("_Local courts_"), "{screen}");
        insta::assert_snapshot!(format!("panel_oblast_courts_{w}x{h}"), screen);
    }
}

#[test]
fn a_case_caption_underlines_the_court_it_is_at_and_the_next_one() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = opened(SHIPPED, (w, h));
        follow(&mut app, 0);
        let screen = marked(&app);
        assert!(screen.contains("_Local courts_:"), "{screen}");
        insta::assert_snapshot!(format!("caption_theft_step_1_{w}x{h}"), screen);
    }
}

#[test]
fn the_council_page_links_the_chamber_its_senators_come_from() {
    let mut app = app(SHIPPED, (120, 40));
    app.follow("supreme_judicial_council");
    assert_eq!(open_body(&app).as_deref(), Some("supreme_judicial_council"));
    let link = app
        .links()
        .into_iter()
        .find(|l| l.body == "senate")
        .expect("a link to the Senate");
    // Scrolled to the member lines, as Tab would.
    app.state.view_mut().scroll = link.line.saturating_sub(3);
    let screen = marked(&app);
    assert!(screen.contains("Some _senators_ sit on"), "{screen}");
    insta::assert_snapshot!("council_members_120x40", screen);
}

#[test]
fn a_click_on_a_panel_link_opens_its_page_and_backspace_comes_back_to_the_same_focus() {
    let mut app = opened(SHIPPED, (120, 40));
    focus_on(&mut app, "oblast_courts");
    let before = app.place();
    let (column, row) = panel_cell(&app, "supreme_court");
    click(&mut app, column, row);
    assert_eq!(open_body(&app).as_deref(), Some("supreme_court"));
    press(&mut app, KeyCode::Backspace);
    assert!(app.diagram_open());
    assert_eq!(app.place(), before);
    let focused = focused(&app).map(|i| app.model.data.bodies[i].id.clone());
    assert_eq!(focused.as_deref(), Some("oblast_courts"));
}

#[test]
fn a_click_on_the_next_court_of_a_caption_and_back_keeps_the_case_at_its_step() {
    let mut app = opened(SHIPPED, (120, 40));
    follow(&mut app, 0);
    press(&mut app, KeyCode::Right);
    let before = app.place();
    let (column, row) = panel_cell(&app, "supreme_court");
    click(&mut app, column, row);
    assert_eq!(open_body(&app).as_deref(), Some("supreme_court"));
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.place(), before);
    assert_eq!(app.state.diagram.walk.map(|w| w.step), Some(1));
}

#[test]
fn enter_in_the_diagram_opens_the_focused_court_and_its_links_work_as_on_every_page() {
    let mut app = opened(SHIPPED, (120, 40));
    focus_on(&mut app, "oblast_courts");
    press(&mut app, KeyCode::Enter);
    assert_eq!(open_body(&app).as_deref(), Some("oblast_courts"));
    press(&mut app, KeyCode::Tab);
    assert_eq!(
        app.state.view().link,
        Some(0),
        "Tab moves to the page's first link"
    );
    press(&mut app, KeyCode::Enter);
    assert_ne!(
        open_body(&app).as_deref(),
        Some("oblast_courts"),
        "Enter followed it"
    );
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    assert!(app.diagram_open());
    let focused = focused(&app).map(|i| app.model.data.bodies[i].id.clone());
    assert_eq!(focused.as_deref(), Some("oblast_courts"));
}

#[test]
fn the_hint_line_and_help_offer_the_page_key() {
    let mut app = opened(SHIPPED, (120, 40));
    let hints = screen(&app).lines().last().unwrap_or_default().to_string();
    assert!(hints.contains("Enter its page"), "{hints}");
    keys(&mut app, "?");
    let mut help = String::new();
    for _ in 0..40 {
        help.push_str(&screen(&app));
        press(&mut app, KeyCode::PageDown);
    }
    assert!(help.contains("open the focused box's page"), "{help}");
}

/// The screen as text with the cells drawn in reverse video (a focused link) between brackets.
fn reversed(app: &App) -> String {
    let terminal = render(app);
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut inside = false;
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            let now = cell.modifier.contains(Modifier::REVERSED);
            if now != inside {
                out.push(if now { '[' } else { ']' });
                inside = now;
            }
            out.push_str(cell.symbol());
        }
        if inside {
            out.push(']');
        }
        out.push('\n');
    }
    out
}

#[test]
fn o_moves_the_keys_into_the_panel_where_tab_marks_each_link_and_enter_follows_it() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = opened(SHIPPED, (w, h));
        focus_on(&mut app, "oblast_courts");
        keys(&mut app, "o");
        press(&mut app, KeyCode::Tab);
        let links = app.panel_links();
        assert_eq!(links[1].body, "supreme_court", "{links:?}");
        let screen = reversed(&app);
        let supreme = &app.model.data.bodies[app.model.body_index("supreme_court").unwrap()].name;
        assert!(screen.contains(&format!("[{supreme}]")), "{screen}");
        insta::assert_snapshot!(format!("panel_keys_on_a_link_{w}x{h}"), screen);
        let before = app.place();
        press(&mut app, KeyCode::Enter);
        assert_eq!(open_body(&app).as_deref(), Some("supreme_court"));
        press(&mut app, KeyCode::Backspace);
        assert_eq!(app.place(), before);
        assert!(app.diagram_open());
        let focused = focused(&app).map(|i| app.model.data.bodies[i].id.clone());
        assert_eq!(focused.as_deref(), Some("oblast_courts"));
    }
}

#[test]
fn the_hint_line_and_help_offer_the_panel_key() {
    let mut app = opened(SHIPPED, (120, 40));
    let hints = screen(&app).lines().last().unwrap_or_default().to_string();
    assert!(hints.contains("o panel links"), "{hints}");
    keys(&mut app, "o");
    let hints = screen(&app).lines().last().unwrap_or_default().to_string();
    assert!(hints.contains("Tab links"), "{hints}");
    assert!(hints.contains("Esc boxes"), "{hints}");
    keys(&mut app, "?");
    let mut help = String::new();
    for _ in 0..40 {
        help.push_str(&screen(&app));
        press(&mut app, KeyCode::PageDown);
    }
    assert!(help.contains("walk the links in the panel"), "{help}");
    assert!(help.contains("back to the diagram's boxes"), "{help}");
}
