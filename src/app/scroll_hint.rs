//! Which rows hold the page that scrolls and how far it is scrolled, so a runner can move the lines already on the
//! terminal instead of drawing them again.

use super::App;
use super::screen::{help_popup, inner, too_small};
use crate::output::ScrollHint;

impl App {
    /// The help's lines when it is open, else the content pane's page; none while something else covers the pane
    /// or the screen is too small to draw on.
    pub fn scroll_hint(&self) -> Option<ScrollHint> {
        let s = &self.state;
        if too_small(self.screen()) || s.leaving {
            return None;
        }
        if let Some(scroll) = s.help {
            let rows = inner(help_popup(self.screen()));
            return Some(ScrollHint {
                rows: rows.y..rows.bottom(),
                offset: scroll,
            });
        }
        let covered = s.search.typing
            || s.time.timeline.is_some()
            || s.quiz.view.is_some()
            || s.glossary_panel.is_some()
            || s.tour.list.is_some();
        if covered {
            return None;
        }
        let rows = self.content_area()?;
        Some(ScrollHint {
            rows: rows.y..rows.bottom(),
            offset: s.view().scroll,
        })
    }
}
