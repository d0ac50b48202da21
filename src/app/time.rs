//! The chosen "as of" date, the Timeline view's selection, and the actions that move through time.
//!
//! Changing the date swaps `App.model` for that date's snapshot and keeps every selection pointing at
//! something that still exists (the same item where it still holds, else the nearest row).

use super::App;
use super::entries::{Entry, entries};
use super::tab::Tab;
use crate::model::{Date, Model, Timeline};
use crate::strings::Strings;
use std::sync::Arc;

/// Where the user is in time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimeState {
    /// Index into the timeline's change dates (its snapshots).
    pub date: usize,
    /// The Timeline view is open with this event (in date order) selected.
    pub timeline: Option<usize>,
}

/// What the time keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeAction {
    /// The change date before the chosen one.
    Previous,
    /// The change date after the chosen one.
    Next,
    /// The date of the source the dataset was built from.
    Article,
    /// The newest change date.
    Newest,
    OpenTimeline,
    TimelineUp,
    TimelineDown,
    /// Go to the selected event's date, tab and body.
    TimelineJump,
    CloseTimeline,
}

impl TimeAction {
    pub fn describe(self, w: &'static Strings) -> &'static str {
        match self {
            TimeAction::Previous => w.previous_change,
            TimeAction::Next => w.next_change,
            TimeAction::Article => w.the_articles_date,
            TimeAction::Newest => w.the_newest_date,
            TimeAction::OpenTimeline => w.timeline_of_events,
            TimeAction::TimelineUp => w.move_up,
            TimeAction::TimelineDown => w.move_down,
            TimeAction::TimelineJump => w.go_to_that_date_and_body,
            TimeAction::CloseTimeline => w.close_the_timeline,
        }
    }

    /// A word or two for the key hints.
    pub fn hint(self, w: &'static Strings) -> &'static str {
        match self {
            TimeAction::Previous => w.earlier,
            TimeAction::Next => w.later,
            TimeAction::OpenTimeline => w.timeline,
            TimeAction::TimelineUp | TimeAction::TimelineDown => w.move_,
            TimeAction::TimelineJump => w.go_there,
            TimeAction::CloseTimeline => w.close,
            other => other.describe(w),
        }
    }
}

/// What one selection pointed at, so it can be found again in another snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    Body(String),
    Topic(String),
    Election(String),
    Other(Entry),
}

fn target(model: &Model, entry: Entry) -> Target {
    let d = &model.data;
    match entry {
        Entry::Body(i) => Target::Body(d.bodies[i].id.to_string()),
        Entry::Topic(i) => Target::Topic(d.topics[i].id.to_string()),
        Entry::Election(i) => Target::Election(d.elections[i].id.to_string()),
        other => Target::Other(other),
    }
}

fn same(model: &Model, entry: Entry, wanted: &Target) -> bool {
    target(model, entry) == *wanted
}

/// The events of the whole file in date order (file order within a day), as indexes into its `events`.
pub fn events_in_order(full: &Model) -> Vec<usize> {
    let events = &full.data.events;
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by_key(|&i| Date::parse(&events[i].date));
    order
}

/// The change date `--as-of TEXT` asks for: the newest by the end of the day, month or year written. One line saying why not otherwise.
pub fn start_date(timeline: &Timeline, text: &str, w: &'static Strings) -> Result<usize, String> {
    let date = Date::parse(text).ok_or_else(|| (w.start_not_a_date)(text))?;
    timeline.index_as_of(&date).ok_or_else(|| {
        let first = timeline.date(0).map_or(String::new(), |d| d.to_string());
        (w.start_before_first)(text, &first)
    })
}

impl App {
    /// Starts on change date `index` and comes back to it when the app forgets its visitor.
    pub fn start_at(&mut self, index: usize) {
        self.home_date = index.min(self.timeline.newest());
        self.set_date(self.home_date);
    }

    /// The chosen date; `None` for a dataset without dates.
    pub fn as_of(&self) -> Option<Date> {
        self.timeline.date(self.state.time.date)
    }

    /// Whether the chosen date is the newest the dataset knows.
    pub fn at_newest(&self) -> bool {
        self.state.time.date >= self.timeline.newest()
    }

    /// Shows the dataset as of change date `index` (clamped), keeping selections on what still exists.
    pub fn set_date(&mut self, index: usize) {
        let index = index.min(self.timeline.newest());
        if index == self.state.time.date && Arc::ptr_eq(&self.model, self.timeline.snapshot(index))
        {
            return;
        }
        let old = self.model.clone();
        let new = self.timeline.snapshot(index).clone();
        for tab in Tab::ALL {
            let before = entries(&old, tab);
            let after = entries(&new, tab);
            let view = &mut self.state.views[tab.index()];
            let wanted = before.get(view.selected).map(|&e| target(&old, e));
            let found = wanted
                .as_ref()
                .and_then(|w| after.iter().position(|&e| same(&new, e, w)));
            match found {
                Some(i) => view.selected = i,
                None => {
                    view.selected = view.selected.min(after.len().saturating_sub(1));
                    view.scroll = 0;
                    if after.is_empty() {
                        view.open = false;
                    }
                }
            }
        }
        self.keep_diagram(&old, &new);
        self.state.time.date = index;
        self.model = new;
        self.search_index = None;
    }

    /// The diagram's focus and case follow their body and scenario ids; what is gone is dropped.
    fn keep_diagram(&mut self, old: &Model, new: &Model) {
        let d = &mut self.state.diagram;
        d.focus = d
            .focus
            .and_then(|i| old.data.bodies.get(i))
            .and_then(|b| new.data.bodies.iter().position(|n| n.id == b.id));
        d.walk = d.walk.and_then(|mut walk| {
            let id = &old.data.scenarios.get(walk.scenario)?.id;
            walk.scenario = new.data.scenarios.iter().position(|s| &s.id == id)?;
            let steps = new.data.scenarios[walk.scenario].steps.len();
            walk.step = walk.step.min(steps.saturating_sub(1));
            Some(walk)
        });
        let scenarios = new.data.scenarios.len();
        d.picker = d
            .picker
            .filter(|_| scenarios > 0)
            .map(|p| p.min(scenarios - 1));
    }

    pub(super) fn apply_time(&mut self, action: TimeAction) {
        let date = self.state.time.date;
        match action {
            TimeAction::Previous => {
                if date > 0 {
                    self.set_date(date - 1)
                }
            }
            TimeAction::Next => self.set_date(date + 1),
            TimeAction::Article => {
                if let Some(index) = self.timeline.base_index() {
                    self.set_date(index)
                }
            }
            TimeAction::Newest => self.set_date(self.timeline.newest()),
            TimeAction::OpenTimeline => self.state.time.timeline = Some(0),
            TimeAction::TimelineUp => {
                self.state.time.timeline = self.state.time.timeline.map(|i| i.saturating_sub(1))
            }
            TimeAction::TimelineDown => {
                let last = self.timeline.full().data.events.len().saturating_sub(1);
                self.state.time.timeline = self.state.time.timeline.map(|i| (i + 1).min(last))
            }
            TimeAction::TimelineJump => {
                if let Some(selected) = self.state.time.timeline.take() {
                    self.jump_to_event(selected);
                }
            }
            TimeAction::CloseTimeline => self.state.time.timeline = None,
        }
    }

    /// The date of the `nth` event in date order, then the tab and list row of the first body it changed.
    fn jump_to_event(&mut self, nth: usize) {
        let full = self.timeline.full();
        let Some(&i) = events_in_order(full).get(nth) else {
            return;
        };
        let event = full.data.events[i].clone();
        let Some(index) = Date::parse(&event.date).and_then(|d| self.timeline.index_on(&d)) else {
            return;
        };
        self.set_date(index);
        let model = self.model.clone();
        for id in &event.bodies {
            let Some(body) = model.data.bodies.iter().position(|b| &b.id == id) else {
                continue;
            };
            let branch = model.data.bodies[body].branch;
            let Some(tab) = Tab::ALL
                .into_iter()
                .find(|t| t.branches().contains(&branch))
            else {
                continue;
            };
            if let Some(row) = entries(&model, tab)
                .iter()
                .position(|&e| e == Entry::Body(body))
            {
                self.state.tab = tab;
                self.state.filtering = false;
                let view = self.state.view_mut();
                view.selected = row;
                view.scroll = 0;
                return;
            }
        }
    }
}
