//! A validated dataset with the look-ups the app needs, built once at load time.

use super::date::Date;
use super::snapshot::Origins;
use super::types::*;
use super::validate::Problem;
use super::validate_time::validate;
use std::collections::HashMap;

/// An immutable, validated dataset plus indexes. Drawing code trusts it: every id it names resolves.
///
/// A model is either a whole file (`Model::new`) or a snapshot of one at a date (`Model::at`, `Timeline`).
#[derive(Debug, Clone)]
pub struct Model {
    pub data: Dataset,
    /// For each item, its index in the whole file (itself for a whole file).
    pub origins: Origins,
    /// The date of a snapshot; `None` for a whole file.
    pub as_of: Option<Date>,
    bodies: HashMap<SharedStr, usize>,
    sources: HashMap<SharedStr, usize>,
    discrepancies: HashMap<SharedStr, usize>,
    /// Name and short label of every body the file knows, for items that name a body of another date
    /// (a past election, an event).
    all_names: HashMap<SharedStr, (SharedStr, Option<SharedStr>)>,
    /// Tells models apart for caches of what is derived from them; a clone keeps it, as it keeps the data.
    id: u64,
}

/// The next model's `id`.
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl Model {
    /// Validates `data` and indexes it; returns every problem found when it is not valid.
    pub fn new(data: Dataset) -> Result<Model, Vec<Problem>> {
        let problems = validate(&data);
        if !problems.is_empty() {
            return Err(problems);
        }
        let origins = Origins::identity(&data);
        Ok(Model::indexed(data, origins, None, None))
    }

    /// Indexes `data` without validating it: only for a dataset whose validity the test suite proves (the
    /// built-in one). Anything a user gives goes through `Model::new`.
    pub fn trusted(data: Dataset) -> Model {
        let origins = Origins::identity(&data);
        Model::indexed(data, origins, None, None)
    }

    /// A snapshot of the valid file `full` at `as_of`, already validated with it.
    pub(super) fn snapshot(data: Dataset, origins: Origins, as_of: Date, full: &Dataset) -> Model {
        Model::indexed(data, origins, Some(as_of), Some(full))
    }

    /// A snapshot made at build time from a valid file, with the names of every body of that file.
    pub(super) fn with_names(
        data: Dataset,
        origins: Origins,
        as_of: Option<Date>,
        all_names: Vec<(SharedStr, SharedStr, Option<SharedStr>)>,
    ) -> Model {
        let all_names = all_names
            .into_iter()
            .map(|(id, name, short)| (id, (name, short)))
            .collect();
        Model::with_all_names(data, origins, as_of, all_names)
    }

    fn indexed(
        data: Dataset,
        origins: Origins,
        as_of: Option<Date>,
        full: Option<&Dataset>,
    ) -> Model {
        let all_names = full
            .unwrap_or(&data)
            .bodies
            .iter()
            .map(|b| (b.id.clone(), (b.name.clone(), b.short.clone())))
            .collect();
        Model::with_all_names(data, origins, as_of, all_names)
    }

    fn with_all_names(
        data: Dataset,
        origins: Origins,
        as_of: Option<Date>,
        all_names: HashMap<SharedStr, (SharedStr, Option<SharedStr>)>,
    ) -> Model {
        let by_id = |ids: Vec<&SharedStr>| -> HashMap<SharedStr, usize> {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect()
        };
        Model {
            bodies: by_id(data.bodies.iter().map(|b| &b.id).collect()),
            sources: by_id(data.sources.iter().map(|s| &s.id).collect()),
            discrepancies: by_id(data.discrepancies.iter().map(|d| &d.id).collect()),
            data,
            origins,
            as_of,
            all_names,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// This model's identity: different for every model built, the same for its clones.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The 1-based number of source `id` in the file's list, as the app cites it; 0 for an unknown id.
    pub fn source_number(&self, id: &str) -> usize {
        self.sources.get(id).map_or(0, |&i| i + 1)
    }

    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.get(id).map(|&i| &self.data.bodies[i])
    }

    /// The body's short label if it has one, else its name (of another date's version when it does not
    /// hold at this one); the id itself for an unknown id.
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        match self.body(id) {
            Some(b) => b.short.as_deref().unwrap_or(&b.name),
            None => self
                .all_names
                .get(id)
                .map_or(id, |(name, short)| short.as_deref().unwrap_or(name)),
        }
    }

    /// The body's full name (of another date's version when it does not hold at this one); the id itself
    /// for an unknown id.
    pub fn name<'a>(&'a self, id: &'a str) -> &'a str {
        match self.body(id) {
            Some(b) => b.name.as_str(),
            None => self.all_names.get(id).map_or(id, |(name, _)| name.as_str()),
        }
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

    /// The index in `bodies` of the body `id`, by the id index.
    pub fn body_index(&self, id: &str) -> Option<usize> {
        self.bodies.get(id).copied()
    }
}
