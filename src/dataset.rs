//! The one place that turns the dataset a user chose (the built-in one, or `--data FILE`) into a validated
//! `Model`, or into every problem as a line naming the file. The app, `check`, `export` and `serve` all load here.

use crate::embedded;
use crate::model::newest::NewestSnapshot;
use crate::model::validate::source_text::check_source_text;
use crate::model::{Model, Timeline, load_str, read_file};
use crate::sanitize;
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
pub fn display_name(file: Option<&Path>) -> String {
    file.map_or_else(
        || embedded::NAME.to_string(),
        |path| path.display().to_string(),
    )
}

/// Loads and validates `--data FILE`; on failure, every problem as one line that names the file. The built-in
/// dataset is loaded from its binary form without the validation pass: the test suite validates it.
pub fn load_model(file: Option<&Path>) -> Result<Model, Vec<String>> {
    match file {
        None => load_embedded(),
        Some(_) => try_load_model(file).map_err(LoadFailure::into_lines),
    }
}

/// The built-in dataset from its binary form, trusted because `the_embedded_binary_is_the_valid_ron` checks it.
pub fn load_embedded() -> Result<Model, Vec<String>> {
    postcard::from_bytes(embedded::BINARY)
        .map(Model::trusted)
        .map_err(|e| vec![format!("{}: {e}", embedded::NAME)])
}

/// The timeline of `--data FILE` (validated) or of the built-in dataset, which starts from its newest snapshot
/// made at build time and loads the whole file when first asked for.
pub fn load_timeline(file: Option<&Path>) -> Result<Timeline, Vec<String>> {
    match file {
        None => load_embedded_timeline(),
        Some(_) => load_model(file).map(Timeline::of),
    }
}

/// The built-in dataset's timeline from its newest snapshot, trusted because
/// `the_embedded_newest_snapshot_is_the_timelines` checks it.
pub fn load_embedded_timeline() -> Result<Timeline, Vec<String>> {
    let newest: NewestSnapshot = postcard::from_bytes(embedded::NEWEST)
        .map_err(|e| vec![format!("{}: {e}", embedded::NAME)])?;
    Ok(Timeline::from_newest(newest, load_full_embedded))
}

/// The whole built-in file for a timeline that started from its newest snapshot. The test suite proves the
/// binary form loads; should it not, the timeline holds an empty file rather than stopping the app.
fn load_full_embedded() -> Model {
    load_embedded().unwrap_or_else(|_| Model::trusted(Default::default()))
}

/// Loads and validates, telling a file that cannot be read apart from one that has semantic problems.
pub fn try_load_model(file: Option<&Path>) -> Result<Model, LoadFailure> {
    try_load_with_warnings(file).map(|(model, _)| model)
}

/// Like `try_load_model`, and also the lines that warn about text that is shown escaped (controls, direction
/// overrides). Every line is safe to print: text from the file and the file's name are escaped.
pub fn try_load_with_warnings(file: Option<&Path>) -> Result<(Model, Vec<String>), LoadFailure> {
    let name = sanitize::line(&display_name(file)).into_owned();
    // A structural report has a line per mistake: each is escaped on its own, so the lines stay lines.
    let unreadable = |e: crate::model::LoadError| {
        let lines: Vec<String> = e
            .to_string()
            .lines()
            .map(|l| sanitize::line(l).into_owned())
            .collect();
        LoadFailure::Unreadable(lines.join("\n"))
    };
    let text: std::borrow::Cow<str> = match file {
        Some(path) => read_file(path).map_err(unreadable)?.into(),
        None => embedded::TEXT.into(),
    };
    let data = load_str(&display_name(file), &text).map_err(unreadable)?;
    let found = check_source_text(&text);
    let located = data.text.clone();
    let at = crate::model::positions::Locator::new(located.0.as_deref());
    let named = |p: &crate::model::Problem| {
        sanitize::line(&format!("{name}: {}", at.describe(p))).into_owned()
    };
    let mut problems: Vec<String> = found.problems.iter().map(named).collect();
    match Model::new(data) {
        Ok(model) if problems.is_empty() => Ok((model, found.warnings.iter().map(named).collect())),
        Ok(_) => Err(LoadFailure::Invalid(problems)),
        Err(more) => {
            problems.extend(more.iter().map(named));
            Err(LoadFailure::Invalid(problems))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_the_binarys_own_dataset_reads_back_and_other_bytes_are_checked() {
        let newest: NewestSnapshot =
            postcard::from_bytes(embedded::NEWEST).expect("the built-in snapshot reads");
        let name = &newest.data.bodies[0].name;
        // Read in place: the text is the binary's own bytes, not a copy of them.
        let blob = embedded::NEWEST.as_ptr_range();
        let inside = |text: &str| {
            blob.contains(&text.as_ptr())
                && text.len() <= blob.end as usize - text.as_ptr() as usize
        };
        assert!(inside(name), "{name} was copied");
        // The same bytes outside the binary's dataset read the same, into their own allocation; bytes that
        // are not UTF-8 are refused.
        let bytes = postcard::to_allocvec(name.as_str()).expect("serializes");
        let copy: crate::model::SharedStr = postcard::from_bytes(&bytes).expect("reads back");
        assert_eq!(copy, *name);
        assert!(!inside(&copy));
        let broken = postcard::from_bytes::<crate::model::SharedStr>(&[2, 0xc3, 0x28]);
        assert!(broken.is_err(), "{broken:?}");
    }

    #[test]
    fn the_built_in_dataset_loads_under_its_own_name() {
        assert!(load_model(None).is_ok());
        assert_eq!(display_name(None), embedded::NAME);
    }

    #[test]
    fn the_embedded_binary_is_the_valid_ron() {
        let (model, warnings) =
            try_load_with_warnings(None).expect("the built-in dataset is valid");
        assert!(warnings.is_empty(), "{warnings:?}");
        let fast = load_embedded().expect("the binary form loads");
        assert!(
            fast.data == model.data,
            "the binary form differs from the RON text"
        );
    }

    #[test]
    fn the_embedded_newest_snapshot_is_the_timelines() {
        let model = try_load_model(None).expect("the built-in dataset is valid");
        let built = Timeline::of(model.clone());
        let fast = load_embedded_timeline().expect("the newest snapshot loads");
        assert_eq!(fast.dates(), built.dates());
        assert_eq!(fast.newest(), built.newest());
        let (ours, theirs) = (fast.snapshot(fast.newest()), built.snapshot(built.newest()));
        assert!(ours.data == theirs.data, "the snapshots differ");
        assert_eq!(ours.origins, theirs.origins);
        assert_eq!(ours.as_of, theirs.as_of);
        for body in &model.data.bodies {
            assert_eq!(ours.name(&body.id), theirs.name(&body.id));
            assert_eq!(ours.label(&body.id), theirs.label(&body.id));
        }
        // The whole file comes later, and is the same file.
        assert!(fast.full().data == model.data, "the whole files differ");
        let older = fast.newest().saturating_sub(1);
        assert!(fast.snapshot(older).data == built.snapshot(older).data);
    }

    #[test]
    fn a_missing_file_is_one_line_naming_it() {
        let path = Path::new("no/such/dataset.ron");
        match try_load_model(Some(path)) {
            Err(LoadFailure::Unreadable(line)) => {
                assert!(line.starts_with("no/such/dataset.ron"), "{line}")
            }
            other => panic!("expected an unreadable file, got {other:?}"),
        }
    }

    #[test]
    fn semantic_problems_each_name_the_file() {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/unknown_id.ron");
        let name = path.display().to_string();
        match try_load_model(Some(&path)) {
            Err(LoadFailure::Invalid(lines)) => {
                assert!(!lines.is_empty());
                assert!(
                    lines.iter().all(|l| l.starts_with(&format!("{name}: "))),
                    "{lines:?}"
                );
            }
            other => panic!("expected semantic problems, got {other:?}"),
        }
    }
}
