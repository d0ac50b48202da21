//! The real binary in a pseudo-terminal: it starts, shows every tab, survives resizes, and always restores the
//! terminal.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;
use support::pty::{PtyApp, TAB_MARKERS};

const WAIT: Duration = Duration::from_secs(10);

#[test]
fn starts_shows_every_tab_opens_help_and_quits_cleanly() {
    let mut app = PtyApp::polity(&[], 80, 24);
    app.wait_for("1 Overview", WAIT);
    assert!(
        app.alternate_screen(),
        "the app draws on the alternate screen"
    );
    for (digit, marker) in TAB_MARKERS {
        app.press(digit, marker, WAIT);
    }
    app.press("3", "Kurultai", WAIT);
    app.press("\r", "Esc back", WAIT);
    app.wait_for("145", WAIT);
    app.send_esc();
    app.press("?", "Keys · Esc closes", WAIT);
    app.send_esc();
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
    assert!(
        !app.alternate_screen(),
        "the alternate screen is left on quit"
    );
    assert!(!app.cursor_hidden(), "the cursor is shown again");
}

#[test]
fn survives_resizes_down_to_one_cell_and_back() {
    let mut app = PtyApp::polity(&[], 80, 24);
    app.wait_for("1 Overview", WAIT);
    app.press("5", "70.96%", WAIT);
    for (cols, rows) in [(40, 10), (1, 1), (0, 0), (2, 1), (200, 60), (49, 12)] {
        app.resize(cols, rows);
        std::thread::sleep(Duration::from_millis(60));
    }
    app.resize(40, 10);
    app.wait_for("please make it larger", WAIT);
    app.resize(120, 40);
    app.wait_for("5 Elections", WAIT);
    app.wait_for("70.96%", WAIT);
    app.send("\x03");
    assert_eq!(app.wait_exit(WAIT), 0, "Ctrl-C quits with status 0");
    assert!(!app.alternate_screen());
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for signal in ["TERM", "HUP"] {
        let mut app = PtyApp::polity(&[], 80, 24);
        app.wait_for("1 Overview", WAIT);
        let pid = app.pid().expect("child pid").to_string();
        let status = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .expect("run kill");
        assert!(status.success());
        let code = app.wait_exit(WAIT);
        assert_ne!(code, 0, "SIG{signal} is not a normal quit");
        assert!(
            !app.alternate_screen(),
            "SIG{signal} leaves the alternate screen"
        );
        assert!(!app.cursor_hidden());
    }
}

#[test]
fn a_key_that_changes_nothing_writes_nothing() {
    let mut app = PtyApp::polity(&[], 80, 24);
    app.wait_for("1 Overview", WAIT);
    std::thread::sleep(Duration::from_millis(100));
    let before = app.output_len();
    // Up at the top of the list and an unbound key change nothing.
    app.send("\x1b[A");
    app.send("x");
    app.press("5", "70.96%", WAIT);
    assert!(app.output_len() > before, "a real change is drawn");
    std::thread::sleep(Duration::from_millis(100));
    let settled = app.output_len();
    app.send("\x1b[A");
    app.send("x");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        app.output_len(),
        settled,
        "no bytes for keys that change nothing"
    );
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
}

#[test]
fn without_a_terminal_it_explains_and_exits_1() {
    let output = Command::new(env!("CARGO_BIN_EXE_polity"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run polity");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("polity check") && stderr.contains("polity export"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "one clear line: {stderr}");
}

#[test]
fn a_bad_data_file_is_refused_before_the_terminal_is_touched() {
    let mut app = PtyApp::polity(&["--data", "no-such-file.ron"], 80, 24);
    assert_eq!(app.wait_exit(WAIT), 2);
    assert!(!app.alternate_screen());
    assert!(
        app.contents().contains("no-such-file.ron: no such file"),
        "{}",
        app.contents()
    );
}

#[test]
fn another_countrys_file_runs_with_no_code_change() {
    let path = support::repo_path("tests/fixtures/ruritania.ron");
    let mut app = PtyApp::polity(&["--data", path.to_str().unwrap()], 100, 30);
    app.wait_for("Ruritania", WAIT);
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
}

/// User plus system CPU time of a process, in clock ticks, from /proc.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("read /proc stat");
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    fields[11].parse::<u64>().unwrap_or(0) + fields[12].parse::<u64>().unwrap_or(0)
}

#[test]
fn waiting_for_a_key_uses_no_cpu() {
    let mut app = PtyApp::polity(&[], 80, 24);
    app.wait_for("1 Overview", WAIT);
    let pid = app.pid().expect("pid");
    std::thread::sleep(Duration::from_millis(200));
    let (ticks, bytes) = (cpu_ticks(pid), app.output_len());
    std::thread::sleep(Duration::from_secs(2));
    // A tick is 10 ms: a loop that polled would burn many in two seconds.
    assert!(
        cpu_ticks(pid) - ticks <= 1,
        "idle CPU: {} ticks",
        cpu_ticks(pid) - ticks
    );
    assert_eq!(
        app.output_len(),
        bytes,
        "nothing is redrawn while nothing changes"
    );
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
}

#[test]
fn a_class_follows_a_case_through_the_courts() {
    // The article's case: three courts, before the cassation courts of 2025.
    let mut app = PtyApp::polity(&["--as-of", "2019-06"], 120, 40);
    app.wait_for("1 Overview", WAIT);
    app.press("4", "Court system", WAIT);
    app.press("\r", "Esc back", WAIT);
    app.press("s", "A theft in a town", WAIT);
    app.press("\r", "step 1 of 3", WAIT);
    app.press("n", "step 2 of 3", WAIT);
    app.press("\x1b[C", "step 3 of 3", WAIT);
    app.wait_for("End of the road", WAIT);
    app.press("p", "step 2 of 3", WAIT);
    app.press("\x1b[D", "step 1 of 3", WAIT);
    app.send("r");
    app.send_esc();
    app.press("a", "who chooses the judges", WAIT);
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
    assert!(!app.alternate_screen());
}
