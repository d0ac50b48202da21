//! The chain in lanes, one per branch of courts: each branch's courts stand in a column of their own, so its
//! appeals run straight up; a court of no branch stands centred over the lanes it joins.

use super::graph::Graph;

/// Which side of its box a stub is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
    /// A box between others in its row: the stub is a line inside it.
    Inside,
}

/// Columns between two boxes side by side.
pub const LANE_GAP: u16 = 4;

/// The side of its box each chain node's stubs go on: the first lane's to the left, the last lane's to the
/// right, the lanes between keep theirs inside the box.
pub fn sides(graph: &Graph) -> Vec<Side> {
    let last = graph.lanes.len().saturating_sub(1);
    graph
        .lane_span
        .iter()
        .map(|span| match *span {
            Some((0, _)) => Side::Left,
            Some((_, hi)) if hi == last => Side::Right,
            Some(_) => Side::Inside,
            None => Side::Right,
        })
        .collect()
}

/// The courts of one lane share its width, so each branch reads as a ladder; so do the courts standing over the
/// same lanes (oblast and local courts over every branch), so their appeals run straight up.
pub fn ladder(graph: &Graph, size: &mut [(u16, u16)]) {
    let mut spans: Vec<(usize, usize)> = graph.lane_span.iter().flatten().copied().collect();
    spans.sort_unstable();
    spans.dedup();
    for span in spans {
        let own = |n: usize| graph.lane_span[n] == Some(span);
        let widest = (0..size.len()).filter(|&n| own(n)).map(|n| size[n].0).max();
        if let Some(widest) = widest {
            (0..size.len())
                .filter(|&n| own(n))
                .for_each(|n| size[n].0 = widest);
        }
    }
}

/// Where each lane starts and how wide it is, from the left edge of the chain.
fn lane_columns(graph: &Graph, size: &[(u16, u16)]) -> Vec<(u16, u16)> {
    let mut columns = Vec::with_capacity(graph.lanes.len());
    let mut x = 0u16;
    for k in 0..graph.lanes.len() {
        let width = (0..size.len())
            .filter(|&n| graph.lane_span[n] == Some((k, k)))
            .map(|n| size[n].0)
            .max()
            .unwrap_or(0);
        columns.push((x, width));
        x = x.saturating_add(width).saturating_add(LANE_GAP);
    }
    columns
}

/// The placement of the chain's boxes across its lanes.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// Per node: the left edge of its box from the chain's left edge (chain nodes only).
    pub x: Vec<Option<u16>>,
    /// The lanes: (left edge, width).
    pub columns: Vec<(u16, u16)>,
    /// The width of the whole chain.
    pub width: u16,
}

/// Each chain box at its lane, a box over several lanes centred over them; boxes of one row that would
/// overlap are pushed right, in the order of their lanes.
pub fn place(graph: &Graph, size: &[(u16, u16)]) -> Placement {
    let columns = lane_columns(graph, size);
    let centre = |k: usize| columns.get(k).map_or(0, |&(x, w)| 2 * x as u32 + w as u32);
    let mut x: Vec<Option<u16>> = vec![None; size.len()];
    let mut width = columns.last().map_or(0, |&(x, w)| x + w);
    for row in &graph.rows {
        // Twice the wanted centre, to keep halves exact.
        let mut wanted: Vec<(u32, usize)> = row
            .iter()
            .map(|&n| {
                let (lo, hi) = graph.lane_span[n].unwrap_or((0, 0));
                ((centre(lo) + centre(hi)) / 2, n)
            })
            .collect();
        wanted.sort_unstable();
        let mut next = 0u32;
        for (c2, n) in wanted {
            let w = size[n].0 as u32;
            let left = (c2.saturating_sub(w) / 2).max(next);
            x[n] = Some(left.min(u16::MAX as u32) as u16);
            next = left + w + LANE_GAP as u32;
            width = width.max((left + w).min(u16::MAX as u32) as u16);
        }
    }
    Placement { x, columns, width }
}
