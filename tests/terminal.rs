//! The real binary in a pseudo-terminal: it starts, shows every tab, survives resizes, and always restores the
//! terminal.

mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
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

fn kill(signal: &str, pid: u32) {
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{signal} {pid}");
}

#[track_caller]
fn assert_restored(app: &PtyApp, what: &str) {
    assert!(
        !app.alternate_screen(),
        "{what}: the alternate screen is left"
    );
    assert!(!app.cursor_hidden(), "{what}: the cursor is shown");
    assert!(!app.mouse_reporting(), "{what}: mouse reporting is off");
}

#[test]
fn five_thousand_bytes_in_one_write_are_all_read() {
    let mut app = PtyApp::polity(&[], 80, 24);
    app.wait_for("1 Overview", WAIT);
    let mut burst = b"jk".repeat(2_499);
    burst.extend_from_slice(b"2q");
    assert_eq!(burst.len(), 5_000);
    app.send(&burst);
    assert_eq!(
        app.wait_exit(WAIT),
        0,
        "the q at the end of the burst quits"
    );
    assert_restored(&app, "q after a burst");
}

#[test]
fn an_unfinished_escape_sequence_does_not_swallow_later_keys() {
    for start in ["\x1b[?", "\x1b[<", "\x1b[200~"] {
        let mut app = PtyApp::polity(&[], 80, 24);
        app.wait_for("1 Overview", WAIT);
        app.send(start);
        std::thread::sleep(Duration::from_millis(100));
        let sent = Instant::now();
        app.send("q");
        assert_eq!(app.wait_exit(Duration::from_secs(1)), 0, "after {start:?}");
        assert!(
            sent.elapsed() < Duration::from_secs(1),
            "after {start:?}: {:?}",
            sent.elapsed()
        );
        assert_restored(&app, start);
    }
}

#[test]
fn resizing_while_input_floods_in_never_freezes_input() {
    let mut app = PtyApp::polity(&[], 80, 24);
    app.wait_for("1 Overview", WAIT);
    let flood = b"jkjk\x1b[Bl\x1b[<0;5;5Mh".repeat(20);
    for i in 0..60u16 {
        app.send(&flood);
        app.resize(40 + i % 7 * 20, 10 + i % 5 * 8);
    }
    app.resize(100, 30);
    app.send_esc();
    app.press("5", "70.96%", WAIT);
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
    assert_restored(&app, "q after the flood");
}

#[test]
fn interrupt_quit_and_other_ending_signals_restore_the_terminal() {
    for (signal, args) in [
        ("INT", &[][..]),
        ("QUIT", &[][..]),
        ("USR1", &[][..]),
        ("ALRM", &[][..]),
        ("USR1", &["--kiosk"][..]),
        ("ALRM", &["--kiosk"][..]),
        ("TERM", &["--kiosk"][..]),
    ] {
        let mut app = PtyApp::polity(args, 80, 24);
        app.wait_for("1 Overview", WAIT);
        assert!(app.mouse_reporting(), "the app asks for the mouse");
        kill(signal, app.pid().expect("child pid"));
        assert_ne!(
            app.wait_exit(WAIT),
            0,
            "SIG{signal} {args:?} is not a normal quit"
        );
        assert_restored(&app, &format!("SIG{signal} {args:?}"));
    }
}

#[test]
fn the_kiosk_ignores_interrupt_quit_and_stop_signals() {
    let mut app = PtyApp::polity(&["--kiosk"], 80, 24);
    app.wait_for("1 Overview", WAIT);
    let pid = app.pid().expect("child pid");
    for signal in ["INT", "QUIT", "TSTP"] {
        kill(signal, pid);
    }
    std::thread::sleep(Duration::from_millis(200));
    assert!(app.running(), "the kiosk is still running");
    app.press("3", "Parliament", WAIT);
    assert!(app.alternate_screen());
}

#[test]
fn suspend_restores_the_terminal_and_fg_redraws_everything() {
    // A shell with job control, so the stop is real (in a process group without it, the kernel ignores a stop).
    let script = format!(
        "set -m; '{}'; echo SUSPENDED; read line; fg",
        env!("CARGO_BIN_EXE_polity")
    );
    let mut app = PtyApp::spawn("sh", &["-c", &script], 80, 24);
    app.wait_for("1 Overview", WAIT);
    app.press("3", "Parliament", WAIT);
    let pid = polity_child_of(app.pid().expect("the shell's pid"));
    kill("TSTP", pid);
    app.wait_for("SUSPENDED", WAIT);
    assert_restored(&app, "SIGTSTP");
    app.send("\r");
    app.wait_until("the app is back", WAIT, |app| {
        app.alternate_screen() && app.contents().contains("Parliament")
    });
    assert!(app.mouse_reporting(), "mouse reporting is back");
    assert!(app.cursor_hidden(), "the cursor is hidden again");
    // Raw mode is back: a single key, with no Enter, changes the tab.
    app.press("5", "70.96%", WAIT);
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
    assert_restored(&app, "q after fg");
}

/// The pid of the polity process the shell `shell` started.
fn polity_child_of(shell: u32) -> u32 {
    let deadline = Instant::now() + WAIT;
    loop {
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .unwrap_or_default();
        if let Some(pid) = children.split_whitespace().find_map(|p| p.parse().ok()) {
            return pid;
        }
        assert!(Instant::now() < deadline, "the shell started no child");
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn sigterm_with_a_full_input_queue_ends_within_a_second() {
    let mut app = PtyApp::polity(&[], 120, 40);
    app.wait_for("1 Overview", WAIT);
    app.press("5", "70.96%", WAIT);
    // Keys that each redraw, many more than the app can draw before the signal arrives.
    app.send(b"hl".repeat(20_000));
    let sent = Instant::now();
    kill("TERM", app.pid().expect("child pid"));
    assert_ne!(app.wait_exit(Duration::from_secs(1)), 0);
    assert!(
        sent.elapsed() < Duration::from_secs(1),
        "{:?}",
        sent.elapsed()
    );
    assert_restored(&app, "SIGTERM behind 40,000 keys");
}
