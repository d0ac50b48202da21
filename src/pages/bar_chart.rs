//! Horizontal bars for shares of a vote, labels on the left, percentages on the right.

use crate::numbers::percent;
use crate::text::{fit, truncate};
use crate::theme::Theme;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

pub struct Bar {
    pub label: String,
    pub percent: f64,
}

/// Labels that fit in half the width go beside their bars; longer ones go on a line of their own above.
pub fn lines(bars: &[Bar], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let longest = bars.iter().map(|b| b.label.width()).max().unwrap_or(0);
    let beside = longest < width / 2;
    let label_w = if beside { longest + 1 } else { 2 };
    let bar_w = width.saturating_sub(label_w + 5);
    let mut out = Vec::new();
    for (i, b) in bars.iter().enumerate() {
        let filled = ((b.percent.clamp(0.0, 100.0) / 100.0) * bar_w as f64).round() as usize;
        let glyphs = &theme.symbols.series;
        let glyph = glyphs[i % glyphs.len()];
        let label = if beside {
            fit(&b.label, label_w)
        } else {
            out.push(Line::styled(truncate(&b.label, width), theme.text));
            " ".repeat(label_w)
        };
        out.push(Line::from(vec![
            Span::styled(label, theme.text),
            Span::styled(
                glyph.to_string().repeat(filled.max(1)),
                theme.series[i % theme.series.len()],
            ),
            Span::styled(format!(" {}%", percent(b.percent)), theme.title),
        ]));
    }
    out
}
