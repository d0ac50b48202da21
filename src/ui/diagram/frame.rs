//! Frames for the diagram's pane and panel, drawn cell by cell: a Block would restyle every cell of the area,
//! which at 200x60 costs more than the whole diagram.

use crate::text::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

/// Which sides of a frame are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sides {
    All,
    Top,
    TopLeft,
}

/// Draws the frame's lines in `style` with the glyphs of `set`, the title on its top line from the left and
/// `right` at its right end.
pub fn frame(
    buf: &mut Buffer,
    area: Rect,
    sides: Sides,
    (style, set): (Style, &border::Set),
    title: (&str, Style),
    right: &str,
) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let (x0, y0) = (area.x, area.y);
    let (x1, y1) = (area.right() - 1, area.bottom() - 1);
    for x in x0..=x1 {
        buf[(x, y0)].set_symbol(set.horizontal_top).set_style(style);
    }
    let left = matches!(sides, Sides::All | Sides::TopLeft);
    if left {
        for y in y0 + 1..=y1 {
            buf[(x0, y)].set_symbol(set.vertical_left).set_style(style);
        }
        buf[(x0, y0)].set_symbol(set.top_left);
    }
    if sides == Sides::All && area.width > 1 && area.height > 1 {
        for x in x0..=x1 {
            buf[(x, y1)]
                .set_symbol(set.horizontal_bottom)
                .set_style(style);
        }
        for y in y0..=y1 {
            buf[(x1, y)].set_symbol(set.vertical_right).set_style(style);
        }
        buf[(x1, y0)].set_symbol(set.top_right);
        buf[(x0, y1)].set_symbol(set.bottom_left);
        buf[(x1, y1)].set_symbol(set.bottom_right);
    }
    // Titles sit between the corners that are drawn, as a Block puts them.
    let start = x0 + left as u16;
    let end = if sides == Sides::All { x1 } else { x1 + 1 };
    let inner = end.saturating_sub(start) as usize;
    let right_w = right.width();
    let title_room = inner.saturating_sub(if right_w > 0 { right_w + 1 } else { 0 });
    let text = truncate(title.0, title_room);
    buf.set_stringn(start, y0, &text, title_room, title.1);
    if right_w > 0 && right_w <= inner {
        buf.set_string(end - right_w as u16, y0, right, style);
    }
}

/// Lines into `area`, one per row, from the first; what does not fit is cut.
pub fn lines(buf: &mut Buffer, area: Rect, lines: &[Line]) {
    for (row, line) in lines.iter().take(area.height as usize).enumerate() {
        buf.set_line(area.x, area.y + row as u16, line, area.width);
    }
}
