//! The datasets themselves: the shipped one under `assets/` and the fictional test country. Every file must parse,
//! build a `Model`, and keep its references whole (every id it names exists, every source it cites is declared).
//! The reference check here is deliberately independent of `polity::model::validate`.

use polity::model::{
    Body, BodyKind, Dataset, Fact, Model, RelationKind, Superseded, load_file, load_str,
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

fn body<'a>(data: &'a Dataset, id: &str) -> &'a Body {
    data.bodies
        .iter()
        .find(|b| b.id == id)
        .unwrap_or_else(|| panic!("no body {id:?}"))
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

/// Collects problems as readable lines, each naming the item by its path in the dataset.
struct Checker<'a> {
    data: &'a Dataset,
    bodies: BTreeSet<&'a str>,
    sources: BTreeSet<&'a str>,
    discrepancies: BTreeSet<&'a str>,
    topics: BTreeSet<&'a str>,
    problems: Vec<String>,
    /// Discrepancy ids that at least one fact points at.
    cited_discrepancies: BTreeSet<String>,
}

impl<'a> Checker<'a> {
    fn new(data: &'a Dataset) -> Self {
        let mut checker = Checker {
            data,
            bodies: BTreeSet::new(),
            sources: BTreeSet::new(),
            discrepancies: BTreeSet::new(),
            topics: BTreeSet::new(),
            problems: Vec::new(),
            cited_discrepancies: BTreeSet::new(),
        };
        checker.bodies = checker.unique("bodies", data.bodies.iter().map(|b| b.id.as_str()));
        checker.sources = checker.unique("sources", data.sources.iter().map(|s| s.id.as_str()));
        checker.discrepancies = checker.unique(
            "discrepancies",
            data.discrepancies.iter().map(|d| d.id.as_str()),
        );
        checker.topics = checker.unique("topics", data.topics.iter().map(|t| t.id.as_str()));
        checker.unique("matters", data.matters.iter().map(|m| m.id.as_str()));
        checker.unique("scenarios", data.scenarios.iter().map(|s| s.id.as_str()));
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
        if let Some(id) = &fact.discrepancy {
            if !self.discrepancies.contains(id.as_str()) {
                self.problem(
                    format!("{path}.discrepancy"),
                    format!("no discrepancy {id:?}"),
                );
            }
            self.cited_discrepancies.insert(id.clone());
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
        }

        let o = &data.overview;
        self.fact("overview.form_of_government", &o.form_of_government);
        self.body("overview.head_of_state", &o.head_of_state);
        self.body("overview.head_of_government", &o.head_of_government);
        self.facts("overview.facts", &o.facts);

        for (i, b) in data.bodies.iter().enumerate() {
            let path = format!("bodies[{i}]");
            self.source(&path, &b.source, &b.as_of);
            self.facts(&format!("{path}.facts"), &b.facts);
            if let Some(short) = &b.short
                && short.chars().count() > 14
            {
                self.problem(
                    format!("{path}.short"),
                    format!("{short:?} is longer than 14"),
                );
            }
            if !b.seats.is_empty() {
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
        }

        for (i, e) in data.elections.iter().enumerate() {
            let path = format!("elections[{i}]");
            self.body(&format!("{path}.for_body"), &e.for_body);
            self.date(&format!("{path}.date"), &e.date);
            if let Some(s) = &e.scheduled {
                self.date(&format!("{path}.scheduled"), s);
            }
            self.source(&path, &e.source, &e.as_of);
            self.facts(&format!("{path}.criticisms"), &e.criticisms);
            self.facts(&format!("{path}.facts"), &e.facts);
            let total: f64 = e.results.iter().map(|r| r.percent).sum();
            if !(0.0..=100.0).contains(&total) {
                self.problem(
                    format!("{path}.results"),
                    format!("shares add up to {total}"),
                );
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
            if !self.cited_discrepancies.contains(&d.id) {
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

        self.problems
    }
}

fn reference_problems(data: &Dataset) -> Vec<String> {
    Checker::new(data).run()
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

// ── Key facts of the shipped dataset ─────────────────────────────────────────────────────────────────────────────

fn seat_counts(b: &Body) -> Vec<u32> {
    b.seats.iter().map(|s| s.count).collect()
}

fn relation_count(data: &Dataset, kind: RelationKind, from: &str, to: &str) -> Option<u32> {
    data.relations
        .iter()
        .find(|r| r.kind == kind && r.from == from && r.to == to)
        .unwrap_or_else(|| panic!("no {kind:?} relation {from} -> {to}"))
        .count
}

#[test]
fn shipped_parliament_and_courts() {
    let data = shipped();
    assert_eq!(data.overview.head_of_state, "president");
    assert_eq!(data.overview.head_of_government, "prime_minister");

    let majilis = body(&data, "majilis");
    assert_eq!(majilis.members, Some(107));
    assert_eq!(seat_counts(majilis), [98, 9]);
    let senate = body(&data, "senate");
    assert_eq!(senate.members, Some(47));
    assert_eq!(seat_counts(senate), [40, 7]);

    assert_eq!(
        relation_count(&data, RelationKind::Elects, "assembly_of_people", "majilis"),
        Some(9)
    );
    assert_eq!(
        relation_count(&data, RelationKind::Elects, "local_assemblies", "senate"),
        Some(40)
    );
    assert_eq!(
        relation_count(&data, RelationKind::Appoints, "president", "senate"),
        Some(7)
    );
    assert_eq!(
        relation_count(
            &data,
            RelationKind::Appoints,
            "president",
            "constitutional_council"
        ),
        Some(3)
    );
    relation_count(&data, RelationKind::MemberOf, "former_presidents", "senate");

    assert_eq!(body(&data, "supreme_court").members, Some(44));
    let council = body(&data, "constitutional_council");
    assert_eq!(council.members, Some(7));
    assert_eq!(
        council.court_level, None,
        "the Constitutional Council hears no appeals"
    );

    let levels: Vec<(&str, u8)> = data
        .bodies
        .iter()
        .filter_map(|b| b.court_level.map(|l| (b.id.as_str(), l)))
        .collect();
    assert_eq!(
        levels,
        [
            ("local_courts", 1),
            ("oblast_courts", 2),
            ("supreme_court", 3)
        ]
    );
    relation_count(
        &data,
        RelationKind::AppealsTo,
        "local_courts",
        "oblast_courts",
    );
    relation_count(
        &data,
        RelationKind::AppealsTo,
        "oblast_courts",
        "supreme_court",
    );
}

#[test]
fn shipped_election_of_2019() {
    let data = shipped();
    assert_eq!(data.elections.len(), 1);
    let e = &data.elections[0];
    assert_eq!(e.for_body, "president");
    assert_eq!(e.date, "2019-06-09");
    assert_eq!(e.scheduled.as_deref(), Some("2020"));
    assert_eq!(e.candidates_registered, Some(7));
    let results: Vec<(&str, f64)> = e
        .results
        .iter()
        .map(|r| (r.candidate.as_str(), r.percent))
        .collect();
    assert_eq!(
        results,
        [("Kassym-Jomart Tokayev", 71.0), ("Amirjan Qosanov", 16.0)]
    );
    assert_eq!(e.results[1].party.as_deref(), Some("Ult Tagdyry"));
    let criticisms = e
        .criticisms
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
        assert!(criticisms.contains(issue), "criticisms miss {issue:?}");
    }
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
fn shipped_discrepancies_are_the_known_four() {
    let data = shipped();
    let ids: Vec<&str> = data.discrepancies.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "majilis_term",
            "senate_terms",
            "legislative_power",
            "empty_executive_section"
        ]
    );
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
