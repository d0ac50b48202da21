//! Where the tour's panel and presenter mode's headline go, and what is left for the tabs and pages.
//!
//! Both take their room from the window instead of lying over it, so they never hide what they talk about:
//! the main screen is laid out (and hit-tested) in what remains, by the same `Areas` as always.

use super::App;
use super::present::Headline;
use super::screen::MIN_HEIGHT;
use crate::text::{Overlong, wrap};
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

/// Windows at least this wide get the tour's panel at the side instead of below.
pub const SIDE_PANEL_FROM: u16 = 150;
/// The side panel's width, its border included.
pub const SIDE_PANEL_WIDTH: u16 = 44;
/// The shortest tour panel worth drawing: its frame and one line.
const PANEL_MIN_ROWS: u16 = 3;
/// Large type: columns a character takes, and the rows of a line of it (an 8x8 font in quarter cells).
pub const BIG_CHAR_COLUMNS: u16 = 4;
pub const BIG_ROWS: u16 = 4;
/// Large type only from this height, so the pages keep most of a short window.
const BIG_FROM_ROWS: u16 = 30;
/// Room kept beside a large figure for its caption.
const CAPTION_MIN: u16 = 20;

/// The window split into the main screen and the bands beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bands {
    /// What the tabs, the pages and the diagram get.
    pub main: Rect,
    /// Presenter mode's headline, above the main screen.
    pub headline: Option<Rect>,
    /// The tour stop's panel, below the main screen or beside it.
    pub tour: Option<Rect>,
}

/// Whether `headline` is drawn in large type in a window of `window`'s size.
pub fn big_fits(headline: &Headline, window: Rect) -> bool {
    let wide = (headline.figure.width() as u16)
        .saturating_mul(BIG_CHAR_COLUMNS)
        .saturating_add(2 + CAPTION_MIN);
    window.height >= BIG_FROM_ROWS && wide <= window.width && headline.figure.is_ascii()
}

/// The stop's text and question wrapped for a panel whose inside is `width` columns.
pub fn stop_lines(
    text: &str,
    question: &str,
    mark: &str,
    width: u16,
) -> (Vec<String>, Vec<String>) {
    let width = width.max(1) as usize;
    let text = wrap(text, width, Overlong::Cut);
    let question = wrap(&format!("{mark}{question}"), width, Overlong::Cut);
    (text, question)
}

impl App {
    /// The window's split for the state now.
    pub fn bands(&self) -> Bands {
        let window = self.window();
        let mut main = window;
        let side = window.width >= SIDE_PANEL_FROM;
        let beside_panel = Rect {
            width: window.width - if side { SIDE_PANEL_WIDTH } else { 0 },
            ..window
        };
        let headline = self
            .state
            .present
            .on
            .then(|| self.headline())
            .flatten()
            .map(|h| {
                if big_fits(&h, beside_panel) {
                    BIG_ROWS
                } else {
                    1
                }
            });
        let tour = self.tour_stop().and_then(|(_, _, stop)| {
            if side {
                let panel = Rect {
                    x: window.right() - SIDE_PANEL_WIDTH,
                    width: SIDE_PANEL_WIDTH,
                    ..window
                };
                main.width -= SIDE_PANEL_WIDTH;
                return Some(panel);
            }
            let mark = self.strings.tour.question_mark;
            let (text, question) = stop_lines(
                &stop.text,
                &stop.question,
                mark,
                window.width.saturating_sub(2),
            );
            let wanted = (text.len() + question.len()) as u16 + 2;
            let room = window
                .height
                .saturating_sub(MIN_HEIGHT + headline.unwrap_or(0));
            let height = wanted.min(room);
            if height < PANEL_MIN_ROWS {
                return None;
            }
            main.height -= height;
            Some(Rect {
                y: main.bottom(),
                height,
                ..window
            })
        });
        // The headline only where the main screen keeps its minimum.
        let headline = headline
            .filter(|&rows| main.height >= MIN_HEIGHT + rows)
            .map(|rows| {
                let band = Rect {
                    height: rows,
                    ..main
                };
                main.y += rows;
                main.height -= rows;
                band
            });
        Bands {
            main,
            headline,
            tour,
        }
    }
}
