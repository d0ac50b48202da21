//! The search's state and keys, apart from how a search is run (`search.rs`), so actions can name them.

use crate::strings::Strings;

/// What is being searched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Scope {
    /// Everything the dataset says at the chosen date.
    #[default]
    Everything,
    /// The lines of the help overlay.
    Help,
}

/// The search the user is typing or has made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    pub query: String,
    /// Keys go into the query and the results are on screen.
    pub typing: bool,
    /// The result row chosen while typing.
    pub selected: usize,
    /// The match last gone to, for n / N; its words stay highlighted.
    pub found: Option<usize>,
    pub scope: Scope,
}

impl SearchState {
    /// The query whose matches are highlighted, once the user has gone to one.
    pub fn highlighted(&self) -> Option<&str> {
        (self.found.is_some() || self.typing)
            .then_some(self.query.trim())
            .filter(|q| !q.is_empty())
    }
}

/// What the search keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchAction {
    Open,
    Char(char),
    Backspace,
    Up,
    Down,
    /// Go to the chosen result.
    Go,
    /// The next match after the one gone to, wrapping around.
    Next,
    Previous,
    /// Drop the query and its highlight.
    Clear,
}

impl SearchAction {
    pub fn describe(self, w: &'static Strings) -> &'static str {
        match self {
            SearchAction::Open => w.search,
            SearchAction::Char(_) => w.type_the_search,
            SearchAction::Backspace => w.delete_a_character,
            SearchAction::Up => w.previous_result,
            SearchAction::Down => w.next_result,
            SearchAction::Go => w.go_to_the_result,
            SearchAction::Next => w.next_match,
            SearchAction::Previous => w.previous_match,
            SearchAction::Clear => w.clear_the_search,
        }
    }

    pub fn hint(self, w: &'static Strings) -> &'static str {
        match self {
            SearchAction::Go => w.go_there,
            SearchAction::Clear => w.clear,
            SearchAction::Up | SearchAction::Down => w.move_,
            other => other.describe(w),
        }
    }
}
