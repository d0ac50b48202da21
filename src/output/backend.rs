//! A ratatui backend that gathers a frame's bytes in memory for its runner to send in one piece, with the size
//! its runner tells it (a served session has no terminal of its own to ask).

use super::encode::{encode, move_to};
use super::{Painter, ScrollHint};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::prelude::Frame;
use std::io;

/// What a buffer may keep between frames: a full 120x40 frame with a style change in most cells; it grows as a
/// frame needs and gives back what one unusually large frame took.
const FRAME_BYTES: usize = 64 * 1024;

/// A frame's bytes, the size the runner gave, and the frame the terminal shows.
pub struct ByteBackend {
    out: Vec<u8>,
    size: Size,
    cursor: Position,
    painter: Painter,
}

impl ByteBackend {
    /// A backend for a terminal of `size`; `scroll_regions` allows moving scrolled pages with scroll regions.
    pub fn new(size: (u16, u16), scroll_regions: bool) -> ByteBackend {
        ByteBackend {
            out: Vec::new(),
            size: Size::new(size.0, size.1),
            cursor: Position::ORIGIN,
            painter: Painter::new(scroll_regions),
        }
    }

    /// Records the terminal's new size; the next `draw` resizes the viewport of a full-screen terminal.
    pub fn set_size(&mut self, size: (u16, u16)) {
        self.size = Size::new(size.0, size.1);
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

    /// The terminal shows nothing the painter knows of: the next frame is drawn whole (after a stop, when another
    /// program had the screen).
    pub fn forget_screen(&mut self) {
        let area = self.painter.area();
        self.painter
            .cleared(Position::ORIGIN, Position::new(0, area.height));
    }
}

/// Draws one frame: `render` fills the frame, then only what differs from the last frame is encoded, with a scroll
/// region where `hint` says a page scrolled and that sends less. The bytes wait in the backend.
pub fn draw(
    terminal: &mut Terminal<ByteBackend>,
    hint: Option<ScrollHint>,
    render: impl FnOnce(&mut Frame),
) -> io::Result<usize> {
    terminal.autoresize()?;
    render(&mut terminal.get_frame());
    // The painter keeps the shown frame itself: ratatui's previous buffer cannot be shifted from outside.
    let mut frame = std::mem::take(terminal.current_buffer_mut());
    // Ratatui's other buffer, which its own diff would use, gives way to an empty one: the painter's shown frame
    // stands in for it, so a screen costs two buffers, not three. After a resize it is full-size once more, and
    // then it becomes the painter's blank shown frame.
    terminal.swap_buffers();
    let spare = std::mem::take(terminal.current_buffer_mut());
    let backend = terminal.backend_mut();
    backend.painter.adopt(spare, frame.area);
    let cells = backend.painter.paint(&mut frame, hint, &mut backend.out);
    *terminal.current_buffer_mut() = frame;
    Ok(cells)
}

impl Backend for ByteBackend {
    type Error = io::Error;

    /// Cells ratatui's own diff found; `draw` above is how the runners draw, with the painter's diff instead.
    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        encode(content, &mut self.out);
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.out.extend_from_slice(b"\x1b[?25l");
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.out.extend_from_slice(b"\x1b[?25h");
        Ok(())
    }

    /// Answered from what was last set: asking the terminal would need a round trip and its reply would arrive as
    /// input.
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let position = position.into();
        self.cursor = position;
        move_to(&mut self.out, position.x, position.y);
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        let area = self.painter.area();
        let end = Position::new(0, area.height);
        let at = self.cursor;
        let (sequence, from, to): (&[u8], _, _) = match clear_type {
            ClearType::All => (b"\x1b[2J", Position::ORIGIN, end),
            ClearType::AfterCursor => (b"\x1b[J", at, end),
            ClearType::BeforeCursor => {
                (b"\x1b[1J", Position::ORIGIN, Position::new(at.x + 1, at.y))
            }
            ClearType::CurrentLine => (
                b"\x1b[2K",
                Position::new(0, at.y),
                Position::new(0, at.y + 1),
            ),
            ClearType::UntilNewLine => (b"\x1b[K", at, Position::new(0, at.y + 1)),
        };
        self.out.extend_from_slice(sequence);
        self.painter.cleared(from, to);
        Ok(())
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size,
            pixels: Size::default(),
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
