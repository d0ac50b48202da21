//! A quiz drawn from the dataset: multiple-choice questions generated from the facts of one snapshot, never
//! written by hand.
//!
//! # Design
//!
//! Each kind of question has a builder that reads a snapshot (`Model::at` a date), so every question rests on a
//! fact valid at that date. A builder yields candidates: the prompt, the right answer, every wrong answer it may
//! offer (choices that are also right are left out, so exactly one choice is right), the fact and its source,
//! and a `Claim` that says in data terms what the right answer asserts, so tests can check it against the
//! data independently. A question about a body the sources disagree on says so (`disputed`).
//!
//! Choosing is seeded (`rng`): the same dataset, date, seed and count give the same quiz.
//!
//! # Layer
//!
//! Below the app and the command line: this module imports `model` and the leaves (`strings`) only.

mod build;
mod rng;

use crate::model::Model;
use crate::strings::QuizWords;
pub use rng::Rng;

/// What a question asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Where a kind of case starts.
    StartsAt,
    /// Where an appeal from a court goes.
    AppealsTo,
    /// Who appoints a body's members (or some of them).
    Appoints,
    /// How many seats a chamber has.
    Seats,
    /// Which organization an acronym stands for.
    Acronym,
}

/// What the right answer asserts, in the dataset's ids, so it can be checked against the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// Matter `matter` starts at body `court`.
    StartsAt { matter: String, court: String },
    /// An AppealsTo relation from `from` to `to`.
    AppealsTo { from: String, to: String },
    /// An Appoints relation from `who` to `body`.
    Appoints { who: String, body: String },
    /// Body `body` has `seats` members.
    Seats { body: String, seats: u32 },
    /// Membership `acronym` is in the organization named `name`.
    Acronym { acronym: String, name: String },
}

/// One multiple-choice question, ready to ask.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub kind: Kind,
    pub prompt: String,
    /// Two to four choices, one of them right.
    pub choices: Vec<String>,
    /// Index of the right choice.
    pub answer: usize,
    /// The fact that answers it, as the dataset states it.
    pub fact: String,
    /// The fact's source id and date.
    pub source: String,
    pub as_of: String,
    /// When the sources disagree about what the question is about: the words that say so.
    pub disputed: Option<String>,
    pub claim: Claim,
}

/// The most choices a question offers (keys 1 to 4).
pub const MAX_CHOICES: usize = 4;

/// Up to `count` questions about `model` (a snapshot), chosen and ordered by `seed`, mixing the kinds.
pub fn generate(model: &Model, w: &QuizWords, seed: u64, count: usize) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    let mut by_kind: Vec<Vec<build::Candidate>> = build::candidates(model, w);
    for list in &mut by_kind {
        rng.shuffle(list);
    }
    rng.shuffle(&mut by_kind);
    // Round robin over the kinds, so a short quiz still asks different things.
    let mut picked = Vec::new();
    while picked.len() < count && by_kind.iter().any(|l| !l.is_empty()) {
        for list in &mut by_kind {
            if picked.len() < count
                && let Some(c) = list.pop()
            {
                picked.push(c);
            }
        }
    }
    picked.into_iter().map(|c| c.ask(&mut rng)).collect()
}

/// Every question the snapshot can give, each once (for tests and for a teacher who wants them all).
pub fn all(model: &Model, w: &QuizWords, seed: u64) -> Vec<Question> {
    generate(model, w, seed, usize::MAX)
}
