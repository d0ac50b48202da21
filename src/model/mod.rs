//! The dataset: types, loading, validation and the indexes the app reads through.

pub mod index;
pub mod load;
pub mod phrasing;
mod sections;
pub mod types;
pub mod validate;

pub use index::Model;
pub use load::{LoadError, load_file, load_str, read_file};
pub use types::*;
pub use validate::{Problem, validate};
