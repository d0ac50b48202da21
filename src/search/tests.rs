//! The search index on a small dataset: case, diacritics, Cyrillic and stepping through matches.

use super::*;
use crate::model::load_str;

fn index() -> SearchIndex {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/minimal.ron"
    ))
    .unwrap_or_default();
    let data = load_str("minimal.ron", &text).expect("the minimal fixture loads");
    let model = Model::new(data).expect("the minimal fixture is valid");
    let mut index = SearchIndex::of(&model, &crate::strings::EN);
    // Names in other scripts, as a dataset may give them.
    index.documents.push(Document {
        subject: Subject::Overview,
        text: "ru: Сенат Парламента".to_string(),
        name: true,
    });
    index.documents.push(Document {
        subject: Subject::Overview,
        text: "Dïetrat élection".to_string(),
        name: false,
    });
    index.folded = index.documents.iter().map(|d| fold(&d.text)).collect();
    index
}

fn texts(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(query)
        .iter()
        .map(|h| index.documents[h.document].text.clone())
        .collect()
}

#[test]
fn matching_ignores_case() {
    let index = index();
    assert!(!index.search("president").is_empty());
    assert_eq!(index.search("PRESIDENT"), index.search("president"));
}

#[test]
fn matching_ignores_diacritics_both_ways() {
    let index = index();
    assert_eq!(texts(&index, "dietrat"), vec!["Dïetrat élection"]);
    assert_eq!(texts(&index, "DÏETRAT ELECTION"), vec!["Dïetrat élection"]);
}

#[test]
fn cyrillic_is_found_in_either_case() {
    let index = index();
    assert_eq!(texts(&index, "сенат"), vec!["ru: Сенат Парламента"]);
    let hit = index.search("ПАРЛАМЕНТА")[0];
    assert_eq!(hit.at, 10, "the position counts chars, not bytes");
}

#[test]
fn blank_queries_find_nothing_and_first_hits_count_them_all() {
    let index = index();
    assert!(index.search("  ").is_empty());
    let all = index.search("e").len();
    let (first, total) = index.search_first("e", 3);
    assert_eq!((first.len(), total), (3.min(all), all));
}

#[test]
fn next_and_previous_wrap_around() {
    assert_eq!(step(0, 3, true), 1);
    assert_eq!(step(2, 3, true), 0);
    assert_eq!(step(0, 3, false), 2);
    assert_eq!(step(1, 3, false), 0);
    assert_eq!(step(0, 0, true), 0);
}
