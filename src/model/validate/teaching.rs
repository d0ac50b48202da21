//! The checks of the teaching material: glossary terms (texts, sources, dates, one definition at a time) and
//! tours (ids, texts, the items their stops name, and stop dates inside the dataset's span of dates).
//!
//! Both are checked once, on the whole file: a tour walks through time, so its stops are checked against every
//! version of what they name, and against the version in force at the stop's own date where it gives one.

use super::checker::Checker;
use super::dates::date_error;
use crate::model::change_dates::change_dates;
use crate::model::date::{Date, Dated};
use crate::model::snapshot::election_known_at;
use crate::model::types::*;
use std::collections::HashMap;

/// Every glossary term, then every tour.
pub(super) fn check(c: &mut Checker) {
    glossary(c);
    let span = span(c.data);
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, tour) in c.data.tours.iter().enumerate() {
        let path = format!("tours[{i}]");
        if tour.id.trim().is_empty() {
            c.report(format!("{path}.id"), "empty id");
        } else if let Some(earlier) = first.get(tour.id.as_str()) {
            c.report(
                format!("{path}.id"),
                format!("duplicate id {:?} (first at tours[{earlier}])", tour.id),
            );
        } else {
            first.insert(&tour.id, i);
        }
        if let Some(message) = super::strict::id_error(&tour.id) {
            c.report(format!("{path}.id"), message);
        }
        c.text(&path, "title", &tour.title);
        if tour.stops.is_empty() {
            c.report(
                format!("{path}.stops"),
                "no stops; a tour needs at least one",
            );
        }
        for (j, stop) in tour.stops.iter().enumerate() {
            tour_stop(c, &format!("{path}.stops[{j}]"), stop, span);
        }
    }
}

/// The first and the last change date, when the dataset has dates.
fn span(data: &Dataset) -> Option<(Date, Date)> {
    let dates = change_dates(data);
    Some((*dates.first()?, *dates.last()?))
}

fn glossary(c: &mut Checker) {
    let data = c.data;
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, g) in data.glossary.iter().enumerate() {
        let path = format!("glossary[{i}]");
        c.text(&path, "term", &g.term);
        c.text(&path, "definition", &g.definition);
        for (j, form) in g.forms.iter().enumerate() {
            if form.trim().is_empty() {
                c.report(format!("{path}.forms[{j}]"), "empty form");
            }
        }
        c.provenance(&path, &g.source, &g.as_of);
        for (j, id) in g.more_sources.iter().enumerate() {
            c.source_ref(format!("{path}.more_sources[{j}]"), id);
        }
        let (from, until) = g.window();
        for (field, value) in [("from", from), ("until", until)] {
            if let Some(value) = value {
                c.date(format!("{path}.{field}"), value);
            }
        }
        if let (Some(from), Some(until)) = (from, until)
            && g.validity().is_empty()
        {
            c.report(
                format!("{path}.until"),
                format!("until {until:?} is not after from {from:?}"),
            );
        }
        let key = g.term.trim().to_lowercase();
        if key.is_empty() {
            continue;
        }
        let earlier = seen.entry(key).or_default();
        if let Some(&other) = earlier
            .iter()
            .find(|&&e| data.glossary[e].validity().overlaps(&g.validity()))
        {
            c.report(
                format!("{path}.term"),
                format!(
                    "term {:?} is defined twice at once (first at glossary[{other}])",
                    g.term
                ),
            );
        }
        earlier.push(i);
    }
}

fn tour_stop(c: &mut Checker, path: &str, stop: &TourStop, span: Option<(Date, Date)>) {
    c.text(path, "text", &stop.text);
    c.text(path, "question", &stop.question);
    let date = stop
        .date
        .as_deref()
        .and_then(|text| stop_date(c, path, text, span));
    let Some(item) = &stop.item else {
        return;
    };
    let data = c.data;
    let item_path = format!("{path}.item");
    match item {
        TourItem::Body(id) => {
            let versions: Vec<&Body> = data.bodies.iter().filter(|b| &b.id == id).collect();
            held(c, &item_path, id, versions, date);
        }
        TourItem::Court(id) => {
            let versions: Vec<&Body> = data.bodies.iter().filter(|b| &b.id == id).collect();
            if versions.iter().any(|b| b.branch != Branch::Judicial) {
                c.report(
                    item_path.clone(),
                    format!("{id:?} is not a court: the court diagram shows judicial bodies only"),
                );
            }
            held(c, &item_path, id, versions, date);
        }
        TourItem::Election(id) => match (data.elections.iter().find(|e| &e.id == id), date) {
            (None, _) => c.report(item_path, format!("unknown election {id:?}")),
            (Some(e), Some(d)) if !election_known_at(e, &d) => c.report(
                item_path,
                format!("election {id:?} is not yet known on {d}"),
            ),
            _ => {}
        },
        TourItem::Case { scenario, step } => {
            let versions: Vec<&Scenario> = data
                .scenarios
                .iter()
                .filter(|s| &s.id == scenario)
                .collect();
            if versions.is_empty() {
                c.report(item_path, format!("unknown scenario {scenario:?}"));
                return;
            }
            let now: Vec<&&Scenario> = versions
                .iter()
                .filter(|s| date.is_none_or(|d| s.valid_at(&d)))
                .collect();
            match (now.is_empty(), date) {
                (true, Some(d)) => c.report(
                    item_path,
                    format!("refers to {scenario:?} outside its validity (on {d})"),
                ),
                _ if !now.iter().any(|s| *step < s.steps.len()) => {
                    let steps = now.iter().map(|s| s.steps.len()).max().unwrap_or(0);
                    c.report(
                        format!("{item_path}.step"),
                        format!("step {step} is past the end of scenario {scenario:?} ({steps} steps, counted from 0)"),
                    );
                }
                _ => {}
            }
        }
    }
}

/// The stop's date, when it is a real date within the dataset's dates; else reports why not.
fn stop_date(c: &mut Checker, path: &str, text: &str, span: Option<(Date, Date)>) -> Option<Date> {
    let field = format!("{path}.date");
    if let Some(message) = date_error(text) {
        c.report(field, message);
        return None;
    }
    let date = Date::parse(text)?;
    match span {
        None => {
            c.report(
                field,
                format!("date {text:?}, but the dataset has no dates"),
            );
            None
        }
        Some((first, last)) if date < first || date > last => {
            c.report(
                field,
                format!("date {text:?} is outside the data ({first} to {last})"),
            );
            None
        }
        Some(_) => Some(date),
    }
}

/// A body id the stop names: known, and in force at the stop's date when it gives one.
fn held(c: &mut Checker, path: &str, id: &str, versions: Vec<&Body>, date: Option<Date>) {
    if versions.is_empty() {
        c.report(path.to_string(), format!("unknown id {id:?}"));
    } else if let Some(d) = date
        && !versions.iter().any(|b| b.valid_at(&d))
    {
        c.report(
            path.to_string(),
            format!("refers to {id:?} outside its validity (on {d})"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::model::load_str;
    use crate::model::types::*;

    fn minimal() -> Dataset {
        load_str(
            "minimal.ron",
            include_str!("../../../tests/fixtures/minimal.ron"),
        )
        .expect("the minimal fixture parses")
    }

    fn problems(data: &Dataset) -> Vec<String> {
        crate::model::validate(data)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn stop(item: Option<TourItem>, date: Option<&str>) -> TourStop {
        TourStop {
            tab: Section::Judicial,
            item,
            date: date.map(Into::into),
            text: "Look.".into(),
            question: "Why?".into(),
        }
    }

    fn with_stops(mut data: Dataset, stops: Vec<TourStop>) -> Dataset {
        data.tours = vec![Tour {
            id: "t".into(),
            title: "A tour".into(),
            stops,
        }];
        data
    }

    fn term(word: &str, from: Option<&str>, until: Option<&str>) -> GlossaryTerm {
        GlossaryTerm {
            term: word.into(),
            definition: "Explained.".into(),
            source: "article".into(),
            as_of: "2019".into(),
            from: from.map(Into::into),
            until: until.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn good_glossary_and_tours_pass() {
        let mut data = with_stops(
            minimal(),
            vec![
                stop(Some(TourItem::Court("district".into())), None),
                stop(
                    Some(TourItem::Case {
                        scenario: "land-dispute".into(),
                        step: 2,
                    }),
                    None,
                ),
                stop(Some(TourItem::Election("pres-2019".into())), None),
            ],
        );
        // One term may be defined anew once the first definition ends.
        data.glossary = vec![
            term("Diet", None, Some("2020")),
            term("diet", Some("2020"), None),
        ];
        assert_eq!(problems(&data), Vec::<String>::new());
    }

    #[test]
    fn a_court_stop_must_name_a_judicial_body() {
        let data = with_stops(
            minimal(),
            vec![stop(Some(TourItem::Court("cabinet".into())), None)],
        );
        assert!(problems(&data).contains(
            &r#"tours[0].stops[0].item: "cabinet" is not a court: the court diagram shows judicial bodies only"#
                .to_string()
        ));
    }

    #[test]
    fn a_stop_date_needs_a_dataset_with_dates() {
        let data = with_stops(minimal(), vec![stop(None, Some("2019"))]);
        assert_eq!(
            problems(&data),
            vec![r#"tours[0].stops[0].date: date "2019", but the dataset has no dates"#]
        );
    }

    #[test]
    fn a_stop_names_what_holds_at_its_date() {
        let mut data = minimal();
        data.bodies[6].until = Some("2021".into()); // the supreme court
        data.relations.retain(|r| r.to != "supreme");
        data.scenarios.clear();
        let data = with_stops(
            data,
            vec![
                stop(Some(TourItem::Body("supreme".into())), Some("2021")),
                stop(Some(TourItem::Election("pres-2019".into())), Some("2021")),
                stop(Some(TourItem::Election("nope".into())), None),
            ],
        );
        let found = problems(&data);
        assert!(
            found.contains(
                &r#"tours[0].stops[0].item: refers to "supreme" outside its validity (on 2021)"#
                    .to_string()
            ),
            "{found:#?}"
        );
        assert!(found.contains(&r#"tours[0].stops[2].item: unknown election "nope""#.to_string()));
        assert!(
            !found.iter().any(|p| p.starts_with("tours[0].stops[1]")),
            "{found:#?}"
        );
    }

    #[test]
    fn a_term_is_defined_once_at_a_time() {
        let mut data = minimal();
        data.glossary = vec![term("Diet", None, None), term("DIET", Some("2020"), None)];
        assert_eq!(
            problems(&data),
            vec![
                r#"glossary[1].term: term "DIET" is defined twice at once (first at glossary[0])"#
            ]
        );
    }

    #[test]
    fn a_tour_has_an_id_a_title_and_stops() {
        let mut data = minimal();
        data.tours = vec![
            Tour {
                id: "t".into(),
                title: " ".into(),
                stops: vec![],
            },
            Tour {
                id: "t".into(),
                title: "Again".into(),
                stops: vec![stop(None, None)],
            },
        ];
        assert_eq!(
            problems(&data),
            vec![
                "tours[0].title: empty title",
                "tours[0].stops: no stops; a tour needs at least one",
                r#"tours[1].id: duplicate id "t" (first at tours[0])"#,
            ]
        );
    }
}
