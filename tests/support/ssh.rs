//! Helpers for the SSH tests and the SSH load bench: servers (`polity serve`, OpenSSH's sshd) started on free
//! loopback ports and stopped by their process id, OpenSSH client arguments, programs run to their end, scratch
//! directories. Every wait has an upper bound. The terminal a client runs in is `super::pty::PtyApp`; this file
//! depends on nothing else in the folder, so a bench can include it on its own.

#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const POLITY: &str = env!("CARGO_BIN_EXE_polity");

/// The variable CI sets so that a missing SSH tool fails the test instead of skipping it.
pub const REQUIRE_SSH: &str = "POLITY_REQUIRE_SSH";

/// Where `program` is installed: an absolute path as given, else the first match in a `PATH` directory or in
/// the `sbin` beside one (`/usr/sbin/sshd` for `/usr/bin`, since a non-root `PATH` often leaves sbin out).
pub fn find_tool(program: &str) -> Option<PathBuf> {
    if Path::new(program).is_absolute() {
        return Path::new(program).is_file().then(|| PathBuf::from(program));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .filter(|dir| dir.is_absolute())
        .flat_map(|dir| {
            let sbin = dir.parent().map(|parent| parent.join("sbin"));
            std::iter::once(dir).chain(sbin)
        })
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// Whether any of `tools` (program, Debian package) is missing. A missing one prints a one-line notice
/// naming the package straight to stderr, past the test harness's capture so a plain `cargo test` shows it;
/// with `POLITY_REQUIRE_SSH=1` it fails the test instead.
pub fn missing(tools: &[(&str, &str)]) -> bool {
    let Some((program, package)) = tools.iter().find(|(p, _)| find_tool(p).is_none()) else {
        return false;
    };
    let reason = format!(
        "`{program}` is not installed: install the Debian package {package} (apt-get install -y {package})"
    );
    skip(&reason);
    true
}

/// Ends a test that cannot run here: a one-line notice on stderr, or a failure when CI requires SSH tests.
pub fn skip(reason: &str) {
    let test = std::thread::current()
        .name()
        .unwrap_or("an SSH test")
        .to_string();
    if std::env::var_os(REQUIRE_SSH).is_some_and(|v| v == "1") {
        panic!("{test}: {reason} ({REQUIRE_SSH}=1 makes this a failure)");
    }
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "skipped {test}: {reason}");
}

/// The path of a tool the test needs; panics naming the Debian package when it is missing. Tests check
/// `missing` first, so this fails only when a tool vanishes mid-run.
pub fn require(program: &str, package: &str) -> PathBuf {
    find_tool(program).unwrap_or_else(|| {
        panic!(
            "`{program}` is not installed: this test needs the Debian package {package} (apt-get install -y {package})"
        )
    })
}

/// Whether the tests run as root (the kiosk test then logs in as a dedicated account and sshd needs its
/// privilege separation directory).
pub fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("Uid:"))?.to_string();
            line.split_whitespace().nth(2).map(|euid| euid == "0")
        })
        .unwrap_or(false)
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// Waits until something accepts connections on `port`.
pub fn wait_for_port(port: u16, timeout: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// A scratch directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "polity-{name}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a scratch directory");
        TempDir(dir)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A server process whose stderr is collected line by line; killed by its process id when dropped.
pub struct Server {
    child: std::process::Child,
    pub port: u16,
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts `program args...`, where `{port}` in any argument is replaced by a free port, and waits until the
    /// port accepts connections. A port taken in between is retried with another.
    pub fn start(program: &Path, args: &[&str]) -> Server {
        let mut last_log = Vec::new();
        for _ in 0..3 {
            let port = free_port();
            let args: Vec<String> = args
                .iter()
                .map(|a| a.replace("{port}", &port.to_string()))
                .collect();
            let mut child = Command::new(program)
                .args(&args)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap_or_else(|e| panic!("start {}: {e}", program.display()));
            let log = Arc::new(Mutex::new(Vec::new()));
            let stderr = child.stderr.take().expect("server stderr");
            let lines = log.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    lines.lock().unwrap().push(line);
                }
            });
            let mut server = Server { child, port, log };
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(20) {
                if let Ok(Some(_)) = server.child.try_wait() {
                    break;
                }
                if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return server;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            last_log = server.log();
            server.stop();
        }
        panic!(
            "{} did not start listening; its log:\n{}",
            program.display(),
            last_log.join("\n")
        );
    }

    /// `polity serve` on a free port with a host key in `dir` and these extra options.
    pub fn polity(dir: &TempDir, extra: &[&str]) -> Server {
        let key = dir.path("host_key");
        let mut args = vec![
            "serve",
            "--listen",
            "127.0.0.1:{port}",
            "--host-key",
            key.to_str().unwrap(),
        ];
        args.extend(extra);
        let server = Server::start(Path::new(POLITY), &args);
        server.forget_probe();
        server
    }

    /// Waits until the connection that found the port open is gone (its place given back, which the server
    /// does before logging it) and drops its lines, so a test's waits and places are its own connections'.
    fn forget_probe(&self) {
        let line = self.wait_log("connected (", Duration::from_secs(20));
        let Some(id) = line.split_whitespace().find(|w| w.starts_with('#')) else {
            return;
        };
        let mine = format!(" {id} ");
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            let gone = self
                .log()
                .iter()
                .any(|l| l.contains(&mine) && l.contains("disconnected after"));
            if gone {
                self.log.lock().unwrap().retain(|l| !l.contains(&mine));
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "the server never let the port's probe go; its log:\n{}",
            self.log().join("\n")
        );
    }

    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    /// Waits until a log line contains `text`; panics with the log after `timeout`.
    pub fn wait_log(&self, text: &str, timeout: Duration) -> String {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if let Some(line) = self.log().into_iter().find(|l| l.contains(text)) {
                return line;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "the server never logged {text:?}; its log:\n{}",
            self.log().join("\n")
        );
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The server's resident memory in bytes.
    pub fn rss(&self) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .unwrap_or_default()
            .lines()
            .find(|l| l.starts_with("VmRSS:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(0)
            * 1024
    }

    /// The server's exit code once it ends by itself; panics (after killing it) when it outlives `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.stop();
        panic!("the server did not exit within {timeout:?}");
    }

    pub fn stop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The OpenSSH client options every test uses: no host key prompts or files, no passwords asked, quiet.
pub fn ssh_options(port: u16) -> Vec<String> {
    [
        "-p",
        &port.to_string(),
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "GlobalKnownHostsFile=/dev/null",
        "-o",
        "BatchMode=yes",
        "-o",
        "LogLevel=ERROR",
        "-o",
        "ConnectTimeout=10",
        "-F",
        "/dev/null",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// `before`, the client `options`, then `after`: one OpenSSH client command line.
pub fn ssh_args(before: &[&str], options: &[String], after: &[&str]) -> Vec<String> {
    let before = before.iter().map(|s| s.to_string());
    let after = after.iter().map(|s| s.to_string());
    before.chain(options.iter().cloned()).chain(after).collect()
}

/// Client arguments that ask for no session but a remote port forward (-R), and make the client fail when the
/// forward is refused.
pub const REMOTE_FORWARD: [&str; 5] = [
    "-N",
    "-o",
    "ExitOnForwardFailure=yes",
    "-R",
    "0:127.0.0.1:9",
];

/// What a non-interactive client printed, and how it ended.
pub struct Finished {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs a program to its end with no input, killing it after `timeout`.
pub fn run<S: AsRef<OsStr>>(program: impl AsRef<OsStr>, args: &[S], timeout: Duration) -> Finished {
    let program = Path::new(program.as_ref());
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("run {}: {e}", program.display()));
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let code = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break status.code();
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            let args: Vec<_> = args.iter().map(|a| a.as_ref().to_string_lossy()).collect();
            panic!(
                "{} {args:?} did not finish within {timeout:?}",
                program.display()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Finished {
        code,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    }
}

/// The name of the user running the tests.
pub fn current_user() -> String {
    run("/usr/bin/id", &["-un"], Duration::from_secs(20))
        .stdout
        .trim()
        .to_string()
}

/// A new ed25519 key pair without a passphrase: `path` and `path.pub`.
pub fn keygen(path: &Path) {
    let keygen = require("ssh-keygen", "openssh-client");
    let path = path.display().to_string();
    let out = run(
        keygen,
        &["-q", "-t", "ed25519", "-N", "", "-f", &path],
        Duration::from_secs(20),
    );
    assert_eq!(out.code, Some(0), "ssh-keygen: {}", out.stderr);
}

/// OpenSSH's sshd on a free loopback port, with a host key and an authorized client key (`client_key`) made in
/// `dir`, that applies the kiosk settings to `user` with `Match User` as the README's snippet does and runs
/// `command` for every login. `global` adds lines to the server-wide part of the configuration.
pub fn sshd_forcing(dir: &TempDir, user: &str, command: &str, global: &[&str]) -> Server {
    let sshd = require("sshd", "openssh-server");
    // sshd started by root refuses to start without its privilege separation directory.
    if is_root() && !Path::new("/run/sshd").is_dir() {
        std::fs::create_dir_all("/run/sshd").unwrap_or_else(|e| {
            panic!("sshd needs the directory /run/sshd and it cannot be created ({e}); run: mkdir -p /run/sshd")
        });
    }
    keygen(&dir.path("host_key"));
    keygen(&dir.path("client_key"));
    std::fs::copy(dir.path("client_key.pub"), dir.path("authorized_keys")).unwrap();
    let config = format!(
        "ListenAddress 127.0.0.1
HostKey {host_key}
PidFile none
AuthorizedKeysFile {authorized}
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
LogLevel ERROR
{global}
Match User {user}
    ForceCommand exec {command}
    DisableForwarding yes
    PermitTTY yes
    X11Forwarding no
    AllowAgentForwarding no
    PermitTunnel no
    PermitUserRC no
    ClientAliveInterval 30
    ClientAliveCountMax 3
",
        host_key = dir.path("host_key").display(),
        authorized = dir.path("authorized_keys").display(),
        global = global.iter().map(|l| format!("{l}\n")).collect::<String>(),
    );
    let config_path = dir.path("sshd_config");
    std::fs::write(&config_path, config).unwrap();
    Server::start(
        &sshd,
        &[
            "-D",
            "-e",
            "-f",
            config_path.to_str().unwrap(),
            "-p",
            "{port}",
        ],
    )
}
