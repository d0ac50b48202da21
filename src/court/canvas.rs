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

/// A grid of line cells, `width` × `height`, in diagram coordinates.
#[derive(Debug, Clone)]
pub struct Canvas {
    width: u16,
    height: u16,
    cells: Vec<Cell>,
}

impl Canvas {
    pub fn new(width: u16, height: u16) -> Canvas {
        Canvas {
            width,
            height,
            cells: vec![Cell::default(); width as usize * height as usize],
        }
    }

    fn mark(&mut self, x: u16, y: u16, bits: u8, weight: Weight) {
        if x < self.width && y < self.height {
            let cell = &mut self.cells[y as usize * self.width as usize + x as usize];
            cell.bits |= bits;
            cell.weight = cell.weight.max(weight);
        }
    }

    /// A straight line from `a` to `b` (same row or same column).
    pub fn segment(&mut self, a: (u16, u16), b: (u16, u16), weight: Weight) {
        let ((x0, y0), (x1, y1)) = (a, b);
        if y0 == y1 {
            let (lo, hi) = (x0.min(x1), x0.max(x1));
            for x in lo..=hi {
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
            for y in lo..=hi {
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

    /// The glyph and weight at a cell, if any line passes it.
    pub fn glyph(&self, x: u16, y: u16) -> Option<(char, Weight)> {
        if x >= self.width || y >= self.height {
            return None;
        }
        let cell = self.cells[y as usize * self.width as usize + x as usize];
        (cell.bits != 0).then(|| (glyph(cell.bits, cell.weight), cell.weight))
    }

    pub fn size(&self) -> (u16, u16) {
        (self.width, self.height)
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
}
