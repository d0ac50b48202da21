//! How the export cites: a statement's source by title and date, further sources by their number in the
//! Sources section, and what a correcting source says is true instead.

use super::block::Block;
use crate::model::{Correction, Discrepancy, Fact, Model, SharedStr};
use crate::strings::Strings;
use std::collections::HashMap;

/// The snapshot being exported, the words it is written in and the number of each source in its Sources section.
pub struct Cite<'a> {
    pub model: &'a Model,
    pub w: &'static Strings,
    numbers: HashMap<&'a str, usize>,
}

impl<'a> Cite<'a> {
    pub fn new(model: &'a Model, w: &'static Strings) -> Cite<'a> {
        let numbers = model
            .data
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i + 1))
            .collect();
        Cite { model, w, numbers }
    }

    /// The source's number in the Sources section (1 is the first).
    pub fn number(&self, id: &str) -> Option<usize> {
        self.numbers.get(id).copied()
    }

    /// "[Politics article, as of 2019-06]"
    pub fn source(&self, source: &str, as_of: &str) -> String {
        (self.w.export_cite)(self.model.source_title(source), as_of)
    }

    /// The source, then the further sources by number: "[Politics article, as of 2019-06] (also sources 7, 8)".
    pub fn sources(&self, source: &str, as_of: &str, more: &[SharedStr]) -> String {
        let mut cite = self.source(source, as_of);
        if !more.is_empty() {
            let numbers: Vec<String> = more
                .iter()
                .map(|id| {
                    self.number(id)
                        .map_or_else(|| id.to_string(), |n| n.to_string())
                })
                .collect();
            cite.push_str(&(self.w.also_sources)(more.len(), &numbers.join(", ")));
        }
        cite
    }

    /// "Correction: Politics article says the King was crowned. In fact: he was elected. [Gazette]"
    pub fn correction(&self, said_by: &str, c: &Correction) -> String {
        (self.w.correction)(
            self.model.source_title(said_by),
            c.says.trim_end_matches('.'),
            &c.truth,
            self.model.source_title(&c.source),
        )
    }

    /// A fact with its sources, what corrects it and what became of it.
    pub fn fact(&self, f: &Fact, out: &mut Vec<Block>) {
        let mut line = format!(
            "{} {}",
            f.text,
            self.sources(&f.source, &f.as_of, &f.more_sources)
        );
        if let Some(d) = f
            .discrepancy
            .as_deref()
            .and_then(|id| self.model.discrepancy(id))
        {
            line.push_str(&(self.w.disputed_see)(&d.title));
        }
        out.push(Block::Item(line));
        if let Some(c) = &f.correction {
            out.push(Block::SubItem(self.correction(&f.source, c)));
        }
        if let Some(s) = &f.superseded {
            out.push(Block::SubItem((self.w.no_longer_so)(
                &s.from,
                &s.by,
                self.model.source_title(&s.source),
            )));
        }
    }

    /// "The sources disagree" when the readings cite different sources, else "<title> contradicts itself".
    pub fn disagreement(&self, d: &Discrepancy) -> String {
        let mut sources: Vec<&str> = d.readings.iter().map(|r| r.source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        match sources.as_slice() {
            [one] => format!(
                "{}:",
                (self.w.contradicts_itself)(self.model.source_title(one))
            ),
            _ => format!("{}:", self.w.sources_disagree),
        }
    }
}
