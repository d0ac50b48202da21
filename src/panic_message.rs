//! The text of a panic, for the one line polity prints instead of a backtrace.

use std::panic::PanicHookInfo;

/// The panic's message, or "unknown error" when it carried something other than text.
pub fn of(info: &PanicHookInfo) -> String {
    let payload = info.payload();
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown error".to_string())
}
