//! The output path: the byte encoder shows exactly the screen crossterm's does, frame after frame (every tab, the
//! diagram, a search, the help, every theme, ASCII, wide and Cyrillic text), and a page scrolled through scroll
//! regions shows exactly the screen ratatui renders for the same state, after every key.

mod support;

use polity::app::search::SearchAction;
use polity::app::{Action, App, DiagramAction, Entry, Keymap, Tab, TimeAction};
use polity::model::{Membership, Model};
use polity::output::{self, ByteBackend};
use polity::theme::{Charset, Depth, Theme, ThemeName};
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::Arc;
use support::shipped;

/// Bytes written through crossterm, kept where the test can read them.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An emulated terminal of `size` (at least one cell).
fn parser(size: (u16, u16)) -> vt100::Parser {
    let one = |n: u16| std::num::NonZeroU16::new(n).unwrap_or(std::num::NonZeroU16::MIN);
    vt100::Parser::new(one(size.1), one(size.0), 0)
}

fn fixed(size: (u16, u16)) -> TerminalOptions {
    TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, size.0, size.1)),
    }
}

/// The same frames through crossterm's encoder and through ours, each into its own emulated terminal.
struct Both {
    crossterm: Terminal<CrosstermBackend<Shared>>,
    written: Shared,
    ours: Terminal<ByteBackend>,
    crossterm_screen: vt100::Parser,
    our_screen: vt100::Parser,
    size: (u16, u16),
}

impl Both {
    fn new(size: (u16, u16)) -> Both {
        let written = Shared::default();
        let crossterm =
            Terminal::with_options(CrosstermBackend::new(written.clone()), fixed(size)).unwrap();
        let ours = Terminal::with_options(ByteBackend::new(size, true), fixed(size)).unwrap();
        Both {
            crossterm,
            written,
            ours,
            crossterm_screen: parser(size),
            our_screen: parser(size),
            size,
        }
    }

    fn frame(&mut self, what: &str, hint: Option<output::ScrollHint>, render: impl Fn(&mut Frame)) {
        self.crossterm.draw(&render).unwrap();
        self.crossterm_screen
            .process(&std::mem::take(&mut *self.written.0.borrow_mut()));
        output::draw(&mut self.ours, hint, &render).unwrap();
        self.our_screen
            .process(&self.ours.backend_mut().take_output());
        same_screens(
            self.crossterm_screen.screen(),
            self.our_screen.screen(),
            self.size,
            what,
        );
    }

    fn app_frame(&mut self, what: &str, app: &App) {
        self.frame(what, app.scroll_hint(), |f| polity::ui::draw(f, app));
    }
}

/// What a terminal shows in one cell: its text and how it is drawn.
fn look(cell: &vt100::Cell) -> (String, vt100::Color, vt100::Color, [bool; 5]) {
    let text = match cell.contents() {
        "" => " ".to_string(),
        text => text.to_string(),
    };
    let attributes = [
        cell.bold(),
        cell.dim(),
        cell.italic(),
        cell.underline(),
        cell.inverse(),
    ];
    (text, cell.fgcolor(), cell.bgcolor(), attributes)
}

fn same_screens(expected: &vt100::Screen, got: &vt100::Screen, size: (u16, u16), what: &str) {
    for row in 0..size.1 {
        for col in 0..size.0 {
            let (a, b) = (expected.cell(row, col), got.cell(row, col));
            let (a, b) = (a.map(look), b.map(look));
            assert_eq!(a, b, "{what}: row {row}, column {col}");
        }
    }
}

fn vt_colour(colour: Color) -> vt100::Color {
    let index = match colour {
        Color::Reset => return vt100::Color::Default,
        Color::Rgb(r, g, b) => return vt100::Color::Rgb(r, g, b),
        Color::Indexed(i) => i,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
    };
    vt100::Color::Idx(index)
}

/// The emulated terminal shows exactly `buffer`: every cell's text, colours and attributes.
fn shows(screen: &vt100::Screen, buffer: &Buffer, what: &str) {
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let Some(cell) = screen.cell(y, x) else {
                panic!("{what}: no cell at row {y}, column {x}");
            };
            if cell.is_wide_continuation() {
                continue;
            }
            let want = &buffer[(x, y)];
            let mut m = want.modifier;
            // The emulator keeps one intensity, the last set: bold and dim together cannot be checked there.
            let (bold, dim) = (cell.bold(), cell.dim());
            if m.contains(Modifier::BOLD | Modifier::DIM) && bold != dim {
                m.remove(Modifier::BOLD | Modifier::DIM);
                m.insert(if bold { Modifier::BOLD } else { Modifier::DIM });
            }
            let expected = (
                want.symbol().to_string(),
                vt_colour(want.fg),
                vt_colour(want.bg),
                [
                    m.contains(Modifier::BOLD),
                    m.contains(Modifier::DIM),
                    m.contains(Modifier::ITALIC),
                    m.contains(Modifier::UNDERLINED),
                    m.contains(Modifier::REVERSED),
                ],
            );
            assert_eq!(look(cell), expected, "{what}: row {y}, column {x}");
        }
    }
}

fn themes() -> Vec<(&'static str, Theme)> {
    vec![
        ("colour", Theme::colour()),
        (
            "true colour",
            Theme::new(ThemeName::Default, Depth::TrueColor, Charset::Unicode),
        ),
        (
            "dark 256",
            Theme::new(ThemeName::Dark, Depth::Indexed, Charset::Unicode),
        ),
        (
            "high contrast",
            Theme::new(ThemeName::HighContrast, Depth::Basic, Charset::Unicode),
        ),
        (
            "mono ascii",
            Theme::new(ThemeName::Monochrome, Depth::Basic, Charset::Ascii),
        ),
        (
            "light ascii",
            Theme::new(ThemeName::Light, Depth::TrueColor, Charset::Ascii),
        ),
    ]
}

/// The app through many states, each frame diffed against the one before, through both encoders.
#[test]
fn our_bytes_show_what_crossterms_show_on_every_screen() {
    for (name, theme) in themes() {
        for size in [(80, 24), (120, 40)] {
            let mut app = App::new(shipped(), Keymap::default(), theme, size);
            let mut both = Both::new(size);
            let mut step = |app: &mut App, action: Action, what: &str| {
                app.update(action);
                both.app_frame(&format!("{name} {size:?} {what}"), app);
            };
            step(&mut app, Action::GoToTab(0), "first frame");
            for tab in Tab::ALL {
                let title = tab.title(app.strings);
                step(&mut app, Action::GoToTab(tab.index()), title);
                step(&mut app, Action::Down, "next entry");
                step(&mut app, Action::Open, "opened");
                step(&mut app, Action::PageDown, "a page down");
                step(&mut app, Action::Up, "a line up");
                step(&mut app, Action::Back, "closed");
            }
            step(&mut app, Action::GoToTab(Tab::Judicial.index()), "judicial");
            step(
                &mut app,
                Action::Diagram(DiagramAction::NextBox),
                "next box",
            );
            step(
                &mut app,
                Action::Diagram(DiagramAction::ToggleView),
                "appointments",
            );
            step(
                &mut app,
                Action::Diagram(DiagramAction::ToggleView),
                "appeals",
            );
            step(&mut app, Action::Time(TimeAction::Previous), "a date back");
            step(&mut app, Action::Time(TimeAction::Next), "and forward");
            step(&mut app, Action::Search(SearchAction::Open), "search");
            for c in "cou".chars() {
                step(&mut app, Action::Search(SearchAction::Char(c)), "a letter");
            }
            step(&mut app, Action::Search(SearchAction::Down), "next result");
            step(
                &mut app,
                Action::Search(SearchAction::Go),
                "gone to a result",
            );
            step(&mut app, Action::ToggleHelp, "help");
            step(&mut app, Action::PageDown, "help page down");
            step(&mut app, Action::Down, "help line down");
            step(&mut app, Action::CloseHelp, "help closed");
        }
    }
}

/// Wide and Cyrillic text in many styles, moved a column at a time so wide letters land on the halves of
/// others, through both encoders.
#[test]
fn wide_and_styled_text_shows_the_same() {
    let text = [
        "Верховный суд 最高法院 — Конституционный совет 憲法裁判所",
        "ASCII, then 漢字かな交じり, then Қазақ тілі and back",
        "│ box ─ drawing ┼ and ▶ marks ✓ ",
    ];
    let styles = [
        Style::new(),
        Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        Style::new()
            .fg(Color::Rgb(10, 200, 30))
            .bg(Color::Indexed(236))
            .add_modifier(Modifier::ITALIC | Modifier::DIM),
        Style::new()
            .bg(Color::LightBlue)
            .add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
        Style::new()
            .fg(Color::DarkGray)
            .underline_color(Color::Yellow),
    ];
    for size in [(40, 10), (81, 12)] {
        let mut both = Both::new(size);
        for shift in 0..12usize {
            let lines: Vec<Line> = (0..size.1 as usize)
                .map(|row| {
                    let words = text[(row + shift) % text.len()];
                    let spans: Vec<Span> = words
                        .split(' ')
                        .enumerate()
                        .map(|(i, w)| {
                            Span::styled(format!("{w} "), styles[(i + row + shift) % styles.len()])
                        })
                        .collect();
                    let mut line = vec![Span::raw(" ".repeat(shift % 3))];
                    line.extend(spans);
                    Line::from(line)
                })
                .collect();
            both.frame(&format!("{size:?} shift {shift}"), None, |f| {
                f.render_widget(Paragraph::new(lines.clone()), f.area())
            });
        }
    }
}

/// A tiny seeded generator, so a failing sequence can be replayed.
struct Steps(u64);

impl Steps {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below as u64) as usize
    }
}

/// Random scroll keys on a page; after every key the emulated terminal fed our bytes (scroll regions allowed)
/// shows exactly the screen ratatui renders for that state. Returns how many frames used a scroll region.
fn scroll_randomly(mut app: App, what: &str, seed: u64, keys: usize) -> usize {
    let size = app.state.size;
    let mut ours = Terminal::with_options(ByteBackend::new(size, true), fixed(size)).unwrap();
    let mut screen = parser(size);
    let mut steps = Steps(seed);
    let mut scrolled = 0;
    let keys_to_press = [
        Action::Down,
        Action::Down,
        Action::Down,
        Action::Up,
        Action::ScrollDown,
        Action::ScrollUp,
        Action::PageDown,
        Action::PageUp,
        Action::End,
        Action::Home,
    ];
    for key in 0..keys {
        let action = keys_to_press[steps.next(keys_to_press.len())];
        app.update(action);
        output::draw(&mut ours, app.scroll_hint(), |f| polity::ui::draw(f, &app)).unwrap();
        let bytes = ours.backend_mut().take_output();
        if bytes.windows(3).any(|w| w == b"\x1b[r") {
            scrolled += 1;
        }
        screen.process(&bytes);
        let expected = support::render(&app);
        shows(
            screen.screen(),
            expected.backend().buffer(),
            &format!("{what}, key {key} ({action:?}), seed {seed}"),
        );
    }
    scrolled
}

/// The shipped data with its memberships repeated to 5,000 rows.
fn long_table() -> Arc<Model> {
    let mut data = shipped().data.clone();
    let originals: Vec<Membership> = data.memberships.clone();
    data.memberships = (0..5_000)
        .map(|i| {
            let mut m = originals[i % originals.len()].clone();
            m.acronym = format!("M{i}");
            m
        })
        .collect();
    Arc::new(Model::new(data).expect("the long table is valid"))
}

fn opened(model: Arc<Model>, tab: Tab, down: usize, size: (u16, u16)) -> App {
    let mut app = support::app(model, size.0, size.1);
    app.update(Action::GoToTab(tab.index()));
    for _ in 0..down {
        app.update(Action::Down);
    }
    app.update(Action::Open);
    app
}

#[test]
fn scrolled_pages_show_what_ratatui_renders_after_every_key() {
    let long = long_table();
    for size in [(80, 24), (120, 40)] {
        let mut scrolled = 0;
        let body = opened(shipped(), Tab::Legislative, 0, size);
        scrolled += scroll_randomly(body, &format!("{size:?} a body's page"), 7, 120);
        let mut help = support::app(shipped(), size.0, size.1);
        help.update(Action::ToggleHelp);
        scrolled += scroll_randomly(help, &format!("{size:?} the help"), 11, 80);
        let table = opened(shipped(), Tab::International, 0, size);
        assert_eq!(table.state.entry(&table.model), Some(Entry::Memberships));
        scrolled += scroll_randomly(table, &format!("{size:?} the membership table"), 13, 80);
        let long_table = opened(long.clone(), Tab::International, 0, size);
        scrolled += scroll_randomly(long_table, &format!("{size:?} 5,000 memberships"), 17, 120);
        // Listed side by side, a page beside the list: the scroll region moves the list's rows too.
        let mut beside = support::app(shipped(), size.0, size.1);
        beside.update(Action::GoToTab(Tab::Executive.index()));
        scrolled += scroll_randomly(beside, &format!("{size:?} a page beside its list"), 19, 60);
        assert!(
            scrolled > 20,
            "{size:?}: only {scrolled} frames used a scroll region"
        );
    }
}

#[test]
fn without_scroll_regions_nothing_scrolls() {
    let size = (80, 24);
    let mut app = opened(shipped(), Tab::Legislative, 0, size);
    let mut ours = Terminal::with_options(ByteBackend::new(size, false), fixed(size)).unwrap();
    for _ in 0..10 {
        app.update(Action::Down);
        output::draw(&mut ours, app.scroll_hint(), |f| polity::ui::draw(f, &app)).unwrap();
        let bytes = ours.backend_mut().take_output();
        assert!(!bytes.windows(3).any(|w| w == b"\x1b[r"));
    }
}
