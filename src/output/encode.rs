//! Cells to escape sequences without `fmt`: a cursor move only where the next cell is not the next column, one SGR
//! only where the style changes, numbers written digit by digit.
//!
//! The sequences mean what crossterm's would for the same cells (its colour numbering, its order of attribute
//! changes), so a terminal shows the same screen; they are shorter, since one SGR carries a cell's attribute and
//! colour changes.

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::style::{Color, Modifier};

/// The style the terminal draws in: what the last SGR left.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Pen {
    /// The terminal after an SGR reset, which every frame ends with.
    const RESET: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };

    /// Whether `cell` is drawn in this style.
    #[inline(always)]
    fn draws(&self, cell: &Cell) -> bool {
        self.modifier == cell.modifier
            && self.fg == cell.fg
            && self.bg == cell.bg
            && self.underline == cell.underline_color
    }

    fn of(cell: &Cell) -> Pen {
        Pen {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }
}

/// Appends the sequences that draw `cells` (a diff's updates, in screen order) to `out`; returns how many cells.
/// The terminal is assumed to be in the reset style and is left in it.
pub fn encode<'a>(cells: impl Iterator<Item = (u16, u16, &'a Cell)>, out: &mut Vec<u8>) -> usize {
    let mut encoder = Encoder::new(out);
    for (x, y, cell) in cells {
        encoder.cell(x, y, cell);
    }
    encoder.finish()
}

/// At most this many cells the terminal already shows are written again to step over them, where a cursor move
/// would take as many bytes or more (`CSI n C` takes four).
const REWRITE_AT_MOST: u16 = 4;

/// Cells encoded one at a time, as a diff finds them, into `out`.
pub struct Encoder<'a> {
    out: &'a mut Vec<u8>,
    pen: Pen,
    /// Where the cursor stands after the last cell, when that is known for sure: its column may be one past the
    /// last (a wrap pending), which only a carriage return or a move leaves.
    cursor: Option<(u16, u16)>,
    /// The frame being drawn, whose cells the terminal shows where the diff sent none: a short run of them can be
    /// written again instead of moving the cursor over it.
    frame: Option<&'a Buffer>,
    /// An underline colour was sent: a terminal that does not know it may have read its numbers as attributes,
    /// so what the pen says is not sure until the reset at the end, and no cell is written again.
    pen_unsure: bool,
    count: usize,
}

impl<'a> Encoder<'a> {
    /// An encoder appending to `out`, the terminal in the reset style.
    pub fn new(out: &'a mut Vec<u8>) -> Encoder<'a> {
        Encoder {
            out,
            pen: Pen::RESET,
            cursor: None,
            frame: None,
            pen_unsure: false,
            count: 0,
        }
    }

    /// An encoder of the cells of `frame`, which may write unchanged cells again where that is shorter than a
    /// cursor move: every cell it is not given must be one the terminal already shows.
    pub fn over(out: &'a mut Vec<u8>, frame: &'a Buffer) -> Encoder<'a> {
        Encoder {
            frame: Some(frame),
            ..Encoder::new(out)
        }
    }

    /// Draws `cell` at `x`, `y`: the cursor taken there the shortest way unless it stands there, an SGR if the
    /// style changed.
    #[inline(always)]
    pub fn cell(&mut self, x: u16, y: u16, cell: &Cell) {
        if self.cursor != Some((x, y)) {
            self.go(x, y);
        }
        // Field by field straight from the cell, so an unchanged style (most cells) costs a few compares.
        if !self.pen.draws(cell) {
            let next = Pen::of(cell);
            self.pen_unsure |=
                next.underline != self.pen.underline && next.underline != Color::Reset;
            sgr(self.out, self.pen, next);
            self.pen = next;
        }
        let symbol = cell.symbol();
        match symbol.as_bytes() {
            [byte] => self.out.push(*byte),
            bytes => self.out.extend_from_slice(bytes),
        }
        self.cursor = one_column(symbol, cell).then(|| (x.saturating_add(1), y));
        self.count += 1;
    }

    /// Takes the cursor to `x`, `y` in the fewest bytes: on along its row (the cells between written again, or
    /// `CSI n C`), to the next row (carriage return and line feed, then on), or `CSI row ; column H`. Kept out of
    /// line: most cells follow the one before, and `cell` is inlined into the diff's loop.
    #[inline(never)]
    fn go(&mut self, x: u16, y: u16) {
        let jump = jump_len(x, y);
        match self.cursor {
            Some((from, row)) if row == y && x > from => {
                if self.can_rewrite(from, x, y) {
                    self.rewrite(from, x, y);
                } else if forward_len(x - from) < jump {
                    forward(self.out, x - from);
                } else {
                    move_to(self.out, x, y);
                }
            }
            // The frame's rows are the terminal's, so this line feed never scrolls.
            Some((_, row)) if row.checked_add(1) == Some(y) => {
                let rewrite = x > 0 && self.can_rewrite(0, x, y);
                let on = match x {
                    0 => 0,
                    _ if rewrite => usize::from(x),
                    _ => forward_len(x),
                };
                if 2 + on < jump {
                    self.out.extend_from_slice(b"\r\n");
                    if rewrite {
                        self.rewrite(0, x, y);
                    } else if x > 0 {
                        forward(self.out, x);
                    }
                } else {
                    move_to(self.out, x, y);
                }
            }
            _ => move_to(self.out, x, y),
        }
    }

    /// Whether the frame's cells from column `from` up to `to` on row `y` are few enough to write again instead
    /// of a move, each a plain one-column character in the pen's style.
    fn can_rewrite(&self, from: u16, to: u16, y: u16) -> bool {
        let Some(frame) = self.frame.filter(|_| !self.pen_unsure) else {
            return false;
        };
        let area = frame.area;
        if to - from > REWRITE_AT_MOST
            || from < area.x
            || to > area.right()
            || !(area.y..area.bottom()).contains(&y)
        {
            return false;
        }
        row_cells(frame, from, to, y).iter().all(|cell| {
            matches!(cell.diff_option, CellDiffOption::None)
                && !super::diff::skipped(cell)
                && matches!(cell.symbol().as_bytes(), [b' '..=b'~'])
                && self.pen.draws(cell)
        })
    }

    /// Writes the frame's cells from column `from` up to `to` on row `y` again (`can_rewrite` said they may be).
    fn rewrite(&mut self, from: u16, to: u16, y: u16) {
        if let Some(frame) = self.frame {
            for cell in row_cells(frame, from, to, y) {
                self.out.extend_from_slice(cell.symbol().as_bytes());
            }
        }
    }

    /// Ends the cells: the style reset if any was drawn. Returns how many cells.
    pub fn finish(self) -> usize {
        // Always, as crossterm does: a terminal that misread an SGR (an underline colour it does not know) is put
        // right before the next frame.
        if self.count > 0 {
            self.out.extend_from_slice(b"\x1b[0m");
        }
        self.count
    }
}

/// Whether writing `cell`, whose symbol is `symbol`, moves the cursor on by exactly one column: a single char
/// that is always one column wide, with no width forced on it. After anything else the cursor's column is not
/// known for sure.
#[inline]
fn one_column(symbol: &str, cell: &Cell) -> bool {
    let one_char = match symbol.as_bytes() {
        [byte] => (b' '..=b'~').contains(byte),
        [_, _] | [_, _, _] | [_, _, _, _] => {
            let mut chars = symbol.chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if crate::text::one_cell(c))
        }
        _ => false,
    };
    one_char && !forced_width(cell)
}

fn forced_width(cell: &Cell) -> bool {
    matches!(cell.diff_option, CellDiffOption::ForcedWidth(_))
}

/// The cells of `frame` from column `from` up to `to` on row `y`, all inside its area.
fn row_cells(frame: &Buffer, from: u16, to: u16, y: u16) -> &[Cell] {
    let area = frame.area;
    let start = usize::from(y - area.y) * usize::from(area.width) + usize::from(from - area.x);
    &frame.content[start..start + usize::from(to - from)]
}

/// The length of `CSI row ; column H` to `x`, `y`.
fn jump_len(x: u16, y: u16) -> usize {
    4 + digits(u32::from(y) + 1) + digits(u32::from(x) + 1)
}

/// The length of `CSI n C`.
fn forward_len(n: u16) -> usize {
    3 + digits(u32::from(n))
}

/// `CSI n C`: the cursor `n` columns on along its row.
fn forward(out: &mut Vec<u8>, n: u16) {
    out.extend_from_slice(b"\x1b[");
    number(out, u32::from(n));
    out.push(b'C');
}

fn digits(n: u32) -> usize {
    match n {
        0..=9 => 1,
        10..=99 => 2,
        100..=999 => 3,
        1000..=9999 => 4,
        _ => 5,
    }
}

/// `CSI row ; column H`, both counted from 1, put together on the stack and appended at once: a frame makes
/// hundreds of these, and five appends each cost more than the sequence.
pub fn move_to(out: &mut Vec<u8>, x: u16, y: u16) {
    // ESC [, at most five digits, `;`, at most five digits, `H`.
    let mut sequence = [0u8; 14];
    sequence[..2].copy_from_slice(b"\x1b[");
    let mut len = put_digits(&mut sequence, 2, u32::from(y) + 1);
    sequence[len] = b';';
    len = put_digits(&mut sequence, len + 1, u32::from(x) + 1);
    sequence[len] = b'H';
    out.extend_from_slice(&sequence[..=len]);
}

/// Writes `n` (at most 65,536) in decimal into `to` from `at`; returns where it ends.
fn put_digits(to: &mut [u8; 14], at: usize, n: u32) -> usize {
    let count = digits(n);
    let mut rest = n;
    for i in (at..at + count).rev() {
        to[i] = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    at + count
}

/// One SGR from the style `from` to `to`; nothing when they are the same.
fn sgr(out: &mut Vec<u8>, from: Pen, to: Pen) {
    let start = out.len();
    out.extend_from_slice(b"\x1b[");
    let mut params = Params { out, any: false };
    modifiers(&mut params, from.modifier, to.modifier);
    if to.fg != from.fg {
        colour(&mut params, 30, to.fg);
    }
    if to.bg != from.bg {
        colour(&mut params, 40, to.bg);
    }
    if params.any {
        params.out.push(b'm');
    } else {
        params.out.truncate(start);
    }
    // In a sequence of its own, as crossterm sends it: a terminal that does not know 58 drops that sequence,
    // where in a shared one it could read the colour's numbers as attributes.
    if to.underline != from.underline {
        out.extend_from_slice(b"\x1b[");
        let mut params = Params { out, any: false };
        colour(&mut params, 50, to.underline);
        params.out.push(b'm');
    }
}

/// SGR parameters being written, `;` between them.
struct Params<'a> {
    out: &'a mut Vec<u8>,
    any: bool,
}

impl Params<'_> {
    fn push(&mut self, n: u32) {
        if self.any {
            self.out.push(b';');
        }
        self.any = true;
        number(self.out, n);
    }
}

/// Attribute changes in crossterm's order: what goes off, then what comes on. Bold and dim share one "normal
/// intensity" off switch, so dropping either puts back whichever stays.
fn modifiers(p: &mut Params, from: Modifier, to: Modifier) {
    let removed = from - to;
    let added = to - from;
    if removed.contains(Modifier::REVERSED) {
        p.push(27);
    }
    let reset_intensity = removed.intersects(Modifier::BOLD | Modifier::DIM);
    if reset_intensity {
        p.push(22);
        if to.contains(Modifier::DIM) {
            p.push(2);
        }
        if to.contains(Modifier::BOLD) {
            p.push(1);
        }
    }
    for (modifier, off) in [
        (Modifier::ITALIC, 23),
        (Modifier::UNDERLINED, 24),
        (Modifier::CROSSED_OUT, 29),
        (Modifier::HIDDEN, 28),
    ] {
        if removed.contains(modifier) {
            p.push(off);
        }
    }
    if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
        p.push(25);
    }
    for (modifier, on) in [
        (Modifier::REVERSED, 7),
        (Modifier::BOLD, 1),
        (Modifier::ITALIC, 3),
        (Modifier::UNDERLINED, 4),
        (Modifier::DIM, 2),
        (Modifier::CROSSED_OUT, 9),
        (Modifier::HIDDEN, 8),
        (Modifier::SLOW_BLINK, 5),
        (Modifier::RAPID_BLINK, 6),
    ] {
        let intensity = matches!(on, 1 | 2);
        if added.contains(modifier) && !(intensity && reset_intensity) {
            p.push(on);
        }
    }
}

/// A colour as crossterm writes it: `39`/`49`/`59` for the default, else `38;5;n` (the sixteen named colours as
/// palette entries), `38;5;n` for an indexed colour and `38;2;r;g;b` for RGB; `base` picks fore-, background or
/// underline.
fn colour(p: &mut Params, base: u32, colour: Color) {
    let palette = match colour {
        Color::Reset => return p.push(base + 9),
        Color::Rgb(r, g, b) => {
            p.push(base + 8);
            p.push(2);
            p.push(r.into());
            p.push(g.into());
            return p.push(b.into());
        }
        Color::Indexed(i) => i,
        named => named_index(named),
    };
    p.push(base + 8);
    p.push(5);
    p.push(palette.into());
}

/// The palette entry crossterm sends for a named colour (ratatui's `Red` is crossterm's dark red, entry 1).
fn named_index(colour: Color) -> u8 {
    match colour {
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        _ => 0,
    }
}

/// A number in decimal, digit by digit.
pub fn number(out: &mut Vec<u8>, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    fn encoded(cells: &[(u16, u16, Cell)]) -> String {
        let mut out = Vec::new();
        encode(cells.iter().map(|(x, y, c)| (*x, *y, c)), &mut out);
        String::from_utf8(out).expect("UTF-8")
    }

    fn cell(symbol: &'static str, style: Style) -> Cell {
        let mut cell = Cell::new(symbol);
        cell.set_style(style);
        cell
    }

    #[test]
    fn cursor_moves_count_from_one_at_every_width_of_number() {
        for (x, y) in [
            (0, 0),
            (8, 9),
            (9, 99),
            (998, 9998),
            (65535, 65535),
            (120, 40),
        ] {
            let mut out = Vec::new();
            move_to(&mut out, x, y);
            let expected = format!("\x1b[{};{}H", u32::from(y) + 1, u32::from(x) + 1);
            assert_eq!(String::from_utf8(out).expect("ASCII"), expected);
        }
    }

    #[test]
    fn numbers_need_no_fmt() {
        for n in [0, 7, 10, 99, 100, 65535, u32::MAX] {
            let mut out = Vec::new();
            number(&mut out, n);
            assert_eq!(out, n.to_string().as_bytes());
        }
    }

    #[test]
    fn the_cursor_goes_the_shortest_way() {
        let plain = Style::new();
        let cells = [
            (0, 0, cell("a", plain)),
            (1, 0, cell("b", plain)),
            (5, 0, cell("c", plain)),
            (0, 1, cell("d", plain)),
            (6, 2, cell("e", plain)),
            (9, 10, cell("f", plain)),
            (3, 11, cell("g", plain)),
        ];
        // Along a row, `CSI n C`; to the next row's start, CR LF; on the next row, CR LF and `CSI n C` where that
        // is shorter than `CSI row ; column H`.
        assert_eq!(
            encoded(&cells),
            "\x1b[1;1Hab\x1b[3Cc\r\nd\x1b[3;7He\x1b[11;10Hf\r\n\x1b[3Cg\x1b[0m"
        );
    }

    /// Row 0 of a frame: `ab`, two plain blanks, `c`, a green blank, `d`, a wide `漢`, `e`.
    fn frame() -> Buffer {
        let mut frame = Buffer::empty(ratatui::layout::Rect::new(0, 0, 12, 2));
        frame.set_string(0, 0, "ab  c", Style::new());
        frame.set_string(5, 0, " ", Style::new().bg(Color::Green));
        frame.set_string(6, 0, "d漢e", Style::new());
        frame
    }

    fn over(frame: &Buffer, at: &[(u16, u16)]) -> String {
        let mut out = Vec::new();
        let mut encoder = Encoder::over(&mut out, frame);
        for &(x, y) in at {
            encoder.cell(x, y, &frame[(x, y)]);
        }
        encoder.finish();
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn a_few_cells_in_the_pens_style_are_written_again_instead_of_a_move() {
        let frame = frame();
        // The blanks between b and c are plain, as the pen is: written again.
        assert_eq!(
            over(&frame, &[(0, 0), (1, 0), (4, 0)]),
            "\x1b[1;1Hab  c\x1b[0m"
        );
        // The green blank is not in the pen's style: stepped over.
        assert_eq!(over(&frame, &[(4, 0), (6, 0)]), "\x1b[1;5Hc\x1b[1Cd\x1b[0m");
        // After a wide character the cursor is not trusted to be where its width says.
        assert_eq!(
            over(&frame, &[(6, 0), (7, 0), (9, 0)]),
            "\x1b[1;7Hd漢\x1b[1;10He\x1b[0m"
        );
        // Onto the next row: a carriage return, a line feed, and the row's first cells written again.
        assert_eq!(over(&frame, &[(9, 0), (2, 1)]), "\x1b[1;10He\r\n   \x1b[0m");
    }

    #[test]
    fn no_cell_is_written_again_after_an_underline_colour() {
        let mut frame = frame();
        frame.set_string(0, 0, "a", Style::new().underline_color(Color::Red));
        // A terminal that does not know underline colours may have taken its numbers for attributes: the blanks
        // are stepped over, not written in a pen that may be wrong.
        assert_eq!(
            over(&frame, &[(0, 0), (1, 0), (4, 0)]),
            "\x1b[1;1H\x1b[58;5;1ma\x1b[59mb\x1b[2Cc\x1b[0m"
        );
    }

    #[test]
    fn one_sgr_per_change_and_a_reset_at_the_end() {
        let red = Style::new().fg(Color::Red).bg(Color::Rgb(1, 2, 3));
        let bold = red.add_modifier(Modifier::BOLD).bg(Color::Indexed(200));
        let cells = [
            (0, 0, cell("a", red)),
            (1, 0, cell("b", red)),
            (2, 0, cell("c", bold)),
            (
                3,
                0,
                cell("d", Style::new().fg(Color::Red).bg(Color::Reset)),
            ),
        ];
        assert_eq!(
            encoded(&cells),
            "\x1b[1;1H\x1b[38;5;1;48;2;1;2;3mab\x1b[1;48;5;200mc\x1b[22;49md\x1b[0m"
        );
    }

    #[test]
    fn dropping_bold_keeps_dim() {
        let both = Style::new().add_modifier(Modifier::BOLD | Modifier::DIM);
        let dim = Style::new().add_modifier(Modifier::DIM);
        let cells = [(0, 0, cell("a", both)), (1, 0, cell("b", dim))];
        assert_eq!(encoded(&cells), "\x1b[1;1H\x1b[1;2ma\x1b[22;2mb\x1b[0m");
    }
}
