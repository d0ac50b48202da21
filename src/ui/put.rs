//! Text written into a buffer exactly as `Buffer::set_stringn` and `set_line` write it, without splitting it into
//! graphemes when every char of it is a one-column grapheme of its own (most of the dataset's text, Cyrillic and
//! typographic punctuation included): the split is where a frame spent much of its time.

use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::Line;

use crate::text::one_cell;

/// `Buffer::set_stringn`, the same cells and the same position returned.
pub fn put_str(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    text: impl AsRef<str>,
    max_width: usize,
    style: impl Into<Style>,
) -> (u16, u16) {
    let (text, style) = (text.as_ref(), style.into());
    if !text.chars().all(one_cell) {
        return buf.set_stringn(x, y, text, max_width, style);
    }
    let max_width = u16::try_from(max_width).unwrap_or(u16::MAX);
    let room = buf.area.right().saturating_sub(x).min(max_width);
    if room == 0 || text.is_empty() {
        return (x, y);
    }
    // The row's cells from `x` (indexing panics outside the buffer, as `set_stringn` does).
    let from = buf.index_of(x, y);
    let cells = &mut buf.content[from..from + usize::from(room)];
    let mut drawn = 0;
    for (cell, c) in cells.iter_mut().zip(text.chars()) {
        cell.set_char(c).set_style(style);
        drawn += 1;
    }
    (x + drawn, y)
}

/// `Buffer::set_line` for `width` columns from (`x`, `y`), clipped to the buffer.
pub fn put_line(buf: &mut Buffer, x: u16, y: u16, line: &Line, width: u16) {
    let end = x.saturating_add(width).min(buf.area.right());
    let mut at = x;
    for span in &line.spans {
        if at >= end {
            break;
        }
        let style = line.style.patch(span.style);
        at = put_str(buf, at, y, &span.content, usize::from(end - at), style).0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;

    fn both(text: &str, x: u16, width: usize) -> (Buffer, Buffer, (u16, u16), (u16, u16)) {
        let area = Rect::new(0, 0, 12, 1);
        let style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
        let (mut theirs, mut ours) = (Buffer::empty(area), Buffer::empty(area));
        let a = theirs.set_stringn(x, 0, text, width, style);
        let b = put_str(&mut ours, x, 0, text, width, style);
        (theirs, ours, a, b)
    }

    #[test]
    fn every_one_cell_char_is_drawn_as_set_stringn_draws_it_beside_anything_of_its_kind() {
        let chars = crate::text::one_cell_chars();
        assert!(chars.len() > 1300, "{}", chars.len());
        for &c in &chars {
            for text in [format!("a{c}b"), format!("{c}{c}"), format!("{c}a{c}")] {
                let (theirs, ours, a, b) = both(&text, 1, 20);
                assert_eq!(a, b, "{c:?} U+{:04X}", c as u32);
                assert_eq!(theirs, ours, "{c:?} U+{:04X}", c as u32);
            }
        }
        // Neighbours from across the ranges.
        for pair in chars.windows(2).step_by(7) {
            let text: String = pair.iter().chain(chars.iter().rev().take(3)).collect();
            let (theirs, ours, a, b) = both(&text, 0, 20);
            assert_eq!((a, theirs), (b, ours), "{text:?}");
        }
    }

    #[test]
    fn chars_that_join_or_take_two_columns_are_not_one_cell() {
        for c in [
            '\u{301}', '\u{483}', '\u{200D}', '\u{FE0F}', '\u{AD}', '\t', '\u{7F}', '\u{85}', '世',
            '▶',
        ] {
            assert!(!one_cell(c), "{c:?}");
        }
    }

    #[test]
    fn the_width_the_buffer_and_other_text_cut_as_set_stringn_cuts() {
        for text in [
            "Палата — закон°",
            "plain text that runs on",
            "e\u{301}t\u{e9} 世界 mixed",
            "tab\there",
            "",
        ] {
            for (x, width) in [(0, 20), (3, 4), (11, 5), (12, 3), (5, 0)] {
                let (theirs, ours, a, b) = both(text, x, width);
                assert_eq!((a, theirs), (b, ours), "{text:?} at {x} in {width}");
            }
        }
    }

    #[test]
    fn a_line_is_drawn_as_set_line_draws_it() {
        let line = Line::from(vec![
            Span::styled("Кеңес ", Style::new().fg(Color::Blue)),
            Span::raw("— 98 seats… "),
            Span::styled(
                "a\u{301}nd 世界",
                Style::new().add_modifier(Modifier::ITALIC),
            ),
        ])
        .style(Style::new().bg(Color::Black));
        for width in [0, 5, 9, 17, 40] {
            let area = Rect::new(0, 0, 30, 2);
            let (mut theirs, mut ours) = (Buffer::empty(area), Buffer::empty(area));
            theirs.set_line(2, 1, &line, width);
            put_line(&mut ours, 2, 1, &line, width);
            assert_eq!(theirs, ours, "width {width}");
        }
    }
}
