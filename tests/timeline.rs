//! The property every dataset must have at every date it changes: its snapshot is a whole, valid dataset on its
//! own. Every reference resolves, the seats add up, every case follows the appeals valid then, and each item
//! remembers the file's item it came from.

use polity::model::validate::validate as validate_snapshot;
use polity::model::{Dataset, Model, RelationKind, Timeline, load_file};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Every dataset the project ships or tests with, except the deliberately broken ones.
fn datasets() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["assets", "tests/fixtures"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("a dataset folder") {
            let path = entry.expect("a directory entry").path();
            if path.extension().is_some_and(|e| e == "ron") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    files
}

fn timeline(path: &Path) -> Timeline {
    let data = load_file(path).unwrap_or_else(|e| panic!("{e}"));
    Timeline::new(data).unwrap_or_else(|problems| {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{}:\n{}", path.display(), lines.join("\n"))
    })
}

/// What is wrong with one snapshot, checked without the library's validator.
fn reference_problems(snap: &Model) -> Vec<String> {
    let d: &Dataset = &snap.data;
    let mut problems = Vec::new();
    let mut bodies = HashSet::new();
    for b in &d.bodies {
        if !bodies.insert(b.id.as_str()) {
            problems.push(format!("body {:?} twice", b.id));
        }
    }
    let sources: HashSet<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();
    let matters: HashMap<&str, &str> = d
        .matters
        .iter()
        .map(|m| (m.id.as_str(), m.starts_at.as_str()))
        .collect();
    let discrepancies: HashSet<&str> = d.discrepancies.iter().map(|x| x.id.as_str()).collect();
    let topics: HashSet<&str> = d.topics.iter().map(|t| t.id.as_str()).collect();
    let mut body = |what: String, id: &str| {
        if !bodies.contains(id) {
            problems.push(format!("{what} names {id:?}, which does not hold then"));
        }
    };
    body("head of state".into(), &d.overview.head_of_state);
    body("head of government".into(), &d.overview.head_of_government);
    for r in &d.relations {
        body(format!("{:?} relation", r.kind), &r.from);
        body(format!("{:?} relation", r.kind), &r.to);
    }
    for m in &d.matters {
        body(format!("matter {}", m.id), &m.starts_at);
    }
    for s in &d.scenarios {
        for step in &s.steps {
            body(format!("scenario {}", s.id), &step.at);
        }
    }
    let appeals: HashSet<(&str, &str)> = d
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::AppealsTo)
        .map(|r| (r.from.as_str(), r.to.as_str()))
        .collect();
    for s in &d.scenarios {
        match (matters.get(s.matter.as_str()), s.steps.first()) {
            (Some(start), Some(first)) if *start == first.at => {}
            _ => problems.push(format!(
                "scenario {} does not start where its matter does",
                s.id
            )),
        }
        for pair in s.steps.windows(2) {
            // A case's last step may leave the appeal chain (`outside`).
            if !pair[1].outside && !appeals.contains(&(pair[0].at.as_str(), pair[1].at.as_str())) {
                problems.push(format!(
                    "scenario {}: no appeal from {} to {}",
                    s.id, pair[0].at, pair[1].at
                ));
            }
        }
    }
    for b in &d.bodies {
        let sum: u32 = b.seats.iter().map(|g| g.count).sum();
        if let (Some(members), false) = (b.members, b.seats.is_empty())
            && sum != members
        {
            problems.push(format!(
                "{}: seats add up to {sum}, members {members}",
                b.id
            ));
        }
    }
    for x in &d.discrepancies {
        for s in &x.subjects {
            if !bodies.contains(s.as_str()) && !topics.contains(s.as_str()) {
                problems.push(format!("discrepancy {} names {s:?}", x.id));
            }
        }
    }
    let facts = d
        .overview
        .facts
        .iter()
        .chain(d.bodies.iter().flat_map(|b| &b.facts))
        .chain(d.topics.iter().flat_map(|t| &t.facts))
        .chain(
            d.elections
                .iter()
                .flat_map(|e| e.facts.iter().chain(&e.criticisms)),
        );
    for f in facts {
        if !sources.contains(f.source.as_str()) {
            problems.push(format!("fact {:?} cites {:?}", f.text, f.source));
        }
        if let Some(x) = &f.discrepancy
            && !discrepancies.contains(x.as_str())
        {
            problems.push(format!(
                "fact {:?} is part of {x:?}, which does not hold then",
                f.text
            ));
        }
    }
    problems
}

#[test]
fn every_snapshot_of_every_dataset_is_whole_and_valid() {
    for path in datasets() {
        let t = timeline(&path);
        for i in 0..t.len() {
            let snap = t.snapshot(i);
            let when = format!(
                "{} as of {:?}",
                path.display(),
                t.date(i).map(|d| d.to_string())
            );
            let problems = reference_problems(snap);
            assert!(problems.is_empty(), "{when}:\n{}", problems.join("\n"));
            let validator: Vec<String> = validate_snapshot(&snap.data)
                .iter()
                .map(ToString::to_string)
                .filter(|p| !p.contains(".for_body:"))
                .collect();
            assert!(validator.is_empty(), "{when}:\n{}", validator.join("\n"));
        }
    }
}

#[test]
fn every_snapshot_item_remembers_its_item_in_the_file() {
    for path in datasets() {
        let t = timeline(&path);
        let file = &t.full().data;
        for i in 0..t.len() {
            let snap = t.snapshot(i);
            assert_eq!(snap.origins.bodies.len(), snap.data.bodies.len());
            for (k, (b, &origin)) in snap
                .data
                .bodies
                .iter()
                .zip(&snap.origins.bodies)
                .enumerate()
            {
                let in_file = &file.bodies[origin];
                assert_eq!((&b.id, &b.name), (&in_file.id, &in_file.name));
                for (g, &o) in b.seats.iter().zip(&snap.origins.body_seats[k]) {
                    assert_eq!(g, &in_file.seats[o]);
                }
            }
            for (r, &origin) in snap.data.relations.iter().zip(&snap.origins.relations) {
                assert_eq!(r, &file.relations[origin]);
            }
            for (s, &origin) in snap.data.scenarios.iter().zip(&snap.origins.scenarios) {
                assert_eq!(s, &file.scenarios[origin]);
            }
        }
    }
}

#[test]
fn an_election_names_a_body_of_its_own_date() {
    for path in datasets() {
        let t = timeline(&path);
        for e in &t.full().data.elections {
            if e.for_body.is_empty() {
                continue;
            }
            assert!(
                t.versions(&e.for_body).next().is_some(),
                "{}: {} is for {:?}",
                path.display(),
                e.id,
                e.for_body
            );
        }
    }
}
