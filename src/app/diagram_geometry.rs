//! The court diagram on screen, as the update side asks about it: where it goes in the content pane, its layout
//! there (computed at most once per action), and the scenario list over it. Drawing uses the same functions.

use super::App;
use super::entries::Entry;
use super::screen::{inner, list_offset};
use crate::court::DiagramLayout;
use crate::model::Model;
use crate::strings::Strings;
use ratatui::layout::Rect;
use std::sync::Arc;
use unicode_width::UnicodeWidthStr;

impl App {
    /// The diagram as it is on screen now, when the content pane shows it.
    pub fn diagram_layout(&self) -> Option<Arc<DiagramLayout>> {
        let area = self.diagram_area()?;
        let d = &self.state.diagram;
        let cache = &self.state.diagram_cache;
        Some(cache.get(&self.model, d, self.strings, area))
    }

    /// Where the diagram goes: the inside of the content pane, when the current entry is the diagram.
    pub fn diagram_area(&self) -> Option<Rect> {
        if self.state.entry(&self.model) != Some(Entry::CourtDiagram) {
            return None;
        }
        self.content_area()
    }
}

/// The diagram's layout during one action, from the state's kept layout: arranged only when the snapshot, the
/// view or the area changed, else only re-aimed at the focus (the costly part depends on nothing else).
#[derive(Debug, Default)]
pub struct LayoutOnce {
    layout: Option<Arc<DiagramLayout>>,
}

impl LayoutOnce {
    /// The layout for `app`'s state now.
    pub fn get(&mut self, app: &App) -> Option<&DiagramLayout> {
        // Let go of the last one first: while it is shared the cache must copy the whole layout to re-aim it,
        // which costs what the dataset holds instead of what a key changes.
        self.layout = None;
        self.layout = app.diagram_layout();
        self.layout.as_deref()
    }
}

/// Each scenario's row in the list: its title and length.
pub fn picker_rows(model: &Model, w: &'static Strings) -> Vec<String> {
    model
        .data
        .scenarios
        .iter()
        .map(|s| {
            let steps = s.steps.len();
            format!("{} ({})", s.title, (w.steps)(steps))
        })
        .collect()
}

/// The scenario list's rectangle, centred in the diagram's `area`.
/// The list's title sets its narrowest width.
pub fn picker_popup(rows: &[String], area: Rect, w: &'static Strings) -> Rect {
    let widest = rows
        .iter()
        .map(|r| r.width())
        .max()
        .unwrap_or(30)
        .max(w.picker_title.width()) as u16;
    let width = (widest + 6).min(area.width.saturating_sub(2)).max(1);
    let height = (rows.len().max(1) as u16 + 2).min(area.height);
    Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    }
}

/// The scenario listed at a screen cell of the open scenario list.
pub fn picker_hit(app: &App, column: u16, row: u16) -> Option<usize> {
    let selected = app.state.diagram.picker?;
    let inside = inner(picker_popup(
        &picker_rows(&app.model, app.strings),
        app.diagram_area()?,
        app.strings,
    ));
    if !inside.contains((column, row).into()) {
        return None;
    }
    let index = list_offset(selected, inside.height as usize) + (row - inside.y) as usize;
    (index < app.model.data.scenarios.len()).then_some(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opened(size: (u16, u16)) -> App {
        crate::app::test_app::court_diagram(size)
    }

    /// The layout computed afresh, not kept.
    fn fresh(app: &App) -> Option<DiagramLayout> {
        let area = app.diagram_area()?;
        Some(crate::court::layout::compute(
            &app.model,
            &app.state.diagram,
            app.strings,
            area,
        ))
    }

    #[test]
    fn a_kept_layout_re_aimed_at_each_focus_is_the_one_computed_afresh() {
        for size in [(80, 24), (200, 60)] {
            let mut app = opened(size);
            let mut kept = LayoutOnce::default();
            let order = kept
                .get(&app)
                .expect("the diagram is on screen")
                .focus_order();
            for body in order {
                app.state.diagram.focus = Some(body);
                let fresh = fresh(&app);
                assert_eq!(kept.get(&app), fresh.as_ref(), "{size:?}, body {body}");
            }
        }
    }

    #[test]
    fn a_new_view_or_size_is_laid_out_again() {
        let mut app = opened((120, 40));
        let mut kept = LayoutOnce::default();
        kept.get(&app);
        app.state.diagram.view = crate::court::DiagramView::Appointments;
        assert_eq!(kept.get(&app), fresh(&app).as_ref());
        app.state.size = (200, 60);
        assert_eq!(kept.get(&app), fresh(&app).as_ref());
    }
}
