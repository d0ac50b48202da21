//! Drawing the search: the query and its results over the content, and the matches and links marked on a page.

use crate::app::App;
use crate::app::Tab;
use crate::app::screen::{inner, list_offset};
use crate::app::search::{Scope, entry_of};
use crate::pages::Link;
use crate::search::{Subject, fold};
use crate::text::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthChar;

/// Columns for the item's name and its tab in a result row.
const ITEM_WIDTH: usize = 28;
const TAB_WIDTH: usize = 14;

/// The search box and its results, over `area`.
pub fn draw(area: Rect, buf: &mut Buffer, app: &App) {
    let search = &app.state.search;
    Clear.render(area, buf);
    crate::ui::bordered(&app.theme)
        .border_style(app.theme.border_focus)
        .title(app.strings.search_title)
        .render(area, buf);
    let inside = inner(area);
    if inside.height < 2 || inside.width < 10 {
        return;
    }
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
    buf.set_stringn(
        inside.x,
        inside.y,
        fit(&prompt, inside.width as usize),
        inside.width as usize,
        app.theme.key,
    );
    let Some(index) = &app.search_index else {
        return;
    };
    let needle = fold(search.query.trim());
    let mut labels = Labels {
        app,
        known: Vec::new(),
    };
    let item_width = ITEM_WIDTH.min(inside.width as usize / 4);
    let snippet_width = (inside.width as usize).saturating_sub(item_width + TAB_WIDTH + 2);
    for (row, (i, hit)) in hits.iter().enumerate().skip(offset).take(rows).enumerate() {
        let y = inside.y + 2 + row as u16;
        let document = &index.documents[hit.document];
        let (item, tab) = labels.label(document.subject);
        let marker = if i == search.selected {
            app.theme.symbols.pointer
        } else {
            "  "
        };
        let style = if i == search.selected {
            app.theme.selected
        } else {
            app.theme.text
        };
        let head = format!(
            "{marker}{}{} ",
            fit(&item, item_width.saturating_sub(3)) + " ",
            fit(&tab, TAB_WIDTH)
        );
        let x = inside.x + unicode_width::UnicodeWidthStr::width(head.as_str()) as u16;
        let (snippet, folded) = around(
            &document.text,
            index.folded(hit.document),
            hit.at,
            needle.chars().count(),
            snippet_width,
        );
        let line = Line::from(vec![
            Span::styled(head, style),
            Span::styled(snippet.as_str(), app.theme.dim),
        ]);
        super::put_line(buf, inside.x, y, &line, inside.width);
        let end = inside.right().min(x + snippet_width as u16);
        mark_folded(
            buf,
            Rect::new(x, y, end.saturating_sub(x), 1),
            &snippet,
            &folded,
            &needle,
            app.theme.key.add_modifier(Modifier::REVERSED),
        );
    }
}

/// Each result's item and tab, worked out once per subject in a frame (many results share one item).
struct Labels<'a> {
    app: &'a App,
    known: Vec<(Subject, (String, String))>,
}

impl Labels<'_> {
    fn label(&mut self, subject: Subject) -> (String, String) {
        if let Some((_, label)) = self.known.iter().find(|(s, _)| *s == subject) {
            return label.clone();
        }
        let app = self.app;
        let entry = entry_of(subject);
        // The tabs' lists as the state keeps them, listed once per snapshot rather than once per result.
        let found = Tab::ALL.into_iter().find_map(|tab| {
            let list = app.state.derived.entries(&app.model, tab);
            list.iter().find(|&&e| e == entry).map(|&e| (tab, e))
        });
        let label = match found {
            Some((tab, e)) => (
                crate::app::entries::label(&app.model, app.strings, e),
                tab.title(app.strings).to_string(),
            ),
            None => (String::new(), String::new()),
        };
        self.known.push((subject, label.clone()));
        label
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
