//! The class-code failure budget of each address: the first few wrong codes cost nothing, each one after that
//! makes the next attempt from that address wait longer, and too many ban the address for a while. Attempts
//! from parallel connections of one address wait their turn, so opening more connections does not help.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The longest wait between two attempts from one address.
const MAX_DELAY: Duration = Duration::from_secs(30);
/// Addresses remembered at most; beyond this the stalest records are forgotten first.
const MAX_RECORDS: usize = 4096;

/// What an operator sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuessSettings {
    /// Wrong codes from one address that cost no delay.
    pub free: u32,
    /// Wrong codes from one address that ban it.
    pub ban_after: u32,
    /// How long a ban lasts.
    pub ban: Duration,
    /// An address with no wrong code for this long starts afresh.
    pub forget: Duration,
    /// How long the server takes to answer a wrong code anyway; a delay comes on top of it.
    pub rejection_time: Duration,
}

#[derive(Debug, Clone, Copy)]
struct Record {
    failures: u32,
    last_failure: Instant,
    /// When the next attempt from this address may be checked.
    next_turn: Instant,
    banned_until: Option<Instant>,
}

/// What a failed attempt led to, for the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    pub failures: u32,
    /// How long the next attempt from this address waits.
    pub next_delay: Duration,
    /// The ban this failure started, if it did.
    pub banned_for: Option<Duration>,
}

pub struct Guesses {
    settings: GuessSettings,
    records: Mutex<HashMap<IpAddr, Record>>,
}

impl Guesses {
    pub fn new(settings: GuessSettings) -> Guesses {
        Guesses {
            settings,
            records: Mutex::new(HashMap::new()),
        }
    }

    /// The wait after `failures` wrong codes: none for the free ones, then 2 s, 4 s, 8 s … up to `MAX_DELAY`.
    /// (Every wrong code is answered after a second anyway, counted from the request, so a second would not show.)
    pub fn delay_after(&self, failures: u32) -> Duration {
        let over = failures.saturating_sub(self.settings.free);
        if over == 0 {
            return Duration::ZERO;
        }
        Duration::from_secs(1u64 << over.min(6)).min(MAX_DELAY)
    }

    /// How much of a ban on `ip` is left, if it is banned.
    pub fn banned(&self, ip: IpAddr, now: Instant) -> Option<Duration> {
        let mut records = self.lock();
        let record = records.get_mut(&ip)?;
        match record.banned_until {
            Some(until) if until > now => Some(until - now),
            Some(_) => {
                // The ban is over: the address starts afresh.
                records.remove(&ip);
                None
            }
            None => None,
        }
    }

    /// Takes `ip`'s next turn to have a code checked: how long to wait before checking it.
    pub fn turn(&self, ip: IpAddr, now: Instant) -> Duration {
        let mut records = self.lock();
        let Some(record) = records.get_mut(&ip) else {
            return Duration::ZERO;
        };
        // Attempts waiting at once are spaced by the same delay, so parallel connections gain nothing.
        let turn = record.next_turn.max(now);
        record.next_turn = turn + self.delay_after(record.failures);
        turn - now
    }

    /// Records a wrong code from `ip`.
    pub fn failed(&self, ip: IpAddr, now: Instant) -> Failure {
        let mut records = self.lock();
        if records.len() >= MAX_RECORDS && !records.contains_key(&ip) {
            let forget = self.settings.forget;
            records.retain(|_, r| {
                r.banned_until.is_some_and(|u| u > now) || now - r.last_failure < forget
            });
            if records.len() >= MAX_RECORDS
                && let Some(stalest) = records
                    .iter()
                    .min_by_key(|(_, r)| r.last_failure)
                    .map(|(ip, _)| *ip)
            {
                records.remove(&stalest);
            }
        }
        let record = records.entry(ip).or_insert(Record {
            failures: 0,
            last_failure: now,
            next_turn: now,
            banned_until: None,
        });
        if now.saturating_duration_since(record.last_failure) > self.settings.forget {
            record.failures = 0;
        }
        record.failures += 1;
        record.last_failure = now;
        // The next try waits from when this one's answer arrives.
        let delay = self.delay_after(record.failures);
        if !delay.is_zero() {
            record.next_turn = record
                .next_turn
                .max(now + self.settings.rejection_time + delay);
        }
        let banned_for = (record.failures >= self.settings.ban_after
            && record.banned_until.is_none())
        .then(|| {
            record.banned_until = Some(now + self.settings.ban);
            self.settings.ban
        });
        Failure {
            failures: record.failures,
            next_delay: self.delay_after(record.failures),
            banned_for,
        }
    }

    /// A right code: the address's mistakes are forgotten.
    pub fn succeeded(&self, ip: IpAddr) {
        let mut records = self.lock();
        if records.get(&ip).is_some_and(|r| r.banned_until.is_none()) {
            records.remove(&ip);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, Record>> {
        self.records.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 1));
    const B: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 2));

    fn guesses() -> Guesses {
        Guesses::new(GuessSettings {
            free: 3,
            ban_after: 8,
            ban: Duration::from_secs(600),
            forget: Duration::from_secs(900),
            rejection_time: Duration::from_secs(1),
        })
    }

    #[test]
    fn a_few_mistakes_cost_nothing_then_delays_grow() {
        let g = guesses();
        let now = Instant::now();
        let delays: Vec<u64> = (0..7)
            .map(|_| g.failed(A, now).next_delay.as_secs())
            .collect();
        assert_eq!(delays, [0, 0, 0, 2, 4, 8, 16]);
        assert_eq!(g.delay_after(100), MAX_DELAY);
        assert_eq!(
            g.turn(B, now),
            Duration::ZERO,
            "another address is not slowed"
        );
    }

    #[test]
    fn parallel_attempts_from_one_address_wait_their_turn() {
        let g = guesses();
        let now = Instant::now();
        for _ in 0..5 {
            g.failed(A, now);
        }
        // Two failures past the free ones: 4 s after the last answer (1 s), and 4 s between turns.
        let waits: Vec<u64> = (0..3).map(|_| g.turn(A, now).as_secs()).collect();
        assert_eq!(waits, [5, 9, 13]);
        let later = now + Duration::from_secs(60);
        assert_eq!(
            g.turn(A, later),
            Duration::ZERO,
            "a wait long past is not waited again"
        );
    }

    #[test]
    fn too_many_mistakes_ban_the_address_for_a_while() {
        let g = guesses();
        let now = Instant::now();
        let bans: Vec<Option<Duration>> = (0..9).map(|_| g.failed(A, now).banned_for).collect();
        assert_eq!(
            bans.iter().filter(|b| b.is_some()).count(),
            1,
            "one ban, logged once"
        );
        assert_eq!(bans[7], Some(Duration::from_secs(600)));
        assert_eq!(
            g.banned(A, now + Duration::from_secs(10)),
            Some(Duration::from_secs(590))
        );
        assert_eq!(g.banned(B, now), None);
        assert_eq!(
            g.banned(A, now + Duration::from_secs(601)),
            None,
            "bans end"
        );
        assert_eq!(g.failed(A, now + Duration::from_secs(602)).failures, 1);
    }

    #[test]
    fn a_right_code_or_time_forgets_the_mistakes() {
        let g = guesses();
        let now = Instant::now();
        g.failed(A, now);
        g.failed(A, now);
        g.succeeded(A);
        assert_eq!(g.failed(A, now).failures, 1);
        assert_eq!(g.failed(A, now + Duration::from_secs(1000)).failures, 1);
    }

    #[test]
    fn memory_stays_bounded_under_many_addresses() {
        let g = guesses();
        let now = Instant::now();
        for i in 0..(MAX_RECORDS as u32 + 100) {
            g.failed(IpAddr::V4(std::net::Ipv4Addr::from(i)), now);
        }
        assert!(g.lock().len() <= MAX_RECORDS);
    }
}
