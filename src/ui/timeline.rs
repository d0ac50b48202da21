//! The Timeline view (the dataset's events in date order, with their sources) and the "as of" label that
//! keeps the chosen date on screen.

use crate::app::App;
use crate::app::screen::inner;
use crate::app::time::events_in_order;
use crate::text::push_wrapped;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

/// "as of 2026-07-01", or "as of 2019-06 · not today" before the newest date; `None` without dates.
pub fn as_of_label(app: &App) -> Option<String> {
    let date = app.as_of()?.to_string();
    let w = app.strings;
    Some(if app.at_newest() {
        (w.as_of_label)(&date)
    } else {
        (w.as_of_not_today)(&date)
    })
}

/// Each event as wrapped lines: its date and kind, its text, its sources.
fn event_lines(app: &App, width: usize) -> Vec<Vec<Line<'static>>> {
    let full = app.timeline.full();
    let chosen = app.as_of();
    events_in_order(full)
        .into_iter()
        .map(|i| {
            let e = &full.data.events[i];
            let sources: Vec<String> = e
                .sources
                .iter()
                .map(|s| {
                    let n = full.source_number(s);
                    format!("[{n}] {}", full.source_title(s))
                })
                .collect();
            let shown = crate::model::Date::parse(&e.date)
                .zip(chosen)
                .is_some_and(|(d, c)| d <= c);
            let symbols = app.theme.symbols;
            let mark = if shown {
                symbols.shown
            } else {
                symbols.not_shown
            };
            let mut lines = Vec::new();
            let head = format!("{mark} {}  {}", e.date, e.kind.word(app.strings));
            push_wrapped(&mut lines, &head, width, "  ", "  ", app.theme.heading);
            push_wrapped(&mut lines, &e.text, width, "    ", "    ", app.theme.text);
            push_wrapped(
                &mut lines,
                &sources.join("; "),
                width,
                "    ",
                "    ",
                app.theme.dim,
            );
            lines
        })
        .collect()
}

/// Draws the Timeline view over `area` (everything between the tab bar and the status line).
pub fn draw(area: Rect, buf: &mut Buffer, app: &App, selected: usize) {
    Clear.render(area, buf);
    let title = match as_of_label(app) {
        Some(label) => (app.strings.timeline_title)(&label),
        None => app.strings.timeline_title_undated.to_string(),
    };
    crate::ui::bordered(&app.theme)
        .border_style(app.theme.border_focus)
        .title(title)
        .render(area, buf);
    let inside = inner(area);
    let events = event_lines(app, inside.width as usize);
    if events.is_empty() {
        crate::ui::put::put_str(
            buf,
            inside.x,
            inside.y,
            app.strings.no_events,
            inside.width as usize,
            app.theme.dim,
        );
        return;
    }
    let selected = selected.min(events.len() - 1);
    // Start at the first event that still lets the selected one end on screen.
    let height = inside.height as usize;
    let mut first = selected;
    let mut used = events[selected].len();
    while first > 0 && used + events[first - 1].len() <= height {
        first -= 1;
        used += events[first].len();
    }
    let mut lines: Vec<Line> = Vec::new();
    for (i, event) in events.iter().enumerate().skip(first) {
        for (row, line) in event.iter().enumerate() {
            let mut line = line.clone();
            if i == selected {
                line = line.patch_style(app.theme.selected);
                if row == 0
                    && let Some(span) = line.spans.first_mut()
                {
                    span.content = app.theme.symbols.pointer.into();
                }
            }
            lines.push(line);
        }
    }
    crate::ui::lines_into(&lines, inside, buf);
}
