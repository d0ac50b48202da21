//! Makes text from a dataset or a file name safe to print: controls and direction overrides become visible escapes.
//!
//! A dataset is a file someone else wrote. Printed raw, an ESC could rename the terminal window or write to the
//! clipboard (OSC 0, OSC 52), and a right-to-left override could show text reversed. Every string that leaves the
//! program (check, export, errors, logs) passes through here; clean text comes back unchanged, borrowed.

use std::borrow::Cow;

/// Whether `c` must never reach a terminal as itself: C0 and C1 controls, DEL, and the bidirectional
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// The invisible characters that change the direction text is shown in.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// One line of text: every unsafe character, newlines included, becomes `\u{…}`.
pub fn line(text: &str) -> Cow<'_, str> {
    escape(text, |_| false)
}

/// A block of text: like `line`, but newlines and tabs stay (an export's own layout).
pub fn block(text: &str) -> Cow<'_, str> {
    escape(text, |c| c == '\n' || c == '\t')
}

fn escape(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) && !keep(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_returned_unchanged_and_borrowed() {
        for text in ["Politics of Ruritania", "Мәжіліс — 2019", "a\tb", ""] {
            assert!(matches!(block(text), Cow::Borrowed(t) if t == text));
        }
        assert!(matches!(line("x"), Cow::Borrowed("x")));
    }

    #[test]
    fn controls_and_overrides_become_visible() {
        assert_eq!(line("a\u{1b}]0;pwned\u{7}b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(line("x\u{9b}y\u{7f}"), "x\\u{9b}y\\u{7f}");
        assert_eq!(line("abc\u{202e}def\u{2066}"), "abc\\u{202e}def\\u{2066}");
        assert_eq!(line("one\ntwo"), "one\\u{a}two");
        assert_eq!(block("one\ntwo\r\u{1b}"), "one\ntwo\\u{d}\\u{1b}");
    }

    #[test]
    fn nothing_unsafe_survives() {
        let hostile: String = (0u32..0x300)
            .chain(0x2000..0x2100)
            .filter_map(char::from_u32)
            .collect();
        assert!(!line(&hostile).chars().any(is_unsafe));
        assert!(
            !block(&hostile)
                .chars()
                .any(|c| is_unsafe(c) && c != '\n' && c != '\t')
        );
    }
}
