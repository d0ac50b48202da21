//! What the link keys ask for.

use crate::strings::Strings;

/// What the link keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkAction {
    Next,
    Previous,
    /// Go to the focused link's body.
    Follow,

    // The court diagram's page key.
    /// Open the page of the diagram's focused box (while a case is followed, of the court it is at).
    OpenPage,
}

impl LinkAction {
    pub fn describe(self, w: &'static Strings) -> &'static str {
        match self {
            LinkAction::Next => w.next_link,
            LinkAction::Previous => w.previous_link,
            LinkAction::Follow => w.follow_the_link,
            LinkAction::OpenPage => w.open_the_box_page,
        }
    }

    pub fn hint(self, w: &'static Strings) -> &'static str {
        match self {
            LinkAction::Next | LinkAction::Previous => w.links,
            LinkAction::Follow => w.follow,
            LinkAction::OpenPage => w.its_page,
        }
    }
}
