//! Kiosk mode: the operator's exit chord. Everything else a kiosk needs (a key map without quit, the idle reset)
//! is ordinary app behaviour chosen by the runner.

use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use std::fmt;
use std::str::FromStr;

/// Seconds without input before a local kiosk forgets its visitor.
pub const DEFAULT_IDLE_SECS: u64 = 180;

/// A key chord that ends a kiosk session, such as `ctrl-alt-q` or `F10`. It is checked before the key map, so it
/// works everywhere and never appears in the help overlay or the key hints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitKey {
    code: KeyCode,
    modifiers: KeyModifiers,
}

impl ExitKey {
    /// Whether `event` is this chord being pressed.
    pub fn matches(&self, event: &Event) -> bool {
        let Event::Key(key) = event else {
            return false;
        };
        if key.kind == KeyEventKind::Release {
            return false;
        }
        match (self.code, key.code) {
            // Shift is part of the character, and terminals report Ctrl-letters in either case.
            (KeyCode::Char(want), KeyCode::Char(got)) => {
                let strip = |m: KeyModifiers| m - KeyModifiers::SHIFT;
                want.to_lowercase().eq(got.to_lowercase())
                    && strip(self.modifiers) == strip(key.modifiers)
            }
            (want, got) => want == got && self.modifiers == key.modifiers,
        }
    }
}

impl FromStr for ExitKey {
    type Err = String;

    /// Parses `ctrl-alt-q`, `Ctrl+]`, `F10`, `alt-x`: modifiers (ctrl, alt, shift) then one key, joined by `-` or `+`.
    fn from_str(text: &str) -> Result<ExitKey, String> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err("the exit key is empty; try ctrl-alt-q or F10".to_string());
        }
        // A chord may end in the separator itself ("ctrl--" is Ctrl and the minus key).
        let (head, key) = match trimmed.char_indices().rev().nth(1) {
            Some((i, sep)) if (sep == '-' || sep == '+') && trimmed.len() > 1 => {
                let last = trimmed[i + 1..].to_string();
                if last == "-" || last == "+" {
                    (&trimmed[..i], last)
                } else {
                    split_last(trimmed)
                }
            }
            _ => split_last(trimmed),
        };
        let mut modifiers = KeyModifiers::NONE;
        for part in head.split(['-', '+']).filter(|p| !p.is_empty()) {
            let modifier = match part.to_ascii_lowercase().as_str() {
                "ctrl" | "control" | "c" => KeyModifiers::CONTROL,
                "alt" | "meta" | "option" | "m" => KeyModifiers::ALT,
                "shift" | "s" => KeyModifiers::SHIFT,
                _ => {
                    return Err(format!(
                        "unknown modifier \"{part}\" in exit key \"{trimmed}\" (use ctrl, alt or shift)"
                    ));
                }
            };
            if modifiers.contains(modifier) {
                return Err(format!(
                    "modifier \"{part}\" appears twice in exit key \"{trimmed}\""
                ));
            }
            modifiers |= modifier;
        }
        let code = key_code(&key).ok_or_else(|| {
            format!(
                "unknown key \"{key}\" in exit key \"{trimmed}\" (a character, F1-F12, Esc, Enter, Tab, Backspace, \
                 Space, Insert, Delete, Home, End, PgUp, PgDn, Up, Down, Left or Right)"
            )
        })?;
        if modifiers.contains(KeyModifiers::CONTROL)
            && let KeyCode::Char(c) = code
        {
            // Terminals send these as the same byte as another key, so the chord could never be told apart.
            let clash = match c.to_ascii_lowercase() {
                'm' => Some("Enter"),
                'i' => Some("Tab"),
                '[' => Some("Esc"),
                _ => None,
            };
            if let Some(other) = clash {
                return Err(format!(
                    "exit key \"{trimmed}\" reaches the app as {other}; choose another chord"
                ));
            }
            if !c.is_ascii() {
                return Err(format!(
                    "exit key \"{trimmed}\": terminals cannot send Ctrl with \"{c}\"; choose another chord"
                ));
            }
        }
        Ok(ExitKey { code, modifiers })
    }
}

fn split_last(text: &str) -> (&str, String) {
    match text.rfind(['-', '+']) {
        Some(i) if i + 1 < text.len() => (&text[..i], text[i + 1..].to_string()),
        _ => ("", text.to_string()),
    }
}

fn key_code(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return (!c.is_control()).then_some(KeyCode::Char(c));
    }
    let lower = name.to_ascii_lowercase();
    if let Some(n) = lower.strip_prefix('f')
        && let Ok(n) = n.parse::<u8>()
    {
        return (1..=12).contains(&n).then_some(KeyCode::F(n));
    }
    Some(match lower.as_str() {
        "esc" | "escape" => KeyCode::Esc,
        "enter" | "return" => KeyCode::Enter,
        "tab" => KeyCode::Tab,
        "backspace" => KeyCode::Backspace,
        "space" => KeyCode::Char(' '),
        "insert" | "ins" => KeyCode::Insert,
        "delete" | "del" => KeyCode::Delete,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        _ => return None,
    })
}

impl fmt::Display for ExitKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (flag, name) in [
            (KeyModifiers::CONTROL, "ctrl-"),
            (KeyModifiers::ALT, "alt-"),
            (KeyModifiers::SHIFT, "shift-"),
        ] {
            if self.modifiers.contains(flag) {
                f.write_str(name)?;
            }
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn chords_parse_and_match() {
        let chord: ExitKey = "ctrl-alt-q".parse().unwrap();
        assert!(chord.matches(&key(
            KeyCode::Char('q'),
            KeyModifiers::CONTROL | KeyModifiers::ALT
        )));
        assert!(!chord.matches(&key(KeyCode::Char('q'), KeyModifiers::CONTROL)));
        assert!(!chord.matches(&key(KeyCode::Char('q'), KeyModifiers::NONE)));

        let f10: ExitKey = "F10".parse().unwrap();
        assert!(f10.matches(&key(KeyCode::F(10), KeyModifiers::NONE)));
        assert!(!f10.matches(&key(KeyCode::F(1), KeyModifiers::NONE)));

        let plus: ExitKey = "Ctrl+]".parse().unwrap();
        assert!(plus.matches(&key(KeyCode::Char(']'), KeyModifiers::CONTROL)));

        let minus: ExitKey = "ctrl--".parse().unwrap();
        assert!(minus.matches(&key(KeyCode::Char('-'), KeyModifiers::CONTROL)));
        assert_eq!(minus.to_string(), "ctrl--");

        let upper: ExitKey = "ctrl-X".parse().unwrap();
        assert!(upper.matches(&key(KeyCode::Char('x'), KeyModifiers::CONTROL)));
    }

    #[test]
    fn bad_chords_are_refused_with_a_reason() {
        for (text, reason) in [
            ("", "empty"),
            ("hyper-q", "unknown modifier"),
            ("ctrl-ctrl-q", "twice"),
            ("ctrl-banana", "unknown key"),
            ("F13", "unknown key"),
            ("ctrl-m", "Enter"),
            ("ctrl-i", "Tab"),
        ] {
            let err = text.parse::<ExitKey>().unwrap_err();
            assert!(err.contains(reason), "{text:?}: {err}");
            assert!(!err.contains('\n'), "one line: {err}");
        }
    }
}
