//! The application: state, actions, the key map and the one function that changes state, plus the questions
//! the update side asks about the screen (`screen`, `diagram_geometry`), answered without the drawing layer.

pub mod action;
pub mod diagram;
pub mod diagram_action;
pub mod diagram_geometry;
pub mod entries;
pub mod help;
pub mod keymap;
mod page;
pub mod screen;
pub mod state;
pub mod tab;
mod update;

pub use crate::court::{DiagramState, DiagramView, Direction, Walk};
pub use action::Action;
pub use diagram_action::DiagramAction;
pub use entries::Entry;
pub use keymap::{Context, Keymap};
pub use state::AppState;
pub use tab::Tab;

use crate::model::Model;
use crate::strings::{self, Strings};
use crate::theme::Theme;
use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use std::sync::Arc;

/// One user's app: the shared dataset plus this user's state, keys and colours. Drawable on any backend.
pub struct App {
    pub model: Arc<Model>,
    pub keymap: Keymap,
    pub theme: Theme,
    pub state: AppState,
    /// The interface words: the dataset's language if polity has it, else the user's, else English.
    pub strings: &'static Strings,
}

impl App {
    pub fn new(model: Arc<Model>, keymap: Keymap, theme: Theme, size: (u16, u16)) -> App {
        App {
            keymap,
            theme,
            state: AppState::new(size),
            strings: strings::choose([Some(model.data.meta.language.as_str())]),
            model,
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
        self.state = AppState::new(self.state.size);
    }

    pub fn should_quit(&self) -> bool {
        self.state.quit
    }
}
