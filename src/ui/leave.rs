//! The question a served visitor answers before leaving: "Leave polity? y / n".

use crate::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

/// The question in a small box in the middle of `area`.
pub fn draw(area: Rect, buf: &mut Buffer, app: &App) {
    let question = app.strings.leave_question;
    let width = (question.chars().count() as u16 + 6).min(area.width);
    let height = 3.min(area.height);
    let pane = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Clear.render(pane, buf);
    crate::ui::bordered(&app.theme)
        .border_style(app.theme.border_focus)
        .render(pane, buf);
    crate::ui::put::put_str(
        buf,
        pane.x + 3,
        pane.y + 1,
        question,
        width.saturating_sub(4) as usize,
        app.theme.key,
    );
}
