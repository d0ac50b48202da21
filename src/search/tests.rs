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
    let mut documents = SearchIndex::of(&model, &crate::strings::EN).documents;
    // Names in other scripts, as a dataset may give them.
    documents.push(Document {
        subject: Subject::Overview,
        text: "ru: Сенат Парламента".into(),
        name: true,
    });
    documents.push(Document {
        subject: Subject::Overview,
        text: "Dïetrat élection".into(),
        name: false,
    });
    SearchIndex::from_documents(documents)
}

fn texts(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(query)
        .iter()
        .map(|h| index.documents[h.document].text.to_string())
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

#[test]
fn a_one_letter_count_is_the_count_of_every_hit() {
    let index = index();
    for letter in ["a", "e", "т", "z"] {
        let all = index.search(letter).len();
        for count in [0, 1, 3, usize::MAX] {
            let (first, total) = index.search_first(letter, count);
            assert_eq!(total, all, "{letter} {count}");
            assert_eq!(first.len(), count.min(all));
            assert_eq!(first[..], index.search(letter)[..first.len()]);
        }
    }
}

#[test]
fn each_text_is_kept_folded_and_no_match_runs_into_the_next() {
    let index = index();
    for (i, document) in index.documents.iter().enumerate() {
        assert_eq!(index.folded(i), fold(&document.text));
    }
    assert_eq!(index.folded(index.documents.len()), "");
    let documents = ["one ab", "cd two"].map(|text| Document {
        subject: Subject::Overview,
        text: text.into(),
        name: false,
    });
    let index = SearchIndex::from_documents(documents.to_vec());
    assert!(index.search("abcd").is_empty());
    assert!(index.search("ab\ncd").is_empty());
    assert_eq!(index.search("cd"), vec![Hit { document: 1, at: 0 }]);
}
