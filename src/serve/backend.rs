//! A ratatui backend that writes one SSH session's screen into a byte buffer. Its size comes from the client's pty
//! and window-change requests: nothing here ever asks the server's own terminal (the server has none).

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use std::io::{self, Write};
use std::sync::{Arc, Mutex};

/// The size used when a client asks for a pty of zero columns or rows.
pub const DEFAULT_SIZE: (u16, u16) = (80, 24);
/// The largest screen a session may have: every cell costs memory twice (ratatui keeps two buffers).
pub const MAX_SIZE: (u16, u16) = (400, 150);

/// A client's requested size made safe: 0x0 (or any zero) becomes 80x24, anything huge is cut to 400x150.
pub fn clamp_size(columns: u32, rows: u32) -> (u16, u16) {
    if columns == 0 || rows == 0 {
        return DEFAULT_SIZE;
    }
    (
        columns.min(MAX_SIZE.0 as u32) as u16,
        rows.min(MAX_SIZE.1 as u32) as u16,
    )
}

/// The bytes of the frame being drawn. Shared with the crossterm backend that writes them, since that backend
/// does not lend out its writer.
#[derive(Clone, Default)]
struct Output(Arc<Mutex<Vec<u8>>>);

impl Output {
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<u8>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Write for Output {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.lock().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Draws through crossterm's escape sequences into a byte buffer that the session sends to its channel.
pub struct ChannelBackend {
    inner: CrosstermBackend<Output>,
    output: Output,
    size: Size,
    cursor: Position,
}

impl ChannelBackend {
    pub fn new(size: (u16, u16)) -> ChannelBackend {
        let output = Output::default();
        ChannelBackend {
            inner: CrosstermBackend::new(output.clone()),
            output,
            size: Size::new(size.0, size.1),
            cursor: Position::ORIGIN,
        }
    }

    /// Records the client's new window size; the terminal's viewport is resized separately.
    pub fn set_size(&mut self, size: (u16, u16)) {
        self.size = Size::new(size.0, size.1);
    }

    /// Appends raw bytes (mode switches, a farewell line) to what will be sent next.
    pub fn write_raw(&mut self, bytes: &[u8]) {
        self.output.lock().extend_from_slice(bytes);
    }

    /// Everything drawn since the last call, leaving the buffer empty (its capacity is kept for the next frame,
    /// unless one unusual frame made it large).
    pub fn take_output(&mut self) -> Vec<u8> {
        let mut writer = self.output.lock();
        let out = writer.clone();
        writer.clear();
        if writer.capacity() > 256 * 1024 {
            writer.shrink_to(16 * 1024);
        }
        out
    }
}

impl Backend for ChannelBackend {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    /// Answered from what was last set: asking the client would need a round trip and its reply would arrive as
    /// input.
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let position = position.into();
        self.cursor = position;
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
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

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::widgets::Paragraph;
    use ratatui::{Terminal, TerminalOptions, Viewport};

    fn terminal(size: (u16, u16)) -> Terminal<ChannelBackend> {
        Terminal::with_options(
            ChannelBackend::new(size),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, size.0, size.1)),
            },
        )
        .unwrap()
    }

    #[test]
    fn sizes_are_clamped() {
        assert_eq!(clamp_size(0, 0), (80, 24));
        assert_eq!(clamp_size(0, 50), (80, 24));
        assert_eq!(clamp_size(120, 40), (120, 40));
        assert_eq!(clamp_size(65535, 65535), (400, 150));
        assert_eq!(clamp_size(u32::MAX, 1), (400, 1));
    }

    #[test]
    fn a_frame_becomes_bytes_and_an_unchanged_frame_writes_almost_nothing() {
        let mut term = terminal((20, 3));
        term.draw(|f| f.render_widget(Paragraph::new("hello"), f.area()))
            .unwrap();
        let first = term.backend_mut().take_output();
        let text = String::from_utf8_lossy(&first);
        assert!(text.contains("hello"), "{text:?}");
        assert!(term.backend_mut().take_output().is_empty());

        term.draw(|f| f.render_widget(Paragraph::new("hello"), f.area()))
            .unwrap();
        let again = term.backend_mut().take_output();
        assert!(!String::from_utf8_lossy(&again).contains("hello"));
        assert!(again.len() < 32, "{again:?}");
    }

    #[test]
    fn resizing_answers_the_new_size_without_a_terminal() {
        let mut term = terminal((80, 24));
        term.backend_mut().set_size((100, 30));
        term.resize(Rect::new(0, 0, 100, 30)).unwrap();
        // Clearing a fixed viewport asks the backend for its size and cursor: both come from the session.
        term.clear().unwrap();
        let mut area = Rect::default();
        term.draw(|f| area = f.area()).unwrap();
        assert_eq!(area, Rect::new(0, 0, 100, 30));
        assert_eq!(term.backend().size().unwrap(), Size::new(100, 30));
    }

    #[test]
    fn raw_bytes_go_out_in_order() {
        let mut term = terminal((10, 2));
        term.backend_mut().write_raw(b"\x1b[?1049h");
        term.draw(|f| f.render_widget(Paragraph::new("x"), f.area()))
            .unwrap();
        let out = term.backend_mut().take_output();
        assert!(out.starts_with(b"\x1b[?1049h"));
    }
}
