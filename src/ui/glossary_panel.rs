//! Draws the glossary panel: the terms on the page on screen with their definitions and sources, over the page.

use crate::app::App;
use crate::app::glossary_panel::panel_area;
use crate::app::screen::inner;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

pub fn draw(area: Rect, buf: &mut Buffer, app: &App, scroll: usize) {
    let mut pane = panel_area(area);
    let lines = app.glossary_panel_lines(inner(pane).width as usize);
    // No taller than its terms, so the page shows below a short list.
    pane.height = pane.height.min(lines.len() as u16 + 2);
    Clear.render(pane, buf);
    let inside = inner(pane);
    let max = lines.len().saturating_sub(inside.height as usize);
    let scroll = scroll.min(max);
    let title = if app.glossary_terms_here().1 {
        app.strings.terms_here_title
    } else {
        app.strings.every_term_title
    };
    crate::ui::bordered(&app.theme)
        .border_style(app.theme.border_focus)
        .title(title)
        .title_bottom(Line::from(super::scroll_position(scroll, max)).right_aligned())
        .render(pane, buf);
    super::lines_into(&lines[scroll..], inside, buf);
}
