//! N concurrent scripted visitors against one server: each logs in, waits for the first frame, then presses tab
//! keys at a steady pace; the server's memory is taken from idle to N sessions that have each drawn their frames.

use crate::calibrate::Screens;
use crate::memory;
use crate::servers::{KIOSK_ACCOUNT, Kind, Target};
use crate::session::{Session, Timing};
use russh::keys::PrivateKey;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::{Semaphore, watch};
use tokio::time::timeout;

pub const KEY_INTERVAL: Duration = Duration::from_millis(150);
const LOGIN_LIMIT: Duration = Duration::from_secs(60);
const FRAME_LIMIT: Duration = Duration::from_secs(10);
/// Logins in flight at once, as a crowd arriving rather than all in the same millisecond.
const LOGINS_AT_ONCE: usize = 8;

/// One server at one session count.
pub struct Row {
    pub kind: Kind,
    pub sessions: usize,
    pub rss_per_session: f64,
    pub pss_per_session: f64,
    pub processes_per_session: f64,
    pub timings: Vec<Timing>,
}

struct Progress {
    ready: AtomicUsize,
    typed: AtomicUsize,
}

struct Visitor {
    port: u16,
    key: Arc<PrivateKey>,
    screens: Arc<Screens>,
    keys: usize,
    logins: Arc<Semaphore>,
    progress: Arc<Progress>,
    start_typing: watch::Receiver<bool>,
    leave: watch::Receiver<bool>,
    /// Spreads the visitors' keys over the interval.
    offset: Duration,
}

/// A visitor's marks on the shared progress; whatever it has not marked when it ends (a failure) is marked then,
/// so the others are never kept waiting for it.
struct Marks {
    progress: Arc<Progress>,
    ready: bool,
    typed: bool,
}

impl Marks {
    fn ready(&mut self) {
        if !std::mem::replace(&mut self.ready, true) {
            self.progress.ready.fetch_add(1, Ordering::Relaxed);
        }
    }

    fn typed(&mut self) {
        self.ready();
        if !std::mem::replace(&mut self.typed, true) {
            self.progress.typed.fetch_add(1, Ordering::Relaxed);
        }
    }
}

impl Drop for Marks {
    fn drop(&mut self) {
        self.typed();
    }
}

impl Visitor {
    async fn visit(mut self) -> Result<Vec<Timing>, String> {
        let mut marks = Marks {
            progress: self.progress.clone(),
            ready: false,
            typed: false,
        };
        let mut session = {
            let _permit = self.logins.acquire().await.map_err(|e| e.to_string())?;
            let mut session = timeout(
                LOGIN_LIMIT,
                Session::open(self.port, KIOSK_ACCOUNT, self.key.clone()),
            )
            .await
            .map_err(|_| format!("no session within {LOGIN_LIMIT:?}"))??;
            session
                .read_until(&self.screens.first, "the first frame", LOGIN_LIMIT)
                .await?;
            session
        };
        marks.ready();
        let _ = self.start_typing.wait_for(|go| *go).await;
        tokio::time::sleep(self.offset).await;
        let mut timings = Vec::with_capacity(self.keys);
        for i in 0..self.keys {
            let (key, expected) = self.screens.key(i);
            let started = Instant::now();
            let mut timing = session.press(key, expected, FRAME_LIMIT).await?;
            timing.late_output = session.drain(started + KEY_INTERVAL).await?;
            timings.push(timing);
        }
        marks.typed();
        let _ = timeout(Duration::from_secs(300), self.leave.wait_for(|go| *go)).await;
        session.close().await;
        Ok(timings)
    }
}

async fn wait_count(counter: &AtomicUsize, n: usize, limit: Duration) {
    let start = Instant::now();
    while counter.load(Ordering::Relaxed) < n && start.elapsed() < limit {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Waits until the server has no process but its own left (sshd's per-connection processes end after their
/// visitors leave), so the next run starts from idle.
async fn wait_idle(pid: u32) {
    let start = Instant::now();
    while memory::tree(pid).len() > 1 && start.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Runs `n` visitors against `target`; the reasons of every visitor that failed, if any did.
pub async fn run(
    target: &Target,
    screens: Arc<Screens>,
    n: usize,
    keys: usize,
) -> Result<Row, Vec<String>> {
    let pid = target.server.pid();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let idle = memory::of_tree(pid);
    let progress = Arc::new(Progress {
        ready: AtomicUsize::new(0),
        typed: AtomicUsize::new(0),
    });
    let logins = Arc::new(Semaphore::new(LOGINS_AT_ONCE));
    let (type_tx, type_rx) = watch::channel(false);
    let (leave_tx, leave_rx) = watch::channel(false);
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let visitor = Visitor {
                port: target.server.port,
                key: target.key.clone(),
                screens: screens.clone(),
                keys,
                logins: logins.clone(),
                progress: progress.clone(),
                start_typing: type_rx.clone(),
                leave: leave_rx.clone(),
                offset: KEY_INTERVAL.mul_f64(i as f64 / n as f64),
            };
            tokio::spawn(visitor.visit())
        })
        .collect();
    wait_count(&progress.ready, n, Duration::from_secs(300)).await;
    let _ = type_tx.send(true);
    wait_count(&progress.typed, n, Duration::from_secs(300)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let loaded = memory::of_tree(pid);
    let _ = leave_tx.send(true);
    let mut timings = Vec::new();
    let mut failures = Vec::new();
    for task in tasks {
        match task.await {
            Ok(Ok(t)) => timings.extend(t),
            Ok(Err(reason)) => failures.push(reason),
            Err(e) => failures.push(format!("a visitor stopped: {e}")),
        }
    }
    wait_idle(pid).await;
    if !failures.is_empty() {
        return Err(failures);
    }
    let per = |loaded: u64, idle: u64| loaded.saturating_sub(idle) as f64 / n as f64;
    Ok(Row {
        kind: target.kind,
        sessions: n,
        rss_per_session: per(loaded.rss, idle.rss),
        pss_per_session: per(loaded.pss, idle.pss),
        processes_per_session: per(loaded.processes as u64, idle.processes as u64),
        timings,
    })
}
