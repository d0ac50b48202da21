//! Markdown: headings with `#`, facts as bullets, tables as pipe tables. Lines are not wrapped; a Markdown
//! viewer does that.

use super::block::Block;

/// The blocks as Markdown, ending with one newline.
pub fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut previous: Option<&Block> = None;
    for block in blocks {
        if let Some(prev) = previous
            && !(is_item(prev) && is_item(block))
        {
            out.push('\n');
        }
        out.push_str(&render_block(block));
        previous = Some(block);
    }
    out
}

fn is_item(block: &Block) -> bool {
    matches!(block, Block::Item(_) | Block::SubItem(_))
}

fn render_block(block: &Block) -> String {
    match block {
        Block::Heading(level, text) => {
            format!("{} {}\n", "#".repeat(usize::from(*level)), one_line(text))
        }
        Block::Paragraph(text) => format!("{}\n", one_line(text)),
        Block::Item(text) => format!("- {}\n", one_line(text)),
        Block::SubItem(text) => format!("  - {}\n", one_line(text)),
        Block::Table { header, rows } => table(header, rows),
    }
}

/// Line breaks inside a value would end a heading, bullet or table row early.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let row = |cells: &[String]| {
        let cells: Vec<String> = cells
            .iter()
            .map(|c| one_line(c).replace('|', "\\|"))
            .collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let mut out = row(header);
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for r in rows {
        out.push_str(&row(r));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_headings_items_and_tables() {
        let md = render(&[
            Block::Heading(2, "Section".into()),
            Block::Item("one".into()),
            Block::SubItem("under one".into()),
            Block::Table {
                header: vec!["A".into(), "B".into()],
                rows: vec![vec!["x|y".into(), "z".into()]],
            },
        ]);
        assert_eq!(
            md,
            "## Section\n\n- one\n  - under one\n\n| A | B |\n|---|---|\n| x\\|y | z |\n"
        );
    }
}
