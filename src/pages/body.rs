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

#[cfg(test)]
mod tests {
    use crate::model::Timeline;
    use crate::strings::EN;
    use crate::theme::Theme;

    /// The page of body `id` at the article's date: each link's text with the body it leads to.
    fn linked(id: &str) -> Vec<(String, String)> {
        let data =
            crate::model::load_str(crate::embedded::NAME, crate::embedded::TEXT).expect("parses");
        let timeline = Timeline::new(data).expect("valid");
        let model = timeline.snapshot(timeline.base_index().expect("the article's date"));
        let body = model.body(id).expect(id);
        let built = super::super::body_built(model, &Theme::mono(), &EN, 100, body, None);
        built
            .links
            .iter()
            .map(|l| {
                let text: String = built.lines[l.line]
                    .spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect();
                (
                    text.chars().skip(l.start).take(l.end - l.start).collect(),
                    l.body.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_name_with_a_glossary_mark_inside_it_is_still_a_link() {
        let linked = linked("local_assemblies");
        assert!(
            linked.contains(&("Senate° (upper house)".to_string(), "senate".to_string())),
            "{linked:?}"
        );
    }

    #[test]
    fn the_council_page_links_the_bodies_its_members_come_from() {
        let linked = linked("supreme_judicial_council");
        for want in [
            ("senators", "senate"),
            ("chairperson of the Supreme Court", "supreme_court"),
            ("Minister of Justice", "ministry_of_justice"),
            ("judges", "judges"),
        ] {
            assert!(
                linked
                    .iter()
                    .any(|(text, body)| text == want.0 && *body == want.1),
                "{want:?} in {linked:?}"
            );
        }
    }
}
