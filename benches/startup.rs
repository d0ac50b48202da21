//! Start-up as a user sees it: the release binary in a pseudo-terminal, from spawn to the first frame on
//! screen, and its peak memory; and in process, loading, validating and building the timeline of the shipped
//! dataset, with the memory the timeline holds. Prints a table; run with `cargo bench --bench startup`.

#[path = "../tests/support/pty.rs"]
mod pty;

use polity::model::{Timeline, load_str};
use pty::{PtyApp, TAB_MARKERS};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts the bytes live on the heap, to weigh the timeline.
struct Counting;

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call goes straight to the system allocator; only a counter is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's layout is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The budget for loading, validating and building the timeline of the shipped file.
const LOAD_BUDGET: Duration = Duration::from_millis(2);
const LOAD_RUNS: usize = 200;

const RUNS: usize = 20;
const WAIT: Duration = Duration::from_secs(10);

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    load_in_process();
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

/// Parse, validate at every change date and build every snapshot, as `polity` does before its first frame.
fn load_timeline() -> Timeline {
    let data =
        load_str(polity::embedded::NAME, polity::embedded::TEXT).expect("the shipped file parses");
    Timeline::new(data).expect("the shipped file is valid")
}

fn load_in_process() {
    let mut times: Vec<Duration> = (0..LOAD_RUNS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(load_timeline());
            start.elapsed()
        })
        .collect();
    times.sort();
    let mut parsing: Vec<Duration> = (0..LOAD_RUNS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(load_str(polity::embedded::NAME, polity::embedded::TEXT).ok());
            start.elapsed()
        })
        .collect();
    parsing.sort();
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let median = times[LOAD_RUNS / 2];
    println!("load + validate + timeline of the shipped file over {LOAD_RUNS} runs");
    println!(
        "  median {:.0} µs, slowest {:.0} µs (budget {} µs{})",
        us(median),
        us(times[LOAD_RUNS - 1]),
        LOAD_BUDGET.as_micros(),
        if median > LOAD_BUDGET {
            ": OVER BUDGET"
        } else {
            ""
        }
    );
    println!(
        "  of which parsing the RON text: median {:.0} µs",
        us(parsing[LOAD_RUNS / 2])
    );
    let before = LIVE_BYTES.load(Ordering::Relaxed);
    let timeline = load_timeline();
    let full = LIVE_BYTES.load(Ordering::Relaxed).saturating_sub(before);
    let start = Instant::now();
    timeline.snapshot(timeline.newest());
    let first = start.elapsed();
    timeline.build_all();
    let all = LIVE_BYTES.load(Ordering::Relaxed).saturating_sub(before);
    let kib = |bytes: usize| bytes as f64 / 1024.0;
    println!(
        "  the newest snapshot (the first frame's) builds in {:.0} µs",
        us(first)
    );
    println!(
        "  memory: {:.0} KiB for the whole file, {:.0} KiB with all {} snapshots ({} change dates), shared by every session",
        kib(full),
        kib(all),
        timeline.len(),
        timeline.dates().len()
    );
}
