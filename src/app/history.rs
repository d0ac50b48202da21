//! The back stack: where the user was before each jump (a tab, an opened item, a followed link, a search), so
//! Backspace retraces the walk and a forward key redoes it.

use super::App;
use super::quiz_view::QuizView;
use super::tab::Tab;
use super::tab_view::TabView;
use crate::court::DiagramState;

/// Places kept in each direction; the oldest goes first.
pub const HISTORY_LIMIT: usize = 64;

/// One place: the tab, every tab's selection, opening and scroll, and the diagram's focus and case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub tab: Tab,
    pub views: [TabView; Tab::COUNT],
    pub diagram: DiagramState,
    /// The Quiz view as it was, when "show me" left it.
    pub quiz: Option<QuizView>,
}

/// Places to go back and forward to, newest last.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    pub back: Vec<Place>,
    pub forward: Vec<Place>,
}

impl History {
    /// Remembers `place` before a jump; a new jump forgets what could be redone.
    pub fn push(&mut self, place: Place) {
        if self.back.last() == Some(&place) {
            return;
        }
        self.back.push(place);
        if self.back.len() > HISTORY_LIMIT {
            self.back.remove(0);
        }
        self.forward.clear();
    }

    /// The place before `current`, which is kept to come forward to.
    pub fn back(&mut self, current: Place) -> Option<Place> {
        let place = self.back.pop()?;
        self.forward.push(current);
        Some(place)
    }

    /// The place `back` left, with `current` kept to go back to.
    pub fn forward(&mut self, current: Place) -> Option<Place> {
        let place = self.forward.pop()?;
        self.back.push(current);
        Some(place)
    }
}

impl App {
    /// Where the user is now.
    pub fn place(&self) -> Place {
        Place {
            tab: self.state.tab,
            views: self.state.views.clone(),
            diagram: self.state.diagram.clone(),
            quiz: self.state.quiz.view.clone(),
        }
    }

    /// Remembers where the user is, before a jump.
    pub(super) fn remember_place(&mut self) {
        let place = self.place();
        self.state.history.push(place);
    }

    fn restore(&mut self, place: Place) {
        self.state.tab = place.tab;
        self.state.views = place.views;
        self.state.diagram = place.diagram;
        self.state.quiz.view = place.quiz;
        self.state.filtering = false;
    }

    /// Goes back one place; returns false when there is none.
    pub(super) fn go_back(&mut self) -> bool {
        let current = self.place();
        match self.state.history.back(current) {
            Some(place) => {
                self.restore(place);
                true
            }
            None => false,
        }
    }

    pub(super) fn go_forward(&mut self) {
        let current = self.place();
        if let Some(place) = self.state.history.forward(current) {
            self.restore(place);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(tab: usize) -> Place {
        Place {
            tab: Tab::from_index(tab),
            views: Default::default(),
            diagram: DiagramState::default(),
            quiz: None,
        }
    }

    #[test]
    fn back_and_forward_retrace_the_walk() {
        let mut h = History::default();
        h.push(place(0));
        h.push(place(1));
        assert_eq!(h.back(place(2)), Some(place(1)));
        assert_eq!(h.back(place(1)), Some(place(0)));
        assert_eq!(h.back(place(0)), None);
        assert_eq!(h.forward(place(0)), Some(place(1)));
        assert_eq!(h.forward(place(1)), Some(place(2)));
        assert_eq!(h.forward(place(2)), None);
    }

    #[test]
    fn a_new_jump_forgets_the_forward_places_and_the_stack_is_bounded() {
        let mut h = History::default();
        h.push(place(0));
        let _ = h.back(place(1));
        h.push(place(3));
        assert!(h.forward.is_empty());
        for i in 0..HISTORY_LIMIT * 2 {
            h.push(place(i % 7));
        }
        assert_eq!(h.back.len(), HISTORY_LIMIT);
    }
}
