//! The dataset through time: its change dates and one validated snapshot per date, built once at load and
//! shared (every SSH session reads the same `Arc<Model>`s).

use super::change_dates::{base_source_date, change_dates};
use super::date::{Date, Dated, Validity};
use super::index::Model;
use super::newest::NewestSnapshot;
use super::snapshot::app_snapshot;
use super::types::*;
use super::validate::Problem;
use std::sync::{Arc, OnceLock};

/// A validated dataset and its snapshots, one per change date (one for all time when nothing is dated).
/// Each snapshot is built the first time it is asked for and then shared: start-up pays only for the date
/// it shows. The built-in dataset starts from its newest snapshot made at build time and loads the whole file
/// the first time it is asked for.
#[derive(Debug, Clone)]
pub struct Timeline {
    full: OnceLock<Model>,
    /// Loads `full` when it is first asked for; `None` when it was given at the start.
    load_full: Option<fn() -> Model>,
    dates: Vec<Date>,
    snapshots: Vec<OnceLock<Arc<Model>>>,
}

impl Timeline {
    /// Validates `data` at every date and builds its snapshots; every problem found when it is not valid.
    pub fn new(data: Dataset) -> Result<Timeline, Vec<Problem>> {
        Ok(Timeline::of(Model::new(data)?))
    }

    /// The snapshots of an already validated full model.
    pub fn of(full: Model) -> Timeline {
        let dates = change_dates(&full.data);
        let snapshots = (0..dates.len().max(1)).map(|_| OnceLock::new()).collect();
        Timeline {
            full: OnceLock::from(full),
            load_full: None,
            dates,
            snapshots,
        }
    }

    /// A timeline that starts from its newest snapshot, made from a valid file at build time; `load_full`
    /// gives the whole file when something first asks for it (another date, the events, the tours). Dates
    /// that do not parse are left out (build.rs writes them from `Date`s).
    pub fn from_newest(newest: NewestSnapshot, load_full: fn() -> Model) -> Timeline {
        let dates: Vec<Date> = newest.dates.iter().filter_map(|d| Date::parse(d)).collect();
        let as_of = dates.last().copied();
        let model = Model::with_names(newest.data, newest.origins, as_of, newest.all_names);
        let snapshots: Vec<OnceLock<Arc<Model>>> =
            (0..dates.len().max(1)).map(|_| OnceLock::new()).collect();
        if let Some(last) = snapshots.last() {
            let _ = last.set(Arc::new(model));
        }
        Timeline {
            full: OnceLock::new(),
            load_full: Some(load_full),
            dates,
            snapshots,
        }
    }

    /// The whole file, every version of every item.
    pub fn full(&self) -> &Model {
        self.full.get_or_init(|| match self.load_full {
            Some(load) => load(),
            None => Model::trusted(Dataset::default()),
        })
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
        let index = index.min(self.snapshots.len() - 1);
        self.snapshots[index].get_or_init(|| {
            Arc::new(match self.dates.get(index) {
                Some(date) => self.full().at(date),
                None => self.full().clone(),
            })
        })
    }

    /// Builds every snapshot now (a server may prefer to pay before its first visitor).
    pub fn build_all(&self) {
        (0..self.len()).for_each(|i| {
            self.snapshot(i);
        });
    }

    /// The date of snapshot `index`; `None` for the one snapshot of an undated dataset.
    pub fn date(&self, index: usize) -> Option<Date> {
        self.dates.get(index).copied()
    }

    /// The index of the newest snapshot, the app's default.
    pub fn newest(&self) -> usize {
        self.snapshots.len() - 1
    }

    /// The snapshot in force on `date`: the newest change date on or before its first day. `None` when
    /// `date` comes before every change.
    pub fn index_on(&self, date: &Date) -> Option<usize> {
        if self.dates.is_empty() {
            return Some(0);
        }
        self.dates.iter().rposition(|d| d <= date)
    }

    /// The snapshot a person means by "as of `date`" (`--as-of`, a tour stop): the newest change by the end of the
    /// period written, so `2019-06` includes a change on 9 June 2019.
    pub fn index_as_of(&self, date: &Date) -> Option<usize> {
        self.index_on(&date.last_day())
    }

    /// The change date before `date`, if any.
    pub fn previous_date(&self, date: &Date) -> Option<Date> {
        self.dates.iter().rev().find(|d| *d < date).copied()
    }

    /// The date of the source the dataset was built from (`meta.base_source`).
    pub fn base_date(&self) -> Option<Date> {
        base_source_date(&self.full().data)
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
        self.full()
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
        self.full()
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
        let (data, origins) = app_snapshot(&self.data, date);
        Model::snapshot(data, origins, *date, &self.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_str;

    fn then_and_now() -> Timeline {
        let data = load_str(
            "ruritania_then_now.ron",
            include_str!("../../tests/fixtures/ruritania_then_now.ron"),
        )
        .expect("the fixture parses");
        Timeline::new(data).expect("the fixture is valid")
    }

    fn d(text: &str) -> Date {
        Date::parse(text).expect(text)
    }

    fn at<'a>(t: &'a Timeline, date: &str) -> &'a Model {
        t.snapshot(t.index_on(&d(date)).expect("a snapshot then"))
    }

    #[test]
    fn change_dates_are_every_from_until_event_and_the_base_date() {
        let t = then_and_now();
        let dates: Vec<String> = t.dates().iter().map(ToString::to_string).collect();
        assert_eq!(
            dates,
            [
                "2019-03-20",
                "2019-06",
                "2023-01-01",
                "2023-03-19",
                "2026-07-01"
            ]
        );
        assert_eq!(t.len(), 5);
        assert_eq!(t.newest(), 4);
        assert_eq!(t.base_date(), Some(d("2019-06")));
        assert_eq!(t.base_index(), Some(1));
        assert_eq!(t.previous_date(&d("2023-03-19")), Some(d("2023-01-01")));
        assert_eq!(t.previous_date(&d("2019-03-20")), None);
        assert_eq!(t.index_on(&d("2019-01-01")), None);
        assert_eq!(t.index_on(&d("2030")), Some(4));
        // A month or a year asked for means its whole period.
        assert_eq!(t.index_on(&d("2023-03")), Some(2));
        assert_eq!(t.index_as_of(&d("2023-03")), Some(3));
        assert_eq!(t.index_as_of(&d("2019")), Some(1));
        assert_eq!(t.index_as_of(&d("2019-03-20")), Some(0));
        assert_eq!(t.index_as_of(&d("2019-02")), None);
    }

    #[test]
    fn a_snapshot_names_bodies_of_other_dates_with_the_files_text() {
        let t = then_and_now();
        let now = at(&t, "2024");
        let gone = "council_of_elders";
        assert!(now.body(gone).is_none());
        let file = t.full().body(gone).expect("in the file");
        // The same bytes, not a copy of them.
        assert!(std::ptr::eq(now.name(gone).as_ptr(), file.name.as_ptr()));
        for (kept, &i) in now.data.bodies.iter().zip(&now.origins.bodies) {
            let in_file = &t.full().data.bodies[i];
            assert!(std::ptr::eq(
                now.name(&kept.id).as_ptr(),
                in_file.name.as_ptr()
            ));
        }
    }

    #[test]
    fn a_body_replaced_by_another() {
        let t = then_and_now();
        let then = at(&t, "2019-06");
        assert!(then.body("council_of_elders").is_some());
        assert!(then.body("constitutional_court").is_none());
        let now = at(&t, "2024");
        assert!(now.body("council_of_elders").is_none());
        assert_eq!(
            now.body("constitutional_court").map(|b| b.members),
            Some(Some(7))
        );
        // An item of another date still has a name to show.
        assert_eq!(now.name("council_of_elders"), "Council of Elders");
        let replacing: Vec<&str> = t
            .replaced_by("council_of_elders")
            .map(|b| b.id.as_str())
            .collect();
        assert_eq!(replacing, ["constitutional_court"]);
        assert_eq!(t.ends("council_of_elders"), Some(d("2023-01-01")));
        assert_eq!(t.ends("constitutional_court"), None);
        assert_eq!(then.data.matters[1].starts_at, "council_of_elders");
        assert_eq!(now.data.matters[1].starts_at, "constitutional_court");
    }

    #[test]
    fn versions_of_one_body_resolve_to_the_one_valid_then() {
        let t = then_and_now();
        assert_eq!(
            at(&t, "2019-06").body("lower").and_then(|b| b.members),
            Some(100)
        );
        assert_eq!(
            at(&t, "2023-03-19").body("lower").and_then(|b| b.members),
            Some(90)
        );
        assert!(at(&t, "2026-07-01").body("lower").is_none());
        let versions: Vec<(usize, String)> = t
            .versions("lower")
            .map(|(i, _, v)| (i, v.describe()))
            .collect();
        assert_eq!(
            versions,
            [
                (4, "until 2023-03-19".to_string()),
                (5, "from 2023-03-19 until 2026-07-01".to_string())
            ]
        );
        // The snapshot remembers which version of the file it shows.
        let now = at(&t, "2023-03-19");
        let i = now.data.bodies.iter().position(|b| b.id == "lower");
        assert_eq!(i.map(|i| now.origins.bodies[i]), Some(5));
    }

    #[test]
    fn a_seat_group_that_ends_and_facts_that_start() {
        let t = then_and_now();
        let labels = |m: &Model| -> Vec<String> {
            m.body("upper")
                .map(|b| b.seats.iter().map(|g| g.label.to_string()).collect())
                .unwrap_or_default()
        };
        assert_eq!(labels(at(&t, "2019-06")), ["Town seats", "Royal seats"]);
        assert_eq!(labels(at(&t, "2023-01-01")), ["Town seats", "Guild seats"]);
        let now = at(&t, "2026-07-01");
        assert!(now.body("upper").is_none());
        let facts: Vec<&str> = now
            .data
            .overview
            .facts
            .iter()
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(
            facts,
            [
                "Laws are made by a one-chamber Assembly.",
                "The King was crowned in 2015 after his mother's death."
            ]
        );
        assert_eq!(now.origins.overview_facts, [1, 2]);
        assert!(now.data.topics.iter().all(|t| t.id != "two_houses"));
    }

    #[test]
    fn elections_and_events_up_to_the_date() {
        let t = then_and_now();
        let ids = |m: &Model| -> Vec<String> {
            m.data.elections.iter().map(|e| e.id.to_string()).collect()
        };
        assert_eq!(ids(at(&t, "2019-06")), ["commons_2019"]);
        assert_eq!(
            ids(at(&t, "2023-03-19")),
            ["commons_2019", "referendum_2022", "commons_2023"]
        );
        // A called election is known from its source's date, before it is held.
        assert_eq!(
            ids(at(&t, "2026-07-01")).last().map(String::as_str),
            Some("assembly_2026")
        );
        assert_eq!(at(&t, "2019-06").data.events.len(), 1);
        assert_eq!(at(&t, "2026-07-01").data.events.len(), 4);
    }

    #[test]
    fn an_undated_dataset_has_one_snapshot_of_everything() {
        let data = load_str(
            "minimal.ron",
            include_str!("../../tests/fixtures/minimal.ron"),
        )
        .expect("parses");
        let t = Timeline::new(data.clone()).expect("valid");
        assert!(t.dates().is_empty());
        assert_eq!(t.len(), 1);
        assert_eq!(t.snapshot(0).data, data);
        assert_eq!(t.index_on(&d("1900")), Some(0));
        assert_eq!(t.date(0), None);
    }
}
