//! Every style the app uses, in one value. Meaning never rests on colour alone: selection is also reversed or
//! bold, and seat groups also differ by glyph, so the monochrome theme reads the same.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub text: Style,
    pub title: Style,
    pub heading: Style,
    pub dim: Style,
    pub selected: Style,
    pub tab_active: Style,
    pub tab_inactive: Style,
    pub border: Style,
    pub border_focus: Style,
    pub warn: Style,
    pub key: Style,
    pub bar: Style,
    /// Styles for series in charts (seat groups, candidates), paired with `GLYPHS`.
    pub series: [Style; 6],
}

/// Glyphs that tell series apart without colour.
pub const GLYPHS: [char; 6] = ['█', '▓', '▒', '░', '▚', '▞'];

impl Theme {
    /// Colours that read on light and dark backgrounds alike (no fixed background, no white or black text).
    pub fn colour() -> Theme {
        Theme {
            text: Style::new(),
            title: Style::new().add_modifier(Modifier::BOLD),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            dim: Style::new().add_modifier(Modifier::DIM),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            tab_active: Style::new()
                .fg(Color::Cyan)
                .add_modifier(Modifier::REVERSED | Modifier::BOLD),
            tab_inactive: Style::new(),
            border: Style::new().add_modifier(Modifier::DIM),
            border_focus: Style::new().fg(Color::Cyan),
            warn: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            bar: Style::new().fg(Color::Cyan),
            series: [
                Style::new().fg(Color::Cyan),
                Style::new().fg(Color::Yellow),
                Style::new().fg(Color::Magenta),
                Style::new().fg(Color::Green),
                Style::new().fg(Color::Blue),
                Style::new().fg(Color::Red),
            ],
        }
    }

    /// No colour at all: for NO_COLOR, monochrome terminals and washed-out projectors.
    pub fn mono() -> Theme {
        let plain = Style::new();
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            text: plain,
            title: bold,
            heading: bold.add_modifier(Modifier::UNDERLINED),
            dim: Style::new().add_modifier(Modifier::DIM),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            tab_inactive: plain,
            border: plain,
            border_focus: bold,
            warn: bold,
            key: bold,
            bar: plain,
            series: [plain; 6],
        }
    }

    /// Monochrome when NO_COLOR is set (https://no-color.org), colour otherwise.
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::mono(),
            _ => Theme::colour(),
        }
    }
}
