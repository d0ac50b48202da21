//! Cells written straight into a buffer's rows, each one whole (symbol and style on a blank cell), for a pop-up
//! that covers every cell of its area and so needs no `Clear` beneath it.
//!
//! Text whose every char stands alone as one column wide (printable ASCII and a few glyphs the app draws) is
//! written a char to a cell from a table of ready cells; other text goes through `Buffer::set_stringn`, which
//! splits it into graphemes, on cells blanked first. Either way a cell ends as `Clear` and then the same
//! `set_stringn` would leave it.

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::Style;
use std::sync::LazyLock;

/// Glyphs outside ASCII that the search's rows draw (an ellipsis, the pointer, the cursor, a separator): each
/// is a grapheme of its own, one column wide, next to anything the fast path lets through.
const GLYPHS: [char; 4] = ['…', '▶', '▏', '·'];

/// A blank cell holding each printable ASCII char, then each of `GLYPHS`: cloned instead of building a symbol
/// for every cell.
static READY: LazyLock<Vec<Cell>> = LazyLock::new(|| {
    (' '..='~')
        .chain(GLYPHS)
        .map(|c| {
            let mut cell = Cell::EMPTY;
            cell.set_char(c);
            cell
        })
        .collect()
});

/// Where `READY` holds `c` (a `simple` char).
fn ready(c: char) -> Option<usize> {
    match c {
        ' '..='~' => Some(c as usize - ' ' as usize),
        _ => GLYPHS
            .iter()
            .position(|&g| g == c)
            .map(|i| i + ('~' as usize - ' ' as usize + 1)),
    }
}

/// Whether `c` is drawn as one cell of its own by `set_stringn` whatever its neighbours (of the same kind) are.
pub fn simple(c: char) -> bool {
    ready(c).is_some()
}

/// Whether every char of `text` is `simple`.
pub fn all_simple(text: &str) -> bool {
    text.chars().all(simple)
}

/// A buffer written a row at a time; columns are absolute, like the buffer's own.
pub struct Cells<'b> {
    buf: &'b mut Buffer,
    /// `READY` in each style used so far: a frame draws in a handful of styles, and a cell copied whole costs
    /// less than a symbol and a style set on it.
    styled: Vec<(Style, Vec<Cell>)>,
}

impl<'b> Cells<'b> {
    pub fn new(buf: &'b mut Buffer) -> Cells<'b> {
        Cells {
            buf,
            styled: Vec::new(),
        }
    }

    /// Where `styled` holds `READY` in `style`, made on first use.
    fn table(&mut self, style: Style) -> usize {
        if let Some(at) = self.styled.iter().position(|(s, _)| *s == style) {
            return at;
        }
        let cells = READY
            .iter()
            .map(|ready| {
                let mut cell = ready.clone();
                cell.set_style(style);
                cell
            })
            .collect();
        self.styled.push((style, cells));
        self.styled.len() - 1
    }

    /// The buffer, for drawing that is not a row of text.
    pub fn buffer(&mut self) -> &mut Buffer {
        self.buf
    }

    /// The cells of row `y` from column `x` to `end` (both clipped to the buffer).
    fn span(&mut self, x: u16, y: u16, end: u16) -> &mut [Cell] {
        Cells::row(self.buf, x, y, end)
    }

    fn row(buf: &mut Buffer, x: u16, y: u16, end: u16) -> &mut [Cell] {
        let area = buf.area;
        if y < area.y || y >= area.bottom() {
            return &mut [];
        }
        let row = (y - area.y) as usize * area.width as usize;
        let from = x.clamp(area.x, area.right()) - area.x;
        let to = end.clamp(area.x + from, area.right()) - area.x;
        &mut buf.content[row + from as usize..row + to as usize]
    }

    /// Blanks row `y` from `x` to `end`, as `Clear` does.
    pub fn blank(&mut self, x: u16, y: u16, end: u16) {
        self.span(x, y, end).fill(Cell::EMPTY);
    }

    /// Row `y` from `x` to `end` filled with copies of `cell`.
    pub fn fill(&mut self, x: u16, y: u16, end: u16, cell: &Cell) {
        self.span(x, y, end).fill(cell.clone());
    }

    /// `cell` at (`x`, `y`), if that is in the buffer.
    pub fn set(&mut self, x: u16, y: u16, cell: &Cell) {
        if let Some(at) = self.span(x, y, x.saturating_add(1)).first_mut() {
            *at = cell.clone();
        }
    }

    /// Adds `style` to the cells of row `y` from `x` to `end`, as `Cell::set_style` does.
    pub fn patch(&mut self, x: u16, y: u16, end: u16, style: Style) {
        for cell in self.span(x, y, end) {
            cell.set_style(style);
        }
    }

    /// Writes `text` in `style` on row `y` from `x`, cutting it at `end`; returns the column after it.
    pub fn put(&mut self, x: u16, y: u16, end: u16, text: &str, style: Style) -> u16 {
        if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
            self.put_plain(x, y, end, text, style)
        } else if all_simple(text) {
            self.put_simple(x, y, end, text.chars(), style)
        } else {
            self.put_graphemes(x, y, end, text, style)
        }
    }

    /// Writes printable ASCII, a byte to a cell (any other byte leaves a blank cell).
    pub fn put_plain(&mut self, x: u16, y: u16, end: u16, text: &str, style: Style) -> u16 {
        self.put_indices(
            x,
            y,
            end,
            text.bytes().map(|b| b.wrapping_sub(b' ') as usize),
            style,
        )
    }

    /// Writes `count` spaces.
    pub fn put_spaces(&mut self, x: u16, y: u16, end: u16, count: usize, style: Style) -> u16 {
        self.put_indices(x, y, end, std::iter::repeat_n(0, count), style)
    }

    /// Writes chars that are all `simple`, one to a cell.
    pub fn put_simple(
        &mut self,
        x: u16,
        y: u16,
        end: u16,
        chars: impl Iterator<Item = char>,
        style: Style,
    ) -> u16 {
        let indices = chars.map(|c| ready(c).unwrap_or(usize::MAX));
        self.put_indices(x, y, end, indices, style)
    }

    /// Writes the cells `READY` holds at `indices` (a blank one for an index past its end), in `style`.
    fn put_indices(
        &mut self,
        x: u16,
        y: u16,
        end: u16,
        indices: impl Iterator<Item = usize>,
        style: Style,
    ) -> u16 {
        let at = self.table(style);
        let Cells { buf, styled } = self;
        let table = &styled[at].1;
        let area = buf.area;
        let mut written = 0;
        for (cell, i) in Cells::row(buf, x, y, end).iter_mut().zip(indices) {
            cell.clone_from(table.get(i).unwrap_or(&Cell::EMPTY));
            written += 1;
        }
        x.max(area.x) + written
    }

    /// Writes any text through `set_stringn`, on cells blanked first.
    fn put_graphemes(&mut self, x: u16, y: u16, end: u16, text: &str, style: Style) -> u16 {
        let end = end.min(self.buf.area.right());
        if x >= end || y < self.buf.area.y || y >= self.buf.area.bottom() {
            return x;
        }
        self.blank(x, y, end);
        self.buf
            .set_stringn(x, y, text, (end - x) as usize, style)
            .0
    }

    /// Writes `text` fitted to `width` columns (`text::fit`: cut with an ellipsis or padded with spaces).
    pub fn put_fitted(
        &mut self,
        x: u16,
        y: u16,
        end: u16,
        text: &str,
        width: usize,
        style: Style,
    ) -> u16 {
        if !all_simple(text) {
            return self.put(x, y, end, &crate::text::fit(text, width), style);
        }
        let chars = text.chars().count();
        let end = end.min(x.saturating_add(width.min(u16::MAX as usize) as u16));
        if chars <= width {
            let x = self.put(x, y, end, text, style);
            return self.put_spaces(x, y, end, width - chars, style);
        }
        let kept = text.chars().take(width.saturating_sub(1));
        let ellipsis = (width > 0).then_some('…');
        self.put_simple(x, y, end, kept.chain(ellipsis), style)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier};

    /// The same text drawn the way ratatui does it (a cleared cell, then `set_stringn`) and through `Cells`.
    fn both(text: &str, width: u16) -> (Buffer, Buffer) {
        let area = Rect::new(2, 1, 12, 2);
        let style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
        let mut junk = Buffer::filled(area, Cell::new("x"));
        junk.set_style(
            area,
            Style::new().bg(Color::Blue).add_modifier(Modifier::ITALIC),
        );
        let mut expected = junk.clone();
        for x in 3..(3 + width).min(area.right()) {
            expected[(x, 2)].reset();
        }
        expected.set_stringn(3, 2, text, width as usize, style);
        let mut got = junk;
        let mut cells = Cells::new(&mut got);
        let end = cells.put(3, 2, 3 + width, text, style);
        cells.blank(end, 2, 3 + width);
        (expected, got)
    }

    #[test]
    fn cells_are_what_a_cleared_set_stringn_leaves() {
        for text in [
            "Senate",
            "…upper house…",
            "▶ Parliament · x",
            "Сенат",
            "漢字 wide",
            "e\u{301}lu",
            "",
        ] {
            for width in [0, 1, 4, 11, 30] {
                let (expected, got) = both(text, width);
                assert_eq!(expected, got, "{text:?} in {width}");
            }
        }
    }

    #[test]
    fn fitted_text_is_text_fit() {
        let area = Rect::new(0, 0, 10, 1);
        for text in ["", "abc", "abcdefgh", "abcdefghijkl", "Сенат Парламента"] {
            for width in [0, 1, 3, 8, 10] {
                let mut expected = Buffer::empty(area);
                expected.set_stringn(0, 0, crate::text::fit(text, width), 10, Style::new());
                let mut got = Buffer::empty(area);
                Cells::new(&mut got).put_fitted(0, 0, 10, text, width, Style::new());
                assert_eq!(expected, got, "{text:?} in {width}");
            }
        }
    }
}
