//! Frames for the diagram's pane and panel, drawn cell by cell: a Block would restyle every cell of the area,
//! which at 200x60 costs more than the whole diagram.

use crate::text::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::Line;
use unicode_width::UnicodeWidthChar;
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
        set_line(buf, area.x, area.y + row as u16, line, area.width);
    }
}

/// A character that is a whole grapheme one cell wide on its own, whatever follows it: no control, nothing
/// combining, no wide or joining scripts.
fn single_cell(c: char) -> bool {
    !c.is_control() && (c as u32) < 0x3000 && c.width() == Some(1)
}

/// What `Buffer::set_line` writes, cell by cell where every character is `single_cell` (most text), which
/// skips splitting it into graphemes; other spans go through the buffer's own writer.
fn set_line(buf: &mut Buffer, x: u16, y: u16, line: &Line, max_width: u16) {
    let right = buf.area.right();
    let (mut x, mut remaining) = (x, max_width);
    for span in line {
        if remaining == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        if span.content.chars().all(single_cell) {
            let room = remaining.min(right.saturating_sub(x));
            let mut used = 0;
            for c in span.content.chars().take(room as usize) {
                buf[(x + used, y)].set_char(c).set_style(style);
                used += 1;
            }
            x += used;
            remaining -= used;
        } else {
            let end = buf.set_stringn(x, y, span.content.as_ref(), remaining as usize, style);
            remaining = remaining.saturating_sub(end.0.saturating_sub(x));
            x = end.0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Style};
    use ratatui::text::Span;

    #[test]
    fn lines_are_written_as_the_buffer_writes_them() {
        let samples = [
            Line::from(vec![
                Span::styled("Court: ", Style::new().fg(Color::Yellow)),
                Span::raw("hears appeals — from the oblast courts → Supreme Court"),
            ]),
            Line::from("Верховный суд ▶ ✓ ○ café e\u{301} 漢字 x"),
            Line::from(
                "tab\there and a very long line that runs past the edge of the area it is given",
            ),
            Line::styled("styled", Style::new().bg(Color::Blue)),
        ];
        for width in [0, 1, 5, 17, 40, 90] {
            let area = Rect::new(3, 1, width, 4);
            let (mut ours, mut theirs) = (
                Buffer::empty(Rect::new(0, 0, 60, 6)),
                Buffer::empty(Rect::new(0, 0, 60, 6)),
            );
            lines(&mut ours, area, &samples);
            for (row, line) in samples.iter().enumerate() {
                theirs.set_line(area.x, area.y + row as u16, line, area.width);
            }
            assert_eq!(ours, theirs, "width {width}");
        }
    }
}
