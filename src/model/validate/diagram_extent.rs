//! The largest court diagram that can be laid out: a bound on its width and height in cells, from the dataset
//! alone, which every layout of every date and either view stays within; a dataset past it is refused.

use crate::model::RelationKind;
use crate::model::types::{Branch, Dataset};
use std::collections::HashSet;
use unicode_width::UnicodeWidthStr;

/// The most cells a diagram may span across or down: what a screen cell's coordinate holds (65,535), less room
/// for what the bound leaves out.
pub const MAX_DIAGRAM_CELLS: u64 = 64_000;

/// The widest area a diagram is laid out for; its label columns never take more than twice this.
pub const MAX_LAYOUT_WIDTH: u16 = 1_000;

/// The appointments view's most columns of bodies, and the widest label on one of its arrows.
pub const MAX_APPOINTMENT_COLUMNS: usize = 8;
pub const MAX_ARROW_LABEL: u16 = 48;

/// Columns a box takes at most beyond its label: its borders, padding and the gap to the next box.
const BOX_EXTRA: u64 = 8;
/// The widest text a box makes room for besides its short label.
const TEXT_CAP: u64 = 40;

/// An upper bound on the diagram's (width, height) in cells for any date, view and area.
pub fn extent(data: &Dataset) -> (u64, u64) {
    let appeals: Vec<(&str, &str)> = data
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::AppealsTo)
        .map(|r| (r.from.as_str(), r.to.as_str()))
        .collect();
    let appealing: HashSet<&str> = appeals.iter().flat_map(|&(a, b)| [a, b]).collect();
    let starts: HashSet<&str> = data.matters.iter().map(|m| m.starts_at.as_str()).collect();
    let choosing: Vec<(&str, &str)> = data
        .relations
        .iter()
        .filter(|r| r.kind.chooses_members())
        .map(|r| (r.from.as_str(), r.to.as_str()))
        .collect();
    let chosen: HashSet<&str> = choosing.iter().flat_map(|&(a, b)| [a, b]).collect();
    let mut chain_width = 0u64;
    let mut widest = 0u64;
    let (mut chain, mut shown) = (0u64, 0u64);
    let mut branches: HashSet<&str> = HashSet::new();
    let (mut boxed, mut widest_boxed) = (0u64, 0u64);
    for b in &data.bodies {
        let id = b.id.as_str();
        let label = b.short.as_deref().unwrap_or(&b.name).width() as u64 + 2;
        let box_w = label.max(TEXT_CAP) + BOX_EXTRA;
        let in_chain = b.court_level.is_some() || appealing.contains(id);
        let judicial = b.branch == Branch::Judicial && chosen.contains(id);
        if in_chain {
            chain += 1;
            chain_width += box_w;
            if let Some(branch) = &b.court_branch {
                branches.insert(branch.trim());
            }
        }
        if in_chain || starts.contains(id) || judicial {
            shown += 1;
            widest = widest.max(box_w);
        }
        if in_chain || starts.contains(id) || chosen.contains(id) {
            boxed += 1;
            widest_boxed = widest_boxed.max(box_w);
        }
    }
    let appeals = appeals.len() as u64;
    // Lanes (one more for courts of no branch), skip channels, three label columns and their arrows, the
    // rule and the column of bodies apart.
    let lanes = branches.len() as u64 + 1;
    let width = chain_width
        + lanes * (widest + 4)
        + 2 * appeals
        + 1
        + 2 * MAX_LAYOUT_WIDTH as u64
        + 18
        + 3 * 4
        + 5
        + widest;
    // Boxes of at most nine rows plus one per labelled arrow at them, each with a row after it; the gaps
    // between levels and their tracks; lane titles, the heading and the rule.
    let stubs = (data.matters.len() + choosing.len()) as u64;
    let height = 10 * shown + stubs + 3 * chain + appeals + 3;
    // The appointments view: its columns, each at most the widest box, a label strip, a track per arrow and
    // the space around; down, every box with two rows per arrow at it, and a pass of three rows per arrow.
    let columns = MAX_APPOINTMENT_COLUMNS as u64;
    let arrows = choosing.len() as u64;
    let appointments_width = columns * (widest_boxed + MAX_ARROW_LABEL as u64 + 8 + arrows);
    let appointments_height = 10 * boxed + 4 * arrows + 3 * arrows + 3;
    (
        width.max(appointments_width),
        height.max(appointments_height),
    )
}
