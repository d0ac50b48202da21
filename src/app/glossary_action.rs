//! What the glossary panel's keys ask for.

use crate::strings::Strings;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlossaryAction {
    /// Open the panel with the terms on the page on screen (all of them when it has none).
    Open,
    Up,
    Down,
    PageUp,
    PageDown,
    Close,
}

impl GlossaryAction {
    pub fn describe(self, w: &'static Strings) -> &'static str {
        match self {
            GlossaryAction::Open => w.terms_on_this_page,
            GlossaryAction::Up => w.scroll_up,
            GlossaryAction::Down => w.scroll_down,
            GlossaryAction::PageUp => w.page_up,
            GlossaryAction::PageDown => w.page_down,
            GlossaryAction::Close => w.close_the_terms,
        }
    }

    pub fn hint(self, w: &'static Strings) -> &'static str {
        match self {
            GlossaryAction::Open => w.terms_hint,
            GlossaryAction::Close => w.close,
            other => other.describe(w),
        }
    }
}
