//! The committed field reference (docs/dataset-reference.md) is exactly what `polity schema --markdown`
//! prints, and `polity schema` prints a JSON Schema of the dataset.

use std::process::Command;

const REFERENCE: &str = "docs/dataset-reference.md";

fn polity(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_polity"))
        .args(args)
        .output()
        .expect("run polity");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn the_committed_reference_is_the_generated_one() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(REFERENCE);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = polity(&["schema", "--markdown"]);
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or(
                committed.lines().count().min(generated.lines().count()),
                |i| i,
            )
            + 1;
        panic!(
            "{REFERENCE} is out of date (first difference at line {line}); regenerate it with\n  \
             cargo run -- schema --markdown > {REFERENCE}"
        );
    }
}

#[test]
fn the_json_schema_describes_every_top_level_section() {
    let schema: serde_json::Value =
        serde_json::from_str(&polity(&["schema"])).expect("the schema is JSON");
    assert_eq!(schema["title"], "Dataset");
    assert_eq!(schema["additionalProperties"], false);
    for section in [
        "meta",
        "sources",
        "overview",
        "bodies",
        "relations",
        "elections",
        "events",
    ] {
        assert!(schema["properties"][section].is_object(), "{section}");
    }
    assert_eq!(
        schema["$defs"]["Body"]["properties"]["short"]["maxLength"],
        14
    );
}

fn readme() -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md")
}

/// The complete example in the README's data format section.
fn readme_example(readme: &str) -> String {
    let section = &readme[readme
        .find("## The data format")
        .expect("the data format section")..];
    let start = section.find("```ron\n").expect("a RON example") + "```ron\n".len();
    section[start..start + section[start..].find("```").expect("its end")].to_string()
}

/// Each common mistake of the README's table, made in its example: what is replaced, and by what.
const MISTAKES: &[(&str, &str)] = &[
    ("name: \"President\",", "nmae: \"President\","),
    ("role: \"Head of state.\", ", ""),
    (
        "kind: Court, branch: Judicial, name: \"District",
        "kind: court, branch: Judicial, name: \"District",
    ),
    ("branch: Legislative", "branch: \"Legislative\""),
    ("members: 10", "members: \"10\""),
    ("scheduled: \"2020\"", "due: \"2020\""),
    (
        "head_of_state: \"president\",",
        "head_of_state: \"president\"",
    ),
    ("to: \"cabinet\"", "to: \"goverment\""),
    (
        "source: \"article\", as_of: \"2019-06\"),\n    ],\n    relations",
        "source: \"wiki\", as_of: \"2019-06\"),\n    ],\n    relations",
    ),
    ("date: \"2019-06-09\"", "date: \"9 June 2019\""),
    ("count: 8,", "count: 7,"),
    ("percent: 16.23", "percent: 36.23"),
    ("short: \"Cabinet\"", "short: \"Council of Ministers\""),
];

#[test]
fn the_readme_gives_the_message_check_gives_for_each_common_mistake() {
    let readme = readme();
    let example = readme_example(&readme);
    let dir = std::env::temp_dir().join(format!("polity-readme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cells: Vec<&str> = readme
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("d.ron"))
        .filter_map(|l| l.trim_end_matches(" |").rsplit(" | ").next())
        .map(|cell| cell.trim_matches('`').trim())
        .collect();
    for (from, to) in MISTAKES {
        assert!(example.contains(from), "the example has no {from:?}");
        std::fs::write(dir.join("d.ron"), example.replacen(from, to, 1)).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_polity"))
            .args(["check", "d.ron"])
            .current_dir(&dir)
            .output()
            .expect("run polity check");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let first = stderr.lines().next().unwrap_or_default();
        // The README shortens long lists with an ellipsis: a row matches up to it.
        let shown = |cell: &&str| {
            let head = cell.split('…').next().unwrap_or_default().trim_end();
            if cell.contains('…') {
                first.starts_with(head)
            } else {
                first == *cell
            }
        };
        assert!(
            cells.iter().any(shown),
            "{from:?} -> {to:?}: the README has no row saying {first:?}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_readme_example_is_a_valid_dataset() {
    let example = readme_example(&readme());
    let data =
        polity::model::load_str("README example", &example).unwrap_or_else(|e| panic!("{e}"));
    if let Err(problems) = polity::model::Model::new(data) {
        panic!("the README example has problems: {problems:#?}");
    }
}
