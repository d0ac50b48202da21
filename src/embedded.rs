//! The dataset compiled into the binary (chosen in build.rs), so `polity` runs with nothing beside it.

/// The shipped dataset's text.
pub const TEXT: &str = include_str!(env!("POLITY_EMBEDDED_DATASET"));

/// The same dataset in postcard's binary form, written by build.rs from `TEXT`: it loads several times faster
/// than JSON and about twenty times faster than RON. The test suite validates `TEXT` and checks that this says
/// the same, so it is loaded without another validation pass.
pub static BINARY: &[u8] = include_bytes!(env!("POLITY_EMBEDDED_BINARY"));

/// The newest snapshot of the same dataset (`model::newest::NewestSnapshot`), written by build.rs: all the
/// first frame needs, so start-up neither loads the whole file nor builds a snapshot. This and `BINARY` are
/// statics, not constants, so each has one address: `model::SharedStr` knows text read from them.
pub static NEWEST: &[u8] = include_bytes!(env!("POLITY_EMBEDDED_NEWEST"));

/// The name errors and `polity check` use for it.
pub const NAME: &str = env!("POLITY_EMBEDDED_NAME");
