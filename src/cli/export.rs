//! `polity export`: the dataset as of a date as readable text or Markdown, for handouts and screen readers.

mod appeal_chain;
mod block;
mod document;
mod elections;
mod history;
mod markdown;
mod numbers;
mod provenance;
pub mod text;

use super::ExportFormat;
use crate::model::Timeline;
use crate::strings::{self, Strings};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Prints the dataset (the file, or the built-in one) as of `as_of` (default: the newest date) to stdout;
/// problems and a malformed or too early date go to stderr as one line each, with exit 2.
pub fn run(file: Option<&Path>, format: ExportFormat, as_of: Option<&str>) -> ExitCode {
    let (timeline, index, w) = match super::load_as_of(file, as_of) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`polity export | head`) is not an error worth reporting.
    let _ = stdout.write_all(
        crate::sanitize::block(&render_in(&timeline, index, as_of, w, format)).as_bytes(),
    );
    ExitCode::SUCCESS
}

/// Snapshot `index` of `timeline` in `format`, in the dataset's language's words (else English).
pub fn render(
    timeline: &Timeline,
    index: usize,
    asked: Option<&str>,
    format: ExportFormat,
) -> String {
    let w = strings::choose([Some(timeline.full().data.meta.language.as_str())]);
    render_in(timeline, index, asked, w, format)
}

/// Snapshot `index` of `timeline` in `format`: every fact valid then once, each with its source and date,
/// then what changed up to then and the sources, in the words `w`. `asked` is the date the reader gave, if any.
pub fn render_in(
    timeline: &Timeline,
    index: usize,
    asked: Option<&str>,
    w: &'static Strings,
    format: ExportFormat,
) -> String {
    let blocks = document::build(timeline, index, asked, w);
    match format {
        ExportFormat::Text => text::render(&blocks),
        ExportFormat::Markdown => markdown::render(&blocks),
    }
}

#[cfg(test)]
mod tests;
