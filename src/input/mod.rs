//! The one input layer both front ends share: terminal bytes to app events, bounded, with a timeout that resolves
//! a lone or unfinished escape sequence instead of letting it hold every later key.

pub mod parser;
pub mod tty;

pub use parser::{ESC_TIMEOUT, InputParser};
