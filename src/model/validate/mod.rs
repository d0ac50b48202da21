//! Semantic checks on a parsed dataset. Each problem names the item by its path, e.g. `bodies[2].source`.
//!
//! Checks run in the order the items appear in a dataset file, and every problem is reported, so one run of
//! `polity check` lists everything an author has to fix. The walk below fixes that order; `checker` holds
//! the field checks, `items` one check per kind of item, `dates` the calendar and `graph` the cycle search.

mod checker;
mod courts;
mod dates;
pub mod diagram_extent;
mod graph;
mod items;
mod limits;
pub mod source_text;
mod strict;
mod teaching;
#[cfg(test)]
mod tests;

use super::types::Dataset;
use checker::Checker;
use std::fmt;

pub use dates::date_error;

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
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut c = Checker::new(data);
    c.meta(&data.meta);
    for (i, s) in data.sources.iter().enumerate() {
        c.source_entry(i, s);
    }
    c.overview(&data.overview);
    for (i, b) in data.bodies.iter().enumerate() {
        c.body(i, b);
    }
    c.relations(&data.relations);
    for (i, e) in data.elections.iter().enumerate() {
        c.election(i, e);
    }
    for (i, m) in data.memberships.iter().enumerate() {
        c.membership(i, m);
    }
    for (i, t) in data.topics.iter().enumerate() {
        c.topic(i, t);
    }
    for (i, d) in data.discrepancies.iter().enumerate() {
        c.discrepancy(i, d);
    }
    for (i, m) in data.matters.iter().enumerate() {
        c.matter(i, m);
    }
    for (i, s) in data.scenarios.iter().enumerate() {
        c.scenario(i, s);
    }
    strict::check(&mut c);
    c.limits(data);
    courts::check(&mut c);
    teaching::check(&mut c);
    c.problems
}
