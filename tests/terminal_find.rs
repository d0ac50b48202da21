//! The real binary in a pseudo-terminal: a walk of search, a followed link and the back stack; the Judicial
//! tab's keys; a kiosk whose operator lets visitors leave.

mod support;

use std::time::Duration;
use support::pty::PtyApp;

const WAIT: Duration = Duration::from_secs(10);

#[test]
fn search_jump_follow_a_link_then_back_twice_lands_where_the_walk_started() {
    let mut app = PtyApp::polity(&["--as-of", "2019-06"], 120, 40);
    app.wait_for("1 Overview", WAIT);
    app.press("2", "┌ Executive", WAIT);
    // The whole frame, not its first bytes.
    std::thread::sleep(Duration::from_millis(500));
    let start = app.contents();
    app.press("/", "/ ▏", WAIT);
    app.press("Senate", "matches", WAIT);
    app.press("\r", "┌ Senate · Esc back", WAIT);
    app.press("\t", "Enter follow", WAIT);
    app.send("\r");
    app.wait_until("another page", WAIT, |t| {
        !t.row(1).contains("┌ Senate") && t.row(1).contains("Esc back")
    });
    app.press("\x7f", "┌ Senate · Esc back", WAIT);
    app.send("b");
    std::thread::sleep(Duration::from_millis(500));
    let end = app.contents();
    for (a, b) in start.lines().zip(end.lines()) {
        assert_eq!(a.trim_end(), b.trim_end());
    }
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
}

#[test]
fn on_the_judicial_tab_s_opens_the_case_list_at_once() {
    let mut app = PtyApp::polity(&[], 100, 30);
    app.wait_for("1 Overview", WAIT);
    app.press("4", "s follow a case", WAIT);
    app.press("s", "start the case", WAIT);
    app.send("q");
    app.send_esc();
    app.send_esc();
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
}

#[test]
fn a_kiosk_that_lets_visitors_leave_asks_then_ends_cleanly() {
    let mut app = PtyApp::polity(&["--kiosk", "--visitors-may-leave"], 100, 30);
    app.wait_for("1 Overview", WAIT);
    app.press("q", "Leave polity? y / n", WAIT);
    app.send("n");
    app.wait_until("the question gone", WAIT, |t| {
        !t.contents().contains("Leave polity?")
    });
    app.press("\x04", "Leave polity? y / n", WAIT);
    app.send("y");
    assert_eq!(app.wait_exit(WAIT), 0);
    assert!(!app.alternate_screen(), "the alternate screen is left");
    assert!(!app.cursor_hidden(), "the cursor is shown again");
}
