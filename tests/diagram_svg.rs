//! `polity diagram --svg FILE` run as a program: the picture is well-formed XML (parsed here), names every court
//! of the view as real text in both views and along a case, and a wrong case or step is refused with one line.

use std::path::{Path, PathBuf};
use std::process::Command;

const DATASETS: [&str; 4] = [
    "assets/kazakhstan.ron",
    "tests/fixtures/ruritania.ron",
    "tests/fixtures/courts_parallel.ron",
    "tests/fixtures/courts_branches.ron",
];

const SHIPPED_FILE: &str = "assets/kazakhstan.ron";

fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A file in the system's temporary directory, unique to this test run.
fn out_file(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("polity-svg-{}-{name}.svg", std::process::id()))
}

fn polity(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_polity"))
        .args(args)
        .output()
        .expect("polity runs")
}

/// Writes the picture and returns every text in it.
fn texts(dataset: &str, extra: &[&str], name: &str) -> Vec<String> {
    let file = out_file(name);
    let data = repo(dataset);
    let mut args = vec!["diagram", "--data", data.to_str().expect("utf-8 path")];
    args.extend(["--svg", file.to_str().expect("utf-8 path")]);
    args.extend(extra);
    let run = polity(&args);
    assert!(run.status.success(), "{dataset} {extra:?}: {run:?}");
    let text = std::fs::read_to_string(&file).expect("the picture was written");
    let _ = std::fs::remove_file(&file);
    let doc = roxmltree::Document::parse(&text)
        .unwrap_or_else(|e| panic!("{dataset} {extra:?}: not well-formed XML: {e}"));
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(str::to_string))
        .collect()
}

fn courts(dataset: &str) -> Vec<(String, String)> {
    let data = polity::model::load_file(&repo(dataset)).expect("loads");
    let model = polity::model::Model::new(data).expect("valid");
    let timeline = polity::model::Timeline::of(model);
    let newest = timeline.snapshot(timeline.newest()).clone();
    polity::court::bodies_shown(&newest)
        .into_iter()
        .map(|i| {
            let b = &newest.data.bodies[i];
            (b.name.to_string(), newest.label(&b.id).to_string())
        })
        .collect()
}

#[test]
fn the_picture_is_xml_and_names_every_court() {
    for dataset in DATASETS {
        for view in ["appeals", "appointments"] {
            let texts = texts(dataset, &["--view", view], view);
            for (name, short) in courts(dataset) {
                assert!(
                    texts
                        .iter()
                        .any(|t| t.contains(&name) || t.contains(&short)),
                    "{dataset} {view}: {name:?} not among {texts:#?}"
                );
            }
        }
    }
}

#[test]
fn a_case_at_a_step_is_marked_in_the_picture() {
    let texts = texts(
        "tests/fixtures/courts_parallel.ron",
        &["--case", "theft", "--step", "2"],
        "case",
    );
    assert!(texts.iter().any(|t| t == "▶ Regional courts"), "{texts:#?}");
    assert!(texts.iter().any(|t| t == "✓ District courts"), "{texts:#?}");
}

#[test]
fn a_wrong_case_or_step_is_refused_with_one_line() {
    for (extra, says) in [
        (&["--case", "nothing"][..], "no case \"nothing\""),
        (
            &["--case", "theft", "--step", "9"][..],
            "--step 9 is not between 1 and 5",
        ),
    ] {
        let file = out_file("refused");
        let data = repo("tests/fixtures/courts_parallel.ron");
        let mut args = vec!["diagram", "--data", data.to_str().unwrap()];
        args.extend(["--svg", file.to_str().unwrap()]);
        args.extend(extra);
        let run = polity(&args);
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(says), "{stderr}");
        assert!(!file.exists());
    }
}

/// The appointments picture names every body it draws a box for, the bodies that choose included, and carries
/// the arrows' words.
#[test]
fn the_appointments_picture_names_every_box_and_its_arrows() {
    let data = polity::model::load_file(&repo(SHIPPED_FILE)).expect("loads");
    let timeline = polity::model::Timeline::of(polity::model::Model::new(data).expect("valid"));
    let newest = timeline.snapshot(timeline.newest()).clone();
    let w = polity::strings::choose([None]);
    let area = ratatui::layout::Rect::new(0, 0, 200, 60);
    let layout =
        polity::court::layout::arrange(&newest, polity::court::DiagramView::Appointments, w, area);
    let texts = texts(
        SHIPPED_FILE,
        &["--view", "appointments"],
        "appointments-boxes",
    );
    let president = newest
        .body_index("president")
        .expect("the data names its president");
    assert!(layout.graph.node_of(president).is_some());
    for node in &layout.graph.nodes {
        let (name, short) = (&node.name, &node.label);
        assert!(
            texts.iter().any(|t| t.contains(name) || t.contains(short)),
            "{name:?} not among {texts:#?}"
        );
    }
    for edge in &layout.graph.edges {
        assert!(
            texts.iter().any(|t| t == &edge.label || t == &edge.short),
            "{:?} not among {texts:#?}",
            edge.label
        );
    }
}
