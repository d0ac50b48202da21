//! The export of a country that changes over time: the date it describes, bodies replaced later, corrections,
//! every kind of vote and what changed, on the fictional fixture.

use super::render;
use crate::cli::ExportFormat;
use crate::model::{Date, Timeline, load_str};

fn then_and_now() -> Timeline {
    let data = load_str(
        "ruritania_then_now.ron",
        include_str!("../../../tests/fixtures/ruritania_then_now.ron"),
    )
    .expect("the fixture parses");
    Timeline::new(data).expect("the fixture is valid")
}

fn markdown_on(t: &Timeline, date: &str) -> String {
    let index = t
        .index_on(&Date::parse(date).expect("a date"))
        .expect("a snapshot then");
    render(t, index, Some(date), ExportFormat::Markdown)
}

#[test]
fn the_header_names_the_date_described() {
    let t = then_and_now();
    let then = markdown_on(&t, "2019-06");
    assert!(
        then.contains("As of 2019-06: what held on that day (the date of"),
        "{then}"
    );
    let between = markdown_on(&t, "2024-05-01");
    assert!(
        between.contains(
            "As of 2023-03-19: what held on that day (the last change by the end of 2024-05-01)"
        ),
        "{between}"
    );
    let newest = render(&t, t.newest(), None, ExportFormat::Markdown);
    assert!(
        newest
            .contains("As of 2026-07-01: what held on that day (the newest date in the dataset).")
    );
}

#[test]
fn a_body_replaced_later_says_so_and_its_successor_names_it() {
    let t = then_and_now();
    let then = markdown_on(&t, "2019-06");
    assert!(
        then.contains("Abolished 2023-01-01: replaced by Constitutional Court ["),
        "{then}"
    );
    let later = markdown_on(&t, "2023-03-19");
    assert!(
        later.contains("Since 2023-01-01; before it: Council of Elders."),
        "{later}"
    );
    assert!(!later.contains("### Council of Elders"), "{later}");
}

#[test]
fn corrections_show_what_the_source_says_and_what_is_true() {
    let t = then_and_now();
    let out = markdown_on(&t, "2023-03-19");
    assert!(
        out.contains("says the King was crowned after his mother's death. In fact: his mother abdicated in 2015 and lived until 2018 ["),
        "{out}"
    );
    assert!(
        out.contains("says the Green Rose Party won 55 seats. In fact: it won 52 ["),
        "{out}"
    );
}

#[test]
fn votes_of_every_kind() {
    let t = then_and_now();
    let out = render(&t, t.newest(), None, ExportFormat::Markdown);
    // Parliamentary: parties with their share as the data gives it, and seats.
    assert!(out.contains("| Green Rose Party | 48.25% | 40 |"), "{out}");
    assert!(out.contains("| Blue Falcon League | 30% | 28 |"), "{out}");
    // A referendum: its question, yes and no, invalid ballots; no body elected.
    assert!(
        out.contains(
            "Referendum. Held 2022-06-05. Turnout: 68.06% of 2,938,000 registered voters."
        )
    );
    assert!(out.contains("Question: Do you approve the reform"), "{out}");
    assert!(out.contains("| Yes | 77.18% | 1,543,600 |"), "{out}");
    assert!(out.contains("| No | 18.6% | 372,000 |"), "{out}");
    assert!(out.contains("| Invalid ballots |  | 84,400 |"), "{out}");
    // Called: said plainly, no results.
    assert!(out.contains("Called for 2026-09-20."), "{out}");
    assert!(out.contains("Results: not known."), "{out}");
}

#[test]
fn what_changed_lists_the_events_up_to_the_date() {
    let t = then_and_now();
    let then = markdown_on(&t, "2019-06");
    assert!(
        then.contains("## What changed\n\n- 2019-03-20: The Chancellor resigns"),
        "{then}"
    );
    assert!(
        then.contains("The dataset records 3 later events, not shown here."),
        "{then}"
    );
    let now = render(&t, t.newest(), None, ExportFormat::Markdown);
    let at = |text: &str| now.find(text).unwrap_or_else(|| panic!("{text} in {now}"));
    assert!(at("- 2019-03-20:") < at("- 2023-01-01:"));
    assert!(at("- 2023-01-01:") < at("- 2026-07-01:"));
    assert!(now.contains("  - The Assembly's first election is called for September."));
    // The sources close the document, with their addresses.
    assert!(now.contains("## Sources\n"), "{now}");
    assert!(now.contains("  - Address: https://gazette.example.org/2026/constitution\n"));
}

#[test]
fn discrepancies_say_whose_they_are() {
    let t = then_and_now();
    let out = markdown_on(&t, "2019-06");
    assert!(out.contains("The sources disagree:"), "{out}");
    assert!(!out.contains("contradicts itself"), "{out}");
    let minimal = load_str(
        "minimal.ron",
        include_str!("../../../tests/fixtures/minimal.ron"),
    )
    .expect("parses");
    let undated = Timeline::new(minimal).expect("valid");
    let out = render(&undated, 0, None, ExportFormat::Markdown);
    assert!(out.contains("contradicts itself:"), "{out}");
    assert!(out.contains("The dataset carries no dates"), "{out}");
}
