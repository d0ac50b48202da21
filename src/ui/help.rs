//! The help overlay, generated from the key map so it can never disagree with the keys.

use super::layout::inner;
use super::text::fit;
use crate::app::{App, Context};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

const ORDER: [Context; 11] = [
    Context::Browse,
    Context::List,
    Context::Detail,
    Context::Diagram,
    Context::Scenario,
    Context::ScenarioList,
    Context::Table,
    Context::Filter,
    Context::Timeline,
    Context::Help,
    Context::Always,
];

const KEYS_WIDTH: usize = 18;

fn lines(app: &App) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for context in ORDER {
        let groups = app.keymap.groups(context);
        if groups.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(context.title(), app.theme.heading));
        for (keys, what, _) in groups {
            out.push(Line::from(vec![
                Span::styled(format!("  {}", fit(&keys, KEYS_WIDTH)), app.theme.key),
                Span::styled(what, app.theme.text),
            ]));
        }
    }
    out.push(Line::default());
    out.push(Line::styled(
        "Mouse: click a tab, item or court box; wheel scrolls.",
        app.theme.dim,
    ));
    out
}

fn popup(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(56);
    let height = area.height.saturating_sub(2);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + 1,
        width,
        height,
    }
}

pub fn max_scroll(app: &App) -> usize {
    let area = Rect::new(0, 0, app.state.size.0, app.state.size.1);
    lines(app)
        .len()
        .saturating_sub(inner(popup(area)).height as usize)
}

pub fn draw(area: Rect, buf: &mut Buffer, app: &App, scroll: usize) {
    let pane = popup(area);
    Clear.render(pane, buf);
    let lines = lines(app);
    let max = lines.len().saturating_sub(inner(pane).height as usize);
    let scroll = scroll.min(max);
    Block::new()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(" Keys · Esc closes ")
        .title_bottom(Line::from(super::scroll_position(scroll, max)).right_aligned())
        .render(pane, buf);
    super::lines_into(&lines[scroll..], inner(pane), buf);
}
