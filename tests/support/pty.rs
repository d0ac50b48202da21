//! A program in a pseudo-terminal, its output read through a vt100 screen: the polity binary itself, or a client
//! (ssh) that runs it elsewhere. Every wait has an upper bound; the program is killed when the terminal is dropped.
#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// What the reader thread has taken in so far.
struct Seen {
    screen: vt100::Parser,
    /// Every byte the program wrote, for assertions on what was sent.
    output: Vec<u8>,
    /// The program's side of the terminal is closed: nothing more will arrive.
    ended: bool,
}

/// A key figure each tab of the shipped dataset must show right after its digit is pressed, at 80x24 and larger.
pub const TAB_MARKERS: [(&str, &str); 7] = [
    ("1", "Form of government"),
    ("2", "Head of state"),
    ("3", "Parliament"),
    ("4", "Judicial"),
    ("5", "70.96%"),
    ("6", "AsDB"),
    ("7", "Society"),
];

pub struct PtyApp {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    /// What was seen, and a signal each time it changes.
    seen: Arc<(Mutex<Seen>, Condvar)>,
    paused: Arc<AtomicBool>,
}

/// vt100 screens have at least one row and column; a pty of size 0 is read through a screen of `default`.
fn nonzero(n: u16, default: u16) -> NonZeroU16 {
    NonZeroU16::new(if n == 0 { default } else { n }).unwrap_or(NonZeroU16::MIN)
}

fn pty_size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl PtyApp {
    /// Starts `program args` in a `cols` x `rows` terminal (sized before the program starts). A zero size gives the
    /// pty 0x0 while the screen that reads the output is 80x24, the size a server is expected to fall back to.
    pub fn spawn<S: AsRef<OsStr>>(
        program: impl AsRef<OsStr>,
        args: &[S],
        cols: u16,
        rows: u16,
    ) -> PtyApp {
        let pair = native_pty_system()
            .openpty(pty_size(cols, rows))
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // portable-pty starts in $HOME by default, which a service account (nobody) may not have.
        cmd.cwd(std::env::temp_dir());
        let child = pair.slave.spawn_command(cmd).expect("spawn in a pty");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let seen = Arc::new((
            Mutex::new(Seen {
                screen: vt100::Parser::new(nonzero(rows, 24), nonzero(cols, 80), 0),
                output: Vec::new(),
                ended: false,
            }),
            Condvar::new(),
        ));
        let paused = Arc::new(AtomicBool::new(false));
        let (seen_in, paused_in) = (seen.clone(), paused.clone());
        std::thread::spawn(move || {
            let (lock, changed) = &*seen_in;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                while paused_in.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(20));
                }
                let mut seen = lock.lock().unwrap();
                seen.screen.process(&buf[..n]);
                seen.output.extend_from_slice(&buf[..n]);
                changed.notify_all();
            }
            lock.lock().unwrap().ended = true;
            changed.notify_all();
        });
        PtyApp {
            child,
            master: pair.master,
            writer,
            seen,
            paused,
        }
    }

    /// The polity binary built for these tests.
    pub fn polity(args: &[&str], cols: u16, rows: u16) -> PtyApp {
        PtyApp::spawn(env!("CARGO_BIN_EXE_polity"), args, cols, rows)
    }

    fn seen(&self) -> MutexGuard<'_, Seen> {
        self.seen.0.lock().unwrap()
    }

    pub fn send(&mut self, bytes: impl AsRef<[u8]>) {
        self.writer
            .write_all(bytes.as_ref())
            .expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    /// A lone Esc, followed by a pause so the next key is not read as Alt+key.
    pub fn send_esc(&mut self) {
        self.send("\x1b");
        std::thread::sleep(Duration::from_millis(100));
    }

    /// Sends `keys`, then waits until the screen shows `text`.
    pub fn press(&mut self, keys: impl AsRef<[u8]>, text: &str, timeout: Duration) {
        self.send(keys);
        self.wait_for(text, timeout);
    }

    /// Stops reading the terminal, as a frozen client would: the program's writes soon block.
    pub fn pause_reading(&self) {
        self.paused.store(true, Ordering::Relaxed);
    }

    pub fn contents(&self) -> String {
        self.seen().screen.screen().contents()
    }

    /// One screen row, without trailing spaces.
    pub fn row(&self, row: u16) -> String {
        let seen = self.seen();
        let screen = seen.screen.screen();
        let (_, cols) = screen.size();
        screen
            .rows(0, cols.get())
            .nth(row as usize)
            .unwrap_or_default()
    }

    pub fn alternate_screen(&self) -> bool {
        self.seen().screen.screen().alternate_screen()
    }

    /// Whether the program asked the terminal to report mouse events.
    pub fn mouse_reporting(&self) -> bool {
        self.seen().screen.screen().mouse_protocol_mode() != vt100::MouseProtocolMode::None
    }

    pub fn cursor_hidden(&self) -> bool {
        self.seen().screen.screen().hide_cursor()
    }

    /// How many bytes the program has written so far.
    pub fn output_len(&self) -> usize {
        self.seen().output.len()
    }

    /// Every byte the program has written so far.
    pub fn output(&self) -> Vec<u8> {
        self.seen().output.clone()
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Waits until `check` holds, looking again at each new output; panics with the screen after `timeout`.
    pub fn wait_until(&mut self, what: &str, timeout: Duration, check: impl Fn(&PtyApp) -> bool) {
        let start = Instant::now();
        loop {
            let len = self.output_len();
            if check(self) {
                return;
            }
            if !self.running() {
                self.wait_for_end();
                if check(self) {
                    return;
                }
                panic!(
                    "the program exited before {what}; screen:\n{}",
                    self.contents()
                );
            }
            let left = timeout.saturating_sub(start.elapsed());
            if left.is_zero() {
                break;
            }
            // Woken by new output; every few milliseconds regardless, to notice an exit.
            let (lock, changed) = &*self.seen;
            let _ = changed.wait_timeout_while(
                lock.lock().unwrap(),
                left.min(Duration::from_millis(10)),
                |seen| seen.output.len() == len,
            );
        }
        let screen = self.contents();
        let _ = self.child.kill();
        panic!("timed out waiting for {what}; screen:\n{screen}");
    }

    /// Waits until the screen shows `text`; panics with the screen after `timeout`.
    pub fn wait_for(&mut self, text: &str, timeout: Duration) {
        let what = format!("{text:?} on screen");
        self.wait_until(&what, timeout, |t| t.contents().contains(text));
    }

    /// Resizes the terminal, as a user dragging the window would.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(pty_size(cols, rows))
            .expect("resize the pty");
        self.seen()
            .screen
            .screen_mut()
            .set_size(nonzero(rows, 24), nonzero(cols, 80));
    }

    /// The exit code once the program ends; panics (after killing it) when it outlives `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> u32 {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if let Ok(Some(status)) = self.child.try_wait() {
                self.wait_for_end();
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        panic!(
            "the program did not exit within {timeout:?}; screen:\n{}",
            self.contents()
        );
    }

    /// Once the program has ended: lets the reader take in its last bytes (for at most a second) before the caller
    /// looks at the screen.
    fn wait_for_end(&self) {
        let (lock, changed) = &*self.seen;
        let _ = changed.wait_timeout_while(lock.lock().unwrap(), Duration::from_secs(1), |seen| {
            !seen.ended
        });
    }
}

impl Drop for PtyApp {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
