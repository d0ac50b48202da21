//! Links on the page on screen: moving between them, following one, and which one a click hits.

use super::App;
use super::search::place;
use crate::pages::Link;
use crate::search::Subject;

pub use super::link_action::LinkAction;

impl App {
    /// The links of the page in the content pane as it is drawn now.
    pub fn links(&self) -> Vec<Link> {
        match (self.state.entry(&self.model), self.content_area()) {
            (Some(entry), Some(inside)) => self.built_page(entry, inside.width as usize).links,
            _ => Vec::new(),
        }
    }

    pub(super) fn apply_link(&mut self, action: LinkAction) {
        if action == LinkAction::OpenPage {
            return self.open_box_page();
        }
        if action.in_panel() {
            return self.apply_panel_link(action);
        }
        let links = self.links();
        if links.is_empty() {
            return;
        }
        let current = self.state.view().link;
        match action {
            LinkAction::Next | LinkAction::Previous => {
                let next = match current {
                    None if action == LinkAction::Next => 0,
                    None => links.len() - 1,
                    Some(at) => crate::search::step(at, links.len(), action == LinkAction::Next),
                };
                self.state.view_mut().link = Some(next);
                self.scroll_to_line(links[next].line);
            }
            LinkAction::Follow => {
                if let Some(link) = current.and_then(|at| links.get(at)) {
                    self.follow(&link.body.clone());
                }
            }
            _ => {}
        }
    }

    /// Keeps `line` of the page in view.
    fn scroll_to_line(&mut self, line: usize) {
        let height = self.content_area().map_or(1, |a| a.height as usize).max(1);
        let view = self.state.view_mut();
        if line < view.scroll {
            view.scroll = line;
        } else if line >= view.scroll + height {
            view.scroll = line + 1 - height;
        }
    }

    /// Goes to body `id`'s page, remembering where the user was.
    pub fn follow(&mut self, id: &str) {
        let Some(i) = self.model.body_index(id) else {
            return;
        };
        let Some((tab, row)) = place(&self.model, Subject::Body(i)) else {
            return;
        };
        self.go_to_page(tab, row);
    }

    /// Opens row `row` of tab `tab` at its top, remembering where the user was: a link, a search result and the
    /// quiz's "show me" all go to a page this way, so Backspace brings each back.
    pub(super) fn go_to_page(&mut self, tab: super::Tab, row: usize) {
        self.remember_place();
        self.state.tab = tab;
        self.state.filtering = false;
        let view = self.state.view_mut();
        view.selected = row;
        view.open = true;
        view.scroll = 0;
        view.link = None;
    }

    /// The link under a click in the content pane (or in the court diagram's panel), if any.
    pub fn link_at(&self, column: u16, row: u16) -> Option<Link> {
        if self.diagram_area().is_some() {
            return self.panel_link_at(column, row);
        }
        let inside = self.content_area()?;
        if !inside.contains((column, row).into()) {
            return None;
        }
        let line = self.state.view().scroll + (row - inside.y) as usize;
        let col = (column - inside.x) as usize;
        self.links()
            .into_iter()
            .find(|l| l.line == line && (l.start..l.end).contains(&col))
    }
}
