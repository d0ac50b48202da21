//! Loading the dataset the user asked for (a file, or the built-in one) into a validated model.

use crate::embedded;
use crate::model::{Model, load_file, load_str};
use std::path::Path;

/// Loads and validates; on failure, every problem as one line that names the file.
pub fn load_model(file: Option<&Path>) -> Result<Model, Vec<String>> {
    let (name, parsed) = match file {
        Some(path) => (path.display().to_string(), load_file(path)),
        None => (
            embedded::NAME.to_string(),
            load_str(embedded::NAME, embedded::TEXT),
        ),
    };
    let data = parsed.map_err(|e| vec![e.to_string()])?;
    Model::new(data).map_err(|problems| problems.iter().map(|p| format!("{name}: {p}")).collect())
}
