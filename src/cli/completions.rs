//! `polity completions SHELL`: a shell completion script generated from the command-line definition.

use super::Cli;
use clap::CommandFactory;
use clap_complete::Shell;
use std::process::ExitCode;

/// Prints the completion script for `shell` on stdout.
pub fn run(shell: Shell) -> ExitCode {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "polity", &mut out);
    super::write_stdout(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_gets_a_script_that_names_the_subcommands() {
        for shell in [
            Shell::Bash,
            Shell::Zsh,
            Shell::Fish,
            Shell::Elvish,
            Shell::PowerShell,
        ] {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "polity", &mut out);
            let script = String::from_utf8(out).expect("UTF-8 script");
            assert!(
                script.contains("check") && script.contains("serve"),
                "{shell}"
            );
        }
    }
}
