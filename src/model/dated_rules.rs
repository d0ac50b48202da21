//! A quick yes/no for the rules that depend on the date, at every date, without building snapshots. When it
//! says yes, the snapshots need no checking; when it says no, they are checked one by one to say exactly
//! what is wrong (slower, but only for a broken file). It may say no too often, never yes wrongly.

use super::date::{Date, Dated, Validity};
use super::snapshot::election_known_at;
use super::types::*;
use std::collections::{HashMap, HashSet};

/// Whether, at each of `dates` (`None`: all time), every reference resolves among the items valid then,
/// the seats add up and every scenario starts where its matter does and follows the appeals valid then.
pub fn hold_at_every_date(data: &Dataset, dates: &[Option<Date>]) -> bool {
    let items = Items::new(data);
    dates.iter().all(|date| items.hold_at(date.as_ref()))
}

/// The file's items with their validity parsed once.
struct Items<'a> {
    data: &'a Dataset,
    bodies: Vec<Validity>,
    seats: Vec<Vec<Validity>>,
    relations: Vec<Validity>,
    topics: Vec<Validity>,
    discrepancies: Vec<Validity>,
    matters: Vec<Validity>,
    scenarios: Vec<Validity>,
}

fn windows<T: Dated>(items: &[T]) -> Vec<Validity> {
    items.iter().map(Dated::validity).collect()
}

impl<'a> Items<'a> {
    fn new(data: &'a Dataset) -> Self {
        Items {
            data,
            bodies: windows(&data.bodies),
            seats: data.bodies.iter().map(|b| windows(&b.seats)).collect(),
            relations: windows(&data.relations),
            topics: windows(&data.topics),
            discrepancies: windows(&data.discrepancies),
            matters: windows(&data.matters),
            scenarios: windows(&data.scenarios),
        }
    }

    fn hold_at(&self, date: Option<&Date>) -> bool {
        let holds = |v: &Validity| date.is_none_or(|d| v.valid_at(d));
        let d = self.data;
        let at = |windows: &[Validity]| windows.iter().map(holds).collect::<Vec<bool>>();
        let (bodies_at, topics_at) = (at(&self.bodies), at(&self.topics));
        let (discrepancies_at, matters_at) = (at(&self.discrepancies), at(&self.matters));
        let (relations_at, scenarios_at) = (at(&self.relations), at(&self.scenarios));

        let mut bodies = HashSet::new();
        for (b, _) in d.bodies.iter().zip(&bodies_at).filter(|(_, on)| **on) {
            if !bodies.insert(b.id.as_str()) {
                return false;
            }
        }
        let topics: HashSet<&str> = valid(&d.topics, &topics_at)
            .map(|t| t.id.as_str())
            .collect();
        let discrepancies: HashSet<&str> = valid(&d.discrepancies, &discrepancies_at)
            .map(|x| x.id.as_str())
            .collect();
        let mut matters = HashMap::new();
        for m in valid(&d.matters, &matters_at) {
            if matters
                .insert(m.id.as_str(), m.starts_at.as_str())
                .is_some()
            {
                return false;
            }
        }
        let body = |id: &str| bodies.contains(id);
        let relations: Vec<&Relation> = valid(&d.relations, &relations_at).collect();
        let appeals: HashSet<(&str, &str)> = relations
            .iter()
            .filter(|r| r.kind == RelationKind::AppealsTo)
            .map(|r| (r.from.as_str(), r.to.as_str()))
            .collect();

        let heads = body(&d.overview.head_of_state) && body(&d.overview.head_of_government);
        let relations_ok = relations.iter().all(|r| body(&r.from) && body(&r.to));
        let matters_ok = matters.values().all(|start| body(start));
        let scenarios_ok = valid(&d.scenarios, &scenarios_at).all(|s| {
            let starts = matters.get(s.matter.as_str());
            s.steps.iter().all(|step| body(&step.at))
                && s.steps
                    .first()
                    .is_none_or(|first| starts == Some(&first.at.as_str()))
                && s.steps.windows(2).all(|pair| {
                    pair[1].outside || appeals.contains(&(pair[0].at.as_str(), pair[1].at.as_str()))
                })
        });
        let subjects_ok = valid(&d.discrepancies, &discrepancies_at).all(|x| {
            x.subjects
                .iter()
                .all(|s| body(s) || topics.contains(s.as_str()))
        });
        let seats_ok = d
            .bodies
            .iter()
            .zip(&self.seats)
            .zip(&bodies_at)
            .filter(|(_, on)| **on)
            .all(|((b, seats), _)| {
                let counts: Vec<u64> = b
                    .seats
                    .iter()
                    .zip(seats)
                    .filter(|(_, v)| holds(v))
                    .map(|(g, _)| u64::from(g.count))
                    .collect();
                counts.is_empty()
                    || b.members
                        .is_none_or(|m| counts.iter().sum::<u64>() == u64::from(m))
            });
        // Only a fact that is part of a discrepancy can refer to something of another date.
        let fact_ok = |f: &Fact| {
            f.discrepancy
                .as_deref()
                .is_none_or(|x| discrepancies.contains(x) || date.is_some_and(|on| !f.valid_at(on)))
        };
        let facts_ok = fact_ok(&d.overview.form_of_government)
            && d.overview.facts.iter().all(fact_ok)
            && valid(&d.bodies, &bodies_at).all(|b| b.facts.iter().all(fact_ok))
            && valid(&d.topics, &topics_at).all(|t| t.facts.iter().all(fact_ok))
            && d.elections
                .iter()
                .filter(|e| date.is_none_or(|on| election_known_at(e, on)))
                .all(|e| e.facts.iter().chain(&e.criticisms).all(fact_ok));
        heads && relations_ok && matters_ok && scenarios_ok && subjects_ok && seats_ok && facts_ok
    }
}

fn valid<'i, T>(items: &'i [T], on: &'i [bool]) -> impl Iterator<Item = &'i T> + 'i {
    items
        .iter()
        .zip(on)
        .filter(|(_, on)| **on)
        .map(|(item, _)| item)
}
