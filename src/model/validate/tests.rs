//! The unit tests of every validation rule, on the minimal fixture with one thing broken at a time.

use super::{date_error, validate};
use crate::model::load_str;
use crate::model::types::*;

fn minimal() -> Dataset {
    load_str(
        "minimal.ron",
        include_str!("../../../tests/fixtures/minimal.ron"),
    )
    .expect("the minimal fixture parses")
}

fn problems(data: &Dataset) -> Vec<String> {
    validate(data).iter().map(ToString::to_string).collect()
}

/// Asserts that `expected` ("path: message") is among the problems found, exactly.
#[track_caller]
fn assert_problem(data: &Dataset, expected: &str) {
    let found = problems(data);
    assert!(
        found.iter().any(|p| p == expected),
        "expected {expected:?} among {found:#?}"
    );
}

fn fact(text: &str, source: &str) -> Fact {
    Fact {
        text: text.into(),
        source: source.into(),
        as_of: "2019".into(),
        discrepancy: None,
        superseded: None,
        ..Default::default()
    }
}

fn relation(kind: RelationKind, from: &str, to: &str) -> Relation {
    Relation {
        kind,
        from: from.into(),
        to: to.into(),
        count: None,
        what: None,
        note: None,
        source: "article".into(),
        as_of: "2019".into(),
        ..Default::default()
    }
}

#[test]
fn valid_dataset_has_no_problems() {
    assert_eq!(problems(&minimal()), Vec::<String>::new());
}

#[test]
fn unknown_body_ids() {
    let mut d = minimal();
    d.overview.head_of_state = "king".into();
    d.relations[3].to = "oblast".into();
    d.elections[0].for_body = "senate".into();
    d.matters[0].starts_at = "tribunal".into();
    d.scenarios[0].steps[1].at = "nowhere".into();
    d.relations[0].from = "".into();
    assert_problem(&d, r#"overview.head_of_state: unknown id "king""#);
    assert_problem(&d, r#"relations[3].to: unknown id "oblast""#);
    assert_problem(&d, r#"elections[0].for_body: unknown id "senate""#);
    assert_problem(&d, r#"matters[0].starts_at: unknown id "tribunal""#);
    assert_problem(&d, r#"scenarios[0].steps[1].at: unknown id "nowhere""#);
    assert_problem(&d, "relations[0].from: missing body id");
}

#[test]
fn unknown_head_of_government() {
    let mut d = minimal();
    d.overview.head_of_government = "premier".into();
    assert_problem(&d, r#"overview.head_of_government: unknown id "premier""#);
}

#[test]
fn discrepancy_subjects_may_be_bodies_or_topics_but_must_exist() {
    let mut d = minimal();
    d.discrepancies[0].subjects = vec!["lower".into(), "history".into(), "weather".into()];
    assert_eq!(
        problems(&d),
        vec![r#"discrepancies[0].subjects[2]: unknown id "weather"; expected a body or topic id"#]
    );
}

#[test]
fn fact_must_name_a_known_discrepancy() {
    let mut d = minimal();
    d.bodies[3].facts[0].discrepancy = Some("lower-terms".into());
    assert_eq!(
        problems(&d),
        vec![r#"bodies[3].facts[0].discrepancy: unknown discrepancy "lower-terms""#]
    );
}

#[test]
fn scenario_must_name_a_known_matter() {
    let mut d = minimal();
    d.scenarios[0].matter = "criminal".into();
    assert_eq!(
        problems(&d),
        vec![r#"scenarios[0].matter: unknown matter "criminal""#]
    );
}

#[test]
fn duplicate_ids_name_the_first() {
    let mut d = minimal();
    d.bodies[4].id = "cabinet".into();
    d.sources[1].id = "article".into();
    d.topics[1].id = "history".into();
    d.discrepancies.push(d.discrepancies[0].clone());
    d.elections.push(d.elections[0].clone());
    d.matters.push(d.matters[0].clone());
    d.scenarios.push(d.scenarios[0].clone());
    d.memberships[1].acronym = "UN".into();
    assert_problem(
        &d,
        r#"sources[1].id: duplicate id "article" (first at sources[0])"#,
    );
    assert_problem(
        &d,
        r#"bodies[4].id: duplicate id "cabinet" (first at bodies[1])"#,
    );
    assert_problem(
        &d,
        r#"topics[1].id: duplicate id "history" (first at topics[0])"#,
    );
    assert_problem(
        &d,
        r#"discrepancies[1].id: duplicate id "lower-term" (first at discrepancies[0])"#,
    );
    assert_problem(
        &d,
        r#"elections[1].id: duplicate id "pres-2019" (first at elections[0])"#,
    );
    assert_problem(
        &d,
        r#"matters[1].id: duplicate id "civil" (first at matters[0])"#,
    );
    assert_problem(
        &d,
        r#"scenarios[1].id: duplicate id "land-dispute" (first at scenarios[0])"#,
    );
    assert_problem(
        &d,
        r#"memberships[1].acronym: duplicate acronym "UN" (first at memberships[0])"#,
    );
}

#[test]
fn empty_ids() {
    let mut d = minimal();
    d.topics[0].id = "".into();
    d.discrepancies[0].subjects = vec!["lower".into()];
    assert_problem(&d, "topics[0].id: empty id");
}

#[test]
fn unknown_and_missing_sources_at_every_depth() {
    let mut d = minimal();
    d.overview.form_of_government.source = "wiki".into();
    d.overview.facts[0].source = "".into();
    d.bodies[2].source = "wiki".into();
    d.bodies[2].facts.push(fact("One.", "article"));
    d.bodies[2].facts.push(fact("Two.", "wiki"));
    d.bodies[6].facts[0].superseded.as_mut().unwrap().source = "wiki".into();
    d.relations[1].source = "wiki".into();
    d.elections[0].source = "wiki".into();
    d.elections[0].criticisms[0].source = "wiki".into();
    d.elections[0].facts[0].source = "wiki".into();
    d.memberships[0].source = "wiki".into();
    d.memberships[1].superseded.as_mut().unwrap().source = "".into();
    d.topics[1].facts[0].source = "wiki".into();
    d.discrepancies[0].readings[1].source = "wiki".into();
    d.matters[0].source = "wiki".into();
    d.scenarios[0].source = "wiki".into();
    let unknown = r#"unknown source "wiki""#;
    assert_eq!(
        problems(&d),
        vec![
            format!("overview.form_of_government.source: {unknown}"),
            "overview.facts[0].source: missing source".to_string(),
            format!("bodies[2].source: {unknown}"),
            format!("bodies[2].facts[1].source: {unknown}"),
            format!("bodies[6].facts[0].superseded.source: {unknown}"),
            format!("relations[1].source: {unknown}"),
            format!("elections[0].criticisms[0].source: {unknown}"),
            format!("elections[0].facts[0].source: {unknown}"),
            format!("elections[0].source: {unknown}"),
            format!("memberships[0].source: {unknown}"),
            "memberships[1].superseded.source: missing source".to_string(),
            format!("topics[1].facts[0].source: {unknown}"),
            format!("discrepancies[0].readings[1].source: {unknown}"),
            format!("matters[0].source: {unknown}"),
            format!("scenarios[0].source: {unknown}"),
        ]
    );
}

#[test]
fn percentages_out_of_range_and_over_full() {
    let mut d = minimal();
    d.elections[0].results[0].percent = 104.5;
    d.elections[0].results[1].percent = -1.0;
    assert_problem(
        &d,
        "elections[0].results[0].percent: 104.5 is not a percentage between 0 and 100",
    );
    assert_problem(
        &d,
        "elections[0].results[1].percent: -1 is not a percentage between 0 and 100",
    );
    d.elections[0].results[1].percent = f64::NAN;
    assert_problem(
        &d,
        "elections[0].results[1].percent: NaN is not a percentage between 0 and 100",
    );
    let mut d = minimal();
    d.elections[0].results[1].percent = 33.04;
    assert_eq!(
        problems(&d),
        vec!["elections[0].results: percentages add up to 104.0, above 100"]
    );
}

#[test]
fn percentages_summing_to_exactly_100_pass() {
    let mut d = minimal();
    d.elections[0].results[0].percent = 70.1;
    d.elections[0].results[1].percent = 29.9;
    assert_eq!(problems(&d), Vec::<String>::new());
}

#[test]
fn empty_names_titles_and_texts() {
    let mut d = minimal();
    d.meta.title = " ".into();
    d.meta.country = "".into();
    d.sources[0].title = "".into();
    d.bodies[0].name = "".into();
    d.bodies[0].role = "".into();
    d.bodies[3].seats[1].label = "".into();
    d.topics[0].title = "".into();
    d.topics[0].facts[0].text = "".into();
    d.elections[0].title = "".into();
    d.memberships[0].acronym = "".into();
    d.memberships[0].name = "".into();
    d.matters[0].label = "".into();
    d.scenarios[0].title = "".into();
    d.scenarios[0].steps[2].why = "".into();
    assert_eq!(
        problems(&d),
        vec![
            "meta.title: empty title",
            "meta.country: empty country",
            "sources[0].title: empty title",
            "bodies[0].name: empty name",
            "bodies[0].role: empty role",
            "bodies[3].seats[1].label: empty label",
            "elections[0].title: empty title",
            "memberships[0].acronym: empty acronym",
            "memberships[0].name: empty name",
            "topics[0].title: empty title",
            "topics[0].facts[0].text: empty text",
            "matters[0].label: empty label",
            "scenarios[0].title: empty title",
            "scenarios[0].steps[2].why: empty why",
        ]
    );
}

#[test]
fn malformed_dates() {
    let mut d = minimal();
    d.sources[1].as_of = "03".into();
    d.bodies[0].as_of = "2019-13".into();
    d.bodies[6].facts[0].superseded.as_mut().unwrap().from = "2019-02-29".into();
    d.elections[0].date = "9 June 2019".into();
    d.elections[0].scheduled = Some("2020-1".into());
    d.relations[2].as_of = "".into();
    let expected = "expected YYYY, YYYY-MM or YYYY-MM-DD";
    assert_eq!(
        problems(&d),
        vec![
            format!(r#"sources[1].as_of: malformed date "03"; {expected}"#),
            format!(r#"bodies[0].as_of: malformed date "2019-13"; {expected}"#),
            format!(
                r#"bodies[6].facts[0].superseded.from: malformed date "2019-02-29"; {expected}"#
            ),
            format!("relations[2].as_of: missing date; {expected}"),
            format!(r#"elections[0].date: malformed date "9 June 2019"; {expected}"#),
            format!(r#"elections[0].scheduled: malformed date "2020-1"; {expected}"#),
        ]
    );
}

#[test]
fn calendar_dates() {
    for good in [
        "2019",
        "2019-01",
        "2019-12-31",
        "2020-02-29",
        "2000-02-29",
        "1991-12-16",
    ] {
        assert_eq!(date_error(good), None, "{good}");
    }
    for bad in [
        "19",
        "2019-00",
        "2019-13",
        "2019-04-31",
        "1900-02-29",
        "2019-1-01",
        "2019-01-1",
        "2019-01-01-01",
        "+2019",
        "2019-",
        "２０１９",
        "2019-06-00",
    ] {
        assert!(date_error(bad).is_some(), "{bad}");
    }
}

#[test]
fn appeals_must_not_go_round_in_a_cycle() {
    let mut d = minimal();
    d.relations
        .push(relation(RelationKind::AppealsTo, "supreme", "district"));
    assert_eq!(
        problems(&d),
        vec![
            "relations[7]: cycle in AppealsTo relations: district → regional → supreme → district"
        ]
    );
}

#[test]
fn two_body_appeal_cycle() {
    let mut d = minimal();
    d.relations
        .push(relation(RelationKind::AppealsTo, "regional", "district"));
    assert_eq!(
        problems(&d),
        vec!["relations[7]: cycle in AppealsTo relations: district → regional → district"]
    );
}

#[test]
fn membership_must_not_go_round_in_a_cycle() {
    let mut d = minimal();
    d.relations
        .push(relation(RelationKind::MemberOf, "parliament", "lower"));
    assert_eq!(
        problems(&d),
        vec!["relations[7]: cycle in MemberOf relations: lower → parliament → lower"]
    );
}

#[test]
fn cycles_of_other_kinds_are_allowed() {
    let mut d = minimal();
    d.relations
        .push(relation(RelationKind::Reviews, "cabinet", "president"));
    d.relations
        .push(relation(RelationKind::Reviews, "president", "cabinet"));
    assert_eq!(problems(&d), Vec::<String>::new());
}

#[test]
fn relation_from_a_body_to_itself() {
    let mut d = minimal();
    d.relations
        .push(relation(RelationKind::Appoints, "cabinet", "cabinet"));
    d.relations
        .push(relation(RelationKind::AppealsTo, "supreme", "supreme"));
    assert_eq!(
        problems(&d),
        vec![
            r#"relations[7]: relates "cabinet" to itself"#,
            r#"relations[8]: relates "supreme" to itself"#,
        ]
    );
}

#[test]
fn a_long_appeal_chain_does_not_exhaust_the_stack() {
    let mut d = minimal();
    let n = 50_000;
    for i in 0..n {
        let mut b = d.bodies[4].clone();
        b.id = format!("court{i}").into();
        d.bodies.push(b);
    }
    for i in 0..n {
        let next = format!("court{}", (i + 1) % n);
        d.relations.push(relation(
            RelationKind::AppealsTo,
            &format!("court{i}"),
            &next,
        ));
    }
    // So many courts are also too many to draw; that is another rule's problem.
    let found: Vec<String> = problems(&d)
        .into_iter()
        .filter(|p| !p.contains("too large to lay out"))
        .collect();
    assert_eq!(found.len(), 1, "{:?}", found.first());
    assert!(found[0].starts_with(&format!("relations[{}]: cycle", 7 + n - 1)));
}

#[test]
fn scenario_without_steps() {
    let mut d = minimal();
    d.scenarios[0].steps.clear();
    assert_eq!(
        problems(&d),
        vec!["scenarios[0].steps: no steps; a scenario needs at least one"]
    );
}

#[test]
fn scenario_must_start_where_its_matter_starts() {
    let mut d = minimal();
    d.scenarios[0].steps.remove(0);
    assert_eq!(
        problems(&d),
        vec![
            r#"scenarios[0].steps[0].at: "regional" is not where matter "civil" starts ("district")"#
        ]
    );
}

#[test]
fn scenario_steps_must_follow_appeals() {
    let mut d = minimal();
    let mut second = d.scenarios[0].clone();
    second.id = "skip".into();
    second.steps.remove(1);
    d.scenarios.push(second);
    assert_eq!(
        problems(&d),
        vec![r#"scenarios[1].steps[1].at: no appeal from "district" to "supreme""#]
    );
}

#[test]
fn seat_counts_must_add_up_to_members() {
    let mut d = minimal();
    d.bodies[3].members = Some(12);
    assert_eq!(
        problems(&d),
        vec!["bodies[3].seats: seat counts add up to 10, but members is 12"]
    );
    d.bodies[3].members = None;
    assert_eq!(problems(&d), Vec::<String>::new());
}

#[test]
fn discrepancy_needs_two_readings() {
    let mut d = minimal();
    d.discrepancies[0].readings.pop();
    assert_eq!(
        problems(&d),
        vec!["discrepancies[0].readings: only one reading; a discrepancy needs at least two"]
    );
}

#[test]
fn problems_come_in_file_order() {
    let mut d = minimal();
    d.scenarios[0].title = "".into();
    d.meta.title = "".into();
    d.bodies[1].as_of = "x".into();
    d.relations[0].to = "y".into();
    let paths: Vec<String> = validate(&d).into_iter().map(|p| p.path).collect();
    assert_eq!(
        paths,
        vec![
            "meta.title",
            "bodies[1].as_of",
            "relations[0].to",
            "scenarios[0].title"
        ]
    );
}
