//! What is searchable: every text a snapshot of the dataset shows, each tagged with the item it belongs to.

use crate::model::{Fact, Model, SharedStr, phrasing};
use crate::strings::Strings;

/// The item a searchable text belongs to, by its index in the snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// The form of government and the overview's facts.
    Overview,
    Body(usize),
    Topic(usize),
    Election(usize),
    Membership(usize),
    Discrepancy(usize),
    /// A kind of case or a case followed through the courts.
    Case,
}

/// One searchable text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub subject: Subject,
    /// The model's own text where the document is one (shared, not copied), else the sentence made for it.
    pub text: SharedStr,
    /// The text is a name of the subject (listed before what is said about it).
    pub name: bool,
}

/// Texts gathered in order.
#[derive(Default)]
struct Texts(Vec<Document>);

impl Texts {
    fn push(&mut self, subject: Subject, text: SharedStr, name: bool) {
        if !text.trim().is_empty() {
            self.0.push(Document {
                subject,
                text,
                name,
            });
        }
    }

    /// A name of `subject`: the model's own text.
    fn name(&mut self, subject: Subject, text: &SharedStr) {
        self.push(subject, text.clone(), true);
    }

    /// What the model says about `subject`, in its own text.
    fn add(&mut self, subject: Subject, text: &SharedStr) {
        self.push(subject, text.clone(), false);
    }

    /// A name made for `subject` from the model's texts.
    fn made_name(&mut self, subject: Subject, text: String) {
        self.push(subject, text.into(), true);
    }

    /// A sentence made about `subject` from the model's texts.
    fn made(&mut self, subject: Subject, text: String) {
        self.push(subject, text.into(), false);
    }

    fn facts(&mut self, subject: Subject, facts: &[Fact]) {
        for fact in facts {
            self.add(subject, &fact.text);
            if let Some(s) = &fact.superseded {
                self.add(subject, &s.by);
            }
        }
    }
}

/// Every text of `model`, in the order its items are listed: names first, then what is said about them.
pub fn documents(model: &Model, w: &'static Strings) -> Vec<Document> {
    let d = &model.data;
    let mut t = Texts::default();
    let mut sentences: Vec<Option<SharedStr>> = vec![None; d.relations.len()];
    for (i, body) in d.bodies.iter().enumerate() {
        let subject = Subject::Body(i);
        t.name(subject, &body.name);
        if let Some(short) = &body.short {
            t.name(subject, short);
        }
        for (language, name) in &body.names {
            t.made_name(subject, format!("{language}: {name}"));
        }
        t.add(subject, &body.role);
        for seat in &body.seats {
            t.made(subject, format!("{}: {}", seat.label, seat.how));
        }
        t.facts(subject, &body.facts);
        let relations = d.relations.iter().enumerate();
        for (at, r) in relations.filter(|(_, r)| r.from == body.id || r.to == body.id) {
            // A relation reads the same on the pages of both its bodies: one sentence for the two.
            let sentence = sentences[at].get_or_insert_with(|| {
                phrasing::sentence_agreeing(
                    model.name(&r.from),
                    model.body(&r.from).is_some_and(|b| b.plural),
                    r,
                    model.name(&r.to),
                    w,
                )
                .into()
            });
            t.add(subject, sentence);
        }
    }
    t.add(Subject::Overview, &d.overview.form_of_government.text);
    t.facts(Subject::Overview, &d.overview.facts);
    for (i, topic) in d.topics.iter().enumerate() {
        t.name(Subject::Topic(i), &topic.title);
        t.facts(Subject::Topic(i), &topic.facts);
    }
    for (i, e) in d.elections.iter().enumerate() {
        let subject = Subject::Election(i);
        t.name(subject, &e.title);
        for r in &e.results {
            match &r.party {
                Some(party) => t.made(subject, format!("{} ({party})", r.candidate)),
                None => t.add(subject, &r.candidate),
            }
        }
        for p in &e.parties {
            t.add(subject, &p.party);
        }
        if let Some(q) = &e.question {
            t.add(subject, q);
        }
        t.facts(subject, &e.criticisms);
        t.facts(subject, &e.facts);
    }
    for (i, m) in d.memberships.iter().enumerate() {
        t.made_name(
            Subject::Membership(i),
            format!("{} · {}", m.acronym, m.name),
        );
    }
    for (i, x) in d.discrepancies.iter().enumerate() {
        t.add(Subject::Discrepancy(i), &x.title);
        for r in &x.readings {
            t.add(Subject::Discrepancy(i), &r.text);
        }
    }
    for m in &d.matters {
        t.add(Subject::Case, &m.label);
    }
    for s in &d.scenarios {
        t.name(Subject::Case, &s.title);
    }
    t.0
}
