//! The frame around the content: tab bar, status line, key hints and the too-small message.

use crate::app::screen::{MIN_HEIGHT, MIN_WIDTH, tab_labels};
use crate::app::{App, Tab, entries};
use crate::text::{Overlong, fit, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub fn tab_bar(area: Rect, buf: &mut Buffer, app: &App) {
    for (i, (label, start, _)) in tab_labels(area.width, app.state.tab, app.strings)
        .into_iter()
        .enumerate()
    {
        let style = if Tab::from_index(i) == app.state.tab {
            app.theme.tab_active
        } else {
            app.theme.tab_inactive
        };
        buf.set_string(area.x + start, area.y, label, style);
    }
}

/// Where what is on screen comes from, and whether the source disputes it.
pub fn status_line(area: Rect, buf: &mut Buffer, app: &App) {
    let model = &app.model;
    // The chosen date keeps the right end, so a projected screen always says when it describes.
    let mut area = area;
    if let Some(label) = super::timeline::as_of_label(app) {
        let label = format!(" {label} ");
        let width = (label.chars().count() as u16).min(area.width);
        let x = area.right() - width;
        let style = if app.at_newest() {
            app.theme.key
        } else {
            app.theme.warn
        };
        buf.set_stringn(x, area.y, &label, width as usize, style);
        area.width -= width;
    }
    if super::page_covered(app) {
        return;
    }
    let Some(entry) = app.state.entry(model) else {
        return;
    };
    let sources: Vec<String> = app
        .state
        .derived
        .provenance(model, entry)
        .iter()
        .map(|(id, as_of)| {
            let n = model.source_number(id);
            (app.strings.status_source)(n, model.source_title(id), as_of)
        })
        .collect();
    let mut text = (app.strings.status_sources)(&sources.join("; "));
    let mut x = area.x;
    if entries::has_discrepancy(model, entry) {
        let mark = app.strings.disputed_mark;
        buf.set_string(x, area.y, mark, app.theme.warn);
        x += mark.chars().count() as u16;
        text = text.trim_start().to_string();
    }
    let width = area.right().saturating_sub(x) as usize;
    buf.set_stringn(x, area.y, fit(&text, width), width, app.theme.dim);
}

/// The most useful keys for where the user is, generated from the key map. Where the line is too narrow the
/// least important hints go first: help and the way back stay to the last.
pub fn key_hints(area: Rect, buf: &mut Buffer, app: &App) {
    let hints = app
        .keymap
        .ranked_hints(&app.state.contexts(&app.model), app.strings);
    let mut x = area.x + 1;
    for (keys, what, _) in fit_hints(hints, area.width.saturating_sub(2) as usize) {
        buf.set_string(x, area.y, &keys, app.theme.key);
        x += keys.chars().count() as u16 + 1;
        buf.set_string(x, area.y, what, app.theme.dim);
        x += what.chars().count() as u16 + 2;
    }
}

/// The hints that fit in `width` columns, in their order: drops the last of the least important hints until
/// the rest fit, so help and the way back go last.
pub fn fit_hints(mut hints: Vec<Hint>, width: usize) -> Vec<Hint> {
    let needed = |hints: &[Hint]| -> usize {
        hints
            .iter()
            .map(|(k, w, _)| k.chars().count() + w.chars().count() + 3)
            .sum::<usize>()
            .saturating_sub(2)
    };
    while needed(&hints) > width {
        let least = hints.iter().map(|h| h.2).min();
        let Some(drop) = hints.iter().rposition(|h| Some(h.2) == least) else {
            break;
        };
        hints.remove(drop);
    }
    hints
}

/// A key, what it does, and how much it matters.
type Hint = (String, &'static str, u8);

pub fn too_small(area: Rect, buf: &mut Buffer, app: &App) {
    let theme = &app.theme;
    let message = (app.strings.too_small)(area.width, area.height, MIN_WIDTH, MIN_HEIGHT);
    for (row, line) in wrap(&message, area.width as usize, Overlong::Cut)
        .iter()
        .take(area.height as usize)
        .enumerate()
    {
        buf.set_stringn(
            area.x,
            area.y + row as u16,
            line,
            area.width as usize,
            theme.warn,
        );
    }
}
