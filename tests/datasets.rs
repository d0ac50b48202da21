//! The datasets themselves: the shipped one under `assets/` and the fictional test country. Every file must parse,
//! build a `Model`, and keep its references whole (every id it names exists, every source it cites is declared).
//! The reference check here is deliberately independent of `polity::model::validate`. The shipped dataset is
//! also checked at two dates: the article's (mid-2019) and the newest (the 2026 Constitution).

use polity::model::change_dates::change_dates;
use polity::model::snapshot::snapshot;
use polity::model::{
    Body, BodyKind, Correction, Dataset, Date, ElectionKind, ElectionStatus, Fact, Model,
    RelationKind, Superseded, Timeline, load_file, load_str,
};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

fn manifest_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn load(relative: &str) -> Dataset {
    let path = manifest_path(relative);
    load_file(&path).unwrap_or_else(|e| panic!("{e}"))
}

fn shipped() -> Dataset {
    load("assets/kazakhstan.ron")
}

fn ruritania() -> Dataset {
    load("tests/fixtures/ruritania.ron")
}

/// Every `.ron` file under `dir`, at any depth, in a stable order.
fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "ron") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

// ── The reference check ──────────────────────────────────────────────────────────────────────────────────────────

/// What a check looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// A file without dates: everything at once.
    UndatedFile,
    /// A dated file as a whole: ids may repeat as versions, and what depends on the date (seats adding up, a
    /// case's path, where a matter starts) is left to the check of each snapshot.
    DatedFile,
    /// One date's snapshot: strict, but items may name bodies of other dates where that is their point.
    Snapshot,
}

/// Collects problems as readable lines, each naming the item by its path in the dataset.
struct Checker<'a> {
    data: &'a Dataset,
    scope: Scope,
    bodies: BTreeSet<&'a str>,
    sources: BTreeSet<&'a str>,
    discrepancies: BTreeSet<&'a str>,
    topics: BTreeSet<&'a str>,
    problems: Vec<String>,
    /// Discrepancy ids that at least one fact points at.
    cited_discrepancies: BTreeSet<String>,
}

impl<'a> Checker<'a> {
    fn new(data: &'a Dataset, scope: Scope) -> Self {
        let mut checker = Checker {
            data,
            scope,
            bodies: BTreeSet::new(),
            sources: BTreeSet::new(),
            discrepancies: BTreeSet::new(),
            topics: BTreeSet::new(),
            problems: Vec::new(),
            cited_discrepancies: BTreeSet::new(),
        };
        checker.bodies = checker.versions(
            "bodies",
            data.bodies
                .iter()
                .map(|b| (b.id.as_str(), b.from.as_deref(), b.until.as_deref())),
        );
        checker.sources = checker.unique("sources", data.sources.iter().map(|s| s.id.as_str()));
        checker.discrepancies = checker.unique(
            "discrepancies",
            data.discrepancies.iter().map(|d| d.id.as_str()),
        );
        checker.topics = checker.unique("topics", data.topics.iter().map(|t| t.id.as_str()));
        checker.versions(
            "matters",
            data.matters
                .iter()
                .map(|m| (m.id.as_str(), m.from.as_deref(), m.until.as_deref())),
        );
        checker.versions(
            "scenarios",
            data.scenarios
                .iter()
                .map(|s| (s.id.as_str(), s.from.as_deref(), s.until.as_deref())),
        );
        checker.unique("elections", data.elections.iter().map(|e| e.id.as_str()));
        checker
    }

    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems
            .push(format!("{}: {}", path.into(), message.into()));
    }

    fn unique(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.problem(format!("{list}[{i}].id"), format!("duplicate id {id:?}"));
            }
        }
        seen
    }

    /// The ids of a list of dated items; one id may appear more than once as versions whose windows do not
    /// overlap.
    fn versions(
        &mut self,
        list: &str,
        items: impl Iterator<Item = (&'a str, Option<&'a str>, Option<&'a str>)>,
    ) -> BTreeSet<&'a str> {
        let mut seen: HashMap<&str, Vec<(String, String)>> = HashMap::new();
        for (i, (id, from, until)) in items.enumerate() {
            let window = (
                first_day(from.unwrap_or("0000")),
                first_day(until.unwrap_or("9999")),
            );
            if window.0 >= window.1 {
                self.problem(format!("{list}[{i}].until"), "not after its from");
            }
            let earlier = seen.entry(id).or_default();
            if earlier
                .iter()
                .any(|(from, until)| window.0 < *until && *from < window.1)
            {
                self.problem(
                    format!("{list}[{i}].id"),
                    format!("duplicate id {id:?} with an overlapping window"),
                );
            }
            earlier.push(window);
        }
        seen.into_keys().collect()
    }

    fn date(&mut self, path: &str, date: &str) {
        let parts: Vec<&str> = date.split('-').collect();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let ok = match parts.as_slice() {
            [y] => digits(y, 4),
            [y, m] => digits(y, 4) && digits(m, 2) && ("01"..="12").contains(m),
            [y, m, d] => {
                digits(y, 4)
                    && digits(m, 2)
                    && digits(d, 2)
                    && ("01"..="12").contains(m)
                    && ("01"..="31").contains(d)
            }
            _ => false,
        };
        if !ok {
            self.problem(path, format!("{date:?} is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
    }

    fn source(&mut self, path: &str, source: &str, as_of: &str) {
        if !self.sources.contains(source) {
            self.problem(
                format!("{path}.source"),
                format!("undeclared source {source:?}"),
            );
        }
        self.date(&format!("{path}.as_of"), as_of);
    }

    fn more_sources(&mut self, path: &str, ids: &[polity::model::SharedStr]) {
        for (i, id) in ids.iter().enumerate() {
            if !self.sources.contains(id.as_str()) {
                self.problem(
                    format!("{path}.more_sources[{i}]"),
                    format!("undeclared source {id:?}"),
                );
            }
        }
    }

    fn correction(&mut self, path: &str, c: &Correction) {
        if c.says.trim().is_empty() || c.truth.trim().is_empty() {
            self.problem(path, "a correction needs what is said and what is true");
        }
        if !self.sources.contains(c.source.as_str()) {
            self.problem(
                format!("{path}.source"),
                format!("undeclared source {:?}", c.source),
            );
        }
    }

    fn body(&mut self, path: &str, id: &str) {
        if !self.bodies.contains(id) {
            self.problem(path, format!("no body {id:?}"));
        }
    }

    fn superseded(&mut self, path: &str, s: &Superseded) {
        self.source(path, &s.source, &s.from);
    }

    fn fact(&mut self, path: &str, fact: &Fact) {
        if fact.text.trim().is_empty() {
            self.problem(format!("{path}.text"), "empty");
        }
        self.source(path, &fact.source, &fact.as_of);
        self.more_sources(path, &fact.more_sources);
        if let Some(c) = &fact.correction {
            self.correction(&format!("{path}.correction"), c);
        }
        if let Some(id) = &fact.discrepancy {
            if !self.discrepancies.contains(id.as_str()) {
                self.problem(
                    format!("{path}.discrepancy"),
                    format!("no discrepancy {id:?}"),
                );
            }
            self.cited_discrepancies.insert(id.to_string());
        }
        if let Some(s) = &fact.superseded {
            self.superseded(&format!("{path}.superseded"), s);
        }
    }

    fn facts(&mut self, path: &str, facts: &[Fact]) {
        for (i, fact) in facts.iter().enumerate() {
            self.fact(&format!("{path}[{i}]"), fact);
        }
    }

    fn run(mut self) -> Vec<String> {
        let data = self.data;
        for (i, s) in data.sources.iter().enumerate() {
            self.date(&format!("sources[{i}].as_of"), &s.as_of);
            if let Some(url) = &s.url
                && !looks_like_an_address(url)
            {
                self.problem(
                    format!("sources[{i}].url"),
                    format!("{url:?} is not an address"),
                );
            }
        }
        if let Some(base) = &data.meta.base_source
            && !self.sources.contains(base.as_str())
        {
            self.problem("meta.base_source", format!("undeclared source {base:?}"));
        }

        let o = &data.overview;
        self.fact("overview.form_of_government", &o.form_of_government);
        self.body("overview.head_of_state", &o.head_of_state);
        self.body("overview.head_of_government", &o.head_of_government);
        self.facts("overview.facts", &o.facts);

        for (i, b) in data.bodies.iter().enumerate() {
            let path = format!("bodies[{i}]");
            self.source(&path, &b.source, &b.as_of);
            self.more_sources(&path, &b.more_sources);
            self.facts(&format!("{path}.facts"), &b.facts);
            // What a body replaced, an event and a past election may name bodies of other dates.
            if self.file_level() {
                for (j, id) in b.replaces.iter().enumerate() {
                    self.body(&format!("{path}.replaces[{j}]"), id);
                }
            }
            if let Some(short) = &b.short
                && short.chars().count() > 14
            {
                self.problem(
                    format!("{path}.short"),
                    format!("{short:?} is longer than 14"),
                );
            }
            if !b.seats.is_empty() && self.scope != Scope::DatedFile {
                let sum: u32 = b.seats.iter().map(|s| s.count).sum();
                if b.members.is_some_and(|m| m != sum) {
                    self.problem(
                        format!("{path}.seats"),
                        format!("seats add up to {sum}, members is {:?}", b.members),
                    );
                }
            }
            if b.court_level.is_some() && b.kind != BodyKind::Court {
                self.problem(format!("{path}.court_level"), "only courts have a level");
            }
        }

        for (i, r) in data.relations.iter().enumerate() {
            let path = format!("relations[{i}]");
            self.body(&format!("{path}.from"), &r.from);
            self.body(&format!("{path}.to"), &r.to);
            self.source(&path, &r.source, &r.as_of);
            self.more_sources(&path, &r.more_sources);
        }

        for (i, e) in data.elections.iter().enumerate() {
            let path = format!("elections[{i}]");
            // A referendum elects no one, so it may name no body.
            if self.file_level() && !(e.kind == ElectionKind::Referendum && e.for_body.is_empty()) {
                self.body(&format!("{path}.for_body"), &e.for_body);
            }
            self.more_sources(&path, &e.more_sources);
            for (j, c) in e.corrections.iter().enumerate() {
                self.correction(&format!("{path}.corrections[{j}]"), c);
            }
            self.date(&format!("{path}.date"), &e.date);
            if let Some(s) = &e.scheduled {
                self.date(&format!("{path}.scheduled"), s);
            }
            self.source(&path, &e.source, &e.as_of);
            self.facts(&format!("{path}.criticisms"), &e.criticisms);
            self.facts(&format!("{path}.facts"), &e.facts);
            for (list, total) in [
                ("results", e.results.iter().map(|r| r.percent).sum::<f64>()),
                ("parties", e.parties.iter().map(|p| p.percent).sum::<f64>()),
            ] {
                // A hundredth of a point of rounding in the source is allowed.
                if !(0.0..=100.01).contains(&total) {
                    self.problem(
                        format!("{path}.{list}"),
                        format!("shares add up to {total}"),
                    );
                }
            }
        }

        for (i, m) in data.memberships.iter().enumerate() {
            let path = format!("memberships[{i}]");
            self.source(&path, &m.source, &m.as_of);
            if let Some(s) = &m.superseded {
                self.superseded(&format!("{path}.superseded"), s);
            }
        }

        for (i, t) in data.topics.iter().enumerate() {
            self.facts(&format!("topics[{i}].facts"), &t.facts);
        }

        for (i, d) in data.discrepancies.iter().enumerate() {
            let path = format!("discrepancies[{i}]");
            if d.readings.len() < 2 {
                self.problem(format!("{path}.readings"), "needs at least two readings");
            }
            for (j, r) in d.readings.iter().enumerate() {
                self.source(&format!("{path}.readings[{j}]"), &r.source, &r.as_of);
            }
            for (j, s) in d.subjects.iter().enumerate() {
                if !self.bodies.contains(s.as_str()) && !self.topics.contains(s.as_str()) {
                    self.problem(
                        format!("{path}.subjects[{j}]"),
                        format!("no body or topic {s:?}"),
                    );
                }
            }
        }
        for d in &data.discrepancies {
            // In a snapshot the facts of a discrepancy may hold at other dates than the discrepancy.
            if !self.cited_discrepancies.contains(d.id.as_str()) && self.file_level() {
                self.problem(
                    format!("discrepancies {:?}", d.id),
                    "no fact is marked as part of it",
                );
            }
        }

        let starts: HashMap<&str, &str> = data
            .matters
            .iter()
            .map(|m| (m.id.as_str(), m.starts_at.as_str()))
            .collect();
        for (i, m) in data.matters.iter().enumerate() {
            let path = format!("matters[{i}]");
            self.body(&format!("{path}.starts_at"), &m.starts_at);
            self.source(&path, &m.source, &m.as_of);
        }

        let appeals: BTreeSet<(&str, &str)> = data
            .relations
            .iter()
            .filter(|r| r.kind == RelationKind::AppealsTo)
            .map(|r| (r.from.as_str(), r.to.as_str()))
            .collect();
        for (i, s) in data.scenarios.iter().enumerate() {
            let path = format!("scenarios[{i}]");
            self.source(&path, &s.source, &s.as_of);
            if self.scope == Scope::DatedFile {
                for (j, step) in s.steps.iter().enumerate() {
                    self.body(&format!("{path}.steps[{j}].at"), &step.at);
                }
                continue;
            }
            match (starts.get(s.matter.as_str()), s.steps.first()) {
                (None, _) => self.problem(
                    format!("{path}.matter"),
                    format!("no matter {:?}", s.matter),
                ),
                (_, None) => self.problem(format!("{path}.steps"), "no steps"),
                (Some(start), Some(first)) if *start != first.at => self.problem(
                    format!("{path}.steps[0].at"),
                    format!(
                        "{:?} is not where {:?} starts ({start:?})",
                        first.at, s.matter
                    ),
                ),
                _ => {}
            }
            for (j, step) in s.steps.iter().enumerate() {
                self.body(&format!("{path}.steps[{j}].at"), &step.at);
                if j > 0 && !appeals.contains(&(s.steps[j - 1].at.as_str(), step.at.as_str())) {
                    self.problem(
                        format!("{path}.steps[{j}]"),
                        format!("no AppealsTo edge from {:?}", s.steps[j - 1].at),
                    );
                }
            }
        }

        for (i, e) in data.events.iter().enumerate() {
            let path = format!("events[{i}]");
            self.date(&format!("{path}.date"), &e.date);
            if e.sources.is_empty() {
                self.problem(format!("{path}.sources"), "no source");
            }
            for (j, id) in e.sources.iter().enumerate() {
                if !self.sources.contains(id.as_str()) {
                    self.problem(
                        format!("{path}.sources[{j}]"),
                        format!("undeclared source {id:?}"),
                    );
                }
            }
            if self.file_level() {
                for (j, id) in e.bodies.iter().enumerate() {
                    self.body(&format!("{path}.bodies[{j}]"), id);
                }
            }
        }

        self.problems
    }
}

/// A partial date as the day it starts, for comparing windows as text: `2023` is `2023-01-01`.
fn first_day(date: &str) -> String {
    match date.len() {
        4 => format!("{date}-01-01"),
        7 => format!("{date}-01"),
        _ => date.to_string(),
    }
}

/// `http(s)://host.tld/...` with no spaces: something a reader can type or follow.
fn looks_like_an_address(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split('/').next().unwrap_or_default();
    host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl Checker<'_> {
    /// Checking a whole file (dated or not) rather than one date's snapshot of it.
    fn file_level(&self) -> bool {
        self.scope != Scope::Snapshot
    }
}

/// The file's references, then, for a dated file, everything again in the snapshot of every change date
/// (its problems named by the file's paths).
fn reference_problems(data: &Dataset) -> Vec<String> {
    let dates = change_dates(data);
    let scope = if dates.is_empty() {
        Scope::UndatedFile
    } else {
        Scope::DatedFile
    };
    let mut problems = Checker::new(data, scope).run();
    for date in &dates {
        let (at, origins) = snapshot(data, Some(date));
        for line in Checker::new(&at, Scope::Snapshot).run() {
            let (path, message) = line.split_once(": ").unwrap_or((&line, ""));
            problems.push(format!("at {date}: {}: {message}", origins.file_path(path)));
        }
    }
    problems
}

fn assert_whole(name: &str, data: &Dataset) {
    let problems = reference_problems(data);
    assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
}

// ── Every dataset ────────────────────────────────────────────────────────────────────────────────────────────────

#[test]
fn every_shipped_ron_file_parses_and_is_whole() {
    let files = ron_files(&manifest_path("assets"));
    assert!(!files.is_empty(), "no .ron files under assets/");
    for path in files {
        let data = load_file(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_whole(&path.display().to_string(), &data);
        if let Err(problems) = Model::new(data) {
            let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            panic!("{}:\n{}", path.display(), lines.join("\n"));
        }
    }
}

#[test]
fn shipped_dataset_builds_a_model() {
    assert!(Model::new(shipped()).is_ok());
    assert!(
        timeline().len() > 2,
        "the shipped dataset changes over time"
    );
}

#[test]
fn fictional_dataset_builds_a_model_and_is_whole() {
    let data = ruritania();
    assert_whole("ruritania.ron", &data);
    assert!(Model::new(data).is_ok());
}

#[test]
fn embedded_dataset_is_the_shipped_file() {
    let embedded =
        load_str(polity::embedded::NAME, polity::embedded::TEXT).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(embedded, shipped());
}

#[test]
fn reference_check_catches_broken_references() {
    let mut data = ruritania();
    data.relations[0].to = "nobody".into();
    data.bodies[0].source = "nowhere".into();
    data.scenarios[0].steps.swap(1, 2);
    let problems = reference_problems(&data);
    let text = problems.join("\n");
    assert!(
        text.contains("relations[0].to: no body \"nobody\""),
        "{text}"
    );
    assert!(
        text.contains("bodies[0].source: undeclared source \"nowhere\""),
        "{text}"
    );
    assert!(text.contains("scenarios[0].steps[1]"), "{text}");
}

#[test]
fn the_changing_fictional_dataset_is_whole() {
    let data = load("tests/fixtures/ruritania_then_now.ron");
    assert_whole("ruritania_then_now.ron", &data);
    assert!(Model::new(data).is_ok());
}

#[test]
fn reference_check_catches_broken_time_and_provenance() {
    let mut data = load("tests/fixtures/ruritania_then_now.ron");
    let lower = data
        .bodies
        .iter()
        .position(|b| b.id == "lower")
        .expect("a lower house");
    // The first version of the lower house now runs into the second.
    data.bodies[lower].until = Some("2024".into());
    data.sources[0].url = Some("gazette dot example".into());
    // The guild seats no longer add up from the date they start.
    let upper = data
        .bodies
        .iter()
        .position(|b| b.id == "upper")
        .expect("an upper house");
    let guild = data.bodies[upper]
        .seats
        .iter()
        .position(|g| g.label == "Guild seats")
        .expect("guild seats");
    data.bodies[upper].seats[guild].count += 1;
    data.events[0].bodies.push("nobody".into());
    data.events[0].sources = vec!["nowhere".into()];
    let text = reference_problems(&data).join("\n");
    assert!(
        text.contains("duplicate id \"lower\" with an overlapping window"),
        "{text}"
    );
    assert!(
        text.contains("sources[0].url: \"gazette dot example\" is not an address"),
        "{text}"
    );
    assert!(
        text.contains("events[0].bodies[") && text.contains("no body \"nobody\""),
        "{text}"
    );
    assert!(
        text.contains("events[0].sources[0]: undeclared source \"nowhere\""),
        "{text}"
    );
    assert!(looks_like_an_address(
        "https://en.wikipedia.org/wiki/Kazakhstan"
    ));
    for bad in [
        "",
        "www.example.org",
        "https://",
        "https://localhost/x",
        "https://a.org/x y",
    ] {
        assert!(!looks_like_an_address(bad), "{bad:?}");
    }
}

// ── Key facts of the shipped dataset, at the article's date and today ───────────────────────────────────────────

fn timeline() -> Timeline {
    Timeline::new(shipped()).unwrap_or_else(|problems| {
        let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        panic!("{}", lines.join("\n"))
    })
}

/// The snapshot of the article's own date (`meta.base_source`).
fn at_the_articles_date(t: &Timeline) -> &Model {
    assert_eq!(
        t.base_date().map(|d| d.to_string()).as_deref(),
        Some("2019-06-09")
    );
    t.snapshot(t.base_index().expect("the article's date is a change date"))
}

/// The snapshot in force on `date`.
fn on<'a>(t: &'a Timeline, date: &str) -> &'a Model {
    let date = Date::parse(date).expect("a date");
    t.snapshot(t.index_on(&date).expect("a snapshot then"))
}

fn today(t: &Timeline) -> &Model {
    t.snapshot(t.newest())
}

fn seat_counts(b: &Body) -> Vec<u32> {
    b.seats.iter().map(|s| s.count).collect()
}

fn relation_count(model: &Model, kind: RelationKind, from: &str, to: &str) -> Option<u32> {
    model
        .data
        .relations
        .iter()
        .find(|r| r.kind == kind && r.from == from && r.to == to)
        .unwrap_or_else(|| panic!("no {kind:?} relation {from} -> {to}"))
        .count
}

fn has_relation(model: &Model, kind: RelationKind, from: &str, to: &str) -> bool {
    model
        .relations_of_kind(kind)
        .any(|r| r.from == from && r.to == to)
}

fn court_levels(model: &Model) -> Vec<(&str, u8)> {
    model
        .data
        .bodies
        .iter()
        .filter_map(|b| b.court_level.map(|l| (b.id.as_str(), l)))
        .collect()
}

fn member_count(model: &Model, id: &str) -> Option<u32> {
    model
        .body(id)
        .unwrap_or_else(|| panic!("no body {id:?} at {:?}", model.as_of))
        .members
}

#[test]
fn shipped_parliament_and_courts_at_the_articles_date() {
    let t = timeline();
    let then = at_the_articles_date(&t);
    assert_eq!(then.data.overview.head_of_state, "president");
    assert_eq!(then.data.overview.head_of_government, "prime_minister");

    // Two chambers, as the article gives them: 107 and 47.
    let majilis = then.body("majilis").expect("the Majilis in 2019");
    assert_eq!(majilis.members, Some(107));
    assert_eq!(seat_counts(majilis), [98, 9]);
    let senate = then.body("senate").expect("the Senate in 2019");
    assert_eq!(senate.members, Some(47));
    assert_eq!(seat_counts(senate), [40, 7]);
    assert!(
        then.body("kurultai").is_none(),
        "no one-chamber parliament in 2019"
    );

    assert_eq!(
        relation_count(then, RelationKind::Elects, "assembly_of_people", "majilis"),
        Some(9)
    );
    assert_eq!(
        relation_count(then, RelationKind::Elects, "local_assemblies", "senate"),
        Some(40)
    );
    assert_eq!(
        relation_count(then, RelationKind::Appoints, "president", "senate"),
        Some(7)
    );
    assert_eq!(
        relation_count(
            then,
            RelationKind::Appoints,
            "president",
            "constitutional_council"
        ),
        Some(3)
    );
    assert!(has_relation(
        then,
        RelationKind::MemberOf,
        "former_presidents",
        "senate"
    ));
    // What the article says about the Senate is kept, with what was true instead.
    let corrected = senate
        .facts
        .iter()
        .find(|f| f.text.contains("47 members"))
        .and_then(|f| f.correction.as_ref())
        .expect("the Senate's composition carries a correction");
    assert!(
        corrected.truth.contains("15 appointed"),
        "{}",
        corrected.truth
    );

    assert_eq!(member_count(then, "supreme_court"), Some(44));
    let council = then
        .body("constitutional_council")
        .expect("the Council in 2019");
    assert_eq!(council.members, Some(7));
    assert_eq!(
        council.court_level, None,
        "the Constitutional Council hears no appeals"
    );
    assert!(then.body("constitutional_court").is_none());
    assert_eq!(
        court_levels(then),
        [
            ("local_courts", 1),
            ("oblast_courts", 2),
            ("supreme_court", 3)
        ]
    );
    assert!(has_relation(
        then,
        RelationKind::AppealsTo,
        "local_courts",
        "oblast_courts"
    ));
    assert!(has_relation(
        then,
        RelationKind::AppealsTo,
        "oblast_courts",
        "supreme_court"
    ));
}

#[test]
fn shipped_parliament_after_the_2022_amendments() {
    let t = timeline();
    let then = on(&t, "2023-06-01");
    let majilis = then.body("majilis").expect("the Majilis in 2023");
    assert_eq!(majilis.members, Some(98));
    assert_eq!(seat_counts(majilis), [69, 29]);
    let senate = then.body("senate").expect("the Senate in 2023");
    assert_eq!(senate.members, Some(50));
    assert_eq!(seat_counts(senate), [40, 5, 5]);
    assert_eq!(member_count(then, "constitutional_court"), Some(11));
    assert!(then.body("constitutional_council").is_none());
    assert!(
        !then
            .relations_of_kind(RelationKind::Elects)
            .any(|r| r.from == "assembly_of_people")
    );
}

#[test]
fn shipped_parliament_and_courts_today() {
    let t = timeline();
    let now = today(&t);
    assert_eq!(
        now.as_of.map(|d| d.to_string()).as_deref(),
        Some("2026-08-23")
    );
    // One chamber of 145, all from party lists; both old chambers gone.
    let kurultai = now.body("kurultai").expect("the Kurultai today");
    assert_eq!(kurultai.kind, BodyKind::Parliament);
    assert_eq!(kurultai.members, Some(145));
    assert_eq!(seat_counts(kurultai), [145]);
    for gone in ["majilis", "senate", "parliament", "constitutional_council"] {
        assert!(now.body(gone).is_none(), "{gone} still holds today");
    }
    let chambers = now
        .data
        .bodies
        .iter()
        .filter(|b| b.kind == BodyKind::Chamber)
        .count();
    assert_eq!(chambers, 0);
    assert!(now.body("vice_president").is_some());
    assert!(now.body("halyk_kenesi").is_some());

    let court = now
        .body("constitutional_court")
        .expect("the Constitutional Court");
    assert_eq!(court.members, Some(11));
    assert_eq!(court.court_level, None);
    assert_eq!(court.replaces, ["constitutional_council"]);

    // Three cassation courts on one level between the oblast courts and the Supreme Court.
    assert_eq!(
        court_levels(now),
        [
            ("local_courts", 1),
            ("oblast_courts", 2),
            ("cassation_criminal", 3),
            ("cassation_civil", 3),
            ("cassation_administrative", 3),
            ("supreme_court", 4)
        ]
    );
    for cassation in [
        "cassation_criminal",
        "cassation_civil",
        "cassation_administrative",
    ] {
        assert!(has_relation(
            now,
            RelationKind::AppealsTo,
            "oblast_courts",
            cassation
        ));
        assert!(has_relation(
            now,
            RelationKind::AppealsTo,
            cassation,
            "supreme_court"
        ));
    }
    assert!(!has_relation(
        now,
        RelationKind::AppealsTo,
        "oblast_courts",
        "supreme_court"
    ));
}

#[test]
fn shipped_body_versions_follow_each_other() {
    let t = timeline();
    let windows =
        |id: &str| -> Vec<String> { t.versions(id).map(|(_, _, v)| v.describe()).collect() };
    assert_eq!(
        windows("majilis"),
        ["until 2023-03-19", "from 2023-03-19 until 2026-07-01"]
    );
    assert_eq!(
        windows("senate"),
        ["until 2023-01-24", "from 2023-01-24 until 2026-07-01"]
    );
    assert_eq!(
        windows("supreme_court"),
        ["until 2025-07-01", "from 2025-07-01"]
    );
    let replacing: BTreeSet<&str> = ["majilis", "senate", "parliament"]
        .iter()
        .flat_map(|id| t.replaced_by(id).map(|b| b.id.as_str()))
        .collect();
    assert_eq!(replacing, BTreeSet::from(["kurultai"]));
    assert_eq!(
        t.ends("senate").map(|d| d.to_string()).as_deref(),
        Some("2026-07-01")
    );
}

#[test]
fn shipped_election_of_2019() {
    let t = timeline();
    let then = at_the_articles_date(&t);
    let ids: Vec<&str> = then.data.elections.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["presidential_2019"],
        "the only election the article knows"
    );
    let e = &then.data.elections[0];
    assert_eq!(e.kind, ElectionKind::Presidential);
    assert_eq!(e.for_body, "president");
    assert_eq!(e.date, "2019-06-09");
    assert_eq!(e.scheduled.as_deref(), Some("2020"));
    assert_eq!(e.candidates_registered, Some(7));
    assert_eq!(e.turnout, Some(77.4));
    // The final results, with the precision the commission gives.
    let results: Vec<(&str, f64)> = e
        .results
        .iter()
        .map(|r| (r.candidate.as_str(), r.percent))
        .take(2)
        .collect();
    assert_eq!(
        results,
        [("Kassym-Jomart Tokayev", 70.96), ("Amirjan Qosanov", 16.23)]
    );
    assert_eq!(e.results.len(), 7);
    assert_eq!(e.results[1].party.as_deref(), Some("Ult Tagdyry"));
    // What the article says (71 and 16, re-elected) stays, each with its correction.
    let rounded = e
        .corrections
        .iter()
        .find(|c| c.says.contains("71%") && c.says.contains("16%"))
        .expect("a correction of the rounded shares");
    assert!(rounded.truth.contains("70.96%") && rounded.truth.contains("16.23%"));
    assert!(e.corrections.iter().any(|c| c.says.contains("re-elected")));
    let said = |needle: &str| -> &Fact {
        e.facts
            .iter()
            .find(|f| f.source == "politics_article" && f.text.contains(needle))
            .unwrap_or_else(|| panic!("no fact of the article with {needle:?}"))
    };
    let tokayev = said("71%");
    assert!(tokayev.text.contains("re-elected"));
    let truth = &tokayev.correction.as_ref().expect("corrected").truth;
    assert!(
        truth.contains("70.96%") && truth.contains("first election"),
        "{truth}"
    );
    let qosanov = said("16%");
    assert!(
        qosanov
            .correction
            .as_ref()
            .is_some_and(|c| c.truth.contains("16.23%"))
    );

    // The article's criticism of elections in general, and the observers' of this one.
    let general = then
        .data
        .topics
        .iter()
        .find(|t| t.id == "election_fairness")
        .expect("the topic on fair elections")
        .facts
        .iter()
        .map(|f| f.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    for issue in [
        "ballot",
        "more than once",
        "harass",
        "censorship",
        "free or fair",
    ] {
        assert!(general.contains(issue), "criticisms miss {issue:?}");
    }
    assert!(
        e.criticisms
            .iter()
            .any(|f| f.text.contains("ballot-box stuffing"))
    );
}

#[test]
fn shipped_elections_of_every_kind() {
    let t = timeline();
    let data = &t.full().data;
    let election = |id: &str| {
        data.elections
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("no election {id}"))
    };
    let referendum = election("referendum_2026");
    assert_eq!(referendum.kind, ElectionKind::Referendum);
    assert_eq!(referendum.for_body, "", "a referendum elects no body");
    assert!(referendum.question.is_some());
    let outcome = referendum.referendum.as_ref().expect("its outcome");
    assert_eq!(outcome.yes_percent, 87.15);
    assert_eq!(outcome.no_percent, Some(9.83));
    assert_eq!(referendum.turnout, Some(73.12));

    let majilis = election("majilis_2023");
    assert_eq!(majilis.kind, ElectionKind::Parliamentary);
    let amanat = &majilis.parties[0];
    assert_eq!(
        (amanat.party.as_str(), amanat.percent, amanat.seats),
        ("Amanat", 53.9, Some(40))
    );

    // Called, and its results unknown: none are invented.
    let kurultai = election("kurultai_2026");
    assert_eq!(kurultai.status, ElectionStatus::Called);
    assert_eq!(kurultai.for_body, "kurultai");
    assert!(kurultai.results.is_empty() && kurultai.parties.is_empty());
    assert_eq!(kurultai.turnout, None);
    assert!(
        today(&t)
            .data
            .elections
            .iter()
            .any(|e| e.id == "kurultai_2026")
    );
}

#[test]
fn shipped_memberships() {
    let data = shipped();
    assert_eq!(data.memberships.len(), 44);
    let statuses: BTreeSet<&str> = data.memberships.iter().map(|m| m.status.as_str()).collect();
    assert_eq!(
        statuses,
        BTreeSet::from(["associate", "member", "observer"])
    );
    let status = |acronym: &str| {
        data.memberships
            .iter()
            .find(|m| m.acronym == acronym)
            .unwrap_or_else(|| panic!("no membership {acronym}"))
    };
    assert_eq!(status("NAM").status, "observer");
    assert_eq!(status("OAS").status, "observer");
    assert_eq!(status("IFRCS").status, "associate");
    let wto = status("WTrO");
    assert_eq!(wto.status, "observer");
    assert_eq!(
        wto.superseded.as_ref().map(|s| s.by.as_str()),
        Some("full member")
    );
    assert!(data.memberships.iter().all(|m| m.as_of == "2003"));
}

#[test]
fn shipped_discrepancies_inside_the_article_and_between_sources() {
    let data = shipped();
    let one_source = |d: &&polity::model::Discrepancy| {
        d.readings.iter().all(|r| r.source == d.readings[0].source)
    };
    let in_the_article: Vec<&str> = data
        .discrepancies
        .iter()
        .filter(one_source)
        .filter(|d| d.readings[0].source == "politics_article")
        .map(|d| d.id.as_str())
        .collect();
    // The article's own contradictions, the four it always had among them.
    for id in [
        "majilis_term",
        "senate_terms",
        "legislative_power",
        "empty_executive_section",
    ] {
        assert!(
            in_the_article.contains(&id),
            "{id} not in {in_the_article:?}"
        );
    }
    let between: Vec<&str> = data
        .discrepancies
        .iter()
        .filter(|d| !one_source(d))
        .map(|d| d.id.as_str())
        .collect();
    assert!(between.contains(&"turnout_2019"), "{between:?}");
    assert!(between.len() >= 3, "{between:?}");
}

#[test]
fn every_shipped_source_with_an_address_looks_like_one() {
    let data = shipped();
    let with_url = data.sources.iter().filter(|s| s.url.is_some()).count();
    assert!(with_url >= 100, "only {with_url} sources have an address");
    for s in &data.sources {
        if let Some(url) = &s.url {
            assert!(looks_like_an_address(url), "{}: {url:?}", s.id);
        }
    }
    // Each later change is cited to a page one can open: every event has a source with an address.
    let addressed: BTreeSet<&str> = data
        .sources
        .iter()
        .filter(|s| s.url.is_some())
        .map(|s| s.id.as_str())
        .collect();
    for e in &data.events {
        assert!(
            e.sources.iter().any(|id| addressed.contains(id.as_str())),
            "event {} cites no source with an address",
            e.id
        );
    }
}

// ── The fictional country really is shaped differently ───────────────────────────────────────────────────────────

#[test]
fn fictional_dataset_differs_in_shape() {
    let data = ruritania();
    let chambers = data
        .bodies
        .iter()
        .filter(|b| b.kind == BodyKind::Chamber)
        .count();
    assert_eq!(chambers, 0, "one-chamber parliament");
    let appeals = data
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::AppealsTo)
        .count();
    assert_eq!(appeals, 3);
    let top = data.bodies.iter().filter_map(|b| b.court_level).max();
    assert_eq!(top, Some(4));
    assert!(data.matters.len() >= 2 && data.scenarios.len() >= 3);
    assert!(data.memberships.len() >= 2 && data.discrepancies.len() == 1);
    assert!(data.elections.iter().any(|e| e.results.len() >= 3));
    let wide = data
        .bodies
        .iter()
        .flat_map(|b| b.names.values())
        .chain(data.meta.names.values())
        .any(|n| n.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    assert!(wide, "some CJK names to exercise display width");
}
