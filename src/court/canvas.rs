//! Lines on a grid of cells, joined into box-drawing characters: where two lines meet, the cell shows the
//! junction (┴, ┼, …) instead of one line overwriting the other.

/// How a line is drawn; a cell shared by lines of different weights takes the strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Weight {
    /// Steps still ahead in a case: dotted.
    #[default]
    Dotted,
    Light,
    /// The path a case has travelled.
    Heavy,
}

const UP: u8 = 1;
const DOWN: u8 = 2;
const LEFT: u8 = 4;
const RIGHT: u8 = 8;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Cell {
    bits: u8,
    weight: Weight,
}

/// A grid of line cells: the window `width` × `height` at `(x, y)` of the diagram, in diagram coordinates.
/// Lines outside the window are skipped, so a canvas costs what is on screen, not the whole diagram.
#[derive(Debug, Clone)]
pub struct Canvas {
    x: u16,
    y: u16,
    width: u16,
    height: u16,
    cells: Vec<Cell>,
}

impl Canvas {
    /// A canvas over the diagram's first `width` × `height` cells.
    pub fn new(width: u16, height: u16) -> Canvas {
        Canvas::window(0, 0, width, height)
    }

    /// A canvas over the window `width` × `height` at `(x, y)`.
    pub fn window(x: u16, y: u16, width: u16, height: u16) -> Canvas {
        Canvas {
            x,
            y,
            width,
            height,
            cells: vec![Cell::default(); width as usize * height as usize],
        }
    }

    /// The index of a diagram cell in the window, if it is in it.
    fn index(&self, x: u16, y: u16) -> Option<usize> {
        let (dx, dy) = (x.checked_sub(self.x)?, y.checked_sub(self.y)?);
        (dx < self.width && dy < self.height)
            .then(|| dy as usize * self.width as usize + dx as usize)
    }

    fn mark(&mut self, x: u16, y: u16, bits: u8, weight: Weight) {
        if let Some(i) = self.index(x, y) {
            let cell = &mut self.cells[i];
            cell.bits |= bits;
            cell.weight = cell.weight.max(weight);
        }
    }

    /// The part of `lo..=hi` inside the window's `start..start + len`, if any.
    fn clip(lo: u16, hi: u16, start: u16, len: u16) -> Option<(u16, u16)> {
        let end = (start as u32 + len as u32).checked_sub(1)?;
        let (a, b) = (lo.max(start), (hi as u32).min(end) as u16);
        (len > 0 && a <= b).then_some((a, b))
    }

    /// A straight line from `a` to `b` (same row or same column).
    pub fn segment(&mut self, a: (u16, u16), b: (u16, u16), weight: Weight) {
        let ((x0, y0), (x1, y1)) = (a, b);
        if y0 == y1 {
            let (lo, hi) = (x0.min(x1), x0.max(x1));
            let in_rows = y0 >= self.y && y0 - self.y < self.height;
            let Some((from, to)) = Canvas::clip(lo, hi, self.x, self.width).filter(|_| in_rows)
            else {
                return;
            };
            for x in from..=to {
                let mut bits = 0;
                if x > lo {
                    bits |= LEFT;
                }
                if x < hi {
                    bits |= RIGHT;
                }
                self.mark(x, y0, bits, weight);
            }
        } else if x0 == x1 {
            let (lo, hi) = (y0.min(y1), y0.max(y1));
            let in_columns = x0 >= self.x && x0 - self.x < self.width;
            let Some((from, to)) = Canvas::clip(lo, hi, self.y, self.height).filter(|_| in_columns)
            else {
                return;
            };
            for y in from..=to {
                let mut bits = 0;
                if y > lo {
                    bits |= UP;
                }
                if y < hi {
                    bits |= DOWN;
                }
                self.mark(x0, y, bits, weight);
            }
        }
    }

    /// A line through `points`, each pair joined straight.
    pub fn path(&mut self, points: &[(u16, u16)], weight: Weight) {
        for pair in points.windows(2) {
            self.segment(pair[0], pair[1], weight);
        }
    }

    /// The glyph and weight at a diagram cell, if any line passes it.
    pub fn glyph(&self, x: u16, y: u16) -> Option<(char, Weight)> {
        let cell = self.cells[self.index(x, y)?];
        (cell.bits != 0).then(|| (glyph(cell.bits, cell.weight), cell.weight))
    }
}

fn glyph(bits: u8, weight: Weight) -> char {
    // Index by the four direction bits: up, down, left, right.
    const LIGHT: [char; 16] = [
        ' ', '│', '│', '│', '─', '┘', '┐', '┤', '─', '└', '┌', '├', '─', '┴', '┬', '┼',
    ];
    const HEAVY: [char; 16] = [
        ' ', '┃', '┃', '┃', '━', '┛', '┓', '┫', '━', '┗', '┏', '┣', '━', '┻', '┳', '╋',
    ];
    match weight {
        Weight::Heavy => HEAVY[bits as usize],
        Weight::Light => LIGHT[bits as usize],
        Weight::Dotted => match bits {
            UP | DOWN | 3 => '┆',
            LEFT | RIGHT | 12 => '┄',
            other => LIGHT[other as usize],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossing_and_turning_lines_join() {
        let mut c = Canvas::new(5, 5);
        c.path(&[(0, 2), (4, 2)], Weight::Light);
        c.path(&[(2, 0), (2, 4)], Weight::Light);
        assert_eq!(c.glyph(2, 2).map(|g| g.0), Some('┼'));
        let mut c = Canvas::new(5, 5);
        c.path(&[(0, 4), (0, 1), (3, 1), (3, 0)], Weight::Heavy);
        assert_eq!(c.glyph(0, 1).map(|g| g.0), Some('┏'));
        assert_eq!(c.glyph(3, 1).map(|g| g.0), Some('┛'));
        assert_eq!(c.glyph(1, 1).map(|g| g.0), Some('━'));
    }

    #[test]
    fn dotted_lines_and_out_of_range_cells() {
        let mut c = Canvas::new(3, 3);
        c.path(&[(1, 0), (1, 2)], Weight::Dotted);
        c.segment((9, 9), (9, 12), Weight::Light);
        assert_eq!(c.glyph(1, 1).map(|g| g.0), Some('┆'));
        assert_eq!(c.glyph(0, 0), None);
        assert_eq!(c.glyph(7, 7), None);
    }

    #[test]
    fn a_window_joins_lines_as_the_whole_canvas_does() {
        let lines = |c: &mut Canvas| {
            c.path(&[(0, 6), (0, 2), (9, 2), (9, 0)], Weight::Light);
            c.path(&[(4, 0), (4, 7)], Weight::Heavy);
        };
        let mut whole = Canvas::new(10, 8);
        lines(&mut whole);
        let mut part = Canvas::window(3, 1, 4, 3);
        lines(&mut part);
        for y in 0..8 {
            for x in 0..10 {
                let inside = (3..7).contains(&x) && (1..4).contains(&y);
                let want = if inside { whole.glyph(x, y) } else { None };
                assert_eq!(part.glyph(x, y), want, "({x}, {y})");
            }
        }
    }
}
