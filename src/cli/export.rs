//! `polity export`: the dataset as of a date as readable text or Markdown, for handouts and screen readers.

mod block;
mod document;
mod elections;
mod history;
mod markdown;
mod numbers;
mod provenance;
pub mod text;

use super::ExportFormat;
use crate::dataset::load_model;
use crate::model::{Date, Timeline};
use crate::strings::{self, Strings};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Prints the dataset (the file, or the built-in one) as of `as_of` (default: the newest date) to stdout;
/// problems and a malformed or too early date go to stderr as one line each, with exit 2.
pub fn run(file: Option<&Path>, format: ExportFormat, as_of: Option<&str>) -> ExitCode {
    let asked = match as_of.map(|text| (text, Date::parse(text))) {
        None => None,
        Some((_, Some(date))) => Some(date),
        Some((text, None)) => {
            // The dataset is not read yet, so the words are the user's.
            let w = strings::choose([
                strings::user_language(|name| std::env::var(name).ok()).as_deref()
            ]);
            eprintln!("{}", (w.export_bad_date)(text));
            return ExitCode::from(2);
        }
    };
    let model = match load_model(file) {
        Ok(model) => model,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            return ExitCode::from(2);
        }
    };
    let timeline = Timeline::of(model);
    let w = strings::for_this_user(&timeline.full().data.meta.language);
    let index = match asked.map(|date| (date, timeline.index_on(&date))) {
        None => timeline.newest(),
        Some((_, Some(index))) => index,
        Some((date, None)) => {
            let first = timeline.dates().first().map(ToString::to_string);
            let first = first.unwrap_or_default();
            eprintln!("{}", (w.export_too_early)(&date.to_string(), &first));
            return ExitCode::from(2);
        }
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
