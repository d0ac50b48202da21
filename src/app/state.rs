//! What the user has selected, opened and scrolled. Changed only by `App::update`.

use super::derived::Derived;
use super::diagram_cache::LayoutCache;
use super::entries::Entry;
use super::glossary_panel::GlossaryPanel;
use super::history::History;
use super::keymap::Context;
use super::present::Presenter;
use super::quiz_view::QuizState;
use super::search_state::SearchState;
use super::tab::Tab;
use super::time::TimeState;
use super::tour::TourState;
use crate::court::DiagramState;
use crate::model::Model;

pub use super::tab_view::TabView;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub tab: Tab,
    pub views: [TabView; Tab::COUNT],
    /// The help overlay is open, scrolled to this line.
    pub help: Option<usize>,
    /// The membership table's filter.
    pub filter: String,
    /// Keys go into the filter.
    pub filtering: bool,
    /// The court diagram's view, focus and scenario.
    pub diagram: DiagramState,
    /// The chosen date and the Timeline view.
    pub time: TimeState,
    /// The search being typed or gone to.
    pub search: SearchState,
    /// Where the user was before each jump.
    pub history: History,
    /// "Leave polity? y / n" is on screen.
    pub leaving: bool,
    /// The terminal's size in columns and rows.
    pub size: (u16, u16),
    pub quit: bool,
    /// What is derived from the dataset and this state, computed once per change.
    pub derived: Derived,
    /// The Quiz view, when open.
    pub quiz: QuizState,
    /// The glossary panel, when open.
    pub glossary_panel: Option<GlossaryPanel>,
    /// The tour list and the tour being followed.
    pub tour: TourState,
    /// Presenter mode.
    pub present: Presenter,
    /// The court diagram's layout and panel, kept while nothing they depend on changes.
    pub diagram_cache: LayoutCache,
}

impl AppState {
    pub fn new(size: (u16, u16)) -> AppState {
        AppState {
            tab: Tab::Overview,
            views: Default::default(),
            help: None,
            filter: String::new(),
            filtering: false,
            diagram: DiagramState::default(),
            time: TimeState::default(),
            search: SearchState::default(),
            history: History::default(),
            leaving: false,
            size,
            quit: false,
            derived: Derived::default(),
            quiz: QuizState::default(),
            glossary_panel: None,
            tour: TourState::default(),
            present: Presenter::default(),
            diagram_cache: LayoutCache::default(),
        }
    }

    pub fn view(&self) -> &TabView {
        &self.views[self.tab.index()]
    }

    pub fn view_mut(&mut self) -> &mut TabView {
        &mut self.views[self.tab.index()]
    }

    /// The entry selected in the current tab, if the tab has any.
    pub fn entry(&self, model: &Model) -> Option<Entry> {
        self.entries(model).get(self.view().selected).copied()
    }

    /// What the current tab lists, from the cache.
    pub fn entries(&self, model: &Model) -> std::sync::Arc<[Entry]> {
        self.derived.entries(model, self.tab)
    }

    /// The key-map contexts in force, most specific first.
    pub fn contexts(&self, model: &Model) -> Vec<Context> {
        if self.leaving {
            return vec![Context::Leave, Context::Always];
        }
        if self.search.typing {
            return vec![Context::Search, Context::Always];
        }
        if self.help.is_some() {
            return vec![Context::Help, Context::Always];
        }
        if self.quiz.view.is_some() {
            return vec![Context::Quiz, Context::Always];
        }
        if self.glossary_panel.is_some() {
            return vec![Context::GlossaryPanel, Context::Always];
        }
        if self.filtering {
            return vec![Context::Filter, Context::Always];
        }
        if self.time.timeline.is_some() {
            return vec![Context::Timeline, Context::Always];
        }
        // Guided tours: the list takes every key; a tour's stop keys come before the diagram's.
        if self.tour.list.is_some() {
            return vec![Context::TourList, Context::Always];
        }
        let mut contexts = Vec::with_capacity(6);
        if self.tour.on.is_some() {
            contexts.push(Context::Tour);
        }
        let entry = self.entry(model);
        if entry == Some(Entry::Memberships) {
            contexts.push(Context::Table);
        }
        if entry == Some(Entry::CourtDiagram) {
            if self.view().open {
                if self.diagram.picker.is_some() {
                    return vec![Context::ScenarioList, Context::Always];
                }
                // The panel's links take Tab, Enter and Esc before a case and the boxes do.
                if self.diagram.panel_link.is_some() {
                    contexts.push(Context::DiagramPanel);
                }
                if self.diagram.walk.is_some() {
                    if self.diagram.predict.as_ref().is_some_and(|p| p.asking()) {
                        contexts.push(Context::Predict);
                    }
                    contexts.push(Context::Scenario);
                }
                contexts.push(Context::Diagram);
            }
            contexts.push(Context::Court);
        }
        if self.view().open && entry.is_some_and(|e| has_links(model, e)) {
            contexts.push(Context::Links);
        }
        contexts.push(if self.view().open {
            Context::Detail
        } else {
            Context::List
        });
        contexts.extend([Context::Browse, Context::Always]);
        contexts
    }
}

/// Whether `entry`'s page names other bodies, asked cheaply (without building the page).
pub fn has_links(model: &Model, entry: Entry) -> bool {
    match entry {
        Entry::Summary => true,
        Entry::Body(i) => model
            .relations_of(&model.data.bodies[i].id)
            .next()
            .is_some(),
        _ => false,
    }
}
