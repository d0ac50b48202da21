//! The court diagram's way into the pages: the links in its panel (the focused court's details, a case's
//! caption), which a click follows, and the page of the focused box, which Enter opens. The back stack keeps the
//! diagram's view, focus, case and step, so Backspace comes back to the diagram as it was. The keyboard reaches
//! the panel's links too: a key moves the keys into the panel, where they walk its links as on a page.

use super::App;
use super::action::Action;
use super::diagram_action::DiagramAction;
use super::keymap::{Context, KeyPattern, pattern_label};
use super::link_action::LinkAction;
use crate::pages::Link;

impl App {
    /// The links in the diagram's panel as it is on screen, numbered by the panel's own lines.
    pub fn panel_links(&self) -> Vec<Link> {
        let Some(layout) = self.diagram_layout() else {
            return Vec::new();
        };
        if layout.panel_inner().is_none() {
            return Vec::new();
        }
        // The same kept panel the frame draws: built once per focus, step and width.
        self.panel(&layout).0.1.links.clone()
    }

    /// The keys that step a followed case on, from the key map, for the panel's captions ("→ or n").
    pub fn step_keys(&self) -> String {
        let keys: Vec<String> = self
            .keymap
            .bindings
            .iter()
            .filter(|b| {
                b.context == Context::Scenario
                    && b.action == Action::Diagram(DiagramAction::StepForward)
                    && matches!(b.pattern, KeyPattern::Key(..))
            })
            .map(|b| pattern_label(b.pattern, self.strings))
            .collect();
        keys.join(self.strings.keys_or)
    }

    /// The panel's link keys: into the panel and out, from link to link, and following one.
    pub(super) fn apply_panel_link(&mut self, action: LinkAction) {
        if !self.diagram_open() {
            return;
        }
        let links = self.panel_links();
        let d = &mut self.state.diagram;
        let next = match (action, d.panel_link) {
            (LinkAction::EnterPanel, _) if !links.is_empty() => Some(0),
            (LinkAction::EnterPanel, _) => None,
            (LinkAction::LeavePanel, _) => None,
            (LinkAction::NextInPanel | LinkAction::PreviousInPanel, at) if !links.is_empty() => {
                let forward = action == LinkAction::NextInPanel;
                Some(match at {
                    Some(at) => crate::search::step(at.min(links.len() - 1), links.len(), forward),
                    None if forward => 0,
                    None => links.len() - 1,
                })
            }
            (LinkAction::FollowInPanel, Some(at)) => {
                if let Some(link) = links.get(at) {
                    self.follow(&link.body.clone());
                }
                return;
            }
            (_, at) => at,
        };
        self.state.diagram.panel_link = next;
        if let Some(link) = next.and_then(|at| links.get(at)) {
            self.scroll_panel_to(link.line);
        }
    }

    /// Keeps line `line` of the diagram's panel in view.
    fn scroll_panel_to(&mut self, line: usize) {
        let height = self
            .diagram_layout()
            .and_then(|l| l.panel_inner())
            .map_or(1, |inside| inside.height as usize)
            .max(1);
        let view = self.state.view_mut();
        if line < view.scroll {
            view.scroll = line;
        } else if line >= view.scroll + height {
            view.scroll = line + 1 - height;
        }
    }

    /// The link of the diagram's panel under a screen cell, if any.
    pub(super) fn panel_link_at(&self, column: u16, row: u16) -> Option<Link> {
        let layout = self.diagram_layout()?;
        let inside = layout.panel_inner()?;
        if !inside.contains((column, row).into()) {
            return None;
        }
        // Scrolled as the panel is drawn: never past its last screenful.
        let max = self.max_scroll_with(Some(&layout));
        let line = self.state.view().scroll.min(max) + (row - inside.y) as usize;
        let col = (column - inside.x) as usize;
        self.panel_links()
            .into_iter()
            .find(|l| l.line == line && (l.start..l.end).contains(&col))
    }

    /// Opens the page of the diagram's focused box, or of the court a followed case is at.
    pub(super) fn open_box_page(&mut self) {
        let d = &self.state.diagram;
        let body = match d.walk {
            Some(_) => d.current(&self.model),
            None => self.diagram_layout().and_then(|l| l.focused_body()),
        };
        if let Some(id) = body
            .and_then(|i| self.model.data.bodies.get(i))
            .map(|b| b.id.clone())
        {
            self.follow(&id);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::app::links::LinkAction;
    use crate::app::{Action, App, DiagramAction, Entry, Walk};
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    fn diagram(size: (u16, u16)) -> App {
        crate::app::test_app::court_diagram(size)
    }

    fn open_body(app: &App) -> Option<String> {
        match app.state.entry(&app.model) {
            Some(Entry::Body(i)) if app.state.view().open => {
                Some(app.model.data.bodies[i].id.to_string())
            }
            _ => None,
        }
    }

    #[test]
    fn enter_opens_the_focused_court_and_backspace_restores_the_diagram() {
        let mut app = diagram((120, 40));
        app.update(Action::Diagram(DiagramAction::NextBox));
        let before = app.place();
        let focused = app.diagram_layout().and_then(|l| l.focused_body());
        let id = focused.map(|i| app.model.data.bodies[i].id.to_string());
        app.update(Action::Link(LinkAction::OpenPage));
        assert_eq!(open_body(&app), id);
        app.update(Action::HistoryBack);
        assert_eq!(app.place(), before);
        assert!(app.diagram_open());
    }

    /// Presses `code` through the key map, as the terminal would.
    fn press(app: &mut App, code: KeyCode) {
        let mods = if code == KeyCode::BackTab {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        let event = Event::Key(KeyEvent::new(code, mods));
        if let Some(action) = app.action_for(&event) {
            app.update(action);
        }
    }

    #[test]
    fn o_moves_the_keys_into_the_panel_where_tab_walks_its_links_and_enter_follows_one() {
        let mut app = diagram((120, 40));
        press(&mut app, KeyCode::Tab);
        let focus = app.state.diagram.focus;
        let links = app.panel_links();
        assert!(links.len() >= 2, "{links:?}");
        press(&mut app, KeyCode::Char('o'));
        assert_eq!(app.state.diagram.panel_link, Some(0));
        // Tab walks the links now, not the boxes; Shift-Tab comes back round.
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.state.diagram.panel_link, Some(1));
        assert_eq!(app.state.diagram.focus, focus);
        press(&mut app, KeyCode::BackTab);
        press(&mut app, KeyCode::BackTab);
        assert_eq!(app.state.diagram.panel_link, Some(links.len() - 1));
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Tab);
        let before = app.place();
        press(&mut app, KeyCode::Enter);
        assert_eq!(open_body(&app), Some(links[1].body.clone()));
        // Backspace comes back to the diagram as it was, the keys still on that link.
        press(&mut app, KeyCode::Backspace);
        assert_eq!(app.place(), before);
        assert!(app.diagram_open());
        assert_eq!(app.state.diagram.panel_link, Some(1));
        // Esc gives the keys back to the boxes, and the diagram stays open; `o` goes in and out again.
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.state.diagram.panel_link, None);
        assert!(app.diagram_open());
        press(&mut app, KeyCode::Char('o'));
        press(&mut app, KeyCode::Char('o'));
        assert_eq!(app.state.diagram.panel_link, None);
        press(&mut app, KeyCode::Tab);
        assert_ne!(
            app.state.diagram.focus, focus,
            "Tab moves between boxes again"
        );
    }

    #[test]
    fn a_box_key_gives_the_keys_back_to_the_boxes() {
        let mut app = diagram((120, 40));
        press(&mut app, KeyCode::Char('o'));
        assert_eq!(app.state.diagram.panel_link, Some(0));
        press(&mut app, KeyCode::Right);
        assert_eq!(app.state.diagram.panel_link, None);
    }

    #[test]
    fn a_case_caption_names_the_step_keys_of_the_key_map() {
        let mut app = diagram((120, 40));
        app.state.diagram.walk = Some(Walk {
            scenario: 0,
            step: 0,
        });
        assert_eq!(app.step_keys(), "→ or n");
        let layout = app.diagram_layout().expect("on screen");
        let (text, _) = app.panel(&layout);
        let all: String = text
            .1
            .lines
            .iter()
            .flat_map(|l| l.spans.iter())
            .map(|s| s.content.as_ref())
            .collect();
        assert!(all.contains("(→ or n)"), "{all}");
        // The caption's links are reached the same way.
        press(&mut app, KeyCode::Char('o'));
        assert_eq!(app.state.diagram.panel_link, Some(0));
        press(&mut app, KeyCode::Enter);
        assert!(open_body(&app).is_some());
        press(&mut app, KeyCode::Backspace);
        assert_eq!(app.state.diagram.walk.map(|w| w.step), Some(0));
    }

    #[test]
    fn during_a_case_enter_opens_the_court_it_is_at() {
        let mut app = diagram((120, 40));
        app.state.diagram.walk = Some(Walk {
            scenario: 0,
            step: 1,
        });
        let at = app.state.diagram.current(&app.model);
        app.update(Action::Link(LinkAction::OpenPage));
        assert_eq!(
            open_body(&app),
            at.map(|i| app.model.data.bodies[i].id.to_string())
        );
        app.update(Action::HistoryBack);
        assert_eq!(app.state.diagram.walk.map(|w| w.step), Some(1));
    }
}
