//! Seeded random input, many times over: bytes through the shared input layer, and events of every kind (keys,
//! mouse, pastes, resizes from 0x0 to 400x150) through the app's update function. Nothing panics, the parser
//! stays bounded and recovers, and the state stays consistent.

mod support;

use polity::app::entries::entries;
use polity::app::{App, Tab};
use polity::input::InputParser;
use polity::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use support::{app, fixture, shipped};

const EVENTS: usize = 100_000;

/// A small, fast, seeded generator (xorshift64*): the same seed gives the same run, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// Bytes a terminal might send, weighted toward the start of escape sequences and their parts.
fn hostile_bytes(rng: &mut Rng, out: &mut Vec<u8>) {
    const PIECES: &[&[u8]] = &[
        b"\x1b",
        b"[",
        b"O",
        b"?",
        b"<",
        b";",
        b"~",
        b"M",
        b"m",
        b"200~",
        b"201~",
        b"1",
        b"5",
        b"65",
        b"q",
        b"j",
        b"\r",
        b"\x7f",
        b"\x03",
        b"\xd0\xb6",
        b"\xf0\x9f",
        b"\x98\x80",
        b"\xff",
        b"\x00",
        b"A",
        b"\x1b[<0;",
        b"\x1b[M",
        b"\x1b]0;",
        b"\x07",
        b"\x1bP",
        b"\x1b\\",
    ];
    for _ in 0..=rng.below(8) {
        let piece: &&[u8] = rng.pick(PIECES);
        out.extend_from_slice(piece);
    }
}

#[test]
fn the_input_layer_survives_random_bytes_and_always_recovers() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut parser = InputParser::new();
    let mut events = Vec::new();
    let mut fed = 0usize;
    while fed < EVENTS * 4 {
        let mut packet = Vec::new();
        hostile_bytes(&mut rng, &mut packet);
        fed += packet.len();
        parser.feed(&packet, &mut events);
        if rng.below(4) == 0 {
            // A pause: the timeout passed.
            parser.flush(&mut events);
        }
        if rng.below(64) == 0 {
            // After a pause and another, a plain key always arrives as itself.
            parser.flush(&mut events);
            parser.flush(&mut events);
            assert!(!parser.has_pending(), "two pauses leave nothing pending");
            events.clear();
            parser.feed(b"q", &mut events);
            assert_eq!(
                events,
                vec![Event::Key(KeyEvent::new(
                    KeyCode::Char('q'),
                    KeyModifiers::NONE
                ))]
            );
        }
        events.clear();
    }
}

/// Any event the app could get, sizes from 0x0 up to 400x150.
fn random_event(rng: &mut Rng, size: (u16, u16)) -> Event {
    const CODES: &[KeyCode] = &[
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Delete,
        KeyCode::F(1),
        KeyCode::F(10),
    ];
    const CHARS: &[char] = &[
        '1', '2', '3', '4', '5', '6', '7', '0', '9', 'j', 'k', 'h', 'l', 'g', 'G', 'a', 's', 'n',
        'p', 'r', '/', '?', ' ', 'u', 'ж', '😀', 'x',
    ];
    const MODIFIERS: &[KeyModifiers] = &[
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::SHIFT,
        KeyModifiers::ALT,
        KeyModifiers::CONTROL,
    ];
    let (width, height) = (size.0.max(1) as u64, size.1.max(1) as u64);
    match rng.below(100) {
        0..45 => {
            let code = if rng.below(2) == 0 {
                *rng.pick(CODES)
            } else {
                KeyCode::Char(*rng.pick(CHARS))
            };
            let mut key = KeyEvent::new(code, *rng.pick(MODIFIERS));
            if rng.below(20) == 0 {
                key.kind = KeyEventKind::Release;
            }
            // Ctrl-C and q quit; the run would end, so they are left out (quitting is tested elsewhere).
            if matches!(key.code, KeyCode::Char('c' | 'q')) {
                key.code = KeyCode::Char('x');
            }
            Event::Key(key)
        }
        45..85 => {
            const KINDS: &[MouseEventKind] = &[
                MouseEventKind::Down(MouseButton::Left),
                MouseEventKind::Up(MouseButton::Left),
                MouseEventKind::Down(MouseButton::Right),
                MouseEventKind::Drag(MouseButton::Left),
                MouseEventKind::Moved,
                MouseEventKind::ScrollUp,
                MouseEventKind::ScrollDown,
                MouseEventKind::ScrollLeft,
            ];
            Event::Mouse(MouseEvent {
                kind: *rng.pick(KINDS),
                // Sometimes outside the window, as a terminal may report after a shrink.
                column: rng.below(width + 5) as u16,
                row: rng.below(height + 5) as u16,
                modifiers: *rng.pick(MODIFIERS),
            })
        }
        85..92 => {
            let text: String = (0..rng.below(200)).map(|_| *rng.pick(CHARS)).collect();
            Event::Paste(format!("{text}\n\u{1b}[2J"))
        }
        92..95 => Event::FocusGained,
        _ => Event::Resize(rng.below(401) as u16, rng.below(151) as u16),
    }
}

#[track_caller]
fn assert_consistent(app: &App, size: (u16, u16), step: usize) {
    assert!(!app.should_quit(), "step {step}: nothing here quits");
    assert_eq!(
        app.state.size, size,
        "step {step}: the size is the last resize"
    );
    for tab in Tab::ALL {
        let count = entries(&app.model, tab).len();
        let selected = app.state.views[tab.index()].selected;
        assert!(
            selected < count.max(1),
            "step {step}: {tab:?} selects {selected} of {count}"
        );
    }
}

fn fuzz_app(mut app: App, seed: u64, events: usize) {
    let mut rng = Rng(seed);
    let mut size = app.state.size;
    for step in 0..events {
        let event = random_event(&mut rng, size);
        if let Event::Resize(w, h) = event {
            size = (w, h);
        }
        app.handle_event(&event);
        assert_consistent(&app, size, step);
        // Drawing is the slow part; every few hundred events, at the current size, is enough to find a panic.
        if step % 250 == 0 {
            let mut terminal =
                Terminal::new(TestBackend::new(size.0, size.1)).expect("a test terminal");
            terminal
                .draw(|frame| ui::draw(frame, &app))
                .expect("drawing never fails");
        }
    }
}

#[test]
fn the_app_survives_a_hundred_thousand_random_events() {
    fuzz_app(app(shipped(), 80, 24), 0x5eed_0001, EVENTS);
}

#[test]
fn another_dataset_survives_random_events_too() {
    fuzz_app(
        app(fixture("ruritania.ron"), 120, 40),
        0x5eed_0002,
        EVENTS / 5,
    );
}
