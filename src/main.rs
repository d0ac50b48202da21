use clap::Parser;
use polity::app::Keymap;
use polity::cli::{Cli, Command, check, export, load::load_model};
use polity::term::{self, RunOptions};
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { file }) => check::run(file.as_deref().or(cli.data.as_deref())),
        Some(Command::Export { format }) => export::run(cli.data.as_deref(), format),
        None => {
            // The dataset is loaded before the terminal is touched, so a bad file is reported on a sane screen.
            let model = match load_model(cli.data.as_deref()) {
                Ok(model) => Arc::new(model),
                Err(problems) => {
                    for p in &problems {
                        eprintln!("{p}");
                    }
                    return ExitCode::from(2);
                }
            };
            let options = RunOptions {
                mouse: !cli.no_mouse,
                keymap: Keymap::default(),
                idle_reset: None,
            };
            term::run(model, options)
        }
    }
}
