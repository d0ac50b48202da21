//! The text beside or under the court diagram: the focused body's details, or, while a case is followed, the caption
//! for its current step.

use super::Page;
use crate::court::Walk;
use crate::model::{Body, Model, RelationKind};
use crate::strings::Strings;
use crate::text::{Overlong, wrap};
use crate::theme::Theme;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// The columns a field's further lines are indented by.
const HANGING: usize = 2;

/// The panel's title and lines for a pane `width` columns wide: the case's step while one is followed, else
/// the details of `body`.
pub fn content(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    walk: Option<Walk>,
    body: Option<usize>,
    width: usize,
) -> (String, Vec<Line<'static>>) {
    let mut page = Page::new(model, theme, w, width);
    let title = match walk {
        Some(walk) => caption(&mut page, walk),
        None => match body.and_then(|i| model.data.bodies.get(i)) {
            Some(b) => {
                details(&mut page, b);
                b.name.clone()
            }
            None => String::new(),
        },
    };
    (title, page.lines)
}

/// "Label: value", the value running on after the label to the full width and its further lines under a hanging
/// indent, so a long caption uses all the room the panel has.
fn field(page: &mut Page, label: &str, value: &str) {
    let first = format!("{label}: ");
    let parts = hanging(value, page.width, first.width(), HANGING);
    let (key, text) = (page.theme.key, page.theme.text);
    for (i, part) in parts.into_iter().enumerate() {
        let prefix = if i == 0 {
            Span::styled(first.clone(), key)
        } else {
            Span::styled(" ".repeat(HANGING), text)
        };
        page.lines
            .push(Line::from(vec![prefix, Span::styled(part, text)]));
    }
}

/// `text` in lines of `width` columns: the first after `first` columns, the others after `rest`.
fn hanging(text: &str, width: usize, first: usize, rest: usize) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    let room = |n: usize| {
        width
            .saturating_sub(if n == 0 { first } else { rest })
            .max(1)
    };
    for word in text.split_whitespace() {
        let n = lines.len() - 1;
        let used = lines[n].width();
        let fits = used + usize::from(used > 0) + word.width() <= room(n);
        if fits {
            if used > 0 {
                lines[n].push(' ');
            }
            lines[n].push_str(word);
            continue;
        }
        if used > 0 {
            lines.push(String::new());
        }
        // A word longer than a whole line is cut into pieces that fit.
        let n = lines.len() - 1;
        let mut pieces = wrap(word, room(n), Overlong::Cut).into_iter();
        if let Some(piece) = pieces.next() {
            lines[n] = piece;
        }
        for piece in pieces {
            lines.push(piece);
        }
    }
    lines
}

fn names(model: &Model, ids: &[&str]) -> String {
    let names: Vec<&str> = ids.iter().map(|id| model.name(id)).collect();
    names.join(", ")
}

/// What a case's current step means: why the case is here, where an appeal goes next, or that the road ends.
fn caption(page: &mut Page, walk: Walk) -> String {
    let (model, w) = (page.model, page.w);
    let Some(scenario) = model.data.scenarios.get(walk.scenario) else {
        return String::new();
    };
    let Some(step) = scenario.steps.get(walk.step) else {
        return scenario.title.clone();
    };
    let total = scenario.steps.len();
    let here = model.name(&step.at);
    field(page, here, &step.why);
    let onward: Vec<&str> = model
        .relations_of_kind(RelationKind::AppealsTo)
        .filter(|r| r.from == step.at)
        .map(|r| r.to.as_str())
        .collect();
    match scenario.steps.get(walk.step + 1) {
        Some(next) => {
            let label = if next.optional {
                w.next_if_taken_further
            } else {
                w.next
            };
            let court = model.name(&next.at);
            let review = model
                .relations_of_kind(RelationKind::AppealsTo)
                .find(|r| r.from == step.at && r.to == next.at)
                .and_then(|r| r.review)
                .and_then(|k| w.reviews.get(k.index()));
            let text = match review {
                _ if next.outside => (w.leaves_the_chain)(court),
                Some(review) => (w.review_goes_to)(review, court),
                None => (w.appeal_goes_to)(court),
            };
            field(page, label, &text);
        }
        None if onward.is_empty() => field(page, w.end_of_the_road, &(w.no_appeal_from)(here)),
        None => field(
            page,
            w.end_of_the_road,
            &(w.goes_no_further)(here, &names(page.model, &onward)),
        ),
    }
    if let Some(matter) = model.data.matters.iter().find(|m| m.id == scenario.matter) {
        field(page, w.kind_of_case, &matter.label);
    }
    let source = model.source_title(&scenario.source).to_string();
    page.dim(&(w.source_with)(
        &source,
        &page.citation(&scenario.source, &scenario.as_of),
    ));
    (w.step_of)(&scenario.title, walk.step + 1, total)
}

/// A body's details: size, place in the chain, who chooses its members, what it hears, its facts, its source.
fn details(page: &mut Page, b: &Body) {
    let (model, w) = (page.model, page.w);
    page.paragraph(&b.role);
    if let Some(n) = b.members {
        let label = if b.kind == crate::model::BodyKind::Court {
            w.judges
        } else {
            w.members
        };
        field(page, label, &n.to_string());
    }
    // Each court named with the kind of review, where the data gives it: "Cassation Court (cassation)".
    let appeals = |from_here: bool| -> String {
        let named: Vec<String> = model
            .relations_of_kind(RelationKind::AppealsTo)
            .filter(|r| {
                if from_here {
                    r.from == b.id
                } else {
                    r.to == b.id
                }
            })
            .map(|r| {
                let other = model.name(if from_here { &r.to } else { &r.from });
                match r.review.and_then(|k| w.review_labels.get(k.index())) {
                    Some(review) => format!("{other} ({review})"),
                    None => other.to_string(),
                }
            })
            .collect();
        named.join(", ")
    };
    let (up, down) = (appeals(true), appeals(false));
    if !down.is_empty() {
        field(page, w.hears_appeals_from, &down);
    }
    if !up.is_empty() {
        field(page, w.appeals_go_to, &up);
    }
    let matters: Vec<_> = model
        .data
        .matters
        .iter()
        .filter(|m| m.starts_at == b.id)
        .collect();
    if !matters.is_empty() {
        page.heading(w.cases_that_start_here);
        for m in matters {
            page.cited(page.theme.symbols.bullet, &m.label, &m.source, &m.as_of);
        }
    }
    let chosen: Vec<_> = model
        .data
        .relations
        .iter()
        .filter(|r| r.to == b.id && r.kind.chooses_members())
        .collect();
    if !chosen.is_empty() {
        page.heading(if b.kind == crate::model::BodyKind::Court {
            w.who_chooses_the_judges
        } else {
            w.who_chooses_or_sits
        });
        for r in chosen {
            page.relation(r);
        }
    }
    let chooses: Vec<_> = model
        .data
        .relations
        .iter()
        .filter(|r| r.from == b.id && r.kind.chooses_members())
        .collect();
    if !chooses.is_empty() {
        page.heading(w.its_part_in_choosing);
        for r in chooses {
            page.relation(r);
            if r.kind == RelationKind::Lists {
                onward_lists(page, &r.to, 0);
            }
        }
    }
    if !b.facts.is_empty() {
        page.heading(w.facts);
        page.facts(&b.facts);
    }
    let cases: Vec<&str> = model
        .data
        .scenarios
        .iter()
        .filter(|s| s.steps.iter().any(|st| st.at == b.id))
        .map(|s| s.title.as_str())
        .collect();
    if !cases.is_empty() {
        page.heading(w.cases_to_follow_here);
        for c in cases {
            page.paragraph(&format!("{}{c}", page.theme.symbols.bullet));
        }
    }
    page.contradictions_about(&b.id);
    page.blank();
    let source = model.source_title(&b.source).to_string();
    page.dim(&(w.source_with)(
        &source,
        &page.citation(&b.source, &b.as_of),
    ));
}

/// Where a list goes after the body that receives it: a ministry passes it to the appointer, and so on.
fn onward_lists(page: &mut Page, from: &str, depth: usize) {
    if depth >= 4 {
        return;
    }
    let model = page.model;
    for r in model
        .data
        .relations
        .iter()
        .filter(|r| r.from == from && r.kind == RelationKind::Lists)
    {
        page.relation(r);
        onward_lists(page, &r.to, depth + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::hanging;

    #[test]
    fn a_field_fills_the_width_after_its_label_and_hangs_under_it() {
        let text = "Theft is a less serious crime, so the town's local court hears the case first.";
        let lines = hanging(text, 46, "Local courts: ".len(), 2);
        assert_eq!(
            lines,
            vec![
                "Theft is a less serious crime,",
                "so the town's local court hears the case",
                "first.",
            ]
        );
        assert_eq!(hanging("abcdefgh", 5, 2, 1), vec!["abc", "def", "gh"]);
        assert_eq!(hanging("", 10, 4, 2), vec![""]);
    }
}
