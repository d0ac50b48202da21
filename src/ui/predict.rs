//! Draws predict-then-reveal over the court diagram's panel: the question "Where does the case go next?" with the
//! courts numbered, hiding the caption that would name the answer; once revealed, whether the guess was right, on
//! the panel's top rule so the new step's caption stays readable.

use crate::app::keymap::{Context, KeyPattern, pattern_label};
use crate::app::{Action, App, DiagramAction};
use crate::court::state::Prediction;
use crate::text::push_wrapped;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

/// Draws the prediction, if one is on screen in the open diagram.
pub fn draw(buf: &mut Buffer, app: &App) {
    let Some(prediction) = &app.state.diagram.predict else {
        return;
    };
    if !app.diagram_open() || app.state.diagram.walk.is_none() {
        return;
    }
    let Some(layout) = app.diagram_layout() else {
        return;
    };
    let Some(area) = app.diagram_area() else {
        return;
    };
    // Without room for the panel, the bottom rows of the diagram.
    let fallback = Rect {
        y: area.bottom().saturating_sub(area.height.min(7)),
        height: area.height.min(7),
        ..area
    };
    let panel = layout.panel.unwrap_or(fallback);
    let inside = layout.panel_inner().unwrap_or(fallback);
    let name = |i: usize| app.model.data.bodies[i].name.to_string();
    if prediction.asking() {
        Clear.render(inside, buf);
        let mut lines = question(app, prediction, inside.width as usize, &name, false);
        if lines.len() > inside.height as usize {
            lines = question(app, prediction, inside.width as usize, &name, true);
        }
        crate::ui::lines_into(&lines, inside, buf);
        return;
    }
    let court = name(prediction.answer);
    let w = app.strings;
    let guessed = prediction.guess.and_then(|g| prediction.candidates.get(g));
    let (verdict, style) = match guessed {
        Some(&g) if g == prediction.answer => ((w.predict_right)(&court), app.theme.key),
        Some(&g) => ((w.predict_wrong)(&court, &name(g)), app.theme.warn),
        None => ((w.predict_shown)(&court), app.theme.heading),
    };
    let title = format!(" {verdict} ");
    crate::ui::put::put_str(buf, panel.x, panel.y, title, panel.width as usize, style);
}

fn question(
    app: &App,
    prediction: &Prediction,
    width: usize,
    name: &dyn Fn(usize) -> String,
    compact: bool,
) -> Vec<Line<'static>> {
    let (w, t) = (app.strings, &app.theme);
    let mut out = Vec::new();
    push_wrapped(&mut out, w.where_does_it_go, width, " ", " ", t.heading);
    // Where the panel is short, the courts run on in one paragraph instead of a line each.
    if compact {
        let courts: Vec<String> = prediction
            .candidates
            .iter()
            .enumerate()
            .map(|(n, &court)| format!("{} {}", n + 1, name(court)))
            .collect();
        push_wrapped(&mut out, &courts.join(" · "), width, "   ", "   ", t.text);
    }
    for (n, &court) in prediction
        .candidates
        .iter()
        .enumerate()
        .filter(|_| !compact)
    {
        let first = format!("   {}  ", n + 1);
        push_wrapped(&mut out, &name(court), width, &first, "      ", t.text);
    }
    let digits = match prediction.candidates.len() {
        0 | 1 => "1".to_string(),
        n => format!("1-{n}"),
    };
    let reveal = app
        .keymap
        .bindings
        .iter()
        .find(|b| {
            b.context == Context::Predict && b.action == Action::Diagram(DiagramAction::Reveal)
        })
        .and_then(|b| match b.pattern {
            pattern @ KeyPattern::Key(..) => Some(pattern_label(pattern, w)),
            KeyPattern::AnyChar => None,
        })
        .unwrap_or_default();
    push_wrapped(
        &mut out,
        &(w.predict_keys)(&digits, &reveal),
        width,
        " ",
        " ",
        t.dim,
    );
    out
}
