//! The glyphs the interface draws, in two sets: Unicode, and plain ASCII for terminals that cannot show more.
//!
//! Every marker, border and chart glyph the app draws comes from one `Symbols` value, so an ASCII terminal gets
//! the same meaning in characters it has. Phrases and the dataset's own text keep their typographic punctuation
//! (`·`, `—`, `→`); on an ASCII terminal `fold` turns those into their plain forms once the frame is drawn.

use ratatui::symbols::border;

/// Which characters the terminal can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Charset {
    #[default]
    Unicode,
    Ascii,
}

impl Charset {
    pub fn symbols(self) -> &'static Symbols {
        match self {
            Charset::Unicode => &UNICODE,
            Charset::Ascii => &ASCII,
        }
    }
}

/// Corners and sides of a court box: top-left, top-right, bottom-left, bottom-right, horizontal, vertical.
pub type BoxGlyphs = [char; 6];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbols {
    pub charset: Charset,
    /// Borders of panes and overlays.
    pub border: border::Set<'static>,
    /// Before the selected row of a list.
    pub pointer: &'static str,
    /// Where typed text goes next.
    pub cursor: &'static str,
    /// A date on the timeline that is shown, and one that is not.
    pub shown: &'static str,
    pub not_shown: &'static str,
    pub bullet: &'static str,
    /// Before a sub-item (a role inside a body).
    pub sub_bullet: &'static str,
    /// Before a fact that sources dispute, and before the list of disputes.
    pub disputed: &'static str,
    /// Before what a change did, a body that ended, a correction, a renewal.
    pub changed: &'static str,
    pub ended: &'static str,
    pub corrected: &'static str,
    pub renewed: &'static str,
    /// Before a relation to another body, and before a note under a table row.
    pub arrow: &'static str,
    pub note: &'static str,
    /// After a glossary term in running text.
    pub term_mark: &'static str,
    /// Fills that tell chart series apart without colour.
    pub series: [char; 6],
    /// Court boxes by how they are marked: focused or current, travelled, ahead, plain.
    pub box_focused: BoxGlyphs,
    pub box_travelled: BoxGlyphs,
    pub box_ahead: BoxGlyphs,
    pub box_plain: BoxGlyphs,
    /// The one-column markers before a court's name: current, travelled, ahead.
    pub mark_current: char,
    pub mark_travelled: char,
    pub mark_ahead: char,
    /// Arrowheads: an appeal arriving from below, and a case entering from the left or the right.
    pub head_up: char,
    pub head_right: char,
    pub head_left: char,
    /// Where more of the diagram lies: up, down, left, right.
    pub more: [char; 4],
}

pub const UNICODE: Symbols = Symbols {
    charset: Charset::Unicode,
    border: border::PLAIN,
    pointer: "▶ ",
    cursor: "▏",
    shown: "●",
    not_shown: "○",
    bullet: "• ",
    sub_bullet: "◦ ",
    disputed: "⚠ ",
    changed: "Δ ",
    ended: "✝ ",
    corrected: "✎ ",
    renewed: "↻ ",
    arrow: "→ ",
    note: "↳ ",
    term_mark: "°",
    series: ['█', '▓', '▒', '░', '▚', '▞'],
    box_focused: ['╔', '╗', '╚', '╝', '═', '║'],
    box_travelled: ['┏', '┓', '┗', '┛', '━', '┃'],
    box_ahead: ['┌', '┐', '└', '┘', '┄', '┆'],
    box_plain: ['┌', '┐', '└', '┘', '─', '│'],
    mark_current: '▶',
    mark_travelled: '✓',
    mark_ahead: '○',
    head_up: '▲',
    head_right: '▶',
    head_left: '◀',
    more: ['↑', '↓', '←', '→'],
};

pub const ASCII: Symbols = Symbols {
    charset: Charset::Ascii,
    border: border::Set {
        top_left: "+",
        top_right: "+",
        bottom_left: "+",
        bottom_right: "+",
        vertical_left: "|",
        vertical_right: "|",
        horizontal_top: "-",
        horizontal_bottom: "-",
    },
    pointer: "> ",
    cursor: "_",
    shown: "*",
    not_shown: "o",
    bullet: "- ",
    sub_bullet: "- ",
    disputed: "! ",
    changed: "~ ",
    ended: "x ",
    corrected: "* ",
    renewed: "@ ",
    arrow: "-> ",
    note: "-> ",
    term_mark: "*",
    series: ['#', '=', '+', ':', '%', 'o'],
    box_focused: ['#', '#', '#', '#', '=', '#'],
    box_travelled: ['+', '+', '+', '+', '=', 'H'],
    box_ahead: ['.', '.', '\'', '\'', '.', ':'],
    box_plain: ['+', '+', '+', '+', '-', '|'],
    mark_current: '>',
    mark_travelled: '*',
    mark_ahead: 'o',
    head_up: '^',
    head_right: '>',
    head_left: '<',
    more: ['^', 'v', '<', '>'],
};

impl Symbols {
    pub fn is_ascii(&self) -> bool {
        self.charset == Charset::Ascii
    }

    /// A line glyph drawn by the court's canvas, in this set: box-drawing lines become `- | +` (heavy `= H`,
    /// dotted `. :`).
    pub fn line(&self, c: char) -> char {
        if !self.is_ascii() {
            return c;
        }
        match c {
            '─' => '-',
            '│' => '|',
            '━' => '=',
            '┃' => 'H',
            '┄' => '.',
            '┆' => ':',
            c if ('\u{2500}'..='\u{257f}').contains(&c) => '+',
            c => c,
        }
    }

    /// A court box's marker in this set (the court layer picks the Unicode one).
    pub fn mark(&self, c: char) -> char {
        match c {
            '▶' => self.mark_current,
            '✓' => self.mark_travelled,
            '○' => self.mark_ahead,
            c => c,
        }
    }
}

/// The plain form of typographic punctuation that phrases and data carry, one column for one, for an ASCII
/// terminal; `None` for a character that has none here (letters of other scripts stay as they are).
pub fn fold(c: char) -> Option<char> {
    Some(match c {
        '·' | '•' | '—' | '–' | '‒' | '−' => '-',
        '…' => '~',
        '→' | '▸' => '>',
        '←' => '<',
        '↑' => '^',
        '↓' => 'v',
        '‘' | '’' | '‚' => '\'',
        '“' | '”' | '„' | '«' | '»' => '"',
        '\u{a0}' | '\u{202f}' | '\u{2009}' => ' ',
        '⚠' => '!',
        '✓' => '+',
        '✗' => 'x',
        '■' => '#',
        '°' => '*',
        '▏' => '_',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_text(s: &Symbols) -> String {
        let b = s.border;
        let mut text: String = [
            b.top_left,
            b.top_right,
            b.bottom_left,
            b.bottom_right,
            b.vertical_left,
            b.vertical_right,
            b.horizontal_top,
            b.horizontal_bottom,
            s.pointer,
            s.cursor,
            s.shown,
            s.not_shown,
            s.bullet,
            s.sub_bullet,
            s.disputed,
            s.changed,
            s.ended,
            s.corrected,
            s.renewed,
            s.arrow,
            s.note,
            s.term_mark,
        ]
        .concat();
        text.extend(s.series);
        for glyphs in [s.box_focused, s.box_travelled, s.box_ahead, s.box_plain] {
            text.extend(glyphs);
        }
        text.extend([s.mark_current, s.mark_travelled, s.mark_ahead]);
        text.extend([s.head_up, s.head_right, s.head_left]);
        text.extend(s.more);
        text
    }

    #[test]
    fn the_ascii_set_is_ascii() {
        assert!(all_text(&ASCII).is_ascii());
        assert!(!all_text(&UNICODE).is_ascii());
    }

    #[test]
    fn canvas_lines_become_ascii() {
        for c in "│─┘┐┤└┌├┴┬┼┃━┛┓┫┗┏┣┻┳╋┆┄".chars()
        {
            assert!(ASCII.line(c).is_ascii(), "{c}");
            assert_eq!(UNICODE.line(c), c);
        }
        assert_eq!(ASCII.line('┼'), '+');
        assert_eq!(ASCII.mark('✓'), '*');
    }

    #[test]
    fn folded_punctuation_is_ascii() {
        for c in "·•—–…→←↑↓‘’“”«»\u{a0}⚠■°▏".chars() {
            assert!(fold(c).is_some_and(|f| f.is_ascii()), "{c}");
        }
        assert_eq!(fold('ж'), None);
    }
}
