//! The newest snapshot of the built-in dataset as build.rs stores it, so the first frame needs no whole file.

use super::snapshot::Origins;
use super::types::{Dataset, SharedStr};
use serde::{Deserialize, Serialize};

/// What the app shows first, made at build time from the whole file: the snapshot at its newest change date,
/// the change dates, and the names of every body the file knows (for items that name a body of another date).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NewestSnapshot {
    /// Every change date as written, oldest first; empty for an undated file.
    pub dates: Vec<String>,
    /// The dataset as of the newest date (the whole file when it has no dates).
    pub data: Dataset,
    pub origins: Origins,
    /// Id, name and short label of every body in the whole file.
    pub all_names: Vec<(SharedStr, SharedStr, Option<SharedStr>)>,
}
