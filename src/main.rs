use clap::Parser;
use polity::cli::{Cli, Command, check, export};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { file }) => check::run(file.as_deref().or(cli.data.as_deref())),
        Some(Command::Export { format }) => export::run(cli.data.as_deref(), format),
        None => ExitCode::SUCCESS,
    }
}
