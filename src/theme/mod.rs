//! Every style and glyph the app draws, in one value: the theme's styles, fitted to the terminal's colour depth,
//! and the character set's symbols beside them. A leaf: it imports nothing else of polity.
//!
//! - `palettes`: the themes by name, in their richest colours
//! - `depth`: the terminal's colour depth and the one reduction to it
//! - `charset`: Unicode or ASCII borders, markers and chart glyphs
//! - `detect`: the choice from flags and environment variables

pub mod charset;
pub mod depth;
pub mod detect;
pub mod palettes;

pub use charset::{Charset, Symbols};
pub use depth::Depth;
pub use detect::{Asked, Detected};
pub use palettes::ThemeName;

use ratatui::style::Style;

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
    /// Styles for series in charts (seat groups, candidates), paired with `symbols.series`.
    pub series: [Style; 6],
    /// The glyphs to draw with: Unicode, or ASCII where the terminal has no more.
    pub symbols: &'static Symbols,
}

impl Theme {
    /// Colours that read on light and dark backgrounds alike (no fixed background, no white or black text).
    pub fn colour() -> Theme {
        palettes::colour()
    }

    /// No colour at all: for NO_COLOR, monochrome terminals and washed-out projectors.
    pub fn mono() -> Theme {
        palettes::mono()
    }

    /// The theme `name` at `depth`, drawn with `charset`.
    pub fn new(name: ThemeName, depth: Depth, charset: Charset) -> Theme {
        let t = name.palette();
        let r = |s: Style| depth::reduce_style(s, depth);
        Theme {
            text: r(t.text),
            title: r(t.title),
            heading: r(t.heading),
            dim: r(t.dim),
            selected: r(t.selected),
            tab_active: r(t.tab_active),
            tab_inactive: r(t.tab_inactive),
            border: r(t.border),
            border_focus: r(t.border_focus),
            warn: r(t.warn),
            key: r(t.key),
            bar: r(t.bar),
            series: t.series.map(r),
            symbols: charset.symbols(),
        }
    }

    /// What `detect` chose.
    pub fn detected(d: &Detected) -> Theme {
        Theme::new(d.theme, d.depth, d.charset)
    }

    /// The same styles drawn with `charset`.
    pub fn with_charset(self, charset: Charset) -> Theme {
        Theme {
            symbols: charset.symbols(),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Color;

    #[test]
    fn the_default_theme_is_the_same_at_every_depth() {
        for depth in [Depth::Basic, Depth::Indexed, Depth::TrueColor] {
            assert_eq!(
                Theme::new(ThemeName::Default, depth, Charset::Unicode),
                Theme::colour()
            );
        }
        assert_eq!(
            Theme::new(ThemeName::Monochrome, Depth::TrueColor, Charset::Unicode),
            Theme::mono()
        );
    }

    #[test]
    fn rich_themes_are_reduced_to_the_terminal() {
        let rich = Theme::new(ThemeName::Light, Depth::TrueColor, Charset::Unicode);
        assert!(matches!(rich.heading.fg, Some(Color::Rgb(..))));
        let indexed = Theme::new(ThemeName::Light, Depth::Indexed, Charset::Unicode);
        assert!(matches!(indexed.heading.fg, Some(Color::Indexed(_))));
        let basic = Theme::new(ThemeName::Light, Depth::Basic, Charset::Unicode);
        let colours = [basic.heading, basic.warn, basic.dim, basic.border]
            .into_iter()
            .chain(basic.series)
            .filter_map(|s| s.fg);
        for c in colours {
            assert!(!matches!(c, Color::Rgb(..) | Color::Indexed(_)), "{c:?}");
        }
    }

    #[test]
    fn themes_differ() {
        let names = [
            ThemeName::Default,
            ThemeName::Dark,
            ThemeName::Light,
            ThemeName::HighContrast,
            ThemeName::Monochrome,
        ];
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                assert_ne!(a.palette(), b.palette(), "{a:?} and {b:?}");
            }
        }
    }
}
