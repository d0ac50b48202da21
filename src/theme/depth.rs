//! How many colours the terminal shows, and the one reduction from a theme's rich colours to what it has:
//! RGB to the 256-colour palette, and either to the 16 basic colours. Named colours pass through unchanged.

use ratatui::style::{Color, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Depth {
    /// The 16 basic colours every colour terminal has.
    #[default]
    Basic,
    /// The xterm 256-colour palette.
    Indexed,
    /// 24-bit colour.
    TrueColor,
}

/// The 16 basic colours with the RGB that xterm gives them, for finding the nearest.
const BASIC: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

/// The steps of each channel in the 256-colour cube (indices 16–231).
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// `colour` as the terminal at `depth` can show it.
pub fn reduce(colour: Color, depth: Depth) -> Color {
    match (colour, depth) {
        (_, Depth::TrueColor) => colour,
        (Color::Rgb(r, g, b), Depth::Indexed) => Color::Indexed(nearest_indexed((r, g, b))),
        (Color::Rgb(r, g, b), Depth::Basic) => nearest_basic((r, g, b)),
        (Color::Indexed(i), Depth::Basic) => match BASIC.get(i as usize) {
            Some((named, _)) => *named,
            None => nearest_basic(indexed_rgb(i)),
        },
        _ => colour,
    }
}

/// Every colour of `style` reduced to `depth`.
pub fn reduce_style(style: Style, depth: Depth) -> Style {
    Style {
        fg: style.fg.map(|c| reduce(c, depth)),
        bg: style.bg.map(|c| reduce(c, depth)),
        underline_color: style.underline_color.map(|c| reduce(c, depth)),
        ..style
    }
}

fn distance(a: (u8, u8, u8), b: (u8, u8, u8)) -> u32 {
    let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).unsigned_abs().pow(2);
    // Green counts most and blue least, roughly as the eye sees brightness.
    3 * d(a.0, b.0) + 4 * d(a.1, b.1) + 2 * d(a.2, b.2)
}

fn nearest_basic(rgb: (u8, u8, u8)) -> Color {
    BASIC
        .iter()
        .min_by_key(|(_, c)| distance(rgb, *c))
        .map_or(Color::Reset, |(named, _)| *named)
}

fn nearest_step(v: u8) -> usize {
    (0..CUBE.len())
        .min_by_key(|&i| (i32::from(CUBE[i]) - i32::from(v)).unsigned_abs())
        .unwrap_or(0)
}

fn nearest_indexed(rgb: (u8, u8, u8)) -> u8 {
    let (r, g, b) = (
        nearest_step(rgb.0),
        nearest_step(rgb.1),
        nearest_step(rgb.2),
    );
    let cube = (16 + 36 * r + 6 * g + b) as u8;
    let grey_level = (u32::from(rgb.0) + u32::from(rgb.1) + u32::from(rgb.2)) / 3;
    let grey = (232 + (grey_level.saturating_sub(3) / 10).min(23)) as u8;
    if distance(rgb, indexed_rgb(grey)) < distance(rgb, indexed_rgb(cube)) {
        grey
    } else {
        cube
    }
}

/// The RGB of a 256-colour palette entry.
fn indexed_rgb(i: u8) -> (u8, u8, u8) {
    match i {
        0..=15 => BASIC[i as usize].1,
        16..=231 => {
            let n = (i - 16) as usize;
            (CUBE[n / 36], CUBE[(n / 6) % 6], CUBE[n % 6])
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truecolor_keeps_everything() {
        let c = Color::Rgb(12, 34, 56);
        assert_eq!(reduce(c, Depth::TrueColor), c);
    }

    #[test]
    fn rgb_goes_to_the_cube_or_the_greys() {
        assert_eq!(
            reduce(Color::Rgb(255, 0, 0), Depth::Indexed),
            Color::Indexed(196)
        );
        assert_eq!(
            reduce(Color::Rgb(0, 0, 0), Depth::Indexed),
            Color::Indexed(16)
        );
        assert_eq!(
            reduce(Color::Rgb(128, 128, 128), Depth::Indexed),
            Color::Indexed(244)
        );
        assert_eq!(
            reduce(Color::Rgb(0, 175, 215), Depth::Indexed),
            Color::Indexed(38)
        );
    }

    #[test]
    fn rgb_and_indexed_go_to_the_nearest_basic_colour() {
        assert_eq!(reduce(Color::Rgb(0, 200, 210), Depth::Basic), Color::Cyan);
        assert_eq!(
            reduce(Color::Rgb(250, 250, 250), Depth::Basic),
            Color::White
        );
        assert_eq!(reduce(Color::Rgb(20, 20, 20), Depth::Basic), Color::Black);
        assert_eq!(reduce(Color::Rgb(230, 200, 0), Depth::Basic), Color::Yellow);
        assert_eq!(reduce(Color::Indexed(9), Depth::Basic), Color::LightRed);
        assert_eq!(reduce(Color::Indexed(196), Depth::Basic), Color::LightRed);
    }

    #[test]
    fn named_colours_pass_through() {
        for depth in [Depth::Basic, Depth::Indexed, Depth::TrueColor] {
            assert_eq!(reduce(Color::Cyan, depth), Color::Cyan);
            assert_eq!(reduce(Color::Reset, depth), Color::Reset);
        }
    }

    #[test]
    fn a_style_is_reduced_whole() {
        let s = Style::new()
            .fg(Color::Rgb(255, 0, 0))
            .bg(Color::Rgb(0, 0, 0));
        let r = reduce_style(s, Depth::Basic);
        assert_eq!((r.fg, r.bg), (Some(Color::LightRed), Some(Color::Black)));
    }
}
