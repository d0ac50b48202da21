//! The search's state and keys, apart from how a search is run (`search.rs`), so actions can name them.

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
    pub fn describe(self) -> &'static str {
        match self {
            SearchAction::Open => "search",
            SearchAction::Char(_) => "type the search",
            SearchAction::Backspace => "delete a character",
            SearchAction::Up => "previous result",
            SearchAction::Down => "next result",
            SearchAction::Go => "go to the result",
            SearchAction::Next => "next match",
            SearchAction::Previous => "previous match",
            SearchAction::Clear => "clear the search",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            SearchAction::Go => "go there",
            SearchAction::Clear => "clear",
            SearchAction::Up | SearchAction::Down => "move",
            other => other.describe(),
        }
    }
}
