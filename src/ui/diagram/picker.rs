//! Drawing the list of cases to follow, over the diagram, where `app::diagram_geometry` says it is (the same
//! rectangle its clicks are tested against).

use crate::app::App;
use crate::app::diagram_geometry::{picker_popup, picker_rows};
use crate::app::screen::inner;
use crate::text::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(selected) = app.state.diagram.picker else {
        return;
    };
    let theme = &app.theme;
    let rows = picker_rows(&app.model, app.strings);
    let pane = picker_popup(&rows, area, app.strings);
    Clear.render(pane, buf);
    Block::new()
        .borders(Borders::ALL)
        .border_set(app.theme.symbols.border)
        .border_style(theme.border_focus)
        .title(app.strings.picker_title)
        .render(pane, buf);
    let inside = inner(pane);
    if rows.is_empty() {
        let text = fit(app.strings.no_cases, inside.width as usize);
        buf.set_stringn(inside.x, inside.y, text, inside.width as usize, theme.dim);
        return;
    }
    crate::ui::selectable_rows(inside, buf, &rows, selected, theme);
}
