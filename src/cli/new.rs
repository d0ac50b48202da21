//! `polity new COUNTRY [FILE]`: a commented starter dataset with one example in every section, valid as
//! written, for a teacher to fill in.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// The starter file, with `COUNTRY` where the country's name goes.
const TEMPLATE: &str = include_str!("../../assets/starter.ron");

/// The starter dataset for `country`; `None` when the name cannot stand in a RON string as written (empty,
/// or with a control character).
pub fn starter(country: &str) -> Option<String> {
    let country = country.trim();
    if country.is_empty() || country.chars().any(char::is_control) {
        return None;
    }
    let escaped = country.replace('\\', "\\\\").replace('"', "\\\"");
    Some(TEMPLATE.replace("COUNTRY", &escaped))
}

/// Writes the starter to `file` (never over an existing file) or to stdout.
pub fn run(country: &str, file: Option<&Path>) -> ExitCode {
    let Some(text) = starter(country) else {
        eprintln!("polity new: the country's name must be non-empty text on one line");
        return ExitCode::from(2);
    };
    let Some(path) = file else {
        return super::write_stdout(text.as_bytes());
    };
    let created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    match created {
        Ok(()) => {
            println!(
                "wrote {}; check it with: polity check {}",
                path.display(),
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "polity new: {} already exists; not overwritten",
                path.display()
            );
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("polity new: cannot write {} ({e})", path.display());
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Model, load_str};

    #[test]
    fn the_starter_is_valid_for_any_name() {
        for name in ["Freedonia", "Côte \"Test\" \\ Land", "Ruritanië"] {
            let text = starter(name).expect("a usable name");
            let data = load_str("starter.ron", &text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(data.meta.country, name);
            Model::new(data).unwrap_or_else(|p| panic!("{p:?}"));
        }
    }

    #[test]
    fn an_empty_or_multi_line_name_is_refused() {
        assert!(starter("  ").is_none());
        assert!(starter("A\nB").is_none());
    }
}
