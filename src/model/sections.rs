//! The sections of a description, in order: each one's titles and the branches whose bodies it lists.
//!
//! This is the one table the app's tabs and the export both read. The app's `Tab` is this `Section` itself, not
//! a wrapper: the two listed the same names in the same order, a wrapper would only restate them, and a dataset's
//! topics already name their section, so the tab a topic appears on and the section it is exported under cannot
//! drift apart. Adding a section means a variant in `types.rs`, a row in `row` below and its titles in `titles`
//! and in each language's `Strings` (the compiler asks for each); every `match` on sections elsewhere is
//! exhaustive so the compiler then lists what else shows it, and arrays per section are sized by
//! `Section::COUNT`.

use super::types::{Branch, Section};
use crate::strings::Strings;

/// One row of the table.
struct Row {
    /// Position in `Section::ALL`: the tab's place, 0-based.
    index: usize,
    /// The branches whose bodies the section lists, in order.
    branches: &'static [Branch],
}

impl Section {
    /// Every section, in tab order.
    pub const ALL: [Section; 7] = [
        Section::Overview,
        Section::Executive,
        Section::Legislative,
        Section::Judicial,
        Section::Elections,
        Section::International,
        Section::Society,
    ];

    pub const COUNT: usize = Section::ALL.len();

    const fn row(self) -> Row {
        const fn row(index: usize, branches: &'static [Branch]) -> Row {
            Row { index, branches }
        }
        match self {
            Section::Overview => row(0, &[]),
            Section::Executive => row(1, &[Branch::Executive]),
            Section::Legislative => row(2, &[Branch::Legislative]),
            Section::Judicial => row(3, &[Branch::Judicial]),
            Section::Elections => row(4, &[Branch::Electoral]),
            Section::International => row(5, &[]),
            Section::Society => row(6, &[Branch::Society]),
        }
    }

    /// The section's place in `ALL`.
    pub const fn index(self) -> usize {
        self.row().index
    }

    /// The section at `index`, wrapping around.
    pub const fn from_index(index: usize) -> Section {
        Section::ALL[index % Section::COUNT]
    }

    pub const fn next(self) -> Section {
        Section::from_index(self.index() + 1)
    }

    pub const fn previous(self) -> Section {
        Section::from_index(self.index() + Section::COUNT - 1)
    }

    /// The section's title and a shorter one for narrow windows, in the words `w` (every language has both).
    pub const fn titles(self, w: &'static Strings) -> (&'static str, &'static str) {
        match self {
            Section::Overview => w.overview,
            Section::Executive => w.executive,
            Section::Legislative => w.legislative,
            Section::Judicial => w.judicial,
            Section::Elections => w.elections,
            Section::International => w.international,
            Section::Society => w.society,
        }
    }

    pub const fn title(self, w: &'static Strings) -> &'static str {
        self.titles(w).0
    }

    /// A shorter title for narrow windows.
    pub const fn short_title(self, w: &'static Strings) -> &'static str {
        self.titles(w).1
    }

    /// The branches whose bodies the section lists, in order.
    pub const fn branches(self) -> &'static [Branch] {
        self.row().branches
    }
}

// `ALL` and the rows' indexes agree, so `index` never points past an array sized by `COUNT`.
const _: () = {
    let mut i = 0;
    while i < Section::COUNT {
        assert!(Section::ALL[i].index() == i, "Section::ALL is out of order");
        i += 1;
    }
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant serde knows, read from the error for a name that is none of them.
    fn variants() -> &'static [&'static str] {
        match ron::from_str::<Section>("NoSuchSection") {
            Err(e) => match e.code {
                ron::Error::NoSuchEnumVariant { expected, .. } => expected,
                other => panic!("unexpected error {other:?}"),
            },
            Ok(s) => panic!("parsed as {s:?}"),
        }
    }

    #[test]
    fn all_lists_every_variant_in_declaration_order() {
        let names: Vec<String> = Section::ALL.iter().map(|s| format!("{s:?}")).collect();
        assert_eq!(names, variants());
    }

    #[test]
    fn next_and_previous_wrap() {
        assert_eq!(Section::Society.next(), Section::Overview);
        assert_eq!(Section::Overview.previous(), Section::Society);
        for s in Section::ALL {
            assert_eq!(s.next().previous(), s);
            assert_eq!(Section::from_index(s.index()), s);
        }
    }

    #[test]
    fn branches_are_listed_once() {
        let mut seen: Vec<Branch> = Section::ALL
            .iter()
            .flat_map(|s| s.branches())
            .copied()
            .collect();
        let listed = seen.len();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), listed);
    }
}
