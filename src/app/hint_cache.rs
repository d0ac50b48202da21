//! The key hints last built from the key map, kept with what they were built from: the hint line asks on every
//! frame, and grouping the bindings anew each time costs more than drawing the line.

use super::keymap::{Binding, Context};
use std::sync::{Arc, Mutex};

/// A key, what it does, and how much it matters.
pub type RankedHint = (String, &'static str, u8);

/// What the hints were built from: the bindings as they were, the contexts asked, and the language's words.
struct Built {
    bindings: Vec<Binding>,
    contexts: Vec<Context>,
    words: usize,
    hints: Arc<[RankedHint]>,
}

/// Not part of what a key map *is*: two key maps compare equal whatever they have cached, and a clone starts
/// empty.
#[derive(Default)]
pub struct HintCache(Mutex<Option<Built>>);

impl HintCache {
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

impl Clone for HintCache {
    fn clone(&self) -> Self {
        HintCache::default()
    }
}

impl PartialEq for HintCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for HintCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HintCache")
    }
}
