//! Everything a user can ask for. Keys and mouse events become an `Action`; only `AppState::update` acts on it.

use super::diagram_action::DiagramAction;
use super::link_action::LinkAction;
use super::search_state::SearchAction;
use super::time::TimeAction;

/// One request from the user (or the terminal), independent of how it was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NextTab,
    PreviousTab,
    /// Jump to the tab with this index (0-based).
    GoToTab(usize),
    Up,
    Down,
    Open,
    Back,
    PageUp,
    PageDown,
    Home,
    End,
    ToggleHelp,
    CloseHelp,
    StartFilter,
    FilterChar(char),
    FilterBackspace,
    /// Keep the filter and stop typing into it.
    FinishFilter,
    /// Drop the filter and stop typing into it.
    ClearFilter,
    Quit,
    /// A mouse click at a screen cell (column, row).
    Click(u16, u16),
    ScrollUp,
    ScrollDown,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// A key of the court diagram.
    Diagram(DiagramAction),
    /// A key that moves in time or works the Timeline view.
    Time(TimeAction),
    /// A key of the search.
    Search(SearchAction),
    /// A key that moves between or follows the links on a page.
    Link(LinkAction),
    /// Back to where the user was before the last jump (or out of the details).
    HistoryBack,
    /// Redo the jump that `HistoryBack` undid.
    HistoryForward,
    /// Ask whether to leave (a served session, where leaving ends the visit).
    AskToLeave,
    /// Answer no to leaving.
    Stay,
}

impl Action {
    /// Hints a narrow hint line keeps to the last: help and the ways back.
    pub const ESSENTIAL_HINTS: [&'static str; 8] = [
        "help",
        "back",
        "close",
        "leave the case",
        "cancel",
        "clear",
        "quit",
        "leave",
    ];
    /// Hints kept before the rest: what a newcomer needs next.
    pub const USEFUL_HINTS: [&'static str; 6] = [
        "open",
        "quit",
        "search",
        "follow a case",
        "next step",
        "follow",
    ];

    /// A word or two for the one-line key hints, where room is short.
    pub fn hint(self) -> &'static str {
        match self {
            Action::NextTab => "next tab",
            Action::GoToTab(_) => "tabs",
            Action::Up | Action::Down => "move",
            Action::Open => "open",
            Action::Back => "back",
            Action::StartFilter => "filter",
            Action::FinishFilter => "keep",
            Action::ClearFilter => "clear",
            Action::ToggleHelp => "help",
            Action::CloseHelp => "close",
            Action::Quit => "quit",
            Action::AskToLeave => "leave",
            Action::Time(action) => action.hint(),
            Action::Search(action) => action.hint(),
            Action::Link(action) => action.hint(),
            Action::HistoryBack => "back",
            other => other.describe(),
        }
    }

    /// What the action does, for the help overlay and key hints. Actions that share a description are listed together.
    pub fn describe(self) -> &'static str {
        match self {
            Action::NextTab => "next tab",
            Action::PreviousTab => "previous tab",
            Action::GoToTab(_) => "jump to tab",
            Action::Up => "move up",
            Action::Down => "move down",
            Action::Open => "open details",
            Action::Back => "back",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::Home => "top",
            Action::End => "bottom",
            Action::ToggleHelp => "help",
            Action::CloseHelp => "close help",
            Action::StartFilter => "filter the table",
            Action::FilterChar(_) => "type the filter",
            Action::FilterBackspace => "delete a character",
            Action::FinishFilter => "keep the filter",
            Action::ClearFilter => "clear the filter",
            Action::Quit => "quit",
            Action::Click(..) => "select",
            Action::ScrollUp => "scroll up",
            Action::ScrollDown => "scroll down",
            Action::Resize(..) => "resize",
            Action::Diagram(action) => action.describe(),
            Action::Time(action) => action.describe(),
            Action::Search(action) => action.describe(),
            Action::Link(action) => action.describe(),
            Action::HistoryBack => "back to where you were",
            Action::HistoryForward => "forward again",
            Action::AskToLeave => "leave polity",
            Action::Stay => "stay",
        }
    }
}
