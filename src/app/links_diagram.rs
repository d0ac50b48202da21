//! The court diagram's way into the pages: the links in its panel (the focused court's details, a case's
//! caption), which a click follows, and the page of the focused box, which Enter opens. The back stack keeps the
//! diagram's view, focus, case and step, so Backspace comes back to the diagram as it was.

use super::App;
use crate::pages::{Link, court_panel};

impl App {
    /// The links in the diagram's panel as it is on screen, numbered by the panel's own lines.
    pub fn panel_links(&self) -> Vec<Link> {
        let Some(layout) = self.diagram_layout() else {
            return Vec::new();
        };
        let Some(inside) = layout.panel_inner() else {
            return Vec::new();
        };
        let d = &self.state.diagram;
        let (_, built) = court_panel::built(
            &self.model,
            &self.theme,
            self.strings,
            d.walk,
            layout.focused_body(),
            inside.width as usize,
        );
        built.links
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

    fn diagram(size: (u16, u16)) -> App {
        crate::app::test_app::court_diagram(size)
    }

    fn open_body(app: &App) -> Option<String> {
        match app.state.entry(&app.model) {
            Some(Entry::Body(i)) if app.state.view().open => {
                Some(app.model.data.bodies[i].id.clone())
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
        let id = focused.map(|i| app.model.data.bodies[i].id.clone());
        app.update(Action::Link(LinkAction::OpenPage));
        assert_eq!(open_body(&app), id);
        app.update(Action::HistoryBack);
        assert_eq!(app.place(), before);
        assert!(app.diagram_open());
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
            at.map(|i| app.model.data.bodies[i].id.clone())
        );
        app.update(Action::HistoryBack);
        assert_eq!(app.state.diagram.walk.map(|w| w.step), Some(1));
    }
}
