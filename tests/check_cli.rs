//! The real binary against good, broken and hostile dataset files: `polity check`, `polity export` and
//! `polity --data`.

use polity::model::{Dataset, Fact, Timeline, load_file};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const MINIMAL: &str = "tests/fixtures/minimal.ron";

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `polity` with `args`, stdin empty and output captured (so neither is a terminal). Output is read while
/// it runs, so a long export cannot fill the pipe and stall. A run that takes longer than a generous limit is
/// killed and fails the test rather than hanging it.
fn polity(args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_polity"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RUST_BACKTRACE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the polity binary starts");
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for polity") {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().expect("stop polity");
            child.wait().expect("reap polity");
            panic!("polity {args:?} did not finish within 30 s");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let text = |reader: std::thread::JoinHandle<Vec<u8>>| {
        String::from_utf8_lossy(&reader.join().expect("read polity's output")).into_owned()
    };
    Run {
        code: status.code(),
        stdout: text(stdout),
        stderr: text(stderr),
    }
}

/// Reads a pipe to its end on its own thread.
fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

/// A fresh directory for one test's files, removed when the test ends.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "polity-check-cli-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&dir).expect("create a scratch directory");
        Scratch(dir)
    }

    fn file(&self, name: &str, contents: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        fs::write(&path, contents).expect("write a scratch file");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("scratch paths are UTF-8")
}

/// A file that cannot be used: exit 2 and exactly one line on stderr, naming the file, with no panic.
#[track_caller]
fn assert_one_line_failure(run: &Run, file: &str) {
    assert_eq!(run.code, Some(2), "stderr: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(!run.stderr.contains("RUST_BACKTRACE"), "{}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "expected one line, got {lines:#?}");
    assert!(
        lines[0].starts_with(file),
        "{:?} should name {file:?}",
        lines[0]
    );
    assert!(run.stdout.is_empty(), "stdout: {}", run.stdout);
}

/// `polity check FILE` fails on a file that cannot be used.
#[track_caller]
fn check_rejects(path: &Path) -> Run {
    let run = polity(&["check", arg(path)]);
    assert_one_line_failure(&run, arg(path));
    run
}

// ---- hostile files ----

#[test]
fn missing_file() {
    let dir = Scratch::new();
    let run = check_rejects(&dir.0.join("missing.ron"));
    assert!(run.stderr.contains("no such file"), "{}", run.stderr);
}

#[test]
fn directory() {
    let dir = Scratch::new();
    let run = check_rejects(&dir.0);
    assert!(run.stderr.contains("directory"), "{}", run.stderr);
}

#[test]
fn empty_file() {
    let dir = Scratch::new();
    let run = check_rejects(&dir.file("empty.ron", b""));
    assert!(run.stderr.contains("empty"), "{}", run.stderr);
}

#[test]
fn invalid_utf8() {
    let dir = Scratch::new();
    let path = dir.file("latin1.ron", b"(\n  meta: (title: \"Caf\xe9\"");
    let run = check_rejects(&path);
    assert!(
        run.stderr
            .contains(&format!("{}:2:21: is not valid UTF-8", arg(&path))),
        "{}",
        run.stderr
    );
}

#[test]
fn nul_bytes() {
    let dir = Scratch::new();
    let path = dir.file("nul.ron", b"(\n  meta\0\0\0");
    let run = check_rejects(&path);
    assert!(
        run.stderr
            .contains(&format!("{}:2:7: contains a NUL byte", arg(&path))),
        "{}",
        run.stderr
    );
}

#[test]
fn hundred_megabyte_file() {
    let dir = Scratch::new();
    let path = dir.0.join("huge.ron");
    fs::File::create(&path)
        .and_then(|f| f.set_len(100 * 1024 * 1024))
        .expect("create a sparse file");
    let run = check_rejects(&path);
    assert!(run.stderr.contains("at most"), "{}", run.stderr);
}

#[test]
fn nested_a_hundred_thousand_deep() {
    let dir = Scratch::new();
    let deep = "[".repeat(100_000);
    for (name, text) in [
        ("parens.ron", "(".repeat(100_000)),
        ("brackets.ron", deep.clone()),
        (
            "in-a-field.ron",
            format!("(meta: (title: \"x\", names: {deep}"),
        ),
    ] {
        let path = dir.file(name, text.as_bytes());
        let run = check_rejects(&path);
        assert!(
            run.stderr.starts_with(&format!("{}:1:", arg(&path))),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let path = "tests/fixtures/invalid/syntax_error.ron";
    let run = check_rejects(Path::new(path));
    // The comma is missing at the end of line 42; the parser notices at the next field.
    assert!(
        run.stderr.starts_with(&format!("{path}:43:13: ")),
        "{}",
        run.stderr
    );
}

#[test]
fn export_of_a_bad_file_fails_the_same_way() {
    let dir = Scratch::new();
    let path = dir.0.join("missing.ron");
    let run = polity(&["--data", arg(&path), "export"]);
    assert_one_line_failure(&run, arg(&path));
}

/// The app loads its dataset before it touches the terminal, so a bad `--data` fails like `check`.
#[test]
fn app_with_bad_data_file_exits_2_with_one_line() {
    let dir = Scratch::new();
    let path = dir.0.join("missing.ron");
    let run = polity(&["--data", arg(&path)]);
    assert_one_line_failure(&run, arg(&path));
    assert!(run.stderr.contains("no such file"), "{}", run.stderr);
}

// ---- semantic problems ----

/// Each invalid fixture and the problem line `polity check` must print for it (after the file name).
const SEMANTIC: &[(&str, &str)] = &[
    (
        "short_too_long",
        r#"bodies[1].short: "Cabinet of Ministers" is 20 characters; a short label has at most 14"#,
    ),
    (
        "matter_not_a_court",
        r#"matters[0].starts_at: "commission" is not a court: a matter starts at a body of the Judicial branch"#,
    ),
    (
        "step_first_optional",
        "scenarios[0].steps[0].optional: a case's first step cannot be optional: every case starts somewhere",
    ),
    (
        "step_optional_then_required",
        "scenarios[0].steps[2].optional: comes after an optional step, so it must be optional too",
    ),
    (
        "step_outside_not_last",
        "scenarios[0].steps[1].outside: only a case's last step can leave the appeal chain",
    ),
    (
        "review_not_appeal",
        "relations[5].review: only an appeal (AppealsTo) has a kind of review",
    ),
    ("unknown_id", r#"relations[3].to: unknown id "oblast""#),
    (
        "duplicate_id",
        r#"bodies[5].id: duplicate id "district" (first at bodies[4])"#,
    ),
    (
        "unknown_source",
        r#"bodies[0].facts[0].source: unknown source "wiki""#,
    ),
    ("missing_source", "relations[6].source: missing source"),
    (
        "percentages",
        "elections[0].results: percentages add up to 104.0, above 100",
    ),
    (
        "percent_range",
        "elections[0].results[1].percent: 116.23 is not a percentage between 0 and 100",
    ),
    ("empty_text", "bodies[2].name: empty name"),
    (
        "malformed_date",
        r#"bodies[0].as_of: malformed date "2019-13"; expected YYYY, YYYY-MM or YYYY-MM-DD"#,
    ),
    (
        "appeal_cycle",
        "relations[6]: cycle in AppealsTo relations: district → regional → supreme → district",
    ),
    (
        "member_cycle",
        "relations[6]: cycle in MemberOf relations: lower → parliament → lower",
    ),
    (
        "self_relation",
        r#"relations[0]: relates "cabinet" to itself"#,
    ),
    (
        "unknown_discrepancy",
        r#"bodies[3].facts[0].discrepancy: unknown discrepancy "upper-term""#,
    ),
    (
        "unknown_subject",
        r#"discrepancies[0].subjects[0]: unknown id "upper"; expected a body or topic id"#,
    ),
    (
        "unknown_matter",
        r#"scenarios[0].matter: unknown matter "criminal""#,
    ),
    (
        "scenario_no_steps",
        "scenarios[0].steps: no steps; a scenario needs at least one",
    ),
    (
        "scenario_start",
        r#"scenarios[0].steps[0].at: "regional" is not where matter "civil" starts ("district")"#,
    ),
    (
        "scenario_no_appeal",
        r#"scenarios[0].steps[1].at: no appeal from "district" to "supreme""#,
    ),
    (
        "seats",
        "bodies[3].seats: seat counts add up to 10, but members is 12",
    ),
    (
        "duplicate_key",
        r#"meta.names: the key "de" appears more than once (only the last would count)"#,
    ),
    (
        "id_charset",
        r#"sources[1].id: id "the almanac" may hold only ASCII letters, digits, "_", "-" and ".", starting with a letter or digit"#,
    ),
    (
        "court_level_zero",
        "bodies[4].court_level: court level 0; the lowest court is level 1",
    ),
    (
        "one_reading",
        "discrepancies[0].readings: only one reading; a discrepancy needs at least two",
    ),
    (
        "until_before_from",
        r#"bodies[3].facts[0].until: until "2020" is not after from "2020""#,
    ),
    (
        "overlapping_versions",
        r#"bodies[5].id: duplicate id "district": this version (from 2019) overlaps bodies[4] (until 2020)"#,
    ),
    (
        "outside_validity",
        r#"relations[4].to: refers to "supreme" outside its validity (on 2021)"#,
    ),
    (
        "seats_at_date",
        "bodies[3].seats: seat counts add up to 8, but members is 10 (on 2022)",
    ),
    (
        "scenario_appeal_at_date",
        r#"scenarios[0].steps[2].at: no appeal from "regional" to "supreme" (on 2024)"#,
    ),
    (
        "event_unknown_body",
        r#"events[0].bodies[0]: unknown id "senate""#,
    ),
    (
        "event_unknown_source",
        r#"events[0].sources[0]: unknown source "gazette""#,
    ),
    (
        "unknown_more_source",
        r#"relations[0].more_sources[0]: unknown source "wiki""#,
    ),
    (
        "correction_source",
        r#"bodies[0].facts[0].correction.source: unknown source "wiki""#,
    ),
    (
        "glossary_empty_definition",
        "glossary[0].definition: empty definition",
    ),
    (
        "glossary_unknown_source",
        r#"glossary[0].source: unknown source "wiki""#,
    ),
    (
        "tour_unknown_id",
        r#"tours[0].stops[0].item: unknown id "senate""#,
    ),
    (
        "tour_empty_question",
        "tours[0].stops[1].question: empty question",
    ),
    (
        "tour_case_step",
        r#"tours[0].stops[0].item.step: step 3 is past the end of scenario "land-dispute" (3 steps, counted from 0)"#,
    ),
    (
        "tour_date_outside",
        r#"tours[0].stops[0].date: date "2030" is outside the data (2019-03-20 to 2026-07-01)"#,
    ),
];

#[test]
fn each_semantic_problem_is_reported_with_its_path() {
    for (name, problem) in SEMANTIC {
        let file = format!("tests/fixtures/invalid/{name}.ron");
        let run = polity(&["check", &file]);
        assert_eq!(run.code, Some(2), "{file}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{file}: {}", run.stdout);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        let lines: Vec<&str> = run.stderr.lines().collect();
        let expected = format!("{file}: {problem}");
        // Where the item is (its id and line:column) is tested in tests/check_structure.rs.
        let unplaced: Vec<String> = lines.iter().map(|l| without_place(l)).collect();
        assert!(
            unplaced.contains(&expected),
            "{expected:?} not among {unplaced:#?}"
        );
        let problems = lines.len() - 1;
        let noun = if problems == 1 { "problem" } else { "problems" };
        assert_eq!(
            lines.last(),
            Some(&format!("{problems} {noun} found in {file}").as_str()),
            "{file}"
        );
        for line in &lines[..problems] {
            assert!(line.starts_with(&format!("{file}: ")), "{line}");
        }
    }
}

/// A problem line without its item's id and position: `path "id" (line L:C): message` as `path: message`.
fn without_place(line: &str) -> String {
    let Some(start) = line.find(" (line ") else {
        return line.to_string();
    };
    let Some(end) = line[start..].find("): ").map(|e| start + e + 1) else {
        return line.to_string();
    };
    let mut head = &line[..start];
    if head.ends_with('"') {
        // The id in quotes just before the position; a path has no spaces, so it starts after the last one.
        head = head[..head.len() - 1]
            .rfind(" \"")
            .map_or(head, |q| &head[..q]);
    }
    format!("{head}{}", &line[end..])
}

#[test]
fn every_invalid_fixture_is_covered() {
    let mut names: Vec<String> = fs::read_dir("tests/fixtures/invalid")
        .expect("the invalid fixtures")
        .map(|e| e.expect("a directory entry").file_name())
        .map(|n| n.to_string_lossy().trim_end_matches(".ron").to_string())
        .filter(|n| n != "syntax_error")
        .collect();
    names.sort();
    let mut covered: Vec<String> = SEMANTIC.iter().map(|(n, _)| n.to_string()).collect();
    covered.sort();
    assert_eq!(names, covered);
}

#[test]
fn problems_after_a_first_one_are_all_reported() {
    let dir = Scratch::new();
    let text = fs::read_to_string(MINIMAL)
        .expect("the minimal fixture")
        .replace("as_of: \"2003\"", "as_of: \"2003-02-30\"")
        .replace("source: \"almanac\"", "source: \"yearbook\"");
    let path = dir.file("many.ron", text.as_bytes());
    let run = polity(&["check", arg(&path)]);
    assert_eq!(run.code, Some(2));
    let count = run.stderr.lines().count() - 1;
    assert!(count >= 6, "{}", run.stderr);
    assert!(
        run.stderr
            .ends_with(&format!("{count} problems found in {}\n", arg(&path))),
        "{}",
        run.stderr
    );
}

// ---- a valid dataset ----

#[test]
fn valid_file_gives_a_summary_and_exit_0() {
    let run = polity(&["check", MINIMAL]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let out = &run.stdout;
    assert!(out.starts_with("Politics of Ruritania\n"), "{out}");
    assert!(out.contains(&format!("{MINIMAL}: valid")), "{out}");
    let count = |label: &str| -> Option<&str> {
        out.lines()
            .find(|l| l.starts_with(label))
            .and_then(|l| l.split_whitespace().nth(1))
    };
    for (label, n) in [
        ("Bodies", "9"),
        ("Relations", "7"),
        ("Sources", "2"),
        ("Elections", "1"),
        ("Memberships", "2"),
        ("Topics", "2"),
        ("Discrepancies", "1"),
        ("Matters", "1"),
        ("Scenarios", "1"),
    ] {
        assert_eq!(count(label), Some(n), "{label} in {out}");
    }
    assert!(out.contains("Court 3"), "{out}");
    assert!(out.contains("AppealsTo 2"), "{out}");
    assert!(out.contains("Politics article, as of 2019-06"), "{out}");
    assert!(out.contains("Almanac of states, as of 2003"), "{out}");
    assert!(out.lines().count() <= 24, "more than a screen: {out}");
}

#[test]
fn check_reads_the_data_option_when_no_file_is_given() {
    let run = polity(&["--data", MINIMAL, "check"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

// ---- export ----

fn minimal() -> Dataset {
    load_file(Path::new(MINIMAL)).expect("the minimal fixture loads")
}

/// Every fact in the dataset, wherever it sits.
fn all_facts(d: &Dataset) -> Vec<&Fact> {
    let mut facts = vec![&d.overview.form_of_government];
    facts.extend(&d.overview.facts);
    for b in &d.bodies {
        facts.extend(&b.facts);
    }
    for e in &d.elections {
        facts.extend(&e.criticisms);
        facts.extend(&e.facts);
    }
    for t in &d.topics {
        facts.extend(&t.facts);
    }
    facts
}

/// Output with line breaks and indentation folded into single spaces, so wrapped text reads as one line.
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[track_caller]
fn assert_every_fact_once_with_its_source(out: &str) {
    let d = minimal();
    let out = folded(out);
    let facts = all_facts(&d);
    assert!(facts.len() >= 9);
    for f in facts {
        assert_eq!(
            out.matches(f.text.as_str()).count(),
            1,
            "{:?} should appear once in {out}",
            f.text
        );
        let title = &d.sources.iter().find(|s| s.id == f.source).unwrap().title;
        let cited = format!("{} [{title}, as of {}]", f.text, f.as_of);
        assert!(out.contains(&cited), "{cited:?} not in {out}");
    }
}

#[test]
fn text_export_has_every_fact_once() {
    let run = polity(&["--data", MINIMAL, "export"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_every_fact_once_with_its_source(&run.stdout);
    for line in run.stdout.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
    }
    assert!(!run.stdout.contains('\x1b'), "no colour in text export");
}

#[test]
fn markdown_export_has_every_fact_once() {
    let run = polity(&["--data", MINIMAL, "export", "--format", "markdown"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_every_fact_once_with_its_source(&run.stdout);
    assert!(run.stdout.starts_with("# Politics of Ruritania\n"));
    assert!(run.stdout.contains("| Acronym | Name |"), "{}", run.stdout);
}

#[test]
fn export_follows_the_tab_order_and_phrases_relations() {
    let run = polity(&["--data", MINIMAL, "export", "--format", "markdown"]);
    let out = &run.stdout;
    let at = |heading: &str| {
        out.find(&format!("\n## {heading}\n"))
            .unwrap_or_else(|| panic!("no {heading} section in {out}"))
    };
    let order = [
        "Overview",
        "Executive",
        "Legislative",
        "Judicial",
        "Elections",
        "International",
        "Society",
    ]
    .map(at);
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(out.contains("- President appoints 2 members of Chamber of Deputies ["));
    assert!(out.contains("- District Court sends appeals to Regional Court ["));
    // Both readings of the discrepancy, and the matter and scenario under Judicial.
    assert!(out.contains("Elected for a four-year term."));
    assert!(out.contains("Elected for five years."));
    let judicial = at("Judicial")..at("Elections");
    assert!(judicial.contains(&out.find("Civil cases: starts at District Court").unwrap()));
    assert!(judicial.contains(&out.find("A dispute over land").unwrap()));
}

#[test]
fn export_writes_to_a_closed_pipe_without_a_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_polity"))
        .args(["--data", MINIMAL, "export"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the polity binary starts");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("polity finishes");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

// ---- export of the shipped dataset as of a date ----

/// The markdown export of the built-in dataset with `extra` arguments.
fn shipped_markdown(extra: &[&str]) -> String {
    let mut args = vec!["export", "--format", "markdown"];
    args.extend_from_slice(extra);
    let run = polity(&args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    run.stdout
}

/// The part of a Markdown export under `## heading`, up to the next section.
fn section<'a>(out: &'a str, heading: &str) -> &'a str {
    let start = out
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("no {heading} section in {out}"));
    let rest = &out[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 4);
    &rest[..end]
}

fn has_heading(out: &str, heading: &str) -> bool {
    out.lines().any(|l| l == format!("### {heading}"))
}

#[test]
fn export_at_the_articles_date_shows_two_chambers() {
    let out = shipped_markdown(&["--as-of", "2019-06-09"]);
    assert!(out.contains("As of 2019-06-09"), "{out}");
    let legislative = section(&out, "Legislative");
    assert!(
        has_heading(legislative, "Majilis (lower house) (Majilis)"),
        "{legislative}"
    );
    assert!(
        has_heading(legislative, "Senate (upper house) (Senate)"),
        "{legislative}"
    );
    assert!(legislative.contains("Members: 107."), "{legislative}");
    assert!(legislative.contains("Members: 47."), "{legislative}");
    // The one-chamber parliament is not described, only named as what replaces the chambers later.
    assert!(!out.lines().any(|l| l.starts_with("### Kurultai")), "{out}");
    assert!(!out.contains("Members: 145."));
    assert!(
        legislative.contains("Abolished 2026-07-01: replaced by Kurultai"),
        "{legislative}"
    );
    let judicial = section(&out, "Judicial");
    assert!(
        judicial.contains("### Constitutional Council"),
        "{judicial}"
    );
    assert!(!judicial.contains("### Constitutional Court"), "{judicial}");
    // The article's rounded figures and what the final result was.
    let elections = section(&out, "Elections");
    assert!(elections.contains("| 70.96% |"), "{elections}");
    assert!(elections.contains("| 16.23% |"), "{elections}");
    assert!(elections.contains("with 71% of the vote"), "{elections}");
    assert!(
        elections.contains("In fact: It was his first election"),
        "{elections}"
    );
    assert!(
        !out.contains("71.00%") && !out.contains("5.00%"),
        "no padded shares"
    );
    // Only the events up to that day.
    let changed = section(&out, "What changed");
    assert!(!changed.contains("- 2022"), "{changed}");
    assert!(
        changed.contains("later events, not shown here"),
        "{changed}"
    );
}

#[test]
fn export_by_default_shows_the_newest_date() {
    let out = shipped_markdown(&[]);
    assert!(out.contains("the newest date in the dataset"), "{out}");
    let legislative = section(&out, "Legislative");
    assert!(legislative.contains("### Kurultai"), "{legislative}");
    assert!(legislative.contains("Members: 145."), "{legislative}");
    assert!(
        legislative.contains("Since 2026-07-01; before it:"),
        "{legislative}"
    );
    assert!(!has_heading(&out, "Majilis (lower house) (Majilis)"));
    assert!(!has_heading(&out, "Senate (upper house) (Senate)"));
    let judicial = section(&out, "Judicial");
    assert!(judicial.contains("### Constitutional Court"), "{judicial}");
    assert!(judicial.contains("Members: 11."), "{judicial}");
    // Every kind of vote, with the precision of the data.
    let elections = section(&out, "Elections");
    assert!(
        elections.contains("| Yes | 87.15% | 7,954,667 |"),
        "{elections}"
    );
    assert!(elections.contains("Turnout: 73.12%"), "{elections}");
    assert!(elections.contains("| Amanat"), "{elections}");
    assert!(elections.contains("| 5.05% |"), "{elections}");
    assert!(elections.contains("Called for 2026-08-23"), "{elections}");
    assert!(elections.contains("Results: not known."), "{elections}");
    // Discrepancies say whose they are.
    assert!(out.contains("The sources disagree:"), "{out}");
    assert!(out.contains("contradicts itself:"), "{out}");
}

#[test]
fn export_lists_what_changed_in_date_order() {
    let out = shipped_markdown(&[]);
    let changed = section(&out, "What changed");
    let dates: Vec<&str> = changed
        .lines()
        .filter_map(|l| l.strip_prefix("- "))
        .filter_map(|l| l.split_once(": ").map(|(date, _)| date))
        .collect();
    let data = load_file(Path::new("assets/kazakhstan.ron")).expect("the shipped file loads");
    assert_eq!(dates.len(), data.events.len(), "{changed}");
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "not in date order");
    for e in &data.events {
        assert!(
            changed.contains(&format!("- {}: {}", e.date, e.text)),
            "{} missing from {changed}",
            e.id
        );
    }
    assert!(!changed.contains("not shown here"), "{changed}");
}

#[test]
fn export_prints_every_source_with_its_address() {
    let out = shipped_markdown(&["--as-of", "2019-06-09"]);
    let sources = section(&out, "Sources");
    let data = load_file(Path::new("assets/kazakhstan.ron")).expect("the shipped file loads");
    for (i, s) in data.sources.iter().enumerate() {
        assert!(
            sources.contains(&format!("- [{}] {}", i + 1, s.title.trim_end_matches('.'))),
            "{} missing",
            s.id
        );
        if let Some(url) = &s.url {
            assert!(sources.contains(&format!("  - Address: {url}\n")), "{url}");
        }
    }
}

#[test]
fn export_between_changes_uses_the_one_in_force() {
    let run = polity(&["export", "--as-of", "2024"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("As of 2023-03-19") && run.stdout.contains("by the end of 2024"),
        "{}",
        &run.stdout[..600.min(run.stdout.len())]
    );
    assert!(run.stdout.contains("Members: 98."));
}

#[test]
fn export_refuses_a_bad_date() {
    for bad in ["2019-13-01", "yesterday", "2019-02-30", "19", ""] {
        let run = polity(&["export", "--as-of", bad]);
        assert_eq!(run.code, Some(2), "{bad:?}: {}", run.stdout);
        assert!(run.stdout.is_empty(), "{bad:?}");
        assert_eq!(run.stderr.lines().count(), 1, "{bad:?}: {}", run.stderr);
        assert!(run.stderr.contains("--as-of"), "{}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    }
    let early = polity(&["export", "--as-of", "1990"]);
    assert_eq!(early.code, Some(2));
    assert_eq!(early.stderr.lines().count(), 1, "{}", early.stderr);
}

#[test]
fn text_export_of_the_shipped_dataset_is_clean_at_every_period() {
    for as_of in ["2019-06-09", "2023-06-01", "2026-12-01"] {
        let run = polity(&["export", "--as-of", as_of]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        for line in run.stdout.lines() {
            // Only a single word too long for the page (an address) may overflow it.
            let overflowing_word =
                line.split_whitespace().count() == 1 || line.trim_start().starts_with("- Address:");
            assert!(
                line.chars().count() <= 80 || overflowing_word,
                "too wide: {line:?}"
            );
            assert!(!line.chars().any(char::is_control), "control in {line:?}");
        }
    }
}

#[test]
fn text_export_shows_control_characters_of_the_data_harmlessly() {
    let scratch = Scratch::new();
    let text = fs::read_to_string(MINIMAL).expect("the minimal fixture");
    let hostile = text.replacen(
        "Politics of Ruritania",
        "Politics of \\u{1b}[2JRuritania\\u{7}",
        1,
    );
    assert_ne!(hostile, text);
    let path = scratch.file("hostile.ron", hostile.as_bytes());
    for format in ["text", "markdown"] {
        let run = polity(&["--data", arg(&path), "export", "--format", format]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert!(
            !run.stdout.chars().any(|c| c.is_control() && c != '\n'),
            "{format}: {:?}",
            &run.stdout[..200]
        );
        assert!(
            run.stdout.contains("Politics of \\u{1b}[2JRuritania\\u{7}"),
            "{format}: {}",
            &run.stdout[..200]
        );
    }
}

#[test]
fn export_at_a_date_has_each_of_its_facts_once_and_no_other() {
    let data = load_file(Path::new("assets/kazakhstan.ron")).expect("the shipped file loads");
    let timeline = Timeline::new(data).expect("the shipped file is valid");
    let everything: Vec<&str> = all_facts(&timeline.full().data)
        .into_iter()
        .map(|f| f.text.as_str())
        .collect();
    for index in [
        timeline.base_index().expect("the article's date"),
        timeline.newest(),
    ] {
        let date = timeline.date(index).expect("a dated snapshot").to_string();
        let run = polity(&["export", "--as-of", &date]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let out = folded(&run.stdout);
        let model = timeline.snapshot(index);
        let facts = all_facts(&model.data);
        for f in &facts {
            let title = model.source_title(&f.source);
            let cited = format!("{} [{title}, as of {}]", f.text, f.as_of);
            // Once for each place the data puts it: a statement may belong to two places, and a disputed
            // one is also quoted as a reading of its discrepancy.
            let same = |text: &str, source: &str, as_of: &str| {
                text == f.text && source == f.source && as_of == f.as_of
            };
            let places = facts
                .iter()
                .filter(|g| same(&g.text, &g.source, &g.as_of))
                .count()
                + model
                    .data
                    .discrepancies
                    .iter()
                    .flat_map(|d| &d.readings)
                    .filter(|r| same(&r.text, &r.source, &r.as_of))
                    .count();
            assert_eq!(out.matches(&cited).count(), places, "{cited:?} at {date}");
        }
        let shown: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
        for text in &everything {
            if !shown.contains(text) && !shown.iter().any(|s| s.contains(text)) {
                assert!(!out.contains(text), "{text:?} does not hold at {date}");
            }
        }
    }
}

// ---- files that are not files ----

#[test]
fn a_fifo_is_refused_at_once() {
    let dir = Scratch::new();
    let path = dir.0.join("pipe.ron");
    let made = Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let started = Instant::now();
    let run = check_rejects(&path);
    assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
    let run = polity(&["--data", arg(&path), "export"]);
    assert_one_line_failure(&run, arg(&path));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn devices_are_refused_without_reading_them() {
    for device in ["/dev/zero", "/dev/urandom"] {
        let run = check_rejects(Path::new(device));
        assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
    }
}

#[test]
fn a_link_to_a_device_is_refused_and_a_link_to_a_file_is_followed() {
    let dir = Scratch::new();
    let to_device = dir.0.join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &to_device).expect("a symlink");
    check_rejects(&to_device);
    let to_file = dir.0.join("minimal.ron");
    std::os::unix::fs::symlink(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(MINIMAL),
        &to_file,
    )
    .expect("a symlink");
    assert_eq!(polity(&["check", arg(&to_file)]).code, Some(0));
}

// ---- hostile text never reaches the terminal ----

/// The minimal dataset with terminal control sequences (window title, clipboard write, a raw CSI) and a
/// right-to-left override in its title, a source title, a body's name and a fact.
fn hostile_dataset(dir: &Scratch) -> PathBuf {
    let text = fs::read_to_string(MINIMAL).expect("the minimal fixture");
    let text = text
        .replacen(
            "Politics of Ruritania",
            "Politics\\u{1b}]0;pwned\\u{7} of Ruritania",
            1,
        )
        .replacen(
            "Politics article",
            "Politics \\u{1b}]52;c;aGk=\\u{7}article",
            1,
        )
        .replacen(
            "name: \"President\"",
            "name: \"Pres\\u{9b}2Jident\\u{202e}evil\"",
            1,
        )
        .replacen(
            "serves a five-year term.",
            "serves\\u{1b}[2J a five-year\\r term.\\u{2066}",
            1,
        );
    assert_ne!(
        text,
        fs::read_to_string(MINIMAL).unwrap(),
        "the replacements apply"
    );
    dir.file("hostile.ron", text.as_bytes())
}

#[track_caller]
fn assert_no_raw_controls(what: &str, out: &str) {
    let bad: Vec<char> = out
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    assert!(bad.is_empty(), "{what} printed raw {bad:?}");
}

#[test]
fn check_prints_hostile_titles_escaped_and_warns_with_the_path() {
    let dir = Scratch::new();
    let path = hostile_dataset(&dir);
    let run = polity(&["check", arg(&path)]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_no_raw_controls("check's summary", &run.stdout);
    assert_no_raw_controls("check's warnings", &run.stderr);
    assert!(
        run.stdout
            .starts_with("Politics\\u{1b}]0;pwned\\u{7} of Ruritania\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Politics \\u{1b}]52;c;aGk=\\u{7}article"),
        "{}",
        run.stdout
    );
    for path in [
        "meta.title",
        "sources[0].title",
        "bodies[0].name",
        "bodies[0].facts[0].text",
    ] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.starts_with("warning: ") && l.contains(&format!(": {path} "))),
            "no warning for {path}: {}",
            run.stderr
        );
    }
}

#[test]
fn export_prints_hostile_text_escaped_in_both_formats() {
    let dir = Scratch::new();
    let path = hostile_dataset(&dir);
    for format in ["text", "markdown"] {
        let run = polity(&["--data", arg(&path), "export", "--format", format]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert_no_raw_controls(format, &run.stdout);
        assert!(run.stdout.contains("\\u{1b}]52;c;aGk=\\u{7}"), "{format}");
        assert!(run.stdout.contains("\\u{202e}"), "{format}");
    }
}

#[test]
fn error_messages_print_hostile_ids_and_file_names_escaped() {
    let dir = Scratch::new();
    let text = fs::read_to_string("tests/fixtures/invalid/appeal_cycle.ron").expect("a fixture");
    let text = text.replace("\"district\"", "\"dis\\u{1b}]0;x\\u{7}trict\"");
    let path = dir.file("cycle\u{1b}]0;name\u{7}.ron", text.as_bytes());
    let run = polity(&["check", arg(&path)]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert_no_raw_controls("check's problems", &run.stderr);
    assert!(
        run.stderr
            .contains("cycle in AppealsTo relations: dis\\u{1b}]0;x\\u{7}trict"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("cycle\\u{1b}]0;name\\u{7}.ron"),
        "{}",
        run.stderr
    );
    let missing = dir.0.join("gone\u{1b}[2J.ron");
    let run = polity(&["check", arg(&missing)]);
    assert_eq!(run.code, Some(2));
    assert_no_raw_controls("a missing file's name", &run.stderr);
    let run = polity(&["--data", arg(&path)]);
    assert_no_raw_controls("the app's refusal", &run.stderr);
}

#[test]
fn a_thousand_court_cycle_is_named_in_one_short_line() {
    let dir = Scratch::new();
    let text = fs::read_to_string(MINIMAL).expect("the minimal fixture");
    let courts: String = (0..1000)
        .map(|i| format!("(id: \"c{i}\", kind: Court, branch: Judicial, name: \"Court {i}\", role: \"Hears cases.\", source: \"article\", as_of: \"2019\"),\n"))
        .collect();
    let appeals: String = (0..1000)
        .map(|i| format!("(kind: AppealsTo, from: \"c{i}\", to: \"c{}\", source: \"article\", as_of: \"2019\"),\n", (i + 1) % 1000))
        .collect();
    let text = text
        .replacen("bodies: [", &format!("bodies: [\n{courts}"), 1)
        .replacen("relations: [", &format!("relations: [\n{appeals}"), 1);
    let run = polity(&["check", arg(&dir.file("ring.ron", text.as_bytes()))]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("cycle in AppealsTo"))
        .expect("a cycle line");
    assert!(
        line.chars().count() < 200,
        "{} characters: {line}",
        line.chars().count()
    );
    assert!(line.contains("… (1000 bodies)"), "{line}");
}
