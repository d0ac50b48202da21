//! What a body's page says about time: what changed at its last change, since when it exists and what it
//! replaced, when it is abolished and by what; and corrections of a source, with both claims.

use super::Page;
use crate::model::{Body, Correction, Date, Dated, Discrepancy, Model, Validity};
use crate::strings::Strings;

/// What a body's page compares between dates: its name, its size as the page states it (its members, else
/// the sum of its seats) and its seat groups.
#[derive(PartialEq)]
struct Shape<'a> {
    name: &'a str,
    size: Option<u32>,
    seats: Vec<(&'a str, u32)>,
}

impl<'a> Shape<'a> {
    /// `body` as it stands, its seat groups those of `date` when one is given.
    fn of(body: &'a Body, date: Option<&Date>) -> Shape<'a> {
        let seats: Vec<(&str, u32)> = body
            .seats
            .iter()
            .filter(|g| date.is_none_or(|d| g.valid_at(d)))
            .map(|g| (g.label.as_str(), g.count))
            .collect();
        let size = body
            .members
            .or_else(|| (!seats.is_empty()).then(|| seats.iter().map(|g| g.1).sum()));
        Shape {
            name: &body.name,
            size,
            seats,
        }
    }
}

/// The body as a snapshot at `date` holds it: the version valid then, with only the seat groups valid then.
/// Read in place, not copied: a page looks at every earlier date.
fn as_on<'a>(versions: &[(&'a Body, Validity)], date: &Date) -> Option<Shape<'a>> {
    let (version, _) = versions.iter().find(|(_, v)| v.valid_at(date))?;
    Some(Shape::of(version, Some(date)))
}

/// The source and date of the event that changed body `id` on `date`, else the body's own.
fn cause(page: &Page, body: &Body, date: &Date) -> (String, String) {
    let Some(when) = page.when else {
        return (body.source.to_string(), body.as_of.to_string());
    };
    when.timeline
        .full()
        .data
        .events
        .iter()
        .find(|e| Date::parse(&e.date) == Some(*date) && e.bodies.iter().any(|b| b == &body.id))
        .and_then(|e| Some((e.sources.first()?.to_string(), e.date.to_string())))
        .unwrap_or_else(|| (body.source.to_string(), body.as_of.to_string()))
}

/// The marked lines about time at the top of a body's page.
pub fn body_lines(page: &mut Page, body: &Body) {
    let Some(when) = page.when else {
        return;
    };
    let timeline = when.timeline;
    let Some(now) = timeline.date(when.index) else {
        return;
    };
    let here = when.index;
    let (model, w) = (page.model, page.w);
    // Every version of this body in the file, read once: what held at an earlier date comes from them, so
    // no other date's snapshot is built (with a large dataset each one is megabytes).
    let versions: Vec<(&Body, Validity)> = timeline
        .versions(&body.id)
        .map(|(_, b, v)| (b, v))
        .collect();
    // The last change to this body: the newest earlier date at which it was absent or different.
    let now_shape = Shape::of(body, None);
    let mut changed: Option<(Date, Option<Shape>)> = None;
    for k in (0..here).rev() {
        let Some(then) = timeline.date(k) else {
            break;
        };
        let before = as_on(&versions, &then);
        let differs = before.as_ref().is_none_or(|b| *b != now_shape);
        if differs {
            if let Some(date) = timeline.date(k + 1) {
                changed = Some((date, before));
            }
            break;
        }
    }
    let unit = if body.seats.is_empty() {
        w.members_unit
    } else {
        w.seats_unit
    };
    if let Some((date, Some(before))) = &changed {
        let mut what = Vec::new();
        if before.name != body.name {
            what.push((w.named_until)(&body.name, before.name, &date.to_string()));
        }
        match (now_shape.size, before.size) {
            (Some(n), Some(m)) if n != m => {
                what.push((w.size_until)(n, unit, m, &date.to_string()));
            }
            (Some(n), None) => what.push((w.size_not_given_until)(n, unit, &date.to_string())),
            _ => {}
        }
        if what.is_empty() && before.seats != now_shape.seats {
            let was: Vec<String> = before
                .seats
                .iter()
                .map(|(label, n)| format!("{n} {label}"))
                .collect();
            what.push((w.seats_filled_until)(&date.to_string(), &was.join(", ")));
        }
        if !what.is_empty() {
            let (source, as_of) = cause(page, body, date);
            let mark = page.theme.symbols.changed;
            page.cited(mark, &(w.changed)(&what.join("; ")), &source, &as_of);
        }
    }
    let first_from = timeline
        .versions(&body.id)
        .filter_map(|(_, _, v)| v.from)
        .min();
    let has_open_start = timeline
        .versions(&body.id)
        .any(|(_, _, v)| v.from.is_none());
    if let Some(since) = first_from.filter(|_| !has_open_start) {
        let replaced: Vec<String> = timeline
            .versions(&body.id)
            .flat_map(|(_, b, _)| b.replaces.iter())
            .fold(Vec::new(), |mut ids, id| {
                if !ids.iter().any(|known| known == id) {
                    ids.push(id.to_string());
                }
                ids
            });
        let names: Vec<&str> = replaced.iter().map(|id| model.name(id)).collect();
        let text = if names.is_empty() {
            (w.since)(&since.to_string())
        } else {
            (w.since_before_it)(&since.to_string(), &join_names(w, &names))
        };
        let (source, as_of) = cause(page, body, &since);
        page.cited(page.theme.symbols.changed, &text, &source, &as_of);
    }
    if let Some(end) = timeline.ends(&body.id).filter(|end| *end > now) {
        let mut successors: Vec<&str> = Vec::new();
        for b in timeline.replaced_by(&body.id) {
            if !successors.contains(&b.name.as_str()) {
                successors.push(&b.name);
            }
        }
        let text = if successors.is_empty() {
            (w.abolished)(&end.to_string())
        } else {
            (w.abolished_replaced_by)(&end.to_string(), &join_names(w, &successors))
        };
        let (source, as_of) = cause(page, body, &end);
        page.cited(page.theme.symbols.ended, &text, &source, &as_of);
    }
}

/// "A", "A and B", "A, B and C".
fn join_names(w: &Strings, names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => (w.and_last)(&rest.join(", "), last),
    }
}

/// "The article says X. In fact: Y" for a claim of `said_by` that `c` corrects.
pub fn correction_text(model: &Model, w: &Strings, said_by: &str, c: &Correction) -> String {
    let who = if model.data.meta.base_source.as_deref() == Some(said_by) {
        w.the_article
    } else {
        model.source_title(said_by)
    };
    (w.says_in_fact)(who, &c.says, &c.truth)
}

/// The date a correction's source describes, for its citation.
pub fn correction_date<'a>(model: &'a Model, c: &Correction) -> &'a str {
    model.source(&c.source).map_or("", |s| s.as_of.as_str())
}

/// "The sources disagree" when the readings cite different sources, else "<source> contradicts itself".
pub fn disagreement(model: &Model, w: &Strings, d: &Discrepancy) -> String {
    let first = d.readings.first().map(|r| r.source.as_str());
    let one_source = d.readings.iter().all(|r| Some(r.source.as_str()) == first);
    match first {
        Some(source) if one_source => {
            let who = if model.data.meta.base_source.as_deref() == Some(source) {
                w.the_article
            } else {
                model.source_title(source)
            };
            (w.contradicts_itself)(who)
        }
        _ => w.sources_disagree.to_string(),
    }
}
