//! Admission: how many connections the server holds at once, how many may still be logging in, and how many may
//! come from one address. A connection takes its places before the SSH handshake and gives them back when dropped.
//! One address may hold only part of the places for logging in, and the last few are kept for addresses that hold
//! none, so a handful of connections from one address cannot lock the others out.

use crate::strings::Strings;
use std::collections::HashMap;
use std::fmt;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The limits an operator sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitSettings {
    pub max_sessions: usize,
    pub max_unauthenticated: usize,
    pub max_per_address: usize,
    /// Connections from one address still logging in.
    pub max_unauthenticated_per_address: usize,
}

impl LimitSettings {
    /// Places for logging in that only an address holding none of them may take: a quarter, at least one when
    /// there are two or more.
    pub fn reserved_for_new_addresses(&self) -> usize {
        (self.max_unauthenticated / 4).max(usize::from(self.max_unauthenticated >= 2))
    }
}

/// Why a connection was turned away. Its `Display` is what the visitor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Sessions(usize),
    Unauthenticated(usize),
    Address(usize),
    AddressLoggingIn(usize),
    /// Too many wrong class codes from the address: how many seconds of the ban are left.
    Banned(u64),
}

impl Refusal {
    /// What the refused visitor reads, in the words `w`.
    pub fn message(&self, w: &'static Strings) -> String {
        match *self {
            Refusal::Sessions(n) => (w.server_full)(n),
            Refusal::Unauthenticated(n) => (w.server_busy)(n),
            Refusal::Address(n) => (w.too_many_from_address)(n),
            Refusal::AddressLoggingIn(n) => (w.too_many_logging_in_from_address)(n),
            Refusal::Banned(secs) => (w.banned_for_wrong_codes)(secs.div_ceil(60).max(1)),
        }
    }
}

/// The log's line, in English for the operator.
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(&crate::strings::EN))
    }
}

/// The server's places, shared by the accept loop and every connection.
pub struct Limits {
    settings: LimitSettings,
    sessions: Arc<Semaphore>,
    unauthenticated: Arc<Semaphore>,
    per_address: Arc<Mutex<HashMap<IpAddr, usize>>>,
    logging_in_per_address: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

/// The places one connection holds. Dropping it gives them back.
pub struct Admission {
    _session: OwnedSemaphorePermit,
    /// Given back as soon as the connection authenticates.
    pub unauthenticated: Option<LoginPlace>,
    _address: AddressPlace,
}

/// A place among the connections logging in, overall and for the address.
pub struct LoginPlace {
    _permit: OwnedSemaphorePermit,
    _address: AddressPlace,
}

struct AddressPlace {
    ip: IpAddr,
    counts: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

impl Drop for AddressPlace {
    fn drop(&mut self) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = counts.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                counts.remove(&self.ip);
            }
        }
    }
}

impl AddressPlace {
    /// How many places the address holds in its table, this one included.
    fn count(&self) -> usize {
        let counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        counts.get(&self.ip).copied().unwrap_or(0)
    }
}

/// Takes one of `ip`'s at most `max` places in `table`.
fn take_place(
    table: &Arc<Mutex<HashMap<IpAddr, usize>>>,
    ip: IpAddr,
    max: usize,
) -> Option<AddressPlace> {
    let mut counts = table.lock().unwrap_or_else(|e| e.into_inner());
    let n = counts.entry(ip).or_insert(0);
    if *n >= max {
        if *n == 0 {
            counts.remove(&ip);
        }
        return None;
    }
    *n += 1;
    Some(AddressPlace {
        ip,
        counts: table.clone(),
    })
}

impl Limits {
    pub fn new(settings: LimitSettings) -> Limits {
        Limits {
            settings,
            sessions: Arc::new(Semaphore::new(settings.max_sessions)),
            unauthenticated: Arc::new(Semaphore::new(settings.max_unauthenticated)),
            per_address: Arc::new(Mutex::new(HashMap::new())),
            logging_in_per_address: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    /// Takes a place for a new connection from `ip`, or says which limit it is over.
    pub fn admit(&self, ip: IpAddr) -> Result<Admission, Refusal> {
        let address = take_place(&self.per_address, ip, self.settings.max_per_address)
            .ok_or(Refusal::Address(self.settings.max_per_address))?;
        let session = self
            .sessions
            .clone()
            .try_acquire_owned()
            .map_err(|_| Refusal::Sessions(self.settings.max_sessions))?;
        let per_address = self.settings.max_unauthenticated_per_address;
        let logging_in = take_place(&self.logging_in_per_address, ip, per_address)
            .ok_or(Refusal::AddressLoggingIn(per_address))?;
        let busy = Refusal::Unauthenticated(self.settings.max_unauthenticated);
        // The last places are for addresses with nobody logging in yet (this connection's own place is counted).
        let newcomer = logging_in.count() == 1;
        if !newcomer
            && self.unauthenticated.available_permits()
                <= self.settings.reserved_for_new_addresses()
        {
            return Err(busy);
        }
        let permit = self
            .unauthenticated
            .clone()
            .try_acquire_owned()
            .map_err(|_| busy)?;
        Ok(Admission {
            _session: session,
            unauthenticated: Some(LoginPlace {
                _permit: permit,
                _address: logging_in,
            }),
            _address: address,
        })
    }

    /// Connections now held (for the log).
    pub fn active(&self) -> usize {
        self.settings.max_sessions - self.sessions.available_permits()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(sessions: usize, unauthenticated: usize, per_address: usize) -> Limits {
        Limits::new(LimitSettings {
            max_sessions: sessions,
            max_unauthenticated: unauthenticated,
            max_per_address: per_address,
            max_unauthenticated_per_address: unauthenticated,
        })
    }

    const A: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(127, 0, 0, 1));
    const B: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(127, 0, 0, 2));

    #[test]
    fn places_are_taken_and_given_back() {
        let limits = limits(2, 2, 2);
        let first = limits.admit(A).unwrap();
        let _second = limits.admit(B).unwrap();
        assert_eq!(limits.admit(A).err(), Some(Refusal::Sessions(2)));
        assert_eq!(limits.active(), 2);
        drop(first);
        assert!(limits.admit(A).is_ok());
    }

    #[test]
    fn one_address_cannot_take_every_place_for_logging_in() {
        let limits = Limits::new(LimitSettings {
            max_sessions: 64,
            max_unauthenticated: 16,
            max_per_address: 48,
            max_unauthenticated_per_address: 8,
        });
        let held: Vec<Admission> = (0..8).map(|_| limits.admit(A).unwrap()).collect();
        assert_eq!(limits.admit(A).err(), Some(Refusal::AddressLoggingIn(8)));
        // Others fill up to the reserve, which is kept for addresses with nobody logging in.
        let c = IpAddr::V4(std::net::Ipv4Addr::new(127, 0, 0, 3));
        let more: Vec<Admission> = (0..4).map(|_| limits.admit(B).unwrap()).collect();
        assert_eq!(limits.admit(B).err(), Some(Refusal::Unauthenticated(16)));
        let newcomer = limits.admit(c).unwrap();
        drop((held, more, newcomer));
        assert!(limits.per_address.lock().unwrap().is_empty());
        assert!(limits.logging_in_per_address.lock().unwrap().is_empty());
    }

    #[test]
    fn logging_in_is_limited_until_authenticated() {
        let limits = limits(10, 1, 10);
        let mut first = limits.admit(A).unwrap();
        assert_eq!(limits.admit(B).err(), Some(Refusal::Unauthenticated(1)));
        first.unauthenticated = None;
        assert!(limits.admit(B).is_ok());
    }

    #[test]
    fn one_address_is_limited_and_others_are_not() {
        let limits = limits(10, 10, 1);
        let _a = limits.admit(A).unwrap();
        assert_eq!(limits.admit(A).err(), Some(Refusal::Address(1)));
        let b = limits.admit(B).unwrap();
        drop(b);
        // A refused connection gives back what it took.
        assert_eq!(limits.active(), 1);
        assert!(limits.per_address.lock().unwrap().get(&B).is_none());
    }
}
