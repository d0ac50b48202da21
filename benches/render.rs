//! Frame rendering per tab and size, and loading plus validating the shipped dataset.

use polity::app::{Action, App, Keymap, Tab};
use polity::model::{Model, load_str};
use polity::ui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::Arc;

fn main() {
    divan::main();
}

fn shipped() -> Arc<Model> {
    let data =
        load_str(polity::embedded::NAME, polity::embedded::TEXT).expect("shipped dataset parses");
    Arc::new(Model::new(data).expect("shipped dataset is valid"))
}

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

/// One full frame of each tab: the app draws into a buffer and ratatui diffs it against the last frame.
#[divan::bench(args = Tab::ALL, consts = [0, 1, 2])]
fn frame<const SIZE: usize>(bencher: divan::Bencher, tab: Tab) {
    let (width, height) = SIZES[SIZE];
    let mut app = App::new(
        shipped(),
        Keymap::default(),
        Theme::colour(),
        (width, height),
    );
    app.update(Action::GoToTab(tab.index()));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("backend");
    bencher.bench_local(|| {
        // Clearing forces a whole new frame each time instead of an empty diff.
        terminal.clear().expect("clear");
        terminal
            .draw(|frame| polity::ui::draw(frame, &app))
            .expect("draw");
    });
}

#[divan::bench]
fn load_and_validate_shipped_dataset() -> Model {
    let data = load_str(
        polity::embedded::NAME,
        divan::black_box(polity::embedded::TEXT),
    )
    .expect("parses");
    Model::new(data).expect("valid")
}
