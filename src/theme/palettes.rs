//! The themes in their richest form (RGB where a theme picks its own colours); `depth::reduce` fits them to the
//! terminal. Meaning never rests on colour alone: selection is also reversed or bold, and chart series also
//! differ by glyph, so every theme reads the same without colour.

use super::{Theme, charset::UNICODE};
use ratatui::style::{Color, Modifier, Style};

/// The themes a user can choose by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ThemeName {
    /// Colours that read on light and dark backgrounds alike: the choice when nothing is known.
    #[default]
    Default,
    /// Bright colours for a dark background.
    Dark,
    /// Deep colours for a light background (and most projectors).
    Light,
    /// Bold, underlined and reversed rather than dim: for washed-out projectors and weak eyes.
    HighContrast,
    /// No colour at all.
    #[value(alias = "mono")]
    Monochrome,
}

impl ThemeName {
    pub fn palette(self) -> Theme {
        match self {
            ThemeName::Default => colour(),
            ThemeName::Dark => dark(),
            ThemeName::Light => light(),
            ThemeName::HighContrast => high_contrast(),
            ThemeName::Monochrome => mono(),
        }
    }
}

const BOLD: Modifier = Modifier::BOLD;

fn fg(c: Color) -> Style {
    Style::new().fg(c)
}

/// Today's default: named colours the terminal's own palette keeps readable (no fixed background, no white or
/// black text).
pub fn colour() -> Theme {
    Theme {
        text: Style::new(),
        title: Style::new().add_modifier(BOLD),
        heading: fg(Color::Cyan).add_modifier(BOLD),
        dim: Style::new().add_modifier(Modifier::DIM),
        selected: Style::new().add_modifier(Modifier::REVERSED | BOLD),
        tab_active: fg(Color::Cyan).add_modifier(Modifier::REVERSED | BOLD),
        tab_inactive: Style::new(),
        border: Style::new().add_modifier(Modifier::DIM),
        border_focus: fg(Color::Cyan),
        warn: fg(Color::Yellow).add_modifier(BOLD),
        key: fg(Color::Cyan).add_modifier(BOLD),
        bar: fg(Color::Cyan),
        series: [
            fg(Color::Cyan),
            fg(Color::Yellow),
            fg(Color::Magenta),
            fg(Color::Green),
            fg(Color::Blue),
            fg(Color::Red),
        ],
        symbols: &UNICODE,
    }
}

/// No colour at all: for NO_COLOR, monochrome terminals and washed-out projectors.
pub fn mono() -> Theme {
    let plain = Style::new();
    let bold = Style::new().add_modifier(BOLD);
    Theme {
        text: plain,
        title: bold,
        // Bold alone: underlining is how a link shows without colour, so a heading must not look like one.
        heading: bold,
        dim: Style::new().add_modifier(Modifier::DIM),
        selected: Style::new().add_modifier(Modifier::REVERSED | BOLD),
        tab_active: Style::new().add_modifier(Modifier::REVERSED | BOLD),
        tab_inactive: plain,
        border: plain,
        border_focus: bold,
        warn: bold,
        key: bold,
        bar: plain,
        series: [plain; 6],
        symbols: &UNICODE,
    }
}

fn dark() -> Theme {
    let sky = Color::Rgb(95, 215, 255);
    Theme {
        text: Style::new(),
        title: Style::new().add_modifier(BOLD),
        heading: fg(sky).add_modifier(BOLD),
        dim: fg(Color::Rgb(138, 138, 138)),
        selected: fg(sky).add_modifier(Modifier::REVERSED | BOLD),
        tab_active: fg(sky).add_modifier(Modifier::REVERSED | BOLD),
        tab_inactive: fg(Color::Rgb(188, 188, 188)),
        border: fg(Color::Rgb(98, 98, 98)),
        border_focus: fg(sky),
        warn: fg(Color::Rgb(255, 215, 95)).add_modifier(BOLD),
        key: fg(Color::Rgb(135, 215, 255)).add_modifier(BOLD),
        bar: fg(Color::Rgb(95, 175, 255)),
        series: [
            fg(sky),
            fg(Color::Rgb(255, 215, 95)),
            fg(Color::Rgb(255, 135, 215)),
            fg(Color::Rgb(135, 215, 135)),
            fg(Color::Rgb(135, 135, 255)),
            fg(Color::Rgb(255, 135, 135)),
        ],
        symbols: &UNICODE,
    }
}

fn light() -> Theme {
    let ink = Color::Rgb(0, 75, 160);
    Theme {
        text: Style::new(),
        title: Style::new().add_modifier(BOLD),
        heading: fg(ink).add_modifier(BOLD),
        dim: fg(Color::Rgb(98, 98, 98)),
        selected: fg(ink).add_modifier(Modifier::REVERSED | BOLD),
        tab_active: fg(ink).add_modifier(Modifier::REVERSED | BOLD),
        tab_inactive: Style::new(),
        border: fg(Color::Rgb(138, 138, 138)),
        border_focus: fg(ink),
        warn: fg(Color::Rgb(175, 0, 0)).add_modifier(BOLD),
        key: fg(ink).add_modifier(BOLD),
        bar: fg(ink),
        series: [
            fg(ink),
            fg(Color::Rgb(175, 95, 0)),
            fg(Color::Rgb(135, 0, 135)),
            fg(Color::Rgb(0, 135, 0)),
            fg(Color::Rgb(0, 0, 175)),
            fg(Color::Rgb(175, 0, 0)),
        ],
        symbols: &UNICODE,
    }
}

fn high_contrast() -> Theme {
    let plain = Style::new();
    let bold = plain.add_modifier(BOLD);
    let strong = |c: Color| fg(c).add_modifier(BOLD);
    Theme {
        text: plain,
        title: bold,
        // Bold alone: underlining is how a link shows without colour, so a heading must not look like one.
        heading: bold,
        // Never dim: it is the first thing a projector washes out.
        dim: plain,
        selected: bold.add_modifier(Modifier::REVERSED),
        tab_active: bold.add_modifier(Modifier::REVERSED),
        tab_inactive: plain,
        border: bold,
        border_focus: strong(Color::Rgb(0, 95, 255)),
        warn: bold.add_modifier(Modifier::REVERSED),
        key: bold.add_modifier(Modifier::UNDERLINED),
        bar: bold,
        series: [
            strong(Color::Rgb(0, 95, 255)),
            strong(Color::Rgb(215, 0, 0)),
            strong(Color::Rgb(0, 135, 0)),
            strong(Color::Rgb(175, 0, 175)),
            bold,
            strong(Color::Rgb(175, 95, 0)),
        ],
        symbols: &UNICODE,
    }
}
