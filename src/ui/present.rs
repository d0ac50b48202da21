//! Drawing presenter mode: the headline figure in large type (or bold where large type does not fit), its
//! caption and the "as of" date in the band `app::bands` gives it, and the short pages it shows.

use crate::app::App;
use crate::app::bands::{BIG_CHAR_COLUMNS, BIG_ROWS};
use crate::text::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};
use tui_big_text::{BigText, PixelSize};
use unicode_width::UnicodeWidthStr;

/// The headline band: the figure large at the left, the caption and the date beside it; one bold line when
/// the band has a single row.
pub fn draw_headline(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(headline) = app.headline() else {
        return;
    };
    let theme = &app.theme;
    Clear.render(area, buf);
    let as_of = super::timeline::as_of_label(app).unwrap_or_default();
    let date_style = if app.at_newest() {
        theme.key
    } else {
        theme.warn
    };
    if area.height < BIG_ROWS {
        let date = format!(" {as_of} ");
        let date_width = (date.width() as u16).min(area.width);
        let text = format!(" {}  {}", headline.figure, headline.caption);
        let room = area.width - date_width;
        crate::ui::put::put_str(
            buf,
            area.x,
            area.y,
            fit(&text, room as usize),
            room as usize,
            theme.selected,
        );
        crate::ui::put::put_str(
            buf,
            area.x + room,
            area.y,
            date,
            date_width as usize,
            date_style,
        );
        return;
    }
    let figure_width = (headline.figure.width() as u16 * BIG_CHAR_COLUMNS).min(area.width);
    let figure = Rect {
        x: area.x + 1,
        width: figure_width,
        ..area
    };
    BigText::builder()
        .pixel_size(PixelSize::Quadrant)
        .style(theme.title)
        .lines(vec![Line::from(headline.figure.clone())])
        .build()
        .render(figure, buf);
    if theme.symbols.is_ascii() {
        ascii_pixels(figure.intersection(buf.area), buf);
    }
    let x = area.x + 1 + figure_width + 2;
    let room = area.right().saturating_sub(x + 1) as usize;
    crate::ui::put::put_str(
        buf,
        x,
        area.y + 1,
        fit(&headline.caption, room),
        room,
        theme.title,
    );
    crate::ui::put::put_str(buf, x, area.y + 2, &as_of, room, date_style);
}

/// Large type drawn with `#` for every lit block, for a terminal that shows only ASCII.
fn ascii_pixels(area: Rect, buf: &mut Buffer) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y))
                && cell.symbol() != " "
            {
                cell.set_char('#');
            }
        }
    }
}

/// Fewer words: the page's headline lines (up to its first blank line), in the theme's strongest style.
pub fn headline_lines(lines: &[Line<'static>], app: &App) -> Vec<Line<'static>> {
    let end = lines
        .iter()
        .skip(1)
        .position(|l| l.spans.iter().all(|s| s.content.trim().is_empty()))
        .map_or(lines.len(), |i| i + 1);
    lines[..end]
        .iter()
        .map(|l| l.clone().patch_style(app.theme.title))
        .collect()
}
