//! `polity schema [--markdown]`: the dataset format as a JSON Schema generated from the model's types, or as
//! the field reference a dataset author reads (`docs/dataset-reference.md` is this output, committed).

use std::process::ExitCode;

pub use crate::model::structure::json_schema;

/// Prints the schema (pretty JSON) or, with `markdown`, the field reference.
pub fn run(markdown: bool) -> ExitCode {
    let text = if markdown {
        super::reference::markdown(&json_schema())
    } else {
        let mut json = serde_json::to_string_pretty(&json_schema()).unwrap_or_default();
        json.push('\n');
        json
    };
    super::write_stdout(text.as_bytes())
}
