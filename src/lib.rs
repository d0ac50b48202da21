//! polity: a terminal guide to how a country is governed, read from a RON dataset.

pub mod cli;
pub mod embedded;
pub mod model;
