//! A court system too large to lay out: 1,500 courts on one level (generated here) are refused by `polity
//! check`, `--data` and `polity diagram --svg` with a message naming the limit, and drawn anyway (from data that
//! skipped validation) at 80x24 and 200x60 and as an SVG without a panic or a wrong picture: a line says the
//! diagram is too large. The shipped data a hundred times over still fits.

mod support;

use polity::app::{Action, App, Keymap, Tab};
use polity::cli::diagram::{DiagramArgs, ViewArg, picture};
use polity::model::validate::diagram_extent::MAX_DIAGRAM_CELLS;
use polity::model::{Dataset, Model, Timeline, load_str};
use polity::theme::Theme;
use std::process::Command;
use std::sync::Arc;
use support::diagram::*;

const COURTS: usize = 1_500;

/// The parallel-courts fixture with `COURTS` more courts on its lowest level.
fn in_a_row() -> String {
    let text = include_str!("fixtures/courts_parallel.ron");
    let mut courts = String::new();
    for k in 0..COURTS {
        courts.push_str(&format!(
            "        (id: \"row_court_{k}\", kind: Court, branch: Judicial, name: \"Row court {k}\", \
             role: \"Hears cases first.\", court_level: 1, source: \"handbook\", as_of: \"2024-01\"),\n"
        ));
    }
    text.replacen("    bodies: [\n", &format!("    bodies: [\n{courts}"), 1)
}

fn data() -> Dataset {
    load_str("in_a_row.ron", &in_a_row()).expect("the generated file parses")
}

fn polity(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_polity"))
        .args(args)
        .output()
        .expect("polity runs")
}

fn says_too_large(output: &std::process::Output) {
    let text = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{text}");
    assert!(text.contains("too large to lay out"), "{text}");
    assert!(
        text.contains(&format!("at most {MAX_DIAGRAM_CELLS} either way")),
        "{text}"
    );
}

#[test]
fn check_data_and_svg_refuse_it_with_the_limit() {
    let problems = Model::new(data()).expect_err("too large");
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().contains("too large to lay out")),
        "{problems:?}"
    );
    let file = std::env::temp_dir().join(format!("polity-in-a-row-{}.ron", std::process::id()));
    std::fs::write(&file, in_a_row()).expect("written");
    let path = file.to_str().expect("utf-8 path");
    says_too_large(&polity(&["check", path]));
    says_too_large(&polity(&["--data", path]));
    let svg = std::env::temp_dir().join(format!("polity-in-a-row-{}.svg", std::process::id()));
    let svg = svg.to_str().expect("utf-8 path");
    says_too_large(&polity(&["diagram", "--data", path, "--svg", svg]));
    let _ = std::fs::remove_file(&file);
}

#[test]
fn drawn_from_unchecked_data_it_says_so_without_a_panic() {
    let model = Arc::new(Model::trusted(data()));
    for size in [(80, 24), (200, 60)] {
        let mut app = App::new(model.clone(), Keymap::default(), Theme::mono(), size);
        app.update(Action::GoToTab(Tab::Judicial.index()));
        app.update(Action::Open);
        for _ in 0..2 {
            let text = screen(&app);
            assert!(text.contains("too large to draw"), "{size:?}\n{text}");
            let layout = screen_layout(&app).expect("the diagram is on screen");
            assert!(
                layout.geometry.boxes.is_empty(),
                "no box is placed: {size:?}"
            );
            keys(&mut app, "a");
        }
    }
    let timeline = Timeline::of(Model::trusted(data()));
    let args = DiagramArgs {
        svg: "unused.svg".into(),
        view: ViewArg::Appeals,
        case: None,
        step: None,
        as_of: None,
    };
    let w = polity::strings::choose([None]);
    let text = picture(&timeline, timeline.newest(), &args, w).expect("a picture");
    roxmltree::Document::parse(&text).expect("well-formed XML");
    assert!(!text.contains("Row court"));
}

#[test]
fn the_shipped_data_a_hundred_times_over_still_fits() {
    let data = load_str(polity::embedded::NAME, polity::embedded::TEXT).expect("parses");
    let mut out = data.clone();
    for k in 1..100 {
        let id = |id: &str| polity::model::SharedStr::from(format!("{id}.x{k}"));
        for b in &data.bodies {
            let mut copy = b.clone();
            copy.id = id(&b.id);
            copy.name = format!("{} {k}", b.name).into();
            copy.replaces = b.replaces.iter().map(|r| id(r)).collect();
            out.bodies.push(copy);
        }
        for r in &data.relations {
            let mut copy = r.clone();
            copy.from = id(&r.from);
            copy.to = id(&r.to);
            out.relations.push(copy);
        }
    }
    let (width, height) = polity::model::validate::diagram_extent::extent(&out);
    assert!(
        width <= MAX_DIAGRAM_CELLS && height <= MAX_DIAGRAM_CELLS,
        "{width} x {height}"
    );
}
