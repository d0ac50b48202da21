//! The ASCII character set: every screen the app draws (each tab and each of its pages, the help, the court diagram
//! in both views and along a case with a guess, search, the timeline, the quiz and the terms panel) holds no
//! character outside ASCII except the dataset's own letters, and a few screens as insta snapshots.

mod support;

use polity::app::{Action, App, Keymap, Tab};
use polity::model::Model;
use polity::theme::{Charset, Theme};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeSet;
use std::sync::Arc;
use support::{render, screen_text, shipped};

fn ascii_app(model: Arc<Model>, width: u16, height: u16) -> App {
    let theme = Theme::colour().with_charset(Charset::Ascii);
    App::new(model, Keymap::default(), theme, (width, height))
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Drawing glyphs that must never reach an ASCII screen, even where the dataset's text has them.
fn is_drawing(c: char) -> bool {
    matches!(c as u32,
        0x2190..=0x21FF // arrows
        | 0x2500..=0x25FF // box drawing, blocks, geometric shapes
        | 0x2600..=0x27BF // symbols and dingbats: ⚠ ✓ ✎ ✝
    ) || "Δ°·•…—".contains(c)
}

/// The characters the dataset's text brings with it (names in other scripts), which an ASCII screen may show.
fn dataset_letters() -> BTreeSet<char> {
    polity::embedded::TEXT
        .chars()
        .filter(|c| !c.is_ascii() && !is_drawing(*c))
        .collect()
}

struct Checker {
    allowed: BTreeSet<char>,
    screens: usize,
}

impl Checker {
    fn check(&mut self, app: &App, what: &str) {
        let terminal = render(app);
        let buffer = terminal.backend().buffer();
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                let symbol = buffer[(x, y)].symbol();
                if let Some(c) = symbol
                    .chars()
                    .find(|c| !c.is_ascii() && !self.allowed.contains(c))
                {
                    panic!(
                        "{what}: {c:?} (U+{:04X}) at {x},{y} is not ASCII and not the dataset's\n{}",
                        c as u32,
                        screen_text(&terminal)
                    );
                }
            }
        }
        self.screens += 1;
    }
}

#[test]
fn no_screen_draws_anything_but_ascii_and_the_datasets_letters() {
    let model = shipped();
    let mut checker = Checker {
        allowed: dataset_letters(),
        screens: 0,
    };
    for (width, height) in [(80, 24), (120, 40)] {
        for tab in Tab::ALL {
            let mut app = ascii_app(model.clone(), width, height);
            app.update(Action::GoToTab(tab.index()));
            // Every entry of the tab's list, shown beside it and opened.
            for row in 0..80 {
                let name = format!("{tab:?} row {row} at {width}x{height}");
                checker.check(&app, &name);
                app.update(Action::Open);
                checker.check(&app, &format!("{name}, opened"));
                app.update(Action::End);
                checker.check(&app, &format!("{name}, opened, at its end"));
                press(&mut app, KeyCode::Esc);
                if !app.update(Action::Down) {
                    break;
                }
            }
        }

        let mut app = ascii_app(model.clone(), width, height);
        app.update(Action::ToggleHelp);
        checker.check(&app, "help");
        typed(&mut app, "/next");
        checker.check(&app, "help, searching");

        let mut app = ascii_app(model.clone(), width, height);
        typed(&mut app, "/court");
        checker.check(&app, "search");

        // The quiz: a question, its feedback (whichever answer is right), and the glossary panel.
        let mut app = ascii_app(model.clone(), width, height);
        typed(&mut app, "Q");
        checker.check(&app, "quiz");
        typed(&mut app, "1");
        checker.check(&app, "quiz, answered");
        press(&mut app, KeyCode::Esc);
        typed(&mut app, "i");
        checker.check(&app, "glossary panel");

        let mut app = ascii_app(model.clone(), width, height);
        typed(&mut app, "t");
        checker.check(&app, "timeline");
        press(&mut app, KeyCode::Up);
        checker.check(&app, "timeline, an earlier date");

        for view in ["first view", "second view"] {
            let mut app = diagram(model.clone(), width, height);
            if view == "second view" {
                typed(&mut app, "a");
            }
            checker.check(&app, &format!("diagram, {view}"));
            typed(&mut app, "s");
            checker.check(&app, &format!("diagram, {view}, the cases"));
            press(&mut app, KeyCode::Enter);
            typed(&mut app, "w");
            checker.check(&app, &format!("diagram, {view}, where next?"));
            typed(&mut app, "1");
            checker.check(&app, &format!("diagram, {view}, revealed"));
            for step in 0..4 {
                checker.check(&app, &format!("diagram, {view}, case step {step}"));
                press(&mut app, KeyCode::Right);
            }
        }
    }
    assert!(checker.screens > 100, "only {} screens", checker.screens);
}

/// The app with the court diagram opened on the Judicial tab.
fn diagram(model: Arc<Model>, width: u16, height: u16) -> App {
    let mut app = ascii_app(model, width, height);
    app.update(Action::GoToTab(Tab::Judicial.index()));
    press(&mut app, KeyCode::Enter);
    assert!(app.diagram_open(), "the Judicial tab opens on the diagram");
    app
}

#[test]
fn ascii_screens_at_80x24() {
    let model = shipped();
    let app = ascii_app(model.clone(), 80, 24);
    insta::assert_snapshot!("ascii_overview_80x24", render(&app).backend());

    let mut app = ascii_app(model.clone(), 80, 24);
    app.update(Action::GoToTab(Tab::Legislative.index()));
    app.update(Action::Down);
    app.update(Action::Open);
    insta::assert_snapshot!("ascii_legislative_detail_80x24", render(&app).backend());

    let mut app = diagram(model, 80, 24);
    typed(&mut app, "s");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Right);
    insta::assert_snapshot!("ascii_diagram_case_80x24", render(&app).backend());
}

#[test]
fn the_check_would_catch_the_unicode_set() {
    let model = shipped();
    let app = App::new(model, Keymap::default(), Theme::colour(), (80, 24));
    let caught = std::panic::catch_unwind(|| {
        let mut checker = Checker {
            allowed: dataset_letters(),
            screens: 0,
        };
        checker.check(&app, "the Unicode set");
    });
    assert!(caught.is_err(), "box drawing passed the ASCII check");
}
