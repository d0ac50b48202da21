//! Start-up as a user sees it: the release binary in a pseudo-terminal, from spawn to the first frame on
//! screen, and its peak memory. Prints a table; run with `cargo bench --bench startup`.

#[path = "../tests/support/pty.rs"]
mod pty;

use pty::{PtyApp, TAB_MARKERS};
use std::time::{Duration, Instant};

const RUNS: usize = 20;
const WAIT: Duration = Duration::from_secs(10);

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let mut first_frame = Vec::new();
    let mut peak_kib = Vec::new();
    for _ in 0..RUNS {
        let (latency, peak) = one_start();
        first_frame.push(latency);
        peak_kib.push(peak);
    }
    first_frame.sort();
    peak_kib.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("start-up over {RUNS} runs at 120x40");
    println!(
        "  first frame: median {:.1} ms, slowest {:.1} ms",
        ms(first_frame[RUNS / 2]),
        ms(first_frame[RUNS - 1])
    );
    println!(
        "  peak memory (VmHWM): median {:.1} MB, largest {:.1} MB",
        peak_kib[RUNS / 2] as f64 / 1024.0,
        peak_kib[RUNS - 1] as f64 / 1024.0
    );
}

/// Time from spawn until the tab bar is on screen, and the process's peak resident memory after visiting
/// every tab.
fn one_start() -> (Duration, u64) {
    let start = Instant::now();
    let mut app = PtyApp::polity(&[], 120, 40);
    app.wait_for("1 Overview", WAIT);
    let shown = start.elapsed();
    // Tab 1 is on screen: visit the others.
    for (digit, marker) in &TAB_MARKERS[1..] {
        app.press(digit, marker, WAIT);
    }
    let pid = app.pid().expect("pid");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    app.send("q");
    app.wait_exit(WAIT);
    (shown, peak)
}
