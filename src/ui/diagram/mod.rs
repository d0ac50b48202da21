//! The court diagram of the Judicial tab: boxes for the courts and judicial bodies, appeal arrows, where cases
//! start, who appoints the judges, and cases to follow step by step. All of it is derived from the dataset.
//!
//! `graph` decides what is shown, `geometry` where, `layout` how it sits in the pane (and scrolls), `marks` how
//! the user's state highlights it, `draw` and `panel` put it on screen. The update code asks `layout` too, so
//! clicks and arrow keys land on the boxes that are drawn.

pub mod canvas;
mod draw;
mod frame;
pub mod geometry;
pub mod graph;
pub mod layout;
pub mod marks;
mod panel;
mod picker;

pub use graph::{bodies_shown, has_courts};
pub use layout::DiagramLayout;
pub use marks::{Mark, Marks};

use crate::app::{App, DiagramView, Direction};
use crate::ui::layout::{Areas, inner, too_small};
use frame::Sides;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// The inside of the content pane at the current window size, where the diagram goes.
pub fn area(app: &App) -> Option<Rect> {
    let screen = Rect::new(0, 0, app.state.size.0, app.state.size.1);
    if too_small(screen) {
        return None;
    }
    Some(inner(Areas::new(screen, app.state.view().open).content))
}

/// The diagram as it is on screen now.
pub fn screen_layout(app: &App) -> Option<DiagramLayout> {
    area(app).map(|area| layout::compute(&app.model, &app.state.diagram, area))
}

/// The body with the focus (the first box when none was chosen).
pub fn focused(app: &App) -> Option<usize> {
    let l = screen_layout(app)?;
    l.focus.map(|n| l.graph.nodes[n].body)
}

/// Bodies in the order Tab visits them.
pub fn focus_order(app: &App) -> Vec<usize> {
    screen_layout(app).map_or_else(Vec::new, |l| {
        layout::order(&l.graph)
            .into_iter()
            .map(|n| l.graph.nodes[n].body)
            .collect()
    })
}

/// The nearest box from the focused one in `direction`, by the boxes' centres as laid out.
pub fn neighbour(app: &App, direction: Direction) -> Option<usize> {
    let l = screen_layout(app)?;
    let from = l.geometry.box_of(l.focus?)?.rect;
    let centre = |r: Rect| {
        (
            r.x as i32 * 2 + r.width as i32,
            r.y as i32 * 2 + r.height as i32,
        )
    };
    let (fx, fy) = centre(from);
    l.geometry
        .boxes
        .iter()
        .filter_map(|b| {
            let (x, y) = centre(b.rect);
            let (along, across) = match direction {
                Direction::Up => (fy - y, (x - fx).abs()),
                Direction::Down => (y - fy, (x - fx).abs()),
                Direction::Left => (fx - x, (y - fy).abs()),
                Direction::Right => (x - fx, (y - fy).abs()),
            };
            (along > 0).then_some((along + 2 * across, b.node))
        })
        .min()
        .map(|(_, n)| l.graph.nodes[n].body)
}

/// The body whose box is drawn at a screen cell.
pub fn box_at(app: &App, column: u16, row: u16) -> Option<usize> {
    let l = screen_layout(app)?;
    l.node_at(column, row).map(|n| l.graph.nodes[n].body)
}

/// The scenario listed at a screen cell of the open scenario list.
pub fn picker_hit(app: &App, column: u16, row: u16) -> Option<usize> {
    picker::hit(app, area(app)?, column, row)
}

fn panel_inner(layout: &DiagramLayout) -> Option<Rect> {
    let p = layout.panel?;
    Some(if layout.panel_right {
        Rect {
            x: p.x + 2,
            y: p.y + 1,
            width: p.width.saturating_sub(2),
            height: p.height.saturating_sub(1),
        }
    } else {
        Rect {
            y: p.y + 1,
            height: p.height.saturating_sub(1),
            ..p
        }
    })
}

fn panel_lines(app: &App, layout: &DiagramLayout) -> (String, Vec<Line<'static>>, Rect) {
    let inside = panel_inner(layout).unwrap_or_default();
    let body = layout.focus.map(|n| layout.graph.nodes[n].body);
    let (title, lines) = panel::content(app, body, inside.width as usize);
    (title, lines, inside)
}

/// The largest useful scroll of the details panel.
pub fn max_scroll(app: &App) -> usize {
    let Some(layout) = screen_layout(app) else {
        return 0;
    };
    if layout.panel.is_none() {
        return 0;
    }
    let (_, lines, inside) = panel_lines(app, &layout);
    lines.len().saturating_sub(inside.height as usize)
}

fn pane_title(app: &App) -> String {
    let s = &app.state;
    let view = match s.diagram.view {
        DiagramView::Courts => "appeals",
        DiagramView::Appointments => "who chooses the judges",
    };
    let tail = if !s.view().open {
        " · Enter explores"
    } else if s.diagram.walk.is_some() {
        " · Esc leaves the case"
    } else {
        " · Esc back"
    };
    format!(" Court system: {view}{tail} ")
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
    let title = pane_title(app);
    frame::frame(buf, pane, Sides::All, style, (&title, style), "");
    let area = inner(pane);
    if area.width == 0 || area.height == 0 {
        return;
    }
    let layout = layout::compute(&app.model, &app.state.diagram, area);
    let marks = Marks::new(&app.model, &app.state.diagram, &layout.graph, layout.focus);
    draw::draw(&layout, &marks, theme, buf);
    if let Some(panel) = layout.panel {
        let (title, lines, inside) = panel_lines(app, &layout);
        let max = lines.len().saturating_sub(inside.height as usize);
        let scroll = app.state.view().scroll.min(max);
        let position = crate::ui::scroll_position(scroll, max);
        let sides = if layout.panel_right {
            Sides::TopLeft
        } else {
            Sides::Top
        };
        let title = format!(" {title} ");
        frame::frame(
            buf,
            panel,
            sides,
            theme.border,
            (&title, theme.title),
            &position,
        );
        frame::lines(buf, inside, &lines[scroll.min(lines.len())..]);
    }
    picker::draw(app, area, buf);
}
