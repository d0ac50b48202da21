//! The text beside or under the court diagram: the focused body's details, or, while a case is followed, the caption
//! for its current step.

use super::{Built, Page};
use crate::court::Walk;
use crate::court::relations::RelationIndex;
use crate::model::{Body, Model, RelationKind};
use crate::strings::Strings;
use crate::text::{Overlong, wrap};
use crate::theme::Theme;
use ratatui::text::{Line, Span};

/// The columns a field's further lines are indented by.
const HANGING: usize = 2;

/// The panel's title and lines for a pane `width` columns wide: the case's step while one is followed, else
/// the details of `body`; with its links, every court and body it names (underlined in the lines), so a click
/// or the keys can follow one. `step_keys` names the keys that step a case on.
/// `relations` is `model`'s index of each body's relations.
pub fn built(
    (model, relations): (&Model, &RelationIndex),
    theme: &Theme,
    w: &'static Strings,
    walk: Option<Walk>,
    body: Option<usize>,
    width: usize,
    step_keys: &str,
) -> (String, Built) {
    let mut page = Page::new(model, theme, w, width);
    let title = match walk {
        Some(walk) => caption(&mut page, relations, walk, step_keys),
        None => match body.and_then(|i| model.data.bodies.get(i)) {
            Some(b) => {
                page.subject = Some(b.id.to_string());
                details(&mut page, relations, b);
                b.name.to_string()
            }
            None => String::new(),
        },
    };
    let mut built = page.built();
    super::link_marks::underline(&mut built.lines, &built.links);
    (title, built)
}

/// "Label: value", the value running on after the label to the full width and its further lines under a hanging
/// indent, so a long caption uses all the room the panel has.
fn field(page: &mut Page, label: &str, value: &str) {
    linked_field(page, label, value, &[]);
}

/// `field`, with the mention of each body of `ids` in it (its label included) a link.
fn linked_field(page: &mut Page, label: &str, value: &str, ids: &[&str]) {
    let at = page.lines.len();
    plain_field(page, label, value);
    let mut from = at;
    for id in ids {
        // In reading order: the next name is looked for from the line the last one was found on.
        if let Some(line) = page.link_found(from, id) {
            from = line;
        }
    }
}

fn plain_field(page: &mut Page, label: &str, value: &str) {
    let first = format!("{label}: ");
    let parts = hanging(value, page.width, crate::text::width(&first), HANGING);
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
        let used = crate::text::width(&lines[n]);
        let fits = used + usize::from(used > 0) + crate::text::width(word) <= room(n);
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
fn caption(page: &mut Page, relations: &RelationIndex, walk: Walk, step_keys: &str) -> String {
    let (model, w) = (page.model, page.w);
    let Some(scenario) = model.data.scenarios.get(walk.scenario) else {
        return String::new();
    };
    let Some(step) = scenario.steps.get(walk.step) else {
        return scenario.title.to_string();
    };
    let total = scenario.steps.len();
    let here = model.name(&step.at);
    linked_field(page, here, &step.why, &[&step.at]);
    let onward: Vec<&str> = relations
        .of(model, &step.at)
        .filter(|r| r.kind == RelationKind::AppealsTo && r.from == step.at)
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
            let review = relations
                .of(model, &step.at)
                .find(|r| r.kind == RelationKind::AppealsTo && r.from == step.at && r.to == next.at)
                .and_then(|r| r.review)
                .and_then(|k| w.reviews.get(k.index()));
            let text = match review {
                _ if next.outside => (w.leaves_the_chain)(court, step_keys),
                Some(review) => (w.review_goes_to)(review, court, step_keys),
                None => (w.appeal_goes_to)(court, step_keys),
            };
            linked_field(page, label, &text, &[&next.at]);
        }
        None if onward.is_empty() => linked_field(
            page,
            w.end_of_the_road,
            &(w.no_appeal_from)(here),
            &[&step.at],
        ),
        None => {
            let mut named = vec![step.at.as_str()];
            named.extend(&onward);
            linked_field(
                page,
                w.end_of_the_road,
                &(w.goes_no_further)(here, &names(page.model, &onward)),
                &named,
            );
        }
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
fn details(page: &mut Page, relations: &RelationIndex, b: &Body) {
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
    let appeals = |from_here: bool| -> (String, Vec<&str>) {
        let (named, ids): (Vec<String>, Vec<&str>) = relations
            .of(model, &b.id)
            .filter(|r| r.kind == RelationKind::AppealsTo)
            .filter(|r| {
                if from_here {
                    r.from == b.id
                } else {
                    r.to == b.id
                }
            })
            .map(|r| {
                let id = if from_here { &r.to } else { &r.from };
                let other = model.name(id);
                let text = match r.review.and_then(|k| w.review_labels.get(k.index())) {
                    Some(review) => format!("{other} ({review})"),
                    None => other.to_string(),
                };
                (text, id.as_str())
            })
            .unzip();
        (named.join(", "), ids)
    };
    let ((up, up_ids), (down, down_ids)) = (appeals(true), appeals(false));
    if !down.is_empty() {
        linked_field(page, w.hears_appeals_from, &down, &down_ids);
    }
    if !up.is_empty() {
        linked_field(page, w.appeals_go_to, &up, &up_ids);
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
    let chosen: Vec<_> = relations
        .of(model, &b.id)
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
    let chooses: Vec<_> = relations
        .of(model, &b.id)
        .filter(|r| r.from == b.id && r.kind.chooses_members())
        .collect();
    if !chooses.is_empty() {
        page.heading(w.its_part_in_choosing);
        for r in chooses {
            page.relation(r);
            if r.kind == RelationKind::Lists {
                onward_lists(page, relations, &r.to, 0);
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
fn onward_lists(page: &mut Page, relations: &RelationIndex, from: &str, depth: usize) {
    if depth >= 4 {
        return;
    }
    let model = page.model;
    for r in relations
        .of(model, from)
        .filter(|r| r.from == from && r.kind == RelationKind::Lists)
    {
        page.relation(r);
        onward_lists(page, relations, &r.to, depth + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Timeline;
    use crate::pages::Link;
    use crate::strings::EN;
    use std::sync::Arc;

    /// The keys a caption names for stepping on, as the app's key map gives them.
    const KEYS: &str = "→ or n";

    /// The shipped dataset as of the article's date.
    fn article() -> Arc<Model> {
        let data =
            crate::model::load_str(crate::embedded::NAME, crate::embedded::TEXT).expect("parses");
        let timeline = Timeline::new(data).expect("valid");
        let index = timeline.base_index().expect("the article's date");
        timeline.snapshot(index).clone()
    }

    fn index(model: &Model, id: &str) -> usize {
        model.data.bodies.iter().position(|b| b.id == id).expect(id)
    }

    /// The text each link covers, with the body it leads to.
    fn linked(built: &Built) -> Vec<(String, String)> {
        built
            .links
            .iter()
            .map(|l: &Link| {
                let text: String = built.lines[l.line]
                    .spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect();
                let part: String = text.chars().skip(l.start).take(l.end - l.start).collect();
                (part, l.body.clone())
            })
            .collect()
    }

    fn pair(text: &str, body: &str) -> (String, String) {
        (text.to_string(), body.to_string())
    }

    /// A link to `id` under the body's full name as the dataset gives it (the code names no country).
    /// The panel for a case followed or a body, in English and monochrome, `width` columns wide.
    fn panel(
        model: &Model,
        walk: Option<Walk>,
        body: Option<usize>,
        width: usize,
    ) -> (String, Built) {
        let index = RelationIndex::new(model);
        super::built(
            (model, &index),
            &Theme::mono(),
            &EN,
            walk,
            body,
            width,
            KEYS,
        )
    }

    fn named(model: &Model, id: &str) -> (String, String) {
        pair(&model.data.bodies[index(model, id)].name, id)
    }

    #[test]
    fn a_courts_panel_links_the_courts_it_hears_appeals_from_and_who_chooses_its_judges() {
        let model = article();
        let supreme = index(&model, "supreme_court");
        let (_, built) = panel(&model, None, Some(supreme), 120);
        let links = linked(&built);
        assert_eq!(
            links[0],
            pair("Oblast courts", "oblast_courts"),
            "{links:?}"
        );
        assert!(links.contains(&pair(
            "Supreme Judicial Council",
            "supreme_judicial_council"
        )));
        assert!(links.contains(&named(&model, "president")));
        assert!(
            links.iter().all(|(_, body)| body != "supreme_court"),
            "a court's own name is no link in its panel: {links:?}"
        );
        let oblast = index(&model, "oblast_courts");
        let (_, built) = panel(&model, None, Some(oblast), 120);
        let links = linked(&built);
        assert_eq!(
            links[..2],
            [
                pair("Local courts", "local_courts"),
                named(&model, "supreme_court")
            ],
            "hears appeals from, then appeals go to"
        );
    }

    #[test]
    fn a_case_caption_links_the_court_it_is_at_and_the_next_one() {
        let model = article();
        let theft = Walk {
            scenario: 0,
            step: 0,
        };
        let (_, built) = panel(&model, Some(theft), None, 120);
        assert_eq!(
            linked(&built),
            [
                pair("Local courts", "local_courts"),
                pair("Oblast courts", "oblast_courts")
            ]
        );
        // The last step: the road ends at the court it is at.
        let last = Walk { step: 2, ..theft };
        let (_, built) = panel(&model, Some(last), None, 120);
        let links = linked(&built);
        assert_eq!(links[0], named(&model, "supreme_court"));
        assert!(
            links.iter().all(|(_, body)| body == "supreme_court"),
            "{links:?}"
        );
    }

    #[test]
    fn links_are_underlined_and_a_wrapped_name_links_its_first_line() {
        let model = article();
        let theft = Walk {
            scenario: 0,
            step: 0,
        };
        // 30 columns: "Next: an appeal goes to Oblast" and "courts (→ or n)." on the next line.
        let (_, built) = panel(&model, Some(theft), None, 30);
        let next = built
            .links
            .iter()
            .find(|l| l.body == "oblast_courts")
            .expect("linked");
        let underlined: String = built.lines[next.line]
            .spans
            .iter()
            .filter(|s| {
                s.style
                    .add_modifier
                    .contains(ratatui::style::Modifier::UNDERLINED)
            })
            .map(|s| s.content.as_ref())
            .collect();
        assert!(
            "Oblast courts".starts_with(&underlined) && !underlined.is_empty(),
            "{underlined:?}"
        );
    }

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
