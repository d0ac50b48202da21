//! The process's entry point in place of Rust's own, where the C runtime hands over the arguments itself
//! (Linux with glibc). Rust's entry point first finds the main thread's stack by reading and parsing
//! `/proc/self/maps`, for its stack-overflow message: 0.1 M instructions and a dozen system calls before the
//! first frame. The rest of what it does is done here: SIGPIPE ignored (a closed pipe is an error to report, not
//! a silent death), a panic ends the process with status 101 after the panic hook has spoken, and standard
//! output is flushed.

use std::process::ExitCode;

/// Runs `body` as Rust's runtime runs `main`, and returns the process's exit status.
pub fn run_as_main(body: impl FnOnce() -> ExitCode) -> i32 {
    // SAFETY: setting a signal's disposition to "ignore" touches no memory of ours; Rust's runtime does the same.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)) {
        Ok(code) => status(code),
        Err(_) => 101,
    }
}

/// The number behind `code`: `ExitCode` shows it only by comparison.
pub fn status(code: ExitCode) -> i32 {
    (0..=u8::MAX)
        .find(|&n| ExitCode::from(n) == code)
        .map_or(1, i32::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exit_code_keeps_its_number() {
        assert_eq!(status(ExitCode::SUCCESS), 0);
        assert_eq!(status(ExitCode::FAILURE), 1);
        for n in [2u8, 101, 130, 255] {
            assert_eq!(status(ExitCode::from(n)), i32::from(n));
        }
    }

    #[test]
    fn a_panic_is_status_101_and_a_code_its_own() {
        // The panic's message goes to the test's captured output.
        assert_eq!(run_as_main(|| panic!("on purpose")), 101);
        assert_eq!(run_as_main(|| ExitCode::from(2)), 2);
    }
}
