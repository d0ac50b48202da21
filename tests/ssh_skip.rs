//! The SSH tests' skip path: without the OpenSSH programs (here: PATH emptied) a test prints one line naming
//! the Debian package and passes, and with POLITY_REQUIRE_SSH=1, as CI sets it, it fails instead.

#[path = "support/ssh.rs"]
mod ssh;

use std::process::Command;

/// Set in the child run of this test binary, where the probe below does what an SSH test does first.
const PROBE: &str = "POLITY_SKIP_PROBE";

#[test]
fn probe() {
    if std::env::var_os(PROBE).is_none() {
        return;
    }
    if ssh::missing(&[("ssh", "openssh-client"), ("sshd", "openssh-server")]) {
        return;
    }
    panic!("the SSH tools were found with PATH emptied");
}

/// This test binary run again with PATH emptied, only its probe, the probe switched on.
fn probe_without_path(require: bool) -> (Option<i32>, String) {
    let me = std::env::current_exe().expect("the test binary's own path");
    let mut command = Command::new(me);
    command
        .args(["--exact", "probe", "--test-threads", "1"])
        .env("PATH", "")
        .env(PROBE, "1")
        .env_remove(ssh::REQUIRE_SSH);
    if require {
        command.env(ssh::REQUIRE_SSH, "1");
    }
    let out = command.output().expect("run the test binary again");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

#[test]
fn a_missing_tool_skips_with_one_line_naming_the_debian_package() {
    let (code, text) = probe_without_path(false);
    assert_eq!(code, Some(0), "{text}");
    let notices: Vec<&str> = text.lines().filter(|l| l.starts_with("skipped ")).collect();
    assert_eq!(
        notices,
        [
            "skipped probe: `ssh` is not installed: install the Debian package openssh-client \
          (apt-get install -y openssh-client)"
        ],
        "{text}"
    );
}

#[test]
fn a_missing_tool_fails_when_ci_requires_the_ssh_tests() {
    let (code, text) = probe_without_path(true);
    assert_ne!(code, Some(0), "{text}");
    assert!(text.contains("openssh-client"), "{text}");
    assert!(text.contains("POLITY_REQUIRE_SSH=1"), "{text}");
    assert!(!text.contains("skipped probe"), "{text}");
}

#[test]
fn tools_are_found_on_path_and_in_the_sbin_beside_it() {
    // `sh` is on every machine that runs these tests; an absolute path is taken as it is.
    assert!(ssh::find_tool("sh").is_some());
    assert!(ssh::find_tool("/bin/sh").is_some());
    assert!(ssh::find_tool("no-such-program-anywhere").is_none());
}
