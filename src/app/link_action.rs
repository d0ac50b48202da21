//! What the link keys ask for.

/// What the link keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkAction {
    Next,
    Previous,
    /// Go to the focused link's body.
    Follow,
}

impl LinkAction {
    pub fn describe(self) -> &'static str {
        match self {
            LinkAction::Next => "next link",
            LinkAction::Previous => "previous link",
            LinkAction::Follow => "follow the link",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            LinkAction::Next | LinkAction::Previous => "links",
            LinkAction::Follow => "follow",
        }
    }
}
