//! The help overlay's text, generated from the key map so it can never disagree with the keys, and how far it
//! scrolls. The drawing side draws these lines; the update side keeps the scroll within them.

use super::App;
use super::keymap::Context;
use super::screen::{help_popup, inner};
use crate::text::fit;
use ratatui::text::{Line, Span};

const ORDER: [Context; 21] = [
    Context::Browse,
    Context::List,
    Context::Detail,
    Context::Links,
    Context::Court,
    Context::Diagram,
    // The court diagram's panel links.
    Context::DiagramPanel,
    Context::Scenario,
    Context::Predict,
    Context::ScenarioList,
    Context::Table,
    Context::Filter,
    Context::Search,
    Context::Timeline,
    Context::Quiz,
    Context::GlossaryPanel,
    // Guided tours.
    Context::TourList,
    Context::Tour,
    Context::Help,
    Context::Leave,
    Context::Always,
];

const KEYS_WIDTH: usize = 18;

/// Every key by context, then a word on the mouse.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for context in ORDER {
        let groups = app.keymap.groups(context, app.strings);
        if groups.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(context.title(app.strings), app.theme.heading));
        for (keys, what, _) in groups {
            out.push(Line::from(vec![
                Span::styled(format!("  {}", fit(&keys, KEYS_WIDTH)), app.theme.key),
                Span::styled(what, app.theme.text),
            ]));
        }
    }
    out.push(Line::default());
    out.push(Line::styled(app.strings.help_mouse, app.theme.dim));
    out
}

/// The largest useful scroll of the help overlay at the current size.
pub fn max_scroll(app: &App) -> usize {
    lines(app)
        .len()
        .saturating_sub(inner(help_popup(app.screen())).height as usize)
}
