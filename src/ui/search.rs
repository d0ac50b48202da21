//! Drawing the search: the query and its results over the content, and the matches and links marked on a page.

use crate::app::App;
use crate::app::Tab;
use crate::app::screen::{inner, list_offset};
use crate::app::search::{Scope, entry_of};
use crate::pages::Link;
use crate::search::{Hit, SearchIndex, Subject, fold};
use crate::text::fit;
use cells::{Cells, all_simple};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthChar;

mod cells;

/// Columns for the item's name and its tab in a result row.
const ITEM_WIDTH: usize = 28;
const TAB_WIDTH: usize = 14;

/// The search box and its results, over `area`. Every cell of `area` is written once, straight into the buffer
/// (the frame, the query, each result row and the blank rest), so nothing is cleared first and no widget walks
/// the area again; it looks as a `Clear`, a bordered `Block` and lines drawn into it would.
pub fn draw(area: Rect, buf: &mut Buffer, app: &App) {
    let inside = inner(area);
    if inside.height < 2 || inside.width < 10 || buf.area.intersection(area) != area {
        // Too small for results (or partly off the buffer): the frame alone, drawn by the widgets.
        Clear.render(area, buf);
        crate::ui::bordered(&app.theme)
            .border_style(app.theme.border_focus)
            .title(app.strings.search_title)
            .render(area, buf);
        return;
    }
    let mut cells = Cells::new(buf);
    frame(&mut cells, area, app);
    let search = &app.state.search;
    let rows = inside.height as usize - 2;
    let offset = list_offset(search.selected, rows);
    let (hits, total) = app.search_results(offset + rows);
    let w = app.strings;
    let count = match total {
        0 if search.query.trim().is_empty() => w.search_empty.to_string(),
        0 => w.no_matches.to_string(),
        n => (w.matches)(n),
    };
    let prompt = format!("/ {}{}  {count}", search.query, app.theme.symbols.cursor);
    let right = inside.right();
    let end = cells.put_fitted(
        inside.x,
        inside.y,
        right,
        &prompt,
        inside.width as usize,
        app.theme.key,
    );
    cells.blank(end, inside.y, right);
    cells.blank(inside.x, inside.y + 1, right);
    let mut drawn = 0;
    if let Some(index) = &app.search_index {
        let row = ResultRow {
            index,
            needle: fold(search.query.trim()),
            item_width: ITEM_WIDTH.min(inside.width as usize / 4),
            mark: app.theme.key.add_modifier(Modifier::REVERSED),
        };
        let mut labels = Labels {
            app,
            known: Vec::new(),
        };
        for (i, hit) in hits.iter().enumerate().skip(offset).take(rows) {
            let y = inside.y + 2 + drawn as u16;
            let (item, tab) = labels.label(index.documents[hit.document].subject);
            let (marker, style) = if i == search.selected {
                (app.theme.symbols.pointer, app.theme.selected)
            } else {
                ("  ", app.theme.text)
            };
            row.draw(
                &mut cells,
                inside,
                y,
                *hit,
                [marker, item, tab],
                [style, app.theme.dim],
            );
            drawn += 1;
        }
    }
    for y in inside.y + 2 + drawn as u16..inside.bottom() {
        cells.blank(inside.x, y, right);
    }
}

/// The pop-up's border in `border_focus` and its title, as a bordered `Block` with that title draws them.
fn frame(cells: &mut Cells, area: Rect, app: &App) {
    let set = &app.theme.symbols.border;
    let style = app.theme.border_focus;
    let cell = |symbol: &str| {
        let mut cell = Cell::EMPTY;
        cell.set_symbol(symbol).set_style(style);
        cell
    };
    let (left, right) = (area.x, area.right() - 1);
    let (top, bottom) = (area.y, area.bottom() - 1);
    cells.set(left, top, &cell(set.top_left));
    cells.fill(left + 1, top, right, &cell(set.horizontal_top));
    cells.set(right, top, &cell(set.top_right));
    let (side_left, side_right) = (cell(set.vertical_left), cell(set.vertical_right));
    for y in top + 1..bottom {
        cells.set(left, y, &side_left);
        cells.set(right, y, &side_right);
    }
    cells.set(left, bottom, &cell(set.bottom_left));
    cells.fill(left + 1, bottom, right, &cell(set.horizontal_bottom));
    cells.set(right, bottom, &cell(set.bottom_right));
    let title = Line::from(app.strings.search_title);
    let width = (title.width().min(u16::MAX as usize) as u16).min(area.width - 2);
    title.render(Rect::new(left + 1, top, width, 1), cells.buffer());
}

/// What every result row of one frame shares.
struct ResultRow<'a> {
    index: &'a SearchIndex,
    /// The query folded.
    needle: String,
    item_width: usize,
    /// The style added to the matching words.
    mark: Style,
}

impl ResultRow<'_> {
    /// Row `y`: the marker, the item and its tab in `head`'s style, then the text around the match in `dim`
    /// with the matching words marked; blank to the pop-up's right edge.
    fn draw(
        &self,
        cells: &mut Cells,
        inside: Rect,
        y: u16,
        hit: Hit,
        [marker, item, tab]: [&str; 3],
        [head, dim]: [Style; 2],
    ) {
        let right = inside.right();
        let item_width = self.item_width.saturating_sub(3);
        let (mut x, head_width) = if all_simple(marker) && all_simple(item) && all_simple(tab) {
            let x = cells.put(inside.x, y, right, marker, head);
            let x = cells.put_fitted(x, y, right, item, item_width, head);
            let x = cells.put(x, y, right, " ", head);
            let x = cells.put_fitted(x, y, right, tab, TAB_WIDTH, head);
            let x = cells.put(x, y, right, " ", head);
            let columns = marker.chars().count() + item_width + 1 + TAB_WIDTH + 1;
            (x, columns)
        } else {
            let text = format!(
                "{marker}{}{} ",
                fit(item, item_width) + " ",
                fit(tab, TAB_WIDTH)
            );
            let x = cells.put(inside.x, y, right, &text, head);
            (x, unicode_width::UnicodeWidthStr::width(text.as_str()))
        };
        let snippet_width = (inside.width as usize).saturating_sub(self.item_width + TAB_WIDTH + 2);
        let start = inside
            .x
            .saturating_add(head_width.min(u16::MAX as usize) as u16);
        let end = right.min(start.saturating_add(snippet_width.min(u16::MAX as usize) as u16));
        let text = &self.index.documents[hit.document].text;
        let folded = self.index.folded(hit.document);
        let needle = self.needle.as_str();
        let len = needle.chars().count();
        if let Some(plan) =
            Snippet::plain(text, hit.at, len, snippet_width).filter(|_| !needle.contains('…'))
        {
            let kept = &text[plan.start..plan.start + plan.kept];
            if plan.lead {
                x = cells.put(x, y, right, "…", dim);
            }
            x = cells.put_plain(x, y, right, kept, dim);
            if plan.cut {
                x = cells.put(x, y, right, "…", dim);
            }
            x = cells.put_spaces(x, y, right, plan.pad, dim);
            // The matches lie inside the kept text: the query holds no ellipsis and ends in no space.
            let at = start.saturating_add(u16::from(plan.lead));
            for (byte, _) in folded[plan.start..plan.start + plan.kept].match_indices(needle) {
                let from = at.saturating_add(byte.min(u16::MAX as usize) as u16);
                let to = from.saturating_add(len.min(u16::MAX as usize) as u16);
                cells.patch(from, y, to.min(end), self.mark);
            }
        } else {
            let (snippet, folded) = around(text, folded, hit.at, len, snippet_width);
            x = cells.put(x, y, right, &snippet, dim);
            cells.blank(x, y, right);
            mark_folded(
                cells.buffer(),
                Rect::new(start, y, end.saturating_sub(start), 1),
                &snippet,
                &folded,
                needle,
                self.mark,
            );
        }
        cells.blank(x, y, right);
    }
}

/// Where a snippet of a printable ASCII text starts and what it shows: `around`'s choice, worked out without
/// building its strings (a char is a byte and a column).
#[derive(Debug, PartialEq, Eq)]
struct Snippet {
    /// An ellipsis before the text: it does not start at the beginning.
    lead: bool,
    /// The first byte of the text shown, and how many bytes are shown.
    start: usize,
    kept: usize,
    /// An ellipsis after the text: it was cut.
    cut: bool,
    /// Spaces after it, to fill the width.
    pad: usize,
}

impl Snippet {
    /// The snippet of `text` around the match at `at`, `len` chars long, in `width` columns; none when the text
    /// is not all printable ASCII.
    fn plain(text: &str, at: usize, len: usize, width: usize) -> Option<Snippet> {
        if !text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
            return None;
        }
        let chars = text.len();
        let lead = width.saturating_sub(len) / 3;
        let fits = chars <= width || at + len <= width.saturating_sub(1);
        let start = if fits { 0 } else { at.saturating_sub(lead) }.min(chars);
        let source = usize::from(start > 0) + chars - start;
        if source <= width {
            return Some(Snippet {
                lead: start > 0,
                start,
                kept: chars - start,
                cut: false,
                pad: width - source,
            });
        }
        // Cut: `width - 1` chars of the source (the leading ellipsis first), then an ellipsis.
        let shown = width.saturating_sub(1);
        let lead = start > 0 && shown > 0;
        Some(Snippet {
            lead,
            start,
            kept: shown - usize::from(lead),
            cut: width > 0,
            pad: 0,
        })
    }
}

/// Each result's item and tab, worked out once per subject in a frame (many results share one item).
struct Labels<'a> {
    app: &'a App,
    known: Vec<(Subject, String, &'static str)>,
}

impl Labels<'_> {
    fn label(&mut self, subject: Subject) -> (&str, &'static str) {
        let at = match self.known.iter().position(|(s, ..)| *s == subject) {
            Some(at) => at,
            None => {
                self.known.push(self.work_out(subject));
                self.known.len() - 1
            }
        };
        let (_, item, tab) = &self.known[at];
        (item, tab)
    }

    fn work_out(&self, subject: Subject) -> (Subject, String, &'static str) {
        let app = self.app;
        let entry = entry_of(subject);
        // The tabs' lists as the state keeps them, listed once per snapshot rather than once per result.
        let found = Tab::ALL.into_iter().find_map(|tab| {
            let list = app.state.derived.entries(&app.model, tab);
            list.iter().find(|&&e| e == entry).map(|&e| (tab, e))
        });
        match found {
            Some((tab, e)) => (
                subject,
                crate::app::entries::label(&app.model, app.strings, e),
                tab.title(app.strings),
            ),
            None => (subject, String::new(), ""),
        }
    }
}

/// The part of `text` around the match at char `at`, fitted to `width` columns, and the same part of `folded`
/// (`text` folded char for char, as the index keeps it), so the snippet's matches are found without folding it
/// again.
fn around(text: &str, folded: &str, at: usize, len: usize, width: usize) -> (String, String) {
    let lead = width.saturating_sub(len) / 3;
    let fits =
        unicode_width::UnicodeWidthStr::width(text) <= width || at + len <= width.saturating_sub(1);
    let start = if fits { 0 } else { at.saturating_sub(lead) };
    let from = |s: &str| {
        s.char_indices()
            .nth(start)
            .map_or(s.len(), |(byte, _)| byte)
    };
    let mut source = String::new();
    if start > 0 {
        source.push('…');
    }
    let lead_bytes = source.len();
    source.push_str(&text[from(text)..]);
    let snippet = fit(&source, width);
    // `fit` keeps a prefix of the source's chars and only then cuts, adds an ellipsis and pads: that prefix
    // is the folded text's, the rest (ellipsis and spaces) folds to itself.
    let mut kept = snippet
        .bytes()
        .zip(source.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !snippet.is_char_boundary(kept) {
        kept -= 1;
    }
    let lead = lead_bytes.min(kept);
    let kept_chars = snippet[lead..kept].chars().count();
    let tail = &folded[from(folded)..];
    let tail_end = tail
        .char_indices()
        .nth(kept_chars)
        .map_or(tail.len(), |(byte, _)| byte);
    let mut folded = String::with_capacity(snippet.len());
    folded.push_str(&snippet[..lead]);
    folded.push_str(&tail[..tail_end]);
    folded.extend(snippet[kept..].chars().map(crate::search::fold_char));
    (snippet, folded)
}

/// Marks in `style` every match of `needle` (folded) in `text`, which is drawn at `area`'s first row.
pub fn mark_matches(buf: &mut Buffer, area: Rect, text: &str, needle: &str, style: Style) {
    mark_folded(buf, area, text, &fold(text), needle, style);
}

/// `mark_matches` with `text` already folded: one pass over the chars, each match's columns marked as found
/// (leftmost first, not overlapping).
fn mark_folded(buf: &mut Buffer, area: Rect, text: &str, folded: &str, needle: &str, style: Style) {
    let len = needle.chars().count();
    if len == 0 {
        return;
    }
    // Walks the chars up to each match, adding up their columns.
    let mut chars = folded.char_indices().zip(text.chars()).peekable();
    let mut col = 0;
    for (byte, _) in folded.match_indices(needle) {
        while let Some((_, c)) = chars.next_if(|((at, _), _)| *at < byte) {
            col += c.width().unwrap_or(0);
        }
        let start = col;
        for (_, c) in chars.by_ref().take(len) {
            col += c.width().unwrap_or(0);
        }
        mark(buf, area, start, col, style);
    }
}

fn mark(buf: &mut Buffer, area: Rect, start: usize, end: usize, style: Style) {
    for col in start..end {
        let x = area.x as usize + col;
        if x >= area.right() as usize {
            break;
        }
        buf[(x as u16, area.y)].set_style(style);
    }
}

/// Marks the page's matches of the search gone to, and its links (the focused one in reverse video).
pub fn mark_page(
    buf: &mut Buffer,
    inside: Rect,
    lines: &[Line],
    scroll: usize,
    links: &[Link],
    app: &App,
) {
    let shown = |line: usize| line >= scroll && line < scroll + inside.height as usize;
    let focused = app.state.view().link;
    for (i, link) in links.iter().enumerate() {
        if !shown(link.line) {
            continue;
        }
        let row = Rect::new(
            inside.x,
            inside.y + (link.line - scroll) as u16,
            inside.width,
            1,
        );
        let style = if focused == Some(i) {
            app.theme.selected
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        };
        mark(buf, row, link.start, link.end, style);
    }
    if app.state.search.scope != Scope::Everything {
        return;
    }
    if let Some(query) = app.state.search.highlighted() {
        highlight(buf, inside, lines, scroll, &fold(query), app);
    }
}

/// Marks the matches of `needle` (folded) in the lines shown from `scroll`.
pub fn highlight(
    buf: &mut Buffer,
    inside: Rect,
    lines: &[Line],
    scroll: usize,
    needle: &str,
    app: &App,
) {
    let style = app.theme.key.add_modifier(Modifier::REVERSED);
    for (row, line) in lines
        .iter()
        .skip(scroll)
        .take(inside.height as usize)
        .enumerate()
    {
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        let area = Rect::new(inside.x, inside.y + row as u16, inside.width, 1);
        mark_matches(buf, area, &text, needle, style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippets_folded_text_is_the_snippet_folded() {
        let long = "Сенат Парламента — the upper chamber, whose Élus review every law the lower chamber passes";
        for (text, at) in [
            ("Dïetrat élection", 8),
            (long, 0),
            (long, 60),
            (
                "漢字 wide chars and the Zürich court of appeal, far along the line",
                40,
            ),
        ] {
            for width in [1, 2, 12, 30, 200] {
                let (snippet, folded) = around(text, &fold(text), at, 3, width);
                assert_eq!(folded, fold(&snippet), "{text} at {at} in {width}");
            }
        }
    }

    #[test]
    fn a_plain_snippet_is_the_one_around_cuts() {
        let text = "The President appoints seven of the senators and nominates the judges of the Supreme Court";
        for at in [0, 4, 30, 60, 85] {
            for len in [1, 3, 12] {
                for width in [0, 1, 2, 5, 12, 30, 74, 200] {
                    let plan = Snippet::plain(text, at, len, width).expect("plain text");
                    let mut drawn = String::new();
                    drawn.extend(plan.lead.then_some('…'));
                    drawn.push_str(&text[plan.start..plan.start + plan.kept]);
                    drawn.extend(plan.cut.then_some('…'));
                    drawn.extend(std::iter::repeat_n(' ', plan.pad));
                    let (snippet, _) = around(text, &fold(text), at, len, width);
                    assert_eq!(drawn, snippet, "at {at}, {len} long, in {width}");
                }
            }
        }
        assert_eq!(Snippet::plain("Сенат", 0, 1, 10), None);
    }

    #[test]
    fn marks_cover_every_match_once_by_columns() {
        let text = "漢a Aa éA";
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
        let style = Style::new().add_modifier(Modifier::REVERSED);
        mark_matches(&mut buf, Rect::new(0, 0, 12, 1), text, "a", style);
        let marked: Vec<u16> = (0..12)
            .filter(|&x| buf[(x, 0)].modifier.contains(Modifier::REVERSED))
            .collect();
        // 漢 is two columns wide: the matches stand at columns 2, 4, 5 and 8.
        assert_eq!(marked, vec![2, 4, 5, 8]);
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
        mark_matches(&mut buf, Rect::new(0, 0, 12, 1), "aaa", "aa", style);
        let marked: Vec<u16> = (0..12)
            .filter(|&x| buf[(x, 0)].modifier.contains(Modifier::REVERSED))
            .collect();
        assert_eq!(marked, vec![0, 1], "matches do not overlap");
    }
}
