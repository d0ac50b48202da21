//! Drawing: a pure function of the app's state, on any ratatui backend. Only drawing: where things go comes from
//! `app::screen` and `court`, what the pages say from `pages`, the same answers the update side gets.

mod chrome;
pub mod diagram;
pub mod framed;
pub mod glossary_panel;
pub mod help;
pub mod leave;
pub mod predict;
pub mod put;
pub mod quiz;
pub mod search;
pub mod timeline;

// Guided tours and presenter mode.
pub mod present;
pub mod tour;

/// The theme's old home, kept so runners' imports still resolve.
pub use crate::theme;

use crate::app::screen::{self, Areas, inner, list_offset};
use crate::app::search::Scope;
use crate::app::{App, entries};
use crate::text;
use crate::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// Draws the whole screen for `app` into `frame` (a ratatui `Terminal`'s, as the tests' backend has).
pub fn draw(frame: &mut Frame, app: &App) {
    let window = frame.area();
    draw_into(window, frame.buffer_mut(), app);
}

/// Draws the whole screen for `app` into `buf`, a blank buffer of the terminal's `window`.
pub fn draw_into(window: Rect, buf: &mut ratatui::buffer::Buffer, app: &App) {
    draw_screen(window, buf, app);
    if app.theme.symbols.is_ascii() {
        plain_punctuation(buf);
    }
}

/// On an ASCII terminal, the typographic punctuation of phrases and data in its plain form (the glyphs the
/// app draws itself already come from the ASCII set).
fn plain_punctuation(buf: &mut ratatui::buffer::Buffer) {
    for cell in &mut buf.content {
        let mut chars = cell.symbol().chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && let Some(plain) = crate::theme::charset::fold(c)
        {
            cell.set_char(plain);
        }
    }
}

fn draw_screen(window: Rect, buf: &mut ratatui::buffer::Buffer, app: &App) {
    if window.width == 0 || window.height == 0 {
        return;
    }
    // A tour's panel and presenter mode's headline take their room first; the rest is drawn in what is left.
    let area = bands(window, buf, app);
    if screen::too_small(area) {
        chrome::too_small(area, buf, app);
        return;
    }
    let areas = Areas::new(area, app.state.view().open);
    chrome::tab_bar(areas.tabs, buf, app);
    // The search's results cover the list and the content, so they are not drawn beneath them.
    let searching = searching_everything(app);
    if !searching {
        if let Some(list) = areas.list {
            draw_list(list, buf, app);
        }
        draw_content(areas.content, buf, app);
    }
    predict::draw(buf, app);
    chrome::status_line(areas.status, buf, app);
    chrome::key_hints(areas.hints, buf, app);
    if let Some(selected) = app.state.time.timeline {
        let over = Rect::new(
            area.x,
            areas.tabs.bottom(),
            area.width,
            areas.content.height,
        );
        timeline::draw(over, buf, app, selected);
    }
    if searching {
        let over = Rect::new(
            area.x,
            areas.tabs.bottom(),
            area.width,
            areas.content.height,
        );
        search::draw(over, buf, app);
    }
    if let Some(view) = &app.state.quiz.view {
        quiz::draw(
            Rect::new(
                area.x,
                areas.tabs.bottom(),
                area.width,
                areas.content.height,
            ),
            buf,
            app,
            view,
        );
    }
    if let Some(panel) = app.state.glossary_panel {
        glossary_panel::draw(area, buf, app, panel.scroll);
    }
    if let Some(selected) = app.state.tour.list {
        tour::draw_list(area, buf, app, selected);
    }
    if let Some(scroll) = app.state.help {
        help::draw(area, buf, app, scroll);
    }
    if app.state.leaving {
        leave::draw(area, buf, app);
    }
}

/// Whether the search's results are open over the list and the content.
fn searching_everything(app: &App) -> bool {
    app.state.search.typing && app.state.search.scope == Scope::Everything
}

/// Whether a view of its own (the search's results, the quiz) covers the page, so the status line must not
/// name the sources of a page the user cannot see.
pub fn page_covered(app: &App) -> bool {
    searching_everything(app) || app.state.quiz.view.is_some()
}

/// Draws the tour's panel and the presenter's headline where `app.bands()` puts them; returns the main area.
fn bands(window: Rect, buf: &mut ratatui::buffer::Buffer, app: &App) -> Rect {
    let bands = app.bands();
    if let Some(band) = bands.tour.map(|b| b.intersection(window)) {
        tour::draw_panel(band, buf, app);
    }
    if let Some(band) = bands.headline.map(|b| b.intersection(window)) {
        present::draw_headline(band, buf, app);
    }
    bands.main.intersection(window)
}

fn draw_list(pane: Rect, buf: &mut ratatui::buffer::Buffer, app: &App) {
    let theme = &app.theme;
    let tab = app.state.tab;
    let block = crate::ui::bordered(&app.theme)
        .border_style(theme.border_focus)
        .title(format!(" {} ", tab.title(app.strings)));
    block.render(pane, buf);
    let inside = inner(pane);
    let items = app.state.entries(&app.model);
    let selected = app.state.view().selected;
    // Only the rows on screen are labelled: a long list costs what it shows.
    let offset = list_offset(selected, inside.height as usize);
    let labels: Vec<String> = items
        .iter()
        .skip(offset)
        .take(inside.height as usize)
        .map(|e| entries::label(&app.model, app.strings, *e))
        .collect();
    selectable_rows(inside, buf, &labels, selected - offset.min(selected), theme);
    if items.is_empty() {
        crate::ui::put::put_str(
            buf,
            inside.x,
            inside.y,
            app.strings.nothing_here,
            inside.width as usize,
            theme.dim,
        );
    }
}

fn draw_content(pane: Rect, buf: &mut ratatui::buffer::Buffer, app: &App) {
    if app.state.entry(&app.model) == Some(entries::Entry::CourtDiagram) {
        return diagram::draw_pane(pane, buf, app);
    }
    let theme = &app.theme;
    let inside = inner(pane);
    let (width, height) = (inside.width as usize, inside.height as usize);
    // The membership table can be long: only its visible rows are formatted. Other pages are kept whole, with
    // their links, so search and link marks land on the right lines.
    let entry = app.state.entry(&app.model);
    let windowed = entry == Some(entries::Entry::Memberships);
    let page = match entry {
        _ if windowed => {
            let (lines, total) = app.content_window(width, app.state.view().scroll, height);
            Shown::Window(lines, total)
        }
        Some(entry) => Shown::Kept(app.kept_page(entry, width)),
        None => Shown::Kept(std::sync::Arc::new(crate::pages::Built {
            lines: app.content_lines(width),
            links: Vec::new(),
        })),
    };
    // Presenter mode: fewer words, only the page's headline lines.
    let headline;
    let (lines, links, total): (&[Line], &[crate::pages::Link], usize) = match &page {
        Shown::Kept(built) if app.state.present.on => {
            headline = present::headline_lines(&built.lines, app);
            (&headline, &[], headline.len())
        }
        Shown::Kept(built) => (&built.lines, &built.links, built.lines.len()),
        Shown::Window(lines, total) => (lines, &[], *total),
    };
    let max = total.saturating_sub(height);
    let scroll = app.state.view().scroll.min(max);
    let position = scroll_position(scroll, max);
    let title = match entry {
        Some(entry) if app.state.view().open => {
            (app.strings.open_title)(&entries::label(&app.model, app.strings, entry))
        }
        Some(entry) => format!(" {} ", entries::label(&app.model, app.strings, entry)),
        None => String::new(),
    };
    crate::ui::bordered(&app.theme)
        .border_style(if app.state.view().open {
            theme.border_focus
        } else {
            theme.border
        })
        .title(title)
        .title_bottom(Line::from(position).right_aligned())
        .render(pane, buf);
    if windowed {
        if scroll == app.state.view().scroll {
            lines_into(lines, inside, buf);
        } else {
            // Scrolled past the end (the window just grew): the last page instead.
            lines_into(&app.content_window(width, scroll, height).0, inside, buf);
        }
    } else {
        lines_into(&lines[scroll..], inside, buf);
        search::mark_page(buf, inside, lines, scroll, links, app);
    }
}

/// The lines a content pane shows: a page the state keeps, or a window of a table with the table's length.
enum Shown {
    Kept(std::sync::Arc<crate::pages::Built>),
    Window(Vec<Line<'static>>, usize),
}

/// Draws pre-wrapped lines into `area`, one per row, cutting what does not fit. Cheaper than a Paragraph,
/// which would wrap them again.
pub fn lines_into(lines: &[Line], area: Rect, buf: &mut ratatui::buffer::Buffer) {
    for (row, line) in lines.iter().take(area.height as usize).enumerate() {
        put::put_line(buf, area.x, area.y + row as u16, line, area.width);
    }
}

/// A pane framed on every side in the terminal's character set (box drawing, or ASCII where it has no more):
/// every pane and overlay starts here, so none can draw box drawing on an ASCII terminal.
pub fn bordered<'a>(theme: &crate::theme::Theme) -> framed::Framed<'a> {
    framed::Framed::new(theme.symbols.border)
}

/// A list to choose from in a framed pop-up `pane` (cases to follow, tours): `empty` stands in when there are
/// no rows.
pub fn pick_list(
    pane: Rect,
    buf: &mut ratatui::buffer::Buffer,
    theme: &Theme,
    (title, empty): (&'static str, &'static str),
    rows: &[String],
    selected: usize,
) {
    ratatui::widgets::Clear.render(pane, buf);
    bordered(theme)
        .border_style(theme.border_focus)
        .title(title)
        .render(pane, buf);
    let inside = inner(pane);
    if rows.is_empty() {
        let text = text::fit(empty, inside.width as usize);
        crate::ui::put::put_str(
            buf,
            inside.x,
            inside.y,
            text,
            inside.width as usize,
            theme.dim,
        );
        return;
    }
    selectable_rows(inside, buf, rows, selected.min(rows.len() - 1), theme);
}

/// Rows of labels with the selected one marked by ▶ and reverse video, scrolled to keep it in view.
pub fn selectable_rows(
    inside: Rect,
    buf: &mut ratatui::buffer::Buffer,
    labels: &[String],
    selected: usize,
    theme: &Theme,
) {
    let offset = list_offset(selected, inside.height as usize);
    for (row, (i, label)) in labels
        .iter()
        .enumerate()
        .skip(offset)
        .take(inside.height as usize)
        .enumerate()
    {
        let (marker, style) = if i == selected {
            (theme.symbols.pointer, theme.selected)
        } else {
            ("  ", theme.text)
        };
        let text = text::fit(&format!("{marker}{label}"), inside.width as usize);
        crate::ui::put::put_str(
            buf,
            inside.x,
            inside.y + row as u16,
            text,
            inside.width as usize,
            style,
        );
    }
}

/// " 3/12 " for a pane scrolled to line 3 of 12 possible positions; nothing when it does not scroll.
pub fn scroll_position(scroll: usize, max: usize) -> String {
    if max > 0 {
        format!(" {}/{} ", scroll + 1, max + 1)
    } else {
        String::new()
    }
}
