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
