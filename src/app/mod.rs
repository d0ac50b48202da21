//! The application: state, actions, the key map and the one function that changes state, plus the questions
//! the update side asks about the screen (`screen`, `diagram_geometry`), answered without the drawing layer.

pub mod action;
mod derived;
pub mod diagram;
pub mod diagram_action;
pub mod diagram_cache;
pub mod diagram_geometry;
pub mod entries;
pub mod glossary_action;
pub mod glossary_panel;
pub mod help;
mod hint_cache;
pub mod history;
pub mod keymap;
pub mod link_action;
pub mod links;
mod links_diagram;
mod page;
mod predict;
pub mod quiz_action;
pub mod quiz_view;
pub mod screen;
pub mod search;
pub mod search_state;
pub mod state;
pub mod tab;
mod tab_view;
pub mod time;
mod update;

// Guided tours, kiosk attract mode and presenter mode.
pub mod attract;
pub mod bands;
pub mod present;
pub mod tour;
pub mod tour_action;
// The output path: where a scrolled page lies on screen.
mod scroll_hint;
#[cfg(test)]
mod test_app;

pub use crate::court::{DiagramState, DiagramView, Direction, Walk};
pub use action::Action;
pub use diagram_action::DiagramAction;
pub use entries::Entry;
pub use keymap::{Context, Keymap};
pub use state::AppState;
pub use tab::Tab;
pub use time::{TimeAction, TimeState};
pub use tour_action::TourAction;

use crate::model::{Model, Timeline};
use crate::strings::{self, Strings};
use crate::theme::Theme;
use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use std::sync::Arc;

/// One user's app: the shared dataset plus this user's state, keys and colours. Drawable on any backend.
pub struct App {
    /// The dataset as of the chosen date (a snapshot of `timeline`).
    pub model: Arc<Model>,
    /// Every snapshot of the dataset, shared by every app on it.
    pub timeline: Arc<Timeline>,
    /// The change date the app starts on and returns to on reset (the newest unless `--as-of` says).
    pub home_date: usize,
    pub keymap: Keymap,
    pub theme: Theme,
    pub state: AppState,
    /// The search index of `model`, built when a search first needs it.
    pub search_index: Option<Arc<crate::search::SearchIndex>>,
    /// The interface words: the dataset's language if polity has it, else the user's, else English.
    pub strings: &'static Strings,
    /// The quiz's `--seed`: the first round draws with it, each later one with the next number. `None`: a
    /// new seed from the clock at every round.
    pub quiz_seed: Option<u64>,
}

impl App {
    /// An app on a whole (validated) dataset; its snapshots are built here. Shown as of the newest date.
    pub fn new(model: Arc<Model>, keymap: Keymap, theme: Theme, size: (u16, u16)) -> App {
        let timeline = Arc::new(Timeline::of(Arc::unwrap_or_clone(model)));
        App::with_timeline(timeline, keymap, theme, size)
    }

    /// An app on snapshots built once and shared (SSH sessions). Shown as of the newest date.
    pub fn with_timeline(
        timeline: Arc<Timeline>,
        keymap: Keymap,
        theme: Theme,
        size: (u16, u16),
    ) -> App {
        let newest = timeline.newest();
        let mut state = AppState::new(size);
        state.time.date = newest;
        // The snapshot's meta is the file's: asking the snapshot leaves the whole file unloaded.
        let model = timeline.snapshot(newest).clone();
        let strings = strings::choose([Some(model.data.meta.language.as_str())]);
        App {
            model,
            timeline,
            home_date: newest,
            keymap,
            theme,
            state,
            search_index: None,
            strings,
            quiz_seed: None,
        }
    }

    /// Words in the user's language (a tag such as "ru_RU.UTF-8") when the dataset's language has none.
    pub fn use_language(&mut self, user: Option<&str>) {
        self.strings = strings::choose([Some(self.model.data.meta.language.as_str()), user]);
    }

    /// The action a terminal event asks for, if any. Key releases and repeats of releases are ignored.
    pub fn action_for(&self, event: &Event) -> Option<Action> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                self.keymap.action(key, &self.state.contexts(&self.model))
            }
            Event::Mouse(mouse) => match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    Some(Action::Click(mouse.column, mouse.row))
                }
                MouseEventKind::ScrollUp => Some(Action::ScrollUp),
                MouseEventKind::ScrollDown => Some(Action::ScrollDown),
                _ => None,
            },
            Event::Resize(width, height) => Some(Action::Resize(*width, *height)),
            _ => None,
        }
    }

    /// Handles one terminal event; returns whether the screen should be redrawn.
    pub fn handle_event(&mut self, event: &Event) -> bool {
        self.action_for(event)
            .is_some_and(|action| self.update(action))
    }

    /// Forgets the visitor: back to the start screen, keeping the window size.
    pub fn reset(&mut self) {
        self.set_date(self.home_date);
        let date = self.state.time.date;
        let present = self.state.present;
        self.state = AppState::new(self.state.size);
        self.state.time.date = date;
        self.state.present = present;
    }

    pub fn should_quit(&self) -> bool {
        self.state.quit
    }
}
