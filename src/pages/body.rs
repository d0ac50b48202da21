//! A body's page: what it is, its seats, its facts, who chooses whom.

use super::Page;
use super::seat_chart;
use crate::model::Body;

pub fn build(page: &mut Page, body: &Body) {
    page.title(&body.name);
    super::changes::body_lines(page, body);
    for (language, name) in &body.names {
        page.dim(&format!("{language}: {name}"));
    }
    page.paragraph(&body.role);
    if let Some(members) = body.members {
        page.field(page.w.members, &members.to_string());
    }
    if !body.seats.is_empty() {
        page.heading(page.w.seats_and_how_filled);
        let chart = seat_chart::lines(&body.seats, page.width, page.theme, page.w);
        page.lines.extend(chart);
    }
    if !body.facts.is_empty() {
        page.heading(page.w.facts);
        page.facts(&body.facts);
    }
    let model = page.model;
    let relations: Vec<_> = model.relations_of(&body.id).collect();
    if !relations.is_empty() {
        page.heading(page.w.who_chooses_whom);
        for r in relations {
            page.relation(r);
        }
    }
    page.contradictions_about(&body.id);
}
