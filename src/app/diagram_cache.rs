//! The diagram's layout kept between frames and keys: arranged once per snapshot, view, words and area, and
//! re-aimed only when the focus or the case followed moves, so a frame that changes neither costs no layout.

use crate::court::groups::Groups;
use crate::court::layout::{DiagramLayout, arrange_group};
use crate::court::relations::RelationIndex;
use crate::court::{DiagramState, DiagramView, Walk};
use crate::model::Model;
use crate::pages::Built;
use crate::strings::Strings;
use crate::theme::Theme;
use ratatui::layout::Rect;
use std::sync::{Arc, Mutex};

/// What the arrangement depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Arranged {
    model: u64,
    view: DiagramView,
    words: usize,
    area: Rect,
    /// The view's connected group shown.
    group: usize,
}

/// What aiming the arrangement depends on beyond it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Aim {
    focus: Option<usize>,
    walk: Option<Walk>,
}

#[derive(Debug)]
struct Kept {
    arranged: Arranged,
    aim: Aim,
    layout: Arc<DiagramLayout>,
}

/// The groups of one snapshot in one language's words.
#[derive(Debug)]
struct KeptGroups {
    model: u64,
    words: usize,
    groups: Arc<Groups>,
}

/// What the details panel beside the diagram is built from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PanelKey {
    pub model: u64,
    pub words: usize,
    pub theme: Theme,
    pub walk: Option<Walk>,
    pub body: Option<usize>,
    pub width: u16,
}

/// The details panel's title and lines.
pub type PanelText = (String, Built);

/// The last layout asked for in each view, and the last details panel. Not part of what the state *is*: two states compare
/// equal whatever they keep, and a clone starts empty.
#[derive(Default)]
pub struct LayoutCache {
    /// The last layout of each view, so switching between the views lays neither out again.
    kept: Mutex<[Option<Kept>; 2]>,
    panel: Mutex<Option<(PanelKey, Arc<PanelText>)>>,
    /// Each view's groups, per snapshot and words.
    groups: Mutex<[Option<KeptGroups>; 2]>,
    /// Each body's relations, per snapshot, for the panel.
    relations: Mutex<Option<(u64, Arc<RelationIndex>)>>,
}

/// Which of the kept layouts a view's is.
fn slot(view: DiagramView) -> usize {
    match view {
        DiagramView::Courts => 0,
        DiagramView::Appointments => 1,
    }
}

impl LayoutCache {
    /// The layout of `state` in `area`: the kept one when nothing it depends on changed, re-aimed when only the
    /// focus or the case moved, else arranged afresh.
    pub fn get(
        &self,
        model: &Model,
        state: &DiagramState,
        w: &'static Strings,
        area: Rect,
    ) -> Arc<DiagramLayout> {
        let groups = self.groups(model, state.view, w);
        let arranged = Arranged {
            model: model.id(),
            view: state.view,
            words: std::ptr::from_ref(w) as usize,
            area,
            group: groups.group_for(model, state),
        };
        let aim = Aim {
            focus: state.focus,
            walk: state.walk,
        };
        let mut slots = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let kept = &mut slots[slot(state.view)];
        let layout = match kept.take() {
            Some(k) if k.arranged == arranged && k.aim == aim => k.layout,
            Some(k) if k.arranged == arranged => {
                let mut layout = Arc::unwrap_or_clone(k.layout);
                layout.follow(model, state);
                Arc::new(layout)
            }
            _ => {
                let mut layout = arrange_group(&groups, arranged.group, w, area);
                layout.follow(model, state);
                Arc::new(layout)
            }
        };
        *kept = Some(Kept {
            arranged,
            aim,
            layout: layout.clone(),
        });
        layout
    }

    /// `view`'s connected groups for `model` in `w`'s words: the kept ones, else made and kept (the appeals
    /// view's are made from the appointments view's, so those are made and kept first).
    pub fn groups(&self, model: &Model, view: DiagramView, w: &'static Strings) -> Arc<Groups> {
        let (id, words) = (model.id(), std::ptr::from_ref(w) as usize);
        let mut kept = self.groups.lock().unwrap_or_else(|e| e.into_inner());
        let current = |k: &Option<KeptGroups>| {
            k.as_ref()
                .filter(|k| k.model == id && k.words == words)
                .map(|k| k.groups.clone())
        };
        if let Some(groups) = current(&kept[slot(view)]) {
            return groups;
        }
        let keep = |groups: Groups| KeptGroups {
            model: id,
            words,
            groups: Arc::new(groups),
        };
        let at = slot(DiagramView::Appointments);
        let appointments = match current(&kept[at]) {
            Some(groups) => groups,
            None => kept[at].insert(keep(Groups::new(model, w))).groups.clone(),
        };
        match view {
            DiagramView::Appointments => appointments,
            DiagramView::Courts => {
                let courts = keep(Groups::courts(model, w, &appointments));
                kept[slot(view)].insert(courts).groups.clone()
            }
        }
    }

    /// Each body's relations in `model`: the kept index, else made and kept.
    pub fn relations(&self, model: &Model) -> Arc<RelationIndex> {
        let mut kept = self.relations.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, index)) = kept.as_ref().filter(|(k, _)| *k == model.id()) {
            return index.clone();
        }
        let index = Arc::new(RelationIndex::new(model));
        *kept = Some((model.id(), index.clone()));
        index
    }

    /// The panel built from `key`: the kept one, else `build`'s, kept.
    pub fn panel(&self, key: PanelKey, build: impl FnOnce() -> PanelText) -> Arc<PanelText> {
        let mut kept = self.panel.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, text)) = kept.as_ref().filter(|(k, _)| *k == key) {
            return text.clone();
        }
        let text = Arc::new(build());
        *kept = Some((key, text.clone()));
        text
    }

    /// Forgets everything kept, the snapshot's groups too, so the next frame makes it all afresh (for measuring
    /// that).
    pub fn forget(&self) {
        self.forget_layout();
        *self.groups.lock().unwrap_or_else(|e| e.into_inner()) = [None, None];
        *self.relations.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// Forgets the kept layout and panel but keeps the snapshot's groups, as a change of size or group does.
    pub fn forget_layout(&self) {
        *self.kept.lock().unwrap_or_else(|e| e.into_inner()) = [None, None];
        *self.panel.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

impl Clone for LayoutCache {
    fn clone(&self) -> Self {
        LayoutCache::default()
    }
}

impl PartialEq for LayoutCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LayoutCache {}

impl std::fmt::Debug for LayoutCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LayoutCache")
    }
}
