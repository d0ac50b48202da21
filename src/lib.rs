//! polity: a terminal guide to how a country is governed, read from a RON dataset.

pub mod app;
pub mod cli;
pub mod court;
pub mod dataset;
pub mod embedded;
pub mod entry;
pub mod input;
pub mod kiosk;
pub mod model;
pub mod numbers;
pub mod output;
pub mod pages;
pub mod panic_message;
pub mod quiz;
pub mod sanitize;
pub mod search;
pub mod serve;
pub mod strings;
pub mod term;
pub mod text;
pub mod theme;
pub mod ui;
