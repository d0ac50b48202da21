//! The real binary in a pseudo-terminal on a guided tour: `--tour` starts one, n and p step through it, Esc
//! leaves; an unknown tour is refused; and a kiosk's attract mode plays the tours and stops at a key.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;
use support::pty::PtyApp;

const WAIT: Duration = Duration::from_secs(10);

#[test]
fn a_tour_from_the_command_line_steps_with_n_and_p_and_esc_leaves() {
    let mut app = PtyApp::polity(&["--tour", "Follow A Case"], 80, 24);
    app.wait_for("Follow a case · stop 1 of 6", WAIT);
    app.wait_for("Local courts", WAIT);
    app.press("n", "stop 2 of 6", WAIT);
    app.wait_for("theft", WAIT);
    app.press("n", "stop 3 of 6", WAIT);
    app.press("p", "stop 2 of 6", WAIT);
    app.send_esc();
    app.wait_until("the panel is gone", WAIT, |a| {
        !a.contents().contains("stop 2 of 6")
    });
    // Back where the app started: the Overview, at the newest date.
    app.wait_for("1 Overview", WAIT);
    app.wait_until("the newest date", WAIT, |a| {
        !a.contents().contains("not today")
    });
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
    assert!(!app.alternate_screen());
}

#[test]
fn an_unknown_tour_is_one_line_listing_the_tours_and_exit_2() {
    let output = Command::new(env!("CARGO_BIN_EXE_polity"))
        .args(["--tour", "no such tour"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run polity");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    for tour in [
        "who_holds_power",
        "Follow a case",
        "What changed since 2019",
    ] {
        assert!(stderr.contains(tour), "{stderr}");
    }
}

#[test]
fn attract_mode_plays_the_tours_and_a_key_stops_them() {
    let mut app = PtyApp::polity(
        &[
            "--kiosk",
            "--attract",
            "1",
            "--attract-step",
            "1",
            "--exit-key",
            "F10",
        ],
        80,
        24,
    );
    app.wait_for("1 Overview", WAIT);
    app.wait_for("stop 1 of", WAIT);
    app.wait_for("any key to explore", WAIT);
    app.wait_for("stop 2 of", WAIT);
    app.send("x");
    app.wait_until("the tour has stopped", WAIT, |a| {
        !a.contents().contains("any key to explore")
    });
    // The start screen: the Overview's first page at the newest date.
    app.wait_until("the start screen", WAIT, |a| {
        let screen = a.contents();
        screen.contains("▶ At a glance") && !screen.contains("not today")
    });
    // The exit key leaves even while a tour plays.
    app.wait_for("stop 1 of", WAIT);
    app.send("\x1b[21~");
    assert_eq!(app.wait_exit(WAIT), 0);
}
