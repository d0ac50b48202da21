//! Finding anything the dataset says at one date: every text of a snapshot folded once into an index, then
//! matched ignoring case and diacritics. Below the app: it knows the model, not tabs, pages or keys.

mod dataset;
mod fold;

pub use dataset::{Document, Subject, documents};
pub use fold::{fold, fold_char, positions};

use crate::model::Model;
use crate::strings::Strings;

/// Longest query searched; more typing is ignored.
pub const MAX_QUERY_CHARS: usize = 60;

/// Every searchable text of one snapshot, folded once.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub documents: Vec<Document>,
    folded: Vec<String>,
}

/// One document that matches: its index in `documents` and the char position of the first match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub document: usize,
    pub at: usize,
}

impl SearchIndex {
    /// The index of everything `model` says, its relations phrased in `w`'s language.
    pub fn of(model: &Model, w: &'static Strings) -> SearchIndex {
        let documents = documents(model, w);
        let folded = documents.iter().map(|d| fold(&d.text)).collect();
        SearchIndex { documents, folded }
    }

    /// Documents containing `query` (case and diacritics ignored): names first, then the rest, each in dataset
    /// order; none for a blank query.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_first(query, usize::MAX).0
    }

    /// The `count` first hits only, for a result list that shows a screenful (a one-letter query matches
    /// almost everything), and how many there are in all.
    pub fn search_first(&self, query: &str, count: usize) -> (Vec<Hit>, usize) {
        let needle = fold(query.trim());
        if needle.is_empty() {
            return (Vec::new(), 0);
        }
        let mut hits = Vec::with_capacity(count.min(64));
        let mut total = 0;
        for names in [true, false] {
            for (document, hay) in self.folded.iter().enumerate() {
                if self.documents[document].name != names {
                    continue;
                }
                if let Some(byte) = hay.find(&needle) {
                    total += 1;
                    if hits.len() < count {
                        hits.push(Hit {
                            document,
                            at: hay[..byte].chars().count(),
                        });
                    }
                }
            }
        }
        (hits, total)
    }
}

/// The hit after (`forward`) or before `current` among `count` hits, wrapping around at either end.
pub fn step(current: usize, count: usize, forward: bool) -> usize {
    match (count, forward) {
        (0, _) => 0,
        (_, true) => (current + 1) % count,
        (_, false) => (current + count - 1) % count,
    }
}

#[cfg(test)]
mod tests;
