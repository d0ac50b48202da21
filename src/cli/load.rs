//! Loading the dataset the user asked for (a file, or the built-in one) into a validated model.

use crate::embedded;
use crate::model::{Model, load_file, load_str};
use std::path::Path;

/// Why a dataset could not be used. Every line names the file.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// The file could not be read or parsed: one line, `file: reason` or `file:line:col: reason`.
    Unreadable(String),
    /// The file parsed but has semantic problems: one line per problem, `file: path: message`.
    Invalid(Vec<String>),
}

impl LoadFailure {
    /// Every problem as one line that names the file.
    pub fn into_lines(self) -> Vec<String> {
        match self {
            LoadFailure::Unreadable(line) => vec![line],
            LoadFailure::Invalid(lines) => lines,
        }
    }
}

/// The name errors and summaries use for the dataset: the path as given, or the built-in dataset's name.
pub fn dataset_name(file: Option<&Path>) -> String {
    file.map_or_else(
        || embedded::NAME.to_string(),
        |path| path.display().to_string(),
    )
}

/// Loads and validates; on failure, every problem as one line that names the file.
pub fn load_model(file: Option<&Path>) -> Result<Model, Vec<String>> {
    try_load_model(file).map_err(LoadFailure::into_lines)
}

/// Loads and validates, telling a file that cannot be read apart from one that has semantic problems.
pub fn try_load_model(file: Option<&Path>) -> Result<Model, LoadFailure> {
    let name = dataset_name(file);
    let parsed = match file {
        Some(path) => load_file(path),
        None => load_str(&name, embedded::TEXT),
    };
    let data = parsed.map_err(|e| LoadFailure::Unreadable(e.to_string()))?;
    Model::new(data).map_err(|problems| {
        LoadFailure::Invalid(problems.iter().map(|p| format!("{name}: {p}")).collect())
    })
}
