//! `polity export`: the whole dataset as readable text or Markdown, for handouts and screen readers.

mod document;
mod markdown;
pub mod text;

use super::ExportFormat;
use crate::dataset::load_model;
use crate::model::Model;
use crate::strings::{self, Strings};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Prints the dataset (the file, or the built-in one) to stdout; problems go to stderr with exit 2.
pub fn run(file: Option<&Path>, format: ExportFormat) -> ExitCode {
    match load_model(file) {
        Ok(model) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`polity export | head`) is not an error worth reporting.
            let user = strings::user_language(|name| std::env::var(name).ok());
            let w = strings::choose([Some(model.data.meta.language.as_str()), user.as_deref()]);
            let _ = stdout.write_all(render_in(&model, w, format).as_bytes());
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

/// The whole dataset in `format`, in the dataset's language's words (else English).
pub fn render(model: &Model, format: ExportFormat) -> String {
    let w = strings::choose([Some(model.data.meta.language.as_str())]);
    render_in(model, w, format)
}

/// The whole dataset in `format`: every fact once, each with its source and date, in the words `w`.
pub fn render_in(model: &Model, w: &'static Strings, format: ExportFormat) -> String {
    let blocks = document::build(model, w);
    match format {
        ExportFormat::Text => text::render(&blocks),
        ExportFormat::Markdown => markdown::render(&blocks),
    }
}
