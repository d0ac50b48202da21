//! The export's numbers: the shared rules of `crate::numbers`, with the `%` sign the export's tables carry.

pub use crate::numbers::{count, remainder};

/// "70.96%", "4.98%", "5%": the value as written in the data, without rounding or padding.
pub fn percent(value: f64) -> String {
    format!("{}%", crate::numbers::percent(value))
}
