//! The dataset compiled into the binary (chosen in build.rs), so `polity` runs with nothing beside it.

/// The shipped dataset's text.
pub const TEXT: &str = include_str!(env!("POLITY_EMBEDDED_DATASET"));

/// The name errors and `polity check` use for it.
pub const NAME: &str = env!("POLITY_EMBEDDED_NAME");
