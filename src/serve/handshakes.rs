//! Connections from each address that have not finished the key exchange. A real client finishes it within
//! milliseconds, so a few per address are plenty; when another arrives, the one waiting longest is closed, so
//! silent sockets from one address can never hold the places a real visitor needs.

use super::conn::Conn;
use super::stream::KillSwitch;
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// One connection still in its key exchange, and how to close it.
struct Waiting {
    id: u64,
    conn: Arc<Conn>,
    switch: Arc<KillSwitch>,
}

type Table = HashMap<IpAddr, VecDeque<Waiting>>;

pub struct Handshakes {
    per_address: usize,
    waiting: Arc<Mutex<Table>>,
}

/// A connection's entry; dropping it (key exchange done, or the connection gone) takes it off the list.
pub struct HandshakeEntry {
    ip: IpAddr,
    id: u64,
    waiting: Arc<Mutex<Table>>,
}

impl Drop for HandshakeEntry {
    fn drop(&mut self) {
        let mut table = lock(&self.waiting);
        if let Some(queue) = table.get_mut(&self.ip) {
            queue.retain(|w| w.id != self.id);
            if queue.is_empty() {
                table.remove(&self.ip);
            }
        }
    }
}

fn lock(table: &Mutex<Table>) -> std::sync::MutexGuard<'_, Table> {
    table.lock().unwrap_or_else(|e| e.into_inner())
}

impl Handshakes {
    pub fn new(per_address: usize) -> Handshakes {
        Handshakes {
            per_address: per_address.max(1),
            waiting: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    /// Puts connection `id` from `ip` on the list; when `ip` already has its share waiting, the oldest of them is
    /// closed (and its connection told why). Returns the entry and the id of the connection closed, if any.
    pub fn enter(
        &self,
        ip: IpAddr,
        id: u64,
        conn: Arc<Conn>,
        switch: Arc<KillSwitch>,
    ) -> (HandshakeEntry, Option<u64>) {
        let mut table = lock(&self.waiting);
        let queue = table.entry(ip).or_default();
        let mut closed = None;
        if queue.len() >= self.per_address
            && let Some(oldest) = queue.pop_front()
        {
            oldest.conn.set_end(format!(
                "closed before its key exchange: a newer connection came from its address, which had {} waiting",
                self.per_address
            ));
            oldest.switch.kill();
            closed = Some(oldest.id);
        }
        queue.push_back(Waiting { id, conn, switch });
        let entry = HandshakeEntry {
            ip,
            id,
            waiting: self.waiting.clone(),
        };
        (entry, closed)
    }

    #[cfg(test)]
    fn waiting(&self, ip: IpAddr) -> usize {
        lock(&self.waiting).get(&ip).map_or(0, VecDeque::len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::log::ConnLog;

    const A: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(127, 0, 0, 1));
    const B: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(127, 0, 0, 2));

    fn conn(id: u64) -> Arc<Conn> {
        Arc::new(Conn::new(ConnLog::new(id, (A, 1).into())))
    }

    #[test]
    fn the_oldest_waiting_connection_of_an_address_makes_room() {
        let handshakes = Handshakes::new(2);
        let switches: Vec<Arc<KillSwitch>> = (0..4).map(|_| Arc::default()).collect();
        let first = conn(1);
        let (_e1, closed) = handshakes.enter(A, 1, first.clone(), switches[0].clone());
        assert_eq!(closed, None);
        let (_e2, closed) = handshakes.enter(A, 2, conn(2), switches[1].clone());
        assert_eq!(closed, None);
        let (_e3, closed) = handshakes.enter(A, 3, conn(3), switches[2].clone());
        assert_eq!(closed, Some(1));
        assert!(switches[0].is_killed());
        assert!(
            first
                .end_reason()
                .is_some_and(|r| r.contains("key exchange"))
        );
        // Another address is not affected.
        let (e4, closed) = handshakes.enter(B, 4, conn(4), switches[3].clone());
        assert_eq!(closed, None);
        assert_eq!(handshakes.waiting(A), 2);
        drop(e4);
        assert_eq!(handshakes.waiting(B), 0);
    }
}
