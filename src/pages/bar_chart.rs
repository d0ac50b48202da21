//! Horizontal bars for shares of a vote, labels on the left, percentages on the right.

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

/// A percentage with the precision the data gives, up to hundredths: 70.96, 4.98, 5.
pub fn percent(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percentages_keep_the_precision_given() {
        assert_eq!(percent(70.96), "70.96");
        assert_eq!(percent(4.98), "4.98");
        assert_eq!(percent(5.0), "5");
        assert_eq!(percent(16.2), "16.2");
        assert_eq!(percent(100.0 - 70.96 - 16.23), "12.81");
    }
}
