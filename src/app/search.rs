//! Search from anywhere: the query being typed, the result chosen, and going to it. The index itself is
//! `crate::search`, built once per snapshot and kept until the date changes.

use super::App;
use super::entries::{Entry, entries};
use super::help;
use super::screen::{Areas, inner};
pub use super::search_state::{Scope, SearchAction, SearchState};
use super::tab::Tab;
use crate::search::{Hit, MAX_QUERY_CHARS, SearchIndex, Subject, fold, step};
use ratatui::text::Line;
use std::sync::Arc;

/// The tab and list entry where a subject is shown, if the snapshot lists it.
pub fn place(model: &crate::model::Model, subject: Subject) -> Option<(Tab, usize)> {
    let entry = entry_of(subject);
    Tab::ALL.into_iter().find_map(|tab| {
        entries(model, tab)
            .iter()
            .position(|&e| e == entry)
            .map(|row| (tab, row))
    })
}

/// The list entry that shows a subject.
pub fn entry_of(subject: Subject) -> Entry {
    match subject {
        Subject::Overview => Entry::Summary,
        Subject::Body(i) => Entry::Body(i),
        Subject::Topic(i) => Entry::Topic(i),
        Subject::Election(i) => Entry::Election(i),
        Subject::Membership(_) => Entry::Memberships,
        Subject::Discrepancy(_) => Entry::Discrepancies,
        Subject::Case => Entry::CourtDiagram,
    }
}

impl App {
    /// The search index of the snapshot on screen, built on first use.
    pub fn search_index(&mut self) -> Arc<SearchIndex> {
        if let Some(index) = &self.search_index {
            return index.clone();
        }
        let index = Arc::new(SearchIndex::of(&self.model, self.strings));
        self.search_index = Some(index.clone());
        index
    }

    pub(super) fn apply_search(&mut self, action: SearchAction) {
        let search = &mut self.state.search;
        match action {
            SearchAction::Open => {
                let scope = if self.state.help.is_some() {
                    Scope::Help
                } else {
                    Scope::Everything
                };
                self.state.search = SearchState {
                    typing: true,
                    scope,
                    ..SearchState::default()
                };
                if scope == Scope::Everything {
                    self.search_index();
                }
            }
            SearchAction::Char(c) => {
                if search.query.chars().count() < MAX_QUERY_CHARS && !c.is_control() {
                    search.query.push(c);
                    search.selected = 0;
                    self.follow_in_help(0);
                }
            }
            SearchAction::Backspace => {
                search.query.pop();
                search.selected = 0;
                self.follow_in_help(0);
            }
            SearchAction::Up => search.selected = search.selected.saturating_sub(1),
            SearchAction::Down => {
                let count = self.hit_count();
                let search = &mut self.state.search;
                search.selected = (search.selected + 1).min(count.saturating_sub(1));
            }
            SearchAction::Go => {
                search.typing = false;
                let chosen = search.selected;
                if search.query.trim().is_empty() {
                    search.found = None;
                } else {
                    self.go_to_hit(chosen);
                }
            }
            SearchAction::Next | SearchAction::Previous => {
                let Some(current) = search.found else {
                    return;
                };
                if search.scope == Scope::Help && self.state.help.is_none() {
                    return;
                }
                let count = self.hit_count();
                if count > 0 {
                    self.go_to_hit(step(current, count, action == SearchAction::Next));
                }
            }
            SearchAction::Clear => self.state.search = SearchState::default(),
        }
    }

    /// Hits of the current query in its scope.
    fn hit_count(&mut self) -> usize {
        match self.state.search.scope {
            Scope::Help => help_matches(self).len(),
            Scope::Everything => {
                let query = self.state.search.query.clone();
                self.search_index().search(&query).len()
            }
        }
    }

    /// While typing in help, scroll it to the `nth` matching line.
    fn follow_in_help(&mut self, nth: usize) {
        if self.state.search.scope == Scope::Help
            && let Some(&line) = help_matches(self).get(nth)
        {
            self.state.help = Some(line.saturating_sub(1));
        }
    }

    /// Goes to the `nth` hit: its tab, its item opened, scrolled to the matching line.
    fn go_to_hit(&mut self, nth: usize) {
        self.state.search.found = Some(nth);
        if self.state.search.scope == Scope::Help {
            self.follow_in_help(nth);
            return;
        }
        let query = self.state.search.query.clone();
        let index = self.search_index();
        let Some(hit) = index.search(&query).get(nth).copied() else {
            return;
        };
        let Some((tab, row)) = place(&self.model, index.documents[hit.document].subject) else {
            return;
        };
        self.go_to_page(tab, row);
        self.state.time.timeline = None;
        self.scroll_to_match(&query);
    }

    /// Scrolls the open page so that the first line matching `query` shows near the top.
    fn scroll_to_match(&mut self, query: &str) {
        let Some(entry) = self.state.entry(&self.model) else {
            return;
        };
        if entry == Entry::CourtDiagram {
            return;
        }
        let width = inner(Areas::new(self.screen(), true).content).width as usize;
        let needle = fold(query.trim());
        let lines = self.page(entry, width);
        if let Some(at) = lines.iter().position(|l| line_matches(l, &needle)) {
            self.state.view_mut().scroll = at.saturating_sub(2);
        }
    }

    /// The hits a result list shows: the first `count`, and how many there are in all.
    pub fn search_results(&self, count: usize) -> (Vec<Hit>, usize) {
        match &self.search_index {
            Some(index) => index.search_first(&self.state.search.query, count),
            None => (Vec::new(), 0),
        }
    }
}

/// Whether a line's text contains `needle` (already folded).
pub fn line_matches(line: &Line, needle: &str) -> bool {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    !needle.is_empty() && fold(&text).contains(needle)
}

/// The help lines that contain the query.
pub fn help_matches(app: &App) -> Vec<usize> {
    let needle = fold(app.state.search.query.trim());
    help::lines(app)
        .iter()
        .enumerate()
        .filter(|(_, l)| line_matches(l, &needle))
        .map(|(i, _)| i)
        .collect()
}
