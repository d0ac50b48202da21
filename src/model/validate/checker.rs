//! The checker's state (every declared id, the problems found so far) and the checks of single fields that
//! every kind of item shares: texts, ids, dates, references and facts.

use super::Problem;
use super::dates::date_error;
use crate::model::types::*;
use std::collections::{HashMap, HashSet};

/// The ids every reference is checked against, each with the index of its first declaration.
pub(super) struct Ids<'a> {
    pub(super) bodies: HashMap<&'a str, usize>,
    pub(super) sources: HashMap<&'a str, usize>,
    pub(super) topics: HashMap<&'a str, usize>,
    pub(super) discrepancies: HashMap<&'a str, usize>,
    pub(super) elections: HashMap<&'a str, usize>,
    pub(super) matters: HashMap<&'a str, usize>,
    pub(super) scenarios: HashMap<&'a str, usize>,
    pub(super) acronyms: HashMap<&'a str, usize>,
    /// `(from, to)` of every AppealsTo relation, for following scenario steps.
    pub(super) appeals: HashSet<(&'a str, &'a str)>,
}

fn first_indexes<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id).or_insert(i);
    }
    map
}

/// One run of the checks over one dataset: what every reference is checked against, and what was found.
pub(super) struct Checker<'a> {
    pub(super) data: &'a Dataset,
    pub(super) ids: Ids<'a>,
    pub(super) problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    pub(super) fn new(data: &'a Dataset) -> Self {
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

    pub(super) fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    /// A name, title or text that must say something.
    pub(super) fn text(&mut self, path: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(format!("{path}.{field}"), format!("empty {field}"));
        }
    }

    /// An item's own id: not empty, and not declared earlier in its list (`declared` picks that list's ids).
    pub(super) fn own_id(
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

    pub(super) fn date(&mut self, path: String, value: &str) {
        if let Some(message) = date_error(value) {
            self.report(path, message);
        }
    }

    pub(super) fn source_ref(&mut self, path: String, id: &str) {
        if id.trim().is_empty() {
            self.report(path, "missing source");
        } else if !self.ids.sources.contains_key(id) {
            self.report(path, format!("unknown source {id:?}"));
        }
    }

    /// A field that must name a body; returns whether it does.
    pub(super) fn body_ref(&mut self, path: String, id: &str) -> bool {
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
    pub(super) fn provenance(&mut self, path: &str, source: &str, as_of: &str) {
        self.source_ref(format!("{path}.source"), source);
        self.date(format!("{path}.as_of"), as_of);
    }

    pub(super) fn fact(&mut self, path: &str, fact: &Fact) {
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

    pub(super) fn facts(&mut self, path: &str, field: &str, facts: &[Fact]) {
        for (i, f) in facts.iter().enumerate() {
            self.fact(&format!("{path}.{field}[{i}]"), f);
        }
    }

    pub(super) fn superseded(&mut self, path: &str, s: &Superseded) {
        self.text(path, "by", &s.by);
        self.date(format!("{path}.from"), &s.from);
        self.source_ref(format!("{path}.source"), &s.source);
    }
}
