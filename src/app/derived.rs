//! What the state derives from the dataset and is asked for many times per key (a tab's entries, the end of
//! the membership table, the status line's sources, the Overview's page, the page on screen), computed once and
//! kept until what it came from changes.

use super::entries::{Entry, entries};
use super::tab::Tab;
use crate::model::Model;
use crate::pages::Built;
use crate::strings::Strings;
use crate::theme::Theme;
use ratatui::text::Line;
use std::sync::{Arc, Mutex};

/// What the membership table's tail was built from.
#[derive(PartialEq)]
struct TailKey {
    model: u64,
    theme: Theme,
    words: usize,
    width: usize,
    filter: String,
}

/// Each tab's entries for the snapshot they were listed from. Not part of what the state *is*: two states
/// compare equal whatever they have cached, and a clone starts empty.
#[derive(Default)]
pub struct Derived {
    entries: Mutex<Vec<ListedEntries>>,
    tail: Mutex<Option<(TailKey, Arc<[Line<'static>]>)>>,
    provenance: Mutex<Option<EntrySources>>,
    summary: Mutex<Option<(PageKey, Arc<Built>)>>,
    page: Mutex<Option<(EntryPageKey, Arc<Built>)>>,
}

/// What a page that depends only on the snapshot was built from.
#[derive(PartialEq)]
struct PageKey {
    model: u64,
    theme: Theme,
    words: usize,
    width: usize,
}

/// What an entry's page was built from: a body's page also says what changed around the chosen date.
#[derive(PartialEq)]
struct EntryPageKey {
    page: PageKey,
    entry: Entry,
    date: usize,
}

/// A tab's entries in the snapshot with that id.
type ListedEntries = (u64, Tab, Arc<[Entry]>);

/// An entry's sources and dates in the snapshot with that id.
type EntrySources = (u64, Entry, Arc<[(String, String)]>);

impl Derived {
    /// The entries of `tab` in `model`, listed at most once per snapshot and tab.
    pub fn entries(&self, model: &Model, tab: Tab) -> Arc<[Entry]> {
        let mut cached = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        // Another snapshot makes every cached list stale.
        cached.retain(|(id, _, _)| *id == model.id());
        if let Some((_, _, list)) = cached.iter().find(|(_, t, _)| *t == tab) {
            return list.clone();
        }
        let list: Arc<[Entry]> = entries(model, tab).into();
        cached.push((model.id(), tab, list.clone()));
        list
    }
}

impl Derived {
    /// What follows the membership table's rows, built once per snapshot, width and filter.
    pub fn memberships_tail(
        &self,
        model: &Model,
        theme: &Theme,
        w: &'static Strings,
        width: usize,
        filter: &str,
    ) -> Arc<[Line<'static>]> {
        let key = TailKey {
            model: model.id(),
            theme: *theme,
            words: std::ptr::from_ref(w) as usize,
            width,
            filter: filter.to_string(),
        };
        let mut cached = self.tail.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, tail)) = cached.as_ref().filter(|(k, _)| *k == key) {
            return tail.clone();
        }
        let tail: Arc<[Line<'static>]> =
            crate::pages::memberships_tail(model, theme, w, width, filter).into();
        *cached = Some((key, tail.clone()));
        tail
    }
}

impl Derived {
    /// The sources behind `entry` for the status line, merged once per snapshot and entry (the membership
    /// table cites one source per row).
    pub fn provenance(&self, model: &Model, entry: Entry) -> Arc<[(String, String)]> {
        let mut cached = self.provenance.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, _, pairs)) = cached
            .as_ref()
            .filter(|(id, e, _)| *id == model.id() && *e == entry)
        {
            return pairs.clone();
        }
        let pairs: Arc<[(String, String)]> = super::entries::provenance(model, entry).into();
        *cached = Some((model.id(), entry, pairs.clone()));
        pairs
    }
}

impl Derived {
    /// The Overview's page with its links, built once per snapshot, language, theme and width: it names every
    /// body of the dataset, so building it on every tab switch would cost what the dataset holds.
    pub fn summary(
        &self,
        model: &Model,
        theme: &Theme,
        w: &'static Strings,
        width: usize,
    ) -> Arc<Built> {
        let key = PageKey {
            model: model.id(),
            theme: *theme,
            words: std::ptr::from_ref(w) as usize,
            width,
        };
        let mut cached = self.summary.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, page)) = cached.as_ref().filter(|(k, _)| *k == key) {
            return page.clone();
        }
        let page = Arc::new(crate::pages::summary_built(model, theme, w, width));
        *cached = Some((key, page.clone()));
        page
    }
}

impl Derived {
    /// `entry`'s page at change date `date`, built by `build` once per snapshot, date, language, theme and width:
    /// a frame asks for it to draw it, to count its lines and to find its links, and each key asks again.
    pub fn page(
        &self,
        (model, theme, w): (&Model, &Theme, &'static Strings),
        entry: Entry,
        (date, width): (usize, usize),
        build: impl FnOnce() -> Built,
    ) -> Arc<Built> {
        let key = EntryPageKey {
            page: PageKey {
                model: model.id(),
                theme: *theme,
                words: std::ptr::from_ref(w) as usize,
                width,
            },
            entry,
            date,
        };
        let mut cached = self.page.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, page)) = cached.as_ref().filter(|(k, _)| *k == key) {
            return page.clone();
        }
        let page = Arc::new(build());
        *cached = Some((key, page.clone()));
        page
    }
}

impl Clone for Derived {
    fn clone(&self) -> Self {
        Derived::default()
    }
}

impl PartialEq for Derived {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Derived {}

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Derived")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cached_list_is_the_listed_one_and_follows_the_snapshot() {
        let full = crate::dataset::load_embedded().expect("the built-in dataset loads");
        let other = full.clone();
        let derived = Derived::default();
        for tab in Tab::ALL {
            assert_eq!(
                &*derived.entries(&full, tab),
                entries(&full, tab).as_slice()
            );
            assert_eq!(
                &*derived.entries(&full, tab),
                entries(&full, tab).as_slice()
            );
        }
        let date = crate::model::Date::parse("2019-06").expect("a date");
        let newest = full.at(&date);
        assert_ne!(newest.id(), full.id());
        assert_eq!(
            &*derived.entries(&newest, Tab::Judicial),
            entries(&newest, Tab::Judicial).as_slice()
        );
        assert_eq!(other.id(), full.id(), "a clone holds the same data");
    }

    /// The Overview's lines as a tab switch draws them, next to a page built afresh from the same snapshot.
    fn overview_and_fresh(app: &crate::app::App) -> (Vec<String>, Vec<String>) {
        let text = |lines: Vec<Line>| -> Vec<String> {
            lines
                .iter()
                .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
                .collect()
        };
        let width = 60;
        let shown = text(app.content_lines(width));
        let fresh = text(crate::pages::summary(
            &app.model,
            &app.theme,
            app.strings,
            width,
        ));
        (shown, fresh)
    }

    #[test]
    fn the_kept_overview_is_the_chosen_dates_own() {
        use crate::app::{Action, App, Keymap, TimeAction};
        let model = std::sync::Arc::new(
            crate::dataset::load_embedded().expect("the built-in dataset loads"),
        );
        let mut app = App::new(model, Keymap::default(), Theme::mono(), (120, 40));
        app.update(Action::GoToTab(Tab::Overview.index()));
        let (newest, fresh) = overview_and_fresh(&app);
        assert_eq!(newest, fresh);
        // Back through the dates with `[`, each Overview its own snapshot's, until one reads differently.
        let mut differed = false;
        for _ in 0..app.timeline.len() {
            app.update(Action::Time(TimeAction::Previous));
            let (shown, fresh) = overview_and_fresh(&app);
            assert_eq!(shown, fresh);
            differed |= shown != newest;
        }
        assert!(differed, "some earlier date has another Overview");
        // And forward again with `]` to the newest.
        for _ in 0..app.timeline.len() {
            app.update(Action::Time(TimeAction::Next));
            let (shown, fresh) = overview_and_fresh(&app);
            assert_eq!(shown, fresh);
        }
        assert_eq!(overview_and_fresh(&app).0, newest);
    }

    /// Whether the page the state keeps for `entry` is the one built afresh, lines, styles and links.
    fn kept_is_fresh(app: &crate::app::App, entry: Entry, width: usize) -> bool {
        let (kept, fresh) = (app.kept_page(entry, width), app.fresh_page(entry, width));
        kept.lines == fresh.lines && kept.links == fresh.links
    }

    #[test]
    fn every_kept_body_page_is_its_dates_own() {
        use crate::app::{Action, App, Keymap, TimeAction};
        let model = std::sync::Arc::new(
            crate::dataset::load_embedded().expect("the built-in dataset loads"),
        );
        let mut app = App::new(model, Keymap::default(), Theme::mono(), (120, 40));
        let width = 70;
        let mut last = None;
        // Back through every date with `[` and forward again with `]`, every body at each.
        let steps = app.timeline.len();
        let keys = std::iter::repeat_n(TimeAction::Previous, steps)
            .chain(std::iter::repeat_n(TimeAction::Next, steps));
        for key in std::iter::once(None).chain(keys.map(Some)) {
            if let Some(key) = key {
                app.update(Action::Time(key));
            }
            // The page kept at the date before is not this date's.
            if let Some(entry) =
                last.filter(|e| matches!(e, Entry::Body(i) if *i < app.model.data.bodies.len()))
            {
                assert!(
                    kept_is_fresh(&app, entry, width / 2),
                    "{entry:?} after {key:?}"
                );
            }
            for i in 0..app.model.data.bodies.len() {
                let entry = Entry::Body(i);
                assert!(kept_is_fresh(&app, entry, width), "{entry:?}");
                // Asked again it is the same page, not another build; another width is its own.
                let kept = app.kept_page(entry, width);
                assert!(Arc::ptr_eq(&kept, &app.kept_page(entry, width)));
                assert!(kept_is_fresh(&app, entry, width / 2), "{entry:?}");
                last = Some(entry);
            }
        }
    }
}
