//! Drawing guided tours: the stop's panel in the band `app::bands` gives it, and the tour list.

use crate::app::bands::stop_lines;
use crate::app::keymap::Context;
use crate::app::screen::inner;
use crate::app::{Action, App};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

/// The stop's panel: the tour and "stop 2 of 5" on its top edge, the text and the question inside, and the
/// tour's keys (from the key map) on its bottom edge.
pub fn draw_panel(area: Rect, buf: &mut Buffer, app: &App) {
    let Some((tour, stop, at)) = app.tour_stop() else {
        return;
    };
    let (theme, w) = (&app.theme, app.strings);
    let title = (w.tour.panel_title)(&tour.title, stop + 1, tour.stops.len());
    let keys = if app.state.tour.attract {
        w.tour.attract_note.to_string()
    } else {
        key_line(app)
    };
    Clear.render(area, buf);
    crate::ui::bordered(theme)
        .border_style(theme.border_focus)
        .title(Line::styled(title, theme.title))
        .title_bottom(Line::styled(keys, theme.key))
        .render(area, buf);
    let inside = inner(area);
    let (text, question) = stop_lines(&at.text, &at.question, w.tour.question_mark, inside.width);
    let styled = text
        .iter()
        .map(|l| (l, theme.text))
        .chain(question.iter().map(|l| (l, theme.heading)));
    for (row, (line, style)) in styled.take(inside.height as usize).enumerate() {
        crate::ui::put::put_str(
            buf,
            inside.x,
            inside.y + row as u16,
            line,
            inside.width as usize,
            style,
        );
    }
}

/// " → next  ← previous  Esc leave ": one key of each of the tour's bindings.
fn key_line(app: &App) -> String {
    let w = app.strings;
    let mut shown: Vec<Action> = Vec::new();
    let mut parts: Vec<String> = Vec::new();
    for b in app
        .keymap
        .bindings
        .iter()
        .filter(|b| b.context == Context::Tour)
    {
        if shown.contains(&b.action) {
            continue;
        }
        shown.push(b.action);
        let keys: Vec<String> = app
            .keymap
            .bindings
            .iter()
            .filter(|o| o.context == Context::Tour && o.action == b.action)
            .map(|o| crate::app::keymap::pattern_label(o.pattern, w))
            .collect();
        parts.push(format!("{} {}", keys.join("/"), b.action.hint(w)));
    }
    format!(" {} ", parts.join("  "))
}

/// The tour list over the main screen's `area`: each tour's title and number of stops.
pub fn draw_list(area: Rect, buf: &mut Buffer, app: &App, selected: usize) {
    let (theme, w) = (&app.theme, app.strings);
    let rows: Vec<String> = app
        .tours()
        .iter()
        .map(|t| (w.tour.list_row)(&t.title, t.stops.len()))
        .collect();
    let widest = rows
        .iter()
        .map(|r| r.chars().count())
        .chain([w.tour.list_title.chars().count()])
        .max()
        .unwrap_or(30) as u16;
    let width = (widest + 6).min(area.width.saturating_sub(2)).max(1);
    let height = (rows.len().max(1) as u16 + 2).min(area.height);
    let pane = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    };
    crate::ui::pick_list(
        pane,
        buf,
        theme,
        (w.tour.list_title, w.tour.no_tours),
        &rows,
        selected,
    );
}
