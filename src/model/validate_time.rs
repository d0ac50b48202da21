//! Validation of a dataset that changes over time: the file's own rules (validity windows, versions, events,
//! further sources, corrections), then every rule of `validate` on the snapshot at each change date, with
//! the snapshot's paths mapped back to the file's.

use super::change_dates::change_dates;
use super::date::{Date, Dated, Validity};
use super::dated_rules::hold_at_every_date;
use super::snapshot::snapshot;
use super::types::*;
use super::validate::{Problem, date_error, validate as validate_snapshot};
use std::collections::{HashMap, HashSet};

/// Every problem in `data`, in file order; empty when the dataset is valid at every date.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let (dated, mut problems): (Vec<Problem>, Vec<Problem>) = validate_snapshot(data)
        .into_iter()
        .partition(|p| depends_on_date(data, p));
    problems.extend(file_rules(data));
    let dates = validation_dates(data);
    // A knot of appeals over all time may or may not be one at some date: only the snapshots can tell.
    let knot = dated.iter().any(|p| p.message.starts_with("cycle in "));
    let on: Vec<Option<Date>> = dates.iter().map(|(date, _)| *date).collect();
    if problems.is_empty() && !knot && hold_at_every_date(data, &on) {
        return problems;
    }
    let mut seen: HashSet<(String, String)> = problems
        .iter()
        .map(|p| (p.path.clone(), p.message.clone()))
        .collect();
    let known = KnownIds::new(data);
    for (date, label) in dates {
        let (snap, origins) = snapshot(data, date.as_ref());
        for p in validate_snapshot(&snap) {
            if p.message.starts_with("duplicate ") || p.path.ends_with(".for_body") {
                continue; // overlapping versions are reported once, elections are checked at their date
            }
            let path = origins.file_path(&p.path);
            let message = known.outside_validity(&p.message).unwrap_or(p.message);
            if seen.insert((path.clone(), message.clone())) {
                let message = match &label {
                    Some(label) => format!("{message} ({label})"),
                    None => message,
                };
                problems.push(Problem { path, message });
            }
        }
    }
    // Stable: within one item, the file's own rules come before what a date revealed.
    problems.sort_by_key(|p| file_order(&p.path));
    problems
}

/// Problems of the whole file that only make sense at one date, so the snapshots decide them.
fn depends_on_date(data: &Dataset, p: &Problem) -> bool {
    let m = p.message.as_str();
    let referendum_without_body = m == "missing body id"
        && p.path.ends_with(".for_body")
        && top_index(&p.path, "elections")
            .and_then(|i| data.elections.get(i))
            .is_some_and(|e| e.kind == ElectionKind::Referendum);
    // Items that carry a validity may repeat an id as versions; `FileRules::versions` decides.
    let versioned = [
        "bodies[",
        "topics[",
        "discrepancies[",
        "matters[",
        "scenarios[",
        "memberships[",
    ]
    .iter()
    .any(|list| p.path.starts_with(list));
    (versioned && m.starts_with("duplicate "))
        || m.starts_with("seat counts add up")
        || m.starts_with("cycle in ")
        || m.contains("is not where matter")
        || m.starts_with("no appeal from")
        || referendum_without_body
}

/// The dates the snapshots are checked at, each with the words that say when: the time before the first
/// change, then every change date. A file without dates is checked once, as a whole.
fn validation_dates(data: &Dataset) -> Vec<(Option<Date>, Option<String>)> {
    let dates = change_dates(data);
    let Some(first) = dates.first() else {
        return vec![(None, None)];
    };
    let mut out = Vec::with_capacity(dates.len() + 1);
    if let Some(before) = Date::ymd(0, 1, 1).filter(|b| b < first) {
        out.push((Some(before), Some(format!("before {first}"))));
    }
    out.extend(dates.iter().map(|d| (Some(*d), Some(format!("on {d}")))));
    out
}

/// Every id the file declares, to tell "unknown" from "not valid at this date".
struct KnownIds<'a>(HashSet<&'a str>);

impl<'a> KnownIds<'a> {
    fn new(data: &'a Dataset) -> Self {
        let ids = data
            .bodies
            .iter()
            .map(|b| b.id.as_str())
            .chain(data.topics.iter().map(|t| t.id.as_str()))
            .chain(data.matters.iter().map(|m| m.id.as_str()))
            .chain(data.discrepancies.iter().map(|d| d.id.as_str()));
        KnownIds(ids.collect())
    }

    /// For an "unknown ..." message about an id the file does declare: the item exists, only not then.
    fn outside_validity(&self, message: &str) -> Option<String> {
        let rest = message.strip_prefix("unknown ")?;
        let start = rest.find('"')?;
        let end = start + 1 + rest[start + 1..].find('"')?;
        let id = &rest[start + 1..end];
        self.0
            .contains(id)
            .then(|| format!("refers to {id:?} outside its validity"))
    }
}

/// Sort key keeping the order `validate` walks a file in.
fn file_order(path: &str) -> (usize, usize) {
    const SECTIONS: [&str; 14] = [
        "meta",
        "sources",
        "overview",
        "bodies",
        "relations",
        "elections",
        "memberships",
        "topics",
        "discrepancies",
        "matters",
        "scenarios",
        "events",
        "glossary",
        "tours",
    ];
    let head = path.split(['.', '[']).next().unwrap_or_default();
    let section = SECTIONS
        .iter()
        .position(|s| *s == head)
        .unwrap_or(SECTIONS.len());
    (section, top_index(path, head).unwrap_or(0))
}

fn top_index(path: &str, list: &str) -> Option<usize> {
    let rest = path.strip_prefix(list)?.strip_prefix('[')?;
    rest[..rest.find(']')?].parse().ok()
}

/// The rules about time and provenance that need the whole file.
fn file_rules(data: &Dataset) -> Vec<Problem> {
    let mut c = FileRules {
        sources: data.sources.iter().map(|s| s.id.as_str()).collect(),
        bodies: data.bodies.iter().fold(HashMap::new(), |mut map, b| {
            map.entry(b.id.as_str())
                .or_insert_with(Vec::new)
                .push(b.validity());
            map
        }),
        problems: Vec::new(),
    };
    if let Some(base) = &data.meta.base_source {
        c.source_ref("meta.base_source".into(), base);
    }
    c.fact(
        "overview.form_of_government",
        &data.overview.form_of_government,
    );
    c.facts("overview", "facts", &data.overview.facts);
    c.versions(
        "bodies",
        data.bodies.iter().map(|b| b.id.as_str()),
        &data.bodies,
    );
    for (i, b) in data.bodies.iter().enumerate() {
        let path = format!("bodies[{i}]");
        c.window(&path, b.window());
        for (j, g) in b.seats.iter().enumerate() {
            if g.from.is_some() || g.until.is_some() {
                c.window(&format!("{path}.seats[{j}]"), g.window());
            }
        }
        for (j, id) in b.replaces.iter().enumerate() {
            if !c.bodies.contains_key(id.as_str()) {
                c.report(
                    format!("{path}.replaces[{j}]"),
                    format!("unknown id {id:?}"),
                );
            }
        }
        c.facts(&path, "facts", &b.facts);
        c.more_sources(&path, &b.more_sources);
    }
    for (i, r) in data.relations.iter().enumerate() {
        let path = format!("relations[{i}]");
        let (since, until) = r.window();
        c.window_named(&path, ("since", since), until);
        c.more_sources(&path, &r.more_sources);
    }
    for (i, e) in data.elections.iter().enumerate() {
        c.election(i, e);
    }
    c.versions(
        "memberships",
        data.memberships.iter().map(|m| m.acronym.as_str()),
        &data.memberships,
    );
    for (i, m) in data.memberships.iter().enumerate() {
        let path = format!("memberships[{i}]");
        c.window(&path, m.window());
        c.more_sources(&path, &m.more_sources);
    }
    c.versions(
        "topics",
        data.topics.iter().map(|t| t.id.as_str()),
        &data.topics,
    );
    for (i, t) in data.topics.iter().enumerate() {
        let path = format!("topics[{i}]");
        c.window(&path, t.window());
        c.facts(&path, "facts", &t.facts);
    }
    c.versions(
        "discrepancies",
        data.discrepancies.iter().map(|d| d.id.as_str()),
        &data.discrepancies,
    );
    for (i, d) in data.discrepancies.iter().enumerate() {
        let path = format!("discrepancies[{i}]");
        c.window(&path, d.window());
        for (j, r) in d.readings.iter().enumerate() {
            c.more_sources(&format!("{path}.readings[{j}]"), &r.more_sources);
        }
    }
    c.versions(
        "matters",
        data.matters.iter().map(|m| m.id.as_str()),
        &data.matters,
    );
    for (i, m) in data.matters.iter().enumerate() {
        let path = format!("matters[{i}]");
        c.window(&path, m.window());
        c.more_sources(&path, &m.more_sources);
    }
    c.versions(
        "scenarios",
        data.scenarios.iter().map(|s| s.id.as_str()),
        &data.scenarios,
    );
    for (i, s) in data.scenarios.iter().enumerate() {
        let path = format!("scenarios[{i}]");
        c.window(&path, s.window());
        c.more_sources(&path, &s.more_sources);
    }
    c.events(&data.events);
    c.problems
}

struct FileRules<'a> {
    sources: HashSet<&'a str>,
    /// The validity of every version of each body id.
    bodies: HashMap<&'a str, Vec<Validity>>,
    problems: Vec<Problem>,
}

impl<'a> FileRules<'a> {
    fn report(&mut self, path: String, message: impl Into<String>) {
        self.problems.push(Problem {
            path,
            message: message.into(),
        });
    }

    fn source_ref(&mut self, path: String, id: &str) {
        if id.trim().is_empty() {
            self.report(path, "missing source");
        } else if !self.sources.contains(id) {
            self.report(path, format!("unknown source {id:?}"));
        }
    }

    fn more_sources(&mut self, path: &str, ids: &[SharedStr]) {
        for (i, id) in ids.iter().enumerate() {
            self.source_ref(format!("{path}.more_sources[{i}]"), id);
        }
    }

    fn window(&mut self, path: &str, (from, until): (Option<&str>, Option<&str>)) {
        self.window_named(path, ("from", from), until);
    }

    /// Both ends are dates, and `until` comes after the start.
    fn window_named(
        &mut self,
        path: &str,
        (name, from): (&str, Option<&str>),
        until: Option<&str>,
    ) {
        for (field, value) in [(name, from), ("until", until)] {
            if let Some(message) = value.and_then(date_error) {
                self.report(format!("{path}.{field}"), message);
            }
        }
        if let (Some(from), Some(until)) = (from, until)
            && Validity::parse(Some(from), Some(until)).is_empty()
        {
            self.report(
                format!("{path}.until"),
                format!("until {until:?} is not after {name} {from:?}"),
            );
        }
    }

    /// Items of one list sharing an id (or acronym) are versions: their windows must not overlap.
    fn versions<'i, T: Dated + 'i>(
        &mut self,
        list: &str,
        ids: impl Iterator<Item = &'i str>,
        items: &[T],
    ) {
        let mut earlier: HashMap<&str, Vec<usize>> = HashMap::new();
        let field = if list == "memberships" {
            "acronym"
        } else {
            "id"
        };
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                continue;
            }
            let versions = earlier.entry(id).or_default();
            let mine = items[i].validity();
            if let Some(&j) = versions
                .iter()
                .find(|&&j| items[j].validity().overlaps(&mine))
            {
                let message = if mine.is_always() && items[j].validity().is_always() {
                    format!("duplicate {field} {id:?} (first at {list}[{j}])")
                } else {
                    format!(
                        "duplicate {field} {id:?}: this version ({}) overlaps {list}[{j}] ({})",
                        mine.describe(),
                        items[j].validity().describe()
                    )
                };
                self.report(format!("{list}[{i}].{field}"), message);
            }
            versions.push(i);
        }
    }

    fn correction(&mut self, path: &str, c: &Correction) {
        for (field, value) in [("says", &c.says), ("truth", &c.truth)] {
            if value.trim().is_empty() {
                self.report(format!("{path}.{field}"), format!("empty {field}"));
            }
        }
        self.source_ref(format!("{path}.source"), &c.source);
    }

    fn fact(&mut self, path: &str, f: &Fact) {
        self.window(path, f.window());
        self.more_sources(path, &f.more_sources);
        if let Some(c) = &f.correction {
            self.correction(&format!("{path}.correction"), c);
        }
    }

    fn facts(&mut self, path: &str, field: &str, facts: &[Fact]) {
        // Most facts carry none of the fields checked here: skip them without building their path.
        let checked = |f: &Fact| {
            f.from.is_some()
                || f.until.is_some()
                || !f.more_sources.is_empty()
                || f.correction.is_some()
        };
        for (i, f) in facts.iter().enumerate().filter(|(_, f)| checked(f)) {
            self.fact(&format!("{path}.{field}[{i}]"), f);
        }
    }

    /// Whether a version of body `id` holds on `date`, or ends on it (an event may end a body).
    fn body_at(&self, id: &str, date: &Date, or_ending: bool) -> bool {
        self.bodies.get(id).is_some_and(|versions| {
            versions
                .iter()
                .any(|v| v.valid_at(date) || (or_ending && v.until == Some(*date)))
        })
    }

    fn election(&mut self, i: usize, e: &Election) {
        let path = format!("elections[{i}]");
        if let Some(date) = Date::parse(&e.date)
            && self.bodies.contains_key(e.for_body.as_str())
            && !self.body_at(&e.for_body, &date, false)
        {
            self.report(
                format!("{path}.for_body"),
                format!(
                    "refers to {:?} outside its validity (on {date})",
                    e.for_body
                ),
            );
        }
        let mut percent = |field: String, value: f64| {
            if !value.is_finite() || !(0.0..=100.0).contains(&value) {
                self.report(
                    field,
                    format!("{value} is not a percentage between 0 and 100"),
                );
            }
        };
        if let Some(t) = e.turnout {
            percent(format!("{path}.turnout"), t);
        }
        if let Some(r) = &e.referendum {
            percent(format!("{path}.referendum.yes_percent"), r.yes_percent);
            if let Some(no) = r.no_percent {
                percent(format!("{path}.referendum.no_percent"), no);
            }
        }
        for (j, p) in e.parties.iter().enumerate() {
            percent(format!("{path}.parties[{j}].percent"), p.percent);
        }
        let sum: f64 = e.parties.iter().map(|p| p.percent).sum();
        if sum > 100.0 + 1e-6 && e.parties.iter().all(|p| (0.0..=100.0).contains(&p.percent)) {
            self.report(
                format!("{path}.parties"),
                format!("percentages add up to {sum:.1}, above 100"),
            );
        }
        self.facts(&path, "criticisms", &e.criticisms);
        self.facts(&path, "facts", &e.facts);
        self.more_sources(&path, &e.more_sources);
        for (j, c) in e.corrections.iter().enumerate() {
            self.correction(&format!("{path}.corrections[{j}]"), c);
        }
    }

    fn events(&mut self, events: &[Event]) {
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for (i, e) in events.iter().enumerate() {
            let path = format!("events[{i}]");
            if e.id.trim().is_empty() {
                self.report(format!("{path}.id"), "empty id");
            } else if let Some(first) = ids.get(e.id.as_str()) {
                self.report(
                    format!("{path}.id"),
                    format!("duplicate id {:?} (first at events[{first}])", e.id),
                );
            } else {
                ids.insert(&e.id, i);
            }
            if let Some(message) = date_error(&e.date) {
                self.report(format!("{path}.date"), message);
            }
            if e.text.trim().is_empty() {
                self.report(format!("{path}.text"), "empty text");
            }
            let date = Date::parse(&e.date);
            for (j, id) in e.bodies.iter().enumerate() {
                let field = format!("{path}.bodies[{j}]");
                if !self.bodies.contains_key(id.as_str()) {
                    self.report(field, format!("unknown id {id:?}"));
                } else if let Some(date) = date
                    && !self.body_at(id, &date, true)
                {
                    self.report(
                        field,
                        format!("refers to {id:?} outside its validity (on {date})"),
                    );
                }
            }
            if e.sources.is_empty() {
                self.report(
                    format!("{path}.sources"),
                    "no sources; an event needs at least one",
                );
            }
            for (j, id) in e.sources.iter().enumerate() {
                self.source_ref(format!("{path}.sources[{j}]"), id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_str;

    fn then_and_now() -> Dataset {
        load_str(
            "ruritania_then_now.ron",
            include_str!("../../tests/fixtures/ruritania_then_now.ron"),
        )
        .expect("the fixture parses")
    }

    fn problems(data: &Dataset) -> Vec<String> {
        validate(data).iter().map(ToString::to_string).collect()
    }

    fn index(data: &Dataset, id: &str) -> usize {
        data.bodies
            .iter()
            .position(|b| b.id == id)
            .expect("a body with that id")
    }

    #[test]
    fn the_fixture_is_valid_at_every_date() {
        assert_eq!(problems(&then_and_now()), Vec::<String>::new());
    }

    #[test]
    fn until_must_come_after_from() {
        let mut d = then_and_now();
        d.bodies[0].from = Some("2020".into());
        d.bodies[0].until = Some("2020-01-01".into());
        d.relations[0].since = Some("2021".into());
        d.relations[0].until = Some("2020".into());
        d.bodies[3].seats[0].until = Some("2019-13".into());
        let found = problems(&d);
        assert!(
            found.contains(
                &r#"bodies[0].until: until "2020-01-01" is not after from "2020""#.into()
            ),
            "{found:#?}"
        );
        assert!(
            found.contains(&r#"relations[0].until: until "2020" is not after since "2021""#.into()),
            "{found:#?}"
        );
        assert!(
            found.contains(
                &r#"bodies[3].seats[0].until: malformed date "2019-13"; expected YYYY, YYYY-MM or YYYY-MM-DD"#
                    .into()
            ),
            "{found:#?}"
        );
    }

    #[test]
    fn versions_of_one_body_must_not_overlap() {
        let mut d = then_and_now();
        let second = index(&d, "lower") + 1;
        d.bodies[second].from = Some("2023-01-01".into());
        assert_eq!(
            problems(&d),
            [format!(
                r#"bodies[{second}].id: duplicate id "lower": this version (from 2023-01-01 until 2026-07-01) overlaps bodies[4] (until 2023-03-19)"#
            )]
        );
    }

    #[test]
    fn undated_duplicates_keep_their_old_message() {
        let mut d = then_and_now();
        d.bodies.push(d.bodies[0].clone());
        assert_eq!(
            problems(&d),
            [r#"bodies[13].id: duplicate id "king" (first at bodies[0])"#]
        );
    }

    #[test]
    fn ids_without_versions_stay_unique() {
        let mut d = then_and_now();
        d.sources[1].id = "almanac".into();
        d.elections[1].id = "commons_2019".into();
        let found = problems(&d);
        assert!(
            found
                .contains(&r#"sources[1].id: duplicate id "almanac" (first at sources[0])"#.into()),
            "{found:#?}"
        );
        assert!(
            found.contains(
                &r#"elections[1].id: duplicate id "commons_2019" (first at elections[0])"#.into()
            ),
            "{found:#?}"
        );
    }

    #[test]
    fn a_relation_to_a_body_outside_its_validity() {
        let mut d = then_and_now();
        d.relations[3].until = None; // the King would appoint Lords after the house is gone
        assert_eq!(
            problems(&d),
            [r#"relations[3].to: refers to "upper" outside its validity (on 2026-07-01)"#]
        );
    }

    #[test]
    fn heads_matters_steps_and_subjects_outside_their_validity() {
        let mut d = then_and_now();
        d.overview.head_of_government = "council_of_elders".into();
        d.matters[1].until = None;
        d.matters.remove(2);
        d.scenarios[1].until = None;
        d.scenarios.remove(2);
        d.discrepancies[0].until = None;
        let found = problems(&d);
        for expected in [
            r#"overview.head_of_government: refers to "council_of_elders" outside its validity (on 2023-01-01)"#,
            r#"discrepancies[0].subjects[0]: refers to "lower" outside its validity (on 2026-07-01)"#,
            r#"matters[1].starts_at: refers to "council_of_elders" outside its validity (on 2023-01-01)"#,
            r#"scenarios[1].steps[0].at: refers to "council_of_elders" outside its validity (on 2023-01-01)"#,
        ] {
            assert!(
                found.contains(&expected.to_string()),
                "{expected} not in {found:#?}"
            );
        }
    }

    #[test]
    fn a_fact_part_of_a_discrepancy_that_has_ended() {
        let mut d = then_and_now();
        d.discrepancies[0].until = Some("2020".into());
        assert_eq!(
            problems(&d),
            [
                r#"bodies[4].facts[0].discrepancy: refers to "lower_term" outside its validity (on 2020)"#
            ]
        );
    }

    #[test]
    fn seats_must_add_up_at_every_date() {
        let mut d = then_and_now();
        let upper = index(&d, "upper");
        d.bodies[upper].seats[2].from = Some("2024".into());
        assert_eq!(
            problems(&d),
            [format!(
                "bodies[{upper}].seats: seat counts add up to 20, but members is 30 (on 2023-01-01)"
            )]
        );
    }

    #[test]
    fn scenarios_follow_the_appeals_valid_at_their_dates() {
        let mut d = then_and_now();
        d.relations[8].until = Some("2023".into());
        assert_eq!(
            problems(&d),
            [r#"scenarios[0].steps[2].at: no appeal from "high" to "supreme" (on 2023-01-01)"#]
        );
    }

    #[test]
    fn events_name_known_bodies_and_sources() {
        let mut d = then_and_now();
        d.events[0].bodies.push("regent".into());
        d.events[0].bodies.push("assembly".into());
        d.events[1].sources = vec!["wiki".into()];
        d.events[2].sources.clear();
        d.events[3].id = "reform_2023".into();
        d.events[3].date = "July 2026".into();
        assert_eq!(
            problems(&d),
            [
                r#"events[0].bodies[1]: unknown id "regent""#,
                r#"events[0].bodies[2]: refers to "assembly" outside its validity (on 2019-03-20)"#,
                r#"events[1].sources[0]: unknown source "wiki""#,
                "events[2].sources: no sources; an event needs at least one",
                r#"events[3].id: duplicate id "reform_2023" (first at events[1])"#,
                r#"events[3].date: malformed date "July 2026"; expected YYYY, YYYY-MM or YYYY-MM-DD"#,
            ]
        );
    }

    #[test]
    fn an_event_may_name_the_bodies_it_ends() {
        let d = then_and_now();
        assert_eq!(d.events[3].bodies, ["assembly", "diet", "upper", "lower"]);
        assert!(problems(&d).is_empty());
    }

    #[test]
    fn further_sources_and_corrections_must_be_declared() {
        let mut d = then_and_now();
        d.meta.base_source = Some("encyclopedia".into());
        d.overview
            .form_of_government
            .more_sources
            .push("wiki".into());
        d.overview.facts[2]
            .correction
            .as_mut()
            .expect("a correction")
            .source = "wiki".into();
        d.overview.facts[2]
            .correction
            .as_mut()
            .expect("a correction")
            .truth = " ".into();
        d.relations[0].more_sources.push("".into());
        d.elections[2].corrections[0].source = "wiki".into();
        d.discrepancies[0].readings[0]
            .more_sources
            .push("wiki".into());
        assert_eq!(
            problems(&d),
            [
                r#"meta.base_source: unknown source "encyclopedia""#,
                r#"overview.form_of_government.more_sources[1]: unknown source "wiki""#,
                "overview.facts[2].correction.truth: empty truth",
                r#"overview.facts[2].correction.source: unknown source "wiki""#,
                "relations[0].more_sources[0]: missing source",
                r#"elections[2].corrections[0].source: unknown source "wiki""#,
                r#"discrepancies[0].readings[0].more_sources[0]: unknown source "wiki""#,
            ]
        );
    }

    #[test]
    fn elections_are_checked_at_their_own_date() {
        let mut d = then_and_now();
        d.elections[0].for_body = "assembly".into();
        d.elections[1]
            .referendum
            .as_mut()
            .expect("a result")
            .yes_percent = 177.18;
        d.elections[2].turnout = Some(-3.0);
        d.elections[3].for_body = "".into();
        assert_eq!(
            problems(&d),
            [
                r#"elections[0].for_body: refers to "assembly" outside its validity (on 2019-03-10)"#,
                "elections[1].referendum.yes_percent: 177.18 is not a percentage between 0 and 100",
                "elections[2].turnout: -3 is not a percentage between 0 and 100",
                "elections[3].for_body: missing body id",
            ]
        );
    }

    #[test]
    fn a_body_valid_on_no_day_is_reported_once() {
        let mut d = then_and_now();
        let court = index(&d, "constitutional_court");
        d.bodies[court].until = Some("2023-01-01".into());
        let found = problems(&d);
        assert_eq!(
            found.first().map(String::as_str),
            Some(
                format!(
                    r#"bodies[{court}].until: until "2023-01-01" is not after from "2023-01-01""#
                )
                .as_str()
            ),
            "{found:#?}"
        );
    }
}
