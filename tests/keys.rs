//! What keys and clicks do to the state, through the same key map the binary uses.

mod support;

use polity::app::{Action, Entry, Tab};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};
use support::{app, shipped};

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

#[test]
fn tabs_switch_by_tab_arrows_letters_and_digits() {
    let mut app = app(shipped(), 80, 24);
    app.handle_event(&key(KeyCode::Tab));
    assert_eq!(app.state.tab, Tab::Executive);
    app.handle_event(&key(KeyCode::Char('l')));
    assert_eq!(app.state.tab, Tab::Legislative);
    app.handle_event(&key(KeyCode::Left));
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::BackTab,
        KeyModifiers::SHIFT,
    )));
    assert_eq!(app.state.tab, Tab::Overview);
    for (digit, tab) in ('1'..='7').zip(Tab::ALL) {
        app.handle_event(&key(KeyCode::Char(digit)));
        assert_eq!(app.state.tab, tab);
    }
}

#[test]
fn enter_opens_and_escape_goes_back_keeping_the_selection() {
    let mut app = app(shipped(), 80, 24);
    // At the article's date the Legislative tab lists both chambers.
    app.handle_event(&key(KeyCode::Char('{')));
    app.handle_event(&key(KeyCode::Char('3')));
    app.handle_event(&key(KeyCode::Char('j')));
    let selected = app.state.view().selected;
    assert!(selected > 0, "the Legislative tab lists more than one item");
    app.handle_event(&key(KeyCode::Enter));
    assert!(app.state.view().open);
    app.handle_event(&key(KeyCode::Char('G')));
    assert!(
        app.state.view().scroll > 0,
        "a chamber's details are longer than one screen at 80x24"
    );
    app.handle_event(&key(KeyCode::Char('g')));
    assert_eq!(app.state.view().scroll, 0);
    app.handle_event(&key(KeyCode::Backspace));
    assert!(!app.state.view().open);
    assert_eq!(app.state.view().selected, selected);
}

#[test]
fn a_key_that_changes_nothing_asks_for_no_redraw() {
    let mut app = app(shipped(), 80, 24);
    assert!(!app.handle_event(&key(KeyCode::Up)), "already at the top");
    assert!(!app.handle_event(&key(KeyCode::Char('x'))), "unbound key");
    assert!(
        !app.handle_event(&key(KeyCode::Esc)),
        "nothing to go back from"
    );
    let release = KeyEvent {
        kind: KeyEventKind::Release,
        ..KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)
    };
    assert!(
        !app.handle_event(&Event::Key(release)),
        "releases are ignored"
    );
    assert!(app.handle_event(&key(KeyCode::Tab)));
}

#[test]
fn scrolling_is_clamped_so_going_back_up_answers_at_once() {
    let mut app = app(shipped(), 80, 24);
    app.handle_event(&key(KeyCode::Char('6')));
    for _ in 0..50 {
        app.handle_event(&key(KeyCode::PageDown));
    }
    let bottom = app.state.view().scroll;
    assert!(bottom > 0);
    assert_eq!(bottom, app.max_scroll());
    app.handle_event(&key(KeyCode::PageUp));
    assert!(app.state.view().scroll < bottom);
}

#[test]
fn typing_a_filter_does_not_trigger_keys() {
    let mut app = app(shipped(), 80, 24);
    app.handle_event(&key(KeyCode::Char('6')));
    assert_eq!(app.state.entry(&app.model), Some(Entry::Memberships));
    app.handle_event(&key(KeyCode::Char('/')));
    for c in "qun".chars() {
        app.handle_event(&key(KeyCode::Char(c)));
    }
    assert!(!app.should_quit());
    assert_eq!(app.state.filter, "qun");
    app.handle_event(&key(KeyCode::Backspace));
    assert_eq!(app.state.filter, "qu");
    app.handle_event(&key(KeyCode::Enter));
    assert!(!app.state.filtering);
    assert_eq!(app.state.filter, "qu");
    app.handle_event(&key(KeyCode::Char('/')));
    app.handle_event(&key(KeyCode::Esc));
    assert!(app.state.filter.is_empty());
}

#[test]
fn q_and_ctrl_c_quit_and_help_toggles() {
    let mut app = app(shipped(), 80, 24);
    app.handle_event(&key(KeyCode::Char('?')));
    assert!(app.state.help.is_some());
    app.handle_event(&key(KeyCode::Char('q')));
    assert!(
        app.state.help.is_none() && !app.should_quit(),
        "q closes help first"
    );
    app.handle_event(&key(KeyCode::Char('q')));
    assert!(app.should_quit());
    let mut app = support::app(shipped(), 80, 24);
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    )));
    assert!(app.should_quit());
}

#[test]
fn clicks_select_tabs_and_list_items_and_the_wheel_scrolls() {
    let mut app = app(shipped(), 120, 40);
    let labels = polity::app::screen::tab_labels(120, app.state.tab, app.strings);
    let (_, start, _) = labels[4];
    app.update(Action::Click(start + 1, 0));
    assert_eq!(app.state.tab, Tab::Elections);
    app.update(Action::GoToTab(Tab::Legislative.index()));
    // The list's second item is on the third row (tab bar, border, first item).
    app.update(Action::Click(3, 3));
    assert_eq!(app.state.view().selected, 1);
    app.update(Action::Open);
    let wheel = |kind| {
        Event::Mouse(MouseEvent {
            kind,
            column: 50,
            row: 10,
            modifiers: KeyModifiers::NONE,
        })
    };
    app.handle_event(&wheel(MouseEventKind::ScrollDown));
    assert_eq!(app.state.view().scroll, 3.min(app.max_scroll()));
}

#[test]
fn reset_forgets_the_visitor_but_keeps_the_window_size() {
    let mut app = app(shipped(), 100, 30);
    app.update(Action::GoToTab(5));
    app.update(Action::StartFilter);
    app.update(Action::FilterChar('u'));
    app.update(Action::Time(polity::app::TimeAction::Previous));
    app.reset();
    let mut fresh = polity::app::AppState::new((100, 30));
    fresh.time.date = app.timeline.newest();
    assert_eq!(app.state, fresh);
}

#[test]
fn every_key_hint_names_its_key() {
    let app = app(shipped(), 80, 24);
    let contexts = [
        polity::app::Context::Table,
        polity::app::Context::List,
        polity::app::Context::Browse,
        polity::app::Context::Always,
    ];
    let hints = app.keymap.hints(&contexts, app.strings);
    assert!(hints.iter().all(|(key, _)| !key.is_empty()), "{hints:?}");
    assert!(hints.contains(&("/".to_string(), "filter")), "{hints:?}");
    assert!(hints.contains(&("1-7".to_string(), "tabs")), "{hints:?}");
    assert!(
        hints.contains(&("Tab".to_string(), "next tab")),
        "{hints:?}"
    );
}
