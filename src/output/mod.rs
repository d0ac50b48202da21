//! The bytes a terminal gets for each frame: ratatui's cells encoded straight into a byte buffer, and a page that
//! scrolled moved on the terminal with a scroll region instead of being drawn again.
//!
//! Both runners draw through here: the local terminal writes the buffer to standard output in one write, and an
//! SSH session sends it down its channel. Nothing here knows what the app draws; the app only says, through a
//! [`ScrollHint`], which rows hold a scrolled page and how far it is scrolled.

pub mod diff;
mod encode;
mod painter;
mod screen;

pub use encode::encode;
use painter::Painter;
pub use screen::Screen;

use std::ops::Range;

/// Which screen rows a scrolled page fills and the first of its lines they show. Two frames whose hints have the
/// same rows and offsets `d` apart show the same lines `d` rows apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScrollHint {
    pub rows: Range<u16>,
    pub offset: usize,
}

/// Whether to scroll with scroll regions: not when the operator turned them off (`POLITY_SCROLL_REGIONS=0`) nor
/// on a terminal that has none (`TERM=dumb`, `vt52`, or set empty).
pub fn scroll_regions_allowed(switch: Option<&str>, term: Option<&str>) -> bool {
    let off = switch.is_some_and(|s| s.trim() == "0");
    let dumb = term.is_some_and(|t| t.is_empty() || t == "dumb" || t.starts_with("vt52"));
    !off && !dumb
}

/// The environment variable that turns scroll regions off when it is `0`.
pub const SCROLL_REGIONS_VAR: &str = "POLITY_SCROLL_REGIONS";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scroll_regions_can_be_turned_off() {
        assert!(scroll_regions_allowed(None, Some("xterm-256color")));
        assert!(scroll_regions_allowed(Some("1"), None));
        assert!(!scroll_regions_allowed(Some("0"), Some("xterm")));
        assert!(!scroll_regions_allowed(None, Some("dumb")));
        assert!(!scroll_regions_allowed(None, Some("")));
        assert!(!scroll_regions_allowed(None, Some("vt52")));
        assert!(scroll_regions_allowed(None, Some("linux")));
    }
}
