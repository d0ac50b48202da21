//! Measuring, wrapping and cutting text by display width, so Cyrillic, CJK and symbols line up. A leaf: every
//! layer (court, app, drawing, export) may use it, and it uses none of them.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What `wrap` does with a word wider than the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlong {
    /// Cut it wherever it must be, so no line is wider than asked (a screen has no room to spare).
    Cut,
    /// Give it a line of its own, whole (an exported document keeps every word intact).
    Keep,
}

/// The columns `text` takes on screen, as `UnicodeWidthStr::width` counts them; printable ASCII, most of what is
/// measured, is counted by its length without walking its chars, and text of chars that are always one cell
/// (Cyrillic, typographic punctuation, box drawing) by its chars, without Unicode's width tables.
pub fn width(text: &str) -> usize {
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        text.len()
    } else if text.chars().all(one_cell) {
        text.chars().count()
    } else {
        text.width()
    }
}

/// Splits `text` into lines of at most `width` columns, breaking at ASCII spaces where it can
/// (a no-break space, as in citations, holds its neighbours together).
pub fn wrap(text: &str, width: usize, overlong: Overlong) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    for word in text.split_ascii_whitespace() {
        let word_width = self::width(word);
        if line_width > 0 && line_width + 1 + word_width > width {
            lines.push(std::mem::take(&mut line));
            line_width = 0;
        }
        if word_width > width && overlong == Overlong::Cut {
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if line_width + w > width && line_width > 0 {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0;
                }
                line.push(c);
                line_width += w;
            }
            continue;
        }
        if line_width > 0 {
            line.push(' ');
            line_width += 1;
        }
        line.push_str(word);
        line_width += word_width;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// How many lines `wrap(text, width, Overlong::Cut)` gives, counted without making them.
pub fn wrap_count(text: &str, width: usize) -> usize {
    let width = width.max(1);
    let (mut lines, mut line_width, mut line_empty) = (0, 0, true);
    for word in text.split_ascii_whitespace() {
        let word_width = self::width(word);
        if line_width > 0 && line_width + 1 + word_width > width {
            (lines, line_width, line_empty) = (lines + 1, 0, true);
        }
        if word_width > width {
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if line_width + w > width && line_width > 0 {
                    (lines, line_width) = (lines + 1, 0);
                }
                line_empty = false;
                line_width += w;
            }
            continue;
        }
        if line_width > 0 {
            line_width += 1;
        }
        line_empty = false;
        line_width += word_width;
    }
    if !line_empty || lines == 0 {
        lines += 1;
    }
    lines
}

/// Cuts `text` to `width` columns, ending with "…" when something was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if self::width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `text` cut or padded with spaces to exactly `width` columns.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = truncate(text, width);
    let w = self::width(&out);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

/// Appends `text` wrapped to `width`, the first line after `first` and the rest after `rest` (same width).
pub fn push_wrapped(
    lines: &mut Vec<Line<'static>>,
    text: &str,
    width: usize,
    first: &str,
    rest: &str,
    style: Style,
) {
    let indent = self::width(first).max(self::width(rest));
    for (i, part) in wrap(text, width.saturating_sub(indent), Overlong::Cut)
        .into_iter()
        .enumerate()
    {
        let prefix = if i == 0 { first } else { rest };
        lines.push(Line::from(vec![
            Span::styled(prefix.to_string(), style),
            Span::styled(part, style),
        ]));
    }
}

/// Whether `c` is one column wide and a grapheme of its own whatever stands beside it (of the same kind): no
/// control, no combining mark, no joiner, nothing a terminal may draw two columns wide. The ranges are checked
/// char by char against `set_stringn` in `ui::put`'s tests.
pub fn one_cell(c: char) -> bool {
    matches!(c,
        ' '..='~'
        // Latin-1 without its controls and the soft hyphen, Latin Extended-A and -B, IPA, spacing modifiers.
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{2FF}'
        // Greek, and Cyrillic without its combining marks.
        | '\u{370}'..='\u{482}'
        | '\u{48A}'..='\u{52F}'
        // Dashes, quotes, bullets, the ellipsis; primes and the rest of general punctuation before its controls.
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        // Box drawing and block elements.
        | '\u{2500}'..='\u{259F}'
    )
}

/// Every char up to U+2FFF that `one_cell` takes, for the tests that check it.
#[cfg(test)]
pub(crate) fn one_cell_chars() -> Vec<char> {
    (0..=0x2FFF_u32)
        .filter_map(char::from_u32)
        .filter(|&c| one_cell(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_cell_text_is_as_wide_as_unicode_counts_it() {
        for pair in one_cell_chars().windows(2) {
            let text: String = [pair[0], 'a', pair[1], pair[1], ' '].iter().collect();
            assert_eq!(width(&text), text.width(), "{text:?}");
        }
        assert_eq!(width("Қазақстан · 2024"), 16);
    }

    #[test]
    fn width_counts_as_unicode_width_does() {
        let samples = [
            "",
            " ",
            "plain words",
            "~!@#$%^&*()_+{}|:<>?",
            "tab\there",
            "line\r\nend",
            "\u{7f}",
            "é",
            "議会",
            "Мажилис",
            "a\u{301}",
            "👍🏽",
            "1\u{fe0f}\u{20e3}",
            "x\u{200d}y",
            "\u{0}",
        ];
        for s in samples {
            assert_eq!(width(s), s.width(), "{s:?}");
        }
        // Every pair of ASCII chars, printable or not, so no sequence the fast count takes differs.
        for a in 0u8..128 {
            for b in 0u8..128 {
                let s = String::from_utf8(vec![a, b]).expect("ASCII");
                assert_eq!(width(&s), s.width(), "{s:?}");
            }
        }
    }

    #[test]
    fn wrap_count_counts_the_lines_wrap_makes() {
        let texts = [
            "",
            "   ",
            "one",
            "a few short words in a row",
            "Supreme Court of the Republic, cassation and supervisory review",
            "overlongwordthatmustbecut and more",
            "議会 議会 議会 Мажилис избирается",
            "zero\u{301} width\u{200b} marks \u{301} alone",
            "x  y\t\tz\nw",
        ];
        for text in texts {
            for width in 0..40 {
                let want = wrap(text, width, Overlong::Cut).len();
                assert_eq!(wrap_count(text, width), want, "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn wrap_respects_display_width() {
        // Each CJK character is two columns wide.
        let lines = wrap("議会 議会 議会", 9, Overlong::Cut);
        assert_eq!(lines, vec!["議会 議会", "議会"]);
        assert!(
            wrap("Мажилис избирается", 8, Overlong::Cut)
                .iter()
                .all(|l| l.width() <= 8)
        );
    }

    #[test]
    fn long_words_are_cut_and_empty_text_gives_one_line() {
        assert_eq!(wrap("abcdefgh", 3, Overlong::Cut), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("", 10, Overlong::Cut), vec![""]);
        assert_eq!(wrap("a b", 0, Overlong::Cut), vec!["a", "b"]);
    }

    #[test]
    fn kept_long_words_get_a_line_of_their_own() {
        assert_eq!(
            wrap("averyveryverylongword x", 5, Overlong::Keep),
            vec!["averyveryverylongword", "x"]
        );
        assert_eq!(wrap("ab cd", 0, Overlong::Keep), vec!["ab", "cd"]);
    }

    #[test]
    fn truncate_and_fit_by_width() {
        assert_eq!(truncate("Parliament", 6), "Parli…");
        assert_eq!(fit("議会", 5), "議会 ");
        assert_eq!(fit("abc", 0), "");
    }
}
