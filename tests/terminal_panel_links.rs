//! The real binary in a pseudo-terminal: on the Judicial tab, focus a court, click a court its panel names (or
//! reach it with `o`, Tab and Enter), and Backspace back to the diagram with the same focus.

mod support;

use std::time::Duration;
use support::pty::PtyApp;

const WAIT: Duration = Duration::from_secs(10);
const COLS: u16 = 120;
const ROWS: u16 = 40;

/// The screen cell (0-based column, row) just after `label` on the row that shows it.
fn after(app: &PtyApp, label: &str) -> Option<(u16, u16)> {
    (0..ROWS).find_map(|row| {
        let text = app.row(row);
        let byte = text.find(label)?;
        let column = text[..byte].chars().count() + label.chars().count();
        Some((column as u16, row))
    })
}

#[test]
fn a_court_named_in_the_panel_opens_with_a_click_and_backspace_returns_to_the_same_focus() {
    let mut app = PtyApp::polity(&["--as-of", "2019-06"], COLS, ROWS);
    app.wait_for("1 Overview", WAIT);
    app.press("4", "s follow a case", WAIT);
    app.press("\r", "Court system: appeals · Esc back", WAIT);
    // Tab moves the focus from the Supreme Court down to the oblast courts.
    app.press("\t", "▶ Oblast courts", WAIT);
    app.wait_for("Hears appeals from: Local courts", WAIT);
    std::thread::sleep(Duration::from_millis(500));
    let diagram = app.contents();
    let (column, row) =
        after(&app, "Hears appeals from: ").expect("the panel names the court below");
    // A left click, as an SGR mouse report (1-based cells).
    app.send(format!(
        "\x1b[<0;{};{}M\x1b[<0;{};{}m",
        column + 1,
        row + 1,
        column + 1,
        row + 1
    ));
    app.wait_for("┌ Local courts · Esc back", WAIT);
    app.press("\x7f", "Court system: appeals · Esc back", WAIT);
    std::thread::sleep(Duration::from_millis(500));
    let back = app.contents();
    assert!(back.contains("▶ Oblast courts"), "{back}");
    for (a, b) in diagram.lines().zip(back.lines()) {
        assert_eq!(a.trim_end(), b.trim_end());
    }
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
}

#[test]
fn o_moves_the_keys_into_the_panel_tab_and_enter_follow_a_court_and_backspace_returns() {
    let mut app = PtyApp::polity(&["--as-of", "2019-06"], COLS, ROWS);
    app.wait_for("1 Overview", WAIT);
    app.press("4", "s follow a case", WAIT);
    app.press("\r", "o panel links", WAIT);
    app.press("\t", "▶ Oblast courts", WAIT);
    app.wait_for("Hears appeals from: Local courts", WAIT);
    app.press("o", "Esc boxes", WAIT);
    std::thread::sleep(Duration::from_millis(500));
    let in_panel = app.contents();
    // Enter follows the first link, the court the oblast courts hear appeals from.
    app.press("\r", "┌ Local courts · Esc back", WAIT);
    app.press("\x7f", "Esc boxes", WAIT);
    std::thread::sleep(Duration::from_millis(500));
    let back = app.contents();
    for (a, b) in in_panel.lines().zip(back.lines()) {
        assert_eq!(a.trim_end(), b.trim_end());
    }
    // Esc gives the keys back to the boxes, whose hint offers the panel again.
    app.send_esc();
    app.wait_for("o panel links", WAIT);
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
}
