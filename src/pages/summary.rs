//! The Overview's summary: form of government, who leads, the branches at a glance (the sources have a page of their own).

use super::Page;
use crate::model::Section;

pub fn build(page: &mut Page) {
    let (model, w) = (page.model, page.w);
    let d = &model.data;
    page.title(&d.meta.title);
    if !d.meta.names.is_empty() {
        let names: Vec<String> = d
            .meta
            .names
            .iter()
            .map(|(l, n)| format!("{l}: {n}"))
            .collect();
        page.dim(&names.join(" · "));
    }
    if !d.meta.description.is_empty() {
        page.paragraph(&d.meta.description);
    }
    page.heading(w.form_of_government);
    page.facts(std::slice::from_ref(&d.overview.form_of_government));
    let first = page.lines.len();
    page.field(w.head_of_state, model.name(&d.overview.head_of_state));
    page.link(first, &d.overview.head_of_state);
    let first = page.lines.len();
    page.field(
        w.head_of_government,
        model.name(&d.overview.head_of_government),
    );
    page.link(first, &d.overview.head_of_government);
    page.facts(&d.overview.facts);

    page.heading(w.branches_at_a_glance);
    for section in [Section::Executive, Section::Legislative, Section::Judicial] {
        let bodies: Vec<&crate::model::Body> = section
            .branches()
            .iter()
            .flat_map(|&branch| model.bodies_in(branch))
            .collect();
        let names: Vec<&str> = bodies.iter().map(|b| b.name.as_str()).collect();
        if !names.is_empty() {
            let mut first = page.lines.len();
            page.field(section.title(w), &names.join(", "));
            // The names stand in this order: each is searched for from where the one before it was found.
            for b in bodies {
                first = page.link_found(first, &b.id).unwrap_or(first);
            }
        }
    }
    for topic in model.topics_in(Section::Overview) {
        page.heading(&topic.title);
        page.facts(&topic.facts);
    }
}
