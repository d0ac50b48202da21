//! The cells that differ between the frame the terminal shows and the next one: the updates ratatui's
//! `Buffer::diff_iter` yields, in its order, found with cheaper steps (a byte compare for one-byte symbols, widths
//! looked up only for longer ones, positions counted on instead of divided out) and handed straight to a callback.
//!
//! The rules are ratatui's: a cell marked skip is left alone; a wide character covers the cells after it; a
//! character with VS16 (an emoji presentation) has its covered cells sent again where their symbol changed,
//! since some terminals leave them stale; a narrow character where a wide one was has the cells the wide one
//! covered sent again when that one's style showed on blanks (a background, reverse, underline, blink or strike).

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::style::{Color, Modifier};

/// Modifiers that show on a blank cell, so a wide character drawn with them leaves a mark on the cells it covered.
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// Calls `update(x, y, cell)` for every cell of `next` the terminal needs to turn `prev` into `next`, in screen
/// order. The buffers are compared cell by cell over the shorter of the two; positions are in `next`'s area.
pub fn for_each_update<'a>(
    prev: &Buffer,
    next: &'a Buffer,
    update: impl FnMut(u16, u16, &'a Cell),
) {
    let len = prev.content.len().min(next.content.len());
    diff(&prev.content[..len], next, len, update);
}

/// Calls `update(x, y, cell)` for every cell of `next` a blank terminal needs to show `next`: the same updates as
/// against a buffer of blank cells, without one.
pub fn for_each_update_from_blank<'a>(next: &'a Buffer, update: impl FnMut(u16, u16, &'a Cell)) {
    diff(&Blank, next, next.content.len(), update);
}

/// The cells the terminal shows, by index: a buffer's, or blanks everywhere.
trait Shown {
    fn cell(&self, index: usize) -> &Cell;
}

impl Shown for [Cell] {
    #[inline]
    fn cell(&self, index: usize) -> &Cell {
        &self[index]
    }
}

/// A terminal that shows nothing yet (just cleared, or never drawn on).
struct Blank;

static BLANK: Cell = Cell::EMPTY;

impl Shown for Blank {
    #[inline]
    fn cell(&self, _: usize) -> &Cell {
        &BLANK
    }
}

/// The updates over `next`'s first `len` cells (`prev` has at least that many).
fn diff<'a, P: Shown + ?Sized>(
    prev: &P,
    next: &'a Buffer,
    len: usize,
    mut update: impl FnMut(u16, u16, &'a Cell),
) {
    let cells = &next.content[..len];
    let mut at = Positions::new(next.area.x, next.area.y, next.area.width);
    let mut pos = 0;
    while pos < len {
        let i = pos;
        pos += 1;
        let (current, previous) = (&cells[i], prev.cell(i));
        match current.diff_option {
            CellDiffOption::Skip => {}
            _ if skipped(current) => {}
            CellDiffOption::ForcedWidth(width) => {
                pos = pos.saturating_add(usize::from(width.get()) - 1);
                if !same(current, previous) {
                    send(&mut at, cells, &mut update, i);
                }
            }
            CellDiffOption::None | CellDiffOption::AlwaysUpdate => {
                let symbol = current.symbol();
                let always = current.diff_option == CellDiffOption::AlwaysUpdate;
                if !always
                    && same_symbol(symbol, previous.symbol())
                    && same_style(current, previous)
                {
                    // An unchanged wide character still covers the cells after it.
                    pos += symbol_width(symbol).saturating_sub(1);
                    continue;
                }
                let width = symbol_width(symbol);
                send(&mut at, cells, &mut update, i);
                if width > 1 {
                    if symbol.contains('\u{FE0F}') {
                        let mut send = |j| send(&mut at, cells, &mut update, j);
                        pos = trailing(prev, cells, i + 1, i + width, false, &mut send);
                    } else {
                        pos += width - 1;
                    }
                } else if cell_width(previous) > width
                    && (previous.bg != Color::Reset
                        || previous.modifier.intersects(VISIBLE_ON_BLANK))
                {
                    let mut send = |j| send(&mut at, cells, &mut update, j);
                    pos = trailing(
                        prev,
                        cells,
                        i + 1,
                        i + cell_width(previous),
                        true,
                        &mut send,
                    );
                }
            }
        }
    }
}

/// Hands cell `i` to `update` at its position, in line.
#[inline(always)]
fn send<'a>(
    at: &mut Positions,
    cells: &'a [Cell],
    update: &mut impl FnMut(u16, u16, &'a Cell),
    i: usize,
) {
    let (x, y) = at.of(i);
    update(x, y, &cells[i]);
}

/// The updates as a list, for comparing with ratatui's.
pub fn updates<'a>(prev: &Buffer, next: &'a Buffer) -> Vec<(u16, u16, &'a Cell)> {
    let mut list = Vec::new();
    for_each_update(prev, next, |x, y, cell| list.push((x, y, cell)));
    list
}

/// Sends the cells from `from` to `to` that a wide character covered or covers (all of them when `force`, else
/// those whose symbol changed), stepping over wide characters among them; returns where the diff goes on.
/// Ratatui would read past the end of the buffer for a wide character in its last cell; this stops there.
fn trailing<P: Shown + ?Sized>(
    prev: &P,
    next: &[Cell],
    from: usize,
    to: usize,
    force: bool,
    send: &mut impl FnMut(usize),
) -> usize {
    let len = next.len();
    let (mut j, mut end) = (from, to.min(len));
    while j < end {
        let cell = &next[j];
        let at = j;
        j += cell_width(cell).max(1);
        end = end.max(j).min(len);
        if !skipped(cell) && (force || !same_symbol(prev.cell(at).symbol(), cell.symbol())) {
            send(at);
        }
    }
    end
}

/// Screen positions of increasing cell indices, counted on from the last one instead of divided out.
struct Positions {
    x: u16,
    y: u16,
    width: usize,
    row_start: usize,
    row: usize,
}

impl Positions {
    fn new(x: u16, y: u16, width: u16) -> Positions {
        Positions {
            x,
            y,
            width: usize::from(width).max(1),
            row_start: 0,
            row: 0,
        }
    }

    /// The position of cell `index`, no smaller than the index asked before.
    fn of(&mut self, index: usize) -> (u16, u16) {
        while index >= self.row_start + self.width {
            self.row_start += self.width;
            self.row += 1;
        }
        // As ratatui's positions do, these wrap past the largest u16.
        let x = (index - self.row_start + usize::from(self.x)) as u16;
        let y = (self.row + usize::from(self.y)) as u16;
        (x, y)
    }
}

/// Ratatui's skip: the skip option, or the older skip flag on a cell with no option.
#[inline]
#[allow(deprecated)]
pub(super) fn skipped(cell: &Cell) -> bool {
    matches!(cell.diff_option, CellDiffOption::Skip)
        || (cell.skip && matches!(cell.diff_option, CellDiffOption::None))
}

/// Ratatui's cell equality (no symbol counts as a space), the symbol first since it differs most often.
#[inline]
fn same(a: &Cell, b: &Cell) -> bool {
    same_symbol(a.symbol(), b.symbol()) && same_style(a, b)
}

/// The rest of ratatui's cell equality: everything but the symbol. Always inlined: against a blank terminal
/// each compare is with a constant, and a call for each blank cell cost more than the compares.
#[inline(always)]
#[allow(deprecated)]
fn same_style(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg
        && a.bg == b.bg
        && a.modifier == b.modifier
        && a.underline_color == b.underline_color
        && a.diff_option == b.diff_option
        && a.skip == b.skip
}

/// Two symbols are the same; one byte each is one compare.
#[inline]
fn same_symbol(a: &str, b: &str) -> bool {
    match (a.as_bytes(), b.as_bytes()) {
        ([a], [b]) => a == b,
        (a, b) => a == b,
    }
}

/// The columns a cell takes, as ratatui counts them: its forced width, else its symbol's.
#[inline]
fn cell_width(cell: &Cell) -> usize {
    match cell.diff_option {
        CellDiffOption::ForcedWidth(width) => usize::from(width.get()),
        _ => symbol_width(cell.symbol()),
    }
}

/// The columns a symbol takes, as ratatui counts them: one for a single byte (always ASCII), one a char for chars
/// that are always one cell (box drawing, Cyrillic, punctuation: what most multi-byte cells hold), else ratatui's
/// count (Unicode's widths, plus a column for each halfwidth sound mark). The single byte, most cells, is
/// counted in line.
#[inline(always)]
fn symbol_width(symbol: &str) -> usize {
    if symbol.len() == 1 {
        1
    } else {
        longer_symbol_width(symbol)
    }
}

#[inline(never)]
fn longer_symbol_width(symbol: &str) -> usize {
    if symbol.chars().all(crate::text::one_cell) {
        symbol.chars().count()
    } else {
        usize::from(symbol.cell_width())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;
    use std::num::NonZeroU16;

    fn same_as_ratatui(prev: &Buffer, next: &Buffer) {
        let ours = updates(prev, next);
        let theirs: Vec<_> = prev.diff_iter(next).collect();
        assert_eq!(ours, theirs);
    }

    fn line(text: &str, style: Style) -> Buffer {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 6, 2));
        buffer.set_string(0, 0, text, style);
        buffer
    }

    #[test]
    fn plain_and_wide_text_as_ratatui() {
        let plain = Style::new();
        let cases = [
            ("abc", "abd"),
            ("コ", "aa"),
            ("a ", "コ"),
            ("aaa", "aコ"),
            ("コa", "コa"),
        ];
        for (before, after) in cases {
            same_as_ratatui(&line(before, plain), &line(after, plain));
        }
    }

    #[test]
    fn a_narrow_letter_after_a_wide_one_with_a_background_redraws_the_covered_cell() {
        let blue = Style::new().bg(Color::Blue);
        let (prev, next) = (line("コ", blue), line("a", Style::new()));
        same_as_ratatui(&prev, &next);
        assert_eq!(updates(&prev, &next).len(), 2);
    }

    #[test]
    fn vs16_emoji_checks_the_cell_it_covers() {
        let plain = Style::new();
        same_as_ratatui(&line("ab", plain), &line("\u{2764}\u{FE0F}", plain));
        same_as_ratatui(&line("\u{2764}\u{FE0F}", plain), &line("ab", plain));
    }

    #[test]
    fn skipped_and_forced_cells_as_ratatui() {
        let prev = line("abcdef", Style::new());
        let mut next = line("uvwxyz", Style::new());
        next.content[1].set_diff_option(CellDiffOption::Skip);
        next.content[2].set_diff_option(CellDiffOption::ForcedWidth(
            NonZeroU16::MIN.saturating_add(1),
        ));
        next.content[5].set_diff_option(CellDiffOption::AlwaysUpdate);
        same_as_ratatui(&prev, &next);
        same_as_ratatui(&next, &next);
    }

    #[test]
    fn a_wide_character_in_the_last_cell_does_not_read_past_the_end() {
        let mut prev = Buffer::empty(Rect::new(0, 0, 3, 1));
        prev.content[2].set_symbol("コ").set_bg(Color::Red);
        let next = Buffer::empty(Rect::new(0, 0, 3, 1));
        assert_eq!(updates(&prev, &next).len(), 1);
    }

    #[test]
    fn from_blank_is_the_diff_against_a_blank_buffer() {
        let mut next = Buffer::empty(Rect::new(1, 2, 6, 3));
        next.set_string(1, 2, "aコ\u{2764}\u{FE0F}b", Style::new().bg(Color::Blue));
        next.set_string(2, 4, "x y", Style::new());
        next.content[7].set_diff_option(CellDiffOption::AlwaysUpdate);
        let mut from_blank = Vec::new();
        for_each_update_from_blank(&next, |x, y, c| from_blank.push((x, y, c)));
        assert_eq!(from_blank, updates(&Buffer::empty(next.area), &next));
        assert!(from_blank.len() > 5);
    }

    #[test]
    fn positions_count_on_across_rows_and_from_the_area_origin() {
        let area = Rect::new(2, 3, 4, 3);
        let prev = Buffer::empty(area);
        let mut next = Buffer::empty(area);
        for i in [0, 3, 4, 9, 11] {
            next.content[i].set_symbol("x");
        }
        same_as_ratatui(&prev, &next);
    }
}
