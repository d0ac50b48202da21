//! The neutral pieces an exported document is made of; the text and Markdown renderers decide how they look.

/// One piece of the exported document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Level 1 is the title; 2 a section (tab); 3 a body, topic or election; 4 a part of one.
    Heading(u8, String),
    Paragraph(String),
    /// A bullet: a fact, a relation, a seat group, a scenario step.
    Item(String),
    /// A bullet under the item before it.
    SubItem(String),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}
