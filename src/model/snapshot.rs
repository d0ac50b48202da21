//! A dataset as of one date: only what holds then, each item remembering its index in the full file.

use super::date::{Date, Dated};
use super::types::*;
use serde::{Deserialize, Serialize};

/// For each item of a snapshot, its index in the full file's list (`bodies[2]` of a snapshot may be
/// `bodies[5]` of the file), so problems and changes can name the file's items.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origins {
    pub bodies: Vec<usize>,
    pub relations: Vec<usize>,
    pub elections: Vec<usize>,
    pub memberships: Vec<usize>,
    pub topics: Vec<usize>,
    pub discrepancies: Vec<usize>,
    pub matters: Vec<usize>,
    pub scenarios: Vec<usize>,
    pub events: Vec<usize>,
    pub overview_facts: Vec<usize>,
    pub body_seats: Vec<Vec<usize>>,
    pub body_facts: Vec<Vec<usize>>,
    pub topic_facts: Vec<Vec<usize>>,
    pub election_facts: Vec<Vec<usize>>,
    pub election_criticisms: Vec<Vec<usize>>,
}

impl Origins {
    /// Every item is itself: the origins of a full file.
    pub fn identity(data: &Dataset) -> Origins {
        let all = |n: usize| (0..n).collect::<Vec<_>>();
        Origins {
            bodies: all(data.bodies.len()),
            relations: all(data.relations.len()),
            elections: all(data.elections.len()),
            memberships: all(data.memberships.len()),
            topics: all(data.topics.len()),
            discrepancies: all(data.discrepancies.len()),
            matters: all(data.matters.len()),
            scenarios: all(data.scenarios.len()),
            events: all(data.events.len()),
            overview_facts: all(data.overview.facts.len()),
            body_seats: data.bodies.iter().map(|b| all(b.seats.len())).collect(),
            body_facts: data.bodies.iter().map(|b| all(b.facts.len())).collect(),
            topic_facts: data.topics.iter().map(|t| all(t.facts.len())).collect(),
            election_facts: data.elections.iter().map(|e| all(e.facts.len())).collect(),
            election_criticisms: data
                .elections
                .iter()
                .map(|e| all(e.criticisms.len()))
                .collect(),
        }
    }

    fn list(&self, name: &str) -> Option<&[usize]> {
        Some(match name {
            "bodies" => &self.bodies,
            "relations" => &self.relations,
            "elections" => &self.elections,
            "memberships" => &self.memberships,
            "topics" => &self.topics,
            "discrepancies" => &self.discrepancies,
            "matters" => &self.matters,
            "scenarios" => &self.scenarios,
            "events" => &self.events,
            _ => return None,
        })
    }

    fn nested(&self, list: &str, index: usize, field: &str) -> Option<&[usize]> {
        let table = match (list, field) {
            ("bodies", "seats") => &self.body_seats,
            ("bodies", "facts") => &self.body_facts,
            ("topics", "facts") => &self.topic_facts,
            ("elections", "facts") => &self.election_facts,
            ("elections", "criticisms") => &self.election_criticisms,
            _ => return None,
        };
        table.get(index).map(Vec::as_slice)
    }

    /// The file's path for a snapshot path: `bodies[2].facts[0].source` becomes e.g.
    /// `bodies[5].facts[3].source`. Parts it cannot map stay as they are.
    pub fn file_path(&self, path: &str) -> String {
        let mut segments: Vec<String> = path.split('.').map(str::to_string).collect();
        if segments.first().map(String::as_str) == Some("overview") {
            if let Some(second) = segments.get_mut(1) {
                remap(second, "facts", &self.overview_facts);
            }
            return segments.join(".");
        }
        let Some((list, index)) = segments.first().and_then(|s| split_index(s)) else {
            return path.to_string();
        };
        let list = list.to_string();
        let file_index = self.list(&list).and_then(|l| l.get(index)).copied();
        if let Some(second) = segments.get_mut(1)
            && let Some((field, _)) = split_index(second)
        {
            let field = field.to_string();
            if let Some(table) = self.nested(&list, index, &field) {
                remap(second, &field, table);
            }
        }
        if let Some(file_index) = file_index {
            segments[0] = format!("{list}[{file_index}]");
        }
        segments.join(".")
    }
}

/// `name[12]` as `("name", 12)`.
fn split_index(segment: &str) -> Option<(&str, usize)> {
    let (name, rest) = segment.split_once('[')?;
    let index = rest.strip_suffix(']')?.parse().ok()?;
    Some((name, index))
}

fn remap(segment: &mut String, field: &str, table: &[usize]) {
    if let Some((name, index)) = split_index(segment)
        && name == field
        && let Some(file_index) = table.get(index)
    {
        *segment = format!("{field}[{file_index}]");
    }
}

/// The items of `items` that hold at `date` (all of them when `date` is `None`), cloned, with their indexes.
fn kept<T: Clone>(items: &[T], holds: impl Fn(&T) -> bool) -> (Vec<T>, Vec<usize>) {
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| holds(item))
        .map(|(i, item)| (item.clone(), i))
        .unzip()
}

fn at<T: Dated>(date: Option<&Date>) -> impl Fn(&T) -> bool + '_ {
    move |item| date.is_none_or(|d| item.valid_at(d))
}

/// Whether an election belongs to the dataset as of `date`: held by then, or called and known to its source
/// by then.
pub fn election_known_at(e: &Election, date: &Date) -> bool {
    let on = |text: &str| Date::parse(text).is_some_and(|d| d <= *date);
    match e.status {
        ElectionStatus::Held => on(&e.date),
        ElectionStatus::Called => on(&e.date) || on(&e.as_of),
    }
}

/// The dataset as the app shows it at `date`: `snapshot`, with the terms of the glossary that hold then. (The
/// checker sees snapshots without the glossary: it checks the terms once, on the whole file.)
pub fn app_snapshot(data: &Dataset, date: &Date) -> (Dataset, Origins) {
    let (mut out, origins) = snapshot(data, Some(date));
    out.glossary = data
        .glossary
        .iter()
        .filter(|g| g.valid_at(date))
        .cloned()
        .collect();
    (out, origins)
}

/// The dataset as of `date` (`None`: everything, as for a file with no dates).
pub fn snapshot(data: &Dataset, date: Option<&Date>) -> (Dataset, Origins) {
    let mut origins = Origins::default();
    let mut out = Dataset {
        meta: data.meta.clone(),
        sources: data.sources.clone(),
        ..Default::default()
    };
    let (facts, facts_origin) = kept(&data.overview.facts, at(date));
    out.overview = Overview {
        facts,
        ..data.overview.clone()
    };
    origins.overview_facts = facts_origin;

    let (mut bodies, bodies_origin) = kept(&data.bodies, at(date));
    for body in &mut bodies {
        let (seats, seats_origin) = kept(&body.seats, at(date));
        let (facts, facts_origin) = kept(&body.facts, at(date));
        body.seats = seats;
        body.facts = facts;
        origins.body_seats.push(seats_origin);
        origins.body_facts.push(facts_origin);
    }
    (out.bodies, origins.bodies) = (bodies, bodies_origin);
    (out.relations, origins.relations) = kept(&data.relations, at(date));

    let (mut elections, elections_origin) = kept(&data.elections, |e: &Election| {
        date.is_none_or(|d| election_known_at(e, d))
    });
    for e in &mut elections {
        let (facts, facts_origin) = kept(&e.facts, at(date));
        let (criticisms, criticisms_origin) = kept(&e.criticisms, at(date));
        e.facts = facts;
        e.criticisms = criticisms;
        origins.election_facts.push(facts_origin);
        origins.election_criticisms.push(criticisms_origin);
    }
    (out.elections, origins.elections) = (elections, elections_origin);
    (out.memberships, origins.memberships) = kept(&data.memberships, at(date));

    let (mut topics, topics_origin) = kept(&data.topics, at(date));
    for t in &mut topics {
        let (facts, facts_origin) = kept(&t.facts, at(date));
        t.facts = facts;
        origins.topic_facts.push(facts_origin);
    }
    (out.topics, origins.topics) = (topics, topics_origin);
    (out.discrepancies, origins.discrepancies) = kept(&data.discrepancies, at(date));
    (out.matters, origins.matters) = kept(&data.matters, at(date));
    (out.scenarios, origins.scenarios) = kept(&data.scenarios, at(date));
    (out.events, origins.events) = kept(&data.events, |e: &Event| {
        date.is_none_or(|d| Date::parse(&e.date).is_some_and(|on| on <= *d))
    });
    (out, origins)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_shares_its_texts_with_its_file() {
        let data = crate::model::load_str(
            "ruritania_then_now.ron",
            include_str!("../../tests/fixtures/ruritania_then_now.ron"),
        )
        .expect("the fixture parses");
        let date = Date::parse("2024").expect("a date");
        let (shown, origins) = app_snapshot(&data, &date);
        assert!(!shown.bodies.is_empty());
        for (body, &i) in shown.bodies.iter().zip(&origins.bodies) {
            let file = &data.bodies[i];
            assert!(SharedStr::ptr_eq(&body.name, &file.name), "{}", body.id);
            assert!(SharedStr::ptr_eq(&body.role, &file.role), "{}", body.id);
        }
        let fact = |d: &Dataset| d.overview.facts.last().map(|f| f.text.clone());
        let (ours, theirs) = (fact(&shown), fact(&data));
        assert!(
            ours.zip(theirs)
                .is_some_and(|(a, b)| SharedStr::ptr_eq(&a, &b))
        );
    }

    #[test]
    fn paths_map_back_to_the_file() {
        let origins = Origins {
            bodies: vec![0, 5],
            body_facts: vec![vec![0], vec![1, 3]],
            overview_facts: vec![2],
            relations: vec![4],
            ..Default::default()
        };
        assert_eq!(
            origins.file_path("bodies[1].facts[1].source"),
            "bodies[5].facts[3].source"
        );
        assert_eq!(origins.file_path("bodies[1].seats"), "bodies[5].seats");
        assert_eq!(
            origins.file_path("overview.facts[0].text"),
            "overview.facts[2].text"
        );
        assert_eq!(origins.file_path("relations[0]"), "relations[4]");
        assert_eq!(origins.file_path("meta.title"), "meta.title");
        assert_eq!(
            origins.file_path("overview.head_of_state"),
            "overview.head_of_state"
        );
    }
}
