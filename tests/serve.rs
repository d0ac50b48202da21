//! `polity serve` driven by the real OpenSSH client on 127.0.0.1: the app over `ssh -tt`, what is refused, the
//! limits, and the host key. Each test starts its own server on a free port and stops it by process id.

mod support;

use std::io::Read;
use std::net::TcpStream;
use std::time::{Duration, Instant};
use support::pty::PtyApp;
use support::ssh::{self, POLITY, REMOTE_FORWARD, Server, TempDir, require, ssh_args, ssh_options};

const WAIT: Duration = Duration::from_secs(20);
const CTRL_X: &[u8] = b"\x18";

fn ssh() -> std::path::PathBuf {
    require("ssh", "openssh-client")
}

/// `ssh -tt visitor@127.0.0.1` in a terminal of the given size.
fn visit(server: &Server, cols: u16, rows: u16) -> PtyApp {
    let args = ssh_args(&["-tt"], &ssh_options(server.port), &["visitor@127.0.0.1"]);
    PtyApp::spawn(ssh(), &args, cols, rows)
}

#[test]
fn the_app_appears_keys_work_a_resize_relays_out_and_the_end_restores_the_terminal() {
    let dir = TempDir::new("serve-app");
    let server = Server::polity(&dir, &["--exit-key", "ctrl-x"]);
    let mut term = visit(&server, 100, 30);
    term.wait_for("1 Overview", WAIT);
    assert!(
        term.alternate_screen(),
        "the app runs on the alternate screen"
    );
    assert!(term.cursor_hidden());
    // Quit keys do nothing in a served session: it is a kiosk.
    term.send(b"q\x03\x1a\x1c");
    term.press(b"3", "┌ Legislative", WAIT);
    assert!(term.running());
    assert!(!term.row(29).contains("quit"), "no quit in the key hints");

    term.resize(60, 20);
    term.wait_until("the layout at 60 columns", WAIT, |t| {
        let top = t.row(1);
        top.chars().count() == 60 && top.ends_with('┐')
    });

    term.send(CTRL_X);
    assert_eq!(
        term.wait_exit(WAIT),
        0,
        "ssh ends with the exit status sent"
    );
    assert!(!term.alternate_screen(), "the alternate screen is left");
    assert!(!term.cursor_hidden(), "the cursor is shown again");
    assert!(term.contents().contains("polity: goodbye."));
    server.wait_log("disconnected after", WAIT);
    let log = server.log().join("\n");
    assert!(log.contains("authenticated as \"visitor\""), "{log}");
    assert!(log.contains("exit key pressed"), "{log}");
    assert!(
        !log.contains("Legislative"),
        "keystrokes never reach the log"
    );
}

#[test]
fn a_command_sftp_and_port_forwarding_are_refused() {
    let dir = TempDir::new("serve-refuse");
    let server = Server::polity(&dir, &["--login-grace", "8"]);

    let args = ssh_args(
        &[],
        &ssh_options(server.port),
        &["127.0.0.1", "cat /etc/passwd"],
    );
    let exec = ssh::run(ssh(), &args, WAIT);
    assert_ne!(exec.code, Some(0));
    assert!(
        exec.stderr.contains("only the interactive app"),
        "{}",
        exec.stderr
    );
    assert!(!exec.stdout.contains("root:"));

    let sftp = require("sftp", "openssh-client");
    let mut args: Vec<String> = ssh_options(server.port)
        .into_iter()
        .map(|a| if a == "-p" { "-P".to_string() } else { a })
        .collect();
    args.push("127.0.0.1".to_string());
    let sftp = ssh::run(sftp, &args, WAIT);
    assert_ne!(sftp.code, Some(0));
    assert!(
        sftp.stderr.contains("only the interactive app"),
        "{}",
        sftp.stderr
    );

    // -L: the forward points at the server itself, so an allowed forward would greet us with "SSH-2.0".
    let local = ssh::free_port();
    let spec = format!("{local}:127.0.0.1:{}", server.port);
    let args = ssh_args(
        &["-N", "-L", &spec],
        &ssh_options(server.port),
        &["127.0.0.1"],
    );
    let forward = PtyApp::spawn(ssh(), &args, 80, 24);
    assert!(ssh::wait_for_port(local, WAIT), "ssh -L never listened");
    let mut stream = TcpStream::connect(("127.0.0.1", local)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut got = Vec::new();
    let _ = stream.read_to_end(&mut got);
    assert!(
        !String::from_utf8_lossy(&got).contains("SSH-"),
        "the forward was allowed"
    );
    server.wait_log("refused: port forwarding (-L)", WAIT);
    drop(forward);

    let args = ssh_args(&REMOTE_FORWARD, &ssh_options(server.port), &["127.0.0.1"]);
    let remote = ssh::run(ssh(), &args, WAIT);
    assert_ne!(remote.code, Some(0));
    assert!(
        remote.stderr.contains("forwarding failed"),
        "{}",
        remote.stderr
    );
    server.wait_log("refused: remote port forwarding (-R)", WAIT);
}

#[test]
fn a_connection_over_max_sessions_is_refused_with_a_reason() {
    let dir = TempDir::new("serve-full");
    let server = Server::polity(&dir, &["--max-sessions", "1", "--exit-key", "ctrl-x"]);
    let mut first = visit(&server, 80, 24);
    first.wait_for("1 Overview", WAIT);

    let args = ssh_args(&["-tt"], &ssh_options(server.port), &["127.0.0.1"]);
    let second = ssh::run(ssh(), &args, WAIT);
    assert_ne!(second.code, Some(0));
    assert!(
        second.stderr.contains("polity is full"),
        "{}",
        second.stderr
    );
    server.wait_log("refused: polity is full", WAIT);

    // The first visitor is undisturbed, and once gone their place is free again.
    first.press(b"2", "┌ Executive", WAIT);
    first.send(CTRL_X);
    assert_eq!(first.wait_exit(WAIT), 0);
    server.wait_log("disconnected after", WAIT);
    let mut third = visit(&server, 80, 24);
    third.wait_for("1 Overview", WAIT);
}

#[test]
fn an_idle_session_is_warned_then_ended() {
    let dir = TempDir::new("serve-idle");
    let server = Server::polity(&dir, &["--idle", "3"]);
    let mut term = visit(&server, 80, 24);
    term.wait_for("1 Overview", WAIT);
    let started = Instant::now();
    term.wait_for("this session ends in", WAIT);
    assert_eq!(term.wait_exit(WAIT), 0);
    assert!(started.elapsed() >= Duration::from_secs(2));
    assert!(!term.alternate_screen());
    assert!(
        term.contents().contains("without a key press"),
        "{}",
        term.contents()
    );
    server.wait_log("idle for 3 s", WAIT);
}

#[test]
fn a_zero_size_pty_gets_80x24() {
    let dir = TempDir::new("serve-zero");
    let server = Server::polity(&dir, &["--exit-key", "ctrl-x"]);
    let mut term = visit(&server, 0, 0);
    term.wait_for("1 Overview", WAIT);
    server.wait_log("session started (80x24", WAIT);
    term.send(CTRL_X);
    assert_eq!(term.wait_exit(WAIT), 0);
}

#[test]
fn a_client_that_stops_reading_is_dropped_and_memory_stays_bounded() {
    let dir = TempDir::new("serve-stall");
    let server = Server::polity(&dir, &[]);
    let mut term = visit(&server, 400, 150);
    term.wait_for("1 Overview", WAIT);
    let before = server.rss();
    term.pause_reading();
    // Every change of width redraws the whole 400x150 screen: the client's window fills in a few frames.
    let start = Instant::now();
    let mut i = 0u16;
    while start.elapsed() < Duration::from_secs(10) && term.running() {
        term.resize(400 - i % 2, 150);
        i += 1;
        std::thread::sleep(Duration::from_millis(40));
        if server
            .log()
            .iter()
            .any(|l| l.contains("client stopped reading"))
        {
            break;
        }
    }
    let line = server.wait_log("client stopped reading", Duration::from_secs(60));
    assert!(line.contains("disconnected after"), "{line}");
    let after = server.rss();
    assert!(
        after < before + 32 * 1024 * 1024,
        "server memory grew from {before} to {after} bytes"
    );
}

fn fingerprint(server: &Server) -> String {
    let line = server.wait_log("host key", WAIT);
    let start = line.find("SHA256:").expect("a SHA256 fingerprint");
    line[start..]
        .split(|c: char| c == ')' || c.is_whitespace())
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn the_host_key_is_created_once_and_reused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("serve-key");
    let mut first = Server::polity(&dir, &[]);
    let before = fingerprint(&first);
    first.stop();
    let mode = std::fs::metadata(dir.path("host_key"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let second = Server::polity(&dir, &[]);
    assert_eq!(fingerprint(&second), before);

    // What clients see is that same key.
    let keygen = require("ssh-keygen", "openssh-client");
    let public = dir.path("host_key.pub").display().to_string();
    let listed = ssh::run(keygen, &["-lf", &public], WAIT);
    assert!(listed.stdout.contains(&before), "{}", listed.stdout);
}

#[test]
fn an_unusable_host_key_path_stops_the_server_with_one_line() {
    let dir = TempDir::new("serve-badkey");
    std::fs::write(dir.path("garbage"), "not a key").unwrap();
    for (path, needle) in [
        (
            dir.path("no-such-dir").join("key"),
            "cannot create host key",
        ),
        (dir.0.clone(), "is a directory"),
    ] {
        let listen = format!("127.0.0.1:{}", ssh::free_port());
        let path = path.display().to_string();
        let out = ssh::run(
            POLITY,
            &["serve", "--listen", &listen, "--host-key", &path],
            WAIT,
        );
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
        assert!(out.stderr.contains(needle), "{}", out.stderr);
        assert!(!out.stderr.contains("panicked"));
    }
}

#[test]
fn a_class_code_is_required_when_set() {
    let dir = TempDir::new("serve-code");
    let server = Server::polity(&dir, &["--password", "blue-42"]);
    let args = ssh_args(&["-tt"], &ssh_options(server.port), &["127.0.0.1"]);
    let refused = ssh::run(ssh(), &args, WAIT);
    assert_ne!(refused.code, Some(0));
    assert!(
        refused.stderr.contains("Permission denied"),
        "{}",
        refused.stderr
    );

    // The right code, typed through an askpass helper (BatchMode would forbid asking).
    let askpass = dir.path("askpass");
    std::fs::write(&askpass, "#!/bin/sh\necho blue-42\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&askpass, std::fs::Permissions::from_mode(0o755)).unwrap();
    let options: Vec<String> = ssh_options(server.port)
        .into_iter()
        .map(|a| {
            if a == "BatchMode=yes" {
                "BatchMode=no".to_string()
            } else {
                a
            }
        })
        .collect();
    let client = ssh().display().to_string();
    let args = ssh_args(
        &[&client, "-tt"],
        &options,
        &[
            "-o",
            "PreferredAuthentications=password",
            "-o",
            "NumberOfPasswordPrompts=1",
            "student@127.0.0.1",
        ],
    );
    let wrapper = dir.path("with-askpass");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nSSH_ASKPASS={} SSH_ASKPASS_REQUIRE=force DISPLAY=none exec \"$@\"\n",
            askpass.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut term = PtyApp::spawn(&wrapper, &args, 80, 24);
    term.wait_for("1 Overview", WAIT);
    server.wait_log("authenticated as \"student\" (class code)", WAIT);
}

#[test]
fn a_stopping_server_restores_every_visitors_terminal() {
    let dir = TempDir::new("serve-stop");
    let mut server = Server::polity(&dir, &[]);
    let mut first = visit(&server, 80, 24);
    let mut second = visit(&server, 100, 30);
    first.wait_for("1 Overview", WAIT);
    second.wait_for("1 Overview", WAIT);
    let status = std::process::Command::new("kill")
        .args(["-TERM", &server.pid().to_string()])
        .status()
        .expect("run kill");
    assert!(status.success());
    for term in [&mut first, &mut second] {
        assert_eq!(
            term.wait_exit(WAIT),
            0,
            "ssh ends with the exit status sent"
        );
        assert!(!term.alternate_screen(), "the alternate screen is left");
        assert!(!term.cursor_hidden(), "the cursor is shown again");
        assert!(
            term.contents().contains("the server is shutting down"),
            "{}",
            term.contents()
        );
    }
    assert_eq!(
        server.wait_exit(WAIT),
        Some(0),
        "a requested stop is a clean exit"
    );
    let log = server.log().join("\n");
    assert!(
        log.contains("SIGTERM: stopping, 2 connections open"),
        "{log}"
    );
}

/// A script that runs a command with `code` typed at ssh's password prompt (BatchMode would forbid asking).
fn typing_code(dir: &TempDir, name: &str, code: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let askpass = dir.path(&format!("{name}-askpass"));
    std::fs::write(&askpass, format!("#!/bin/sh\necho '{code}'\n")).unwrap();
    std::fs::set_permissions(&askpass, std::fs::Permissions::from_mode(0o755)).unwrap();
    let wrapper = dir.path(&format!("{name}-with-askpass"));
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nSSH_ASKPASS={} SSH_ASKPASS_REQUIRE=force DISPLAY=none exec \"$@\"\n",
            askpass.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    wrapper
}

/// ssh arguments that try one class code from the local address `bind`.
fn code_args(server: &Server, bind: &str) -> Vec<String> {
    let options: Vec<String> = ssh_options(server.port)
        .into_iter()
        .map(|a| {
            if a == "BatchMode=yes" {
                "BatchMode=no".to_string()
            } else {
                a
            }
        })
        .collect();
    let client = ssh().display().to_string();
    ssh_args(
        &[&client, "-tt", "-b", bind],
        &options,
        &[
            "-o",
            "PreferredAuthentications=password",
            "-o",
            "NumberOfPasswordPrompts=1",
            "student@127.0.0.1",
        ],
    )
}

#[test]
fn silent_connections_from_one_address_do_not_keep_a_visitor_out() {
    let dir = TempDir::new("serve-silent");
    let server = Server::polity(&dir, &[]);
    // Sixteen sockets that say nothing, or only the first line of SSH, all from 127.0.0.1 like the visitor.
    let silent: Vec<TcpStream> = (0..16)
        .map(|i| {
            let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
            if i % 2 == 1 {
                use std::io::Write;
                let _ = stream.write_all(b"SSH-2.0-silent\r\n");
            }
            stream
        })
        .collect();
    server.wait_log("still in its key exchange", WAIT);
    let mut term = visit(&server, 80, 24);
    term.wait_for("1 Overview", WAIT);
    term.press(b"2", "┌ Executive", WAIT);
    drop(silent);
}

#[test]
fn silent_connections_are_dropped_soon_and_do_not_delay_a_stop() {
    let dir = TempDir::new("serve-silent-stop");
    let mut server = Server::polity(&dir, &["--handshake-grace", "2"]);
    let _silent: Vec<TcpStream> = (0..3)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).expect("connect"))
        .collect();
    server.wait_log("no SSH handshake within 2 s", WAIT);
    let _more: Vec<TcpStream> = (0..3)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).expect("connect"))
        .collect();
    server.wait_log("connected (3 open)", WAIT);
    let asked = Instant::now();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &server.pid().to_string()])
        .status()
        .expect("run kill");
    assert!(status.success());
    assert_eq!(server.wait_exit(WAIT), Some(0));
    assert!(
        asked.elapsed() < Duration::from_secs(2),
        "stopped after {:?}",
        asked.elapsed()
    );
}

#[test]
fn wrong_class_codes_slow_down_then_ban_the_address_while_another_gets_in() {
    let dir = TempDir::new("serve-guess");
    let server = Server::polity(
        &dir,
        &[
            "--password",
            "blue-42",
            "--code-free-tries",
            "1",
            "--code-ban-after",
            "3",
            "--code-ban",
            "60",
        ],
    );
    let wrong = typing_code(&dir, "wrong", "red-17");
    let mut took = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let attempt = ssh::run(&wrong, &code_args(&server, "127.0.0.1"), WAIT);
        took.push(started.elapsed());
        assert_ne!(attempt.code, Some(0));
        assert!(
            attempt.stderr.contains("Permission denied"),
            "{}",
            attempt.stderr
        );
    }
    server.wait_log(
        "wrong class code 2 from this address; its next try waits 2.0s",
        WAIT,
    );
    // The third try waited its turn: it took clearly longer than the first.
    assert!(took[2] >= took[0] + Duration::from_millis(500), "{took:?}");
    server.wait_log(
        "address 127.0.0.1 banned for 1m00s after 3 wrong class codes",
        WAIT,
    );

    let banned = ssh::run(&wrong, &code_args(&server, "127.0.0.1"), WAIT);
    assert_ne!(banned.code, Some(0));
    assert!(
        banned
            .stderr
            .contains("too many wrong class codes from your address"),
        "{}",
        banned.stderr
    );
    // The ban is on that address only: a visitor from another one comes in with the right code.
    let right = typing_code(&dir, "right", "blue-42");
    let args = code_args(&server, "127.0.0.2");
    let mut term = PtyApp::spawn(&right, &args, 80, 24);
    term.wait_for("1 Overview", WAIT);
    server.wait_log("authenticated as \"student\" (class code)", WAIT);
}
