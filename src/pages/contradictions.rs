//! Every place the source contradicts itself, with all readings.

use super::Page;

pub fn build(page: &mut Page) {
    let (model, w) = (page.model, page.w);
    page.title(w.contradictions_title);
    page.dim(w.contradictions_intro);
    for d in &model.data.discrepancies {
        page.blank();
        page.readings(d, "");
        let subjects: Vec<&str> = d.subjects.iter().map(|s| model.name(s)).collect();
        if !subjects.is_empty() {
            page.field(w.concerns, &subjects.join(", "));
        }
    }
}
