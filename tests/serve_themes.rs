//! Over `polity serve`, each visitor's terminal chooses the session's look: the real OpenSSH client on
//! 127.0.0.1 with TERM=vt100 gets ASCII borders, with NO_COLOR=1 no colour codes, with COLORTERM=truecolor the
//! server's --theme in 24-bit colour; the server's own environment plays no part. Under OpenSSH's sshd the
//! kiosk reads the same variables from its environment, which sshd passes on with the README's AcceptEnv line.

mod support;

use std::time::Duration;
use support::pty::PtyApp;
use support::ssh::{self, POLITY, Server, TempDir, require, ssh_args, ssh_options, sshd_forcing};

const WAIT: Duration = Duration::from_secs(20);
const CLIENT: &[(&str, &str)] = &[("ssh", "openssh-client"), ("ssh-keygen", "openssh-client")];

/// `ssh -tt visitor@127.0.0.1` from a terminal whose TERM is `term`, sending `vars` (NAME=value) to the server.
fn visit(server: &Server, term: &str, vars: &[&str]) -> PtyApp {
    let ssh = require("ssh", "openssh-client");
    let mut options = ssh_options(server.port);
    for var in vars {
        options.extend(["-o".to_string(), format!("SetEnv={var}")]);
    }
    let ssh = ssh.display().to_string();
    let term = format!("TERM={term}");
    let args = ssh_args(&[&term, &ssh, "-tt"], &options, &["visitor@127.0.0.1"]);
    // `env` sets the client's TERM, which OpenSSH sends in its pty request.
    PtyApp::spawn("env", &args, 100, 30)
}

/// The parameters of every SGR sequence (`ESC [ … m`) in `output`.
fn sgr_parameters(output: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(output);
    let mut found = Vec::new();
    let mut rest = text.as_ref();
    while let Some(start) = rest.find("\x1b[") {
        rest = &rest[start + 2..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(rest.len());
        if rest[end..].starts_with('m') {
            found.push(rest[..end].to_string());
        }
        rest = &rest[end..];
    }
    found
}

/// SGR parameters that set a colour (foreground, background, 256 or RGB); 39 and 49 only reset to the default.
fn colour_codes(output: &[u8]) -> Vec<String> {
    sgr_parameters(output)
        .into_iter()
        .filter(|params| {
            params.split(';').any(|p| {
                matches!(
                    p.parse::<u32>(),
                    Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
                )
            })
        })
        .collect()
}

fn leave(mut term: PtyApp) {
    term.send(b"\x18");
    term.wait_exit(WAIT);
}

#[test]
fn a_vt100_client_gets_ascii_borders_and_markers() {
    if ssh::missing(CLIENT) {
        return;
    }
    let dir = TempDir::new("serve-vt100");
    let server = Server::polity(&dir, &["--exit-key", "ctrl-x"]);
    let mut term = visit(&server, "vt100", &[]);
    term.wait_for("1 Overview", WAIT);
    term.press(b"3", "+ Legislative", WAIT);
    let output = String::from_utf8_lossy(&term.output()).into_owned();
    for glyph in ['─', '│', '┌', '┐', '└', '┘', '▶'] {
        assert!(
            !output.contains(glyph),
            "{glyph} reached a vt100:\n{}",
            term.contents()
        );
    }
    assert!(
        term.contents().contains("> "),
        "the selection is marked with >"
    );
    leave(term);

    // The same server draws box lines for a terminal that has them.
    let mut term = visit(&server, "xterm-256color", &["LANG=C.UTF-8"]);
    term.press(b"3", "┌ Legislative", WAIT);
    leave(term);
}

#[test]
fn a_client_that_sends_no_color_gets_no_colour_codes() {
    if ssh::missing(CLIENT) {
        return;
    }
    let dir = TempDir::new("serve-no-color");
    let server = Server::polity(&dir, &["--exit-key", "ctrl-x", "--theme", "dark"]);
    let mut term = visit(&server, "xterm-256color", &["NO_COLOR=1"]);
    term.wait_for("1 Overview", WAIT);
    for (key, text) in [("3", "Parliament"), ("5", "70.96%"), ("4", "Judicial")] {
        term.press(key, text, WAIT);
    }
    let codes = colour_codes(&term.output());
    assert!(codes.is_empty(), "colour codes with NO_COLOR: {codes:?}");
    let styled = sgr_parameters(&term.output());
    assert!(
        styled.iter().any(|p| p.split(';').any(|n| n == "7")),
        "the selection is still reversed: {styled:?}"
    );
    leave(term);

    // Without NO_COLOR the same server's visitor sees the theme's colours.
    let mut term = visit(&server, "xterm-256color", &[]);
    term.press(b"3", "Parliament", WAIT);
    assert!(!colour_codes(&term.output()).is_empty(), "no colour at all");
    leave(term);
}

#[test]
fn the_servers_theme_reaches_a_truecolor_client_in_24_bit_colour() {
    if ssh::missing(CLIENT) {
        return;
    }
    let dir = TempDir::new("serve-truecolor");
    let server = Server::polity(&dir, &["--exit-key", "ctrl-x", "--theme", "light"]);
    let mut term = visit(&server, "xterm-256color", &["COLORTERM=truecolor"]);
    term.wait_for("1 Overview", WAIT);
    let codes = colour_codes(&term.output());
    // The light theme's ink, as RGB: the visitor's COLORTERM chose the depth.
    assert!(
        codes.iter().any(|c| c.contains("38;2;0;75;160")),
        "no 24-bit ink in {codes:?}"
    );
    leave(term);

    // A 16-colour client of the same server gets the nearest basic colour instead.
    let mut term = visit(&server, "xterm", &[]);
    term.wait_for("1 Overview", WAIT);
    let codes = colour_codes(&term.output());
    assert!(
        !codes
            .iter()
            .any(|c| c.contains("38;2;") || c.contains("38;5;25")),
        "rich colour sent to a 16-colour terminal: {codes:?}"
    );
    leave(term);
}

/// The README's line for sshd_config: the variables that say how the visitor's terminal draws.
const ACCEPT_ENV: &str =
    "AcceptEnv LANG LC_ALL LC_CTYPE COLORTERM COLORFGBG NO_COLOR POLITY_THEME POLITY_ASCII";

#[test]
fn the_kiosk_under_sshd_follows_the_visitors_terminal() {
    if ssh::missing(&[
        ("sshd", "openssh-server"),
        ("ssh", "openssh-client"),
        ("ssh-keygen", "openssh-client"),
    ]) {
        return;
    }
    if !ssh::is_root() {
        ssh::skip(
            "sshd started by a user other than root cannot give a login its terminal; run this as root",
        );
        return;
    }
    let dir = TempDir::new("kiosk-sshd-themes");
    let user = ssh::current_user();
    let command = format!("{POLITY} --kiosk --exit-key ctrl-x");
    let sshd = sshd_forcing(&dir, &user, &command, &[ACCEPT_ENV]);
    let ssh = require("ssh", "openssh-client").display().to_string();
    let mut options = ssh_options(sshd.port);
    options.extend(
        [
            "-i",
            dir.path("client_key").to_str().unwrap(),
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "SetEnv=NO_COLOR=1",
        ]
        .map(String::from),
    );
    let login = format!("{user}@127.0.0.1");
    let args = ssh_args(&["TERM=vt100", &ssh, "-tt"], &options, &[&login]);
    let mut term = PtyApp::spawn("env", &args, 100, 30);
    term.wait_for("1 Overview", Duration::from_secs(90));
    term.press(b"3", "+ Legislative", WAIT);
    let output = term.output();
    let text = String::from_utf8_lossy(&output);
    assert!(
        !text.contains(['─', '│', '┌']),
        "box drawing under TERM=vt100"
    );
    let codes = colour_codes(&output);
    assert!(codes.is_empty(), "colour codes with NO_COLOR: {codes:?}");
    leave(term);
}
