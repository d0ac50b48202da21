//! The dataset through time: its change dates and one validated snapshot per date, built once at load and
//! shared (every SSH session reads the same `Arc<Model>`s).

use super::date::{Date, Dated, Validity};
use super::index::Model;
use super::snapshot::snapshot;
use super::types::*;
use super::validate::Problem;
use std::sync::Arc;

/// Every date at which something changes: each `from` and `until`, each event date, and the date of the
/// source the dataset was built from (so the app can show the article's own date). Sorted, without repeats;
/// of two spellings of one day the more precise is kept.
pub fn change_dates(data: &Dataset) -> Vec<Date> {
    type Window<'a> = (Option<&'a str>, Option<&'a str>);
    fn of<'a, T: Dated>(items: &'a [T], out: &mut Vec<Window<'a>>) {
        out.extend(items.iter().map(Dated::window));
    }
    let mut windows: Vec<Window> = vec![data.overview.form_of_government.window()];
    of(&data.overview.facts, &mut windows);
    of(&data.bodies, &mut windows);
    for b in &data.bodies {
        of(&b.seats, &mut windows);
        of(&b.facts, &mut windows);
    }
    of(&data.relations, &mut windows);
    for e in &data.elections {
        of(&e.facts, &mut windows);
        of(&e.criticisms, &mut windows);
    }
    of(&data.memberships, &mut windows);
    of(&data.topics, &mut windows);
    for t in &data.topics {
        of(&t.facts, &mut windows);
    }
    of(&data.discrepancies, &mut windows);
    of(&data.matters, &mut windows);
    of(&data.scenarios, &mut windows);
    let mut dates: Vec<Date> = windows
        .into_iter()
        .flat_map(|(from, until)| [from, until])
        .flatten()
        .filter_map(Date::parse)
        .collect();
    dates.extend(data.events.iter().filter_map(|e| Date::parse(&e.date)));
    if let Some(base) = base_source_date(data) {
        dates.push(base);
    }
    // Most precise first within one day, so dedup keeps it.
    dates.sort_by(|a, b| a.cmp(b).then(b.precision().cmp(&a.precision())));
    dates.dedup();
    dates
}

/// The `as_of` of `meta.base_source`, when it names a source with a good date.
fn base_source_date(data: &Dataset) -> Option<Date> {
    let id = data.meta.base_source.as_deref()?;
    let source = data.sources.iter().find(|s| s.id == id)?;
    Date::parse(&source.as_of)
}

/// A validated dataset and its snapshots, one per change date (one for all time when nothing is dated).
#[derive(Debug, Clone)]
pub struct Timeline {
    full: Model,
    dates: Vec<Date>,
    snapshots: Vec<Arc<Model>>,
}

impl Timeline {
    /// Validates `data` at every date and builds its snapshots; every problem found when it is not valid.
    pub fn new(data: Dataset) -> Result<Timeline, Vec<Problem>> {
        Ok(Timeline::of(Model::new(data)?))
    }

    /// The snapshots of an already validated full model.
    pub fn of(full: Model) -> Timeline {
        let dates = change_dates(&full.data);
        let snapshots = if dates.is_empty() {
            vec![Arc::new(full.clone())]
        } else {
            dates.iter().map(|d| Arc::new(full.at(d))).collect()
        };
        Timeline {
            full,
            dates,
            snapshots,
        }
    }

    /// The whole file, every version of every item.
    pub fn full(&self) -> &Model {
        &self.full
    }

    /// The change dates, oldest first; empty for a dataset without dates.
    pub fn dates(&self) -> &[Date] {
        &self.dates
    }

    /// How many snapshots there are (at least one).
    pub fn len(&self) -> usize {
        self.snapshots.len()
    }

    /// Never true: even an undated dataset has its one snapshot.
    pub fn is_empty(&self) -> bool {
        self.snapshots.is_empty()
    }

    /// The snapshot at change date `index` (clamped to the newest).
    pub fn snapshot(&self, index: usize) -> &Arc<Model> {
        &self.snapshots[index.min(self.snapshots.len() - 1)]
    }

    /// The date of snapshot `index`; `None` for the one snapshot of an undated dataset.
    pub fn date(&self, index: usize) -> Option<Date> {
        self.dates.get(index).copied()
    }

    /// The index of the newest snapshot, the app's default.
    pub fn newest(&self) -> usize {
        self.snapshots.len() - 1
    }

    /// The snapshot in force on `date`: the newest change date on or before it (`--as-of`). `None` when
    /// `date` comes before every change.
    pub fn index_on(&self, date: &Date) -> Option<usize> {
        if self.dates.is_empty() {
            return Some(0);
        }
        self.dates.iter().rposition(|d| d <= date)
    }

    /// The change date before `date`, if any.
    pub fn previous_date(&self, date: &Date) -> Option<Date> {
        self.dates.iter().rev().find(|d| *d < date).copied()
    }

    /// The date of the source the dataset was built from (`meta.base_source`).
    pub fn base_date(&self) -> Option<Date> {
        base_source_date(&self.full.data)
    }

    /// The snapshot for the base source's date.
    pub fn base_index(&self) -> Option<usize> {
        self.index_on(&self.base_date()?)
    }

    /// Every version of body `id` in file order, with its index in the file and its validity.
    pub fn versions<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = (usize, &'a Body, Validity)> + 'a {
        self.full
            .data
            .bodies
            .iter()
            .enumerate()
            .filter(move |(_, b)| b.id == id)
            .map(|(i, b)| (i, b, b.validity()))
    }

    /// When body `id` ends for good: the latest `until` of its versions, or `None` if one is open-ended.
    pub fn ends(&self, id: &str) -> Option<Date> {
        let mut end = None;
        for (_, _, v) in self.versions(id) {
            match v.until {
                None => return None,
                Some(u) => end = end.max(Some(u)),
            }
        }
        end
    }

    /// The bodies that name `id` in `replaces` (each version once, in file order).
    pub fn replaced_by<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Body> + 'a {
        self.full
            .data
            .bodies
            .iter()
            .filter(move |b| b.replaces.iter().any(|r| r == id))
    }
}

impl Model {
    /// The dataset as of `date`: what holds then, indexed; items remember their index in this model's file.
    /// Call it on a model of the whole file (a snapshot of a snapshot loses what the first one dropped).
    pub fn at(&self, date: &Date) -> Model {
        let (data, origins) = snapshot(&self.data, Some(date));
        Model::snapshot(data, origins, *date, &self.data)
    }
}
