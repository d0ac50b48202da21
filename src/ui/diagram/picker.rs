//! Drawing the list of cases to follow, over the diagram, where `app::diagram_geometry` says it is (the same
//! rectangle its clicks are tested against).

use crate::app::App;
use crate::app::diagram_geometry::{picker_popup, picker_rows};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(selected) = app.state.diagram.picker else {
        return;
    };
    let theme = &app.theme;
    let rows = picker_rows(&app.model, app.strings);
    let pane = picker_popup(&rows, area, app.strings);
    crate::ui::pick_list(
        pane,
        buf,
        theme,
        (app.strings.picker_title, app.strings.no_cases),
        &rows,
        selected,
    );
}
