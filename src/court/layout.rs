//! The diagram in a given area: which detail level fits it, where the details panel goes, and how far the
//! diagram scrolls to keep the focused (or current) court in view. Drawing and mouse hit-testing both use it.
//!
//! Laying out is two steps: `arrange` (the graph, the detail level, viewport and panel; the costly part, which
//! depends only on the view and the area) and `DiagramLayout::follow` (focus, current court and scroll; cheap).
//! A caller that changes only the focus re-runs `follow` on the layout it has.

use super::geometry::{Geometry, Measure, Options, Wraps};
use super::graph::Graph;
pub use super::graph::order;
use super::groups::Groups;
use super::state::{DiagramState, DiagramView, Direction};
use crate::model::Model;
use crate::model::validate::diagram_extent::{MAX_DIAGRAM_CELLS, MAX_LAYOUT_WIDTH, extent};
use crate::strings::Strings;
use ratatui::layout::Rect;

/// Panes at least this wide put the details panel to the right of the diagram.
const PANEL_RIGHT_FROM: u16 = 140;
/// The shortest details panel below the diagram, its rule included.
const PANEL_MIN_ROWS: u16 = 5;
/// Panes shorter than this show the diagram alone.
const PANEL_FROM_ROWS: u16 = 12;

/// Detail levels, richest first: (role lines, widest role, widest full name, bodies apart to the right).
const CANDIDATES: [(u16, u16, u16, bool); 16] = [
    (6, 40, 40, true),
    (4, 40, 40, true),
    (4, 30, 30, true),
    (4, 24, 24, true),
    (2, 40, 40, true),
    (1, 30, 30, true),
    (0, 0, 30, true),
    (0, 0, 0, true),
    (6, 40, 40, false),
    (4, 40, 40, false),
    (2, 40, 40, false),
    (1, 40, 40, false),
    (1, 30, 30, false),
    (0, 0, 30, false),
    (0, 0, 20, false),
    (0, 0, 0, false),
];

#[derive(Debug, Clone, PartialEq)]
pub struct DiagramLayout {
    pub view: DiagramView,
    /// The area the layout was made for.
    pub area: Rect,
    pub graph: Graph,
    pub geometry: Geometry,
    pub options: Options,
    /// The part of the screen showing the diagram.
    pub viewport: Rect,
    /// A row under the viewport that says where more of a diagram too big for it lies.
    pub more: Option<Rect>,
    /// Screen position of the diagram's (0, 0); may lie outside the viewport when scrolled.
    pub origin: (i32, i32),
    /// The details panel (or the case's caption), with its rule.
    pub panel: Option<Rect>,
    pub panel_right: bool,
    /// The node with the focus.
    pub focus: Option<usize>,
    /// The node the case being followed is at.
    pub current: Option<usize>,
    /// The dataset's diagram could pass the cells a layout can address: nothing is placed, and this says so.
    pub too_large: Option<String>,
    /// With several connected groups: the one shown and how many there are.
    pub group: Option<(usize, usize)>,
}

/// What a layout loses: label columns cut, rows and columns that need scrolling, role lines left out.
fn cost(g: &Measure, opts: Options, room: (u16, u16), boxes: usize) -> u32 {
    let over_rows = g.height.saturating_sub(room.1) as u32;
    let over_cols = g.width.saturating_sub(room.0) as u32;
    // Having to scroll at all hides something, whatever the amount.
    let scrolls = if over_rows + over_cols > 0 { 30 } else { 0 };
    let words = 2 * g.roles_cut as u32 + g.names_short as u32;
    floor(opts, boxes) + 3 * g.cut as u32 + scrolls + 4 * over_rows + 20 * over_cols + words
}

/// The least a detail level can cost in any room: the role lines and the place of the bodies apart it gives up.
fn floor(opts: Options, boxes: usize) -> u32 {
    let roles = 2 * (2 - opts.role_lines.min(2)) as u32 * boxes as u32;
    roles + if opts.apart_right { 0 } else { 1 }
}

/// The size of `graph` laid out at `opts`, by the layout of its view.
fn measure(graph: &Graph, opts: Options, width: u16, wraps: &mut Wraps) -> Measure {
    match graph.view {
        DiagramView::Courts => super::geometry::measure(graph, opts, width, wraps),
        DiagramView::Appointments => super::flow::measure(graph, opts, width),
    }
}

/// `graph` laid out at `opts`, by the layout of its view.
fn layout_with(graph: &Graph, opts: Options, width: u16, wraps: &mut Wraps) -> Geometry {
    match graph.view {
        DiagramView::Courts => super::geometry::layout_with(graph, opts, width, wraps),
        DiagramView::Appointments => super::flow::layout(graph, opts, width),
    }
}

/// The layout of `state`'s view in `area`, aimed at its focus or current court.
pub fn compute(
    model: &Model,
    state: &DiagramState,
    w: &'static Strings,
    area: Rect,
) -> DiagramLayout {
    let groups = Groups::of_view(model, state.view, w);
    let mut layout = arrange_group(&groups, groups.group_for(model, state), w, area);
    layout.follow(model, state);
    layout
}

/// The layout of `view` in `area` with every box of every group, unscrolled and with no focus yet.
pub fn arrange(model: &Model, view: DiagramView, w: &'static Strings, area: Rect) -> DiagramLayout {
    let graph = Graph::new(model, view, w);
    arrange_graph(graph, extent(&model.data), w, area)
}

/// The group `group` of `groups` (of either view) alone in `area`, unscrolled and with no focus yet.
pub fn arrange_group(
    groups: &Groups,
    group: usize,
    w: &'static Strings,
    area: Rect,
) -> DiagramLayout {
    let mut layout = arrange_graph(groups.graph_of(group), groups.extent, w, area);
    layout.group = (groups.count() > 1).then_some((group, groups.count()));
    layout
}

/// `graph` laid out in `area`; `most` is the bound on the whole dataset's diagram, in cells.
fn arrange_graph(graph: Graph, most: (u64, u64), w: &'static Strings, area: Rect) -> DiagramLayout {
    let view = graph.view;
    // Label columns take at most twice the width laid out for: the bound on the diagram's size counts on it.
    let area = Rect {
        width: area.width.min(MAX_LAYOUT_WIDTH),
        ..area
    };
    let panel_right = area.width >= PANEL_RIGHT_FROM && area.height >= PANEL_FROM_ROWS;
    // The appointments graph spreads across: its panel takes less of the width.
    let (parts, of) = if view == DiagramView::Appointments {
        (1, 5)
    } else {
        (3, 10)
    };
    let panel_w = if panel_right {
        (area.width * parts / of).clamp(36, 60)
    } else {
        0
    };
    let room = if panel_right {
        (area.width - panel_w, area.height)
    } else if area.height >= PANEL_FROM_ROWS {
        (area.width, area.height - PANEL_MIN_ROWS)
    } else {
        (area.width, area.height)
    };
    // Validation refuses such data; this keeps data that skipped it from overflowing the layout's cells.
    let (most_w, most_h) = most;
    let too_large = (most_w > MAX_DIAGRAM_CELLS || most_h > MAX_DIAGRAM_CELLS)
        .then(|| (w.diagram_too_large)(most_w, most_h, MAX_DIAGRAM_CELLS));
    let (geometry, options) = match too_large {
        // One row, for the line that says so.
        Some(_) => (
            Geometry {
                height: 1,
                ..Geometry::empty(0, 0)
            },
            levels(panel_right)[0],
        ),
        None => best_fit(&graph, room, panel_right),
    };
    let (viewport, panel) = split(area, room, panel_right, panel_w, geometry.height);
    let (viewport, more) = keep_more_row(viewport, &geometry);
    let mut layout = DiagramLayout {
        view,
        area,
        graph,
        geometry,
        options,
        viewport,
        more,
        origin: (0, 0),
        panel,
        panel_right,
        focus: None,
        current: None,
        too_large,
        group: None,
    };
    layout.origin = layout.origin_for(None);
    layout
}

/// The detail level that loses least in `room` (the richest of those losing least), and its geometry; role lines
/// beyond two only beside a panel.
fn best_fit(graph: &Graph, room: (u16, u16), panel_right: bool) -> (Geometry, Options) {
    let levels = levels(panel_right);
    let (mut g, opts) = match graph.view {
        DiagramView::Courts => best_court_fit(graph, room, &levels),
        DiagramView::Appointments => best_flow_fit(graph, room, &levels),
    };
    super::geometry::drop_crowded_notes(&mut g);
    (g, opts)
}

/// The appeals view's best level. Levels are measured without routing their arrows, and a level that cannot
/// lose less than the best so far (by what it gives up whatever the room) is not measured at all.
fn best_court_fit(graph: &Graph, room: (u16, u16), levels: &[Options]) -> (Geometry, Options) {
    let floors: Vec<u32> = levels
        .iter()
        .map(|&opts| floor(opts, graph.nodes.len()))
        .collect();
    let mut wraps = Wraps::default();
    let mut best: Option<(u32, Options)> = None;
    for (k, &opts) in levels.iter().enumerate() {
        // Only a smaller cost wins (the first of equal costs is the richest), and no level left can go below
        // its floor.
        if best.is_some_and(|(least, _)| floors[k..].iter().all(|&f| f >= least)) {
            break;
        }
        let c = cost(
            &measure(graph, opts, room.0, &mut wraps),
            opts,
            room,
            graph.nodes.len(),
        );
        if best.is_none_or(|(least, _)| c < least) {
            best = Some((c, opts));
        }
    }
    let opts = best.map_or(levels[0], |(_, opts)| opts);
    (layout_with(graph, opts, room.0, &mut wraps), opts)
}

/// The appointments view's best level. Each level is bounded first by the least it could cost (at the least
/// size its boxes' texts allow), and the levels are laid out from the lowest bound up, so the best found early
/// rules out the rest without laying them out. Levels whose boxes say the same lay out alike, so each such
/// layout is made once, and the winner's words are put in its boxes last.
fn best_flow_fit(graph: &Graph, room: (u16, u16), levels: &[Options]) -> (Geometry, Options) {
    let least = super::flow::Least::new(graph);
    let boxes = graph.nodes.len();
    let mut bounded: Vec<(u32, usize, super::flow::Texts)> = levels
        .iter()
        .enumerate()
        .map(|(k, &opts)| {
            let texts = super::flow::texts(graph, opts);
            (cost(&least.measure(&texts), opts, room, boxes), k, texts)
        })
        .collect();
    bounded.sort_by_key(|&(bound, k, _)| (bound, k));
    // The best so far as (cost, level), so that of equal costs the richer (earlier) level wins; each layout
    // made with the texts it was made from.
    let mut best: Option<(u32, usize, usize)> = None;
    let mut laid: Vec<(super::flow::Texts, Geometry)> = Vec::new();
    for (bound, k, texts) in bounded {
        // No level from here on can beat the best: each costs at least its bound, and the bounds only grow.
        if best.is_some_and(|(best_c, best_k, _)| (bound, k) > (best_c, best_k)) {
            break;
        }
        let at = match laid.iter().position(|(t, _)| *t == texts) {
            Some(at) => at,
            None => {
                let g = super::flow::layout_in_columns(graph, &least.column, &texts, room.0);
                laid.push((texts, g));
                laid.len() - 1
            }
        };
        let c = cost(&super::flow::measured(&laid[at].1), levels[k], room, boxes);
        if best.is_none_or(|(best_c, best_k, _)| (c, k) < (best_c, best_k)) {
            best = Some((c, k, at));
        }
    }
    let Some((_, k, at)) = best else {
        return (Geometry::empty(0, 0), levels[0]);
    };
    let (texts, mut g) = laid.swap_remove(at);
    super::flow::put_words(graph, &texts, &mut g);
    (g, levels[k])
}

/// The detail levels to try, richest first.
fn levels(panel_right: bool) -> Vec<Options> {
    // A panel below shares the height with the diagram: more role lines would push the details out of view.
    CANDIDATES
        .iter()
        .filter(|&&(role_lines, ..)| panel_right || role_lines <= 2)
        .map(|&(role_lines, role_cap, name_cap, apart_right)| Options {
            role_lines,
            role_cap,
            name_cap,
            apart_right,
        })
        .collect()
}

/// The viewport and the details panel: side by side, the panel under the diagram, or the diagram alone.
fn split(
    area: Rect,
    room: (u16, u16),
    panel_right: bool,
    panel_w: u16,
    height: u16,
) -> (Rect, Option<Rect>) {
    if panel_right {
        let viewport = Rect {
            width: room.0,
            ..area
        };
        let panel = Rect {
            x: area.x + room.0,
            width: panel_w,
            ..area
        };
        (viewport, Some(panel))
    } else if area.height >= PANEL_FROM_ROWS {
        let rows = height.min(room.1);
        let viewport = Rect {
            height: rows,
            ..area
        };
        let panel = Rect {
            y: area.y + rows,
            height: area.height - rows,
            ..area
        };
        (viewport, Some(panel))
    } else {
        (area, None)
    }
}

/// A diagram that does not fit gives up its viewport's last row to say where the rest is.
fn keep_more_row(viewport: Rect, geometry: &Geometry) -> (Rect, Option<Rect>) {
    let overflows = geometry.height > viewport.height || geometry.width > viewport.width;
    if overflows && viewport.height > 1 {
        let more = Rect {
            y: viewport.bottom() - 1,
            height: 1,
            ..viewport
        };
        (
            Rect {
                height: viewport.height - 1,
                ..viewport
            },
            Some(more),
        )
    } else {
        (viewport, None)
    }
}

impl DiagramLayout {
    /// Whether this layout was arranged for `view` in `area`, so `follow` is all a new state needs.
    pub fn arranged_for(&self, view: DiagramView, area: Rect) -> bool {
        self.view == view && self.area == area
    }

    /// Aims the layout at `state`: which box has the focus, where the case is, and the scroll that shows it.
    pub fn follow(&mut self, model: &Model, state: &DiagramState) {
        // The focus order is asked only when no box has the focus: it visits every node.
        self.focus = state
            .focus
            .and_then(|b| self.graph.node_of(b))
            .or_else(|| order(&self.graph).first().copied());
        self.current = state.current(model).and_then(|b| self.graph.node_of(b));
        let target = if state.walk.is_some() {
            self.current
        } else {
            self.focus
        };
        let target = target.and_then(|n| self.geometry.box_of(n)).map(|b| b.rect);
        self.origin = self.origin_for(target);
    }

    /// Screen position of the diagram's (0, 0) when scrolled just enough to show `target`.
    fn origin_for(&self, target: Option<Rect>) -> (i32, i32) {
        let (geometry, viewport) = (&self.geometry, self.viewport);
        let scroll = |size: u16, room: u16, start: u16, len: u16| -> u16 {
            if size <= room {
                return 0;
            }
            let mut offset = 0;
            if start + len > offset + room {
                offset = (start + len).saturating_sub(room);
            }
            offset.min(start).min(size - room)
        };
        let (dx, dy) = match target {
            Some(r) => (
                scroll(geometry.width, viewport.width, r.x, r.width),
                scroll(geometry.height, viewport.height, r.y, r.height),
            ),
            None => (0, 0),
        };
        let centre = viewport.width.saturating_sub(geometry.width) / 2;
        (
            viewport.x as i32 + centre as i32 - dx as i32,
            viewport.y as i32 - dy as i32,
        )
    }

    /// The inside of the details panel, under (or beside) its rule.
    pub fn panel_inner(&self) -> Option<Rect> {
        let p = self.panel?;
        Some(if self.panel_right {
            Rect {
                x: p.x + 2,
                y: p.y + 1,
                width: p.width.saturating_sub(2),
                height: p.height.saturating_sub(1),
            }
        } else {
            Rect {
                y: p.y + 1,
                height: p.height.saturating_sub(1),
                ..p
            }
        })
    }

    /// The body with the focus.
    pub fn focused_body(&self) -> Option<usize> {
        self.focus.map(|n| self.graph.nodes[n].body)
    }

    /// Bodies in the order Tab visits them.
    pub fn focus_order(&self) -> Vec<usize> {
        order(&self.graph)
            .into_iter()
            .map(|n| self.graph.nodes[n].body)
            .collect()
    }

    /// The body of the nearest box from the focused one in `direction`, by the boxes' centres.
    pub fn neighbour(&self, direction: Direction) -> Option<usize> {
        let from = self.geometry.box_of(self.focus?)?.rect;
        let centre = |r: Rect| {
            (
                r.x as i32 * 2 + r.width as i32,
                r.y as i32 * 2 + r.height as i32,
            )
        };
        let (fx, fy) = centre(from);
        self.geometry
            .boxes
            .iter()
            .filter_map(|b| {
                let (x, y) = centre(b.rect);
                let (along, across) = match direction {
                    Direction::Up => (fy - y, (x - fx).abs()),
                    Direction::Down => (y - fy, (x - fx).abs()),
                    Direction::Left => (fx - x, (y - fy).abs()),
                    Direction::Right => (x - fx, (y - fy).abs()),
                };
                (along > 0).then_some((along + 2 * across, b.node))
            })
            .min()
            .map(|(_, n)| self.graph.nodes[n].body)
    }

    /// The body whose box is drawn at a screen cell.
    pub fn body_at(&self, column: u16, row: u16) -> Option<usize> {
        self.node_at(column, row).map(|n| self.graph.nodes[n].body)
    }

    /// A rectangle in diagram coordinates, on screen, cut to the viewport.
    pub fn to_screen(&self, r: Rect) -> Rect {
        let x0 = (self.origin.0 + r.x as i32).max(self.viewport.x as i32);
        let y0 = (self.origin.1 + r.y as i32).max(self.viewport.y as i32);
        let x1 = (self.origin.0 + r.right() as i32).min(self.viewport.right() as i32);
        let y1 = (self.origin.1 + r.bottom() as i32).min(self.viewport.bottom() as i32);
        if x1 <= x0 || y1 <= y0 {
            return Rect::new(x0.max(0) as u16, y0.max(0) as u16, 0, 0);
        }
        Rect::new(x0 as u16, y0 as u16, (x1 - x0) as u16, (y1 - y0) as u16)
    }

    /// The screen cell of a diagram cell, if it is in view.
    pub fn cell(&self, x: u16, y: u16) -> Option<(u16, u16)> {
        let sx = self.origin.0 + x as i32;
        let sy = self.origin.1 + y as i32;
        let v = self.viewport;
        let inside =
            sx >= v.x as i32 && sy >= v.y as i32 && sx < v.right() as i32 && sy < v.bottom() as i32;
        inside.then_some((sx as u16, sy as u16))
    }

    /// The node whose box covers a screen cell.
    pub fn node_at(&self, column: u16, row: u16) -> Option<usize> {
        self.geometry
            .boxes
            .iter()
            .find(|b| self.to_screen(b.rect).contains((column, row).into()))
            .map(|b| b.node)
    }

    /// The box of `body` on screen (cut to the viewport), if the view shows it.
    pub fn body_rect(&self, body: usize) -> Option<Rect> {
        let node = self.graph.node_of(body)?;
        self.geometry.box_of(node).map(|b| self.to_screen(b.rect))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search as it was: every level laid out in full, the first of the least cost kept.
    fn every_level(graph: &Graph, room: (u16, u16), panel_right: bool) -> Options {
        let mut best: Option<(u32, Options)> = None;
        for &(role_lines, role_cap, name_cap, apart_right) in &CANDIDATES {
            if !panel_right && role_lines > 2 {
                continue;
            }
            let opts = Options {
                role_lines,
                role_cap,
                name_cap,
                apart_right,
            };
            let g = layout_with(graph, opts, room.0, &mut Wraps::default());
            let m = Measure {
                width: g.width,
                height: g.height,
                cut: g.cut,
                roles_cut: g.roles_cut,
                names_short: g.names_short,
            };
            let measured = measure(graph, opts, room.0, &mut Wraps::default());
            assert_eq!(m, measured, "{opts:?}");
            let c = cost(&m, opts, room, graph.nodes.len());
            if best.is_none_or(|(least, _)| c < least) {
                best = Some((c, opts));
            }
        }
        best.expect("levels").1
    }

    /// The shipped dataset and the fictional country.
    fn models() -> [Model; 2] {
        let fictional = include_str!("../../tests/fixtures/ruritania.ron");
        let fictional = crate::model::load_str("ruritania.ron", fictional).expect("parses");
        [
            crate::dataset::load_embedded().expect("the built-in dataset loads"),
            Model::new(fictional).expect("valid"),
        ]
    }

    #[test]
    fn no_appointments_level_lays_out_smaller_than_its_bound() {
        use super::super::flow::{Least, layout_in_columns, measured, texts};
        let w = crate::strings::choose([None]);
        for model in models() {
            let graph = Graph::new(&model, DiagramView::Appointments, w);
            let least = Least::new(&graph);
            for opts in levels(true).into_iter().chain(levels(false)) {
                let texts = texts(&graph, opts);
                let bound = least.measure(&texts);
                for width in (20..=240).step_by(11) {
                    let got = measured(&layout_in_columns(&graph, &least.column, &texts, width));
                    let fields =
                        |m: &Measure| (m.width, m.height, m.cut, m.roles_cut, m.names_short);
                    let (b, m) = (fields(&bound), fields(&got));
                    assert!(
                        b.0 <= m.0 && b.1 <= m.1 && b.2 <= m.2 && b.3 <= m.3 && b.4 <= m.4,
                        "{opts:?} at {width}: bound {b:?}, laid out {m:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_pruned_search_picks_the_level_every_level_would() {
        let w = crate::strings::choose([None]);
        for (model, view) in models()
            .iter()
            .flat_map(|m| [(m, DiagramView::Courts), (m, DiagramView::Appointments)])
        {
            let graph = Graph::new(model, view, w);
            for width in (40..=200).step_by(7) {
                for height in (10..=60).step_by(5) {
                    for panel_right in [false, true] {
                        let room = (width, height);
                        let want = every_level(&graph, room, panel_right);
                        assert_eq!(best_fit(&graph, room, panel_right).1, want, "{room:?}");
                    }
                }
            }
        }
    }
}
