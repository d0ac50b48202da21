//! One check per kind of item, in the order the items appear in a dataset file.

use super::checker::Checker;
use super::graph::closing_edges;
use crate::model::types::*;
use std::collections::HashMap;

/// Float sums of a few two-decimal percentages may overshoot 100 by rounding alone.
const PERCENT_EPSILON: f64 = 1e-6;

impl Checker<'_> {
    pub(super) fn meta(&mut self, meta: &Meta) {
        self.text("meta", "title", &meta.title);
        self.text("meta", "country", &meta.country);
    }

    pub(super) fn source_entry(&mut self, i: usize, s: &Source) {
        let path = format!("sources[{i}]");
        self.own_id("sources", i, &s.id, |ids| &ids.sources);
        self.text(&path, "title", &s.title);
        self.date(format!("{path}.as_of"), &s.as_of);
    }

    pub(super) fn overview(&mut self, o: &Overview) {
        self.fact("overview.form_of_government", &o.form_of_government);
        self.body_ref("overview.head_of_state".into(), &o.head_of_state);
        self.body_ref("overview.head_of_government".into(), &o.head_of_government);
        self.facts("overview", "facts", &o.facts);
    }

    pub(super) fn body(&mut self, i: usize, b: &Body) {
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

    pub(super) fn relations(&mut self, relations: &[Relation]) {
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
                    format!(
                        "cycle in {kind:?} relations: {}",
                        super::strict::cycle_text(&names)
                    ),
                );
            }
        }
        found
    }

    pub(super) fn election(&mut self, i: usize, e: &Election) {
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

    pub(super) fn membership(&mut self, i: usize, m: &Membership) {
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

    pub(super) fn topic(&mut self, i: usize, t: &Topic) {
        let path = format!("topics[{i}]");
        self.own_id("topics", i, &t.id, |ids| &ids.topics);
        self.text(&path, "title", &t.title);
        self.facts(&path, "facts", &t.facts);
    }

    pub(super) fn discrepancy(&mut self, i: usize, d: &Discrepancy) {
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

    pub(super) fn matter(&mut self, i: usize, m: &Matter) {
        let path = format!("matters[{i}]");
        self.own_id("matters", i, &m.id, |ids| &ids.matters);
        self.text(&path, "label", &m.label);
        self.body_ref(format!("{path}.starts_at"), &m.starts_at);
        self.provenance(&path, &m.source, &m.as_of);
    }

    pub(super) fn scenario(&mut self, i: usize, s: &Scenario) {
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
            if known && !step.outside {
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
