//! The screens the app settles on, learnt from one unhurried session before the load: the first frame, and the
//! frame of each tab key. Under load a frame counts as complete only when the screen is exactly one of these.

use crate::screen::{Expected, first_difference};
use crate::servers::{KIOSK_ACCOUNT, Target};
use crate::session::Session;
use std::time::{Duration, Instant};

/// The tab bar, which shows once the app has drawn its first frame.
const FIRST_FRAME_MARKER: &str = "1 Overview";
/// Quiet on the wire that ends a frame while learning it.
const QUIET: Duration = Duration::from_millis(400);
const LOGIN_LIMIT: Duration = Duration::from_secs(60);

/// The tab digits a visitor presses, in order, from the Overview: every key changes the screen.
pub const KEYS: [u8; 7] = *b"2345671";

pub struct Screens {
    pub first: Expected,
    /// The settled screen after each of `KEYS`, in the same order.
    pub after_key: Vec<Expected>,
}

impl Screens {
    /// The key a visitor presses as its `i`-th, and the screen it must bring.
    pub fn key(&self, i: usize) -> (u8, &Expected) {
        let at = i % KEYS.len();
        (KEYS[at], &self.after_key[at])
    }
}

/// Logs in, waits for the first frame, and presses every key twice round: the second round must bring the same
/// screens as the first, or a frame could not be recognised.
pub async fn learn(target: &Target) -> Result<Screens, String> {
    let mut session = Session::open(target.server.port, KIOSK_ACCOUNT, target.key.clone()).await?;
    let start = Instant::now();
    loop {
        session.settle(QUIET, LOGIN_LIMIT).await?;
        if session.screen().text().contains(FIRST_FRAME_MARKER) {
            break;
        }
        if start.elapsed() > LOGIN_LIMIT {
            return Err(format!(
                "no first frame within {LOGIN_LIMIT:?}; the screen:\n{}",
                session.screen().text().trim_end()
            ));
        }
    }
    let first = session.screen().snapshot();
    let mut rounds: Vec<Vec<Expected>> = Vec::new();
    for _ in 0..2 {
        let mut round = Vec::new();
        let mut before = session.screen().snapshot();
        for key in KEYS {
            session.send(&[key]).await?;
            session.settle(QUIET, Duration::from_secs(10)).await?;
            let now = session.screen().snapshot();
            if now == before {
                return Err(format!("key {:?} did not change the screen", key as char));
            }
            before = now.clone();
            round.push(now);
        }
        rounds.push(round);
    }
    session.close().await;
    for (at, (once, again)) in rounds[0].iter().zip(&rounds[1]).enumerate() {
        if once != again {
            return Err(format!(
                "key {:?} brought a different screen the second time round: {}",
                KEYS[at] as char,
                first_difference(&again.text, &once.text)
            ));
        }
    }
    Ok(Screens {
        first,
        after_key: rounds.swap_remove(0),
    })
}
