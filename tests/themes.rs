//! Each theme on screen, as insta snapshots that show style as well as text: every cell's style is a letter in a
//! map under the screen, and a legend says what each letter is (colours, bold, reversed…). A text-only
//! snapshot could not tell the themes apart.

mod support;

use polity::app::{Action, App, Keymap, Tab};
use polity::theme::{Charset, Depth, Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};
use support::{render, shipped};

const THEMES: [ThemeName; 5] = [
    ThemeName::Default,
    ThemeName::Dark,
    ThemeName::Light,
    ThemeName::HighContrast,
    ThemeName::Monochrome,
];

/// The screen's text, then a map of its styles, one letter per cell (`.` for no style at all), then the legend.
fn with_styles(buf: &Buffer) -> String {
    let mut styles: Vec<Style> = Vec::new();
    let mut text = String::new();
    let mut map = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            text.push_str(cell.symbol());
            let style = cell.style();
            let plain = style.fg.is_none_or(|c| c == Color::Reset)
                && style.bg.is_none_or(|c| c == Color::Reset)
                && style.add_modifier.is_empty();
            if plain {
                map.push('.');
                continue;
            }
            let index = styles.iter().position(|s| *s == style).unwrap_or_else(|| {
                styles.push(style);
                styles.len() - 1
            });
            map.push(letter(index));
        }
        text.push('\n');
        map.push('\n');
    }
    let legend: String = styles
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}: {}\n", letter(i), describe(*s)))
        .collect();
    format!("{text}\n{map}\n{legend}")
}

fn letter(index: usize) -> char {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    LETTERS.get(index).map_or('?', |&b| b as char)
}

fn describe(style: Style) -> String {
    let mut parts = Vec::new();
    if let Some(c) = style.fg.filter(|c| *c != Color::Reset) {
        parts.push(format!("fg {c}"));
    }
    if let Some(c) = style.bg.filter(|c| *c != Color::Reset) {
        parts.push(format!("bg {c}"));
    }
    for (flag, name) in [
        (Modifier::BOLD, "bold"),
        (Modifier::DIM, "dim"),
        (Modifier::ITALIC, "italic"),
        (Modifier::UNDERLINED, "underlined"),
        (Modifier::REVERSED, "reversed"),
    ] {
        if style.add_modifier.contains(flag) {
            parts.push(name.to_string());
        }
    }
    parts.join(" ")
}

/// An election's results: headings, a selected row, borders, the key hints and the bar chart's series.
fn election_screen(theme: Theme, width: u16, height: u16) -> App {
    let mut app = App::new(shipped(), Keymap::default(), theme, (width, height));
    app.update(Action::GoToTab(Tab::Elections.index()));
    app.update(Action::Down);
    app
}

fn slug(name: ThemeName) -> String {
    format!("{name:?}").to_lowercase()
}

#[test]
fn each_theme_at_80x24_in_16_colours() {
    for name in THEMES {
        let app = election_screen(Theme::new(name, Depth::Basic, Charset::Unicode), 80, 24);
        let shown = with_styles(render(&app).backend().buffer());
        insta::assert_snapshot!(format!("theme_{}_80x24", slug(name)), shown);
    }
}

#[test]
fn each_theme_at_120x40_in_truecolor() {
    for name in THEMES {
        let app = election_screen(
            Theme::new(name, Depth::TrueColor, Charset::Unicode),
            120,
            40,
        );
        let shown = with_styles(render(&app).backend().buffer());
        insta::assert_snapshot!(format!("theme_{}_120x40", slug(name)), shown);
    }
}

#[test]
fn known_cells_take_each_themes_colours() {
    // The active tab's first letter and the pane's top-left corner, at each depth.
    let cell_style = |name, depth| {
        let app = election_screen(Theme::new(name, depth, Charset::Unicode), 80, 24);
        let terminal = render(&app);
        let buf = terminal.backend().buffer();
        let tab = (0..80)
            .map(|x| &buf[(x, 0)])
            .find(|c| c.modifier.contains(Modifier::REVERSED))
            .map(|c| (c.fg, c.modifier))
            .expect("the active tab is reversed");
        (tab, buf[(0, 1)].fg)
    };
    let (tab, _) = cell_style(ThemeName::Light, Depth::TrueColor);
    assert_eq!(tab.0, Color::Rgb(0, 75, 160));
    let (tab, _) = cell_style(ThemeName::Light, Depth::Indexed);
    assert_eq!(tab.0, Color::Indexed(25));
    let (tab, _) = cell_style(ThemeName::Light, Depth::Basic);
    assert_eq!(tab.0, Color::Blue);
    let (tab, _) = cell_style(ThemeName::Dark, Depth::Basic);
    assert_eq!(tab.0, Color::Cyan);
    let (tab, corner) = cell_style(ThemeName::Monochrome, Depth::TrueColor);
    assert_eq!((tab.0, corner), (Color::Reset, Color::Reset));
    assert!(tab.1.contains(Modifier::BOLD));
    let (tab, _) = cell_style(ThemeName::Default, Depth::TrueColor);
    assert_eq!(
        tab.0,
        Color::Cyan,
        "the default keeps the terminal's own cyan"
    );
}

/// `polity` in a pseudo-terminal with `vars` (NAME=value) set, through `env`.
fn polity_with(vars: &[&str], args: &[&str]) -> support::pty::PtyApp {
    let all: Vec<&str> = vars
        .iter()
        .copied()
        .chain([support::ssh::POLITY])
        .chain(args.iter().copied())
        .collect();
    support::pty::PtyApp::spawn("env", &all, 100, 30)
}

const WAIT: std::time::Duration = std::time::Duration::from_secs(20);

#[test]
fn an_unknown_polity_theme_is_named_before_the_screen_starts() {
    let mut term = polity_with(&["POLITY_THEME=solarized"], &[]);
    term.wait_for("1 Overview", WAIT);
    let output = String::from_utf8_lossy(&term.output()).into_owned();
    let warning = output
        .find("POLITY_THEME=\"solarized\" is not a theme")
        .expect("a warning on stderr");
    let screen = output.find("\x1b[?1049h").expect("the alternate screen");
    assert!(warning < screen, "the warning comes first:\n{output:?}");
    term.send(b"q");
    assert_eq!(term.wait_exit(WAIT), 0);
}

#[test]
fn a_vt100_or_ascii_flag_gets_ascii_and_no_color_gets_no_colour() {
    for (vars, args) in [
        (&["TERM=vt100"][..], &[][..]),
        (&["LANG=C", "LC_ALL="][..], &[][..]),
        (&[][..], &["--ascii"][..]),
    ] {
        let mut term = polity_with(vars, args);
        term.wait_for("+ Overview", WAIT);
        assert!(!term.contents().contains('│'), "{vars:?} {args:?}");
        term.send(b"q");
        term.wait_exit(WAIT);
    }
    let mut term = polity_with(&["NO_COLOR=1"], &["--theme", "light"]);
    term.wait_for("┌ Overview", WAIT);
    term.press(b"5", "70.96%", WAIT);
    let output = String::from_utf8_lossy(&term.output()).into_owned();
    for colour in ["\x1b[38;", "\x1b[48;", "\x1b[36m", "\x1b[34m"] {
        assert!(!output.contains(colour), "{colour:?} with NO_COLOR");
    }
    term.send(b"q");
    term.wait_exit(WAIT);
}
