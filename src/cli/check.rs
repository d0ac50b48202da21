//! `polity check [FILE]`: validate a dataset and summarise it.

use crate::dataset::{LoadFailure, display_name, try_load_with_warnings};
use crate::model::Dataset;
use crate::sanitize;
use crate::strings::{self, Strings};
use crate::text::{Overlong, wrap};
use std::fmt::Debug;
use std::path::Path;
use std::process::ExitCode;

/// Checks the dataset; a summary on stdout and exit 0 when it is valid, every problem on stderr and exit 2
/// when it is not.
pub fn run(file: Option<&Path>) -> ExitCode {
    let name = sanitize::line(&display_name(file)).into_owned();
    match try_load_with_warnings(file) {
        Ok((model, warnings)) => {
            for warning in &warnings {
                eprintln!("warning: {warning}");
            }
            print!(
                "{}",
                sanitize::block(&summary(&model.data, &name, words(&model.data)))
            );
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprint!(
                "{}",
                sanitize::block(&failure_report(failure, &name, words_for_user()))
            );
            ExitCode::from(2)
        }
    }
}

/// The words for a valid dataset's summary: its language's, else the user's, else English.
fn words(d: &Dataset) -> &'static Strings {
    let user = strings::user_language(|name| std::env::var(name).ok());
    strings::choose([Some(d.meta.language.as_str()), user.as_deref()])
}

/// The words for a dataset that could not be read: the user's language, else English.
fn words_for_user() -> &'static Strings {
    strings::choose([strings::user_language(|name| std::env::var(name).ok()).as_deref()])
}

/// What stderr gets for a dataset that cannot be used: a file that cannot be read is one line; semantic
/// problems are one line each and a count.
pub fn failure_report(failure: LoadFailure, name: &str, w: &'static Strings) -> String {
    match failure {
        LoadFailure::Unreadable(line) => format!("{line}\n"),
        LoadFailure::Invalid(lines) => {
            let count = lines.len();
            let mut out: String = lines.into_iter().map(|l| l + "\n").collect();
            out.push_str(&(w.problems_found)(count, name));
            out.push('\n');
            out
        }
    }
}

/// One screen on a valid dataset: what it holds and which sources it rests on.
pub fn summary(d: &Dataset, name: &str, w: &'static Strings) -> String {
    let mut out = format!("{}\n\n", (w.valid)(&d.meta.title, name));
    let [
        bodies,
        relations,
        sources,
        elections,
        memberships,
        topics,
        discrepancies,
        matters,
        scenarios,
    ] = w.check_counts;
    let mut count = |label: &str, n: usize, breakdown: Option<String>| {
        let line = format!("{label:<15}{n:>4}");
        match breakdown.filter(|_| n > 0) {
            Some(parts) => {
                let wrapped = wrap(&format!("({parts})"), 80 - 21, Overlong::Keep);
                for (i, part) in wrapped.iter().enumerate() {
                    let lead = if i == 0 { line.as_str() } else { "" };
                    out.push_str(&format!("{lead:<19}  {part}\n"));
                }
            }
            None => out.push_str(&format!("{line}\n")),
        }
    };
    count(
        bodies,
        d.bodies.len(),
        Some(tally(d.bodies.iter().map(|b| b.kind))),
    );
    count(
        relations,
        d.relations.len(),
        Some(tally(d.relations.iter().map(|r| r.kind))),
    );
    count(sources, d.sources.len(), None);
    count(elections, d.elections.len(), None);
    count(memberships, d.memberships.len(), None);
    count(topics, d.topics.len(), None);
    count(discrepancies, d.discrepancies.len(), None);
    count(matters, d.matters.len(), None);
    count(scenarios, d.scenarios.len(), None);
    if !d.sources.is_empty() {
        out.push_str(&format!("\n{}\n", w.sources));
        let width = d.sources.iter().map(|s| s.id.len()).max().unwrap_or(0);
        for s in &d.sources {
            out.push_str(&(w.check_source)(&s.id, width, &s.title, &s.as_of));
            out.push('\n');
        }
    }
    out
}

/// "Court 3, Office 2": how many of each kind, in the order kinds first appear.
fn tally<K: PartialEq + Debug>(kinds: impl Iterator<Item = K>) -> String {
    let mut counts: Vec<(K, usize)> = Vec::new();
    for kind in kinds {
        match counts.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((kind, 1)),
        }
    }
    counts
        .iter()
        .map(|(k, n)| format!("{k:?} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}
