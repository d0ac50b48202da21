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
        crate::ui::put::put_str(buf, x, area.y, &label, width as usize, style);
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
    crate::ui::put::put_str(buf, x, area.y, fit(&text, width), width, app.theme.dim);
}

/// The most useful keys for where the user is, generated from the key map. Where the line is too narrow the
/// least important hints go first: help and the way back stay to the last.
pub fn key_hints(area: Rect, buf: &mut Buffer, app: &App) {
    let hints = app
        .keymap
        .kept_hints(&app.state.contexts(&app.model), app.strings);
    let mut x = area.x + 1;
    for (keys, what, _) in fit_hints(hints.to_vec(), area.width.saturating_sub(2) as usize) {
        buf.set_string(x, area.y, &keys, app.theme.key);
        x += keys.chars().count() as u16 + 1;
        buf.set_string(x, area.y, what, app.theme.dim);
        x += what.chars().count() as u16 + 2;
    }
}

/// The hints that fit in `width` columns, in their order: the most important are placed first, and a hint too
/// long for the room left is skipped while shorter, less important ones may still fit, so help and the way back
/// go last and no room is left empty that a hint could use.
pub fn fit_hints(hints: Vec<Hint>, width: usize) -> Vec<Hint> {
    // Two spaces between hints, one between a key and its words.
    let cost = |(k, w, _): &Hint| k.chars().count() + w.chars().count() + 3;
    let mut by_importance: Vec<usize> = (0..hints.len()).collect();
    by_importance.sort_by_key(|&i| std::cmp::Reverse(hints[i].2));
    let mut keep = vec![false; hints.len()];
    // The last hint needs no spaces after it.
    let mut used = 0usize;
    for i in by_importance {
        let extra = cost(&hints[i]);
        if used + extra <= width + 2 {
            used += extra;
            keep[i] = true;
        }
    }
    hints
        .into_iter()
        .zip(keep)
        .filter_map(|(h, kept)| kept.then_some(h))
        .collect()
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
        crate::ui::put::put_str(
            buf,
            area.x,
            area.y + row as u16,
            line,
            area.width as usize,
            theme.warn,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::fit_hints;

    fn hint(key: &str, what: &'static str, importance: u8) -> (String, &'static str, u8) {
        (key.to_string(), what, importance)
    }

    #[test]
    fn the_least_important_go_first_and_a_short_hint_takes_room_a_long_one_cannot() {
        let hints = vec![
            hint("Enter", "its page", 1),
            hint("1-7", "tabs", 0),
            hint("?", "help", 3),
            hint("q", "quit", 2),
        ];
        let keys = |width| -> Vec<String> {
            fit_hints(hints.clone(), width)
                .into_iter()
                .map(|h| h.0)
                .collect()
        };
        // Everything: 14 + 2 + 8 + 2 + 6 + 2 + 6 columns.
        assert_eq!(keys(40), ["Enter", "1-7", "?", "q"]);
        // "Enter its page" no longer fits, but the less important "1-7 tabs" does.
        assert_eq!(keys(24), ["1-7", "?", "q"]);
        assert_eq!(keys(14), ["?", "q"]);
        assert_eq!(keys(6), ["?"]);
        assert!(keys(3).is_empty());
    }
}
