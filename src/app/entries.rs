//! What each tab lists: the entries a user can select and open. Derived from the dataset, never stored.

use super::tab::Tab;
use crate::model::{Branch, Model};
use crate::strings::Strings;

/// One selectable item in a tab's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// The Overview's summary page.
    Summary,
    /// `bodies[i]`.
    Body(usize),
    /// `topics[i]`.
    Topic(usize),
    /// `elections[i]`.
    Election(usize),
    /// The table of international memberships.
    Memberships,
    /// Every place the source contradicts itself.
    Discrepancies,
    /// The diagram of the courts: appeals, where cases start, who appoints the judges.
    CourtDiagram,
    /// The terms the dataset explains.
    Glossary,
    /// Every source the dataset cites.
    Sources,
}

/// The entries of `tab`, in list order.
pub fn entries(model: &Model, tab: Tab) -> Vec<Entry> {
    let d = &model.data;
    let bodies = |branch: Branch| {
        d.bodies
            .iter()
            .enumerate()
            .filter(move |(_, b)| b.branch == branch)
            .map(|(i, _)| Entry::Body(i))
    };
    let topics = d
        .topics
        .iter()
        .enumerate()
        .filter(|(_, t)| t.section == tab)
        .map(|(i, _)| Entry::Topic(i));
    let mut list = Vec::new();
    // What a tab lists before its bodies; exhaustive so that a new tab is asked what it leads with.
    match tab {
        Tab::Overview => list.push(Entry::Summary),
        Tab::Judicial => {
            if crate::court::has_courts(model) {
                list.push(Entry::CourtDiagram);
            }
        }
        Tab::Elections => list.extend((0..d.elections.len()).map(Entry::Election)),
        Tab::International => {
            if !d.memberships.is_empty() {
                list.push(Entry::Memberships);
            }
        }
        Tab::Executive | Tab::Legislative | Tab::Society => {}
    }
    for &branch in tab.branches() {
        list.extend(bodies(branch));
    }
    list.extend(topics);
    if tab == Tab::Overview && !d.discrepancies.is_empty() {
        list.push(Entry::Discrepancies);
    }
    if tab == Tab::Overview && !d.sources.is_empty() {
        list.push(Entry::Sources);
    }
    if tab == Tab::Overview && !d.glossary.is_empty() {
        list.push(Entry::Glossary);
    }
    list
}

/// The entry's label in a list.
pub fn label(model: &Model, w: &'static Strings, entry: Entry) -> String {
    let d = &model.data;
    match entry {
        Entry::Summary => w.at_a_glance.to_string(),
        Entry::Body(i) => {
            let b = &d.bodies[i];
            b.short.as_deref().unwrap_or(&b.name).to_string()
        }
        Entry::Topic(i) => d.topics[i].title.to_string(),
        Entry::Election(i) => d.elections[i].title.to_string(),
        Entry::Memberships => (w.memberships_count)(d.memberships.len()),
        Entry::Discrepancies => (w.contradictions_count)(d.discrepancies.len()),
        Entry::CourtDiagram => w.court_system.to_string(),
        Entry::Glossary => (w.glossary.list_label)(d.glossary.len()),
        Entry::Sources => (w.sources_count)(d.sources.len()),
    }
}

/// The sources behind an entry, each with the latest date it describes, for the status line.
pub fn provenance(model: &Model, entry: Entry) -> Vec<(String, String)> {
    let d = &model.data;
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    match entry {
        Entry::Summary => {
            let f = &d.overview.form_of_government;
            pairs.push((&f.source, &f.as_of));
            pairs.extend(
                d.overview
                    .facts
                    .iter()
                    .map(|f| (f.source.as_str(), f.as_of.as_str())),
            );
        }
        Entry::Body(i) => {
            let b = &d.bodies[i];
            pairs.push((&b.source, &b.as_of));
            pairs.extend(
                b.facts
                    .iter()
                    .map(|f| (f.source.as_str(), f.as_of.as_str())),
            );
        }
        Entry::Topic(i) => pairs.extend(
            d.topics[i]
                .facts
                .iter()
                .map(|f| (f.source.as_str(), f.as_of.as_str())),
        ),
        Entry::Election(i) => pairs.push((&d.elections[i].source, &d.elections[i].as_of)),
        Entry::Memberships => pairs.extend(
            d.memberships
                .iter()
                .map(|m| (m.source.as_str(), m.as_of.as_str())),
        ),
        Entry::Discrepancies => pairs.extend(d.discrepancies.iter().flat_map(|x| {
            x.readings
                .iter()
                .map(|r| (r.source.as_str(), r.as_of.as_str()))
        })),
        Entry::Sources => pairs.extend(d.sources.iter().map(|s| (s.id.as_str(), s.as_of.as_str()))),
        Entry::Glossary => pairs.extend(
            d.glossary
                .iter()
                .map(|g| (g.source.as_str(), g.as_of.as_str())),
        ),
        Entry::CourtDiagram => {
            for i in crate::court::bodies_shown(model) {
                let b = &d.bodies[i];
                pairs.push((&b.source, &b.as_of));
            }
            pairs.extend(
                d.matters
                    .iter()
                    .map(|m| (m.source.as_str(), m.as_of.as_str())),
            );
        }
    }
    let mut merged: Vec<(String, String)> = Vec::new();
    for (source, as_of) in pairs {
        match merged.iter_mut().find(|(s, _)| s == source) {
            // Dates are YYYY[-MM[-DD]], so the larger string is the later date.
            Some((_, date)) if date.as_str() < as_of => *date = as_of.to_string(),
            Some(_) => {}
            None => merged.push((source.to_string(), as_of.to_string())),
        }
    }
    merged
}

/// Whether anything on the entry's page is disputed by the source itself.
pub fn has_discrepancy(model: &Model, entry: Entry) -> bool {
    let d = &model.data;
    let facts_disputed =
        |facts: &[crate::model::Fact]| facts.iter().any(|f| f.discrepancy.is_some());
    match entry {
        Entry::Summary => {
            facts_disputed(&d.overview.facts) || d.overview.form_of_government.discrepancy.is_some()
        }
        Entry::Body(i) => {
            facts_disputed(&d.bodies[i].facts)
                || model.discrepancies_about(&d.bodies[i].id).next().is_some()
        }
        Entry::Topic(i) => {
            facts_disputed(&d.topics[i].facts)
                || model.discrepancies_about(&d.topics[i].id).next().is_some()
        }
        Entry::Election(i) => facts_disputed(&d.elections[i].facts),
        Entry::Memberships | Entry::CourtDiagram | Entry::Glossary | Entry::Sources => false,
        Entry::Discrepancies => true,
    }
}
