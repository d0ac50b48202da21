//! The frame the terminal shows, kept to diff the next one against; when a page scrolled, the terminal moves the
//! page's rows itself (a scroll region) and only what that leaves different is drawn.

use super::ScrollHint;
use super::diff::{for_each_update, for_each_update_from_blank};
use super::encode::{Encoder, move_to, number};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use std::ops::Range;

/// What the terminal shows, as far as this side knows, and the page scroll it showed.
pub struct Painter {
    /// The last frame sent, when the terminal still shows it; its cells mean nothing while `blank`.
    shown: Buffer,
    /// The size of the frames drawn so far.
    area: Rect,
    /// The terminal shows nothing: it was just cleared, or nothing was drawn yet. The next frame is sent whole,
    /// diffed against blank cells without a buffer of them, so the first frame costs no second buffer.
    blank: bool,
    hint: Option<ScrollHint>,
    scroll_regions: bool,
}

/// A page's rows moved on the terminal: `lines` up (positive, the page went down) or down (negative).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Scroll {
    rows: Range<u16>,
    lines: isize,
}

impl Painter {
    pub fn new(scroll_regions: bool) -> Painter {
        Painter {
            shown: Buffer::empty(Rect::ZERO),
            area: Rect::ZERO,
            blank: true,
            hint: None,
            scroll_regions,
        }
    }

    /// Appends to `out` what turns the shown frame into `frame`, which becomes the shown frame. `frame` is left
    /// blank for the next frame to be drawn into, its memory reused, or with no cells at all when there was no
    /// buffer of its size to reuse (after the first frame). Returns how many cells were sent.
    pub fn paint(
        &mut self,
        frame: &mut Buffer,
        hint: Option<ScrollHint>,
        out: &mut Vec<u8>,
    ) -> usize {
        if self.area != frame.area {
            // A new size: the terminal was cleared when the size changed, or this is the first frame.
            self.area = frame.area;
            self.forget();
        }
        let scroll = self.worth_scrolling(frame, hint.as_ref());
        self.hint = hint;
        let start = out.len();
        // The cursor stays hidden: the app never shows it, and a terminal reset may have shown it.
        out.extend_from_slice(b"\x1b[?25l");
        let body = out.len();
        if let Some(scroll) = scroll {
            scroll_terminal(&scroll, out);
            shift(&mut self.shown, &scroll);
        }
        let mut encoder = Encoder::over(out, frame);
        if self.blank {
            for_each_update_from_blank(frame, |x, y, cell| encoder.cell(x, y, cell));
        } else {
            for_each_update(&self.shown, frame, |x, y, cell| encoder.cell(x, y, cell));
        }
        let cells = encoder.finish();
        if out.len() == body {
            out.truncate(start);
        }
        std::mem::swap(&mut self.shown, frame);
        self.blank = false;
        if frame.area == self.area {
            frame.reset();
        } else {
            // Left for the caller to make when it next draws: at start-up, after the first frame is out.
            *frame = Buffer::empty(Rect::ZERO);
        }
        cells
    }

    /// The terminal shows nothing this side knows of (it was cleared): the next frame is drawn whole.
    pub fn forget(&mut self) {
        self.blank = true;
        self.hint = None;
    }

    /// Whether the terminal shows nothing this side drew (cleared, or not drawn on yet).
    pub fn shows_nothing(&self) -> bool {
        self.blank
    }

    /// Scrolling when the page moved by fewer lines than its rows and moving the rows leaves fewer cells to draw
    /// than drawing the difference in place; counting both costs one pass over the page's rows.
    fn worth_scrolling(&self, frame: &Buffer, hint: Option<&ScrollHint>) -> Option<Scroll> {
        let (before, now) = (self.hint.as_ref()?, hint?);
        let rows = now.rows.clone();
        if self.blank || !self.scroll_regions || before.rows != rows || rows.end > frame.area.height
        {
            return None;
        }
        let lines = now.offset as isize - before.offset as isize;
        let height = rows.len() as isize;
        if lines == 0 || lines.abs() >= height {
            return None;
        }
        let scroll = Scroll { rows, lines };
        let (mut in_place, mut scrolled) = (0usize, 0usize);
        let width = frame.area.width as usize;
        for y in scroll.rows.clone() {
            let from = y as isize + scroll.lines;
            let new = row(frame, y as usize, width);
            let old = row(&self.shown, y as usize, width);
            in_place += new.iter().zip(old).filter(|(a, b)| a != b).count();
            scrolled += if from >= 0 && scroll.rows.contains(&(from as u16)) {
                let moved = row(&self.shown, from as usize, width);
                new.iter().zip(moved).filter(|(a, b)| a != b).count()
            } else {
                new.iter().filter(|c| **c != Cell::EMPTY).count()
            };
        }
        (scrolled < in_place).then_some(scroll)
    }
}

/// Row `y` of `buffer`, `width` cells wide.
fn row(buffer: &Buffer, y: usize, width: usize) -> &[Cell] {
    &buffer.content[y * width..(y + 1) * width]
}

/// Set the region to the page's rows, move the cursor to its bottom row and feed lines (or to its top row and
/// reverse-index), and reset the region. Line feed and reverse index scroll a region on every terminal that has
/// one, back to the VT100; `CSI S`/`CSI T` came later and not every terminal has them. The SGR reset first makes the rows
/// scrolled in blank in the default colours, as `shift` assumes.
fn scroll_terminal(scroll: &Scroll, out: &mut Vec<u8>) {
    out.extend_from_slice(b"\x1b[0m\x1b[");
    number(out, u32::from(scroll.rows.start) + 1);
    out.push(b';');
    number(out, u32::from(scroll.rows.end));
    out.push(b'r');
    let (row, step): (u16, &[u8]) = if scroll.lines > 0 {
        (scroll.rows.end - 1, b"\n")
    } else {
        (scroll.rows.start, b"\x1bM")
    };
    move_to(out, 0, row);
    for _ in 0..scroll.lines.unsigned_abs() {
        out.extend_from_slice(step);
    }
    out.extend_from_slice(b"\x1b[r");
}

/// The shown frame as the terminal has it after `scroll`: whole rows moved (a scroll region spans the width),
/// the rows scrolled in blank.
fn shift(shown: &mut Buffer, scroll: &Scroll) {
    let width = shown.area.width as usize;
    let rows =
        &mut shown.content[scroll.rows.start as usize * width..scroll.rows.end as usize * width];
    let moved = scroll.lines.unsigned_abs() * width;
    let len = rows.len();
    if scroll.lines > 0 {
        rows.rotate_left(moved);
        rows[len - moved..].fill(Cell::EMPTY);
    } else {
        rows.rotate_right(moved);
        rows[..moved].fill(Cell::EMPTY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(area: Rect, first: usize) -> Buffer {
        let mut buffer = Buffer::empty(area);
        buffer.set_string(0, 0, "title", ratatui::style::Style::new());
        for y in 1..area.height - 1 {
            let letter = char::from(b'a' + ((first + y as usize) % 26) as u8);
            let line: String = std::iter::repeat_n(letter, 30).collect();
            buffer.set_string(0, y, line, ratatui::style::Style::new());
        }
        buffer
    }

    fn hint(offset: usize) -> Option<ScrollHint> {
        Some(ScrollHint { rows: 1..9, offset })
    }

    #[test]
    fn a_page_scrolled_by_a_line_sends_one_line() {
        let area = Rect::new(0, 0, 40, 10);
        let mut painter = Painter::new(true);
        let mut out = Vec::new();
        painter.paint(&mut page(area, 0), hint(0), &mut out);
        out.clear();
        let cells = painter.paint(&mut page(area, 1), hint(1), &mut out);
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("\x1b[2;9r\x1b[9;1H\n\x1b[r"), "{text:?}");
        assert!(cells <= 40, "{cells} cells: {text:?}");
        out.clear();
        painter.paint(&mut page(area, 0), hint(0), &mut out);
        assert!(String::from_utf8_lossy(&out).contains("\x1b[2;9r\x1b[2;1H\x1bM\x1b[r"));
    }

    #[test]
    fn without_scroll_regions_the_difference_is_drawn_in_place() {
        let area = Rect::new(0, 0, 40, 10);
        let mut painter = Painter::new(false);
        let mut out = Vec::new();
        painter.paint(&mut page(area, 0), hint(0), &mut out);
        out.clear();
        painter.paint(&mut page(area, 1), hint(1), &mut out);
        assert!(!String::from_utf8_lossy(&out).contains("\x1b[r"));
    }

    #[test]
    fn an_unchanged_frame_sends_nothing() {
        let area = Rect::new(0, 0, 40, 10);
        let mut painter = Painter::new(true);
        let mut out = Vec::new();
        painter.paint(&mut page(area, 0), hint(0), &mut out);
        out.clear();
        assert_eq!(painter.paint(&mut page(area, 0), hint(0), &mut out), 0);
        assert!(out.is_empty(), "{out:?}");
    }
}
