//! The real binary in a pseudo-terminal scrolls a page with a scroll region, and after every scroll the terminal
//! shows exactly the page the app renders for the same keys; with `POLITY_SCROLL_REGIONS=0` it never sets one.

mod support;

use polity::app::{Action, Tab};
use std::time::Duration;
use support::pty::PtyApp;
use support::{app, render, screen_text, shipped};

const WAIT: Duration = Duration::from_secs(10);
const SIZE: (u16, u16) = (80, 24);

/// The screen's rows as text, trailing blanks dropped.
fn expected_rows(app: &polity::app::App) -> Vec<String> {
    screen_text(&render(app))
        .lines()
        .map(|row| row.trim_end().to_string())
        .collect()
}

fn shows(pty: &PtyApp, rows: &[String]) -> bool {
    rows.iter()
        .enumerate()
        .all(|(y, row)| pty.row(y as u16).trim_end() == row)
}

/// Opens the Legislative tab's first page in the binary and in the app, then scrolls both with `keys`.
fn scroll(pty: &mut PtyApp, keys: &[(&str, Action)]) {
    let mut model = app(shipped(), SIZE.0, SIZE.1);
    model.update(Action::GoToTab(Tab::Legislative.index()));
    model.update(Action::Open);
    pty.wait_for("1 Overview", WAIT);
    pty.send("3");
    pty.wait_for("Parliament", WAIT);
    pty.send("\r");
    let rows = expected_rows(&model);
    pty.wait_until("the opened page", WAIT, |t| shows(t, &rows));
    for (n, (bytes, action)) in keys.iter().enumerate() {
        model.update(*action);
        pty.send(bytes);
        let rows = expected_rows(&model);
        pty.wait_until(&format!("the page after key {n}"), WAIT, |t| {
            shows(t, &rows)
        });
    }
}

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";

fn keys() -> Vec<(&'static str, Action)> {
    let mut keys = vec![(DOWN, Action::Down); 6];
    keys.extend([(UP, Action::Up), (UP, Action::Up), (DOWN, Action::Down)]);
    keys
}

#[test]
fn a_scrolled_page_moves_with_a_scroll_region_and_shows_the_same_page() {
    let mut pty = PtyApp::polity(&[], SIZE.0, SIZE.1);
    scroll(&mut pty, &keys());
    let output = pty.output();
    let regions = output.windows(3).filter(|w| w == b"\x1b[r").count();
    assert!(regions >= 5, "only {regions} frames used a scroll region");
    pty.send("q");
    assert_eq!(pty.wait_exit(WAIT), 0);
}

#[test]
fn scroll_regions_can_be_turned_off() {
    let polity = env!("CARGO_BIN_EXE_polity");
    let mut pty = PtyApp::spawn("env", &["POLITY_SCROLL_REGIONS=0", polity], SIZE.0, SIZE.1);
    scroll(&mut pty, &keys());
    assert!(!pty.output().windows(3).any(|w| w == b"\x1b[r"));
    pty.send("q");
    assert_eq!(pty.wait_exit(WAIT), 0);
}
