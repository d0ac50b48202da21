//! One SSH session's screen as bytes: the shared byte backend, sized by the client's pty and window-change
//! requests (nothing here ever asks the server's own terminal; the server has none).

use crate::output::ByteBackend;

/// The size used when a client asks for a pty of zero columns or rows.
pub const DEFAULT_SIZE: (u16, u16) = (80, 24);
/// The largest screen a session may have: every cell costs memory twice (the frame being drawn and the frame
/// the terminal shows).
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

/// A session's screen: frames encoded into a byte buffer that the session sends to its channel.
pub type ChannelBackend = ByteBackend;

/// The backend for a session of `size` whose terminal `term` names (from the client's pty request): scroll
/// regions unless the terminal is dumb or the server's operator turned them off.
pub fn channel_backend(size: (u16, u16), term: Option<&str>) -> ChannelBackend {
    let switch = std::env::var(crate::output::SCROLL_REGIONS_VAR).ok();
    ByteBackend::new(
        size,
        crate::output::scroll_regions_allowed(switch.as_deref(), term),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::Backend;
    use ratatui::layout::{Rect, Size};
    use ratatui::widgets::Paragraph;
    use ratatui::{Terminal, TerminalOptions, Viewport};

    fn terminal(size: (u16, u16)) -> Terminal<ChannelBackend> {
        Terminal::with_options(
            channel_backend(size, Some("xterm")),
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
    fn a_frame_becomes_bytes_and_an_unchanged_frame_writes_nothing() {
        let mut term = terminal((20, 3));
        crate::output::draw(&mut term, None, |f| {
            f.render_widget(Paragraph::new("hello"), f.area())
        })
        .unwrap();
        let first = term.backend_mut().take_output();
        let text = String::from_utf8_lossy(&first);
        assert!(text.contains("hello"), "{text:?}");
        assert!(term.backend_mut().take_output().is_empty());

        crate::output::draw(&mut term, None, |f| {
            f.render_widget(Paragraph::new("hello"), f.area())
        })
        .unwrap();
        let again = term.backend_mut().take_output();
        assert!(!String::from_utf8_lossy(&again).contains("hello"));
        assert!(again.is_empty(), "{again:?}");
    }

    #[test]
    fn resizing_answers_the_new_size_without_a_terminal() {
        let mut term = terminal((80, 24));
        term.backend_mut().set_size((100, 30));
        term.resize(Rect::new(0, 0, 100, 30)).unwrap();
        // Clearing a fixed viewport asks the backend for its size and cursor: both come from the session.
        term.clear().unwrap();
        let mut area = Rect::default();
        crate::output::draw(&mut term, None, |f| area = f.area()).unwrap();
        assert_eq!(area, Rect::new(0, 0, 100, 30));
        assert_eq!(term.backend().size().unwrap(), Size::new(100, 30));
    }

    #[test]
    fn raw_bytes_go_out_in_order() {
        let mut term = terminal((10, 2));
        term.backend_mut().write_raw(b"\x1b[?1049h");
        crate::output::draw(&mut term, None, |f| {
            f.render_widget(Paragraph::new("x"), f.area())
        })
        .unwrap();
        let out = term.backend_mut().take_output();
        assert!(out.starts_with(b"\x1b[?1049h"));
    }
}
