//! Load on loopback: `polity serve` and OpenSSH's sshd running `polity --kiosk`, measured the same way.
//!
//! `cargo bench --bench ssh_load`; `SSH_LOAD_SESSIONS=10,50,100` (session counts), `SSH_LOAD_KEYS=20` (keys per
//! session), `SSH_LOAD_STARTS=10` (`ssh -tt` starts per server). Needs root, sshd, ssh and the `polity-kiosk`
//! account (plain `/bin/sh`, as CI makes it); the bench starts both servers itself on free ports, with their own
//! keys, and stops them by process id.
//!
//! Both servers are logged into as `polity-kiosk` with the same client: "none" first, then a key. Each session
//! reads its output through a vt100 screen and types only after the app's first frame; each key is timed to the
//! first byte of its frame and to the end of its frame, the byte that makes the screen exactly the one that key
//! brings (learnt beforehand from one unhurried session). Memory per session is the growth of the server's
//! process tree (sshd's per-connection processes and each `polity --kiosk`; `polity serve` alone) from idle to N
//! sessions that have drawn their frames, divided by N, as RSS and PSS from /proc/PID/smaps_rollup. Any failed
//! session makes the bench refuse to report and exit non-zero.

#[path = "../tests/support/ssh.rs"]
mod ssh;

#[path = "ssh_load/calibrate.rs"]
mod calibrate;
#[path = "ssh_load/load.rs"]
mod load;
#[path = "ssh_load/memory.rs"]
mod memory;
#[path = "ssh_load/screen.rs"]
mod screen;
#[path = "ssh_load/servers.rs"]
mod servers;
#[path = "ssh_load/session.rs"]
mod session;
#[path = "ssh_load/starts.rs"]
mod starts;

use calibrate::Screens;
use servers::Kind;
use std::sync::Arc;
use std::time::Duration;

fn setting<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(default)
}

fn refuse(reason: &str) -> ! {
    eprintln!("ssh_load refuses to report: {reason}");
    std::process::exit(1);
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "unknown CPU".to_string());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cores} cores, {cpu}")
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The `q` quantile of sorted durations (nearest rank).
fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let last = sorted.len().saturating_sub(1);
    sorted
        .get(((last as f64) * q).round() as usize)
        .copied()
        .unwrap_or_default()
}

/// What each server's app shows, and its `ssh -tt` start times.
type Learnt = (Vec<(Kind, Arc<Screens>)>, Vec<(Kind, Vec<Duration>)>);

/// Learns both servers' screens, then times `starts` interleaved `ssh -tt` starts on each. The servers are
/// stopped when this returns, whichever way.
fn learn_and_time_starts(
    runtime: &tokio::runtime::Runtime,
    starts: usize,
) -> Result<Learnt, String> {
    let targets: Vec<_> = Kind::BOTH.iter().map(|&k| servers::start(k)).collect();
    let mut screens = Vec::new();
    for target in &targets {
        let learnt = runtime
            .block_on(calibrate::learn(target))
            .map_err(|reason| format!("{}: {reason}", target.kind.name()))?;
        screens.push((target.kind, Arc::new(learnt)));
    }
    let mut times: Vec<(Kind, Vec<Duration>)> = Kind::BOTH.iter().map(|&k| (k, vec![])).collect();
    for _ in 0..starts {
        for ((target, (_, learnt)), (_, samples)) in
            targets.iter().zip(&screens).zip(times.iter_mut())
        {
            let time = starts::time_one(target, &learnt.first.text)
                .map_err(|reason| format!("{}: {reason}", target.kind.name()))?;
            samples.push(time);
        }
    }
    Ok((screens, times))
}

fn main() {
    // `cargo bench` passes --bench; a filter argument is ignored.
    if let Some(reason) = servers::unavailable() {
        refuse(&reason);
    }
    let sizes: Vec<usize> = std::env::var("SSH_LOAD_SESSIONS")
        .unwrap_or_else(|_| "10,50,100".to_string())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .filter(|&n| n > 0)
        .collect();
    let keys: usize = setting("SSH_LOAD_KEYS", 20);
    let starts: usize = setting("SSH_LOAD_STARTS", 10).max(1);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    println!(
        "ssh_load on {}, load average {} at the start: {}x{} ptys, {keys} keys per session, one every {} ms",
        machine(),
        load_average(),
        session::COLS,
        session::ROWS,
        load::KEY_INTERVAL.as_millis()
    );

    let (screens, start_times) =
        learn_and_time_starts(&runtime, starts).unwrap_or_else(|reason| refuse(&reason));
    let mut rows = Vec::new();
    for &n in &sizes {
        for (kind, learnt) in &screens {
            let target = servers::start(*kind);
            let result = runtime.block_on(load::run(&target, learnt.clone(), n, keys));
            // The server stopped and its directory removed before any refusal: exiting runs no destructors.
            drop(target);
            match result {
                Ok(row) => {
                    eprintln!("{} with {n} sessions: every session ok", kind.name());
                    rows.push(row);
                }
                Err(failures) => {
                    for reason in failures.iter().take(5) {
                        eprintln!("a session failed: {reason}");
                    }
                    refuse(&format!(
                        "{} of {n} sessions failed on {}",
                        failures.len(),
                        kind.name()
                    ));
                }
            }
        }
    }

    println!("load average {} at the end", load_average());
    println!();
    println!("| server | `ssh -tt` start to first frame (median of {starts}) | slowest |");
    println!("|---|---:|---:|");
    for (kind, samples) in &start_times {
        let mut sorted = samples.clone();
        sorted.sort();
        println!(
            "| {} | {:.0} ms | {:.0} ms |",
            kind.name(),
            ms(quantile(&sorted, 0.5)),
            ms(sorted.last().copied().unwrap_or_default())
        );
    }
    println!();
    println!(
        "| server | sessions | processes per session | memory per session (RSS / PSS) | first byte p50 / p99 | \
         end of frame p50 / p99 |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    for r in &rows {
        let mut first: Vec<Duration> = r.timings.iter().map(|t| t.first_byte).collect();
        let mut end: Vec<Duration> = r.timings.iter().map(|t| t.end_of_frame).collect();
        first.sort();
        end.sort();
        println!(
            "| {} | {} | {:.0} | {:.2} / {:.2} MB | {:.1} / {:.1} ms | {:.1} / {:.1} ms |",
            r.kind.name(),
            r.sessions,
            r.processes_per_session,
            r.rss_per_session / 1e6,
            r.pss_per_session / 1e6,
            ms(quantile(&first, 0.5)),
            ms(quantile(&first, 0.99)),
            ms(quantile(&end, 0.5)),
            ms(quantile(&end, 0.99)),
        );
    }
    println!();
    println!(
        "every session of every run succeeded; {} keys timed, {} with output after the end of their frame",
        rows.iter().map(|r| r.timings.len()).sum::<usize>(),
        rows.iter()
            .flat_map(|r| &r.timings)
            .filter(|t| t.late_output)
            .count(),
    );
}
