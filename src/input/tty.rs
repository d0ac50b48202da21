//! Reads a terminal's bytes from a file descriptor and turns them into events: at most `READ_CHUNK` bytes at a
//! time, and an unfinished escape sequence resolved after `ESC_TIMEOUT` of silence, so no byte holds later keys.

use super::parser::{ESC_TIMEOUT, InputParser};
use ratatui::crossterm::event::Event;
use std::io;
use std::os::fd::RawFd;
use std::time::Duration;

/// The most bytes read in one go; a longer burst is read in several.
pub const READ_CHUNK: usize = 4096;

/// Where bytes come from: wait until readable (or a timeout), then read what is there.
pub trait ByteSource {
    /// Whether bytes (or the end) can be read now; waits at most `timeout`, or forever with `None`.
    fn wait(&mut self, timeout: Option<Duration>) -> io::Result<bool>;
    /// Reads what is there; 0 is the end of input.
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize>;
}

/// A file descriptor the caller keeps open (stdin), waited on with `poll`.
pub struct FdSource(pub RawFd);

impl ByteSource for FdSource {
    fn wait(&mut self, timeout: Option<Duration>) -> io::Result<bool> {
        let mut pollfd = libc::pollfd {
            fd: self.0,
            events: libc::POLLIN,
            revents: 0,
        };
        let millis = timeout.map_or(-1, |t| t.as_millis().min(i32::MAX as u128) as i32);
        // SAFETY: one valid pollfd, and the count says one.
        let ready = unsafe { libc::poll(&mut pollfd, 1, millis) };
        match ready {
            n if n > 0 => Ok(true),
            0 => Ok(false),
            _ => {
                let e = io::Error::last_os_error();
                // A signal (a resize, a suspend) interrupts the wait; it is not an input error.
                if e.kind() == io::ErrorKind::Interrupted {
                    Ok(false)
                } else {
                    Err(e)
                }
            }
        }
    }

    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // SAFETY: the buffer is valid for its length.
        let n = unsafe { libc::read(self.0, buf.as_mut_ptr().cast(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = io::Error::last_os_error();
        match e.kind() {
            io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock => Err(io::Error::new(
                io::ErrorKind::Interrupted,
                "no bytes this time",
            )),
            _ => Err(e),
        }
    }
}

/// Reads `source` until its end, handing each batch of events to `deliver` (which returns false to stop).
/// Returns `Ok` when the input ends or `deliver` stops, and the error when reading fails.
pub fn pump(
    source: &mut impl ByteSource,
    mut deliver: impl FnMut(Vec<Event>) -> bool,
) -> io::Result<()> {
    let mut parser = InputParser::new();
    let mut buf = vec![0u8; READ_CHUNK];
    loop {
        let timeout = parser.has_pending().then_some(ESC_TIMEOUT);
        let mut events = Vec::new();
        if source.wait(timeout)? {
            match source.read(&mut buf) {
                Ok(0) => {
                    parser.flush(&mut events);
                    if !events.is_empty() {
                        deliver(events);
                    }
                    return Ok(());
                }
                Ok(n) => parser.feed(&buf[..n], &mut events),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        } else if timeout.is_some() {
            parser.flush(&mut events);
        }
        if !events.is_empty() && !deliver(events) {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use std::collections::VecDeque;

    /// Bytes in packets; a gap between packets is a wait that times out.
    struct Script(VecDeque<Option<Vec<u8>>>);

    impl ByteSource for Script {
        fn wait(&mut self, timeout: Option<Duration>) -> io::Result<bool> {
            match self.0.front() {
                Some(None) => {
                    self.0.pop_front();
                    assert!(
                        timeout.is_some(),
                        "a gap while nothing is pending would wait forever"
                    );
                    Ok(false)
                }
                _ => Ok(true),
            }
        }
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match self.0.front_mut() {
                Some(Some(bytes)) => {
                    let n = bytes.len().min(buf.len());
                    buf[..n].copy_from_slice(&bytes[..n]);
                    bytes.drain(..n);
                    if bytes.is_empty() {
                        self.0.pop_front();
                    }
                    Ok(n)
                }
                _ => Ok(0),
            }
        }
    }

    fn keys(packets: Vec<Option<Vec<u8>>>) -> Vec<Event> {
        let mut events = Vec::new();
        pump(&mut Script(packets.into()), |batch| {
            events.extend(batch);
            true
        })
        .expect("a script never fails");
        events
    }

    fn key(c: char) -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    #[test]
    fn a_burst_longer_than_a_chunk_is_read_to_its_last_key() {
        let mut burst = vec![b'j'; 4999];
        burst.push(b'q');
        let events = keys(vec![Some(burst)]);
        assert_eq!(events.len(), 5000);
        assert_eq!(events.last(), Some(&key('q')));
    }

    #[test]
    fn an_unfinished_sequence_gives_way_to_the_next_key_after_a_pause() {
        for start in [&b"\x1b[?"[..], b"\x1b[<", b"\x1b[200~", b"\x1b"] {
            let events = keys(vec![Some(start.to_vec()), None, Some(b"q".to_vec())]);
            assert_eq!(
                events.last(),
                Some(&key('q')),
                "after {start:?}: {events:?}"
            );
        }
    }

    #[test]
    fn a_pipe_is_read_through_poll() {
        let mut fds = [0; 2];
        // SAFETY: two slots for the two ends.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        let writer = std::thread::spawn(move || {
            for packet in [&b"\x1b[?"[..], b"q"] {
                // SAFETY: the write end is open and the packet valid.
                unsafe { libc::write(fds[1], packet.as_ptr().cast(), packet.len()) };
                std::thread::sleep(ESC_TIMEOUT * 2);
            }
            // SAFETY: closing our own end ends the input.
            unsafe { libc::close(fds[1]) };
        });
        let mut events = Vec::new();
        pump(&mut FdSource(fds[0]), |batch| {
            events.extend(batch);
            true
        })
        .expect("a pipe reads");
        writer.join().unwrap();
        // SAFETY: our own read end.
        unsafe { libc::close(fds[0]) };
        assert_eq!(events.last(), Some(&key('q')), "{events:?}");
    }
}
