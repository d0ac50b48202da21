//! Start-up as a user sees it: the release binary in a pseudo-terminal, from spawn to the first frame on
//! screen, next to `less` showing the export on the same terminal size, and its peak memory; and in process,
//! loading the shipped dataset as the app does (its newest snapshot made at build time, then the whole file in
//! postcard's binary form, both checked by the test suite) and as `--data FILE` does (RON, fully validated),
//! with the memory the timeline holds; and, where valgrind is installed, the main thread's instructions to the
//! first frame; and the page faults of the main thread and the resident memory when the first frame (or `less`'s
//! first screen) is seen, the cost that sets start-up's time on a virtual machine more than instructions.
//!
//! Run with `cargo bench --bench startup`. The polity it starts is `target/release/polity` as the bench profile
//! built it, without the release profile's link-time optimisation; with `POLITY_STARTUP_BASELINE=PATH` another
//! build starts in the same rounds (the shipped release binary, or the one before a change), and
//! `POLITY_STARTUP_RUNS=N` sets how many rounds.

#[path = "../tests/support/pty.rs"]
mod pty;

use polity::model::{Model, Timeline, load_str};
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

/// The budget for loading the shipped file and building its timeline.
const LOAD_BUDGET: Duration = Duration::from_millis(2);
const LOAD_RUNS: usize = 200;

/// Rounds of starts, each polity then `less` (then the baseline): 40 unless `POLITY_STARTUP_RUNS` says how many. A
/// ratio near the target needs more: twenty rounds' medians moved by a tenth from one run to the next.
const RUNS: usize = 40;
const RUNS_VAR: &str = "POLITY_STARTUP_RUNS";
/// A path to another polity binary, started in the same rounds for a before-and-after in one run.
const BASELINE_VAR: &str = "POLITY_STARTUP_BASELINE";
const WAIT: Duration = Duration::from_secs(10);

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    load_in_process();
    let export = export_file();
    let mut first_frame = Vec::new();
    let mut less_frame = Vec::new();
    let mut peak_kib = Vec::new();
    let (mut our_memory, mut less_memory) = (Vec::new(), Vec::new());
    // Another build of polity to compare with in the same run (e.g. the one before a change).
    let baseline = std::env::var_os(BASELINE_VAR).filter(|p| !p.is_empty());
    let mut baseline_frame = Vec::new();
    let mut baseline_memory = Vec::new();
    let runs = std::env::var(RUNS_VAR)
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or(RUNS);
    // Interleaved, so the machine's load drifts over all alike, and each round starts with the next program in
    // turn: whichever runs first in a round was measured up to a tenth slower than the same binary later in it.
    let programs = if baseline.is_some() { 3 } else { 2 };
    for round in 0..runs {
        for turn in 0..programs {
            match (round + turn) % programs {
                0 => {
                    let (latency, peak, seen) = one_start(env!("CARGO_BIN_EXE_polity"));
                    first_frame.push(latency);
                    peak_kib.push(peak);
                    our_memory.push(seen);
                }
                1 => {
                    let (latency, seen) = one_less(&export);
                    less_frame.push(latency);
                    less_memory.push(seen);
                }
                _ => {
                    if let Some(other) = &baseline {
                        let (latency, _, seen) = one_start(other);
                        baseline_frame.push(latency);
                        baseline_memory.push(seen);
                    }
                }
            }
        }
    }
    let instructions = instructions_to_first_frame();
    let _ = std::fs::remove_file(&export);
    first_frame.sort();
    less_frame.sort();
    baseline_frame.sort();
    peak_kib.sort();
    our_memory.sort();
    less_memory.sort();
    baseline_memory.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let (ours, theirs) = (first_frame[runs / 2], less_frame[runs / 2]);
    println!("start-up over {runs} interleaved runs at 120x40");
    println!(
        "  polity first frame: median {:.1} ms, slowest {:.1} ms",
        ms(ours),
        ms(first_frame[runs - 1])
    );
    println!(
        "  less on the export: median {:.1} ms, slowest {:.1} ms",
        ms(theirs),
        ms(less_frame[runs - 1])
    );
    println!(
        "  polity / less: {:.2}x (target 1.20x{})",
        ours.as_secs_f64() / theirs.as_secs_f64(),
        if ours.as_secs_f64() > 1.2 * theirs.as_secs_f64() {
            ": OVER"
        } else {
            ""
        }
    );
    if let (Some(other), Some(median)) = (&baseline, baseline_frame.get(runs / 2)) {
        println!(
            "  {} ({BASELINE_VAR}): median {:.1} ms, {:.2}x less; {} page faults at the first frame",
            other.to_string_lossy(),
            ms(*median),
            median.as_secs_f64() / theirs.as_secs_f64(),
            baseline_memory[runs / 2].faults
        );
    }
    println!(
        "  peak memory (VmHWM): median {:.1} MB, largest {:.1} MB",
        peak_kib[runs / 2] as f64 / 1024.0,
        peak_kib[runs - 1] as f64 / 1024.0
    );
    let (ours, theirs) = (our_memory[runs / 2], less_memory[runs / 2]);
    println!(
        "  at the first frame: polity {} page faults (main thread), {:.1} MB resident; less {} faults, {:.1} MB (medians)",
        ours.faults,
        ours.resident_kib as f64 / 1024.0,
        theirs.faults,
        theirs.resident_kib as f64 / 1024.0
    );
    match instructions {
        Some(count) => println!(
            "  instructions to the first frame on the main thread (callgrind): {:.2} M",
            count as f64 / 1e6
        ),
        None => println!(
            "  instructions to the first frame: not counted (valgrind missing or its count unread)"
        ),
    }
}

/// The main thread's instructions from the program's first one to the end of its first `write` (the first
/// frame), counted by callgrind (repeatable where wall-clock time is not); `None` without valgrind.
fn instructions_to_first_frame() -> Option<u64> {
    let out = std::env::temp_dir().join(format!("polity-startup-{}.cg", std::process::id()));
    let out_arg = format!("--callgrind-out-file={}", out.display());
    let args = [
        "--tool=callgrind",
        "--separate-threads=yes",
        "--dump-after=write",
        out_arg.as_str(),
        env!("CARGO_BIN_EXE_polity"),
    ];
    let found = std::process::Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        return None;
    }
    let mut app = PtyApp::spawn("valgrind", &args, 120, 40);
    app.wait_for("1 Overview", Duration::from_secs(120));
    app.send("q");
    app.wait_exit(Duration::from_secs(120));
    // Part 1 of thread 1: the main thread up to the first dump, which is the first frame's write.
    let first = std::path::PathBuf::from(format!("{}.1-01", out.display()));
    let text = std::fs::read_to_string(&first).ok();
    // Callgrind writes a file per thread and part, each named after `out`.
    let stem = out.file_name().map(|n| n.to_string_lossy().into_owned());
    if let (Ok(entries), Some(stem)) = (std::fs::read_dir(std::env::temp_dir()), stem) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(&stem) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    text?
        .lines()
        .find_map(|l| l.strip_prefix("totals:"))
        .and_then(|n| n.trim().parse().ok())
}

/// What a process had taken when its first screen was seen: the main thread's minor page faults (each a fresh or
/// newly mapped page) and the process's resident memory. Read just after the screen arrives, so they may include
/// a little of what came right after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct AtFirstFrame {
    faults: u64,
    resident_kib: u64,
}

fn at_first_frame(pid: Option<u32>) -> AtFirstFrame {
    let Some(pid) = pid else {
        return AtFirstFrame {
            faults: 0,
            resident_kib: 0,
        };
    };
    // The fields after the command's closing parenthesis: state is the first, minflt the eighth.
    let stat = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/stat")).unwrap_or_default();
    let faults = stat
        .rsplit_once(')')
        .and_then(|(_, rest)| rest.split_whitespace().nth(7))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    AtFirstFrame {
        faults,
        resident_kib: status_kib(pid, "VmRSS:"),
    }
}

/// A `kB` line of `/proc/PID/status`, 0 when unreadable.
fn status_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Time from spawn until the tab bar is on screen, what the process had taken then, and its peak resident
/// memory after visiting every tab.
fn one_start(binary: impl AsRef<std::ffi::OsStr>) -> (Duration, u64, AtFirstFrame) {
    let start = Instant::now();
    let mut app = PtyApp::spawn(binary, &[] as &[&str], 120, 40);
    app.wait_for("1 Overview", WAIT);
    let shown = start.elapsed();
    let seen = at_first_frame(app.pid());
    // Tab 1 is on screen: visit the others.
    for (digit, marker) in &TAB_MARKERS[1..] {
        app.press(digit, marker, WAIT);
    }
    let peak = status_kib(app.pid().expect("pid"), "VmHWM:");
    app.send("q");
    app.wait_exit(WAIT);
    (shown, peak, seen)
}

/// The export of the shipped data written to a file, for `less` to show.
fn export_file() -> std::path::PathBuf {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_polity"))
        .arg("export")
        .output()
        .expect("polity export runs");
    let path = std::env::temp_dir().join(format!("polity-export-{}.txt", std::process::id()));
    std::fs::write(&path, &output.stdout).expect("the temporary directory is writable");
    path
}

/// Time from spawn until `less` shows the export's first line, and what it had taken then.
fn one_less(export: &std::path::Path) -> (Duration, AtFirstFrame) {
    let text = std::fs::read_to_string(export).unwrap_or_default();
    let first_line: String = text
        .lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(40)
        .collect();
    let start = Instant::now();
    let mut less = PtyApp::spawn("less", &[export], 120, 40);
    less.wait_for(first_line.trim(), WAIT);
    let shown = start.elapsed();
    let seen = at_first_frame(less.pid());
    less.send("q");
    less.wait_exit(WAIT);
    (shown, seen)
}

/// What `polity` does before its first frame: the built-in dataset's timeline from its newest snapshot.
fn load_timeline() -> Timeline {
    polity::dataset::load_embedded_timeline().expect("the shipped file loads")
}

/// What `polity` does beside its first frame: the whole built-in file from its binary form.
fn load_whole_file() -> Model {
    polity::dataset::load_embedded().expect("the shipped file loads")
}

/// What `polity --data FILE` does: parse the RON text, validate it at every change date, build the timeline.
fn load_checked_timeline() -> Timeline {
    let data =
        load_str(polity::embedded::NAME, polity::embedded::TEXT).expect("the shipped file parses");
    Timeline::new(data).expect("the shipped file is valid")
}

/// The median and slowest of `LOAD_RUNS` runs of `f`.
fn time_runs<T>(f: impl Fn() -> T) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..LOAD_RUNS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[LOAD_RUNS / 2], times[LOAD_RUNS - 1])
}

fn load_in_process() {
    let (median, slowest) = time_runs(load_timeline);
    let (whole, whole_slowest) = time_runs(load_whole_file);
    let (checked, checked_slowest) = time_runs(load_checked_timeline);
    let (parsing, _) = time_runs(|| load_str(polity::embedded::NAME, polity::embedded::TEXT).ok());
    let mut validating: Vec<Duration> = (0..LOAD_RUNS)
        .map(|_| {
            let data = load_str(polity::embedded::NAME, polity::embedded::TEXT).ok();
            let start = Instant::now();
            std::hint::black_box(data.map(Model::new));
            start.elapsed()
        })
        .collect();
    validating.sort();
    let validating = validating[LOAD_RUNS / 2];
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!("loading the shipped file over {LOAD_RUNS} runs");
    println!(
        "  as the app does before its first frame (the newest snapshot, made at build time): median {:.0} µs, slowest {:.0} µs (budget {} µs{})",
        us(median),
        us(slowest),
        LOAD_BUDGET.as_micros(),
        if median > LOAD_BUDGET {
            ": OVER BUDGET"
        } else {
            ""
        }
    );
    println!(
        "  the whole file beside the first frame (binary form, checked by the tests): median {:.0} µs, slowest {:.0} µs",
        us(whole),
        us(whole_slowest)
    );
    println!(
        "  as --data FILE does (RON + full validation) + timeline: median {:.0} µs, slowest {:.0} µs",
        us(checked),
        us(checked_slowest)
    );
    println!(
        "    of which parsing the RON text: median {:.0} µs; validating: median {:.0} µs",
        us(parsing),
        us(validating)
    );
    let before = LIVE_BYTES.load(Ordering::Relaxed);
    let timeline = load_timeline();
    let newest = LIVE_BYTES.load(Ordering::Relaxed).saturating_sub(before);
    timeline.full();
    let full = LIVE_BYTES.load(Ordering::Relaxed).saturating_sub(before);
    let older = timeline.newest().saturating_sub(1);
    let start = Instant::now();
    timeline.snapshot(older);
    let first = start.elapsed();
    timeline.build_all();
    let all = LIVE_BYTES.load(Ordering::Relaxed).saturating_sub(before);
    let kib = |bytes: usize| bytes as f64 / 1024.0;
    println!(
        "  a snapshot of another date (the first `[`) builds in {:.0} µs",
        us(first)
    );
    println!(
        "  memory: {:.0} KiB for the newest snapshot, {:.0} KiB with the whole file, {:.0} KiB with all {} snapshots ({} change dates), shared by every session",
        kib(newest),
        kib(full),
        kib(all),
        timeline.len(),
        timeline.dates().len()
    );
}
