//! The Glossary page (every term that holds at the chosen date, in alphabetical order, with its definition
//! and source) and the mark that points to it from the other pages.

use super::Page;

/// What follows a glossary term where it appears on another page: a character, so the mark survives
/// monochrome screens and copied text. An ASCII terminal gets the character set's own mark.
pub const TERM_MARK: &str = "°";

pub(super) fn build(page: &mut Page) {
    // The definitions explain the terms: marking them here would point the page at itself.
    page.terms = TermMarker::default();
    let w = page.w.glossary;
    page.title(w.title);
    page.dim(&(w.how_marked)(page.theme.symbols.term_mark));
    let mut terms: Vec<_> = page.model.data.glossary.iter().collect();
    terms.sort_by_key(|g| g.term.to_lowercase());
    for g in terms {
        let heading = if g.forms.is_empty() {
            g.term.to_string()
        } else {
            format!("{} ({})", g.term, (w.also)(&g.forms.join(", ")))
        };
        page.heading(&heading);
        page.cited("  ", &g.definition, &g.source, &g.as_of);
    }
}

/// Marks the first appearance on a page of each glossary term (or one of its forms) with its mark.
/// Matching ignores ASCII case and keeps to whole words, so "appeal" is not marked inside "appealed" unless
/// that is one of its forms.
#[derive(Debug, Clone, Default)]
pub(super) struct TermMarker {
    /// Every spelling to look for, with the index of its term.
    spellings: Vec<(String, usize)>,
    /// Terms already marked on this page.
    marked: Vec<bool>,
    /// For each first byte (ASCII lower case), the spellings starting with it, longest first: a word is
    /// compared only with the few spellings that could match it.
    starts: Vec<Vec<usize>>,
    /// Terms not marked yet; at 0 the rest of the page is copied as it is.
    unmarked: usize,
    /// What follows a marked term.
    mark: &'static str,
}

impl TermMarker {
    /// Marks the terms of `glossary` with `TERM_MARK`.
    #[cfg(test)]
    pub(super) fn new(glossary: &[crate::model::GlossaryTerm]) -> TermMarker {
        TermMarker::with_mark(glossary, TERM_MARK)
    }

    /// Marks the terms of `glossary` with `mark`.
    pub(super) fn with_mark(
        glossary: &[crate::model::GlossaryTerm],
        mark: &'static str,
    ) -> TermMarker {
        let mut spellings: Vec<(String, usize)> = glossary
            .iter()
            .enumerate()
            .flat_map(|(i, g)| {
                std::iter::once(g.term.to_string())
                    .chain(g.forms.iter().map(|f| f.to_string()))
                    .filter(|s| !s.trim().is_empty())
                    .map(move |s| (s, i))
            })
            .collect();
        // Longest first, so "party lists" wins over "party list" where both could start.
        spellings.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        let mut starts = vec![Vec::new(); 256];
        for (i, (spelling, _)) in spellings.iter().enumerate() {
            if let Some(&b) = spelling.as_bytes().first() {
                starts[b.to_ascii_lowercase() as usize].push(i);
            }
        }
        TermMarker {
            spellings,
            marked: vec![false; glossary.len()],
            starts,
            unmarked: glossary.len(),
            mark,
        }
    }

    /// `text` with the mark after each term not yet marked on this page.
    pub(super) fn mark(&mut self, text: &str) -> String {
        if self.unmarked == 0 {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len() + 8);
        // `text[copied..]` is still to be copied; characters before `skip_to` belong to a term just marked.
        let (mut copied, mut skip_to) = (0, 0);
        let mut after_letter = false;
        let bytes = text.as_bytes();
        // By bytes: an ASCII byte is its own char, and only a non-ASCII char (never a term's start: terms are
        // looked up by an ASCII first letter) is decoded, to know whether it is a letter.
        let mut at = 0;
        while at < bytes.len() {
            let byte = bytes[at];
            let (len, letter) = if byte.is_ascii() {
                (1, byte.is_ascii_alphanumeric())
            } else {
                let c = text[at..].chars().next().unwrap_or(' ');
                (c.len_utf8(), c.is_alphanumeric())
            };
            if at < skip_to {
                at += len;
                continue;
            }
            if byte.is_ascii() && !after_letter {
                let candidates = &self.starts[usize::from(byte.to_ascii_lowercase())];
                let found = candidates
                    .iter()
                    .map(|&i| &self.spellings[i])
                    .find(|(s, term)| !self.marked[*term] && word_at(text, at, s));
                if let Some((spelling, term)) = found {
                    let end = at + spelling.len();
                    self.marked[*term] = true;
                    self.unmarked -= 1;
                    out.push_str(&text[copied..end]);
                    out.push_str(self.mark);
                    (copied, skip_to) = (end, end);
                }
            }
            after_letter = letter;
            at += len;
        }
        out.push_str(&text[copied..]);
        out
    }
}

/// Whether `word` stands at byte `at` of `text` as a whole word (ignoring ASCII case).
fn word_at(text: &str, at: usize, word: &str) -> bool {
    let end = at + word.len();
    let letter = |c: char| c.is_alphanumeric();
    text.is_char_boundary(at)
        && text.is_char_boundary(end.min(text.len()))
        && end <= text.len()
        && text.as_bytes()[at..end].eq_ignore_ascii_case(word.as_bytes())
        && !text[..at].chars().next_back().is_some_and(letter)
        && !text[end..].chars().next().is_some_and(letter)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::GlossaryTerm;

    fn term(word: &str, forms: &[&str]) -> GlossaryTerm {
        GlossaryTerm {
            term: word.into(),
            forms: forms.iter().map(|&f| f.into()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn each_term_is_marked_once_a_page_as_a_whole_word() {
        let mut m = TermMarker::new(&[
            term("appeal", &["appeals"]),
            term("party list", &["party lists"]),
        ]);
        assert_eq!(
            m.mark("Appealed? No: appeals go up. Party lists, an appeal."),
            "Appealed? No: appeals° go up. Party lists°, an appeal."
        );
        assert_eq!(
            m.mark("An appeal from a party list."),
            "An appeal from a party list."
        );
    }

    #[test]
    fn text_beyond_ascii_is_kept_whole() {
        let mut m = TermMarker::new(&[term("oblast", &[])]);
        assert_eq!(
            m.mark("Қазақстан: oblast·courts"),
            "Қазақстан: oblast°·courts"
        );
    }

    /// The marking as it was done char by char, to hold the byte walk to it.
    fn marked_char_by_char(m: &mut TermMarker, text: &str) -> String {
        let mut out = String::new();
        let (mut copied, mut skip_to, mut after_letter) = (0, 0, false);
        for (at, c) in text.char_indices() {
            if at < skip_to {
                continue;
            }
            let candidates = match m.starts.get(c.to_ascii_lowercase() as usize) {
                Some(list) if !after_letter && c.is_ascii() => list.clone(),
                _ => Vec::new(),
            };
            let found = candidates
                .iter()
                .map(|&i| m.spellings[i].clone())
                .find(|(s, term)| !m.marked[*term] && word_at(text, at, s));
            if let Some((spelling, term)) = found {
                let end = at + spelling.len();
                m.marked[term] = true;
                out.push_str(&text[copied..end]);
                out.push_str(m.mark);
                (copied, skip_to) = (end, end);
            }
            after_letter = c.is_alphanumeric();
        }
        out.push_str(&text[copied..]);
        out
    }

    #[test]
    fn every_fact_of_the_shipped_data_is_marked_as_char_by_char() {
        let model = crate::dataset::load_embedded().expect("the built-in dataset loads");
        let glossary = &model.data.glossary;
        let mut texts: Vec<String> = Vec::new();
        for body in &model.data.bodies {
            texts.extend(body.facts.iter().map(|f| f.text.to_string()));
        }
        texts.push("Қазақстан: oblast·courts, «Mäjilis» — akim’s maslikhat.".to_string());
        assert!(texts.len() > 50, "{}", texts.len());
        let (mut ours, mut theirs) = (TermMarker::new(glossary), TermMarker::new(glossary));
        let mut marks = 0;
        for text in &texts {
            let (a, b) = (ours.mark(text), marked_char_by_char(&mut theirs, text));
            assert_eq!(a, b, "{text}");
            marks += a.matches(TERM_MARK).count();
        }
        assert!(marks > 5, "{marks} terms marked");
    }
}
