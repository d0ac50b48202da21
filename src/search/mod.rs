//! Finding anything the dataset says at one date: every text of a snapshot folded once into an index, then
//! matched ignoring case and diacritics. Below the app: it knows the model, not tabs, pages or keys.

mod dataset;
mod fold;

pub use dataset::{Document, Subject, documents};
pub use fold::{fold, fold_char, positions};

use crate::model::Model;
use crate::strings::Strings;
use std::collections::HashMap;

/// Longest query searched; more typing is ignored.
pub const MAX_QUERY_CHARS: usize = 60;

/// Every searchable text of one snapshot, folded once into one text, in the order hits are listed.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub documents: Vec<Document>,
    /// The folded texts end to end in listing order (names first), each followed by a line break, which no
    /// query holds, so no match runs from one text into the next.
    folded: String,
    /// The documents in listing order.
    order: Vec<usize>,
    /// Where each text in listing order starts in `folded`, and where the last one ends.
    starts: Vec<usize>,
    /// Each document's place in listing order.
    slot: Vec<usize>,
    /// How many documents hold each folded char: a one-letter query, which matches almost everything, is
    /// counted without reading the texts past the first screenful.
    with_char: HashMap<char, usize>,
}

/// One document that matches: its index in `documents` and the char position of the first match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub document: usize,
    pub at: usize,
}

/// What no query holds (control characters are not typed into one).
const SEPARATOR: char = '\n';

impl SearchIndex {
    /// The index of everything `model` says, its relations phrased in `w`'s language.
    pub fn of(model: &Model, w: &'static Strings) -> SearchIndex {
        SearchIndex::from_documents(documents(model, w))
    }

    /// The index of `documents`, each text folded once.
    pub fn from_documents(documents: Vec<Document>) -> SearchIndex {
        let names = (0..documents.len()).filter(|&i| documents[i].name);
        let rest = (0..documents.len()).filter(|&i| !documents[i].name);
        let order: Vec<usize> = names.chain(rest).collect();
        // Folding keeps almost every char's length: one allocation, not a doubling that holds three times the text.
        let bytes: usize = documents.iter().map(|d| d.text.len() + 1).sum();
        let mut folded = String::with_capacity(bytes);
        let mut starts = Vec::with_capacity(order.len() + 1);
        let mut slot = vec![0; documents.len()];
        let mut with_char: HashMap<char, usize> = HashMap::new();
        let mut seen: Vec<char> = Vec::new();
        for (place, &document) in order.iter().enumerate() {
            slot[document] = place;
            starts.push(folded.len());
            let begin = folded.len();
            folded.extend(documents[document].text.chars().map(fold_char));
            seen.clear();
            seen.extend(folded[begin..].chars());
            seen.sort_unstable();
            seen.dedup();
            for &c in &seen {
                *with_char.entry(c).or_default() += 1;
            }
            folded.push(SEPARATOR);
        }
        starts.push(folded.len());
        SearchIndex {
            documents,
            folded,
            order,
            starts,
            slot,
            with_char,
        }
    }

    /// Document `document`'s text folded, char for char.
    pub fn folded(&self, document: usize) -> &str {
        let Some(&place) = self.slot.get(document) else {
            return "";
        };
        let end = self.starts[place + 1] - SEPARATOR.len_utf8();
        &self.folded[self.starts[place]..end]
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
        if needle.is_empty() || needle.contains(SEPARATOR) {
            return (Vec::new(), 0);
        }
        let mut chars = needle.chars();
        let one_char = match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        };
        let mut hits = Vec::with_capacity(count.min(64));
        let mut total = 0;
        let mut place = 0;
        let mut from = 0;
        while let Some(at) = self.folded[from..].find(&needle) {
            let byte = from + at;
            // The match is in the text whose successor starts after it.
            while self.starts[place + 1] <= byte {
                place += 1;
            }
            total += 1;
            if hits.len() < count {
                let start = self.starts[place];
                hits.push(Hit {
                    document: self.order[place],
                    at: self.folded[start..byte].chars().count(),
                });
            } else if let Some(c) = one_char {
                // The rest are counted already.
                return (hits, self.with_char.get(&c).copied().unwrap_or(total));
            }
            // One hit per document: go on from the next text.
            from = self.starts[place + 1];
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
