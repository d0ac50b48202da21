//! Everything a user can ask for. Keys and mouse events become an `Action`; only `AppState::update` acts on it.

use super::diagram_action::DiagramAction;
use super::glossary_action::GlossaryAction;
use super::link_action::LinkAction;
use super::quiz_action::QuizAction;
use super::search_state::SearchAction;
use super::time::TimeAction;
use super::tour_action::TourAction;
use crate::strings::Strings;

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

    // The quiz view, predict-then-reveal and the glossary panel.
    /// A key of the Quiz view.
    Quiz(QuizAction),
    /// A key of the glossary panel.
    Glossary(GlossaryAction),
    // Guided tours and presenter mode.
    /// A key of the tour list or of a tour.
    Tour(TourAction),
    /// Presenter mode on or off.
    TogglePresent,
}

impl Action {
    /// How much a hint matters where the hint line is short: 2 for help and every way back or out, 1 for what
    /// a newcomer needs next, 0 for the rest (dropped first).
    pub fn importance(self) -> u8 {
        use DiagramAction as D;
        match self {
            Action::ToggleHelp
            | Action::CloseHelp
            | Action::Back
            | Action::HistoryBack
            | Action::ClearFilter
            | Action::Quit
            | Action::AskToLeave
            | Action::Stay
            | Action::Time(TimeAction::CloseTimeline)
            | Action::Search(SearchAction::Clear)
            | Action::Diagram(D::LeaveScenario | D::CancelScenarios)
            | Action::Quiz(QuizAction::Close)
            | Action::Diagram(D::CancelPrediction)
            | Action::Glossary(GlossaryAction::Close)
            | Action::Tour(TourAction::Leave | TourAction::CloseList)
            | Action::Link(LinkAction::LeavePanel) => 2,
            Action::Open
            | Action::Search(SearchAction::Open | SearchAction::Go)
            | Action::Link(LinkAction::Follow | LinkAction::OpenPage)
            | Action::Link(
                LinkAction::EnterPanel | LinkAction::NextInPanel | LinkAction::FollowInPanel,
            )
            | Action::Diagram(
                D::OpenScenarios | D::ToggleView | D::StepForward | D::PickScenario | D::Predict,
            )
            | Action::Time(TimeAction::TimelineJump)
            | Action::Quiz(QuizAction::Answer(_) | QuizAction::Next | QuizAction::ShowMe)
            | Action::Diagram(D::Guess(_) | D::Reveal)
            | Action::Tour(TourAction::Start | TourAction::NextStop) => 1,
            _ => 0,
        }
    }

    /// A word or two for the one-line key hints, where room is short.
    pub fn hint(self, w: &'static Strings) -> &'static str {
        match self {
            Action::NextTab => w.next_tab,
            Action::GoToTab(_) => w.tabs,
            Action::Up | Action::Down => w.move_,
            Action::Open => w.open,
            Action::Back => w.back,
            Action::StartFilter => w.filter,
            Action::FinishFilter => w.keep,
            Action::ClearFilter => w.clear,
            Action::ToggleHelp => w.help,
            Action::CloseHelp => w.close,
            Action::Quit => w.quit,
            Action::AskToLeave => w.leave,
            Action::Time(action) => action.hint(w),
            Action::Search(action) => action.hint(w),
            Action::Link(action) => action.hint(w),
            Action::HistoryBack => w.back,
            Action::Quiz(action) => action.hint(w),
            Action::Glossary(action) => action.hint(w),
            Action::Tour(action) => action.hint(w),
            other => other.describe(w),
        }
    }

    /// What the action does, for the help overlay and key hints. Actions that share a description are listed together.
    pub fn describe(self, w: &'static Strings) -> &'static str {
        match self {
            Action::NextTab => w.next_tab,
            Action::PreviousTab => w.previous_tab,
            Action::GoToTab(_) => w.jump_to_tab,
            Action::Up => w.move_up,
            Action::Down => w.move_down,
            Action::Open => w.open_details,
            Action::Back => w.back,
            Action::PageUp => w.page_up,
            Action::PageDown => w.page_down,
            Action::Home => w.top,
            Action::End => w.bottom,
            Action::ToggleHelp => w.help,
            Action::CloseHelp => w.close_help,
            Action::StartFilter => w.filter_the_table,
            Action::FilterChar(_) => w.type_the_filter,
            Action::FilterBackspace => w.delete_a_character,
            Action::FinishFilter => w.keep_the_filter,
            Action::ClearFilter => w.clear_the_filter,
            Action::Quit => w.quit,
            Action::Click(..) => w.select,
            Action::ScrollUp => w.scroll_up,
            Action::ScrollDown => w.scroll_down,
            Action::Resize(..) => w.resize,
            Action::Diagram(action) => action.describe(w),
            Action::Time(action) => action.describe(w),
            Action::Search(action) => action.describe(w),
            Action::Link(action) => action.describe(w),
            Action::HistoryBack => w.back_to_where_you_were,
            Action::HistoryForward => w.forward_again,
            Action::AskToLeave => w.leave_polity,
            Action::Stay => w.stay,
            Action::Quiz(action) => action.describe(w),
            Action::Glossary(action) => action.describe(w),
            Action::Tour(action) => action.describe(w),
            Action::TogglePresent => w.tour.presenter_mode,
        }
    }
}
