//! Where each box, arrow and label of the diagram goes, in diagram coordinates (0,0 at its top-left).
//! The appeal chain is laid out in rows, highest level at the top, each row's boxes centred on one axis;
//! bodies outside the chain stand in a column of their own, to the right or below, behind a dotted rule.

use super::graph::{Graph, StubSource};
pub use super::lanes::Side;
use super::lanes::{self, Placement};
use super::tracks::{self, Tracks};
use crate::text::{Overlong, truncate, wrap};
use ratatui::layout::Rect;

/// Choices that trade detail for room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Lines of each body's role shown inside its box, under its label.
    pub role_lines: u16,
    /// Widest a role line may make a box (text columns).
    pub role_cap: u16,
    /// Widest a full name may make a box; a name wider than this (and than the box) gives way to the short label.
    pub name_cap: u16,
    /// The bodies outside the chain go to the right of it (else below).
    pub apart_right: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BoxGeom {
    pub node: usize,
    pub rect: Rect,
    /// The full name where it fits, else the short label.
    pub label: String,
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

/// An arrow of the appointments view: a polyline from the side of the body that chooses to the arrowhead at
/// the side of the body chosen (or of the next body in a procedure).
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeGeom {
    /// Index into `graph.edges`.
    pub edge: usize,
    pub from: usize,
    pub to: usize,
    /// The cells the line turns at, first to last; the last is the arrowhead's cell.
    pub points: Vec<(u16, u16)>,
    /// The arrowhead points right (into a box's left side), else left (into its right side).
    pub head_right: bool,
    /// The words drawn on the arrow's level run, if any: (column, row, text).
    pub label: Option<(u16, u16, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    Heading,
    Appeal,
    /// A branch's name over its lane.
    Lane,
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
    /// The appointments view's arrows; none in the appeals view.
    pub edges: Vec<EdgeGeom>,
    pub notes: Vec<Note>,
    /// The dotted rule between the chain and the bodies apart from it.
    pub rule: Option<((u16, u16), (u16, u16))>,
    /// Columns cut from stub labels to make them fit: a measure of what was lost.
    pub cut: usize,
    /// Boxes whose role does not fit in its lines, and boxes shown by a short label for want of room.
    pub roles_cut: usize,
    pub names_short: usize,
}

impl Geometry {
    pub fn box_of(&self, node: usize) -> Option<&BoxGeom> {
        self.boxes.iter().find(|b| b.node == node)
    }

    /// The cells an appeal's line runs through, its arrowhead included, in order.
    pub fn link_cells(&self, link: usize) -> Vec<(u16, u16)> {
        let mut cells = Vec::new();
        let Some(link) = self.links.get(link) else {
            return cells;
        };
        // Segments meet end to start, so a repeated cell is always the one just pushed.
        let mut push = |cell: (u16, u16)| {
            if cells.last() != Some(&cell) {
                cells.push(cell);
            }
        };
        for pair in link.points.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            if y0 == y1 {
                (x0.min(x1)..=x0.max(x1)).for_each(|x| push((x, y0)));
            } else if x0 == x1 {
                (y0.min(y1)..=y0.max(y1)).for_each(|y| push((x0, y)));
            }
        }
        cells
    }

    /// The cells an appointments arrow's line runs through, its arrowhead included, in order.
    pub fn edge_cells(&self, edge: usize) -> Vec<(u16, u16)> {
        let mut cells: Vec<(u16, u16)> = Vec::new();
        let Some(edge) = self.edges.get(edge) else {
            return cells;
        };
        for pair in edge.points.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            let run: Vec<(u16, u16)> = if y0 == y1 {
                let xs: Vec<u16> = if x0 <= x1 {
                    (x0..=x1).collect()
                } else {
                    (x1..=x0).rev().collect()
                };
                xs.into_iter().map(|x| (x, y0)).collect()
            } else {
                let ys: Vec<u16> = if y0 <= y1 {
                    (y0..=y1).collect()
                } else {
                    (y1..=y0).rev().collect()
                };
                ys.into_iter().map(|y| (x0, y)).collect()
            };
            for cell in run {
                if cells.last() != Some(&cell) {
                    cells.push(cell);
                }
            }
        }
        cells
    }

    /// The cells a stub's line and arrowhead take.
    pub fn stub_cells(stub: &StubGeom) -> impl Iterator<Item = (u16, u16)> + '_ {
        let (a, b) = (stub.line.0.min(stub.line.1), stub.line.0.max(stub.line.1));
        (a..=b).map(move |x| (x, stub.y))
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
    crate::text::width(text).min(u16::MAX as usize) as u16
}

/// The side each node's stubs go on.
fn sides(graph: &Graph) -> Vec<Side> {
    if graph.has_lanes() {
        return lanes::sides(graph);
    }
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
    labels: Vec<String>,
    roles_cut: usize,
    names_short: usize,
}

/// Each role wrapped at each width asked, kept across the detail levels tried for one layout of the appeals
/// view. Per node, the few widths asked so far are searched in turn: cheaper than hashing each question.
#[derive(Debug, Default)]
pub struct Wraps {
    roles: Vec<Vec<(u16, Vec<String>)>>,
}

/// Node `n`'s `text` wrapped at `width`, from `kept` if it was asked before, else wrapped and kept.
fn kept_wrap<'a>(
    kept: &'a mut Vec<Vec<(u16, Vec<String>)>>,
    n: usize,
    text: &str,
    width: u16,
) -> &'a [String] {
    if kept.len() <= n {
        kept.resize_with(n + 1, Vec::new);
    }
    let widths = &mut kept[n];
    let at = match widths.iter().position(|(w, _)| *w == width) {
        Some(at) => at,
        None => {
            widths.push((width, wrap(text, width as usize, Overlong::Cut)));
            widths.len() - 1
        }
    };
    &widths[at].1
}

impl Wraps {
    pub(super) fn role(&mut self, n: usize, role: &str, width: u16) -> &[String] {
        kept_wrap(&mut self.roles, n, role, width)
    }
}

fn sizes(graph: &Graph, opts: Options, wraps: &mut Wraps, keep: bool) -> Sizes {
    let sides = sides(graph);
    let sized = sized(graph, opts, &sides, wraps, keep);
    if graph.has_lanes() {
        let mut size = sized.size;
        lanes::ladder(graph, &mut size);
        return Sizes { size, ..sized };
    }
    // Courts alone in their row share one width, so the chain reads as a ladder.
    let ladder = graph
        .rows
        .iter()
        .filter(|r| r.len() == 1)
        .map(|r| sized.size[r[0]].0)
        .max()
        .unwrap_or(0);
    let mut size = sized.size;
    for row in graph.rows.iter().filter(|r| r.len() == 1) {
        size[row[0]].0 = ladder;
    }
    Sizes { size, ..sized }
}

/// Each box's size, text lines and label: the full name where the detail level leaves room for it. Without
/// `keep` (measuring only) the lines and labels are counted, not made.
fn sized(graph: &Graph, opts: Options, sides: &[Side], wraps: &mut Wraps, keep: bool) -> Sizes {
    let mut out = Sizes {
        size: Vec::new(),
        lines: Vec::new(),
        sides: sides.to_vec(),
        labels: Vec::new(),
        roles_cut: 0,
        names_short: 0,
    };
    for (n, node) in graph.nodes.iter().enumerate() {
        let role_w = if opts.role_lines > 0 {
            node.role_width.min(opts.role_cap)
        } else {
            0
        };
        let full = node.name_width + 2 <= opts.name_cap.max(role_w).max(node.label_width + 2);
        let (label, label_w) = if full {
            (&node.name, node.name_width + 2)
        } else {
            out.names_short += 1;
            (&node.label, node.label_width + 2)
        };
        let text_w = label_w.max(role_w);
        let mut lines = Vec::new();
        let mut count = 0usize;
        if opts.role_lines > 0 && node.role_width <= text_w {
            count = 1;
            if keep {
                lines.push(node.role.clone());
            }
        } else if opts.role_lines > 0 {
            let shown = opts.role_lines as usize;
            let wrapped = wraps.role(n, &node.role, text_w);
            count = wrapped.len().min(shown);
            if wrapped.len() > shown {
                out.roles_cut += 1;
            }
            if keep && wrapped.len() > shown {
                // The last line shown ends with "…": the panel has the whole role.
                lines.extend(wrapped[..shown - 1].iter().cloned());
                lines.push(wrapped[shown - 1..].join(" "));
            } else if keep {
                lines.extend(wrapped.iter().cloned());
            }
        }
        let outside = if sides[n] == Side::Inside {
            count += node.stubs.len();
            if keep {
                for stub in &node.stubs {
                    lines.push(format!("▸ {}", stub.text));
                }
            }
            0
        } else {
            node.stubs.len() as u16
        };
        let inner_h = (1 + count.min(u16::MAX as usize - 3) as u16).max(outside);
        out.size.push((text_w + 4, inner_h + 2));
        out.lines.push(lines);
        out.labels
            .push(if keep { label.clone() } else { String::new() });
    }
    out
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

/// What the search over detail levels needs of a layout: its size and what it loses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measure {
    pub width: u16,
    pub height: u16,
    pub cut: usize,
    pub roles_cut: usize,
    pub names_short: usize,
}

/// The box texts a layout shows, and what they lose.
struct Texts {
    lines: Vec<Vec<String>>,
    labels: Vec<String>,
    roles_cut: usize,
    names_short: usize,
}

/// The size of `graph` laid out as `layout` would, without placing its labels or routing its arrows.
pub fn measure(graph: &Graph, opts: Options, width: u16, wraps: &mut Wraps) -> Measure {
    let (plan, texts) = Plan::new(graph, opts, width, wraps, false);
    let mut g = Geometry::empty(texts.roles_cut, texts.names_short);
    let mut rects: Vec<Option<Rect>> = vec![None; graph.nodes.len()];
    let chain = plan.place_chain(&mut rects, &mut g);
    let apart = plan.place_apart(opts, &chain, &mut rects, &mut g);
    plan.frame(&chain, &apart, &mut g);
    Measure {
        width: g.width,
        height: g.height,
        cut: plan.cut(),
        roles_cut: texts.roles_cut,
        names_short: texts.names_short,
    }
}

/// Lays out `graph` to fit `width` columns where it can (labels are cut first; what still does not fit scrolls).
pub fn layout(graph: &Graph, opts: Options, width: u16) -> Geometry {
    layout_with(graph, opts, width, &mut Wraps::default())
}

/// `layout`, with the roles wrapped so far.
pub fn layout_with(graph: &Graph, opts: Options, width: u16, wraps: &mut Wraps) -> Geometry {
    let (plan, texts) = Plan::new(graph, opts, width, wraps, true);
    let Texts { lines, labels, .. } = texts;
    let mut g = Geometry::empty(texts.roles_cut, texts.names_short);
    let mut rects: Vec<Option<Rect>> = vec![None; graph.nodes.len()];
    let chain = plan.place_chain(&mut rects, &mut g);
    let apart = plan.place_apart(opts, &chain, &mut rects, &mut g);
    plan.frame(&chain, &apart, &mut g);
    for ((n, rect), (label, lines)) in rects.iter().enumerate().zip(labels.into_iter().zip(lines)) {
        if let Some(rect) = *rect {
            g.boxes.push(BoxGeom {
                node: n,
                rect,
                label,
                lines,
            });
        }
    }
    plan.place_stubs(&rects, chain.right_labels_x, apart.labels_x, &mut g);
    plan.route_appeals(&rects, &chain.row_bottoms, &mut g);
    g
}

impl Geometry {
    /// A geometry with nothing placed yet.
    pub fn empty(roles_cut: usize, names_short: usize) -> Geometry {
        Geometry {
            width: 0,
            height: 0,
            boxes: Vec::new(),
            stubs: Vec::new(),
            links: Vec::new(),
            edges: Vec::new(),
            notes: Vec::new(),
            rule: None,
            cut: 0,
            roles_cut,
            names_short,
        }
    }
}

impl<'a> Plan<'a> {
    /// Box sizes, label columns and where the chain and its channels go, for `opts` in `width` columns.
    fn new(
        graph: &'a Graph,
        opts: Options,
        width: u16,
        wraps: &mut Wraps,
        keep: bool,
    ) -> (Plan<'a>, Texts) {
        let Sizes {
            size,
            lines,
            sides,
            labels,
            roles_cut,
            names_short,
        } = sizes(graph, opts, wraps, keep);
        let placement = graph.has_lanes().then(|| lanes::place(graph, &size));
        let core_w = match &placement {
            Some(p) => p.width,
            None => graph
                .rows
                .iter()
                .map(|row| row_width(row, &size))
                .max()
                .unwrap_or(0),
        };
        let mut xs = chain_x(graph, &size, core_w, placement.as_ref());
        let skips = skip_appeals(graph, &xs, &size);
        let channels = if skips.is_empty() {
            0
        } else {
            skips.len() as u16 * 2 + 1
        };
        let apart_w = graph.apart.iter().map(|&n| size[n].0).max().unwrap_or(0);
        let natural = natural_labels(graph, &sides);
        let cols = label_columns(graph, opts, width, natural, core_w + channels, apart_w);
        let core_x = arrow(cols[0]);
        for x in xs.iter_mut().flatten() {
            *x += core_x;
        }
        let tracks = tracks::assign(
            &runs(graph, &xs, &size, &skips, core_x + core_w),
            graph.appeals.len(),
            graph.rows.len(),
        );
        let plan = Plan {
            graph,
            size,
            sides,
            skips,
            channels,
            core_w,
            apart_w,
            cols,
            core_x,
            xs,
            tracks,
            placement,
        };
        let texts = Texts {
            lines,
            labels,
            roles_cut,
            names_short,
        };
        (plan, texts)
    }

    /// Columns cut from stub labels to fit their columns, as `place_stubs` cuts them.
    fn cut(&self) -> usize {
        let mut cut = 0;
        for (n, node) in self.graph.nodes.iter().enumerate() {
            let col = if self.graph.apart.contains(&n) {
                self.cols[2]
            } else {
                match self.sides[n] {
                    Side::Left => self.cols[0],
                    Side::Right => self.cols[1],
                    Side::Inside => continue,
                }
            };
            cut += node
                .stubs
                .iter()
                .map(|s| s.width.saturating_sub(col) as usize)
                .sum::<usize>();
        }
        cut
    }
}

/// Leaves out the appeal notes that would touch a box, a line or a label; run once on the layout chosen, as
/// what it leaves out does not change how well a layout fits. The few notes are tested against each line,
/// label and box rather than every taken cell being listed.
pub fn drop_crowded_notes(g: &mut Geometry) {
    // Level runs of taken cells: (row, first column, last column).
    let mut taken: Vec<(u16, u16, u16)> = Vec::new();
    let mut columns: Vec<(u16, u16, u16)> = Vec::new();
    for link in &g.links {
        for pair in link.points.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            if y0 == y1 {
                taken.push((y0, x0.min(x1), x0.max(x1)));
            } else if x0 == x1 {
                columns.push((x0, y0.min(y1), y0.max(y1)));
            }
        }
    }
    let run =
        |y: u16, x: u16, width: u16| (y, x, (x as u32 + width as u32).saturating_sub(1) as u16);
    for stub in &g.stubs {
        taken.push((
            stub.y,
            stub.line.0.min(stub.line.1),
            stub.line.0.max(stub.line.1),
        ));
        let label = w(&stub.label);
        if label > 0 {
            taken.push(run(stub.y, stub.label_x, label));
        }
    }
    for note in g.notes.iter().filter(|n| n.kind != NoteKind::Appeal) {
        let text = w(&note.text);
        if text > 0 {
            taken.push(run(note.y, note.x, text));
        }
    }
    let boxes: Vec<Rect> = g.boxes.iter().map(|b| b.rect).collect();
    // Each kept note takes its cells, and the space after it, from the notes after it.
    g.notes.retain(|note| {
        if note.kind != NoteKind::Appeal {
            return true;
        }
        // From the space before the note to its last character; a kept note also takes the space after it.
        let y = note.y;
        let first = note.x.saturating_sub(1);
        let stop = (note.x as u32 + w(&note.text) as u32).min(u16::MAX as u32) as u16;
        let free = stop <= first || {
            let last = stop - 1;
            let hit = |&(ry, a, b): &(u16, u16, u16)| ry == y && a <= last && first <= b;
            let crosses =
                |&(cx, a, b): &(u16, u16, u16)| first <= cx && cx <= last && a <= y && y <= b;
            let boxed = boxes.iter().any(|r| {
                r.width > 0 && r.y <= y && y < r.bottom() && r.x <= last && first < r.right()
            });
            !taken.iter().any(hit) && !columns.iter().any(crosses) && !boxed
        };
        if free {
            taken.push((y, first, stop));
        }
        free
    });
}

/// The left edge of each chain box, from the chain's left edge: at its lane, or rows centred on one axis.
fn chain_x(
    graph: &Graph,
    size: &[(u16, u16)],
    core_w: u16,
    placement: Option<&Placement>,
) -> Vec<Option<u16>> {
    if let Some(p) = placement {
        return p.x.clone();
    }
    let mut xs = vec![None; size.len()];
    let axis = core_w / 2;
    for row in &graph.rows {
        let mut x = if row.len() == 1 {
            axis.saturating_sub(size[row[0]].0 / 2)
        } else {
            (core_w - row_width(row, size)) / 2
        };
        for &n in row {
            xs[n] = Some(x);
            x += size[n].0 + BOX_GAP;
        }
    }
    xs
}

/// The middle column of a chain box.
fn centre(xs: &[Option<u16>], size: &[(u16, u16)], n: usize) -> u16 {
    xs[n].unwrap_or(0) + size[n].0 / 2
}

/// The level parts of the appeals, for `tracks` to give rows: an appeal between neighbouring rows runs along
/// the gap between them; an appeal by a channel (right of the chain at `channels_x`) runs along the gap above
/// its lower court.
fn runs(
    graph: &Graph,
    xs: &[Option<u16>],
    size: &[(u16, u16)],
    skips: &[usize],
    channels_x: u16,
) -> Vec<tracks::Run> {
    let mut runs = Vec::new();
    for (i, &(a, b)) in graph.appeals.iter().enumerate() {
        let (Some(ra), Some(rb)) = (graph.row_of(a), graph.row_of(b)) else {
            continue;
        };
        let sx = centre(xs, size, a);
        let end = match skips.iter().position(|&k| k == i) {
            Some(channel) => channels_x + 1 + channel as u16 * 2,
            None if rb + 1 == ra => centre(xs, size, b),
            None => continue,
        };
        if ra == 0 || end == sx {
            continue;
        }
        runs.push(tracks::Run {
            appeal: i,
            gap: ra - 1,
            span: (sx.min(end), sx.max(end)),
            ends: (a, b),
        });
    }
    runs
}

/// The room a label column takes with its arrow: none when it is empty.
fn arrow(label: u16) -> u16 {
    if label > 0 { label + STUB_ARROW } else { 0 }
}

/// The width of a row of boxes with the gaps between them.
fn row_width(row: &[usize], size: &[(u16, u16)]) -> u16 {
    row.iter().map(|&n| size[n].0).sum::<u16>() + BOX_GAP * (row.len() as u16 - 1)
}

/// Appeals that skip a level (indexes into `graph.appeals`): they run up a channel right of the chain. In lanes,
/// an appeal straight up its lane past no other box needs none.
fn skip_appeals(graph: &Graph, xs: &[Option<u16>], size: &[(u16, u16)]) -> Vec<usize> {
    let straight = |a: usize, b: usize, ra: usize, rb: usize| {
        let x = centre(xs, size, a);
        graph.has_lanes()
            && x == centre(xs, size, b)
            && graph.rows[rb + 1..ra].iter().flatten().all(|&n| {
                let left = xs[n].unwrap_or(0);
                x < left || x >= left + size[n].0
            })
    };
    graph
        .appeals
        .iter()
        .enumerate()
        .filter(|&(_, &(a, b))| match (graph.row_of(a), graph.row_of(b)) {
            (Some(ra), Some(rb)) => rb + 1 != ra && !(rb < ra && straight(a, b, ra, rb)),
            _ => false,
        })
        .map(|(i, _)| i)
        .collect()
}

/// The widths of the three label columns: what the boxes leave of `width`. `core` is the chain with its
/// channels, `apart_w` the column of bodies apart.
fn label_columns(
    graph: &Graph,
    opts: Options,
    width: u16,
    natural: [u16; 3],
    core: u16,
    apart_w: u16,
) -> [u16; 3] {
    let has_apart = !graph.apart.is_empty();
    if opts.apart_right || !has_apart {
        let fixed = core
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
        let fixed = core + STUB_ARROW * (natural[0] > 0) as u16;
        let fixed = fixed + STUB_ARROW * (natural[1] > 0) as u16;
        let s = squeeze(&natural[..2], width.saturating_sub(fixed));
        let apart_room = width.saturating_sub(apart_w + STUB_ARROW);
        [s[0], s[1], natural[2].min(apart_room.max(MIN_LABEL))]
    }
}

/// What the steps of `layout` share: box sizes, label columns, and where the chain and its channels are.
struct Plan<'a> {
    graph: &'a Graph,
    /// Per node: box width and height.
    size: Vec<(u16, u16)>,
    sides: Vec<Side>,
    /// Appeals that skip a level, each with a channel of its own.
    skips: Vec<usize>,
    /// Columns the skip channels take, right of the chain.
    channels: u16,
    /// The widest row of the chain.
    core_w: u16,
    /// The widest body apart.
    apart_w: u16,
    cols: [u16; 3],
    /// Where the chain's boxes start, after the left labels.
    core_x: u16,
    /// Per node: the left edge of its box, for the chain's boxes.
    xs: Vec<Option<u16>>,
    /// Which row of its gap each appeal's level part takes.
    tracks: Tracks,
    /// The lanes, when the chain has branches.
    placement: Option<Placement>,
}

/// Where the chain ended up.
struct Chain {
    height: u16,
    /// Per row: the bottom of its tallest box.
    row_bottoms: Vec<u16>,
    right_labels_x: u16,
    /// The chain with its right labels.
    width: u16,
}

/// Where the column of bodies apart ended up.
struct Apart {
    labels_x: u16,
    /// Its right edge, labels included.
    right: u16,
    /// Its last row.
    bottom: u16,
}

impl Plan<'_> {
    /// The chain, row by row, at the columns worked out for it; lanes get their branch's name on top.
    fn place_chain(&self, rects: &mut [Option<Rect>], g: &mut Geometry) -> Chain {
        let graph = self.graph;
        let size = &self.size;
        let ends_here = |r: usize| {
            self.skips
                .iter()
                .any(|&i| graph.row_of(graph.appeals[i].1) == Some(r))
        };
        let mut y = self.lane_titles(g);
        let mut row_bottoms = Vec::new();
        for (r, row) in graph.rows.iter().enumerate() {
            let mut row_h = 0;
            for &n in row {
                let x = self.xs[n].unwrap_or(self.core_x);
                rects[n] = Some(Rect::new(x, y, size[n].0, size[n].1));
                row_h = row_h.max(size[n].1);
            }
            row_bottoms.push(y + row_h);
            y += row_h;
            if r + 1 < graph.rows.len() {
                let tracks = self.tracks.per_gap.get(r).copied().unwrap_or(1);
                y += ROW_GAP - 1 + tracks + ends_here(r) as u16;
            }
        }
        let chain_right = self.core_x + self.core_w + self.channels;
        let right_labels_x = chain_right + STUB_ARROW;
        Chain {
            height: y,
            row_bottoms,
            right_labels_x,
            width: if self.cols[1] > 0 {
                right_labels_x + self.cols[1]
            } else {
                chain_right
            },
        }
    }

    /// Each named lane's branch on the diagram's first row, centred over the lane; the rows the titles take.
    fn lane_titles(&self, g: &mut Geometry) -> u16 {
        let Some(placement) = &self.placement else {
            return 0;
        };
        let mut any = false;
        for (title, &(x, width)) in self.graph.lanes.iter().zip(&placement.columns) {
            if title.is_empty() || width == 0 {
                continue;
            }
            let text = truncate(title, width as usize);
            g.notes.push(Note {
                x: self.core_x + x + (width - w(&text)) / 2,
                y: 0,
                text,
                kind: NoteKind::Lane,
            });
            any = true;
        }
        any as u16
    }

    /// The bodies apart, in a column under their heading, right of the chain or below it.
    fn place_apart(
        &self,
        opts: Options,
        chain: &Chain,
        rects: &mut [Option<Rect>],
        g: &mut Geometry,
    ) -> Apart {
        let graph = self.graph;
        let has_apart = !graph.apart.is_empty();
        let has_chain = !graph.rows.is_empty();
        let (apart_x, mut apart_y) = if opts.apart_right {
            let rule_x = chain.width + RULE / 2;
            let x = if has_chain { chain.width + RULE } else { 0 };
            if has_chain && has_apart {
                g.rule = Some(((rule_x, 0), (rule_x, 0)));
            }
            (x, 0)
        } else {
            let y = if has_chain { chain.height + 1 } else { 0 };
            (0, y)
        };
        if has_apart {
            g.notes.push(Note {
                x: apart_x,
                y: apart_y,
                text: graph.apart_heading.to_string(),
                kind: NoteKind::Heading,
            });
            apart_y += 1;
            for &n in &graph.apart {
                let (w, h) = self.size[n];
                rects[n] = Some(Rect::new(apart_x, apart_y, w, h));
                apart_y += h + 1;
            }
            apart_y -= 1;
        }
        let labels_x = apart_x + self.apart_w + STUB_ARROW;
        let right = if self.cols[2] > 0 {
            labels_x + self.cols[2]
        } else {
            apart_x + self.apart_w
        };
        // The heading is cut to the column rather than widen the diagram.
        if opts.apart_right
            && let Some(note) = g.notes.iter_mut().find(|n| n.kind == NoteKind::Heading)
        {
            let room = right.saturating_sub(apart_x).max(self.apart_w);
            note.text = truncate(&note.text, room as usize);
        }
        Apart {
            labels_x,
            right,
            bottom: apart_y,
        }
    }

    /// The diagram's size, and the dotted rule between the chain and the bodies apart.
    fn frame(&self, chain: &Chain, apart: &Apart, g: &mut Geometry) {
        let has_apart = !self.graph.apart.is_empty();
        let has_chain = !self.graph.rows.is_empty();
        g.width = chain.width.max(if has_apart { apart.right } else { 0 });
        g.height = chain.height.max(if has_apart { apart.bottom } else { 0 });
        if let Some(((x, _), _)) = g.rule {
            g.rule = Some(((x, 0), (x, g.height.saturating_sub(1))));
        } else if has_chain && has_apart {
            // Below the chain: the rule runs across, the heading sits on it.
            let ry = chain.height + 1;
            if let Some(note) = g.notes.last_mut() {
                note.x = 2;
            }
            g.rule = Some(((0, ry), (g.width.saturating_sub(1), ry)));
        }
    }

    /// Stubs beside their boxes, their labels cut to their column.
    fn place_stubs(
        &self,
        rects: &[Option<Rect>],
        right_labels_x: u16,
        apart_labels_x: u16,
        g: &mut Geometry,
    ) {
        let cols = self.cols;
        for (n, node) in self.graph.nodes.iter().enumerate() {
            let Some(rect) = rects[n] else { continue };
            let (side, col, labels_x) = if self.graph.apart.contains(&n) {
                (Side::Right, cols[2], apart_labels_x)
            } else {
                match self.sides[n] {
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
                g.stubs.push(StubGeom {
                    node: n,
                    source: stub.source,
                    side,
                    inward: stub.inward,
                    y,
                    head: if stub.inward { line.0 } else { line.1 },
                    line,
                    label_x,
                    label,
                });
            }
        }
    }

    /// Appeals: up from the top of the lower court to an arrowhead under the higher one; a skip-level appeal
    /// goes round by its channel.
    fn route_appeals(&self, rects: &[Option<Rect>], row_bottoms: &[u16], g: &mut Geometry) {
        let graph = self.graph;
        let (core_x, core_w) = (self.core_x, self.core_w);
        let mut channel = 0u16;
        for (i, &(a, b)) in graph.appeals.iter().enumerate() {
            let (Some(ra), Some(rb)) = (rects[a], rects[b]) else {
                continue;
            };
            let sx = ra.x + ra.width / 2;
            let tx = rb.x + rb.width / 2;
            let track = self.tracks.of.get(i).copied().unwrap_or(0);
            let exit = ra.y.saturating_sub(1 + track);
            let head = rb.bottom();
            let points = if self.skips.contains(&i) {
                let cx = core_x + core_w + 1 + channel * 2;
                channel += 1;
                let row_b = graph.row_of(b).unwrap_or(0);
                let across = row_bottoms[row_b] + 1;
                vec![
                    (sx, ra.y),
                    (sx, exit),
                    (cx, exit),
                    (cx, across),
                    (tx, across),
                    (tx, head),
                ]
            } else if let Some(text) = graph.reviews.get(i).copied().flatten() {
                // The kind of review beside the arrow's straight part, else beside its head.
                let (x, y) = if sx == tx && exit > head {
                    (sx + 2, exit)
                } else {
                    (tx + 2, head)
                };
                if x + w(text) <= g.width {
                    g.notes.push(Note {
                        x,
                        y,
                        text: text.to_string(),
                        kind: NoteKind::Appeal,
                    });
                }
                vec![(sx, ra.y), (sx, exit), (tx, exit), (tx, head)]
            } else {
                if sx == tx && exit > head {
                    let text = self.graph.appeal_label;
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
    }
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
