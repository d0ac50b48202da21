//! What `polity check` must refuse so that the court diagram can trust its data: a case step that does not follow
//! an appeal, ids that name nothing, and appeals that go round in a circle. Each problem names the item's path.

use polity::model::{Dataset, Problem, Relation, RelationKind, load_file, validate};
use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURE: &str = "tests/fixtures/courts_extra_level.ron";

fn path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn fixture() -> Dataset {
    load_file(&path(FIXTURE)).unwrap_or_else(|e| panic!("{e}"))
}

fn problems(d: &Dataset) -> Vec<Problem> {
    validate(d)
}

/// The problems at exactly `at`.
fn at(d: &Dataset, at: &str) -> Vec<Problem> {
    problems(d).into_iter().filter(|p| p.path == at).collect()
}

fn step<'a>(d: &'a mut Dataset, scenario: &str, index: usize) -> &'a mut polity::model::SharedStr {
    let s = d
        .scenarios
        .iter_mut()
        .find(|s| s.id == scenario)
        .expect("scenario");
    &mut s.steps[index].at
}

#[test]
fn the_fixture_is_valid() {
    assert_eq!(problems(&fixture()), vec![]);
}

#[test]
fn a_step_must_follow_an_appeal() {
    // From the county court straight to the High Court: no such appeal.
    let mut d = fixture();
    *step(&mut d, "stolen_bicycle", 2) = "high_court".into();
    let found = at(&d, "scenarios[0].steps[2].at");
    assert_eq!(found.len(), 1, "{:?}", problems(&d));
    assert!(!found[0].message.is_empty());

    // Backwards down the chain is not an appeal either.
    let mut d = fixture();
    *step(&mut d, "stolen_bicycle", 1) = "town_courts".into();
    assert_eq!(
        at(&d, "scenarios[0].steps[1].at").len(),
        1,
        "{:?}",
        problems(&d)
    );
}

#[test]
fn a_case_starts_where_its_matter_starts() {
    let mut d = fixture();
    *step(&mut d, "stolen_bicycle", 0) = "county_courts".into();
    assert_eq!(
        at(&d, "scenarios[0].steps[0].at").len(),
        1,
        "{:?}",
        problems(&d)
    );
}

#[test]
fn unknown_ids_are_reported_with_their_path() {
    let mut d = fixture();
    *step(&mut d, "stolen_bicycle", 1) = "nowhere".into();
    let found = at(&d, "scenarios[0].steps[1].at");
    assert_eq!(found.len(), 1, "{:?}", problems(&d));
    assert!(found[0].message.contains("nowhere"), "{}", found[0]);

    let mut d = fixture();
    d.relations[0].to = "nowhere".into();
    let found = at(&d, "relations[0].to");
    assert!(!found.is_empty(), "{:?}", problems(&d));
    assert!(found[0].message.contains("nowhere"), "{}", found[0]);

    let mut d = fixture();
    d.relations[3].from = "nowhere".into();
    assert!(
        !at(&d, "relations[3].from").is_empty(),
        "{:?}",
        problems(&d)
    );

    let mut d = fixture();
    d.matters[0].starts_at = "nowhere".into();
    assert!(
        !at(&d, "matters[0].starts_at").is_empty(),
        "{:?}",
        problems(&d)
    );

    let mut d = fixture();
    d.scenarios[0].matter = "nowhere".into();
    assert!(
        !at(&d, "scenarios[0].matter").is_empty(),
        "{:?}",
        problems(&d)
    );
}

#[test]
fn appeals_must_not_go_round_in_a_circle() {
    let mut d = fixture();
    let back = Relation {
        kind: RelationKind::AppealsTo,
        from: "high_court".into(),
        to: "town_courts".into(),
        count: None,
        what: None,
        note: None,
        source: "handbook".into(),
        as_of: "2024-01".into(),
        ..Default::default()
    };
    d.relations.push(back);
    let found: Vec<Problem> = problems(&d)
        .into_iter()
        .filter(|p| p.path.starts_with("relations[") && p.message.contains("cycle"))
        .collect();
    assert_eq!(found.len(), 1, "{:?}", problems(&d));
}

fn polity(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_polity"))
        .args(args)
        .output()
        .expect("run polity")
}

#[test]
fn polity_check_accepts_the_fixture_and_refuses_a_broken_case() {
    let ok = polity(&["check", path(FIXTURE).to_str().unwrap()]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let text = std::fs::read_to_string(path(FIXTURE)).unwrap();
    let broken = text.replacen(
        r#"(at: "court_of_appeal", why: "The thief appeals again"#,
        r#"(at: "charter_court", why: "The thief appeals again"#,
        1,
    );
    assert_ne!(broken, text, "the fixture changed: update this test");
    let dir = std::env::temp_dir().join(format!("polity-diagram-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.ron");
    std::fs::write(&file, broken).unwrap();
    let out = polity(&["check", file.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("scenarios[0].steps[2].at"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
