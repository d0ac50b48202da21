//! Shared test helpers: datasets, rendering into a TestBackend, the court diagram's helpers (`diagram`), a
//! program in a pseudo-terminal (`pty`), and SSH servers and clients (`ssh`).
#![allow(dead_code)]

pub mod diagram;
pub mod pty;
pub mod ssh;

use polity::app::{App, Keymap};
use polity::model::{Model, load_file, load_str};
use polity::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;
use std::sync::Arc;

pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The dataset compiled into the binary.
pub fn shipped() -> Arc<Model> {
    let data =
        load_str(polity::embedded::NAME, polity::embedded::TEXT).expect("shipped dataset parses");
    Arc::new(Model::new(data).expect("shipped dataset is valid"))
}

/// A dataset file under tests/fixtures/.
pub fn fixture(name: &str) -> Arc<Model> {
    let path = repo_path(&format!("tests/fixtures/{name}"));
    let data = load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    Arc::new(Model::new(data).unwrap_or_else(|p| panic!("{p:?}")))
}

/// An app on `model` with the default keys and the colour theme, sized `width` x `height`.
pub fn app(model: Arc<Model>, width: u16, height: u16) -> App {
    App::new(model, Keymap::default(), Theme::colour(), (width, height))
}

/// Draws `app` into a fresh TestBackend of its size.
pub fn render(app: &App) -> Terminal<TestBackend> {
    let (width, height) = app.state.size;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal
        .draw(|frame| polity::ui::draw(frame, app))
        .expect("draw");
    terminal
}

/// The screen as text, one line per row.
pub fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}
