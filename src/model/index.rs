//! A validated dataset with the look-ups the app needs, built once at load time.

use super::types::*;
use super::validate::{Problem, validate};
use std::collections::HashMap;

/// An immutable, validated dataset plus indexes. Drawing code trusts it: every id it names resolves.
#[derive(Debug, Clone)]
pub struct Model {
    pub data: Dataset,
    bodies: HashMap<String, usize>,
    sources: HashMap<String, usize>,
    discrepancies: HashMap<String, usize>,
}

impl Model {
    /// Validates `data` and indexes it; returns every problem found when it is not valid.
    pub fn new(data: Dataset) -> Result<Model, Vec<Problem>> {
        let problems = validate(&data);
        if !problems.is_empty() {
            return Err(problems);
        }
        let by_id = |ids: Vec<&String>| -> HashMap<String, usize> {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect()
        };
        Ok(Model {
            bodies: by_id(data.bodies.iter().map(|b| &b.id).collect()),
            sources: by_id(data.sources.iter().map(|s| &s.id).collect()),
            discrepancies: by_id(data.discrepancies.iter().map(|d| &d.id).collect()),
            data,
        })
    }

    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.get(id).map(|&i| &self.data.bodies[i])
    }

    /// The body's short label if it has one, else its name; the id itself for an unknown id.
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.body(id)
            .map_or(id, |b| b.short.as_deref().unwrap_or(&b.name))
    }

    /// The body's full name; the id itself for an unknown id.
    pub fn name<'a>(&'a self, id: &'a str) -> &'a str {
        self.body(id).map_or(id, |b| b.name.as_str())
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id).map(|&i| &self.data.sources[i])
    }

    /// The source's title, or the id for an unknown one.
    pub fn source_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.source(id).map_or(id, |s| s.title.as_str())
    }

    pub fn discrepancy(&self, id: &str) -> Option<&Discrepancy> {
        self.discrepancies
            .get(id)
            .map(|&i| &self.data.discrepancies[i])
    }

    /// Discrepancies that name `subject` (a body or topic id).
    pub fn discrepancies_about<'a>(
        &'a self,
        subject: &'a str,
    ) -> impl Iterator<Item = &'a Discrepancy> + 'a {
        self.data
            .discrepancies
            .iter()
            .filter(move |d| d.subjects.iter().any(|s| s == subject))
    }

    pub fn bodies_in(&self, branch: Branch) -> impl Iterator<Item = &Body> {
        self.data.bodies.iter().filter(move |b| b.branch == branch)
    }

    pub fn topics_in(&self, section: Section) -> impl Iterator<Item = &Topic> {
        self.data
            .topics
            .iter()
            .filter(move |t| t.section == section)
    }

    /// Relations leaving or entering the body `id`.
    pub fn relations_of<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Relation> + 'a {
        self.data
            .relations
            .iter()
            .filter(move |r| r.from == id || r.to == id)
    }

    pub fn relations_of_kind(&self, kind: RelationKind) -> impl Iterator<Item = &Relation> {
        self.data.relations.iter().filter(move |r| r.kind == kind)
    }
}
