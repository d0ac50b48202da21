//! The key hints last built from the key map, kept with what they were built from: the hint line asks on every
//! frame, and grouping the bindings anew each time costs more than drawing the line.

use std::sync::{Arc, Mutex};

/// A key, what it does, and how much it matters.
pub type RankedHint = (String, &'static str, u8);

/// What the hints were built from: the bindings as they were, the contexts asked, and the language's words.
struct Built<Binding, Context> {
    bindings: Vec<Binding>,
    contexts: Vec<Context>,
    words: usize,
    hints: Arc<[RankedHint]>,
}

/// Not part of what a key map *is*: two key maps compare equal whatever they have cached, and a clone starts
/// empty. Generic over the key map's bindings and contexts, so it needs nothing from the key map's module.
pub struct HintCache<Binding, Context>(Mutex<Option<Built<Binding, Context>>>);

impl<Binding, Context> Default for HintCache<Binding, Context> {
    fn default() -> Self {
        HintCache(Mutex::new(None))
    }
}

impl<Binding: PartialEq + Clone, Context: PartialEq + Clone> HintCache<Binding, Context> {
    /// The hints for `contexts` with these `bindings` and words, built by `build` when they differ from the last.
    pub fn get(
        &self,
        bindings: &[Binding],
        contexts: &[Context],
        words: usize,
        build: impl FnOnce() -> Vec<RankedHint>,
    ) -> Arc<[RankedHint]> {
        let mut cached = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(kept) = cached
            .as_ref()
            .filter(|k| k.words == words && k.contexts == contexts && k.bindings == bindings)
        {
            return kept.hints.clone();
        }
        let hints: Arc<[RankedHint]> = build().into();
        *cached = Some(Built {
            bindings: bindings.to_vec(),
            contexts: contexts.to_vec(),
            words,
            hints: hints.clone(),
        });
        hints
    }
}

impl<Binding, Context> Clone for HintCache<Binding, Context> {
    fn clone(&self) -> Self {
        HintCache::default()
    }
}

impl<Binding, Context> PartialEq for HintCache<Binding, Context> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<Binding, Context> std::fmt::Debug for HintCache<Binding, Context> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HintCache")
    }
}
