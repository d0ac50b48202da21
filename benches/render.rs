//! Frame rendering per tab and size, and loading plus validating the shipped dataset.

use polity::app::search::SearchAction;
use polity::app::{Action, App, Keymap, Tab, TimeAction};
use polity::model::{Model, load_str};
use polity::theme::Theme;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
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

/// One full frame of each tab: the app draws into a buffer, ratatui diffs it and encodes the escape sequences.
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
    // The bytes go where a terminal's would, minus the terminal.
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let backend = CrosstermBackend::new(std::io::sink());
    let mut terminal =
        Terminal::with_options(backend, TerminalOptions { viewport }).expect("terminal");
    bencher.bench_local(|| {
        // Forgetting the last frame makes every frame a whole new screen instead of an empty diff.
        terminal.swap_buffers();
        terminal
            .draw(|frame| polity::ui::draw(frame, &app))
            .expect("draw");
    });
}

/// One step in time and the frame that shows it, at 120x40 on the Legislative tab (whose chambers change):
/// the snapshot is swapped, selections are kept, and the whole screen is drawn anew.
#[divan::bench]
fn change_date_and_redraw_120x40(bencher: divan::Bencher) {
    let (width, height) = (120, 40);
    let mut app = App::new(
        shipped(),
        Keymap::default(),
        Theme::colour(),
        (width, height),
    );
    app.update(Action::GoToTab(Tab::Legislative.index()));
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let backend = CrosstermBackend::new(std::io::sink());
    let mut terminal =
        Terminal::with_options(backend, TerminalOptions { viewport }).expect("terminal");
    let mut back = true;
    bencher.bench_local(|| {
        // Back and forth between the newest date and the one before, so every step changes the snapshot.
        let step = if back {
            TimeAction::Previous
        } else {
            TimeAction::Next
        };
        back = !back;
        app.update(Action::Time(step));
        terminal
            .draw(|frame| polity::ui::draw(frame, &app))
            .expect("draw");
    });
}

/// A one-letter search typed at 120x40 and the frame of its results: the query changes, the index (built once
/// per snapshot) is searched, and the whole screen is drawn anew. The frame budget for this is 300 µs.
#[divan::bench]
fn search_one_letter_and_redraw_120x40(bencher: divan::Bencher) {
    let (width, height) = (120, 40);
    let mut app = App::new(
        shipped(),
        Keymap::default(),
        Theme::colour(),
        (width, height),
    );
    app.update(Action::Search(SearchAction::Open));
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let backend = CrosstermBackend::new(std::io::sink());
    let mut terminal =
        Terminal::with_options(backend, TerminalOptions { viewport }).expect("terminal");
    let mut letters = "aeiost".chars().cycle();
    bencher.bench_local(|| {
        app.update(Action::Search(SearchAction::Backspace));
        let letter = letters.next().unwrap_or('a');
        app.update(Action::Search(SearchAction::Char(letter)));
        terminal.swap_buffers();
        terminal
            .draw(|frame| polity::ui::draw(frame, &app))
            .expect("draw");
    });
}

/// A presenter-mode frame at 120x40 on the Legislative tab: the seat count in large type above the chamber's
/// headline lines, drawn anew each time. The frame budget for this is 300 µs.
#[divan::bench]
fn presenter_frame_120x40(bencher: divan::Bencher) {
    let (width, height) = (120, 40);
    let mut app = App::new(
        shipped(),
        Keymap::default(),
        Theme::colour(),
        (width, height),
    );
    app.update(Action::TogglePresent);
    app.update(Action::GoToTab(Tab::Legislative.index()));
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let backend = CrosstermBackend::new(std::io::sink());
    let mut terminal =
        Terminal::with_options(backend, TerminalOptions { viewport }).expect("terminal");
    bencher.bench_local(|| {
        terminal.swap_buffers();
        terminal
            .draw(|frame| polity::ui::draw(frame, &app))
            .expect("draw");
    });
}

/// The floor under every frame: a full screen of plain characters put straight into the buffer, then through the
/// same diff and escape-sequence encoding. Measured in the same run, so the frame numbers can be read against it on
/// a busy machine; what a frame costs above it is polity's own drawing.
#[divan::bench(consts = [0, 1, 2])]
fn frame_floor<const SIZE: usize>(bencher: divan::Bencher) {
    let (width, height) = SIZES[SIZE];
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let backend = CrosstermBackend::new(std::io::sink());
    let mut terminal =
        Terminal::with_options(backend, TerminalOptions { viewport }).expect("terminal");
    let text: Vec<char> = "The quick brown fox jumps over the lazy dog. "
        .chars()
        .collect();
    bencher.bench_local(|| {
        terminal.swap_buffers();
        terminal
            .draw(|frame| {
                let area = frame.area();
                let buf = frame.buffer_mut();
                for y in 0..area.height {
                    for x in 0..area.width {
                        buf[(x, y)].set_char(text[(x + y) as usize % text.len()]);
                    }
                }
            })
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
