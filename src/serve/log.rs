//! The server's log: one line on stderr per connection, authentication, refusal and end. Never what a visitor types.

use std::fmt::Display;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// Identifies one connection in the log.
#[derive(Debug, Clone)]
pub struct ConnLog {
    pub id: u64,
    pub peer: SocketAddr,
    pub started: Instant,
}

impl ConnLog {
    pub fn new(id: u64, peer: SocketAddr) -> ConnLog {
        ConnLog {
            id,
            peer,
            started: Instant::now(),
        }
    }

    pub fn line(&self, text: impl Display) {
        let text = crate::sanitize::line(&text.to_string()).into_owned();
        eprintln!("polity serve: #{} {}: {text}", self.id, self.peer);
    }

    /// How long the connection has lasted, for its last line.
    pub fn age(&self) -> String {
        duration(self.started.elapsed())
    }
}

/// A server-wide line.
pub fn server(text: impl Display) {
    let text = crate::sanitize::line(&text.to_string()).into_owned();
    eprintln!("polity serve: {text}");
}

/// `1h02m03s`, `4m05s`, `6.7s`.
pub fn duration(d: Duration) -> String {
    let secs = d.as_secs();
    match secs {
        0..60 => format!("{:.1}s", d.as_secs_f64()),
        60..3600 => format!("{}m{:02}s", secs / 60, secs % 60),
        _ => format!("{}h{:02}m{:02}s", secs / 3600, secs / 60 % 60, secs % 60),
    }
}

/// A client-chosen string (user name, TERM) made safe for one log line.
pub fn quoted(text: &str) -> String {
    let mut shown: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        shown.push('…');
    }
    format!("{shown:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_well() {
        assert_eq!(duration(Duration::from_millis(6700)), "6.7s");
        assert_eq!(duration(Duration::from_secs(245)), "4m05s");
        assert_eq!(duration(Duration::from_secs(3723)), "1h02m03s");
    }

    #[test]
    fn client_strings_stay_on_one_line() {
        assert_eq!(quoted("a\nb"), "\"a\\nb\"");
        assert!(quoted(&"x".repeat(100)).len() < 50);
    }
}
