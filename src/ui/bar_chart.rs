//! Horizontal bars for shares of a vote, labels on the left, percentages on the right.

use super::text::fit;
use super::theme::Theme;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

pub struct Bar {
    pub label: String,
    pub percent: f64,
}

pub fn lines(bars: &[Bar], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let label_w = bars
        .iter()
        .map(|b| b.label.width())
        .max()
        .unwrap_or(0)
        .min(width / 2);
    let bar_w = width.saturating_sub(label_w + 1 + 5);
    bars.iter()
        .enumerate()
        .map(|(i, b)| {
            let filled = ((b.percent.clamp(0.0, 100.0) / 100.0) * bar_w as f64).round() as usize;
            let glyph = super::theme::GLYPHS[i % super::theme::GLYPHS.len()];
            Line::from(vec![
                Span::styled(fit(&b.label, label_w) + " ", theme.text),
                Span::styled(
                    glyph.to_string().repeat(filled.max(1)),
                    theme.series[i % theme.series.len()],
                ),
                Span::styled(format!(" {:.0}%", b.percent), theme.title),
            ])
        })
        .collect()
}
