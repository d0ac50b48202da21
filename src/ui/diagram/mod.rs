//! Drawing the court diagram of the Judicial tab into its pane: the frame, the boxes and arrows, the details
//! panel and the scenario list. What is drawn where comes from `crate::court` (and `app::diagram_geometry` for
//! the pane and the list), the layout the update side asks too, so clicks and arrow keys land on what is drawn.

mod draw;
mod frame;
mod picker;

use crate::app::screen::inner;
use crate::app::{App, DiagramView};
use crate::court::marks::Marks;
use crate::pages::Link;
use frame::Sides;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// The pane's title; `group` is the view's group shown and how many there are, when several.
fn pane_title(app: &App, group: Option<(usize, usize)>) -> String {
    let (s, w) = (&app.state, app.strings);
    let view = match s.diagram.view {
        DiagramView::Courts => w.view_appeals,
        DiagramView::Appointments => w.view_appointments,
    };
    let tail = if !s.view().open {
        w.tail_explore
    } else if s.diagram.walk.is_some() {
        w.tail_leave_case
    } else {
        w.tail_back
    };
    let view = match group {
        Some((shown, groups)) => format!("{view}{}", (w.diagram_group)(shown + 1, groups)),
        None => view.to_string(),
    };
    (w.court_pane_title)(&view, tail)
}

/// Marks the panel's focused link as a page marks its own, when its line is in view.
fn mark_link(buf: &mut Buffer, inside: Rect, scroll: usize, link: &Link, style: Style) {
    let Some(row) = link.line.checked_sub(scroll) else {
        return;
    };
    if row >= inside.height as usize {
        return;
    }
    let y = inside.y + row as u16;
    for col in link.start..link.end.min(inside.width as usize) {
        buf[(inside.x + col as u16, y)].set_style(style);
    }
}

/// Draws the content pane holding the diagram: its frame, the diagram, the panel and the scenario list.
pub fn draw_pane(pane: Rect, buf: &mut Buffer, app: &App) {
    let theme = &app.theme;
    let open = app.state.view().open;
    let style = if open {
        theme.border_focus
    } else {
        theme.border
    };
    let area = inner(pane);
    let layout = (area.width > 0 && area.height > 0).then(|| {
        app.state
            .diagram_cache
            .get(&app.model, &app.state.diagram, app.strings, area)
    });
    let title = pane_title(app, layout.as_ref().and_then(|l| l.group));
    let set = &theme.symbols.border;
    frame::frame(buf, pane, Sides::All, (style, set), (&title, style), "");
    let Some(layout) = layout else {
        return;
    };
    let marks = Marks::new(&app.model, &app.state.diagram, &layout.graph, layout.focus);
    draw::draw(&layout, &marks, theme, app.strings, buf);
    if let Some(panel) = layout.panel {
        let (text, inside) = app.panel(&layout);
        let (title, built) = &*text;
        let lines = &built.lines;
        let max = lines.len().saturating_sub(inside.height as usize);
        let scroll = app.state.view().scroll.min(max);
        let position = crate::ui::scroll_position(scroll, max);
        let sides = if layout.panel_right {
            Sides::TopLeft
        } else {
            Sides::Top
        };
        let title = format!(" {title} ");
        // The panel's rule lights up while its links have the keys.
        let keys_here = app.state.diagram.panel_link;
        let rule = if keys_here.is_some() {
            theme.border_focus
        } else {
            theme.border
        };
        frame::frame(
            buf,
            panel,
            sides,
            (rule, &theme.symbols.border),
            (&title, theme.title),
            &position,
        );
        frame::lines(buf, inside, &lines[scroll.min(lines.len())..]);
        if let Some(link) = keys_here.and_then(|at| app.panel_links().get(at).cloned()) {
            mark_link(buf, inside, scroll, &link, theme.selected);
        }
    }
    picker::draw(app, area, buf);
}
