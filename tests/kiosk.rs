//! `polity --kiosk`: in a local terminal, and as the forced command of OpenSSH's sshd on 127.0.0.1.
//!
//! The sshd test logs in with a key generated for the test and applies the kiosk settings with `Match User`, as the
//! README's snippet does. It uses the account `polity-kiosk` (shell /bin/sh) when the machine has it (CI creates it
//! before the tests); a test does not create accounts itself. Without it, the test falls back to the user running
//! the tests, whose login shell then runs its startup files (bash reads ~/.bashrc under sshd) before the kiosk
//! starts, which is slower and depends on what those files do.

mod support;

use std::time::Duration;
use support::pty::PtyApp;
use support::ssh::{
    self, POLITY, REMOTE_FORWARD, TempDir, require, ssh_args, ssh_options, sshd_forcing,
};

const WAIT: Duration = Duration::from_secs(20);
const F10: &[u8] = b"\x1b[21~";

fn kiosk(args: &[&str], cols: u16, rows: u16) -> PtyApp {
    let all: Vec<&str> = ["--kiosk"].iter().chain(args).copied().collect();
    PtyApp::polity(&all, cols, rows)
}

/// Sends the keys that would quit, stop or suspend an ordinary program, and proves the app still answers.
fn try_to_escape(term: &mut PtyApp) {
    for key in [&b"q"[..], b"\x03", b"\x1a", b"\x1c", b"\x04"] {
        term.send(key);
        std::thread::sleep(Duration::from_millis(100));
        assert!(term.running(), "{key:?} ended the kiosk");
    }
    term.press(b"3", "┌ Legislative", WAIT);
}

#[test]
fn no_key_leaves_a_local_kiosk_but_the_exit_key_does() {
    let mut term = kiosk(&["--exit-key", "F10"], 100, 30);
    term.wait_for("1 Overview", WAIT);
    try_to_escape(&mut term);
    assert!(!term.row(29).contains("quit"), "no quit in the key hints");
    term.press(b"?", "Browsing", WAIT);
    assert!(!term.contents().contains("quit"), "no quit in the help");
    term.send(F10);
    assert_eq!(term.wait_exit(WAIT), 0);
    assert!(!term.alternate_screen());
}

#[test]
fn an_idle_kiosk_forgets_its_visitor() {
    let mut term = kiosk(&["--idle", "1"], 100, 30);
    term.wait_for("1 Overview", WAIT);
    term.press(b"3", "┌ Legislative", WAIT);
    term.wait_for("┌ Overview", Duration::from_secs(10));
    assert!(term.running());
}

#[test]
fn a_bad_exit_key_is_refused_in_one_line() {
    let out = ssh::run(POLITY, &["--kiosk", "--exit-key", "hyper-q"], WAIT);
    assert_eq!(out.code, Some(2));
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(out.stderr.contains("unknown modifier"), "{}", out.stderr);
}

/// The dedicated kiosk account when it exists, else the user running the tests.
fn kiosk_user() -> String {
    let dedicated = ssh::run("/usr/bin/id", &["-u", KIOSK_ACCOUNT], WAIT);
    if dedicated.code == Some(0) {
        return KIOSK_ACCOUNT.to_string();
    }
    eprintln!(
        "note: no {KIOSK_ACCOUNT} account (useradd --system --shell /bin/sh --home-dir /nonexistent \
         --no-create-home -p '*' {KIOSK_ACCOUNT}); logging in as the current user instead"
    );
    ssh::current_user()
}

const KIOSK_ACCOUNT: &str = "polity-kiosk";
/// A login through sshd starts the account's shell first: allow for a slow one.
const LOGIN_WAIT: Duration = Duration::from_secs(90);

fn client_args(dir: &TempDir, port: u16) -> Vec<String> {
    let mut args = ssh_options(port);
    args.extend([
        "-i".to_string(),
        dir.path("client_key").display().to_string(),
        "-o".to_string(),
        "IdentitiesOnly=yes".to_string(),
    ]);
    args
}

#[test]
fn the_kiosk_under_sshd_with_force_command_keeps_the_visitor_in() {
    if ssh::missing(&[
        ("sshd", "openssh-server"),
        ("ssh", "openssh-client"),
        ("ssh-keygen", "openssh-client"),
    ]) {
        return;
    }
    if !ssh::is_root() {
        // Seen with OpenSSH 9.2: "chown(/dev/pts/N, uid, 5) failed: Operation not permitted".
        ssh::skip(
            "sshd started by a user other than root cannot give a login its terminal (it must chown the pty \
             to the tty group); run this test as root",
        );
        return;
    }
    let dir = TempDir::new("kiosk-sshd");
    let user = kiosk_user();
    let sshd = sshd_forcing(
        &dir,
        &user,
        &format!("{POLITY} --kiosk --exit-key F10"),
        &[],
    );
    let ssh = require("ssh", "openssh-client");

    let login = format!("{user}@127.0.0.1");
    let args = ssh_args(&["-tt"], &client_args(&dir, sshd.port), &[&login]);
    let mut term = PtyApp::spawn(&ssh, &args, 100, 30);
    term.wait_for("1 Overview", LOGIN_WAIT);
    try_to_escape(&mut term);
    term.send(F10);
    assert_eq!(term.wait_exit(WAIT), 0);
    assert!(!term.alternate_screen(), "the terminal is restored");

    // A command is replaced by the kiosk, which without a terminal refuses to run: no shell either way.
    let args = ssh_args(
        &[],
        &client_args(&dir, sshd.port),
        &[&login, "echo escaped"],
    );
    let exec = ssh::run(&ssh, &args, LOGIN_WAIT);
    assert!(!exec.stdout.contains("escaped"), "{}", exec.stdout);
    assert_ne!(exec.code, Some(0));
    assert!(exec.stderr.contains("needs a terminal"), "{}", exec.stderr);

    // Forwarding is off for the kiosk account.
    let args = ssh_args(&REMOTE_FORWARD, &client_args(&dir, sshd.port), &[&login]);
    let forward = ssh::run(&ssh, &args, WAIT);
    assert_ne!(forward.code, Some(0));
}
