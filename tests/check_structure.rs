//! `polity check` reports every structural mistake of a file in one run, each with its line and column, and
//! places every semantic problem: its path, its item's id and the line and column of what it names.

use std::process::Command;

fn check(file: &str) -> (Option<i32>, Vec<String>) {
    let out = Command::new(env!("CARGO_BIN_EXE_polity"))
        .args(["check", file])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run polity check");
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        out.status.code(),
        stderr.lines().map(String::from).collect(),
    )
}

#[test]
fn five_different_structural_mistakes_are_all_reported() {
    let file = "tests/fixtures/structure/five_mistakes.ron";
    let (code, lines) = check(file);
    assert_eq!(code, Some(2));
    let expected = [
        "31:13: bodies[0]: unknown field `nmae` (did you mean `name`?)",
        "39:9: bodies[1]: missing field `role`",
        "91:19: bodies[5].kind: unknown variant `Cort` (did you mean `Court`?); expected one of `Office`, \
         `Government`, `Ministry`, `Parliament`, `Chamber`, `Court`, `Council`, `Collegium`, `Assembly`, \
         `Party`, `Prosecutor`, `Other`",
        "105:22: bodies[6].members: expected a whole number, found text",
        "170:87: memberships[0]: unknown field `sorce` (did you mean `source`?)",
    ]
    .map(|l| format!("{file}:{l}"));
    assert_eq!(lines, expected);
}

#[test]
fn an_unknown_field_without_a_near_name_lists_the_fields() {
    let dir = std::env::temp_dir().join(format!("polity-structure-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("odd.ron");
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.ron"),
    )
    .unwrap()
    .replace(
        "short: \"Cabinet\",",
        "colour: \"red\", short: \"Cabinet\",",
    );
    std::fs::write(&file, text).unwrap();
    let (code, lines) = check(file.to_str().unwrap());
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, Some(2));
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].ends_with("bodies[1]: unknown field `colour`; expected one of `id`, `kind`, `branch`, \
             `name`, `short`, `names`, `role`, `members`, `seats`, `court_level`, `court_branch`, `source`, `as_of`, \
             `facts`, `from`, `until`, `replaces`, `plural`, `more_sources`"),
        "{}",
        lines[0]
    );
}

#[test]
fn a_syntax_error_is_still_one_line() {
    let file = "tests/fixtures/invalid/syntax_error.ron";
    let (code, lines) = check(file);
    assert_eq!(code, Some(2));
    assert_eq!(lines, [format!("{file}:43:13: Expected comma")]);
}

#[test]
fn semantic_problems_name_the_item_and_where_it_is() {
    for (fixture, line) in [
        (
            "duplicate_id",
            r#"bodies[5].id "district" (line 90:17): duplicate id "district" (first at bodies[4])"#,
        ),
        (
            "empty_text",
            r#"bodies[2].name "parliament" (line 52:19): empty name"#,
        ),
        (
            "unknown_id",
            r#"relations[3].to (line 141:49): unknown id "oblast""#,
        ),
        (
            "appeal_cycle",
            "relations[6] (line 144:9): cycle in AppealsTo relations: district → regional → supreme → district",
        ),
        (
            "unknown_id",
            r#"scenarios[0].steps[1].at "land-dispute" (line 222:22): no appeal from "district" to "regional""#,
        ),
    ] {
        let file = format!("tests/fixtures/invalid/{fixture}.ron");
        let (code, lines) = check(&file);
        assert_eq!(code, Some(2));
        let expected = format!("{file}: {line}");
        assert!(
            lines.contains(&expected),
            "{expected:?} not among {lines:#?}"
        );
    }
}
