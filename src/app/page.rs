//! The text the content pane shows and how far it scrolls: the entry's page, or the court diagram's panel.
//! Built by `crate::pages`, so the scroll is clamped against the very lines that are drawn.

use super::App;
use super::diagram_cache::{PanelKey, PanelText};
use super::entries::Entry;
use crate::court::DiagramLayout;
use crate::pages::{self, Built, Filter, When};
use ratatui::layout::Rect;
use ratatui::text::Line;
use std::sync::Arc;

impl App {
    /// Lines of `entry`'s page for a pane `width` columns wide.
    pub fn page(&self, entry: Entry, width: usize) -> Vec<Line<'static>> {
        self.built_page(entry, width).lines
    }

    /// `entry`'s page with the links on it.
    pub fn built_page(&self, entry: Entry, width: usize) -> Built {
        (*self.kept_page(entry, width)).clone()
    }

    /// `entry`'s page with its links, as the state keeps it: built once per snapshot, date, language, theme and
    /// width (the membership table, which follows the filter being typed, is built each time).
    pub fn kept_page(&self, entry: Entry, width: usize) -> Arc<Built> {
        let (model, theme, w) = (&*self.model, &self.theme, self.strings);
        let derived = &self.state.derived;
        match entry {
            Entry::Summary => derived.summary(model, theme, w, width),
            Entry::Memberships => Arc::new(self.fresh_page(entry, width)),
            _ => derived.page(
                (model, theme, w),
                entry,
                (self.state.time.date, width),
                || self.fresh_page(entry, width),
            ),
        }
    }

    /// `entry`'s page with the links on it, built anew.
    pub fn fresh_page(&self, entry: Entry, width: usize) -> Built {
        let (model, theme, w) = (&*self.model, &self.theme, self.strings);
        let lines = match entry {
            Entry::Summary => return pages::summary_built(model, theme, w, width),
            Entry::Body(i) => {
                let when = When {
                    timeline: &self.timeline,
                    index: self.state.time.date,
                };
                return pages::body_built(
                    model,
                    theme,
                    w,
                    width,
                    &model.data.bodies[i],
                    Some(when),
                );
            }
            Entry::Topic(i) => pages::topic(model, theme, w, width, i),
            Entry::Election(i) => pages::election(model, theme, w, width, &model.data.elections[i]),
            Entry::Memberships => {
                let filter = Filter {
                    text: &self.state.filter,
                    typing: self.state.filtering,
                };
                pages::memberships(model, theme, w, width, filter)
            }
            Entry::Discrepancies => pages::contradictions(model, theme, w, width),
            Entry::CourtDiagram => pages::court_note(model, theme, w, width),
            Entry::Glossary => pages::glossary(model, theme, w, width),
            Entry::Sources => pages::sources(model, theme, w, width),
        };
        Built {
            lines,
            links: Vec::new(),
        }
    }

    /// The lines of the content pane for the current entry, wrapped to `width`.
    pub fn content_lines(&self, width: usize) -> Vec<Line<'static>> {
        match self.state.entry(&self.model) {
            Some(entry) => self.page(entry, width),
            None => vec![Line::styled(
                self.strings.nothing_for_this_tab,
                self.theme.dim,
            )],
        }
    }

    /// The content pane's lines from line `first`, at most `height` of them, and how many lines the whole page
    /// has. A long table formats only the rows asked for.
    pub fn content_window(
        &self,
        width: usize,
        first: usize,
        height: usize,
    ) -> (Vec<Line<'static>>, usize) {
        if self.state.entry(&self.model) == Some(Entry::Memberships) {
            let filter = Filter {
                text: &self.state.filter,
                typing: self.state.filtering,
            };
            let window = first..first.saturating_add(height);
            let (model, theme, w) = (&*self.model, &self.theme, self.strings);
            let tail = self
                .state
                .derived
                .memberships_tail(model, theme, w, width, filter.text);
            return pages::memberships_window(model, theme, w, width, filter, window, &tail);
        }
        let Some(entry) = self.state.entry(&self.model) else {
            let mut lines = self.content_lines(width);
            let total = lines.len();
            lines.drain(..first.min(total));
            lines.truncate(height);
            return (lines, total);
        };
        // Kept per snapshot: only the lines asked for are copied.
        let page = self.kept_page(entry, width);
        let lines = &page.lines;
        let window = lines.iter().skip(first).take(height).cloned().collect();
        (window, lines.len())
    }

    /// The diagram's details panel: its title and lines (built once per focus, step and width), and the area
    /// inside its rule.
    pub fn panel(&self, layout: &DiagramLayout) -> (Arc<PanelText>, Rect) {
        let inside = layout.panel_inner().unwrap_or_default();
        let d = &self.state.diagram;
        let key = PanelKey {
            model: self.model.id(),
            words: std::ptr::from_ref(self.strings) as usize,
            theme: self.theme,
            walk: d.walk,
            body: layout.focused_body(),
            width: inside.width,
        };
        let text = self.state.diagram_cache.panel(key, || {
            pages::court_panel::built(
                (
                    &self.model,
                    &self.state.diagram_cache.relations(&self.model),
                ),
                &self.theme,
                self.strings,
                d.walk,
                layout.focused_body(),
                inside.width as usize,
                &self.step_keys(),
            )
        });
        (text, inside)
    }

    /// The largest useful scroll of the content pane (or the diagram's panel) at the current size.
    /// `diagram` is the diagram's layout on screen, when the pane shows it.
    pub fn max_scroll_with(&self, diagram: Option<&DiagramLayout>) -> usize {
        let Some(inside) = self.content_area() else {
            return 0;
        };
        if self.state.entry(&self.model) == Some(Entry::CourtDiagram) {
            return match diagram {
                Some(layout) if layout.panel.is_some() => {
                    let (text, inside) = self.panel(layout);
                    text.1.lines.len().saturating_sub(inside.height as usize)
                }
                _ => 0,
            };
        }
        self.content_window(inside.width as usize, 0, 0)
            .1
            .saturating_sub(inside.height as usize)
    }

    /// The largest useful scroll of the content pane at the current size.
    pub fn max_scroll(&self) -> usize {
        self.max_scroll_with(self.diagram_layout().as_deref())
    }
}
