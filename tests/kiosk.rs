//! `polity --kiosk`: in a local terminal, and as the forced command of OpenSSH's sshd on 127.0.0.1.
//!
//! The sshd test logs in with a key generated for the test and applies the kiosk settings with `Match User`, as the
//! README's snippet does. It uses the account `polity-kiosk` (shell /bin/sh) when the machine has it (CI creates it
//! before the tests); a test does not create accounts itself. Without it, the test falls back to the user running
//! the tests, whose login shell then runs its startup files (bash reads ~/.bashrc under sshd) before the kiosk
//! starts, which is slower and depends on what those files do.

mod ssh_support;

use ssh_support::{POLITY, Server, TempDir, Term, require, ssh_options};
use std::path::Path;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);
const F10: &[u8] = b"\x1b[21~";

fn kiosk(args: &[&str], cols: u16, rows: u16) -> Term {
    let mut all = vec!["--kiosk".to_string()];
    all.extend(args.iter().map(|s| s.to_string()));
    Term::spawn(Path::new(POLITY), &all, cols, rows)
}

/// Sends the keys that would quit, stop or suspend an ordinary program, and proves the app still answers.
fn try_to_escape(term: &mut Term) {
    for key in [&b"q"[..], b"\x03", b"\x1a", b"\x1c", b"\x04"] {
        term.send(key);
        std::thread::sleep(Duration::from_millis(100));
        assert!(term.running(), "{key:?} ended the kiosk");
    }
    term.send(b"3");
    term.wait_for("┌ Legislative", WAIT);
}

#[test]
fn no_key_leaves_a_local_kiosk_but_the_exit_key_does() {
    let mut term = kiosk(&["--exit-key", "F10"], 100, 30);
    term.wait_for("1 Overview", WAIT);
    try_to_escape(&mut term);
    assert!(!term.row(29).contains("quit"), "no quit in the key hints");
    term.send(b"?");
    term.wait_for("Browsing", WAIT);
    assert!(!term.contents().contains("quit"), "no quit in the help");
    term.send(F10);
    assert_eq!(term.wait_exit(WAIT), 0);
    assert!(!term.alternate_screen());
}

#[test]
fn an_idle_kiosk_forgets_its_visitor() {
    let mut term = kiosk(&["--idle", "1"], 100, 30);
    term.wait_for("1 Overview", WAIT);
    term.send(b"3");
    term.wait_for("┌ Legislative", WAIT);
    term.wait_for("┌ Overview", Duration::from_secs(10));
    assert!(term.running());
}

#[test]
fn a_bad_exit_key_is_refused_in_one_line() {
    let out = ssh_support::run(
        Path::new(POLITY),
        &[
            "--kiosk".to_string(),
            "--exit-key".to_string(),
            "hyper-q".to_string(),
        ],
        WAIT,
    );
    assert_eq!(out.code, Some(2));
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(out.stderr.contains("unknown modifier"), "{}", out.stderr);
}

/// The dedicated kiosk account when it exists, else the user running the tests.
fn kiosk_user() -> String {
    let id = Path::new("/usr/bin/id");
    let dedicated = ssh_support::run(id, &["-u".to_string(), KIOSK_ACCOUNT.to_string()], WAIT);
    if dedicated.code == Some(0) {
        return KIOSK_ACCOUNT.to_string();
    }
    eprintln!(
        "note: no {KIOSK_ACCOUNT} account (useradd --system --shell /bin/sh --home-dir /nonexistent \
         --no-create-home -p '*' {KIOSK_ACCOUNT}); logging in as the current user instead"
    );
    let out = ssh_support::run(id, &["-un".to_string()], WAIT);
    out.stdout.trim().to_string()
}

const KIOSK_ACCOUNT: &str = "polity-kiosk";
/// A login through sshd starts the account's shell first: allow for a slow one.
const LOGIN_WAIT: Duration = Duration::from_secs(90);

fn keygen(path: &Path) {
    let keygen = require("ssh-keygen", "openssh-client");
    let out = ssh_support::run(
        &keygen,
        &[
            "-q".to_string(),
            "-t".to_string(),
            "ed25519".to_string(),
            "-N".to_string(),
            String::new(),
            "-f".to_string(),
            path.display().to_string(),
        ],
        WAIT,
    );
    assert_eq!(out.code, Some(0), "ssh-keygen: {}", out.stderr);
}

/// OpenSSH's sshd on a free loopback port, forcing `polity --kiosk` for `user`.
fn sshd_with_kiosk(dir: &TempDir, user: &str) -> Server {
    let sshd = require("/usr/sbin/sshd", "openssh-server");
    // sshd refuses to start without its privilege separation directory.
    if !Path::new("/run/sshd").is_dir() {
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

Match User {user}
    ForceCommand {polity} --kiosk --exit-key F10
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
        polity = POLITY,
    );
    std::fs::write(dir.path("sshd_config"), config).unwrap();
    Server::start(
        &sshd,
        &[
            "-D".to_string(),
            "-e".to_string(),
            "-f".to_string(),
            dir.path("sshd_config").display().to_string(),
            "-p".to_string(),
            "{port}".to_string(),
        ],
    )
}

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
    let dir = TempDir::new("kiosk-sshd");
    let user = kiosk_user();
    let sshd = sshd_with_kiosk(&dir, &user);
    let ssh = require("ssh", "openssh-client");

    let mut args = vec!["-tt".to_string()];
    args.extend(client_args(&dir, sshd.port));
    args.push(format!("{user}@127.0.0.1"));
    let mut term = Term::spawn(&ssh, &args, 100, 30);
    term.wait_for("1 Overview", LOGIN_WAIT);
    try_to_escape(&mut term);
    term.send(F10);
    assert_eq!(term.wait_exit(WAIT), 0);
    assert!(!term.alternate_screen(), "the terminal is restored");

    // A command is replaced by the kiosk, which without a terminal refuses to run: no shell either way.
    let mut args = client_args(&dir, sshd.port);
    args.extend([format!("{user}@127.0.0.1"), "echo escaped".to_string()]);
    let exec = ssh_support::run(&ssh, &args, LOGIN_WAIT);
    assert!(!exec.stdout.contains("escaped"), "{}", exec.stdout);
    assert_ne!(exec.code, Some(0));
    assert!(exec.stderr.contains("needs a terminal"), "{}", exec.stderr);

    // Forwarding is off for the kiosk account.
    let mut args = vec![
        "-N".to_string(),
        "-o".to_string(),
        "ExitOnForwardFailure=yes".to_string(),
        "-R".to_string(),
        "0:127.0.0.1:9".to_string(),
    ];
    args.extend(client_args(&dir, sshd.port));
    args.push(format!("{user}@127.0.0.1"));
    let forward = ssh_support::run(&ssh, &args, WAIT);
    assert_ne!(forward.code, Some(0));
}
