//! The command line: what `polity` can be asked to do.

pub mod check;
pub mod export;
pub mod load;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "polity",
    version,
    about = "A terminal guide to how a country is governed"
)]
pub struct Cli {
    /// Read this dataset (RON) instead of the one built in.
    #[arg(long, value_name = "FILE", global = true)]
    pub data: Option<PathBuf>,

    /// Leave the mouse to the terminal, so text can be selected.
    #[arg(long)]
    pub no_mouse: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a dataset (the built-in one without FILE); exit 2 when it has problems.
    Check {
        /// The dataset file to check.
        file: Option<PathBuf>,
    },
    /// Print the whole dataset as readable text, every fact once.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Text)]
        format: ExportFormat,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Text,
    Markdown,
}
