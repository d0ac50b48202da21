//! Semantic checks on a parsed dataset. Each problem names the item by its path, e.g. `bodies[2].source`.
//!
//! Checks run in the order the items appear in a dataset file, and every problem is reported, so one run of
//! `polity check` lists everything an author has to fix.

use super::types::*;
use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;

/// One semantic problem: where (a path into the dataset) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem in `data`, in file order; empty when the dataset is valid.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut c = Checker::new(data);
    c.meta(&data.meta);
    for (i, s) in data.sources.iter().enumerate() {
        c.source_entry(i, s);
    }
    c.overview(&data.overview);
    for (i, b) in data.bodies.iter().enumerate() {
        c.body(i, b);
    }
    c.relations(&data.relations);
    for (i, e) in data.elections.iter().enumerate() {
        c.election(i, e);
    }
    for (i, m) in data.memberships.iter().enumerate() {
        c.membership(i, m);
    }
    for (i, t) in data.topics.iter().enumerate() {
        c.topic(i, t);
    }
    for (i, d) in data.discrepancies.iter().enumerate() {
        c.discrepancy(i, d);
    }
    for (i, m) in data.matters.iter().enumerate() {
        c.matter(i, m);
    }
    for (i, s) in data.scenarios.iter().enumerate() {
        c.scenario(i, s);
    }
    c.problems
}

/// Why a date string is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day; `None` when it is fine.
pub fn date_error(date: &str) -> Option<String> {
    const EXPECTED: &str = "expected YYYY, YYYY-MM or YYYY-MM-DD";
    if date.trim().is_empty() {
        return Some(format!("missing date; {EXPECTED}"));
    }
    if is_calendar_date(date) {
        None
    } else {
        Some(format!("malformed date {date:?}; {EXPECTED}"))
    }
}

fn is_calendar_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let widths_ok = parts.len() <= 3
        && parts
            .iter()
            .zip([4, 2, 2])
            .all(|(p, w)| p.len() == w && p.bytes().all(|b| b.is_ascii_digit()));
    if !widths_ok {
        return false;
    }
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let year = number(0).unwrap_or(0);
    match (number(1), number(2)) {
        (None, _) => true,
        (Some(month), None) => (1..=12).contains(&month),
        (Some(month), Some(day)) => {
            (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
        }
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Float sums of a few two-decimal percentages may overshoot 100 by rounding alone.
const PERCENT_EPSILON: f64 = 1e-6;

/// The ids every reference is checked against, each with the index of its first declaration.
struct Ids<'a> {
    bodies: HashMap<&'a str, usize>,
    sources: HashMap<&'a str, usize>,
    topics: HashMap<&'a str, usize>,
    discrepancies: HashMap<&'a str, usize>,
    elections: HashMap<&'a str, usize>,
    matters: HashMap<&'a str, usize>,
    scenarios: HashMap<&'a str, usize>,
    acronyms: HashMap<&'a str, usize>,
    /// `(from, to)` of every AppealsTo relation, for following scenario steps.
    appeals: HashSet<(&'a str, &'a str)>,
}

fn first_indexes<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id).or_insert(i);
    }
    map
}

struct Checker<'a> {
    data: &'a Dataset,
    ids: Ids<'a>,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn new(data: &'a Dataset) -> Self {
        let ids = Ids {
            bodies: first_indexes(data.bodies.iter().map(|b| b.id.as_str())),
            sources: first_indexes(data.sources.iter().map(|s| s.id.as_str())),
            topics: first_indexes(data.topics.iter().map(|t| t.id.as_str())),
            discrepancies: first_indexes(data.discrepancies.iter().map(|d| d.id.as_str())),
            elections: first_indexes(data.elections.iter().map(|e| e.id.as_str())),
            matters: first_indexes(data.matters.iter().map(|m| m.id.as_str())),
            scenarios: first_indexes(data.scenarios.iter().map(|s| s.id.as_str())),
            acronyms: first_indexes(data.memberships.iter().map(|m| m.acronym.as_str())),
            appeals: data
                .relations
                .iter()
                .filter(|r| r.kind == RelationKind::AppealsTo)
                .map(|r| (r.from.as_str(), r.to.as_str()))
                .collect(),
        };
        Checker {
            data,
            ids,
            problems: Vec::new(),
        }
    }

    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    // ---- single fields ----

    /// A name, title or text that must say something.
    fn text(&mut self, path: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(format!("{path}.{field}"), format!("empty {field}"));
        }
    }

    /// An item's own id: not empty, and not declared earlier in its list (`declared` picks that list's ids).
    fn own_id(
        &mut self,
        list: &str,
        index: usize,
        id: &str,
        declared: impl for<'i> Fn(&'i Ids<'a>) -> &'i HashMap<&'a str, usize>,
    ) {
        let path = format!("{list}[{index}].id");
        let first = declared(&self.ids).get(id).copied();
        if id.trim().is_empty() {
            self.report(path, "empty id");
        } else if let Some(earlier) = first.filter(|&earlier| earlier != index) {
            self.report(
                path,
                format!("duplicate id {id:?} (first at {list}[{earlier}])"),
            );
        }
    }

    fn date(&mut self, path: String, value: &str) {
        if let Some(message) = date_error(value) {
            self.report(path, message);
        }
    }

    fn source_ref(&mut self, path: String, id: &str) {
        if id.trim().is_empty() {
            self.report(path, "missing source");
        } else if !self.ids.sources.contains_key(id) {
            self.report(path, format!("unknown source {id:?}"));
        }
    }

    /// A field that must name a body; returns whether it does.
    fn body_ref(&mut self, path: String, id: &str) -> bool {
        if id.trim().is_empty() {
            self.report(path, "missing body id");
            false
        } else if !self.ids.bodies.contains_key(id) {
            self.report(path, format!("unknown id {id:?}"));
            false
        } else {
            true
        }
    }

    /// The `source` and `as_of` pair most items carry.
    fn provenance(&mut self, path: &str, source: &str, as_of: &str) {
        self.source_ref(format!("{path}.source"), source);
        self.date(format!("{path}.as_of"), as_of);
    }

    fn fact(&mut self, path: &str, fact: &Fact) {
        self.text(path, "text", &fact.text);
        self.provenance(path, &fact.source, &fact.as_of);
        if let Some(id) = &fact.discrepancy
            && !self.ids.discrepancies.contains_key(id.as_str())
        {
            self.report(
                format!("{path}.discrepancy"),
                format!("unknown discrepancy {id:?}"),
            );
        }
        if let Some(s) = &fact.superseded {
            self.superseded(&format!("{path}.superseded"), s);
        }
    }

    fn facts(&mut self, path: &str, field: &str, facts: &[Fact]) {
        for (i, f) in facts.iter().enumerate() {
            self.fact(&format!("{path}.{field}[{i}]"), f);
        }
    }

    fn superseded(&mut self, path: &str, s: &Superseded) {
        self.text(path, "by", &s.by);
        self.date(format!("{path}.from"), &s.from);
        self.source_ref(format!("{path}.source"), &s.source);
    }

    // ---- items, in file order ----

    fn meta(&mut self, meta: &Meta) {
        self.text("meta", "title", &meta.title);
        self.text("meta", "country", &meta.country);
    }

    fn source_entry(&mut self, i: usize, s: &Source) {
        let path = format!("sources[{i}]");
        self.own_id("sources", i, &s.id, |ids| &ids.sources);
        self.text(&path, "title", &s.title);
        self.date(format!("{path}.as_of"), &s.as_of);
    }

    fn overview(&mut self, o: &Overview) {
        self.fact("overview.form_of_government", &o.form_of_government);
        self.body_ref("overview.head_of_state".into(), &o.head_of_state);
        self.body_ref("overview.head_of_government".into(), &o.head_of_government);
        self.facts("overview", "facts", &o.facts);
    }

    fn body(&mut self, i: usize, b: &Body) {
        let path = format!("bodies[{i}]");
        self.own_id("bodies", i, &b.id, |ids| &ids.bodies);
        self.text(&path, "name", &b.name);
        self.text(&path, "role", &b.role);
        for (j, g) in b.seats.iter().enumerate() {
            self.text(&format!("{path}.seats[{j}]"), "label", &g.label);
        }
        if let (Some(members), false) = (b.members, b.seats.is_empty()) {
            let sum: u64 = b.seats.iter().map(|g| u64::from(g.count)).sum();
            if sum != u64::from(members) {
                self.report(
                    format!("{path}.seats"),
                    format!("seat counts add up to {sum}, but members is {members}"),
                );
            }
        }
        self.provenance(&path, &b.source, &b.as_of);
        self.facts(&path, "facts", &b.facts);
    }

    fn relations(&mut self, relations: &[Relation]) {
        let mut cycles = self.cycles(relations);
        for (i, r) in relations.iter().enumerate() {
            let path = format!("relations[{i}]");
            let from = self.body_ref(format!("{path}.from"), &r.from);
            let to = self.body_ref(format!("{path}.to"), &r.to);
            if from && to && r.from == r.to {
                self.report(path.clone(), format!("relates {:?} to itself", r.from));
            }
            self.provenance(&path, &r.source, &r.as_of);
            if let Some(cycle) = cycles.remove(&i) {
                self.report(path, cycle);
            }
        }
    }

    /// One problem for each knot of AppealsTo or MemberOf relations that loops back on itself, keyed by the
    /// index of the latest relation in the knot (the one that closes it). Self-relations are reported apart.
    fn cycles(&self, relations: &[Relation]) -> HashMap<usize, String> {
        let mut found = HashMap::new();
        for kind in [RelationKind::AppealsTo, RelationKind::MemberOf] {
            let edges: Vec<(usize, usize, usize)> = relations
                .iter()
                .enumerate()
                .filter(|(_, r)| r.kind == kind && r.from != r.to)
                .filter_map(|(i, r)| {
                    let from = *self.ids.bodies.get(r.from.as_str())?;
                    let to = *self.ids.bodies.get(r.to.as_str())?;
                    Some((i, from, to))
                })
                .collect();
            for (index, cycle) in closing_edges(self.data.bodies.len(), &edges) {
                let names: Vec<&str> = cycle
                    .iter()
                    .map(|&b| self.data.bodies[b].id.as_str())
                    .collect();
                found.insert(
                    index,
                    format!("cycle in {kind:?} relations: {}", names.join(" → ")),
                );
            }
        }
        found
    }

    fn election(&mut self, i: usize, e: &Election) {
        let path = format!("elections[{i}]");
        self.own_id("elections", i, &e.id, |ids| &ids.elections);
        self.text(&path, "title", &e.title);
        self.body_ref(format!("{path}.for_body"), &e.for_body);
        self.date(format!("{path}.date"), &e.date);
        if let Some(s) = &e.scheduled {
            self.date(format!("{path}.scheduled"), s);
        }
        let mut all_valid = true;
        for (j, r) in e.results.iter().enumerate() {
            if !r.percent.is_finite() || !(0.0..=100.0).contains(&r.percent) {
                all_valid = false;
                self.report(
                    format!("{path}.results[{j}].percent"),
                    format!("{} is not a percentage between 0 and 100", r.percent),
                );
            }
        }
        let sum: f64 = e.results.iter().map(|r| r.percent).sum();
        if all_valid && sum > 100.0 + PERCENT_EPSILON {
            self.report(
                format!("{path}.results"),
                format!("percentages add up to {sum:.1}, above 100"),
            );
        }
        self.facts(&path, "criticisms", &e.criticisms);
        self.facts(&path, "facts", &e.facts);
        self.provenance(&path, &e.source, &e.as_of);
    }

    fn membership(&mut self, i: usize, m: &Membership) {
        let path = format!("memberships[{i}]");
        self.text(&path, "acronym", &m.acronym);
        let first = self
            .ids
            .acronyms
            .get(m.acronym.as_str())
            .copied()
            .unwrap_or(i);
        if first != i && !m.acronym.trim().is_empty() {
            self.report(
                format!("{path}.acronym"),
                format!(
                    "duplicate acronym {:?} (first at memberships[{first}])",
                    m.acronym
                ),
            );
        }
        self.text(&path, "name", &m.name);
        if let Some(s) = &m.superseded {
            self.superseded(&format!("{path}.superseded"), s);
        }
        self.provenance(&path, &m.source, &m.as_of);
    }

    fn topic(&mut self, i: usize, t: &Topic) {
        let path = format!("topics[{i}]");
        self.own_id("topics", i, &t.id, |ids| &ids.topics);
        self.text(&path, "title", &t.title);
        self.facts(&path, "facts", &t.facts);
    }

    fn discrepancy(&mut self, i: usize, d: &Discrepancy) {
        let path = format!("discrepancies[{i}]");
        self.own_id("discrepancies", i, &d.id, |ids| &ids.discrepancies);
        self.text(&path, "title", &d.title);
        for (j, s) in d.subjects.iter().enumerate() {
            let known = self.ids.bodies.contains_key(s.as_str())
                || self.ids.topics.contains_key(s.as_str());
            if !known {
                self.report(
                    format!("{path}.subjects[{j}]"),
                    format!("unknown id {s:?}; expected a body or topic id"),
                );
            }
        }
        let only = match d.readings.len() {
            0 => Some("no readings"),
            1 => Some("only one reading"),
            _ => None,
        };
        if let Some(only) = only {
            self.report(
                format!("{path}.readings"),
                format!("{only}; a discrepancy needs at least two"),
            );
        }
        for (j, r) in d.readings.iter().enumerate() {
            let reading = format!("{path}.readings[{j}]");
            self.text(&reading, "text", &r.text);
            self.provenance(&reading, &r.source, &r.as_of);
        }
    }

    fn matter(&mut self, i: usize, m: &Matter) {
        let path = format!("matters[{i}]");
        self.own_id("matters", i, &m.id, |ids| &ids.matters);
        self.text(&path, "label", &m.label);
        self.body_ref(format!("{path}.starts_at"), &m.starts_at);
        self.provenance(&path, &m.source, &m.as_of);
    }

    fn scenario(&mut self, i: usize, s: &Scenario) {
        let path = format!("scenarios[{i}]");
        self.own_id("scenarios", i, &s.id, |ids| &ids.scenarios);
        self.text(&path, "title", &s.title);
        let matter = self
            .ids
            .matters
            .get(s.matter.as_str())
            .map(|&m| &self.data.matters[m]);
        if matter.is_none() {
            self.report(
                format!("{path}.matter"),
                format!("unknown matter {:?}", s.matter),
            );
        }
        if s.steps.is_empty() {
            self.report(
                format!("{path}.steps"),
                "no steps; a scenario needs at least one",
            );
        }
        let mut previous: Option<&str> = None;
        for (j, step) in s.steps.iter().enumerate() {
            let step_path = format!("{path}.steps[{j}]");
            let known = self.body_ref(format!("{step_path}.at"), &step.at);
            self.text(&step_path, "why", &step.why);
            if known {
                match (j, previous, matter) {
                    (0, _, Some(m))
                        if self.ids.bodies.contains_key(m.starts_at.as_str())
                            && m.starts_at != step.at =>
                    {
                        self.report(
                            format!("{step_path}.at"),
                            format!(
                                "{:?} is not where matter {:?} starts ({:?})",
                                step.at, m.id, m.starts_at
                            ),
                        );
                    }
                    (_, Some(prev), _) if !self.appeals(prev, &step.at) => {
                        self.report(
                            format!("{step_path}.at"),
                            format!("no appeal from {prev:?} to {:?}", step.at),
                        );
                    }
                    _ => {}
                }
            }
            previous = known.then_some(step.at.as_str());
        }
        self.provenance(&path, &s.source, &s.as_of);
    }

    fn appeals(&self, from: &str, to: &str) -> bool {
        self.ids.appeals.contains(&(from, to))
    }
}

/// For each strongly connected knot of a directed graph (nodes `0..nodes`, edges `(index, from, to)`), the
/// latest edge inside the knot and the cycle it closes, as the node path `to → … → from → to`.
fn closing_edges(nodes: usize, edges: &[(usize, usize, usize)]) -> Vec<(usize, Vec<usize>)> {
    let mut adjacent = vec![Vec::new(); nodes];
    for &(_, from, to) in edges {
        adjacent[from].push(to);
    }
    let component = strongly_connected(&adjacent);
    let mut latest: HashMap<usize, (usize, usize, usize)> = HashMap::new();
    for &(index, from, to) in edges {
        if component[from] == component[to] {
            let entry = latest.entry(component[from]).or_insert((index, from, to));
            if index > entry.0 {
                *entry = (index, from, to);
            }
        }
    }
    let mut out: Vec<(usize, Vec<usize>)> = latest
        .into_values()
        .map(|(index, from, to)| {
            let mut path = path_within(&adjacent, &component, to, from);
            path.push(to);
            (index, path)
        })
        .collect();
    out.sort();
    out
}

/// Shortest path from `start` to `goal` through nodes of `start`'s component (which holds `goal`).
fn path_within(
    adjacent: &[Vec<usize>],
    component: &[usize],
    start: usize,
    goal: usize,
) -> Vec<usize> {
    let mut came_from: HashMap<usize, usize> = HashMap::new();
    let mut seen = HashSet::from([start]);
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        if node == goal {
            break;
        }
        for &next in &adjacent[node] {
            if component[next] == component[start] && seen.insert(next) {
                came_from.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    let mut path = vec![goal];
    let mut node = goal;
    while let Some(&prev) = came_from.get(&node) {
        path.push(prev);
        node = prev;
    }
    path.reverse();
    path
}

/// Tarjan's algorithm without recursion (a hostile file may chain thousands of relations): the component
/// number of each node.
fn strongly_connected(adjacent: &[Vec<usize>]) -> Vec<usize> {
    let n = adjacent.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let (mut next_index, mut next_component) = (0, 0);
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut calls = vec![(root, 0usize)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (node, ref mut child)) = calls.last_mut() {
            if let Some(&next) = adjacent[node].get(*child) {
                *child += 1;
                if index[next] == usize::MAX {
                    index[next] = next_index;
                    low[next] = next_index;
                    next_index += 1;
                    stack.push(next);
                    on_stack[next] = true;
                    calls.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index[next]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(parent, _)) = calls.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_str;

    fn minimal() -> Dataset {
        load_str(
            "minimal.ron",
            include_str!("../../tests/fixtures/minimal.ron"),
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
            vec![
                r#"discrepancies[0].subjects[2]: unknown id "weather"; expected a body or topic id"#
            ]
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
            b.id = format!("court{i}");
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
        let found = problems(&d);
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
}
