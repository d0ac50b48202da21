//! What a session puts on the visitor's terminal besides the app: the switch into and out of the app's screen, the
//! idle warning, and the last line.

use crate::strings::Strings;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

/// Alternate screen, hidden cursor, mouse clicks and wheel (SGR coordinates), a clear screen. Mouse motion is not
/// asked for: it would be a stream of input that the app ignores.
pub const ENTER: &[u8] =
    b"\x1b[?1049h\x1b[?25l\x1b[?1000h\x1b[?1002h\x1b[?1006h\x1b[0m\x1b[2J\x1b[H";

/// The reverse of `ENTER`, so the visitor's terminal is as it was: attributes reset, mouse off, cursor shown,
/// main screen back.
pub const LEAVE: &[u8] = b"\x1b[0m\x1b[?1006l\x1b[?1002l\x1b[?1000l\x1b[?25h\x1b[?1049l";

/// The line shown on the main screen after the session, in `\r\n` since no terminal driver adds the `\r`.
pub fn farewell(text: &str) -> Vec<u8> {
    let mut out = LEAVE.to_vec();
    out.extend_from_slice(format!("polity: {text}\r\n").as_bytes());
    out
}

/// A bar across the bottom row warning that the session is about to end for lack of input.
pub fn idle_warning(area: Rect, buf: &mut Buffer, seconds_left: u64, w: &'static Strings) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let row = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    let text = (w.idle_warning)(seconds_left);
    let style = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
    buf.set_style(row, style);
    crate::ui::put::put_str(buf, row.x, row.y, text, row.width as usize, style);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leave_undoes_enter() {
        for (on, off) in [
            ("\x1b[?1049h", "\x1b[?1049l"),
            ("\x1b[?25l", "\x1b[?25h"),
            ("\x1b[?1000h", "\x1b[?1000l"),
            ("\x1b[?1002h", "\x1b[?1002l"),
            ("\x1b[?1006h", "\x1b[?1006l"),
        ] {
            assert!(ENTER.windows(on.len()).any(|w| w == on.as_bytes()));
            assert!(LEAVE.windows(off.len()).any(|w| w == off.as_bytes()));
        }
        assert!(farewell("bye").ends_with(b"polity: bye\r\n"));
    }

    #[test]
    fn the_warning_fits_any_width() {
        for width in [1, 10, 80, 200] {
            let mut buffer = Buffer::empty(Rect::new(0, 0, width, 3));
            idle_warning(buffer.area, &mut buffer, 25, &crate::strings::EN);
            let last: String = (0..width).map(|x| buffer[(x, 2)].symbol()).collect();
            if width >= 80 {
                assert!(last.contains("ends in 25 s"), "{last}");
            }
        }
    }
}
