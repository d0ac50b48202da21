//! Load on loopback: N concurrent scripted SSH sessions against `polity serve`, and the same against OpenSSH's sshd
//! running `polity --kiosk` as a forced command. Reports server memory per session and keystroke-to-frame latency.
//!
//! `cargo bench --bench ssh_load` (sizes: POLITY_BENCH_SESSIONS=10,50,100; keys per session: POLITY_BENCH_KEYS).
//! Memory is the server side's growth from idle to N open sessions that have each drawn some frames, divided by N:
//! for `polity serve` one process; for sshd every process under the listening sshd (its per-connection processes
//! and each `polity --kiosk`), as RSS and as PSS (which shares common pages fairly between processes).
//! Latency is from sending a key to the first bytes of the frame it causes.

#[path = "../tests/support/ssh.rs"]
mod ssh;

use russh::client::{self, Handle};
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg, PublicKeyOrCertificate};
use russh::{ChannelMsg, Disconnect};
use ssh::{POLITY, Server, TempDir};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::{Semaphore, watch};
use tokio::time::timeout;

const COLS: u32 = 120;
const ROWS: u32 = 40;
const KEY_INTERVAL: Duration = Duration::from_millis(150);

struct Client;

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

#[derive(Clone)]
enum Login {
    Anonymous,
    Key { user: String, key: Arc<PrivateKey> },
}

/// The server under test: how to log in, and which processes are its memory.
struct Target {
    name: &'static str,
    server: Server,
    login: Login,
    /// Count every process below the server's own (sshd forks per connection).
    tree: bool,
    _dir: TempDir,
}

fn polity_serve() -> Target {
    let dir = TempDir::new("bench-serve");
    let server = Server::polity(
        &dir,
        &[
            "--max-sessions",
            "1000",
            "--max-unauthenticated",
            "1000",
            "--max-per-address",
            "1000",
            "--login-grace",
            "60",
        ],
    );
    Target {
        name: "polity serve",
        server,
        login: Login::Anonymous,
        tree: false,
        _dir: dir,
    }
}

fn sshd_kiosk() -> Target {
    let dir = TempDir::new("bench-sshd");
    let user = ssh::current_user();
    let server = ssh::sshd_forcing(
        &dir,
        &user,
        &format!("{POLITY} --kiosk --idle 0"),
        &["MaxStartups 1000"],
    );
    let key = russh::keys::decode_secret_key(
        &std::fs::read_to_string(dir.path("client_key")).unwrap(),
        None,
    )
    .expect("the client key");
    Target {
        name: "sshd + polity --kiosk",
        server,
        login: Login::Key {
            user,
            key: Arc::new(key),
        },
        tree: true,
        _dir: dir,
    }
}

/// (RSS, PSS) in bytes of one process.
fn memory_of(pid: u32) -> (u64, u64) {
    let field = |text: &str, name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(0)
            * 1024
    };
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    (field(&rollup, "Rss:"), field(&rollup, "Pss:"))
}

fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: the fields after it are fixed.
    let after = &stat[stat.rfind(')')? + 2..];
    after.split_whitespace().nth(1)?.parse().ok()
}

/// The memory of `root` and, with `tree`, of every process below it.
fn memory(root: u32, tree: bool) -> (u64, u64) {
    let mut pids = vec![root];
    if tree {
        let all: Vec<u32> = std::fs::read_dir("/proc")
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
            .collect();
        for &pid in &all {
            let mut p = pid;
            while let Some(parent) = parent_of(p) {
                if parent == root {
                    pids.push(pid);
                    break;
                }
                if parent <= 1 {
                    break;
                }
                p = parent;
            }
        }
    }
    pids.iter()
        .map(|&p| memory_of(p))
        .fold((0, 0), |a, m| (a.0 + m.0, a.1 + m.1))
}

async fn connect(
    port: u16,
    login: &Login,
) -> Result<(Handle<Client>, russh::Channel<client::Msg>), String> {
    let config = Arc::new(client::Config {
        nodelay: true,
        ..Default::default()
    });
    let mut handle = client::connect(config, ("127.0.0.1", port), Client)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    let auth = match login {
        Login::Anonymous => handle.authenticate_none("visitor").await,
        Login::Key { user, key } => {
            handle
                .authenticate_publickey(user.clone(), PrivateKeyWithHashAlg::new(key.clone(), None))
                .await
        }
    }
    .map_err(|e| format!("auth: {e}"))?;
    if !auth.success() {
        return Err("authentication refused".to_string());
    }
    let channel = handle
        .channel_open_session()
        .await
        .map_err(|e| format!("channel: {e}"))?;
    channel
        .request_pty(false, "xterm-256color", COLS, ROWS, 0, 0, &[])
        .await
        .map_err(|e| format!("pty: {e}"))?;
    channel
        .request_shell(false)
        .await
        .map_err(|e| format!("shell: {e}"))?;
    Ok((handle, channel))
}

/// Reads until the output has been quiet for `quiet`; false when the channel ended.
async fn drain(channel: &mut russh::Channel<client::Msg>, quiet: Duration, until: Instant) -> bool {
    loop {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return true;
        }
        match timeout(quiet.min(left), channel.wait()).await {
            Err(_) => return true,
            Ok(None) | Ok(Some(ChannelMsg::Close | ChannelMsg::Eof)) => return false,
            Ok(Some(_)) => {}
        }
    }
}

struct Shared {
    connected: AtomicUsize,
    typed: AtomicUsize,
    failed: AtomicUsize,
}

#[allow(clippy::too_many_arguments)]
/// One scripted visitor: log in, see the first frame, press `keys` tab digits, wait to be told to leave.
async fn visitor(
    port: u16,
    login: Login,
    keys: usize,
    gate: Arc<Semaphore>,
    shared: Arc<Shared>,
    mut start_typing: watch::Receiver<bool>,
    mut leave: watch::Receiver<bool>,
    offset: Duration,
) -> Vec<Duration> {
    let permit = gate.acquire_owned().await;
    let connected = timeout(Duration::from_secs(60), connect(port, &login)).await;
    drop(permit);
    let (handle, mut channel) = match connected {
        Ok(Ok(pair)) => pair,
        Ok(Err(e)) => {
            eprintln!("a session failed: {e}");
            shared.failed.fetch_add(1, Ordering::Relaxed);
            return Vec::new();
        }
        Err(_) => {
            eprintln!("a session failed: no session within 60 s");
            shared.failed.fetch_add(1, Ordering::Relaxed);
            return Vec::new();
        }
    };
    // The first frame.
    let _ = timeout(Duration::from_secs(30), channel.wait()).await;
    drain(
        &mut channel,
        Duration::from_millis(200),
        Instant::now() + Duration::from_secs(5),
    )
    .await;
    shared.connected.fetch_add(1, Ordering::Relaxed);
    let _ = start_typing.wait_for(|go| *go).await;
    tokio::time::sleep(offset).await;

    let mut latencies = Vec::with_capacity(keys);
    for i in 0..keys {
        // Tabs 2, 3, ... 7, 1, 2: every key changes the screen.
        let digit = b'1' + ((i + 1) % 7) as u8;
        let sent = Instant::now();
        if channel.data_bytes(vec![digit]).await.is_err() {
            break;
        }
        match timeout(Duration::from_secs(10), channel.wait()).await {
            Ok(Some(ChannelMsg::Data { .. })) => latencies.push(sent.elapsed()),
            _ => break,
        }
        if !drain(&mut channel, KEY_INTERVAL, sent + KEY_INTERVAL).await {
            break;
        }
    }
    shared.typed.fetch_add(1, Ordering::Relaxed);
    let _ = timeout(Duration::from_secs(120), leave.wait_for(|go| *go)).await;
    let _ = channel.close().await;
    let _ = handle.disconnect(Disconnect::ByApplication, "", "").await;
    latencies
}

struct Row {
    target: &'static str,
    sessions: usize,
    ok: usize,
    rss: f64,
    pss: f64,
    p50: Duration,
    p99: Duration,
    keys: usize,
}

async fn wait_count(counter: &AtomicUsize, shared: &Shared, n: usize, limit: Duration) {
    let start = Instant::now();
    while counter.load(Ordering::Relaxed) + shared.failed.load(Ordering::Relaxed) < n
        && start.elapsed() < limit
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn load(target: &Target, n: usize, keys: usize) -> Row {
    let pid = target.server.pid();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let before = memory(pid, target.tree);
    let shared = Arc::new(Shared {
        connected: AtomicUsize::new(0),
        typed: AtomicUsize::new(0),
        failed: AtomicUsize::new(0),
    });
    let gate = Arc::new(Semaphore::new(8));
    let (type_tx, type_rx) = watch::channel(false);
    let (leave_tx, leave_rx) = watch::channel(false);
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let offset = KEY_INTERVAL.mul_f64(i as f64 / n as f64);
            tokio::spawn(visitor(
                target.server.port,
                target.login.clone(),
                keys,
                gate.clone(),
                shared.clone(),
                type_rx.clone(),
                leave_rx.clone(),
                offset,
            ))
        })
        .collect();
    wait_count(&shared.connected, &shared, n, Duration::from_secs(180)).await;
    let _ = type_tx.send(true);
    wait_count(&shared.typed, &shared, n, Duration::from_secs(180)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let after = memory(pid, target.tree);
    let _ = leave_tx.send(true);
    let mut all = Vec::new();
    for task in tasks {
        if let Ok(latencies) = task.await {
            all.extend(latencies);
        }
    }
    all.sort();
    let pick = |q: f64| {
        all.get(((all.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or_default()
    };
    let ok = n - shared.failed.load(Ordering::Relaxed);
    let per = |a: u64, b: u64| a.saturating_sub(b) as f64 / ok.max(1) as f64;
    Row {
        target: target.name,
        sessions: n,
        ok,
        rss: per(after.0, before.0),
        pss: per(after.1, before.1),
        p50: pick(0.50),
        p99: pick(0.99),
        keys: all.len(),
    }
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

fn main() {
    // `cargo bench` passes --bench; a filter argument is ignored.
    let sizes: Vec<usize> = std::env::var("POLITY_BENCH_SESSIONS")
        .unwrap_or_else(|_| "10,50,100".to_string())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let keys: usize = std::env::var("POLITY_BENCH_KEYS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    println!(
        "ssh_load on {}: {COLS}x{ROWS} ptys, {keys} keys per session, one every {} ms",
        machine(),
        KEY_INTERVAL.as_millis()
    );
    let mut rows = Vec::new();
    for &n in &sizes {
        for make in [polity_serve as fn() -> Target, sshd_kiosk] {
            let mut target = make();
            let row = runtime.block_on(load(&target, n, keys));
            target.server.stop();
            eprintln!(
                "{} with {n} sessions: {} ok, {:.2} MB RSS per session, p99 {:.1} ms",
                row.target,
                row.ok,
                row.rss / 1e6,
                row.p99.as_secs_f64() * 1e3
            );
            rows.push(row);
        }
    }
    println!();
    println!("| server | sessions | ok | RSS per session | PSS per session | keys | p50 | p99 |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for r in &rows {
        println!(
            "| {} | {} | {} | {:.2} MB | {:.2} MB | {} | {:.1} ms | {:.1} ms |",
            r.target,
            r.sessions,
            r.ok,
            r.rss / 1e6,
            r.pss / 1e6,
            r.keys,
            r.p50.as_secs_f64() * 1e3,
            r.p99.as_secs_f64() * 1e3
        );
    }
}
