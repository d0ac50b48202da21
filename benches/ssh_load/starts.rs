//! `ssh -tt` start to first frame: OpenSSH's client started in a 120x40 pseudo-terminal, timed from its start to
//! the arrival of the byte that completes the app's first screen.

use crate::screen::{Screen, first_difference};
use crate::servers::{KIOSK_ACCOUNT, Target};
use crate::session::{COLS, ROWS};
use crate::ssh;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Read;
use std::sync::mpsc;
use std::time::{Duration, Instant};

const LIMIT: Duration = Duration::from_secs(60);

/// One start: the time from starting `ssh -tt` to the first frame, whose text is `first_frame`.
pub fn time_one(target: &Target, first_frame: &str) -> Result<Duration, String> {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS.get(),
            cols: COLS.get(),
            pixel_width: 0,
            pixel_height: 0,
        })
        .map_err(|e| format!("open a pty: {e}"))?;
    let mut args = vec!["-tt".to_string()];
    args.extend(ssh::ssh_options(target.server.port));
    args.extend([
        "-i".to_string(),
        target.key_path.display().to_string(),
        "-o".to_string(),
        "IdentitiesOnly=yes".to_string(),
        format!("{KIOSK_ACCOUNT}@127.0.0.1"),
    ]);
    let mut cmd = CommandBuilder::new(ssh::require("ssh", "openssh-client"));
    cmd.args(&args);
    cmd.env("TERM", "xterm-256color");
    cmd.cwd(std::env::temp_dir());
    let mut reader = pair
        .master
        .try_clone_reader()
        .map_err(|e| format!("pty reader: {e}"))?;
    let started = Instant::now();
    let mut child = pair
        .slave
        .spawn_command(cmd)
        .map_err(|e| format!("start ssh: {e}"))?;
    drop(pair.slave);
    let (tx, rx) = mpsc::channel::<(Instant, Vec<u8>)>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        while let Ok(n @ 1..) = reader.read(&mut buf) {
            if tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    let mut screen = Screen::new(COLS, ROWS);
    let result = loop {
        let left = LIMIT.saturating_sub(started.elapsed());
        match rx.recv_timeout(left) {
            Ok((at, bytes)) => {
                screen.feed(&bytes);
                if screen.text() == first_frame {
                    break Ok(at - started);
                }
            }
            Err(_) => {
                break Err(format!(
                    "ssh -tt showed no first frame within {LIMIT:?}: {}",
                    first_difference(&screen.text(), first_frame)
                ));
            }
        }
    };
    // The client is stopped by its own process id; the server side ends with the connection.
    let _ = child.kill();
    let _ = child.wait();
    result
}
