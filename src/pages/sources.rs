//! Every source the dataset cites, numbered as citations number them, with its address and note. A page of its
//! own: a dataset with a hundred sources would otherwise bury the Overview's summary.

use super::Page;

pub fn build(page: &mut Page) {
    let (model, w) = (page.model, page.w);
    let d = &model.data;
    page.title(w.sources);
    for (i, s) in d.sources.iter().enumerate() {
        page.reference(&(w.source_line)(i + 1, &s.title, &s.origin, &s.as_of));
        if let Some(url) = &s.url {
            page.dim(&format!("    {url}"));
        }
        if let Some(note) = &s.note {
            page.dim(&format!("    {note}"));
        }
    }
}
