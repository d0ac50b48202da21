//! The list of cases to follow, over the diagram. Its rows are hit-tested with the same geometry.

use crate::app::App;
use crate::ui::layout::{inner, list_offset};
use crate::ui::text::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

const TITLE: &str = " Follow a case · Enter · Esc ";

fn rows(app: &App) -> Vec<String> {
    app.model
        .data
        .scenarios
        .iter()
        .map(|s| {
            let steps = s.steps.len();
            let unit = if steps == 1 { "step" } else { "steps" };
            format!("{} ({steps} {unit})", s.title)
        })
        .collect()
}

/// The popup's rectangle, centred in `area`.
pub fn popup(app: &App, area: Rect) -> Rect {
    let rows = rows(app);
    let widest = rows
        .iter()
        .map(|r| r.width())
        .max()
        .unwrap_or(30)
        .max(TITLE.width()) as u16;
    let width = (widest + 6).min(area.width.saturating_sub(2)).max(1);
    let height = (rows.len().max(1) as u16 + 2).min(area.height);
    Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    }
}

/// The scenario on a screen row of the popup.
pub fn hit(app: &App, area: Rect, column: u16, row: u16) -> Option<usize> {
    let selected = app.state.diagram.picker?;
    let inside = inner(popup(app, area));
    if !inside.contains((column, row).into()) {
        return None;
    }
    let index = list_offset(selected, inside.height as usize) + (row - inside.y) as usize;
    (index < app.model.data.scenarios.len()).then_some(index)
}

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(selected) = app.state.diagram.picker else {
        return;
    };
    let theme = &app.theme;
    let pane = popup(app, area);
    Clear.render(pane, buf);
    Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(TITLE)
        .render(pane, buf);
    let inside = inner(pane);
    let rows = rows(app);
    if rows.is_empty() {
        let text = fit(
            "This dataset has no cases to follow.",
            inside.width as usize,
        );
        buf.set_stringn(inside.x, inside.y, text, inside.width as usize, theme.dim);
        return;
    }
    crate::ui::selectable_rows(inside, buf, &rows, selected, theme);
}
