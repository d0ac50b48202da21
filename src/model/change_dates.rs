//! The dates at which a dataset changes, read from its validity windows, events and base source. Below the
//! timeline and the checker, which both need them.

use super::date::{Date, Dated};
use super::types::*;

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
pub fn base_source_date(data: &Dataset) -> Option<Date> {
    let id = data.meta.base_source.as_deref()?;
    let source = data.sources.iter().find(|s| s.id == id)?;
    Date::parse(&source.as_of)
}
