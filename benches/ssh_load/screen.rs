//! The client's view of a session: its output read through a vt100 screen, and the screens the app is expected to
//! settle on, against which a frame counts as complete.

use std::num::NonZeroU16;

/// How one cell looks: its text (a blank cell and a written space look alike) and its colours and attributes.
#[derive(Clone, PartialEq, Eq)]
struct Look {
    text: String,
    fg: vt100::Color,
    bg: vt100::Color,
    /// Bold, dim, italic, underline, inverse.
    attributes: [bool; 5],
}

impl Look {
    fn of(cell: &vt100::Cell) -> Look {
        Look {
            text: visible(cell).to_string(),
            fg: cell.fgcolor(),
            bg: cell.bgcolor(),
            attributes: attributes(cell),
        }
    }

    fn matches(&self, cell: &vt100::Cell) -> bool {
        self.text == visible(cell)
            && self.fg == cell.fgcolor()
            && self.bg == cell.bgcolor()
            && self.attributes == attributes(cell)
    }
}

fn visible(cell: &vt100::Cell) -> &str {
    if cell.has_contents() {
        cell.contents()
    } else {
        " "
    }
}

fn attributes(cell: &vt100::Cell) -> [bool; 5] {
    [
        cell.bold(),
        cell.dim(),
        cell.italic(),
        cell.underline(),
        cell.inverse(),
    ]
}

/// A settled screen: its text row by row, and how every cell looks.
#[derive(Clone, PartialEq, Eq)]
pub struct Expected {
    pub text: String,
    /// Row by row; `None` for a cell outside the screen, which cannot happen for a screen of the same size.
    cells: Vec<Option<Look>>,
}

pub struct Screen {
    parser: vt100::Parser,
    cols: u16,
    rows: u16,
}

impl Screen {
    pub fn new(cols: NonZeroU16, rows: NonZeroU16) -> Screen {
        Screen {
            parser: vt100::Parser::new(rows, cols, 0),
            cols: cols.get(),
            rows: rows.get(),
        }
    }

    pub fn feed(&mut self, bytes: &[u8]) {
        self.parser.process(bytes);
    }

    /// The rows' text, one line each without trailing blanks (a blank cell and a written space look alike, and
    /// whether a row wrapped into the next does not matter here).
    pub fn text(&self) -> String {
        self.parser
            .screen()
            .rows(0, self.cols)
            .map(|row| row.trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn cells(&self) -> impl Iterator<Item = Option<&vt100::Cell>> {
        let screen = self.parser.screen();
        (0..self.rows).flat_map(move |r| (0..self.cols).map(move |c| screen.cell(r, c)))
    }

    pub fn snapshot(&self) -> Expected {
        Expected {
            text: self.text(),
            cells: self.cells().map(|cell| cell.map(Look::of)).collect(),
        }
    }

    /// Whether every cell looks as in `expected`.
    pub fn shows(&self, expected: &Expected) -> bool {
        expected.cells.len() == usize::from(self.rows) * usize::from(self.cols)
            && self
                .cells()
                .zip(&expected.cells)
                .all(|(cell, look)| match (cell, look) {
                    (Some(cell), Some(look)) => look.matches(cell),
                    (None, None) => true,
                    _ => false,
                })
    }
}

/// The first line that differs between the screen and what was expected, for a failure's reason.
pub fn first_difference(screen: &str, expected: &str) -> String {
    let mut got = screen.lines();
    let mut want = expected.lines();
    let mut row = 0;
    loop {
        match (got.next(), want.next()) {
            (None, None) => {
                return "the text is the same; colours or attributes differ".to_string();
            }
            (g, w) if g != w => {
                return format!(
                    "row {row} is {:?}, expected {:?}",
                    g.unwrap_or("").trim_end(),
                    w.unwrap_or("").trim_end()
                );
            }
            _ => row += 1,
        }
    }
}
