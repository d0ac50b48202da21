//! The tabs, in order. Numbers 1–7 jump to them.

use crate::model::Section;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Overview,
    Executive,
    Legislative,
    Judicial,
    Elections,
    International,
    Society,
}

impl Tab {
    pub const ALL: [Tab; 7] = [
        Tab::Overview,
        Tab::Executive,
        Tab::Legislative,
        Tab::Judicial,
        Tab::Elections,
        Tab::International,
        Tab::Society,
    ];

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    /// The tab at `index`, wrapping around.
    pub fn from_index(index: usize) -> Tab {
        Tab::ALL[index % Tab::ALL.len()]
    }

    pub fn next(self) -> Tab {
        Tab::from_index(self.index() + 1)
    }

    pub fn previous(self) -> Tab {
        Tab::from_index(self.index() + Tab::ALL.len() - 1)
    }

    pub fn title(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Executive => "Executive",
            Tab::Legislative => "Legislative",
            Tab::Judicial => "Judicial",
            Tab::Elections => "Elections",
            Tab::International => "International",
            Tab::Society => "Society",
        }
    }

    /// A shorter title for narrow windows.
    pub fn short_title(self) -> &'static str {
        match self {
            Tab::Executive => "Exec",
            Tab::Legislative => "Legis",
            Tab::International => "Intl",
            other => other.title(),
        }
    }

    /// The dataset section whose topics this tab shows.
    pub fn section(self) -> Section {
        match self {
            Tab::Overview => Section::Overview,
            Tab::Executive => Section::Executive,
            Tab::Legislative => Section::Legislative,
            Tab::Judicial => Section::Judicial,
            Tab::Elections => Section::Elections,
            Tab::International => Section::International,
            Tab::Society => Section::Society,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_previous_wrap() {
        assert_eq!(Tab::Society.next(), Tab::Overview);
        assert_eq!(Tab::Overview.previous(), Tab::Society);
        for tab in Tab::ALL {
            assert_eq!(tab.next().previous(), tab);
        }
    }
}
