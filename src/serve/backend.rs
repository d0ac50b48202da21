//! One SSH session's screen as bytes: the shared `output::Screen`, sized by the client's pty and window-change
//! requests (nothing here ever asks the server's own terminal; the server has none).

use crate::output::Screen;

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

/// The screen for a session of `size` whose terminal `term` names (from the client's pty request): scroll
/// regions unless the terminal is dumb or the server's operator turned them off.
pub fn channel_screen(size: (u16, u16), term: Option<&str>) -> Screen {
    let switch = std::env::var(crate::output::SCROLL_REGIONS_VAR).ok();
    Screen::new(
        size,
        crate::output::scroll_regions_allowed(switch.as_deref(), term),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_clamped() {
        assert_eq!(clamp_size(0, 0), (80, 24));
        assert_eq!(clamp_size(0, 50), (80, 24));
        assert_eq!(clamp_size(120, 40), (120, 40));
        assert_eq!(clamp_size(65535, 65535), (400, 150));
        assert_eq!(clamp_size(u32::MAX, 1), (400, 1));
    }
}
