//! `polity new COUNTRY FILE` writes a starter dataset that `polity check` passes and that fills every tab.

mod support;

use polity::app::{Action, Tab};
use polity::model::{Model, load_file};
use std::process::Command;
use std::sync::Arc;
use support::ssh::TempDir;
use support::{app, render, screen_text};

fn polity(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_polity"))
        .args(args)
        .output()
        .expect("run polity");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn the_starter_passes_check_and_fills_every_tab() {
    let dir = TempDir::new("new");
    let file = dir.path("freedonia.ron");
    let path = file.to_str().unwrap();
    let (code, stdout, stderr) = polity(&["new", "Freedonia", path]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("polity check"), "{stdout}");

    let (code, stdout, stderr) = polity(&["check", path]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("Politics of Freedonia"), "{stdout}");
    for section in [
        "Bodies",
        "Relations",
        "Elections",
        "Memberships",
        "Topics",
        "Discrepancies",
        "Matters",
        "Scenarios",
    ] {
        let line = stdout
            .lines()
            .find(|l| l.starts_with(section))
            .unwrap_or_default();
        assert!(
            !line.trim_end().ends_with(" 0"),
            "{section} is empty in the starter: {stdout}"
        );
    }

    let data = load_file(&file).unwrap_or_else(|e| panic!("{e}"));
    let model = Arc::new(Model::new(data).unwrap_or_else(|p| panic!("{p:?}")));
    for tab in Tab::ALL {
        let mut app = app(model.clone(), 120, 40);
        app.update(Action::GoToTab(tab.index()));
        let list = screen_text(&render(&app));
        assert!(
            list.contains(&format!("┌ {}", tab.title(&polity::strings::EN))),
            "{list}"
        );
        app.update(Action::Open);
        let page = screen_text(&render(&app));
        assert!(
            !page.contains("Nothing"),
            "{:?} shows nothing: {page}",
            tab.title(&polity::strings::EN)
        );
        assert_ne!(
            list,
            page,
            "{:?}: Enter opens the first item",
            tab.title(&polity::strings::EN)
        );
    }
}

#[test]
fn the_starter_goes_to_stdout_and_never_overwrites_a_file() {
    let (code, stdout, _) = polity(&["new", "Freedonia"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("country: \"Freedonia\""), "{stdout}");

    let dir = TempDir::new("new-exists");
    let file = dir.path("taken.ron");
    std::fs::write(&file, "keep me").unwrap();
    let (code, _, stderr) = polity(&["new", "Freedonia", file.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");
}
