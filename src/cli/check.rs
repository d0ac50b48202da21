//! `polity check [FILE]`: validate a dataset and summarise it.

use crate::dataset::{LoadFailure, display_name, try_load_with_warnings};
use crate::model::Dataset;
use crate::sanitize;
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
            print!("{}", sanitize::block(&summary(&model.data, &name)));
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprint!("{}", sanitize::block(&failure_report(failure, &name)));
            ExitCode::from(2)
        }
    }
}

/// What stderr gets for a dataset that cannot be used: a file that cannot be read is one line; semantic
/// problems are one line each and a count.
pub fn failure_report(failure: LoadFailure, name: &str) -> String {
    match failure {
        LoadFailure::Unreadable(line) => format!("{line}\n"),
        LoadFailure::Invalid(lines) => {
            let count = lines.len();
            let noun = if count == 1 { "problem" } else { "problems" };
            let mut out: String = lines.into_iter().map(|l| l + "\n").collect();
            out.push_str(&format!("{count} {noun} found in {name}\n"));
            out
        }
    }
}

/// One screen on a valid dataset: what it holds and which sources it rests on.
pub fn summary(d: &Dataset, name: &str) -> String {
    let mut out = format!("{}\n{name}: valid\n\n", d.meta.title);
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
        "Bodies",
        d.bodies.len(),
        Some(tally(d.bodies.iter().map(|b| b.kind))),
    );
    count(
        "Relations",
        d.relations.len(),
        Some(tally(d.relations.iter().map(|r| r.kind))),
    );
    count("Sources", d.sources.len(), None);
    count("Elections", d.elections.len(), None);
    count("Memberships", d.memberships.len(), None);
    count("Topics", d.topics.len(), None);
    count("Discrepancies", d.discrepancies.len(), None);
    count("Matters", d.matters.len(), None);
    count("Scenarios", d.scenarios.len(), None);
    if !d.sources.is_empty() {
        out.push_str("\nSources\n");
        let width = d.sources.iter().map(|s| s.id.len()).max().unwrap_or(0);
        for s in &d.sources {
            out.push_str(&format!(
                "  {:<width$}  {}, as of {}\n",
                s.id, s.title, s.as_of
            ));
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
