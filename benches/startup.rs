//! Start-up as a user sees it: the release binary in a pseudo-terminal, from spawn to the first frame on
//! screen, and its peak memory. Prints a table; run with `cargo bench --bench startup`.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const RUNS: usize = 20;

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
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_polity"));
    cmd.env("TERM", "xterm-256color");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let mut writer = pair.master.take_writer().expect("writer");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut parser = vt100::Parser::new(40.try_into().unwrap(), 120.try_into().unwrap(), 0);
        let mut buf = [0u8; 8192];
        let mut seen = 0;
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            parser.process(&buf[..n]);
            let contents = parser.screen().contents();
            let wanted = [
                "1 Overview",
                "Head of state",
                "Parliament",
                "Judicial",
                "71%",
                "AsDB",
                "Society",
            ];
            while seen < wanted.len() && contents.contains(wanted[seen]) {
                let _ = tx.send(Instant::now());
                seen += 1;
            }
        }
    });
    let shown = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("first frame within 10 s");
    for digit in ["2", "3", "4", "5", "6", "7"] {
        writer.write_all(digit.as_bytes()).expect("key");
        writer.flush().expect("flush");
        rx.recv_timeout(Duration::from_secs(10)).expect("tab drawn");
    }
    let pid = child.process_id().expect("pid");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    writer.write_all(b"q").expect("quit");
    let _ = child.wait();
    (shown - start, peak)
}
