//! Underlines the links written into a page's lines, for a pane that draws its lines as they are (the court
//! diagram's panel), where the page on screen marks its links while drawing.

use super::Link;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// `lines` with every column `links` cover underlined.
pub fn underline(lines: &mut [Line<'static>], links: &[Link]) {
    for link in links {
        if let Some(line) = lines.get_mut(link.line) {
            underline_columns(line, link.start, link.end);
        }
    }
}

/// Underlines the columns `start..end` of `line`, splitting its spans where the link begins and ends.
fn underline_columns(line: &mut Line<'static>, start: usize, end: usize) {
    let mut spans: Vec<Span<'static>> = Vec::with_capacity(line.spans.len() + 2);
    let mut column = 0;
    for span in line.spans.drain(..) {
        let mut run = String::new();
        let mut run_linked = false;
        for c in span.content.chars() {
            let linked = (start..end).contains(&column);
            if linked != run_linked && !run.is_empty() {
                spans.push(Span::styled(
                    std::mem::take(&mut run),
                    marked(span.style, run_linked),
                ));
            }
            run_linked = linked;
            run.push(c);
            column += c.width().unwrap_or(0);
        }
        if !run.is_empty() {
            spans.push(Span::styled(run, marked(span.style, run_linked)));
        }
    }
    line.spans = spans;
}

fn marked(style: Style, linked: bool) -> Style {
    if linked {
        style.add_modifier(Modifier::UNDERLINED)
    } else {
        style
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_linked_columns_are_underlined() {
        let plain = Style::new();
        let mut lines = vec![Line::from(vec![
            Span::styled("Hears: ", plain),
            Span::styled("Oblast courts, more", plain),
        ])];
        let link = Link {
            line: 0,
            start: 7,
            end: 20,
            body: "oblast".into(),
        };
        underline(&mut lines, &[link]);
        let parts: Vec<(&str, bool)> = lines[0]
            .spans
            .iter()
            .map(|s| {
                let under = s.style.add_modifier.contains(Modifier::UNDERLINED);
                (s.content.as_ref(), under)
            })
            .collect();
        assert_eq!(
            parts,
            [
                ("Hears: ", false),
                ("Oblast courts", true),
                (", more", false)
            ]
        );
    }
}
