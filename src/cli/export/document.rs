//! The dataset as a sequence of neutral blocks (headings, paragraphs, items, tables), in reading order.
//!
//! Every fact is placed exactly once; the text and Markdown renderers only decide how blocks look.

use super::block::Block;
use super::elections::election;
use super::history;
use super::provenance::Cite;
use crate::model::phrasing;
use crate::model::{
    Body, Dated, Discrepancy, Model, Reading, Relation, Scenario, Section, SharedStr, Timeline,
    Topic,
};
use crate::strings::Strings;
use std::collections::HashMap;

/// The snapshot `index` of `timeline` as blocks; `asked` is the date the reader asked for, if any.
pub fn build(
    timeline: &Timeline,
    index: usize,
    asked: Option<&str>,
    w: &'static Strings,
) -> Vec<Block> {
    let model: &Model = timeline.snapshot(index);
    let data = &model.data;
    let mut relations_from: HashMap<&str, Vec<&Relation>> = HashMap::new();
    for r in &data.relations {
        relations_from.entry(r.from.as_str()).or_default().push(r);
    }
    let mut discrepancies_at: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, d) in data.discrepancies.iter().enumerate() {
        if let Some(first) = d.subjects.first() {
            discrepancies_at.entry(first.as_str()).or_default().push(i);
        }
    }
    let mut doc = Doc {
        model,
        w,
        timeline,
        cite: Cite::new(model, w),
        blocks: Vec::new(),
        relations_from,
        discrepancies_at,
        placed: vec![false; data.discrepancies.len()],
    };
    doc.title();
    doc.as_of(index, asked);
    // The sections in the app's tab order, each with the bodies of its branches.
    for section in Section::ALL {
        doc.push(Block::Heading(2, section.title(w).to_string()));
        let before = doc.blocks.len();
        doc.section(section);
        if doc.blocks.len() == before {
            doc.push(Block::Paragraph(w.nothing_recorded.to_string()));
        }
    }
    let unplaced: Vec<&Discrepancy> = data
        .discrepancies
        .iter()
        .zip(&doc.placed)
        .filter(|(_, placed)| !**placed)
        .map(|(d, _)| d)
        .collect();
    if !unplaced.is_empty() {
        doc.push(Block::Heading(2, w.other_discrepancies.to_string()));
        for d in unplaced {
            doc.discrepancy(d);
        }
    }
    let later = timeline.full().data.events.len() - data.events.len();
    history::what_changed(&doc.cite, later, &mut doc.blocks);
    history::sources(&doc.cite, &mut doc.blocks);
    doc.blocks
}

struct Doc<'a> {
    model: &'a Model,
    w: &'static Strings,
    /// The whole file, for what ends or replaces a body after the snapshot's date.
    timeline: &'a Timeline,
    cite: Cite<'a>,
    blocks: Vec<Block>,
    /// Relations by the body they start from; each is listed under that body.
    relations_from: HashMap<&'a str, Vec<&'a Relation>>,
    /// Discrepancies (indexes) by the first body or topic they name.
    discrepancies_at: HashMap<&'a str, Vec<usize>>,
    /// Which discrepancies have been shown, so each is shown once.
    placed: Vec<bool>,
}

impl Doc<'_> {
    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// "[Politics article, as of 2019-06]" and the further sources by number.
    fn cite(&self, source: &str, as_of: &str, more: &[SharedStr]) -> String {
        self.cite.sources(source, as_of, more)
    }

    fn title(&mut self) {
        let meta = &self.model.data.meta;
        self.push(Block::Heading(1, meta.title.to_string()));
        if !meta.description.trim().is_empty() {
            self.push(Block::Paragraph(meta.description.to_string()));
        }
        let mut country = (self.w.country)(&meta.country);
        if !meta.names.is_empty() {
            let names: Vec<String> = meta
                .names
                .iter()
                .map(|(lang, name)| format!("{name} ({lang})"))
                .collect();
            country.push_str(&(self.w.also)(&names.join(", ")));
        }
        self.push(Block::Paragraph(country));
    }

    /// Which date the document describes, and why that one.
    fn as_of(&mut self, index: usize, asked: Option<&str>) {
        let t = self.timeline;
        let Some(date) = t.date(index) else {
            self.push(Block::Paragraph(self.w.export_no_dates.to_string()));
            return;
        };
        let w = self.w;
        let mut line = (w.export_as_of)(&date.to_string());
        let mut why = Vec::new();
        if asked.is_some_and(|a| a != date.to_string()) {
            why.push((w.last_change_on_or_before)(asked.unwrap_or_default()));
        }
        if t.base_date() == Some(date) {
            let base = self
                .model
                .data
                .meta
                .base_source
                .as_deref()
                .unwrap_or_default();
            why.push((w.the_date_of)(self.model.source_title(base)));
        }
        if index == t.newest() {
            why.push(w.the_newest_date_in_the_dataset.to_string());
        }
        if !why.is_empty() {
            line.push_str(&format!(" ({})", why.join("; ")));
        }
        line.push('.');
        if let (Some(first), Some(last)) = (t.dates().first(), t.dates().last()) {
            line.push_str(&(w.records_changes)(&first.to_string(), &last.to_string()));
        }
        self.push(Block::Paragraph(line));
    }

    fn section(&mut self, section: Section) {
        let model = self.model;
        if section == Section::Overview {
            self.overview();
        }
        for &branch in section.branches() {
            for body in model.bodies_in(branch) {
                self.body(body);
            }
        }
        match section {
            Section::Judicial => self.courts(),
            Section::Elections => {
                for e in &model.data.elections {
                    election(&self.cite, e, &mut self.blocks);
                }
            }
            Section::International => self.memberships(),
            Section::Overview | Section::Executive | Section::Legislative | Section::Society => {}
        }
        for topic in model.topics_in(section) {
            self.topic(topic);
        }
    }

    fn overview(&mut self) {
        let model = self.model;
        let o = &model.data.overview;
        self.push(Block::Paragraph((self.w.heads)(
            model.name(&o.head_of_state),
            model.name(&o.head_of_government),
        )));
        self.fact(&o.form_of_government);
        for f in &o.facts {
            self.fact(f);
        }
    }

    fn body(&mut self, b: &Body) {
        let model = self.model;
        let heading = match &b.short {
            Some(short) if short != &b.name => format!("{} ({short})", b.name),
            _ => b.name.to_string(),
        };
        self.push(Block::Heading(3, heading));
        self.push(Block::Paragraph(format!(
            "{} {}",
            b.role,
            self.cite(&b.source, &b.as_of, &b.more_sources)
        )));
        self.push(Block::Paragraph(body_details(b, self.w)));
        self.body_in_time(b);
        for g in &b.seats {
            self.push(Block::Item(format!(
                "{} {}: {}",
                g.count,
                g.label,
                g.how.trim_end_matches('.')
            )));
        }
        for f in &b.facts {
            self.fact(f);
        }
        for r in self
            .relations_from
            .remove(b.id.as_str())
            .unwrap_or_default()
        {
            let mut line =
                phrasing::sentence_agreeing(&b.name, b.plural, r, model.name(&r.to), self.w);
            if let Some(note) = &r.note {
                line.push_str(&format!(" ({note})"));
            }
            line.push_str(&format!(
                " {}",
                self.cite(&r.source, &r.as_of, &r.more_sources)
            ));
            self.push(Block::Item(line));
        }
        self.discrepancies_about(&b.id);
    }

    /// Since when the body holds and what it replaced; when it ends later, and what replaces it.
    fn body_in_time(&mut self, b: &Body) {
        let model = self.model;
        let validity = b.validity();
        let end = self.timeline.ends(&b.id);
        let mut successors: Vec<&Body> = Vec::new();
        for s in self.timeline.replaced_by(&b.id) {
            if successors.iter().all(|known| known.id != s.id) {
                successors.push(s);
            }
        }
        // "Abolished …" below already says when a replaced body ends.
        let said_below = validity.from.is_none() && validity.until == end && !successors.is_empty();
        if !b.replaces.is_empty() {
            let before: Vec<&str> = b.replaces.iter().map(|id| model.name(id)).collect();
            let since = validity.from.map(|from| from.to_string());
            self.push(Block::Paragraph((self.w.before_it)(
                since.as_deref(),
                &before.join(", "),
            )));
        } else if !validity.is_always() && !said_below {
            let from = validity.from.map(|d| d.to_string());
            let until = validity.until.map(|d| d.to_string());
            let during = (self.w.validity)(from.as_deref(), until.as_deref());
            let mut line = (self.w.valid_during)(&during);
            // A later version of the same body: say what it changes to.
            let next = validity.until.and_then(|until| {
                self.timeline
                    .versions(&b.id)
                    .find(|(_, _, v)| v.from == Some(until))
            });
            if let Some((_, next, _)) = next
                && let Some(members) = next.members
                && next.members != b.members
            {
                line.push_str(&(self.w.from_then_members)(members));
            }
            line.push('.');
            self.push(Block::Paragraph(line));
        }
        if let (Some(end), Some(first)) = (end, successors.first()) {
            let names: Vec<&str> = successors.iter().map(|s| s.name.as_str()).collect();
            let cite = self.cite(&first.source, &first.as_of, &first.more_sources);
            self.push(Block::Paragraph((self.w.abolished_replaced_cited)(
                &end.to_string(),
                &names.join(", "),
                &cite,
            )));
        }
    }

    fn topic(&mut self, t: &Topic) {
        self.push(Block::Heading(3, t.title.to_string()));
        for f in &t.facts {
            self.fact(f);
        }
        self.discrepancies_about(&t.id);
    }

    /// A fact, its sources, its correction and what became of it.
    fn fact(&mut self, f: &crate::model::Fact) {
        self.cite.fact(f, &mut self.blocks);
    }

    /// Discrepancies are shown once, under the first body or topic they name; the rest at the end.
    fn discrepancies_about(&mut self, subject: &str) {
        let model = self.model;
        for i in self.discrepancies_at.remove(subject).unwrap_or_default() {
            self.placed[i] = true;
            self.discrepancy(&model.data.discrepancies[i]);
        }
    }

    fn discrepancy(&mut self, d: &Discrepancy) {
        self.push(Block::Heading(4, (self.w.discrepancy)(&d.title)));
        self.push(Block::Paragraph(self.cite.disagreement(d)));
        for r in &d.readings {
            self.reading(r);
        }
        if let Some(note) = &d.note {
            self.push(Block::Paragraph(note.to_string()));
        }
    }

    fn reading(&mut self, r: &Reading) {
        self.push(Block::Item(format!(
            "{} {}",
            r.text,
            self.cite(&r.source, &r.as_of, &r.more_sources)
        )));
    }

    /// Where each kind of matter starts, and the worked examples.
    fn courts(&mut self) {
        let model = self.model;
        super::appeal_chain::appeal_chain(model, self.w, &mut self.blocks);
        if !model.data.matters.is_empty() {
            self.push(Block::Heading(3, self.w.where_cases_start.to_string()));
            for m in &model.data.matters {
                self.push(Block::Item((self.w.starts_at)(
                    &m.label,
                    model.name(&m.starts_at),
                    &self.cite(&m.source, &m.as_of, &m.more_sources),
                )));
            }
        }
        for s in &model.data.scenarios {
            self.scenario(s);
        }
    }

    fn scenario(&mut self, s: &Scenario) {
        let model = self.model;
        self.push(Block::Heading(3, (self.w.example)(&s.title)));
        let matter = model
            .data
            .matters
            .iter()
            .find(|m| m.id == s.matter)
            .map_or(s.matter.as_str(), |m| m.label.as_str());
        self.push(Block::Paragraph((self.w.matter)(
            matter,
            &self.cite(&s.source, &s.as_of, &s.more_sources),
        )));
        for (i, step) in s.steps.iter().enumerate() {
            self.push(Block::Item((self.w.step)(
                i + 1,
                model.name(&step.at),
                &step.why,
            )));
        }
    }

    fn memberships(&mut self) {
        let model = self.model;
        let list = &model.data.memberships;
        if list.is_empty() {
            return;
        }
        let w = self.w;
        self.push(Block::Heading(3, w.memberships.to_string()));
        self.push(Block::Table {
            header: [w.acronym, w.name, w.category, w.status, w.source]
                .map(String::from)
                .to_vec(),
            rows: list
                .iter()
                .map(|m| {
                    vec![
                        m.acronym.to_string(),
                        m.name.to_string(),
                        m.category.to_string(),
                        m.status.to_string(),
                        (w.as_of)(model.source_title(&m.source), &m.as_of),
                    ]
                })
                .collect(),
        });
        for m in list {
            if let Some(note) = &m.note {
                self.push(Block::Item(format!("{}: {note}", m.acronym)));
            }
            if let Some(s) = &m.superseded {
                self.push(Block::Item((w.superseded_on)(
                    &m.acronym,
                    &s.from,
                    &s.by,
                    model.source_title(&s.source),
                )));
            }
        }
    }
}

/// "Chamber. 10 members. Court level 2." and names in other languages.
fn body_details(b: &Body, w: &'static Strings) -> String {
    let mut details = (w.kind)(&format!("{:?}", b.kind));
    if let Some(n) = b.members {
        details.push_str(&(w.members_n)(n));
    }
    if let Some(level) = b.court_level {
        details.push_str(&(w.court_level)(level));
    }
    if !b.names.is_empty() {
        let names: Vec<String> = b
            .names
            .iter()
            .map(|(lang, name)| format!("{name} ({lang})"))
            .collect();
        details.push_str(&(w.also_called)(&names.join(", ")));
    }
    details
}
