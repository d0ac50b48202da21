//! What the link keys ask for.

use crate::strings::Strings;

/// What the link keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkAction {
    Next,
    Previous,
    /// Go to the focused link's body.
    Follow,
}

impl LinkAction {
    pub fn describe(self, w: &'static Strings) -> &'static str {
        match self {
            LinkAction::Next => w.next_link,
            LinkAction::Previous => w.previous_link,
            LinkAction::Follow => w.follow_the_link,
        }
    }

    pub fn hint(self, w: &'static Strings) -> &'static str {
        match self {
            LinkAction::Next | LinkAction::Previous => w.links,
            LinkAction::Follow => w.follow,
        }
    }
}
