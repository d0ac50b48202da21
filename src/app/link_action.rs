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

    // The court diagram's panel links, reached by keyboard.
    /// Move the keyboard into the diagram's panel, onto its first link.
    EnterPanel,
    /// Give the keys back to the diagram's boxes.
    LeavePanel,
    NextInPanel,
    PreviousInPanel,
    /// Go to the body of the panel's focused link.
    FollowInPanel,
}

impl LinkAction {
    /// Whether the action is one of the diagram panel's link keys.
    pub fn in_panel(self) -> bool {
        matches!(
            self,
            LinkAction::EnterPanel
                | LinkAction::LeavePanel
                | LinkAction::NextInPanel
                | LinkAction::PreviousInPanel
                | LinkAction::FollowInPanel
        )
    }

    pub fn describe(self, w: &'static Strings) -> &'static str {
        match self {
            LinkAction::Next => w.next_link,
            LinkAction::Previous => w.previous_link,
            LinkAction::Follow => w.follow_the_link,
            LinkAction::OpenPage => w.open_the_box_page,
            LinkAction::EnterPanel => w.walk_the_panel_links,
            LinkAction::LeavePanel => w.back_to_the_boxes,
            LinkAction::NextInPanel => w.next_link,
            LinkAction::PreviousInPanel => w.previous_link,
            LinkAction::FollowInPanel => w.follow_the_link,
        }
    }

    pub fn hint(self, w: &'static Strings) -> &'static str {
        match self {
            LinkAction::Next | LinkAction::Previous => w.links,
            LinkAction::Follow => w.follow,
            LinkAction::OpenPage => w.its_page,
            LinkAction::EnterPanel => w.panel_links,
            LinkAction::LeavePanel => w.boxes,
            LinkAction::NextInPanel | LinkAction::PreviousInPanel => w.links,
            LinkAction::FollowInPanel => w.follow,
        }
    }
}
