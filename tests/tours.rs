//! Guided tours in the app: the list, every stop of the shipped tours on screen with its item in view beside
//! the stop's panel, the stop keys, and leaving back to where the user was.

mod support;

use polity::app::search::SearchAction;
use polity::app::{Action, App, Entry, Keymap, Tab, TourAction};
use polity::model::TourItem;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use support::{app, render, screen_text, shipped};

fn press(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn tour_index(app: &App, id: &str) -> usize {
    app.tours()
        .iter()
        .position(|t| t.id == id)
        .expect("a shipped tour")
}

/// The text of `area` on screen, one line per row.
fn region_text(terminal: &ratatui::Terminal<ratatui::backend::TestBackend>, area: Rect) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn inside(inner: Rect, outer: Rect) -> bool {
    inner.intersection(outer) == inner && inner.area() > 0
}

/// Every stop's item is on screen, whole and clear of the panel, at both sizes.
#[test]
fn every_stop_shows_its_item_clear_of_the_panel() {
    for (width, height) in [(80, 24), (120, 40), (200, 60)] {
        let mut app = app(shipped(), width, height);
        for tour in 0..app.tours().len() {
            app.start_tour(tour);
            let stops = app.tours()[tour].stops.len();
            for stop in 0..stops {
                let bands = app.bands();
                let panel = bands.tour.expect("the stop's panel has room");
                assert!(
                    panel.intersection(bands.main).is_empty(),
                    "{width}x{height}"
                );
                let at = app.tour_stop().expect("on a tour").2.clone();
                assert_eq!(app.state.tab, at.tab);
                let areas = app.areas();
                assert!(inside(areas.content, bands.main), "{width}x{height}");
                let entry = app.state.entry(&app.model);
                let model = app.model.clone();
                match &at.item {
                    Some(TourItem::Body(id)) => {
                        assert!(app.state.view().open);
                        let wanted = model.data.bodies.iter().position(|b| &b.id == id);
                        assert_eq!(entry, wanted.map(Entry::Body), "{id}");
                    }
                    Some(TourItem::Election(id)) => {
                        let wanted = model.data.elections.iter().position(|e| &e.id == id);
                        assert_eq!(entry, wanted.map(Entry::Election), "{id}");
                    }
                    Some(TourItem::Court(id)) | Some(TourItem::Case { scenario: id, .. }) => {
                        assert_eq!(entry, Some(Entry::CourtDiagram));
                        assert!(app.diagram_open());
                        let layout = app.diagram_layout().expect("the diagram is on screen");
                        let court = match &at.item {
                            Some(TourItem::Case { step, .. }) => {
                                let walk = app.state.diagram.walk.expect("the case is followed");
                                let scenario = &model.data.scenarios[walk.scenario];
                                assert_eq!(&scenario.id, id);
                                assert_eq!(walk.step, *step);
                                app.state.diagram.current(&model)
                            }
                            _ => model.data.bodies.iter().position(|b| &b.id == id),
                        };
                        let court = court.expect("a court of the stop");
                        let rect = layout.body_rect(court).expect("the court has a box");
                        assert!(
                            inside(rect, layout.viewport),
                            "{width}x{height} tour {tour} stop {stop}: {rect:?} outside {:?}",
                            layout.viewport
                        );
                        assert!(inside(rect, bands.main), "{width}x{height}");
                    }
                    None => {
                        assert_eq!(app.state.view().selected, 0);
                        let list = areas.list.expect("the list beside the page");
                        assert!(inside(list, bands.main));
                    }
                }
                // The item's name is drawn beside the panel, in the main screen.
                let above = region_text(&render(&app), bands.main);
                if let Some(entry) = entry.filter(|&e| e != Entry::CourtDiagram) {
                    let label = polity::app::entries::label(&app.model, app.strings, entry);
                    let short: String = label.chars().take(12).collect();
                    assert!(above.contains(&short), "{short} in\n{above}");
                }
                app.update(Action::Tour(TourAction::NextStop));
            }
        }
    }
}

/// Each stop of "Who holds power", at 80x24 and 120x40.
#[test]
fn who_holds_power_at_each_stop() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut app = app(shipped(), width, height);
        let tour = tour_index(&app, "who_holds_power");
        app.start_tour(tour);
        let stops = app.tours()[tour].stops.len();
        for stop in 0..stops {
            let terminal = render(&app);
            let text = screen_text(&terminal);
            assert!(
                text.contains(&format!("stop {} of {stops}", stop + 1)),
                "{text}"
            );
            insta::assert_snapshot!(
                format!("who_holds_power_stop_{}_{width}x{height}", stop + 1),
                terminal.backend()
            );
            press(&mut app, KeyCode::Char('n'));
        }
    }
}

/// The steps of "Follow a case" walk the case, at 120x40.
#[test]
fn follow_a_case_at_each_stop_120x40() {
    let mut app = app(shipped(), 120, 40);
    let tour = tour_index(&app, "follow_a_case");
    app.start_tour(tour);
    for stop in 0..app.tours()[tour].stops.len() {
        insta::assert_snapshot!(
            format!("follow_a_case_stop_{}_120x40", stop + 1),
            render(&app).backend()
        );
        // → inside the diagram moves between stops, not between boxes.
        press(&mut app, KeyCode::Right);
    }
}

#[test]
fn the_list_shows_each_tour_and_enter_starts_one() {
    let mut app = app(shipped(), 80, 24);
    press(&mut app, KeyCode::Char('T'));
    let text = screen_text(&render(&app));
    assert!(text.contains("Who holds power (6 stops)"), "{text}");
    assert!(text.contains("Follow a case (6 stops)"), "{text}");
    insta::assert_snapshot!("tour_list_80x24", render(&app).backend());
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.tour_stop().map(|(t, s, _)| (t.id.as_str(), s)),
        Some(("follow_a_case", 0))
    );
    assert_eq!(app.state.tab, Tab::Judicial);
    // Esc closes the list without starting anything.
    let mut other = support::app(shipped(), 80, 24);
    press(&mut other, KeyCode::Char('T'));
    press(&mut other, KeyCode::Esc);
    assert!(other.state.tour.list.is_none() && other.state.tour.on.is_none());
}

#[test]
fn stop_keys_move_and_stop_at_the_ends() {
    let mut app = app(shipped(), 120, 40);
    app.start_tour(0);
    press(&mut app, KeyCode::Left);
    assert_eq!(app.tour_stop().map(|t| t.1), Some(0));
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Right);
    assert_eq!(app.tour_stop().map(|t| t.1), Some(2));
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.tour_stop().map(|t| t.1), Some(1));
    for _ in 0..20 {
        press(&mut app, KeyCode::Char('n'));
    }
    let last = app.tours()[0].stops.len() - 1;
    assert_eq!(app.tour_stop().map(|t| t.1), Some(last));
}

#[test]
fn esc_leaves_the_tour_back_to_where_the_user_was() {
    let mut app = app(shipped(), 80, 24);
    app.update(Action::GoToTab(Tab::Elections.index()));
    app.update(Action::Down);
    app.update(Action::Time(polity::app::TimeAction::Previous));
    let place = app.place();
    let date = app.state.time.date;
    let history = app.state.history.clone();
    let tour = tour_index(&app, "what_changed_since_2019");
    app.start_tour(tour);
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('n'));
    }
    assert_ne!(app.state.time.date, date);
    press(&mut app, KeyCode::Esc);
    assert!(app.state.tour.on.is_none());
    assert_eq!(app.place(), place);
    assert_eq!(app.state.time.date, date);
    assert_eq!(app.state.history, history);
}

#[test]
fn n_and_p_are_search_keys_outside_a_tour() {
    let map = Keymap::default();
    let app = app(shipped(), 80, 24);
    let n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE);
    let contexts = app.state.contexts(&app.model);
    assert_eq!(
        map.action(&n, &contexts),
        Some(Action::Search(SearchAction::Next))
    );
    let shift_n = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT);
    let mut touring = support::app(shipped(), 80, 24);
    touring.start_tour(0);
    let contexts = touring.state.contexts(&touring.model);
    assert_eq!(
        map.action(&n, &contexts),
        Some(Action::Tour(TourAction::NextStop))
    );
    assert_eq!(
        map.action(&shift_n, &contexts),
        Some(Action::Search(SearchAction::Previous))
    );
}

#[test]
fn a_short_window_keeps_the_screen_and_drops_the_panel() {
    let mut app = app(shipped(), 60, 14);
    app.start_tour(0);
    let bands = app.bands();
    assert!(bands.tour.is_none());
    assert_eq!(bands.main, app.window());
    let text = screen_text(&render(&app));
    assert!(!text.contains("too small"), "{text}");
}
