//! The shipped dataset's teaching material: the glossary defines the terms a class meets, each citing a
//! declared source, and the three tours are there, each stop with something to say and to ask.

use polity::dataset::load_model;

const TERMS: [&str; 15] = [
    "oblast",
    "maslikhat",
    "Majilis",
    "Senate",
    "Kurultai",
    "ex officio",
    "first instance",
    "appeal",
    "cassation",
    "constitutional review",
    "referendum",
    "party list",
    "single-member district",
    "legislative initiative",
    "observer status",
];

#[test]
fn the_shipped_glossary_defines_every_term_a_class_meets() {
    let model = load_model(None).expect("the shipped dataset is valid");
    let d = &model.data;
    for term in TERMS {
        let entry = d.glossary.iter().find(|g| g.term == term);
        let entry = entry.unwrap_or_else(|| panic!("{term:?} is not in the glossary"));
        assert!(entry.definition.len() > 20, "{term:?}");
        assert!(model.source(&entry.source).is_some(), "{term:?}");
    }
}

#[test]
fn the_shipped_tours_are_there() {
    let model = load_model(None).expect("the shipped dataset is valid");
    let titles: Vec<&str> = model.data.tours.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Who holds power",
            "Follow a case",
            "What changed since 2019"
        ]
    );
    for tour in &model.data.tours {
        assert!(tour.stops.len() >= 3, "{}", tour.title);
        for stop in &tour.stops {
            assert!(
                stop.question.ends_with('?'),
                "{}: {}",
                tour.title,
                stop.question
            );
        }
    }
}
