//! Helpers for the SSH tests: a terminal (pty + vt100 screen) running a client, servers started on free loopback
//! ports and stopped by their process id, scratch directories. Every wait has an upper bound.

#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const POLITY: &str = env!("CARGO_BIN_EXE_polity");

/// Panics with the Debian package to install when a tool the test needs is missing.
pub fn require(program: &str, package: &str) -> PathBuf {
    let candidates = [
        PathBuf::from(program),
        Path::new("/usr/bin").join(program),
        Path::new("/usr/sbin").join(program),
    ];
    for path in candidates {
        if path.is_absolute() && path.exists() {
            return path;
        }
    }
    panic!(
        "`{program}` is not installed: this test needs the Debian package {package} (apt-get install -y {package})"
    );
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
    pub fn start(program: &Path, args: &[String]) -> Server {
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
        let mut args: Vec<String> = [
            "serve",
            "--listen",
            "127.0.0.1:{port}",
            "--host-key",
            dir.path("host_key").to_str().unwrap(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        args.extend(extra.iter().map(|s| s.to_string()));
        Server::start(Path::new(POLITY), &args)
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

/// What a non-interactive client printed, and how it ended.
pub struct Finished {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs a client to its end with no input, killing it after `timeout`.
pub fn run(program: &Path, args: &[String], timeout: Duration) -> Finished {
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

/// A terminal: a program in a pseudo-terminal, its output read through a vt100 screen.
pub struct Term {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    output: Arc<Mutex<Vec<u8>>>,
    paused: Arc<std::sync::atomic::AtomicBool>,
}

fn nonzero(n: u16, default: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(if n == 0 { default } else { n }).unwrap_or(std::num::NonZeroU16::MIN)
}

fn pty_size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl Term {
    /// Starts `program args` in a `cols` x `rows` terminal. A zero size gives the pty 0x0 while the screen that
    /// reads the output is 80x24, the size the server is expected to fall back to.
    pub fn spawn(program: &Path, args: &[String], cols: u16, rows: u16) -> Term {
        let pair = native_pty_system()
            .openpty(pty_size(cols, rows))
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(cmd).expect("spawn in a pty");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            nonzero(rows, 24),
            nonzero(cols, 80),
            0,
        )));
        let output = Arc::new(Mutex::new(Vec::new()));
        let paused = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (screen_in, output_in, paused_in) = (screen.clone(), output.clone(), paused.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                while paused_in.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(20));
                }
                screen_in.lock().unwrap().process(&buf[..n]);
                output_in.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Term {
            child,
            master: pair.master,
            writer,
            screen,
            output,
            paused,
        }
    }

    /// Stops reading the terminal, as a frozen client would: the program's writes soon block.
    pub fn pause_reading(&self) {
        self.paused.store(true, Ordering::Relaxed);
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// One screen row, without trailing spaces.
    pub fn row(&self, row: u16) -> String {
        let parser = self.screen.lock().unwrap();
        let screen = parser.screen();
        let (_, cols) = screen.size();
        screen
            .rows(0, cols.get())
            .nth(row as usize)
            .unwrap_or_default()
    }

    pub fn alternate_screen(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }

    pub fn cursor_hidden(&self) -> bool {
        self.screen.lock().unwrap().screen().hide_cursor()
    }

    pub fn output_len(&self) -> usize {
        self.output.lock().unwrap().len()
    }

    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Waits until `check` holds for the screen; panics with the screen after `timeout`.
    pub fn wait_until(&mut self, what: &str, timeout: Duration, check: impl Fn(&Term) -> bool) {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if check(self) {
                return;
            }
            if !self.running() {
                std::thread::sleep(Duration::from_millis(100));
                if check(self) {
                    return;
                }
                panic!(
                    "the client exited before {what}; screen:\n{}",
                    self.contents()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let screen = self.contents();
        let _ = self.child.kill();
        panic!("timed out waiting for {what}; screen:\n{screen}");
    }

    pub fn wait_for(&mut self, text: &str, timeout: Duration) {
        let what = format!("{text:?} on screen");
        self.wait_until(&what, timeout, |t| t.contents().contains(text));
    }

    /// Resizes the terminal as a user dragging the window would.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(pty_size(cols, rows))
            .expect("resize the pty");
        self.screen
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(nonzero(rows, 24), nonzero(cols, 80));
    }

    /// The exit code once the client ends; panics (after killing it) when it outlives `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> u32 {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if let Ok(Some(status)) = self.child.try_wait() {
                // Let the reader take the last bytes before the caller looks at the screen.
                std::thread::sleep(Duration::from_millis(100));
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        panic!(
            "the client did not exit within {timeout:?}; screen:\n{}",
            self.contents()
        );
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
