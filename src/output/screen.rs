//! A terminal's screen as bytes: each frame drawn into one buffer and what changed encoded into memory, for its
//! runner to send in one piece, at the size its runner tells it (a served session has no terminal of its own to
//! ask). No ratatui `Terminal` stands between: it would keep a second buffer that the painter's shown frame
//! already stands for, and fill it before the first frame.

use super::{Painter, ScrollHint};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// What a buffer may keep between frames: a full 120x40 frame with a style change in most cells; it grows as a
/// frame needs and gives back what one unusually large frame took.
const FRAME_BYTES: usize = 64 * 1024;

/// What a buffer starts with: a first frame at 120x40 takes about 8 KiB, so it is written without growing.
const FIRST_FRAME_BYTES: usize = 16 * 1024;

/// Clears the whole terminal (where the cursor is does not matter).
const CLEAR: &[u8] = b"\x1b[2J";

/// A frame's bytes, the size the runner gave, the buffer the next frame is drawn into and the frame the terminal
/// shows.
pub struct Screen {
    out: Vec<u8>,
    area: Rect,
    /// Blank, of `area`'s size or of none yet (made when the next frame is drawn).
    frame: Buffer,
    painter: Painter,
    /// The size changed since the last frame (perhaps back again): the terminal may have cut what it showed.
    resized: bool,
}

impl Screen {
    /// A screen for a terminal of `size`; `scroll_regions` allows moving scrolled pages with scroll regions.
    pub fn new(size: (u16, u16), scroll_regions: bool) -> Screen {
        Screen {
            out: Vec::with_capacity(FIRST_FRAME_BYTES),
            area: Rect::new(0, 0, size.0, size.1),
            frame: Buffer::empty(Rect::ZERO),
            painter: Painter::new(scroll_regions),
            resized: false,
        }
    }

    /// The size frames are drawn at.
    pub fn area(&self) -> Rect {
        self.area
    }

    /// The terminal's new size: the next frame is drawn at it, whole, on a terminal cleared first if the size
    /// changed (the terminal may have cut or moved what it showed).
    pub fn set_size(&mut self, size: (u16, u16)) {
        let area = Rect::new(0, 0, size.0, size.1);
        if area != self.area {
            self.area = area;
            self.resized = true;
        }
    }

    /// Clears the terminal; the next frame is drawn whole (after a stop, when another program had the screen).
    pub fn clear(&mut self) {
        self.out.extend_from_slice(CLEAR);
        self.painter.forget();
    }

    /// The terminal is known to show nothing this side drew, without clearing it: the next frame is drawn whole.
    pub fn forget_screen(&mut self) {
        self.painter.forget();
    }

    /// Appends raw bytes (mode switches, a farewell line) to what will be sent next.
    pub fn write_raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    /// What is waiting to be sent.
    pub fn output(&self) -> &[u8] {
        &self.out
    }

    /// Forgets what was waiting (it has been sent), keeping the memory unless one unusual frame made it large.
    pub fn clear_output(&mut self) {
        self.out.clear();
        if self.out.capacity() > 4 * FRAME_BYTES {
            self.out.shrink_to(FRAME_BYTES);
        }
    }

    /// Everything waiting to be sent, leaving the buffer empty.
    pub fn take_output(&mut self) -> Vec<u8> {
        let out = self.out.clone();
        self.clear_output();
        out
    }

    /// Draws one frame: `render` fills a blank buffer of the screen's area, then only what differs from the last
    /// frame is encoded, with a scroll region where `hint` says a page scrolled and that sends less. The bytes
    /// wait here. Returns how many cells were sent.
    pub fn draw(
        &mut self,
        hint: Option<ScrollHint>,
        render: impl FnOnce(Rect, &mut Buffer),
    ) -> usize {
        if std::mem::take(&mut self.resized) && !self.painter.shows_nothing() {
            self.clear();
        }
        if self.frame.area != self.area {
            self.frame = Buffer::empty(self.area);
        }
        render(self.area, &mut self.frame);
        self.painter.paint(&mut self.frame, hint, &mut self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    /// What waits to be sent clears the terminal, then draws the frame.
    fn cleared_then_hello(screen: &Screen) {
        let out = String::from_utf8_lossy(screen.output()).into_owned();
        assert!(
            out.starts_with("\x1b[2J") && out.contains("hello"),
            "{out:?}"
        );
    }

    /// A 20x3 screen whose terminal shows "hello", nothing waiting to be sent.
    fn showing_hello() -> Screen {
        let mut screen = Screen::new((20, 3), true);
        screen.draw(None, hello);
        screen.clear_output();
        screen
    }

    fn hello(area: Rect, buf: &mut Buffer) {
        buf.set_string(area.x, area.y, "hello", Style::new());
    }

    #[test]
    fn a_frame_becomes_bytes_and_an_unchanged_frame_writes_nothing() {
        let mut screen = Screen::new((20, 3), true);
        screen.draw(None, hello);
        let first = screen.take_output();
        assert!(String::from_utf8_lossy(&first).contains("hello"));
        assert!(screen.take_output().is_empty());
        screen.draw(None, hello);
        assert!(screen.take_output().is_empty());
    }

    #[test]
    fn a_new_size_clears_the_terminal_and_draws_the_frame_whole() {
        let mut screen = showing_hello();
        screen.set_size((20, 3));
        assert!(screen.output().is_empty(), "the same size changes nothing");
        screen.set_size((30, 4));
        let mut area = Rect::ZERO;
        screen.draw(None, |a, buf| {
            area = a;
            hello(a, buf);
        });
        assert_eq!(area, Rect::new(0, 0, 30, 4));
        cleared_then_hello(&screen);
    }

    #[test]
    fn a_size_changed_and_back_before_the_next_frame_still_clears() {
        let mut screen = showing_hello();
        screen.set_size((10, 3));
        screen.set_size((20, 3));
        screen.draw(None, hello);
        cleared_then_hello(&screen);
    }

    #[test]
    fn the_first_frame_clears_nothing() {
        let mut screen = Screen::new((20, 3), true);
        screen.set_size((30, 4));
        screen.draw(None, hello);
        assert!(!String::from_utf8_lossy(screen.output()).contains("\x1b[2J"));
    }

    #[test]
    fn after_a_clear_the_frame_is_sent_again() {
        let mut screen = showing_hello();
        screen.clear();
        screen.draw(None, hello);
        assert!(String::from_utf8_lossy(screen.output()).contains("hello"));
    }

    #[test]
    fn raw_bytes_go_out_in_order() {
        let mut screen = Screen::new((10, 2), true);
        screen.write_raw(b"\x1b[?1049h");
        screen.draw(None, hello);
        assert!(screen.take_output().starts_with(b"\x1b[?1049h"));
    }
}
