//! Reading a crate's sources into the graph of which module references which, and finding circles in it.

pub mod cycles;
pub mod lex;
pub mod modules;
