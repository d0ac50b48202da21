//! Drawing the help overlay: the lines `app::help` generates from the key map, in a popup.

use crate::app::App;
use crate::app::help::lines;
use crate::app::screen::{help_popup, inner};
use crate::app::search::Scope;
use crate::search::fold;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

pub fn draw(area: Rect, buf: &mut Buffer, app: &App, scroll: usize) {
    let pane = help_popup(area);
    Clear.render(pane, buf);
    let lines = lines(app);
    let max = lines.len().saturating_sub(inner(pane).height as usize);
    let scroll = scroll.min(max);
    crate::ui::bordered(&app.theme)
        .border_style(app.theme.border_focus)
        .title(app.strings.help_title)
        .title_bottom(Line::from(super::scroll_position(scroll, max)).right_aligned())
        .render(pane, buf);
    super::lines_into(&lines[scroll..], inner(pane), buf);
    let search = &app.state.search;
    if search.scope == Scope::Help
        && let Some(query) = search.highlighted()
    {
        super::search::highlight(buf, inner(pane), &lines, scroll, &fold(query), app);
        let cursor = if search.typing {
            app.theme.symbols.cursor
        } else {
            ""
        };
        let prompt = format!(" /{}{cursor} ", search.query);
        crate::ui::put::put_str(
            buf,
            pane.x + 2,
            pane.bottom() - 1,
            prompt,
            pane.width.saturating_sub(12) as usize,
            app.theme.key,
        );
    } else if search.scope == Scope::Help && search.typing {
        let prompt = format!(" /{} ", app.theme.symbols.cursor);
        crate::ui::put::put_str(buf, pane.x + 2, pane.bottom() - 1, prompt, 4, app.theme.key);
    }
}
