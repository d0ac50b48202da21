//! Draws the Quiz view over the tabs' content: the question and its numbered choices, the feedback with the fact
//! and its source after an answer, and the score at the end.

use crate::app::keymap::{Context, KeyPattern, pattern_label};
use crate::app::quiz_view::{QuizAction, QuizView};
use crate::app::screen::inner;
use crate::app::{Action, App};
use crate::text::push_wrapped;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

/// The first key bound to `action` in the quiz, as help names it.
fn key_of(app: &App, action: QuizAction) -> Option<String> {
    app.keymap
        .bindings
        .iter()
        .find(|b| b.context == Context::Quiz && b.action == Action::Quiz(action))
        .map(|b| match b.pattern {
            pattern @ KeyPattern::Key(..) => pattern_label(pattern, app.strings),
            KeyPattern::AnyChar => String::new(),
        })
}

/// Draws the quiz over `area` (everything between the tab bar and the status line).
pub fn draw(area: Rect, buf: &mut Buffer, app: &App, view: &QuizView) {
    Clear.render(area, buf);
    let date = app.as_of().map(|d| d.to_string());
    let mut block = crate::ui::bordered(&app.theme)
        .border_style(app.theme.border_focus)
        .title((app.strings.quiz_title)(date.as_deref(), view.seed));
    if !view.finished() {
        let progress = (app.strings.quiz_progress)(view.at + 1, view.questions.len(), view.right);
        block = block.title_bottom(Line::from(progress).right_aligned());
    }
    block.render(area, buf);
    let inside = inner(area);
    let lines = lines(app, view, inside.width as usize);
    crate::ui::lines_into(&lines, inside, buf);
}

fn lines(app: &App, view: &QuizView, width: usize) -> Vec<Line<'static>> {
    let (w, t) = (app.strings.quiz, &app.theme);
    let mut out = Vec::new();
    let key = |action| key_of(app, action).unwrap_or_default();
    if view.questions.is_empty() {
        push_wrapped(&mut out, w.no_questions, width, " ", " ", t.text);
        return out;
    }
    let Some(question) = view.question() else {
        out.push(Line::default());
        push_wrapped(
            &mut out,
            &(w.score)(view.right, view.answered),
            width,
            " ",
            " ",
            t.heading,
        );
        out.push(Line::default());
        let over = (app.strings.quiz_over)(&key(QuizAction::Again), &key(QuizAction::Close));
        push_wrapped(&mut out, &over, width, " ", " ", t.dim);
        return out;
    };
    push_wrapped(&mut out, &question.prompt, width, " ", " ", t.heading);
    out.push(Line::default());
    for (i, choice) in question.choices.iter().enumerate() {
        // Marks that read without colour: ✓ on the right answer, ✗ on a wrong one chosen.
        let (mark, style) = match view.chosen {
            None => (' ', t.text),
            Some(_) if i == question.answer => ('✓', t.key),
            Some(chosen) if chosen == i => ('✗', t.warn),
            Some(_) => (' ', t.dim),
        };
        let first = format!(" {mark} {}  ", i + 1);
        push_wrapped(&mut out, choice, width, &first, "      ", style);
    }
    let Some(chosen) = view.chosen else {
        return out;
    };
    out.push(Line::default());
    let verdict = if chosen == question.answer {
        w.right.to_string()
    } else {
        let answer = &question.choices[question.answer];
        (w.wrong)(&format!("{} ({answer})", question.answer + 1))
    };
    push_wrapped(&mut out, &verdict, width, " ", " ", t.heading);
    let source = app.model.source_title(&question.source);
    let fact = (w.fact_and_source)(&question.fact, source, &question.as_of);
    push_wrapped(&mut out, &fact, width, " ", " ", t.text);
    if let Some(disputed) = &question.disputed {
        push_wrapped(&mut out, disputed, width, " ", " ", t.warn);
    }
    out.push(Line::default());
    let show = app.quiz_page().map(|_| key(QuizAction::ShowMe));
    let then = (app.strings.quiz_then)(&key(QuizAction::Next), show.as_deref());
    push_wrapped(&mut out, &then, width, " ", " ", t.dim);
    out
}
