//! The appeal chain as the markdown export gives it for the shipped data today: the cassation courts in their
//! branches, the courts over them, each with where its appeals go and the kind of review.

use polity::cli::ExportFormat;
use polity::cli::export::render;
use polity::model::{Timeline, load_str};

#[test]
fn the_appeal_chain_as_text() {
    let t = Timeline::new(
        load_str(polity::embedded::NAME, polity::embedded::TEXT).expect("the shipped file parses"),
    )
    .expect("the shipped file is valid");
    let text = render(&t, t.newest(), None, ExportFormat::Markdown);
    let start = text
        .find("### The appeal chain")
        .expect("the export has the appeal chain");
    let end = text[start..]
        .find("### Where cases start")
        .map_or(text.len(), |e| start + e);
    insta::assert_snapshot!("appeal_chain_shipped_markdown", &text[start..end]);
}
