//! The dataset as a sequence of neutral blocks (headings, paragraphs, items, tables), in reading order.
//!
//! Every fact is placed exactly once; the text and Markdown renderers only decide how blocks look.

use crate::model::phrasing;
use crate::model::{
    Body, Discrepancy, Election, Fact, Model, Reading, Relation, Scenario, Section, Topic,
};
use crate::strings::Strings;
use std::collections::HashMap;

/// One piece of the exported document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Level 1 is the title; 2 a section (tab); 3 a body, topic or election; 4 a part of one.
    Heading(u8, String),
    Paragraph(String),
    /// A bullet: a fact, a relation, a seat group, a scenario step.
    Item(String),
    /// A bullet under the item before it.
    SubItem(String),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// The whole dataset as blocks.
pub fn build(model: &Model, w: &'static Strings) -> Vec<Block> {
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
        blocks: Vec::new(),
        relations_from,
        discrepancies_at,
        placed: vec![false; data.discrepancies.len()],
    };
    doc.title();
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
    doc.blocks
}

struct Doc<'a> {
    model: &'a Model,
    w: &'static Strings,
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

    /// "[Politics article, as of 2019-06]"
    fn cite(&self, source: &str, as_of: &str) -> String {
        (self.w.export_cite)(self.model.source_title(source), as_of)
    }

    fn title(&mut self) {
        let meta = &self.model.data.meta;
        self.push(Block::Heading(1, meta.title.clone()));
        if !meta.description.trim().is_empty() {
            self.push(Block::Paragraph(meta.description.clone()));
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
                    self.election(e);
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
            _ => b.name.clone(),
        };
        self.push(Block::Heading(3, heading));
        self.push(Block::Paragraph(format!(
            "{} {}",
            b.role,
            self.cite(&b.source, &b.as_of)
        )));
        self.push(Block::Paragraph(body_details(b, self.w)));
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
            let mut line = phrasing::sentence(&b.name, r, model.name(&r.to), self.w);
            if let Some(note) = &r.note {
                line.push_str(&format!(" ({note})"));
            }
            line.push_str(&format!(" {}", self.cite(&r.source, &r.as_of)));
            self.push(Block::Item(line));
        }
        self.discrepancies_about(&b.id);
    }

    fn topic(&mut self, t: &Topic) {
        self.push(Block::Heading(3, t.title.clone()));
        for f in &t.facts {
            self.fact(f);
        }
        self.discrepancies_about(&t.id);
    }

    /// A fact, its source, and what became of it.
    fn fact(&mut self, f: &Fact) {
        let mut line = format!("{} {}", f.text, self.cite(&f.source, &f.as_of));
        if let Some(d) = f
            .discrepancy
            .as_deref()
            .and_then(|id| self.model.discrepancy(id))
        {
            line.push_str(&(self.w.disputed_see)(&d.title));
        }
        self.push(Block::Item(line));
        if let Some(s) = &f.superseded {
            self.push(Block::SubItem((self.w.no_longer_so)(
                &s.from,
                &s.by,
                self.model.source_title(&s.source),
            )));
        }
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
        self.push(Block::Paragraph(self.w.more_than_one_reading.to_string()));
        for r in &d.readings {
            self.reading(r);
        }
        if let Some(note) = &d.note {
            self.push(Block::Paragraph(note.clone()));
        }
    }

    fn reading(&mut self, r: &Reading) {
        self.push(Block::Item(format!(
            "{} {}",
            r.text,
            self.cite(&r.source, &r.as_of)
        )));
    }

    /// Where each kind of matter starts, and the worked examples.
    fn courts(&mut self) {
        let model = self.model;
        if !model.data.matters.is_empty() {
            self.push(Block::Heading(3, self.w.where_cases_start.to_string()));
            for m in &model.data.matters {
                self.push(Block::Item((self.w.starts_at)(
                    &m.label,
                    model.name(&m.starts_at),
                    &self.cite(&m.source, &m.as_of),
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
            &self.cite(&s.source, &s.as_of),
        )));
        for (i, step) in s.steps.iter().enumerate() {
            self.push(Block::Item((self.w.step)(
                i + 1,
                model.name(&step.at),
                &step.why,
            )));
        }
    }

    fn election(&mut self, e: &Election) {
        let model = self.model;
        self.push(Block::Heading(3, e.title.clone()));
        let mut about = (self.w.held)(model.name(&e.for_body), &e.date);
        if let Some(s) = &e.scheduled {
            about.push_str(&(self.w.scheduled_for)(s));
        }
        about.push('.');
        if let Some(why) = &e.why {
            about.push_str(&format!(" {why}"));
        }
        if let Some(n) = e.candidates_registered {
            about.push_str(&(self.w.candidates_registered_n)(n));
        }
        about.push_str(&format!(" {}", self.cite(&e.source, &e.as_of)));
        self.push(Block::Paragraph(about));
        if !e.results.is_empty() {
            self.push(results_table(e, self.w));
        }
        for f in &e.facts {
            self.fact(f);
        }
        if !e.criticisms.is_empty() {
            self.push(Block::Heading(4, self.w.criticism.to_string()));
            for f in &e.criticisms {
                self.fact(f);
            }
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
                        m.acronym.clone(),
                        m.name.clone(),
                        m.category.clone(),
                        m.status.clone(),
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

/// Candidates and shares, with the rest of the vote as one row.
fn results_table(e: &Election, w: &'static Strings) -> Block {
    let mut rows: Vec<Vec<String>> = e
        .results
        .iter()
        .map(|r| {
            let mut candidate = r.candidate.clone();
            if let Some(note) = &r.note {
                candidate.push_str(&format!(" ({note})"));
            }
            vec![
                candidate,
                r.party.clone().unwrap_or_default(),
                format!("{:.2}%", r.percent),
            ]
        })
        .collect();
    let rest = 100.0 - e.results.iter().map(|r| r.percent).sum::<f64>();
    if rest >= 0.005 {
        rows.push(vec![
            w.other_candidates.to_string(),
            String::new(),
            format!("{rest:.2}%"),
        ]);
    }
    Block::Table {
        header: [w.candidate, w.party, w.share].map(String::from).to_vec(),
        rows,
    }
}
