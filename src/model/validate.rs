//! Semantic checks on a parsed dataset. Each problem names the item by its path, e.g. `bodies[2].source`.

use super::types::Dataset;
use std::fmt;

/// One semantic problem: where (a path into the dataset) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem in `data`, in file order; empty when the dataset is valid.
pub fn validate(_data: &Dataset) -> Vec<Problem> {
    Vec::new()
}
