//! Plain text: wrapped at 80 columns, no colour, headings underlined with `=` and `-`, tables as aligned
//! columns. Readable when printed and by a screen reader.

use super::block::Block;
use crate::text::{self, Overlong};
use unicode_width::UnicodeWidthStr;

/// The page width.
pub const WIDTH: usize = 80;

/// Narrowest a table column is squeezed to before the table is allowed to overflow.
const MIN_COLUMN: usize = 8;

/// The blocks as plain text, ending with one newline.
pub fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut previous: Option<&Block> = None;
    for block in blocks {
        let lines = render_block(block);
        if let Some(prev) = previous
            && !(is_item(prev) && is_item(block))
        {
            out.push('\n');
        }
        for line in lines {
            out.push_str(line.trim_end());
            out.push('\n');
        }
        previous = Some(block);
    }
    out
}

fn is_item(block: &Block) -> bool {
    matches!(block, Block::Item(_) | Block::SubItem(_))
}

fn render_block(block: &Block) -> Vec<String> {
    match block {
        Block::Heading(level, text) => heading(*level, text),
        Block::Paragraph(text) => wrap(text, WIDTH),
        Block::Item(text) => bullet(text, "- ", "  "),
        Block::SubItem(text) => bullet(text, "    - ", "      "),
        Block::Table { header, rows } => table(header, rows),
    }
}

/// Titles underlined with `=`, sections with `-`; smaller headings stand on their own line.
fn heading(level: u8, text: &str) -> Vec<String> {
    let mut lines = wrap(text, WIDTH);
    let rule = match level {
        1 => '=',
        2 => '-',
        _ => return lines,
    };
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(0);
    lines.push(rule.to_string().repeat(width));
    lines
}

/// `first` before the first line, `rest` before the others.
fn bullet(text: &str, first: &str, rest: &str) -> Vec<String> {
    wrap(text, WIDTH.saturating_sub(first.width()))
        .into_iter()
        .enumerate()
        .map(|(i, line)| format!("{}{line}", if i == 0 { first } else { rest }))
        .collect()
}

/// Word-wraps `text` to the page; a word longer than a line gets a line to itself, whole.
fn wrap(text: &str, width: usize) -> Vec<String> {
    text::wrap(text, width, Overlong::Keep)
}

/// Columns separated by two spaces, a row of dashes under the header; cells wrap inside their column when
/// the table would be wider than the page.
fn table(header: &[String], rows: &[Vec<String>]) -> Vec<String> {
    let widths = column_widths(header, rows);
    let mut lines = table_row(header, &widths);
    lines.push(
        widths
            .iter()
            .map(|&w| "-".repeat(w))
            .collect::<Vec<_>>()
            .join("  "),
    );
    for row in rows {
        lines.extend(table_row(row, &widths));
    }
    lines
}

fn column_widths(header: &[String], rows: &[Vec<String>]) -> Vec<usize> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let gaps = 2 * widths.len().saturating_sub(1);
    while widths.iter().sum::<usize>() + gaps > WIDTH {
        let Some(widest) = (0..widths.len()).max_by_key(|&i| widths[i]) else {
            break;
        };
        if widths[widest] <= MIN_COLUMN {
            break;
        }
        widths[widest] -= 1;
    }
    widths
}

fn table_row(cells: &[String], widths: &[usize]) -> Vec<String> {
    let wrapped: Vec<Vec<String>> = widths
        .iter()
        .enumerate()
        .map(|(i, &w)| wrap(cells.get(i).map_or("", String::as_str), w))
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    (0..height)
        .map(|line| {
            wrapped
                .iter()
                .zip(widths)
                .map(|(cell, &w)| {
                    let text = cell.get(line).map_or("", String::as_str);
                    format!("{text}{}", " ".repeat(w.saturating_sub(text.width())))
                })
                .collect::<Vec<_>>()
                .join("  ")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_lines_within_the_width() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let lines = wrap(text, 20);
        assert!(lines.iter().all(|l| l.width() <= 20), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap("", 10), vec![String::new()]);
        assert_eq!(
            wrap("averyveryverylongword x", 5),
            vec!["averyveryverylongword", "x"]
        );
    }

    #[test]
    fn wide_tables_wrap_their_cells_to_fit_the_page() {
        let long = "word ".repeat(30);
        let lines = table(
            &["A".to_string(), "B".to_string()],
            &[vec!["short".to_string(), long.trim().to_string()]],
        );
        assert!(lines.iter().all(|l| l.width() <= WIDTH), "{lines:#?}");
        assert_eq!(lines[0].trim_end(), "A      B");
        assert!(lines[1].starts_with("-----  ---"));
    }

    #[test]
    fn items_run_together_and_other_blocks_are_spaced() {
        let text = render(&[
            Block::Heading(2, "Section".into()),
            Block::Item("one".into()),
            Block::SubItem("under one".into()),
            Block::Item("two".into()),
            Block::Paragraph("after".into()),
        ]);
        assert_eq!(
            text,
            "Section\n-------\n\n- one\n    - under one\n- two\n\nafter\n"
        );
    }
}
