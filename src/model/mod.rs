//! The dataset: types, loading, validation and the indexes the app reads through.

pub mod change_dates;
pub mod date;
mod dated_rules;
pub mod index;
pub mod load;
pub mod newest;
pub mod phrasing;
pub mod positions;
pub mod ron_tree;
mod sections;
pub mod shared_str;
pub mod snapshot;
pub mod structure;
pub mod timeline;
pub mod types;
pub mod validate;
pub mod validate_time;

pub use date::{Date, Dated, Precision, Validity};
pub use index::Model;
pub use load::{LoadError, load_file, load_str, read_file};
pub use snapshot::Origins;
pub use timeline::Timeline;
pub use types::*;
pub use validate::Problem;
pub use validate_time::validate;
