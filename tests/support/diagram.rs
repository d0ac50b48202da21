//! For the diagram tests: datasets by path, an app at a size, real key presses and clicks, the diagram's layout
//! on screen, and rendering into a TestBackend.

use super::repo_path;
use polity::app::{Action, App, Entry, Keymap, Tab};
use polity::court::DiagramLayout;
use polity::model::{Model, load_file};
use polity::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use std::sync::Arc;

pub const SHIPPED: &str = "assets/kazakhstan.ron";
pub const FICTIONAL: &str = "tests/fixtures/ruritania.ron";
pub const EXTRA_LEVEL: &str = "tests/fixtures/courts_extra_level.ron";
/// Three cassation courts side by side on one level, and two first-instance courts.
pub const PARALLEL: &str = "tests/fixtures/courts_parallel.ron";
/// Three branches of three levels each, and a constitutional court after the ordinary branch.
pub const BRANCHES: &str = "tests/fixtures/courts_branches.ron";

pub fn model(relative: &str) -> Arc<Model> {
    let path = repo_path(relative);
    let data = load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    let model = Model::new(data).unwrap_or_else(|problems| panic!("{problems:?}"));
    Arc::new(model)
}

pub fn app(relative: &str, size: (u16, u16)) -> App {
    let mut app = App::new(model(relative), Keymap::default(), Theme::mono(), size);
    // These tests follow the article's courts and cases; tests/as_of.rs draws the courts at other dates.
    if relative == SHIPPED
        && let Some(article) = app.timeline.base_index()
    {
        app.start_at(article);
    }
    app
}

/// The app at the dataset's newest date with the court diagram opened (the shipped data's cassation courts).
pub fn opened_newest(relative: &str, size: (u16, u16)) -> App {
    let mut app = App::new(model(relative), Keymap::default(), Theme::mono(), size);
    app.update(Action::GoToTab(Tab::Judicial.index()));
    press(&mut app, KeyCode::Enter);
    assert!(app.diagram_open());
    app
}

/// The app on the Judicial tab with the court diagram selected in the list (shown beside it).
pub fn judicial(relative: &str, size: (u16, u16)) -> App {
    let mut app = app(relative, size);
    app.update(Action::GoToTab(Tab::Judicial.index()));
    assert_eq!(app.state.entry(&app.model), Some(Entry::CourtDiagram));
    app
}

/// The app with the court diagram opened (Enter on it), so it has the keys.
pub fn opened(relative: &str, size: (u16, u16)) -> App {
    let mut app = judicial(relative, size);
    press(&mut app, KeyCode::Enter);
    assert!(app.diagram_open());
    app
}

pub fn press(app: &mut App, code: KeyCode) {
    let modifiers = if code == KeyCode::BackTab {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    app.handle_event(&Event::Key(KeyEvent::new(code, modifiers)));
}

pub fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

pub fn click(app: &mut App, column: u16, row: u16) {
    app.handle_event(&Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

/// Opens the scenario list and picks `scenario` with real keys.
pub fn follow(app: &mut App, scenario: usize) {
    keys(app, "s");
    for _ in 0..scenario {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
}

pub fn render(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.state.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    terminal
        .draw(|frame| polity::ui::draw(frame, app))
        .expect("draw");
    terminal
}

/// The screen as lines of text.
pub fn screen(app: &App) -> String {
    let terminal = render(app);
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The diagram as it is on screen now.
pub fn screen_layout(app: &App) -> Option<DiagramLayout> {
    app.diagram_layout().map(std::sync::Arc::unwrap_or_clone)
}

/// The body with the focus (the first box when none was chosen).
pub fn focused(app: &App) -> Option<usize> {
    screen_layout(app)?.focused_body()
}
