//! The output path: the byte encoder shows exactly the screen crossterm's does, frame after frame (every tab, the
//! diagram, a search, the help, every theme, ASCII, wide and Cyrillic text), and a page scrolled through scroll
//! regions shows exactly the screen ratatui renders for the same state, after every key.

mod support;

use polity::app::search::SearchAction;
use polity::app::{Action, App, DiagramAction, Entry, Keymap, Tab, TimeAction};
use polity::model::{Membership, Model};
use polity::output::{self, Screen};
use polity::theme::{Charset, Depth, Theme, ThemeName};
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use ratatui::{Terminal, TerminalOptions, Viewport};
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

/// Feeds `bytes` to `screen` as a terminal that knows underline colours (SGR 58) or drops them reads them. vt100
/// knows none and reads their numbers as attributes (`58;5;4` as blink and underline); our encoder writes again
/// a few cells the diff left alone, so that misreading would mark other cells than it does with crossterm's bytes.
fn show(screen: &mut vt100::Parser, bytes: &[u8]) {
    let mut kept = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(at) = rest.windows(5).position(|w| w == b"\x1b[58;") {
        kept.extend_from_slice(&rest[..at]);
        let end = rest[at..]
            .iter()
            .position(|&b| b == b'm')
            .map_or(rest.len(), |m| at + m + 1);
        rest = &rest[end..];
    }
    kept.extend_from_slice(rest);
    screen.process(&kept);
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
    ours: Screen,
    crossterm_screen: vt100::Parser,
    our_screen: vt100::Parser,
    size: (u16, u16),
}

impl Both {
    fn new(size: (u16, u16)) -> Both {
        let written = Shared::default();
        let crossterm =
            Terminal::with_options(CrosstermBackend::new(written.clone()), fixed(size)).unwrap();
        let ours = Screen::new(size, true);
        Both {
            crossterm,
            written,
            ours,
            crossterm_screen: parser(size),
            our_screen: parser(size),
            size,
        }
    }

    fn frame(
        &mut self,
        what: &str,
        hint: Option<output::ScrollHint>,
        render: impl Fn(Rect, &mut Buffer),
    ) {
        self.crossterm
            .draw(|f| render(f.area(), f.buffer_mut()))
            .unwrap();
        show(
            &mut self.crossterm_screen,
            &std::mem::take(&mut *self.written.0.borrow_mut()),
        );
        self.ours.draw(hint, &render);
        show(&mut self.our_screen, &self.ours.take_output());
        same_screens(
            self.crossterm_screen.screen(),
            self.our_screen.screen(),
            self.size,
            what,
        );
    }

    fn app_frame(&mut self, what: &str, app: &App) {
        self.frame(what, app.scroll_hint(), |area, buf| {
            polity::ui::draw_into(area, buf, app)
        });
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
            both.frame(&format!("{size:?} shift {shift}"), None, |area, buf| {
                Paragraph::new(lines.clone()).render(area, buf)
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
    let mut ours = Screen::new(size, true);
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
        ours.draw(app.scroll_hint(), |area, buf| {
            polity::ui::draw_into(area, buf, &app)
        });
        let bytes = ours.take_output();
        if bytes.windows(3).any(|w| w == b"\x1b[r") {
            scrolled += 1;
        }
        show(&mut screen, &bytes);
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
            m.acronym = format!("M{i}").into();
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
    let mut ours = Screen::new(size, false);
    for _ in 0..10 {
        app.update(Action::Down);
        ours.draw(app.scroll_hint(), |area, buf| {
            polity::ui::draw_into(area, buf, &app)
        });
        let bytes = ours.take_output();
        assert!(!bytes.windows(3).any(|w| w == b"\x1b[r"));
    }
}

/// Symbols a frame can hold: ASCII, blanks, box drawing, Cyrillic, CJK, emoji with and without VS16, a
/// combining accent, a halfwidth sound mark, and none at all.
const SYMBOLS: [&str; 16] = [
    "a",
    "Z",
    " ",
    "",
    "│",
    "Қ",
    "漢",
    "コ",
    "❤\u{FE0F}",
    "☀\u{FE0F}",
    "😀",
    "e\u{301}",
    "ｶﾞ",
    "ab",
    "·",
    "#",
];

fn random_colour(steps: &mut Steps) -> Color {
    match steps.next(6) {
        0 | 1 => Color::Reset,
        2 => Color::Blue,
        3 => Color::Indexed(steps.next(256) as u8),
        4 => Color::Rgb(steps.next(256) as u8, 0, 9),
        _ => Color::LightRed,
    }
}

fn random_style(steps: &mut Steps) -> Style {
    let modifiers = [
        Modifier::empty(),
        Modifier::BOLD,
        Modifier::REVERSED,
        Modifier::UNDERLINED,
        Modifier::ITALIC | Modifier::DIM,
        Modifier::CROSSED_OUT,
    ];
    Style::new()
        .fg(random_colour(steps))
        .bg(random_colour(steps))
        .underline_color(random_colour(steps))
        .add_modifier(modifiers[steps.next(modifiers.len())])
}

/// A buffer of any cells at all: random symbols and styles, some cells skipped (both ways ratatui knows), some
/// always updated, some with a forced width. The last cell stays narrow, where ratatui's diff would read past
/// the end of the buffer.
#[allow(deprecated)]
fn any_cells(area: Rect, steps: &mut Steps) -> Buffer {
    use ratatui::buffer::CellDiffOption;
    let mut buffer = Buffer::empty(area);
    let last = buffer.content.len().saturating_sub(1);
    for (i, cell) in buffer.content.iter_mut().enumerate() {
        if steps.next(4) == 0 {
            continue;
        }
        let symbol = if i == last {
            "x"
        } else {
            SYMBOLS[steps.next(SYMBOLS.len())]
        };
        cell.set_symbol(symbol).set_style(random_style(steps));
        let option = match steps.next(24) {
            0 => CellDiffOption::Skip,
            1 => CellDiffOption::AlwaysUpdate,
            2 if i != last => CellDiffOption::ForcedWidth(
                std::num::NonZeroU16::new(1 + steps.next(3) as u16)
                    .unwrap_or(std::num::NonZeroU16::MIN),
            ),
            _ => CellDiffOption::None,
        };
        cell.set_diff_option(option);
        cell.skip = steps.next(30) == 0;
    }
    buffer
}

/// The symbols a terminal emulator counts as wide or narrow as ratatui does. Not VS16 emoji nor the halfwidth
/// sound mark: the emulator widens or joins them after the letter is placed and then trips over a wide cell it
/// thinks it has in the last column. The update lists above cover those.
const SYMBOLS_ON_SCREEN: [&str; 13] = [
    "a", "Z", " ", "", "│", "Қ", "漢", "コ", "😀", "e\u{301}", "ab", "·", "#",
];

/// A buffer as ratatui's widgets leave one: random words of `symbols` in random styles written with
/// `set_string`, so a wide character has the blank cells it covers after it.
fn drawn_text(area: Rect, symbols: &[&str], steps: &mut Steps) -> Buffer {
    let mut buffer = Buffer::empty(area);
    for y in area.top()..area.bottom() {
        let mut x = area.left() + steps.next(3) as u16;
        while x < area.right() {
            let word: String = (0..1 + steps.next(5))
                .map(|_| symbols[steps.next(symbols.len())])
                .collect();
            let (end, _) = buffer.set_stringn(
                x,
                y,
                &word,
                usize::from(area.right() - x),
                random_style(steps),
            );
            x = end + steps.next(3) as u16;
        }
    }
    buffer
}

/// Our diff sends exactly the cells ratatui's does, in its order, for any two buffers.
#[test]
fn our_diff_finds_the_updates_ratatuis_finds() {
    let mut steps = Steps(0x5eed_f100);
    for (round, area) in [
        Rect::new(0, 0, 7, 3),
        Rect::new(0, 0, 80, 24),
        Rect::new(3, 2, 31, 9),
    ]
    .into_iter()
    .cycle()
    .take(300)
    .enumerate()
    {
        let (prev, next) = if round % 2 == 0 {
            (any_cells(area, &mut steps), any_cells(area, &mut steps))
        } else {
            (
                drawn_text(area, &SYMBOLS, &mut steps),
                drawn_text(area, &SYMBOLS, &mut steps),
            )
        };
        let ours = output::diff::updates(&prev, &next);
        let theirs: Vec<_> = prev.diff_iter(&next).collect();
        assert_eq!(ours, theirs, "round {round}");
        assert!(
            output::diff::updates(&next, &next).iter().all(|(_, _, c)| {
                c.diff_option == ratatui::buffer::CellDiffOption::AlwaysUpdate
            })
        );
    }
}

/// Frame after frame of random text with wide characters, VS16 emoji and styles, the same screen through
/// ratatui's diff and through ours (both encoded by ours, so only the diffs can differ).
#[test]
fn our_diff_shows_what_ratatuis_shows_frame_after_frame() {
    for (size, seed) in [((40, 10), 3), ((81, 12), 5), ((120, 40), 9)] {
        let area = Rect::new(0, 0, size.0, size.1);
        let mut steps = Steps(seed);
        let mut shown = Buffer::empty(area);
        let mut ours = Screen::new(size, true);
        let (mut their_screen, mut our_screen) = (parser(size), parser(size));
        for frame in 0..40 {
            let buffer = drawn_text(area, &SYMBOLS_ON_SCREEN, &mut steps);
            let mut theirs = Vec::new();
            output::encode(shown.diff_iter(&buffer), &mut theirs);
            show(&mut their_screen, &theirs);
            shown = buffer.clone();
            ours.draw(None, |_, buf| buf.content.clone_from_slice(&buffer.content));
            show(&mut our_screen, &ours.take_output());
            let what = format!("{size:?} frame {frame}");
            same_screens(their_screen.screen(), our_screen.screen(), size, &what);
        }
    }
}
