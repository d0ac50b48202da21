//! The membership table, filtered by what the user typed after `/`.

use super::{Filter, Page};
use crate::model::{Membership, Model};
use crate::search::fold;
use crate::strings::Strings;
use crate::text::fit;
use crate::theme::Theme;
use ratatui::text::{Line, Span};
use std::ops::Range;

/// Whether a membership matches the filter in any column, ignoring case and diacritics as search does.
pub fn matches(m: &Membership, filter: &str) -> bool {
    if filter.is_empty() {
        return true;
    }
    let needle = fold(filter);
    [&m.acronym, &m.name, &m.category, &m.status]
        .iter()
        .any(|field| fold(field).contains(&needle))
}

/// Writes the whole table onto `page`.
pub fn build(page: &mut Page, filter: Filter) {
    let tail = tail(page.model, page.theme, page.w, page.width, filter.text);
    build_window(page, filter, 0..usize::MAX, &tail);
}

/// Writes onto `page` only the table's lines in `window` (line numbers of the whole table) and returns how many
/// lines the whole table has. Rows outside the window are counted, never formatted, so a frame of a long table
/// costs what it shows. `tail` is what follows the rows (`tail()`), which a caller may keep between frames.
pub fn build_window(
    page: &mut Page,
    filter: Filter,
    window: Range<usize>,
    tail: &[Line<'static>],
) -> usize {
    let (model, w) = (page.model, page.w);
    let theme = page.theme;
    let all = &model.data.memberships;
    let shown: Vec<&Membership> = all.iter().filter(|m| matches(m, filter.text)).collect();
    let mut out = Window::new(window);
    page.title(w.international_organizations);
    let cursor = if filter.typing {
        theme.symbols.cursor
    } else {
        ""
    };
    let filter_line = if filter.text.is_empty() && !filter.typing {
        (w.shown_of)(shown.len(), all.len())
    } else {
        (w.filter_shown_of)(filter.text, cursor, shown.len(), all.len())
    };
    page.lines.push(Line::styled(
        filter_line,
        if filter.typing { theme.key } else { theme.dim },
    ));

    // Columns: acronym, status, category, then the full name takes what is left.
    let (acronym_w, status_w) = (9, 10);
    let category_w = if page.width >= 80 { 24 } else { 0 };
    let name_w = page.width.saturating_sub(acronym_w + status_w + category_w);
    let row = |a: &str, n: &str, c: &str, s: &str| {
        let mut text = fit(a, acronym_w) + &fit(n, name_w.saturating_sub(1)) + " ";
        if category_w > 0 {
            text += &fit(c, category_w);
        }
        text + &fit(s, status_w)
    };
    page.lines.push(Line::styled(
        row(w.acronym, w.full_name, w.category, w.status),
        theme.heading,
    ));
    out.take(&mut page.lines);
    for m in &shown {
        let count = 1 + usize::from(category_w == 0) + usize::from(m.note.is_some());
        if !out.wants(count) {
            out.skip(count);
            continue;
        }
        let status = if m.superseded.is_some() {
            format!("{}*", m.status)
        } else {
            m.status.to_string()
        };
        page.lines.push(Line::from(Span::styled(
            row(&m.acronym, &m.name, &m.category, &status),
            theme.text,
        )));
        if category_w == 0 {
            page.lines.push(Line::styled(
                format!("{}{}", " ".repeat(acronym_w), m.category),
                theme.dim,
            ));
        }
        if let Some(note) = &m.note {
            page.lines.push(Line::styled(
                format!("{}{}{note}", " ".repeat(acronym_w), theme.symbols.note),
                theme.dim,
            ));
        }
        out.take(&mut page.lines);
    }
    if shown.is_empty() {
        page.dim(w.no_organization_matches);
    }
    out.take(&mut page.lines);
    for line in tail {
        if out.wants(1) {
            page.lines.push(line.clone());
            out.take(&mut page.lines);
        } else {
            out.skip(1);
        }
    }
    out.take(&mut page.lines);
    page.lines = out.lines;
    out.total
}

/// What follows the rows for `filter`: the superseded entries with their sources and where the statuses come
/// from. It depends on the width and the filter, not on the scroll.
pub fn tail(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
    filter: &str,
) -> Vec<Line<'static>> {
    let mut page = Page::new(model, theme, w, width);
    let all = &model.data.memberships;
    // The tail follows a row or the "no match" line, both with text, so it opens with a blank line as on a
    // page written whole: a stand-in line gives `blank()` that context.
    page.lines.push(Line::raw(" "));
    let superseded = all
        .iter()
        .filter(|m| m.superseded.is_some() && matches(m, filter));
    let mut any = false;
    for m in superseded {
        if let Some(s) = &m.superseded {
            if !any {
                page.blank();
                any = true;
            }
            let text = (w.superseded_item)(&m.acronym, &s.by, &s.from);
            page.cited("", &text, &s.source, &s.from);
        }
    }
    if let Some(first) = all.first() {
        page.blank();
        page.dim(&(w.statuses_as_listed)(
            &page.citation(&first.source, &first.as_of),
        ));
    }
    page.lines.remove(0);
    page.lines
}

/// The lines of a table that fall in a window, and how many lines the table has in all.
struct Window {
    range: Range<usize>,
    total: usize,
    lines: Vec<Line<'static>>,
}

impl Window {
    fn new(range: Range<usize>) -> Window {
        Window {
            range,
            total: 0,
            lines: Vec::new(),
        }
    }

    /// Whether any of the next `count` lines falls in the window.
    fn wants(&self, count: usize) -> bool {
        self.total < self.range.end && self.total + count > self.range.start
    }

    /// Counts `count` lines without keeping them.
    fn skip(&mut self, count: usize) {
        self.total += count;
    }

    /// Moves `lines` here, keeping those in the window.
    fn take(&mut self, lines: &mut Vec<Line<'static>>) {
        for line in lines.drain(..) {
            if self.range.contains(&self.total) {
                self.lines.push(line);
            }
            self.total += 1;
        }
    }
}
