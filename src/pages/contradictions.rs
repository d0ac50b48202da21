//! Every place the source contradicts itself, with all readings.

use super::Page;

pub fn build(page: &mut Page) {
    let model = page.model;
    page.title("Where the source contradicts itself");
    page.dim("polity keeps every reading instead of choosing one.");
    for d in &model.data.discrepancies {
        page.blank();
        page.readings(d, "");
        let subjects: Vec<&str> = d.subjects.iter().map(|s| model.name(s)).collect();
        if !subjects.is_empty() {
            page.field("Concerns", &subjects.join(", "));
        }
    }
}
