//! The dataset compiled into the binary (chosen in build.rs), so `polity` runs with nothing beside it.

/// The shipped dataset's text.
pub const TEXT: &str = include_str!(env!("POLITY_EMBEDDED_DATASET"));

/// The same dataset as JSON, written by build.rs from `TEXT`: it parses several times faster. The test suite
/// validates `TEXT` and checks that this says the same, so it is loaded without another validation pass.
pub const JSON: &str = include_str!(env!("POLITY_EMBEDDED_JSON"));

/// The name errors and `polity check` use for it.
pub const NAME: &str = env!("POLITY_EMBEDDED_NAME");
