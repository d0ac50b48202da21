//! Terminal input bytes (from the local tty or an SSH channel) to the crossterm events the app understands, using
//! the terminal parser that `terminput` exposes (crossterm's own, which crossterm keeps private).
//!
//! Bytes are fed one at a time, as crossterm does: an escape sequence split across packets waits for its end, and
//! a lone Esc waits a moment (`ESC_TIMEOUT`) for what might follow before it is taken as the Esc key.

use ratatui::crossterm::event::Event;
use std::time::Duration;

/// How long a lone Esc (or any unfinished sequence) waits for more bytes.
pub const ESC_TIMEOUT: Duration = Duration::from_millis(50);
/// The longest sequence kept while waiting for its end; anything longer is garbage and dropped.
const MAX_PENDING: usize = 64;
const ESC: u8 = 0x1b;

/// Turns bytes into events, keeping the start of an unfinished sequence between packets.
#[derive(Debug, Default)]
pub struct InputParser {
    pending: Vec<u8>,
}

impl InputParser {
    pub fn new() -> InputParser {
        InputParser::default()
    }

    /// Whether bytes are waiting for more; if so, call `flush` after `ESC_TIMEOUT` without input.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Parses a packet of input, appending complete events to `events`.
    pub fn feed(&mut self, bytes: &[u8], events: &mut Vec<Event>) {
        for &byte in bytes {
            self.pending.push(byte);
            self.advance(events);
        }
    }

    /// Nothing more came: a lone Esc becomes the Esc key, an Esc with one more byte is taken as typed, and a
    /// control sequence cut off after its introducer and more (`ESC [ ?`, `ESC [ 200 ~`) is dropped: it was no
    /// key, and its bytes replayed as keys would do things nobody asked for.
    pub fn flush(&mut self, events: &mut Vec<Event>) {
        let pending = std::mem::take(&mut self.pending);
        if pending.len() > 2 && pending[0] == ESC && matches!(pending[1], b'[' | b'O') {
            return;
        }
        if pending.first() == Some(&ESC) {
            push(
                terminput::Event::Key(terminput::KeyCode::Esc.into()),
                events,
            );
            // What followed the Esc is read again on its own, so a stray "[" is not lost.
            let rest = pending[1..].to_vec();
            self.feed(&rest, events);
            if self.pending.first() != Some(&ESC) {
                // Only an incomplete UTF-8 character can be left here: it will never finish.
                self.pending.clear();
            }
        }
    }

    fn advance(&mut self, events: &mut Vec<Event>) {
        // A lone Esc is the start of a sequence or Alt+key when more bytes follow; when none follow, its rest may be
        // in the next packet, so it waits for `flush`.
        if self.pending == [ESC] {
            return;
        }
        match terminput::Event::parse_from(&self.pending) {
            Ok(Some(event)) => {
                self.pending.clear();
                push(event, events);
            }
            Ok(None) if self.pending.len() < MAX_PENDING => {}
            Ok(None) | Err(_) => self.pending.clear(),
        }
    }
}

fn push(event: terminput::Event, events: &mut Vec<Event>) {
    if let Ok(event) = terminput_crossterm::to_crossterm(event) {
        events.push(event);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{
        KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
    };

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn codes(events: &[Event]) -> Vec<(KeyCode, KeyModifiers)> {
        events
            .iter()
            .filter_map(|e| match e {
                Event::Key(k) => Some((k.code, k.modifiers)),
                _ => None,
            })
            .collect()
    }

    fn parse(packets: &[&[u8]]) -> Vec<Event> {
        let mut parser = InputParser::new();
        let mut events = Vec::new();
        for packet in packets {
            parser.feed(packet, &mut events);
        }
        events
    }

    #[test]
    fn plain_keys_and_controls() {
        let events = parse(&[b"3q\r\t\x7f\x03\x1a\x1c"]);
        assert_eq!(
            codes(&events),
            vec![
                (KeyCode::Char('3'), KeyModifiers::NONE),
                (KeyCode::Char('q'), KeyModifiers::NONE),
                (KeyCode::Enter, KeyModifiers::NONE),
                (KeyCode::Tab, KeyModifiers::NONE),
                (KeyCode::Backspace, KeyModifiers::NONE),
                (KeyCode::Char('c'), KeyModifiers::CONTROL),
                (KeyCode::Char('z'), KeyModifiers::CONTROL),
                (KeyCode::Char('4'), KeyModifiers::CONTROL),
            ]
        );
    }

    #[test]
    fn an_escape_sequence_split_across_packets_is_one_key() {
        assert_eq!(parse(&[b"\x1b", b"[A"]), vec![key(KeyCode::Up)]);
        assert_eq!(parse(&[b"\x1b[", b"6~"]), vec![key(KeyCode::PageDown)]);
        assert_eq!(
            parse(&[b"\x1b[1", b";5", b"C"]),
            vec![Event::Key(KeyEvent::new(
                KeyCode::Right,
                KeyModifiers::CONTROL
            ))]
        );
        assert_eq!(parse(&[b"\x1bO", b"P"]), vec![key(KeyCode::F(1))]);
    }

    #[test]
    fn a_lone_esc_waits_and_then_is_esc() {
        let mut parser = InputParser::new();
        let mut events = Vec::new();
        parser.feed(b"\x1b", &mut events);
        assert!(events.is_empty());
        assert!(parser.has_pending());
        parser.flush(&mut events);
        assert_eq!(events, vec![key(KeyCode::Esc)]);
        assert!(!parser.has_pending());
        // After the flush, the parser starts clean.
        parser.feed(b"j", &mut events);
        assert_eq!(events[1], key(KeyCode::Char('j')));
    }

    #[test]
    fn esc_then_a_key_in_one_packet_is_alt_key_and_a_stale_prefix_is_not_lost() {
        assert_eq!(
            codes(&parse(&[b"\x1bx"])),
            vec![(KeyCode::Char('x'), KeyModifiers::ALT)]
        );
        let mut parser = InputParser::new();
        let mut events = Vec::new();
        parser.feed(b"\x1b[", &mut events);
        parser.flush(&mut events);
        assert_eq!(
            codes(&events),
            vec![
                (KeyCode::Esc, KeyModifiers::NONE),
                (KeyCode::Char('['), KeyModifiers::NONE)
            ]
        );
    }

    #[test]
    fn an_unfinished_control_sequence_is_dropped_and_the_next_key_comes_through() {
        for start in [
            &b"\x1b[?"[..],
            b"\x1b[<",
            b"\x1b[200~",
            b"\x1b[1;5",
            b"\x1bO",
        ] {
            let mut parser = InputParser::new();
            let mut events = Vec::new();
            parser.feed(start, &mut events);
            assert!(parser.has_pending(), "{start:?}");
            parser.flush(&mut events);
            parser.feed(b"q", &mut events);
            let last = events.last().cloned();
            assert_eq!(last, Some(key(KeyCode::Char('q'))), "{start:?}: {events:?}");
            if start.len() > 2 {
                assert_eq!(events.len(), 1, "{start:?}: {events:?}");
            }
        }
    }

    #[test]
    fn utf8_text_whole_and_split() {
        assert_eq!(
            parse(&["жа€😀".as_bytes()]),
            vec![
                key(KeyCode::Char('ж')),
                key(KeyCode::Char('а')),
                key(KeyCode::Char('€')),
                key(KeyCode::Char('😀')),
            ]
        );
        let bytes = "ж😀".as_bytes();
        assert_eq!(
            parse(&[&bytes[..1], &bytes[1..3], &bytes[3..]]),
            vec![key(KeyCode::Char('ж')), key(KeyCode::Char('😀'))]
        );
    }

    #[test]
    fn garbage_is_dropped_and_parsing_recovers() {
        let events = parse(&[b"\xff\xfe1", b"\x1b[x2"]);
        assert_eq!(
            codes(&events),
            vec![
                (KeyCode::Char('1'), KeyModifiers::NONE),
                (KeyCode::Char('2'), KeyModifiers::NONE)
            ]
        );
    }

    #[test]
    fn an_endless_sequence_is_cut_off() {
        let mut parser = InputParser::new();
        let mut events = Vec::new();
        let mut long = b"\x1b[".to_vec();
        long.extend(std::iter::repeat_n(b'1', 10_000));
        parser.feed(&long, &mut events);
        assert!(parser.pending.len() <= MAX_PENDING);
    }

    #[test]
    fn sgr_mouse_clicks_and_wheel() {
        let events = parse(&[b"\x1b[<0;5;2M", b"\x1b[<65;1;1M"]);
        assert_eq!(
            events[0],
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: 4,
                row: 1,
                modifiers: KeyModifiers::NONE,
            })
        );
        assert!(matches!(
            events[1],
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::ScrollDown,
                ..
            })
        ));
    }
}
