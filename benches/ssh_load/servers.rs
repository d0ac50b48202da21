//! The two servers under test, each on a free loopback port with its own keys: `polity serve`, and OpenSSH's sshd
//! running `polity --kiosk` as the forced command of the kiosk account.

use crate::ssh::{self, POLITY, Server, TempDir};
use russh::keys::PrivateKey;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// The account both servers are logged into: CI creates it with a plain `/bin/sh` as its shell.
pub const KIOSK_ACCOUNT: &str = "polity-kiosk";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    PolityServe,
    SshdKiosk,
}

impl Kind {
    pub const BOTH: [Kind; 2] = [Kind::PolityServe, Kind::SshdKiosk];

    pub fn name(self) -> &'static str {
        match self {
            Kind::PolityServe => "`polity serve`",
            Kind::SshdKiosk => "sshd + `polity --kiosk`",
        }
    }
}

/// A running server and how a client logs into it.
pub struct Target {
    pub kind: Kind,
    pub server: Server,
    /// The client key sshd authorizes; `polity serve` refuses keys and lets the client in with "none".
    pub key: Arc<PrivateKey>,
    pub key_path: PathBuf,
    _dir: TempDir,
}

/// Why the bench cannot run here, if it cannot.
pub fn unavailable() -> Option<String> {
    for (program, package) in [
        ("sshd", "openssh-server"),
        ("ssh", "openssh-client"),
        ("ssh-keygen", "openssh-client"),
    ] {
        if ssh::find_tool(program).is_none() {
            return Some(format!(
                "`{program}` is not installed (apt-get install -y {package})"
            ));
        }
    }
    if !ssh::is_root() {
        return Some("sshd must be started by root to hand a login its terminal".to_string());
    }
    let account = ssh::run(
        "/usr/bin/id",
        &["-u", KIOSK_ACCOUNT],
        Duration::from_secs(20),
    );
    if account.code != Some(0) {
        return Some(format!(
            "no {KIOSK_ACCOUNT} account (useradd --system --shell /bin/sh --home-dir /nonexistent \
             --no-create-home -p '*' {KIOSK_ACCOUNT})"
        ));
    }
    None
}

pub fn start(kind: Kind) -> Target {
    let dir = TempDir::new("bench-ssh-load");
    let server = match kind {
        Kind::PolityServe => {
            // The client keys are made for sshd; make the same pair here so both logins read the same files.
            ssh::keygen(&dir.path("client_key"));
            Server::polity(
                &dir,
                &[
                    "--max-sessions",
                    "1000",
                    "--max-unauthenticated",
                    "1000",
                    "--max-per-address",
                    "1000",
                    "--max-handshakes-per-address",
                    "1000",
                    "--login-grace",
                    "120",
                    "--handshake-grace",
                    "60",
                ],
            )
        }
        Kind::SshdKiosk => ssh::sshd_forcing(
            &dir,
            KIOSK_ACCOUNT,
            &format!("{POLITY} --kiosk --idle 0"),
            &["MaxStartups 1000", "LoginGraceTime 120"],
        ),
    };
    let key_path = dir.path("client_key");
    let text = std::fs::read_to_string(&key_path).expect("the client key");
    let key = russh::keys::decode_secret_key(&text, None).expect("an ed25519 client key");
    Target {
        kind,
        server,
        key: Arc::new(key),
        key_path,
        _dir: dir,
    }
}
