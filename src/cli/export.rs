//! `polity export`: the whole dataset as readable text or Markdown.

use super::ExportFormat;
use super::load::load_model;
use std::path::Path;
use std::process::ExitCode;

pub fn run(file: Option<&Path>, _format: ExportFormat) -> ExitCode {
    match load_model(file) {
        Ok(model) => {
            println!("{}", model.data.meta.title);
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            ExitCode::from(2)
        }
    }
}
