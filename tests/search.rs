//! Search from anywhere and links with a back stack, through the same key map the binary uses.

mod support;

use polity::app::search::place;
use polity::app::{Action, Entry, Tab};
use polity::cli::ExportFormat;
use polity::search::{SearchIndex, Subject};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use support::{app, render, screen_text, shipped};

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn shift(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::SHIFT))
}

fn typed(app: &mut polity::app::App, text: &str) {
    for c in text.chars() {
        app.handle_event(&key(KeyCode::Char(c)));
    }
}

#[test]
fn every_body_is_found_by_its_name_at_every_date_and_the_export_names_it_too() {
    let app = app(shipped(), 80, 24);
    let timeline = app.timeline.clone();
    for date in 0..=timeline.newest() {
        let model = timeline.snapshot(date);
        let index = SearchIndex::of(model, app.strings);
        let export = polity::cli::export::render(&timeline, date, None, ExportFormat::Text);
        for (i, body) in model.data.bodies.iter().enumerate() {
            let found = index
                .search(&body.name)
                .iter()
                .any(|h| index.documents[h.document].subject == Subject::Body(i));
            assert!(found, "{} at date {date}", body.name);
            assert!(
                place(model, Subject::Body(i)).is_some(),
                "{} is listed",
                body.name
            );
            assert!(
                export.contains(body.name.as_str()),
                "export names {}",
                body.name
            );
        }
    }
}

#[test]
fn slash_searches_from_anywhere_and_enter_opens_the_match() {
    let mut app = app(shipped(), 80, 24);
    app.handle_event(&key(KeyCode::Char('{')));
    app.handle_event(&key(KeyCode::Char('2')));
    app.handle_event(&key(KeyCode::Char('/')));
    assert!(app.state.search.typing);
    typed(&mut app, "SÉNATE");
    let screen = screen_text(&render(&app));
    assert!(screen.contains("/ SÉNATE"), "{screen}");
    assert!(screen.contains("matches"), "{screen}");
    app.handle_event(&key(KeyCode::Enter));
    assert!(!app.state.search.typing);
    assert_eq!(app.state.tab, Tab::Legislative);
    assert!(app.state.view().open);
    let Some(Entry::Body(i)) = app.state.entry(&app.model) else {
        panic!("a body is open");
    };
    assert_eq!(app.model.data.bodies[i].id, "senate");
}

#[test]
fn n_and_shift_n_step_through_matches_and_wrap_around() {
    let mut app = app(shipped(), 80, 24);
    app.handle_event(&key(KeyCode::Char('/')));
    typed(&mut app, "court");
    app.handle_event(&key(KeyCode::Enter));
    assert_eq!(app.state.search.found, Some(0));
    app.handle_event(&key(KeyCode::Char('n')));
    assert_eq!(app.state.search.found, Some(1));
    app.handle_event(&shift(KeyCode::Char('N')));
    app.handle_event(&shift(KeyCode::Char('N')));
    let last = app.state.search.found.unwrap_or(0);
    assert!(last > 1, "N from the first match wraps to the last");
    app.handle_event(&key(KeyCode::Char('n')));
    assert_eq!(
        app.state.search.found,
        Some(0),
        "n from the last wraps to the first"
    );
}

#[test]
fn escape_clears_the_search_and_cyrillic_is_found() {
    let mut app = app(shipped(), 80, 24);
    app.handle_event(&key(KeyCode::Char('{')));
    app.handle_event(&key(KeyCode::Char('/')));
    typed(&mut app, "сенат");
    let (hits, total) = app.search_results(10);
    assert!(total > 0 && !hits.is_empty(), "a Cyrillic name is found");
    app.handle_event(&key(KeyCode::Esc));
    assert_eq!(app.state.search, Default::default());
}

#[test]
fn a_walk_of_search_link_and_back_twice_lands_where_it_started() {
    let mut app = app(shipped(), 120, 40);
    app.handle_event(&key(KeyCode::Char('{')));
    let start = app.place();
    app.handle_event(&key(KeyCode::Char('/')));
    typed(&mut app, "Senate");
    app.handle_event(&key(KeyCode::Enter));
    let senate = app.place();
    assert_ne!(senate, start);
    app.handle_event(&key(KeyCode::Tab));
    assert_eq!(app.state.view().link, Some(0), "Tab focuses the first link");
    app.handle_event(&key(KeyCode::Enter));
    let followed = app.place();
    assert_ne!(followed.views, senate.views, "Enter followed the link");
    app.handle_event(&key(KeyCode::Backspace));
    assert_eq!(app.place().tab, senate.tab);
    app.handle_event(&key(KeyCode::Char('b')));
    assert_eq!(app.place(), start);
    app.handle_event(&key(KeyCode::Char('f')));
    assert_eq!(app.place().tab, senate.tab, "forward redoes the jump");
}

#[test]
fn a_click_on_a_link_follows_it() {
    let mut app = app(shipped(), 120, 40);
    app.handle_event(&key(KeyCode::Char('{')));
    app.handle_event(&key(KeyCode::Char('3')));
    app.handle_event(&key(KeyCode::Enter));
    let links = app.links();
    let link = links
        .first()
        .expect("the first body of the Legislative tab names others");
    let inside = app.content_area().expect("room to draw");
    let (column, row) = (inside.x + link.start as u16, inside.y + link.line as u16);
    let before = app.place();
    app.update(Action::Click(column, row));
    assert_ne!(app.place(), before);
    let Some(Entry::Body(i)) = app.state.entry(&app.model) else {
        panic!("a body is open");
    };
    assert_eq!(app.model.data.bodies[i].id, link.body);
}

#[test]
fn help_searches_its_own_lines() {
    let mut app = app(shipped(), 80, 24);
    app.handle_event(&key(KeyCode::Char('?')));
    app.handle_event(&key(KeyCode::Char('/')));
    typed(&mut app, "timeline");
    assert!(
        app.state.help.unwrap_or(0) > 0,
        "help scrolled to the match"
    );
    app.handle_event(&key(KeyCode::Enter));
    let first = app.state.help;
    app.handle_event(&key(KeyCode::Char('n')));
    assert!(app.state.help.is_some());
    assert_ne!(app.state.help, first, "n goes to the next matching line");
}

#[test]
fn search_results_and_a_page_with_links_at_two_sizes() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut app = app(shipped(), width, height);
        app.handle_event(&key(KeyCode::Char('{')));
        app.handle_event(&key(KeyCode::Char('/')));
        typed(&mut app, "senat");
        insta::assert_snapshot!(
            format!("search_senat_{width}x{height}"),
            render(&app).backend()
        );
        app.handle_event(&key(KeyCode::Enter));
        app.handle_event(&key(KeyCode::Tab));
        insta::assert_snapshot!(
            format!("links_senate_{width}x{height}"),
            render(&app).backend()
        );
    }
}
