//! A waffle chart of a chamber's seats: one cell per seat, each group with its own glyph and colour.

use crate::model::SeatGroup;
use crate::strings::Strings;
use crate::text::push_wrapped;
use crate::theme::Theme;
use ratatui::text::{Line, Span};

/// Each seat is a glyph and a space, so groups stay apart even in monochrome.
const CELL_WIDTH: usize = 2;

pub fn lines(
    groups: &[SeatGroup],
    width: usize,
    theme: &Theme,
    w: &'static Strings,
) -> Vec<Line<'static>> {
    let per_row = (width / CELL_WIDTH).clamp(1, 30);
    let mut seats: Vec<usize> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        seats.extend(std::iter::repeat_n(i, g.count as usize));
    }
    let style_of = |i: usize| theme.series[i % theme.series.len()];
    let glyphs = &theme.symbols.series;
    let glyph_of = |i: usize| glyphs[i % glyphs.len()];
    let mut out: Vec<Line<'static>> = seats
        .chunks(per_row)
        .map(|row| {
            Line::from(
                row.iter()
                    .map(|&g| Span::styled(format!("{} ", glyph_of(g)), style_of(g)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    let total: u32 = groups.iter().map(|g| g.count).sum();
    out.push(Line::styled((w.seats)(total), theme.dim));
    for (i, g) in groups.iter().enumerate() {
        let key = format!("{} {:>3} ", glyph_of(i), g.count);
        let text = format!("{} — {}", g.label, g.how);
        let start = out.len();
        push_wrapped(
            &mut out,
            &text,
            width,
            &key,
            &" ".repeat(key.chars().count()),
            theme.text,
        );
        out[start].spans[0].style = style_of(i);
    }
    out
}
