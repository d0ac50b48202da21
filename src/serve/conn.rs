//! What the accept loop, the SSH handler and the session share about one connection: its log line, how far it
//! has come, and why it ended.

use super::log::ConnLog;
use std::sync::Mutex;
use tokio::sync::watch;

/// How far a connection has come, watched by the accept loop's login-grace timer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Connected, the key exchange not finished: a real client is through this within milliseconds.
    Handshake,
    /// The key exchange is done and the client asks to log in (a visitor may be typing the class code).
    LoggingIn,
    Authenticated,
    Shell,
    /// The session has said goodbye and closed its channel; the client should now leave by itself.
    Ended,
    /// The client stopped reading or vanished: nothing more can be said to it, the connection is dropped.
    Abandoned,
}

/// What the handler, the session and the accept loop share about one connection.
pub struct Conn {
    pub log: ConnLog,
    pub phase: watch::Sender<Phase>,
    end: Mutex<Option<String>>,
}

impl Conn {
    pub fn new(log: ConnLog) -> Conn {
        Conn {
            log,
            phase: watch::Sender::new(Phase::Handshake),
            end: Mutex::new(None),
        }
    }

    /// Records why the connection ends; the first reason given is the one logged.
    pub fn set_end(&self, reason: impl Into<String>) {
        let mut end = self.end.lock().unwrap_or_else(|e| e.into_inner());
        if end.is_none() {
            *end = Some(reason.into());
        }
    }

    pub fn end_reason(&self) -> Option<String> {
        self.end.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}
