//! Where each box, arrow and label of the diagram goes, in diagram coordinates (0,0 at its top-left).
//! The appeal chain is laid out in rows, highest level at the top, each row's boxes centred on one axis;
//! bodies outside the chain stand in a column of their own, to the right or below, behind a dotted rule.

use super::graph::{Graph, StubSource};
use super::state::DiagramView;
use crate::text::{Overlong, truncate, wrap};
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

/// Choices that trade detail for room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Lines of each body's role shown inside its box, under its label.
    pub role_lines: u16,
    /// Widest a role line may make a box (text columns).
    pub role_cap: u16,
    /// The bodies outside the chain go to the right of it (else below).
    pub apart_right: bool,
}

/// Which side of its box a stub is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
    /// A box between others in its row: the stub is a line inside it.
    Inside,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BoxGeom {
    pub node: usize,
    pub rect: Rect,
    /// Text lines under the label (the role, and stubs drawn inside), cut to the box when drawn.
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StubGeom {
    pub node: usize,
    pub source: StubSource,
    pub side: Side,
    pub inward: bool,
    pub y: u16,
    /// The line, from the box's side outwards: first and last column.
    pub line: (u16, u16),
    /// Where the arrowhead goes.
    pub head: u16,
    pub label_x: u16,
    pub label: String,
}

/// An appeal arrow: a polyline whose last point is the arrowhead, under the higher court.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkGeom {
    pub from: usize,
    pub to: usize,
    pub points: Vec<(u16, u16)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    Heading,
    Appeal,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub x: u16,
    pub y: u16,
    pub text: String,
    pub kind: NoteKind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    pub width: u16,
    pub height: u16,
    pub boxes: Vec<BoxGeom>,
    pub stubs: Vec<StubGeom>,
    pub links: Vec<LinkGeom>,
    pub notes: Vec<Note>,
    /// The dotted rule between the chain and the bodies apart from it.
    pub rule: Option<((u16, u16), (u16, u16))>,
    /// Columns cut from stub labels to make them fit: a measure of what was lost.
    pub cut: usize,
}

impl Geometry {
    pub fn box_of(&self, node: usize) -> Option<&BoxGeom> {
        self.boxes.iter().find(|b| b.node == node)
    }
}

const ROW_GAP: u16 = 2;
const BOX_GAP: u16 = 4;
/// " ──▶": the space and shortest arrow between a stub's label and its box.
const STUB_ARROW: u16 = 4;
/// "  ┆  ": the dotted rule and the space around it.
const RULE: u16 = 5;
const MIN_LABEL: u16 = 6;

fn w(text: &str) -> u16 {
    text.width().min(u16::MAX as usize) as u16
}

pub fn heading(view: DiagramView) -> &'static str {
    match view {
        DiagramView::Courts => "Outside the appeal chain",
        DiagramView::Appointments => "Councils and others",
    }
}

/// The side each node's stubs go on.
fn sides(graph: &Graph) -> Vec<Side> {
    let mut sides = vec![Side::Right; graph.nodes.len()];
    for row in &graph.rows {
        for (k, &n) in row.iter().enumerate() {
            sides[n] = match k {
                0 => Side::Left,
                k if k + 1 == row.len() => Side::Right,
                _ => Side::Inside,
            };
        }
    }
    sides
}

struct Sizes {
    /// Per node: box width and height.
    size: Vec<(u16, u16)>,
    lines: Vec<Vec<String>>,
    sides: Vec<Side>,
}

fn sizes(graph: &Graph, opts: Options) -> Sizes {
    let sides = sides(graph);
    let sized = sized(graph, opts, &sides);
    // Courts alone in their row share one width, so the chain reads as a ladder.
    let ladder = graph
        .rows
        .iter()
        .filter(|r| r.len() == 1)
        .map(|r| sized.0[r[0]].0)
        .max()
        .unwrap_or(0);
    let mut size = sized.0;
    for row in graph.rows.iter().filter(|r| r.len() == 1) {
        size[row[0]].0 = ladder;
    }
    Sizes {
        size,
        lines: sized.1,
        sides,
    }
}

type Sized = (Vec<(u16, u16)>, Vec<Vec<String>>);

fn sized(graph: &Graph, opts: Options, sides: &[Side]) -> Sized {
    let mut size = Vec::new();
    let mut all_lines = Vec::new();
    for (n, node) in graph.nodes.iter().enumerate() {
        let label_w = node.label_width + 2;
        let role_w = if opts.role_lines > 0 {
            node.role_width.min(opts.role_cap)
        } else {
            0
        };
        let text_w = label_w.max(role_w);
        let mut lines = Vec::new();
        if opts.role_lines > 0 && node.role_width <= text_w {
            lines.push(node.role.clone());
        } else if opts.role_lines > 0 {
            let mut wrapped = wrap(&node.role, text_w as usize, Overlong::Cut);
            if wrapped.len() > opts.role_lines as usize {
                // The last line shown ends with "…": the panel has the whole role.
                let rest = wrapped[opts.role_lines as usize - 1..].join(" ");
                wrapped.truncate(opts.role_lines as usize - 1);
                wrapped.push(rest);
            }
            lines.extend(wrapped);
        }
        let outside = if sides[n] == Side::Inside {
            for stub in &node.stubs {
                lines.push(format!("▸ {}", stub.text));
            }
            0
        } else {
            node.stubs.len() as u16
        };
        let inner_h = (1 + lines.len() as u16).max(outside);
        size.push((text_w + 4, inner_h + 2));
        all_lines.push(lines);
    }
    (size, all_lines)
}

/// Natural widths of the three label columns: left of the chain, right of the chain, right of the bodies apart.
fn natural_labels(graph: &Graph, sides: &[Side]) -> [u16; 3] {
    let mut cols = [0u16; 3];
    for (n, node) in graph.nodes.iter().enumerate() {
        let col = if graph.apart.contains(&n) {
            2
        } else {
            match sides[n] {
                Side::Left => 0,
                Side::Right => 1,
                Side::Inside => continue,
            }
        };
        for stub in &node.stubs {
            cols[col] = cols[col].max(stub.width);
        }
    }
    cols
}

/// Shrinks the widest columns first until they fit in `room`, none below `MIN_LABEL` (or its natural width).
fn squeeze(natural: &[u16], room: u16) -> Vec<u16> {
    let total: u32 = natural.iter().map(|&c| c as u32).sum();
    if total <= room as u32 {
        return natural.to_vec();
    }
    let mut cap = natural.iter().copied().max().unwrap_or(0);
    while cap > MIN_LABEL {
        let used: u32 = natural.iter().map(|&c| c.min(cap) as u32).sum();
        if used <= room as u32 {
            break;
        }
        cap -= 1;
    }
    natural.iter().map(|&c| c.min(cap)).collect()
}

/// Lays out `graph` to fit `width` columns where it can (labels are cut first; what still does not fit scrolls).
pub fn layout(graph: &Graph, view: DiagramView, opts: Options, width: u16) -> Geometry {
    let Sizes { size, lines, sides } = sizes(graph, opts);
    let natural = natural_labels(graph, &sides);
    let arrow = |label: u16| if label > 0 { label + STUB_ARROW } else { 0 };
    let has_apart = !graph.apart.is_empty();
    let has_chain = !graph.rows.is_empty();

    // Skip-level appeals run up a channel right of the chain.
    let row_of = |n: usize| graph.rows.iter().position(|r| r.contains(&n));
    let skips: Vec<usize> = graph
        .appeals
        .iter()
        .enumerate()
        .filter(|&(_, &(a, b))| match (row_of(a), row_of(b)) {
            (Some(ra), Some(rb)) => rb + 1 != ra,
            _ => false,
        })
        .map(|(i, _)| i)
        .collect();
    let channels = if skips.is_empty() {
        0
    } else {
        skips.len() as u16 * 2 + 1
    };
    let core_w = graph
        .rows
        .iter()
        .map(|row| row.iter().map(|&n| size[n].0).sum::<u16>() + BOX_GAP * (row.len() as u16 - 1))
        .max()
        .unwrap_or(0);
    let apart_w = graph.apart.iter().map(|&n| size[n].0).max().unwrap_or(0);

    // Label columns get what the boxes leave.
    let cols = if opts.apart_right || !has_apart {
        let fixed = core_w
            + channels
            + STUB_ARROW * (natural[0] > 0) as u16
            + STUB_ARROW * (natural[1] > 0) as u16
            + if has_apart {
                RULE + apart_w + STUB_ARROW * (natural[2] > 0) as u16
            } else {
                0
            };
        let room = width.saturating_sub(fixed);
        let s = squeeze(&natural, room);
        [s[0], s[1], s[2]]
    } else {
        let fixed = core_w + channels + STUB_ARROW * (natural[0] > 0) as u16;
        let fixed = fixed + STUB_ARROW * (natural[1] > 0) as u16;
        let s = squeeze(&natural[..2], width.saturating_sub(fixed));
        let apart_room = width.saturating_sub(apart_w + STUB_ARROW);
        [s[0], s[1], natural[2].min(apart_room.max(MIN_LABEL))]
    };

    let mut g = Geometry {
        width: 0,
        height: 0,
        boxes: Vec::new(),
        stubs: Vec::new(),
        links: Vec::new(),
        notes: Vec::new(),
        rule: None,
        cut: 0,
    };

    // The chain, row by row.
    let core_x = arrow(cols[0]);
    let axis = core_x + core_w / 2;
    let mut rects: Vec<Option<Rect>> = vec![None; graph.nodes.len()];
    let ends_here = |r: usize| skips.iter().any(|&i| row_of(graph.appeals[i].1) == Some(r));
    let mut y = 0u16;
    let mut row_bottoms = Vec::new();
    for (r, row) in graph.rows.iter().enumerate() {
        let row_w: u16 =
            row.iter().map(|&n| size[n].0).sum::<u16>() + BOX_GAP * (row.len() as u16 - 1);
        let mut x = if row.len() == 1 {
            axis.saturating_sub(size[row[0]].0 / 2)
        } else {
            core_x + (core_w - row_w) / 2
        };
        let mut row_h = 0;
        for &n in row {
            rects[n] = Some(Rect::new(x, y, size[n].0, size[n].1));
            x += size[n].0 + BOX_GAP;
            row_h = row_h.max(size[n].1);
        }
        row_bottoms.push(y + row_h);
        y += row_h;
        if r + 1 < graph.rows.len() {
            y += ROW_GAP + ends_here(r) as u16;
        }
    }
    let chain_h = y;
    let chain_right = core_x + core_w + channels;
    let right_labels_x = chain_right + STUB_ARROW;
    let chain_w = if cols[1] > 0 {
        right_labels_x + cols[1]
    } else {
        chain_right
    };

    // The bodies apart, in a column.
    let (apart_x, mut apart_y) = if opts.apart_right {
        let rule_x = chain_w + RULE / 2;
        let x = if has_chain { chain_w + RULE } else { 0 };
        if has_chain && has_apart {
            g.rule = Some(((rule_x, 0), (rule_x, 0)));
        }
        (x, 0)
    } else {
        let y = if has_chain { chain_h + 1 } else { 0 };
        (0, y)
    };
    if has_apart {
        g.notes.push(Note {
            x: apart_x,
            y: apart_y,
            text: heading(view).to_string(),
            kind: NoteKind::Heading,
        });
        apart_y += 1;
        for &n in &graph.apart {
            rects[n] = Some(Rect::new(apart_x, apart_y, size[n].0, size[n].1));
            apart_y += size[n].1 + 1;
        }
        apart_y -= 1;
    }
    let apart_labels_x = apart_x + apart_w + STUB_ARROW;
    let apart_right = if cols[2] > 0 {
        apart_labels_x + cols[2]
    } else {
        apart_x + apart_w
    };
    // The heading is cut to the column rather than widen the diagram.
    if opts.apart_right
        && let Some(note) = g.notes.iter_mut().find(|n| n.kind == NoteKind::Heading)
    {
        let room = apart_right.saturating_sub(apart_x).max(apart_w);
        note.text = truncate(&note.text, room as usize);
    }
    g.width = chain_w.max(if has_apart { apart_right } else { 0 });
    g.height = chain_h.max(if has_apart { apart_y } else { 0 });
    if let Some(((x, _), _)) = g.rule {
        g.rule = Some(((x, 0), (x, g.height.saturating_sub(1))));
    } else if has_chain && has_apart {
        // Below the chain: the rule runs across, the heading sits on it.
        let ry = chain_h + 1;
        if let Some(note) = g.notes.last_mut() {
            note.x = 2;
        }
        g.rule = Some(((0, ry), (g.width.saturating_sub(1), ry)));
    }

    for (n, rect) in rects.iter().enumerate() {
        if let Some(rect) = *rect {
            g.boxes.push(BoxGeom {
                node: n,
                rect,
                lines: lines[n].clone(),
            });
        }
    }

    // Stubs beside their boxes.
    for (n, node) in graph.nodes.iter().enumerate() {
        let Some(rect) = rects[n] else { continue };
        let (side, col, labels_x) = if graph.apart.contains(&n) {
            (Side::Right, cols[2], apart_labels_x)
        } else {
            match sides[n] {
                Side::Left => (Side::Left, cols[0], 0),
                Side::Right => (Side::Right, cols[1], right_labels_x),
                Side::Inside => continue,
            }
        };
        for (k, stub) in node.stubs.iter().enumerate() {
            let y = rect.y + 1 + k as u16;
            let cut = stub.width.saturating_sub(col);
            let label = if cut > 0 {
                truncate(&stub.text, col as usize)
            } else {
                stub.text.clone()
            };
            g.cut += cut as usize;
            // Labels stand left of a box on the left side and right of it otherwise; the line runs between.
            let (line, label_x) = match side {
                Side::Left => (
                    (rect.x.saturating_sub(1), cols[0] + 1),
                    cols[0].saturating_sub(stub.width.min(col)),
                ),
                _ => ((rect.right(), labels_x.saturating_sub(2)), labels_x),
            };
            let geom = StubGeom {
                node: n,
                source: stub.source,
                side,
                inward: stub.inward,
                y,
                head: if stub.inward { line.0 } else { line.1 },
                line,
                label_x,
                label,
            };
            g.stubs.push(geom);
        }
    }

    // Appeals: up from the top of the lower court to an arrowhead under the higher one.
    let mut channel = 0u16;
    for (i, &(a, b)) in graph.appeals.iter().enumerate() {
        let (Some(ra), Some(rb)) = (rects[a], rects[b]) else {
            continue;
        };
        let sx = ra.x + ra.width / 2;
        let tx = rb.x + rb.width / 2;
        let exit = ra.y.saturating_sub(1);
        let head = rb.bottom();
        let points = if skips.contains(&i) {
            let cx = core_x + core_w + 1 + channel * 2;
            channel += 1;
            let row_b = row_of(b).unwrap_or(0);
            let across = row_bottoms[row_b] + 1;
            vec![
                (sx, ra.y),
                (sx, exit),
                (cx, exit),
                (cx, across),
                (tx, across),
                (tx, head),
            ]
        } else {
            if sx == tx && exit > head {
                let text = "appeal";
                let x = sx + 2;
                let single = |n: usize| {
                    graph
                        .rows
                        .iter()
                        .find(|r| r.contains(&n))
                        .is_some_and(|r| r.len() == 1)
                };
                if single(a) && single(b) && x + w(text) <= core_x + core_w {
                    g.notes.push(Note {
                        x,
                        y: exit,
                        text: text.to_string(),
                        kind: NoteKind::Appeal,
                    });
                }
            }
            vec![(sx, ra.y), (sx, exit), (tx, exit), (tx, head)]
        };
        g.links.push(LinkGeom {
            from: a,
            to: b,
            points,
        });
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squeeze_cuts_the_widest_first() {
        assert_eq!(squeeze(&[10, 30, 0], 50), vec![10, 30, 0]);
        assert_eq!(squeeze(&[10, 30, 20], 44), vec![10, 17, 17]);
        assert_eq!(squeeze(&[10, 30], 4), vec![6, 6]);
    }
}
