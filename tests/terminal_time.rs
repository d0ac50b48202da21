//! The real binary in a pseudo-terminal, moving through time: back to the article's two chambers, forward to
//! today's one, the Timeline view, `--as-of`, and keys at the ends of time that write nothing.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;
use support::pty::PtyApp;

const WAIT: Duration = Duration::from_secs(10);

#[test]
fn back_to_the_article_and_forward_to_today() {
    let mut app = PtyApp::polity(&[], 80, 24);
    app.wait_for("1 Overview", WAIT);
    app.press("3", "Kurultai", WAIT);
    app.press("{", "not today", WAIT);
    app.wait_until("both chambers in the list", WAIT, |a| {
        let list = a.contents();
        list.contains("│  Majilis ") && list.contains("│  Senate ") && !list.contains("│▶ Kurultai")
    });
    app.press("}", "Kurultai", WAIT);
    app.wait_until("one chamber in the list", WAIT, |a| {
        let list = a.contents();
        list.contains("│▶ Kurultai") && !list.contains("not today") && !list.contains("│  Senate ")
    });
    // Step back with [ until the article's two chambers show again.
    for _ in 0..40 {
        if app.contents().contains("│  Senate ") {
            break;
        }
        app.send("[");
        std::thread::sleep(Duration::from_millis(50));
    }
    app.wait_for("Senate", WAIT);
    app.wait_for("not today", WAIT);
    app.press("]", "Legis", WAIT);
    app.press("}", "Kurultai", WAIT);
    app.press("t", "Timeline", WAIT);
    app.wait_for("Enter goes there", WAIT);
    app.send_esc();
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
    assert!(!app.alternate_screen());
}

#[test]
fn the_ends_of_time_write_nothing() {
    let mut app = PtyApp::polity(&[], 80, 24);
    app.wait_for("1 Overview", WAIT);
    std::thread::sleep(Duration::from_millis(150));
    let before = app.output_len();
    app.send("]");
    app.send("}");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(app.output_len(), before, "] and }} at the newest date");
    app.press("[", "not today", WAIT);
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
}

#[test]
fn as_of_starts_at_the_newest_change_on_or_before_the_date() {
    let mut app = PtyApp::polity(&["--as-of", "2024-01-01"], 80, 24);
    app.wait_for("not today", WAIT);
    app.press("3", "Majilis", WAIT);
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
}

#[test]
fn a_malformed_as_of_is_one_line_and_exit_2() {
    for bad in ["2023-13", "yesterday", "1900"] {
        let output = Command::new(env!("CARGO_BIN_EXE_polity"))
            .args(["--as-of", bad])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .expect("run polity");
        assert_eq!(output.status.code(), Some(2), "{bad}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("--as-of"), "{stderr}");
    }
}
