//! The one place state changes: an `Action` applied to the app.

use super::App;
use super::action::Action;
use super::diagram_action::DiagramAction;
use super::diagram_geometry::LayoutOnce;
use super::help;
use super::screen::{Areas, inner, list_offset, tab_labels, too_small};
use super::tab::Tab;
use super::time::TimeAction;

/// Longest filter accepted; more typing is ignored.
const MAX_FILTER_CHARS: usize = 40;
/// Lines moved by one turn of the mouse wheel.
const WHEEL_LINES: usize = 3;

impl App {
    /// Applies `action`; returns whether anything on screen may have changed.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.state.clone();
        // The diagram's layout is costly: one per action, shared by what the action and the clamping ask.
        let mut layout = LayoutOnce::default();
        self.apply(action, &mut layout);
        self.clamp_scroll(&mut layout);
        matches!(action, Action::Resize(..)) || self.state != before
    }

    fn apply(&mut self, action: Action, layout: &mut LayoutOnce) {
        let page = self.content_height().saturating_sub(1).max(1);
        let s = &mut self.state;
        match action {
            Action::NextTab => self.go_to(self.state.tab.next()),
            Action::PreviousTab => self.go_to(self.state.tab.previous()),
            Action::GoToTab(i) if i < Tab::ALL.len() => self.go_to(Tab::from_index(i)),
            Action::GoToTab(_) => {}
            Action::Up | Action::ScrollUp if s.help.is_some() => {
                s.help = s.help.map(|h| h.saturating_sub(1))
            }
            Action::Down | Action::ScrollDown if s.help.is_some() => s.help = s.help.map(|h| h + 1),
            Action::PageUp if s.help.is_some() => s.help = s.help.map(|h| h.saturating_sub(page)),
            Action::PageDown if s.help.is_some() => s.help = s.help.map(|h| h + page),
            Action::Home if s.help.is_some() => s.help = Some(0),
            Action::End if s.help.is_some() => s.help = Some(usize::MAX),
            Action::ScrollUp if s.time.timeline.is_some() => {
                self.apply_time(TimeAction::TimelineUp)
            }
            Action::ScrollDown if s.time.timeline.is_some() => {
                self.apply_time(TimeAction::TimelineDown)
            }
            // The quiz keeps the mouse from the page beneath it; a click closes the terms panel, the wheel
            // scrolls it.
            Action::Click(..) | Action::ScrollUp | Action::ScrollDown
                if s.help.is_none() && s.quiz.view.is_some() => {}
            Action::Click(..) if s.help.is_none() && s.glossary_panel.is_some() => {
                s.glossary_panel = None
            }
            Action::ScrollUp if s.glossary_panel.is_some() => {
                self.apply_glossary(super::glossary_action::GlossaryAction::Up)
            }
            Action::ScrollDown if s.glossary_panel.is_some() => {
                self.apply_glossary(super::glossary_action::GlossaryAction::Down)
            }
            Action::Up if s.view().open => self.scroll_by(-1),
            Action::Down if s.view().open => self.scroll_by(1),
            Action::Up => {
                let selected = s.view().selected;
                self.select(selected.saturating_sub(1))
            }
            Action::Down => {
                let selected = s.view().selected;
                self.select(selected + 1)
            }
            Action::Open => {
                if s.entry(&self.model).is_some() {
                    self.remember_place();
                    let s = &mut self.state;
                    s.view_mut().open = true;
                    s.view_mut().link = None;
                    s.view_mut().scroll = 0;
                }
            }
            Action::Back => s.view_mut().open = false,
            Action::HistoryBack => {
                if !self.go_back() {
                    self.state.view_mut().open = false;
                }
            }
            Action::HistoryForward => self.go_forward(),
            Action::Search(action) => self.apply_search(action),
            Action::Link(action) => self.apply_link(action),
            Action::PageUp => self.scroll_by(-(page as isize)),
            Action::PageDown => self.scroll_by(page as isize),
            Action::Home => s.view_mut().scroll = 0,
            Action::End => s.view_mut().scroll = usize::MAX,
            Action::ScrollUp => self.scroll_by(-(WHEEL_LINES as isize)),
            Action::ScrollDown => self.scroll_by(WHEEL_LINES as isize),
            Action::ToggleHelp => s.help = if s.help.is_some() { None } else { Some(0) },
            Action::CloseHelp => s.help = None,
            Action::StartFilter => s.filtering = true,
            Action::FilterChar(c) => {
                if s.filter.chars().count() < MAX_FILTER_CHARS && !c.is_control() {
                    s.filter.push(c);
                    s.view_mut().scroll = 0;
                }
            }
            Action::FilterBackspace => {
                s.filter.pop();
            }
            Action::FinishFilter => s.filtering = false,
            Action::ClearFilter => {
                s.filter.clear();
                s.filtering = false;
            }
            Action::Quit => s.quit = true,
            Action::AskToLeave => s.leaving = true,
            Action::Stay => s.leaving = false,
            Action::Click(..) if s.time.timeline.is_some() => s.time.timeline = None,
            Action::Click(column, row) => self.click(column, row, layout),
            Action::Resize(width, height) => s.size = (width, height),
            // From the list beside it, a case or the other view opens the diagram at once.
            Action::Diagram(
                action @ (DiagramAction::OpenScenarios | DiagramAction::ToggleView),
            ) => {
                s.view_mut().open = true;
                self.apply_diagram(action, layout)
            }
            Action::Diagram(action) => self.apply_diagram(action, layout),
            Action::Time(action) => self.apply_time(action),
            Action::Quiz(action) => self.apply_quiz(action),
            Action::Glossary(action) => self.apply_glossary(action),
        }
    }

    fn go_to(&mut self, tab: Tab) {
        if self.state.tab != tab {
            self.remember_place();
        }
        self.state.tab = tab;
        self.state.filtering = false;
    }

    fn select(&mut self, index: usize) {
        let count = self.state.entries(&self.model).len();
        let view = self.state.view_mut();
        let index = index.min(count.saturating_sub(1));
        if view.selected != index {
            view.selected = index;
            view.scroll = 0;
        }
    }

    fn scroll_by(&mut self, delta: isize) {
        let view = self.state.view_mut();
        view.scroll = view.scroll.saturating_add_signed(delta);
    }

    fn content_height(&self) -> usize {
        inner(self.areas().content).height as usize
    }

    /// Keeps the content scroll within its page, so that scrolling back up answers at once. A scroll of 0 is
    /// always within, so the page (or the diagram's layout) is only measured when something is scrolled.
    fn clamp_scroll(&mut self, layout: &mut LayoutOnce) {
        if self.state.view().scroll > 0 {
            let max = self.max_scroll_with(layout.get(self));
            let view = self.state.view_mut();
            view.scroll = view.scroll.min(max);
        }
        if let Some(scroll) = self.state.help.filter(|&s| s > 0) {
            self.state.help = Some(scroll.min(help::max_scroll(self)));
        }
    }

    fn click(&mut self, column: u16, row: u16, layout: &mut LayoutOnce) {
        if self.state.help.is_some() {
            self.state.help = None;
            return;
        }
        let screen = self.screen();
        if too_small(screen) {
            return;
        }
        let areas = Areas::new(screen, self.state.view().open);
        if row == areas.tabs.y {
            let hit = tab_labels(screen.width, self.state.tab, self.strings)
                .iter()
                .position(|(_, start, end)| (*start..*end).contains(&column));
            if let Some(i) = hit {
                self.go_to(Tab::from_index(i));
            }
            return;
        }
        if self.diagram_click(column, row, layout) {
            return;
        }
        if let Some(link) = self.link_at(column, row) {
            self.follow(&link.body);
            return;
        }
        if let Some(list) = areas.list {
            let inside = inner(list);
            if inside.contains((column, row).into()) {
                let offset = list_offset(self.state.view().selected, inside.height as usize);
                self.select(offset + (row - inside.y) as usize);
            }
        }
    }
}
