//! The appointments view laid out left to right: the bodies chosen in the right-most column, the bodies that
//! choose them in columns to the left by their steps from them, and every arrow routed on cells of its own.
//!
//! # Routing
//!
//! Arrows run only between neighbouring columns; an arrow that spans more passes the columns between through a
//! slot of its own (a two-row "pass"). In the gap between two columns, each arrow's part leaves the left
//! column's item on its right side, turns on a vertical track of its own, and enters the right column's item
//! on its left side. Ports on a right side sit on odd rows and ports on a left side on even rows, and items of
//! a column never share a row, so no two level runs share a cell; tracks are shared only by runs whose rows are
//! at least one row apart. Arrows therefore cross (a `┼`) but never run along one another. Each gap keeps a
//! strip on its left for labels, which the level runs leaving the left column carry.
//!
//! # Cycles
//!
//! Bodies often choose each other (a council nominates to the head of state, who appoints the council's chair).
//! Columns come from the steps of procedures first, then lists handed on, then other appointments, each kept
//! only if it closes no cycle; an arrow that would is drawn right to left (into the right side of its box), and
//! one between bodies of one column loops through the gap to its right. Memberships are no arrows: who sits on
//! a council is listed inside its box.

use super::geometry::{BoxGeom, EdgeGeom, Geometry, Measure, Options};
use super::graph::Graph;
use crate::text::{Overlong, truncate, wrap, wrap_count};
use ratatui::layout::Rect;

/// The most columns (bodies further from what they choose share the left-most one), and the widest label an
/// arrow carries (longer ones are cut): the bound on the diagram's size counts on both.
use crate::model::validate::diagram_extent::{
    MAX_APPOINTMENT_COLUMNS as MAX_COLUMNS, MAX_ARROW_LABEL as LABEL_CAP,
};
/// The width of a pass: an arrow's slot through a column between its ends.
const PASS_W: u16 = 3;
/// The least gap between two columns.
const MIN_GAP: u32 = 4;
/// The widest a box grows to list who sits on it, and the least it wraps the list at (the bound on the
/// diagram's height counts on at least 20).
const MEMBERS_W: u16 = 28;
const MEMBERS_MIN_W: u16 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Box(usize),
    /// Edge `0` passing through the column.
    Pass(usize),
}

#[derive(Debug, Clone)]
struct Item {
    kind: Kind,
    column: usize,
    width: u32,
    height: u32,
    y: u32,
}

/// One end of a part of an arrow in a gap: an item and its side.
#[derive(Debug, Clone, Copy)]
struct End {
    item: usize,
    /// The item's right side (it stands left of the gap), else its left side.
    right: bool,
    row: u32,
}

/// An arrow's part in one gap.
#[derive(Debug, Clone)]
struct Part {
    edge: usize,
    /// The gap right of column `gap`.
    gap: usize,
    a: End,
    b: End,
    track: u32,
}

/// Each node's column, 0 the right-most: the same at every detail level, so a search over levels finds it once.
pub fn columns(graph: &Graph) -> Vec<usize> {
    let n = graph.nodes.len();
    let edges = &graph.edges;
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); n];
    let reaches = |next: &Vec<Vec<usize>>, from: usize, to: usize| {
        let mut seen = vec![false; n];
        let mut stack = vec![from];
        while let Some(m) = stack.pop() {
            if m == to {
                return true;
            }
            if !std::mem::replace(&mut seen[m], true) {
                stack.extend(next[m].iter().copied());
            }
        }
        false
    };
    // Steps of procedures come first in `edges`, then the rest.
    for e in edges {
        if !reaches(&next, e.to, e.from) {
            next[e.from].push(e.to);
        }
    }
    // Longest path to a body that chooses no one, by a depth-first walk (the kept arrows form no cycle).
    let mut column: Vec<Option<usize>> = vec![None; n];
    for start in 0..n {
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        while let Some(&mut (m, ref mut k)) = stack.last_mut() {
            if column[m].is_some() {
                stack.pop();
                continue;
            }
            if let Some(&to) = next[m].get(*k) {
                *k += 1;
                if column[to].is_none() {
                    stack.push((to, 0));
                }
                continue;
            }
            let c = next[m]
                .iter()
                .filter_map(|&to| column[to])
                .map(|c| c + 1)
                .max()
                .unwrap_or(0);
            column[m] = Some(c.min(MAX_COLUMNS - 1));
            stack.pop();
        }
    }
    let mut column: Vec<usize> = column.into_iter().map(|c| c.unwrap_or(0)).collect();
    // The right-most column is for bodies chosen.
    for (c, &chosen) in column.iter_mut().zip(&graph.chosen) {
        if !chosen && *c == 0 {
            *c = 1;
        }
    }
    column
}

/// What a box says at one detail level, as the layout needs it: its size, and which words fill it (made only for
/// the level that wins). Two boxes alike here say the same.
#[derive(Debug, Clone, Copy, PartialEq)]
struct BoxText {
    width: u32,
    /// Rows of text under the label.
    rows: u32,
    /// The label is the full name, not the short one.
    full_name: bool,
    role: Role,
    /// The columns the role and the members are wrapped at.
    text_w: u16,
}

/// The role's lines in a box.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Left,
    /// On one line as written.
    Whole,
    /// Wrapped at the box's text width, this many lines, the last holding the rest.
    Wrapped(usize),
}

/// What the boxes say at one detail level: all a layout takes from the level, so two levels whose texts are
/// equal lay out alike.
#[derive(Debug, Clone, PartialEq)]
pub struct Texts {
    boxes: Vec<BoxText>,
    roles_cut: usize,
    names_short: usize,
}

/// The boxes' texts at detail level `opts`.
pub fn texts(graph: &Graph, opts: Options) -> Texts {
    let (mut roles_cut, mut names_short) = (0, 0);
    let mut boxes = Vec::with_capacity(graph.nodes.len());
    for node in &graph.nodes {
        let role_w = if opts.role_lines > 0 {
            node.role_width.min(opts.role_cap)
        } else {
            0
        };
        // A box listing who sits on the body is widened for it, less where the detail level leaves no room.
        let members_w = if node.members.is_empty() {
            0
        } else {
            node.members_width
                .min(opts.role_cap.clamp(MEMBERS_MIN_W, MEMBERS_W))
        };
        let full_name = node.name_width + 2
            <= opts
                .name_cap
                .max(role_w)
                .max(members_w)
                .max(node.label_width + 2);
        let label_w = if full_name {
            node.name_width + 2
        } else {
            names_short += 1;
            node.label_width + 2
        };
        let text_w = label_w.max(role_w).max(members_w);
        let role = if opts.role_lines == 0 {
            Role::Left
        } else if node.role_width <= text_w {
            Role::Whole
        } else {
            let shown = opts.role_lines as usize;
            let wrapped = wrap_count(&node.role, text_w as usize);
            if wrapped > shown {
                roles_cut += 1;
            }
            Role::Wrapped(wrapped.min(shown))
        };
        let role_rows = match role {
            Role::Left => 0,
            Role::Whole => 1,
            Role::Wrapped(k) => k,
        };
        // Who sits on the body, in full, whatever the detail level: it stands for arrows not drawn.
        let member_rows = if node.members.is_empty() {
            0
        } else {
            wrap_count(&node.members, text_w as usize)
        };
        boxes.push(BoxText {
            width: text_w as u32 + 4,
            rows: (role_rows + member_rows) as u32,
            full_name,
            role,
            text_w,
        });
    }
    Texts {
        boxes,
        roles_cut,
        names_short,
    }
}

/// Puts into `g` (laid out from `texts`) the words each box says: its label and its lines.
pub fn put_words(graph: &Graph, texts: &Texts, g: &mut Geometry) {
    for b in &mut g.boxes {
        let (node, t) = (&graph.nodes[b.node], &texts.boxes[b.node]);
        b.label = if t.full_name { &node.name } else { &node.label }.clone();
        let mut lines = Vec::with_capacity(t.rows as usize);
        match t.role {
            Role::Left => {}
            Role::Whole => lines.push(node.role.clone()),
            Role::Wrapped(shown) => {
                let mut wrapped = wrap(&node.role, t.text_w as usize, Overlong::Cut);
                let rest = wrapped.split_off(shown - 1).join(" ");
                lines.extend(wrapped);
                lines.push(rest);
            }
        }
        if !node.members.is_empty() {
            lines.extend(wrap(&node.members, t.text_w as usize, Overlong::Cut));
        }
        b.lines = lines;
    }
}

/// The place of a node in the reading order (as Tab visits them): the chain from the top, then the bodies apart.
fn reading_order(graph: &Graph) -> Vec<usize> {
    let mut rank = vec![usize::MAX; graph.nodes.len()];
    for (k, &n) in graph.rows.iter().flatten().chain(&graph.apart).enumerate() {
        rank[n] = k;
    }
    rank
}

fn clamp(v: u32) -> u16 {
    v.min(u16::MAX as u32) as u16
}

/// The appointments graph laid out for `width` columns: labels give way to their verbs, widest gap first,
/// where the full words would not fit; what still does not fit scrolls.
pub fn layout(graph: &Graph, opts: Options, width: u16) -> Geometry {
    let texts = texts(graph, opts);
    let mut g = layout_in_columns(graph, &columns(graph), &texts, width);
    put_words(graph, &texts, &mut g);
    g
}

/// The appointments graph with the boxes sized by `texts`, each node in its column (`columns`), laid out for
/// `width` columns; the boxes' words are left for `put_words`.
pub fn layout_in_columns(graph: &Graph, column: &[usize], texts: &Texts, width: u16) -> Geometry {
    let (roles_cut, names_short) = (texts.roles_cut, texts.names_short);
    let texts = &texts.boxes;
    let columns_n = column.iter().map(|&c| c + 1).max().unwrap_or(0);
    // Items: boxes, and a pass per column an arrow crosses.
    let mut items: Vec<Item> = Vec::new();
    let mut node_item = vec![0usize; graph.nodes.len()];
    for (n, t) in texts.iter().enumerate() {
        node_item[n] = items.len();
        items.push(Item {
            kind: Kind::Box(n),
            column: column[n],
            width: t.width,
            height: 0,
            y: 0,
        });
    }
    let mut parts: Vec<Part> = Vec::new();
    let end = |item: usize, right: bool| End {
        item,
        right,
        row: 0,
    };
    for (i, e) in graph.edges.iter().enumerate() {
        let (cu, cv) = (column[e.from], column[e.to]);
        if cu == cv {
            parts.push(Part {
                edge: i,
                gap: cu,
                a: end(node_item[e.from], true),
                b: end(node_item[e.to], true),
                track: 0,
            });
            continue;
        }
        let (left, right) = if cu > cv {
            (e.from, e.to)
        } else {
            (e.to, e.from)
        };
        let (cl, cr) = (column[left], column[right]);
        let mut at = node_item[left];
        for c in (cr..cl).rev() {
            let to = if c == cr {
                node_item[right]
            } else {
                items.push(Item {
                    kind: Kind::Pass(i),
                    column: c,
                    width: PASS_W as u32,
                    height: 2,
                    y: 0,
                });
                items.len() - 1
            };
            parts.push(Part {
                edge: i,
                gap: c + 1,
                a: end(at, true),
                b: end(to, false),
                track: 0,
            });
            at = to;
        }
    }
    // Heights: a box has a row for each port on its busier side, ports on alternate rows.
    let mut ports = vec![(0u32, 0u32); items.len()];
    for p in &parts {
        for e in [p.a, p.b] {
            if e.right {
                ports[e.item].1 += 1;
            } else {
                ports[e.item].0 += 1;
            }
        }
    }
    for (k, item) in items.iter_mut().enumerate() {
        if let Kind::Box(n) = item.kind {
            let text = 1 + texts[n].rows;
            let (l, r) = ports[k];
            item.height = text.max(2 * l.max(r)) + 2;
        }
    }
    // Column widths (passes fill theirs).
    let mut col_w = vec![PASS_W as u32; columns_n];
    for item in &items {
        col_w[item.column] = col_w[item.column].max(item.width);
    }
    for item in items.iter_mut() {
        if let Kind::Pass(_) = item.kind {
            item.width = col_w[item.column];
        }
    }
    // Order and stack each column, the right-most by reading order, the others by where they point.
    let rank = reading_order(graph);
    let mut stacks: Vec<Vec<usize>> = vec![Vec::new(); columns_n];
    for (k, item) in items.iter().enumerate() {
        stacks[item.column].push(k);
    }
    let mut right_of: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    for p in &parts {
        if !p.b.right {
            right_of[p.a.item].push(p.b.item);
        }
    }
    #[allow(clippy::needless_range_loop)] // Each column reads the one stacked before it.
    for c in 0..columns_n {
        let mut order: Vec<(u64, usize, usize)> = stacks[c]
            .iter()
            .map(|&k| {
                let tie = match items[k].kind {
                    Kind::Box(n) => rank[n],
                    Kind::Pass(e) => graph.nodes.len() + e,
                };
                let targets = &right_of[k];
                let key = if c == 0 || targets.is_empty() {
                    u64::MAX
                } else {
                    // The highest target: a body choosing for the top court stands level with it, so a
                    // procedure's path runs along the top before the arrows passing by.
                    targets
                        .iter()
                        .map(|&t| 2 * items[t].y as u64 + items[t].height as u64)
                        .min()
                        .unwrap_or(u64::MAX)
                };
                (if c == 0 { tie as u64 } else { key }, tie, k)
            })
            .collect();
        order.sort_unstable();
        let mut y = 0u32;
        stacks[c] = order.into_iter().map(|(_, _, k)| k).collect();
        for &k in &stacks[c] {
            items[k].y = y;
            y += items[k].height + 1;
        }
    }
    // Ports: each side's ends in the order of the rows at their other ends.
    let centre = |items: &[Item], k: usize| 2 * items[k].y as u64 + items[k].height as u64;
    let mut sides: Vec<Vec<(u64, usize, bool)>> = vec![Vec::new(); items.len() * 2];
    for (pi, p) in parts.iter().enumerate() {
        sides[p.a.item * 2 + p.a.right as usize].push((centre(&items, p.b.item), pi, true));
        sides[p.b.item * 2 + p.b.right as usize].push((centre(&items, p.a.item), pi, false));
    }
    for (slot, list) in sides.iter_mut().enumerate() {
        if list.is_empty() {
            continue;
        }
        list.sort_unstable();
        let item = &items[slot / 2];
        let right = slot % 2 == 1;
        let (top, bottom) = match item.kind {
            Kind::Box(_) => (item.y + 1, item.y + item.height - 1),
            Kind::Pass(_) => (item.y, item.y + item.height),
        };
        // Right sides on odd rows, left sides on even rows.
        let rows: Vec<u32> = (top..bottom).filter(|r| (r % 2 == 1) == right).collect();
        let skip = rows.len().saturating_sub(list.len()) / 2;
        for (k, &(_, pi, is_a)) in list.iter().enumerate() {
            let row = rows.get(skip + k).copied().unwrap_or(top);
            let part = &mut parts[pi];
            if is_a {
                part.a.row = row;
            } else {
                part.b.row = row;
            }
        }
    }
    // Tracks, left to right in an order that keeps arrows apart: those rising (and loops) first, the one
    // starting higher further left; then those falling, the one starting higher further right. Two runs
    // in that order never cross on their turns; each takes the left-most track right of every earlier run
    // it overlaps (a track is shared only by runs at least a row apart), so the order holds.
    let mut tracks_of = vec![0u32; columns_n];
    let mut by_gap: Vec<Vec<usize>> = vec![Vec::new(); columns_n];
    for (pi, p) in parts.iter().enumerate() {
        by_gap[p.gap].push(pi);
    }
    for (gap, list) in by_gap.iter_mut().enumerate() {
        let span = |p: &Part| (p.a.row.min(p.b.row), p.a.row.max(p.b.row));
        let key = |p: &Part| {
            let falling = !p.b.right && p.b.row > p.a.row;
            if falling {
                (1, u32::MAX - p.a.row)
            } else {
                (0, p.a.row)
            }
        };
        list.sort_by_key(|&pi| (key(&parts[pi]), pi));
        let mut placed: Vec<(u32, u32, u32)> = Vec::new();
        for &pi in list.iter() {
            let (lo, hi) = span(&parts[pi]);
            let t = placed
                .iter()
                .filter(|&&(l, h, _)| !(h + 2 <= lo || hi + 2 <= l))
                .map(|&(_, _, t)| t + 1)
                .max()
                .unwrap_or(0);
            placed.push((lo, hi, t));
            parts[pi].track = t;
        }
        tracks_of[gap] = placed.iter().map(|&(_, _, t)| t + 1).max().unwrap_or(0);
    }
    // Labels: on the level run leaving the left column, in the gap next to the arrow's left end.
    let label_part: Vec<Option<usize>> = {
        let mut first: Vec<Option<usize>> = vec![None; graph.edges.len()];
        for (pi, p) in parts.iter().enumerate() {
            let here = first[p.edge].is_none_or(|q| parts[q].gap < p.gap);
            let loop_source = p.a.right && p.b.right;
            if loop_source || here {
                first[p.edge] = Some(pi);
            }
        }
        first
    };
    let full_w = |e: usize| graph.edges[e].label_width.min(LABEL_CAP) as u32;
    let short_w = |e: usize| graph.edges[e].short_width.min(LABEL_CAP) as u32;
    let mut full = vec![true; columns_n];
    let area = |gap: usize, full: &[bool]| -> u32 {
        label_part
            .iter()
            .enumerate()
            .filter_map(|(e, p)| p.map(|p| (e, p)))
            .filter(|&(_, p)| parts[p].gap == gap)
            .map(|(e, _)| if full[gap] { full_w(e) } else { short_w(e) } + 2)
            .max()
            .unwrap_or(0)
    };
    // A label needs the tracks clear of its cells only where they cross its row: its own track, and those of
    // the runs passing its row, so the tracks start as far left as the labels allow (each label part's
    // lowest such track, found once).
    let mut lowest_track: Vec<u32> = vec![0; parts.len()];
    for &pi in label_part.iter().flatten() {
        let (gap, row) = (parts[pi].gap, parts[pi].a.row);
        lowest_track[pi] = by_gap[gap]
            .iter()
            .map(|&q| &parts[q])
            .filter(|q| q.a.row.min(q.b.row) <= row && row <= q.a.row.max(q.b.row))
            .map(|q| q.track)
            .min()
            .unwrap_or(0);
    }
    let shift = |gap: usize, full: &[bool]| -> u32 {
        label_part
            .iter()
            .enumerate()
            .filter_map(|(e, p)| p.map(|p| (e, p)))
            .filter(|&(_, p)| parts[p].gap == gap)
            .map(|(e, p)| {
                let area = if full[gap] { full_w(e) } else { short_w(e) } + 2;
                area.saturating_sub(lowest_track[p])
            })
            .max()
            .unwrap_or(0)
            .max(1)
    };
    // `tight`: the last track of a gap just before the arrowheads, where nothing else makes room.
    let gap_w = |gap: usize, full: &[bool], tight: bool| -> u32 {
        let a = shift(gap, full);
        let t = tracks_of[gap];
        if gap == 0 {
            return if t == 0 { 0 } else { a + t + 2 };
        }
        (a + t + if tight { 2 } else { 3 }).max(MIN_GAP)
    };
    let total = |full: &[bool], tight: bool| -> u32 {
        (0..columns_n)
            .map(|c| col_w[c] + gap_w(c, full, tight))
            .sum()
    };
    let mut tight = false;
    while total(&full, tight) > width as u32 {
        let widest = (0..columns_n)
            .filter(|&g| full[g])
            .max_by_key(|&g| (area(g, &full), std::cmp::Reverse(g)));
        match widest {
            Some(g) if area(g, &full) > 0 => full[g] = false,
            _ if !tight => tight = true,
            _ => break,
        }
    }
    // Columns from the left: the left-most (highest number) at 0.
    let mut col_x = vec![0u32; columns_n];
    let mut x = 0u32;
    for c in (0..columns_n).rev() {
        col_x[c] = x;
        x += col_w[c] + gap_w(c, &full, tight);
    }
    let track_x = |p: &Part| col_x[p.gap] + col_w[p.gap] + 1 + shift(p.gap, &full) + p.track;
    let mut g = Geometry::empty(roles_cut, names_short);
    g.width = clamp(x);
    g.height = clamp(items.iter().map(|i| i.y + i.height).max().unwrap_or(0));
    for n in 0..texts.len() {
        let item = &items[node_item[n]];
        g.boxes.push(BoxGeom {
            node: n,
            rect: Rect::new(
                clamp(col_x[item.column]),
                clamp(item.y),
                clamp(item.width),
                clamp(item.height),
            ),
            label: String::new(),
            lines: Vec::new(),
        });
    }
    // Each arrow's points, left to right, then turned to run from its source.
    let mut paths: Vec<Vec<(u32, u32)>> = vec![Vec::new(); graph.edges.len()];
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&pi| (parts[pi].edge, std::cmp::Reverse(parts[pi].gap)));
    for pi in order {
        let p = &parts[pi];
        let tx = track_x(p);
        let out = |e: End| {
            let item = &items[e.item];
            (col_x[item.column] + item.width, e.row)
        };
        let path = &mut paths[p.edge];
        if p.b.right {
            let (a, b) = (out(p.a), out(p.b));
            path.extend([a, (tx, a.1), (tx, b.1), b]);
            continue;
        }
        let a = out(p.a);
        let right_item = &items[p.b.item];
        let into = (col_x[right_item.column].saturating_sub(1), p.b.row);
        if let Kind::Pass(_) = items[p.a.item].kind {
            // Through the pass: in at its left, down or up in its middle, out at its right.
            let pass = &items[p.a.item];
            let mid = col_x[pass.column] + pass.width / 2;
            if let Some(&(_, in_row)) = path.last() {
                path.extend([(mid, in_row), (mid, a.1)]);
            }
        }
        path.extend([a, (tx, a.1), (tx, into.1), into]);
    }
    let mut cut = 0usize;
    for (i, e) in graph.edges.iter().enumerate() {
        let mut points: Vec<(u16, u16)> = paths[i]
            .iter()
            .map(|&(x, y)| (clamp(x), clamp(y)))
            .collect();
        points.dedup();
        let (cu, cv) = (column[e.from], column[e.to]);
        let head_right = cu > cv;
        if !head_right && cu != cv {
            points.reverse();
        }
        let label = label_part[i].map(|pi| {
            let p = &parts[pi];
            let shown = if full[p.gap] { &e.label } else { &e.short };
            let text = truncate(shown, LABEL_CAP as usize);
            if full[p.gap] {
                cut += e.label_width.saturating_sub(LABEL_CAP) as usize;
            } else {
                cut += 1;
            }
            let x = col_x[p.gap] + col_w[p.gap] + 2;
            (clamp(x), clamp(p.a.row), text)
        });
        g.edges.push(EdgeGeom {
            edge: i,
            from: e.from,
            to: e.to,
            points,
            head_right,
            label,
        });
    }
    g.cut = cut;
    g
}

/// What the search over detail levels needs of the layout.
pub fn measure(graph: &Graph, opts: Options, width: u16) -> Measure {
    measured(&layout(graph, opts, width))
}

/// What every level of one graph's layout has in common, for bounding a level's size before laying it out:
/// each node's column, the least width of the gaps between the columns, and the least cut from the labels.
pub struct Least {
    pub column: Vec<usize>,
    gaps: u32,
    cut: usize,
}

impl Least {
    pub fn new(graph: &Graph) -> Least {
        let column = columns(graph);
        let columns_n = column.iter().map(|&c| c + 1).max().unwrap_or(0);
        // Per gap (the one right of each column): whether an arrow runs in it, and its widest label shortened.
        let mut crossed = vec![false; columns_n];
        let mut label = vec![0u32; columns_n];
        let mut cut = 0;
        for e in &graph.edges {
            let (cu, cv) = (column[e.from], column[e.to]);
            let (left, right) = (cu.max(cv), cu.min(cv));
            // A loop runs in its column's gap; any other arrow in each gap from its right end's to its left's.
            let first = if cu == cv { left } else { right + 1 };
            for c in &mut crossed[first..=left] {
                *c = true;
            }
            // Its label sits in the gap by its left end, full or shortened, and loses a column whichever it is
            // when the full one is over the cap.
            let shortest = e.label_width.min(e.short_width).min(LABEL_CAP) as u32;
            label[left] = label[left].max(shortest);
            cut += usize::from(e.label_width > LABEL_CAP);
        }
        // As `layout_in_columns` sizes a gap: its labels' room, shifted right at most as far as its tracks
        // reach (so at least the label, one track and the columns around it), and never under the least gap.
        let gaps = (0..columns_n)
            .map(|g| {
                let arrows = if crossed[g] { (label[g] + 5).max(4) } else { 0 };
                if g == 0 { arrows } else { arrows.max(MIN_GAP) }
            })
            .sum();
        Least { column, gaps, cut }
    }

    /// A size no layout of `texts` comes out smaller than, with the words it loses: each column's boxes stacked
    /// on their text alone (no rows for ports, no passes), each column as wide as its widest box, and the gaps
    /// at their least. A level that cannot win even at this size need not be laid out.
    pub fn measure(&self, texts: &Texts) -> Measure {
        let columns_n = self.column.iter().map(|&c| c + 1).max().unwrap_or(0);
        let mut height = vec![0u32; columns_n];
        let mut width = vec![PASS_W as u32; columns_n];
        for (t, &c) in texts.boxes.iter().zip(&self.column) {
            // As `layout_in_columns` stacks a box: its text's rows and borders, then a row before the next.
            height[c] += 1 + t.rows + 2 + 1;
            width[c] = width[c].max(t.width);
        }
        Measure {
            width: clamp(width.iter().sum::<u32>() + self.gaps),
            height: clamp(height.iter().max().map_or(0, |h| h.saturating_sub(1))),
            cut: self.cut,
            roles_cut: texts.roles_cut,
            names_short: texts.names_short,
        }
    }
}

/// The size of a laid-out appointments graph, as the detail search compares levels.
pub fn measured(g: &Geometry) -> Measure {
    Measure {
        width: g.width,
        height: g.height,
        cut: g.cut,
        roles_cut: g.roles_cut,
        names_short: g.names_short,
    }
}
