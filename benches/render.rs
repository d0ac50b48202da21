//! Frame rendering per tab and size, and loading plus validating the shipped dataset; before the benches, the bytes
//! a one-line scroll sends, with and without scroll regions and through crossterm's encoder.

use polity::app::search::SearchAction;
use polity::app::{Action, App, Keymap, Tab, TimeAction};
use polity::model::{Model, load_str};
use polity::output::Screen;
use polity::theme::Theme;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::sync::Arc;

fn main() {
    scroll_bytes();
    divan::main();
}

/// Bytes written through crossterm, kept where the bench can count them.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A terminal of `size` drawing through polity's own encoder into memory.
fn terminal(width: u16, height: u16) -> Screen {
    Screen::new((width, height), true)
}

/// A whole new frame of `app`: the terminal forgets what it showed, so every cell is drawn.
fn whole_frame(terminal: &mut Screen, app: &App) {
    terminal.forget_screen();
    terminal.draw(app.scroll_hint(), |area, buf| {
        polity::ui::draw_into(area, buf, app)
    });
    terminal.clear_output();
}

/// What brings a page to the screen.
type OpenPage = fn(&mut App);

/// Bytes per one-line scroll step on a page, the help and the membership table at 80x24 and 120x40: through
/// crossterm's encoder (as before), through polity's without scroll regions, and with them.
fn scroll_bytes() {
    println!(
        "bytes per one-line scroll (mean of up to 30 steps): crossterm / polity / polity with scroll regions"
    );
    for (width, height) in [(80, 24), (120, 40)] {
        let pages: [(&str, OpenPage); 3] = [
            ("a body's page", |app| {
                app.update(Action::GoToTab(Tab::Legislative.index()));
                app.update(Action::Open);
            }),
            ("the help", |app| {
                app.update(Action::ToggleHelp);
            }),
            ("the membership table", |app| {
                app.update(Action::GoToTab(Tab::International.index()));
                app.update(Action::Open);
            }),
        ];
        for (name, open) in pages {
            let mut app = App::new(
                shipped(),
                Keymap::default(),
                Theme::colour(),
                (width, height),
            );
            open(&mut app);
            let viewport = || Viewport::Fixed(Rect::new(0, 0, width, height));
            let written = Shared::default();
            let mut crossterm = Terminal::with_options(
                CrosstermBackend::new(written.clone()),
                TerminalOptions {
                    viewport: viewport(),
                },
            )
            .expect("terminal");
            let mut plain = Screen::new((width, height), false);
            let mut scrolling = terminal(width, height);
            let mut draw = |app: &App, counting: bool, totals: &mut [usize; 3]| {
                crossterm.draw(|f| polity::ui::draw(f, app)).expect("draw");
                let ours = [&mut plain, &mut scrolling];
                for (i, t) in ours.into_iter().enumerate() {
                    t.draw(app.scroll_hint(), |area, buf| {
                        polity::ui::draw_into(area, buf, app)
                    });
                    if counting {
                        totals[i + 1] += t.output().len();
                    }
                    t.clear_output();
                }
                let sent = std::mem::take(&mut *written.0.borrow_mut());
                if counting {
                    totals[0] += sent.len();
                }
            };
            let mut totals = [0usize; 3];
            draw(&app, false, &mut totals);
            let mut steps = 0;
            while steps < 30 && app.update(Action::Down) {
                draw(&app, true, &mut totals);
                steps += 1;
            }
            let per = |n: usize| n / steps.max(1);
            println!(
                "  {width}x{height} {name}: {} / {} / {} bytes ({steps} steps)",
                per(totals[0]),
                per(totals[1]),
                per(totals[2])
            );
        }
    }
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
    let mut terminal = terminal(width, height);
    bencher.bench_local(|| whole_frame(&mut terminal, &app));
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
    let mut terminal = terminal(width, height);
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
        terminal.draw(app.scroll_hint(), |area, buf| {
            polity::ui::draw_into(area, buf, &app)
        });
        terminal.clear_output();
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
    let mut terminal = terminal(width, height);
    let mut letters = "aeiost".chars().cycle();
    bencher.bench_local(|| {
        app.update(Action::Search(SearchAction::Backspace));
        let letter = letters.next().unwrap_or('a');
        app.update(Action::Search(SearchAction::Char(letter)));
        whole_frame(&mut terminal, &app);
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
    let mut terminal = terminal(width, height);
    bencher.bench_local(|| whole_frame(&mut terminal, &app));
}

/// The floor under every frame: a full screen of plain characters put straight into the buffer, then through the
/// same diff and escape-sequence encoding as every frame (polity's own diff, fused with its encoder). Measured in the same run, so the frame
/// numbers can be read against it on a busy machine; what a frame costs above it is polity's own drawing.
#[divan::bench(consts = [0, 1, 2])]
fn frame_floor<const SIZE: usize>(bencher: divan::Bencher) {
    let (width, height) = SIZES[SIZE];
    let mut terminal = terminal(width, height);
    let text = floor_text();
    bencher.bench_local(|| {
        terminal.forget_screen();
        terminal.draw(None, |area, buf| fill(area, buf, &text));
        terminal.clear_output();
    });
}

/// The same floor through ratatui's own diff and crossterm's encoder, as frames were drawn before polity had its
/// own: the difference is what the encoder saves on every frame.
#[divan::bench(consts = [0, 1, 2])]
fn frame_floor_crossterm<const SIZE: usize>(bencher: divan::Bencher) {
    let (width, height) = SIZES[SIZE];
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let backend = CrosstermBackend::new(std::io::sink());
    let mut terminal =
        Terminal::with_options(backend, TerminalOptions { viewport }).expect("terminal");
    let text = floor_text();
    bencher.bench_local(|| {
        terminal.swap_buffers();
        terminal
            .draw(|frame| fill(frame.area(), frame.buffer_mut(), &text))
            .expect("draw");
    });
}

fn floor_text() -> Vec<char> {
    "The quick brown fox jumps over the lazy dog. "
        .chars()
        .collect()
}

fn fill(area: Rect, buf: &mut ratatui::buffer::Buffer, text: &[char]) {
    for y in 0..area.height {
        for x in 0..area.width {
            buf[(x, y)].set_char(text[(x + y) as usize % text.len()]);
        }
    }
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
