//! Each view's boxes split into connected groups, made once per snapshot, so a view lays out and draws only the
//! group holding the focused box. The appointments view's boxes are joined by an arrow it draws or an appeal; a
//! court of the appeals view is in the group its body has in the appointments view.

use super::appointments::Edge;
use super::graph::Graph;
use super::graph::order;
use super::state::{DiagramState, DiagramView};
use crate::model::Model;
use crate::model::validate::diagram_extent::extent;
use crate::strings::Strings;

/// The whole graph of a view and its groups, numbered in the order Tab first reaches them.
#[derive(Debug, Clone, PartialEq)]
pub struct Groups {
    /// The graph of every box of the view.
    pub graph: Graph,
    /// Per group: what of `graph` it holds.
    parts: Vec<Part>,
    /// Per body of the dataset: its group, if the view shows it.
    group_of_body: Vec<Option<usize>>,
    /// Every body in the order Tab visits them: each group's in its focus order, group after group.
    tab_order: Vec<usize>,
    /// Per body of the dataset: its place in `tab_order`.
    tab_place: Vec<Option<usize>>,
    /// The bound on the whole dataset's diagram, in cells (its width and height).
    pub extent: (u64, u64),
}

/// What one group holds of the whole graph, as indexes into it, each in the whole graph's order.
#[derive(Debug, Clone, Default, PartialEq)]
struct Part {
    nodes: Vec<usize>,
    rows: Vec<Vec<usize>>,
    apart: Vec<usize>,
    appeals: Vec<usize>,
    edges: Vec<usize>,
    chooses: Vec<usize>,
}

/// The root of `n` in a union-find forest, halving the path on the way.
fn root(parent: &mut [usize], mut n: usize) -> usize {
    while parent[n] != n {
        parent[n] = parent[parent[n]];
        n = parent[n];
    }
    n
}

impl Groups {
    /// The appointments view's groups.
    pub fn new(model: &Model, w: &'static Strings) -> Groups {
        let graph = Graph::new(model, DiagramView::Appointments, w);
        Groups::of(graph, model.data.bodies.len(), extent(&model.data))
    }

    /// The appeals view's groups: each court in the group its body has among `appointments`, the appointments
    /// view's groups of the same snapshot, so a court no appeal reaches stays with the courts that choose
    /// alike.
    pub fn courts(model: &Model, w: &'static Strings, appointments: &Groups) -> Groups {
        let graph = Graph::new(model, DiagramView::Courts, w);
        // Each node is joined to the first node of its appointments group.
        let mut first: Vec<Option<usize>> = vec![None; appointments.count()];
        let mut joins = Vec::new();
        for (n, node) in graph.nodes.iter().enumerate() {
            let Some(g) = appointments.group_of_body.get(node.body).copied().flatten() else {
                continue;
            };
            match first.get_mut(g) {
                Some(Some(m)) => joins.push((*m, n)),
                Some(slot) => *slot = Some(n),
                None => {}
            }
        }
        let bodies = model.data.bodies.len();
        Groups::joined(graph, bodies, appointments.extent, &joins)
    }

    /// The groups of the graph of `view`: the appointments view's, or the appeals view's made from them.
    pub fn of_view(model: &Model, view: DiagramView, w: &'static Strings) -> Groups {
        let appointments = Groups::new(model, w);
        match view {
            DiagramView::Appointments => appointments,
            DiagramView::Courts => Groups::courts(model, w, &appointments),
        }
    }

    /// The groups of `graph`, whose nodes show bodies below `bodies`, in a dataset of diagram bound `extent`.
    pub fn of(graph: Graph, bodies: usize, extent: (u64, u64)) -> Groups {
        Groups::joined(graph, bodies, extent, &[])
    }

    /// As `of`, with the nodes of each pair of `more` joined too.
    fn joined(graph: Graph, bodies: usize, extent: (u64, u64), more: &[(usize, usize)]) -> Groups {
        let count = graph.nodes.len();
        let mut parent: Vec<usize> = (0..count).collect();
        let joins = graph.edges.iter().map(|e| (e.from, e.to));
        let joins = joins.chain(graph.appeals.iter().copied());
        for (a, b) in joins.chain(more.iter().copied()) {
            if a < count && b < count {
                let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
        // Groups are numbered as Tab meets them, so the first box is in the first group.
        let focus_order = order(&graph);
        let mut number: Vec<Option<usize>> = vec![None; count];
        let mut groups = 0;
        for &n in &focus_order {
            let r = root(&mut parent, n);
            if number[r].is_none() {
                number[r] = Some(groups);
                groups += 1;
            }
        }
        let group_of: Vec<usize> = (0..count)
            .map(|n| {
                let r = root(&mut parent, n);
                *number[r].get_or_insert_with(|| {
                    groups += 1;
                    groups - 1
                })
            })
            .collect();
        let mut parts: Vec<Part> = vec![Part::default(); groups];
        for (n, &g) in group_of.iter().enumerate() {
            parts[g].nodes.push(n);
        }
        for row in &graph.rows {
            let mut split: Vec<(usize, Vec<usize>)> = Vec::new();
            for &n in row {
                let g = group_of[n];
                match split.iter_mut().find(|(h, _)| *h == g) {
                    Some((_, list)) => list.push(n),
                    None => split.push((g, vec![n])),
                }
            }
            for (g, list) in split {
                parts[g].rows.push(list);
            }
        }
        for &n in &graph.apart {
            parts[group_of[n]].apart.push(n);
        }
        // An appeal or arrow joins its ends' group, so its first end names it.
        for (k, &(a, _)) in graph.appeals.iter().enumerate() {
            parts[group_of[a]].appeals.push(k);
        }
        for (k, e) in graph.edges.iter().enumerate() {
            parts[group_of[e.from]].edges.push(k);
        }
        for (k, &(a, ..)) in graph.chooses.iter().enumerate() {
            parts[group_of[a]].chooses.push(k);
        }
        let mut group_of_body = vec![None; bodies];
        for (node, &g) in graph.nodes.iter().zip(&group_of) {
            if let Some(slot) = group_of_body.get_mut(node.body) {
                *slot = Some(g);
            }
        }
        // A stable sort keeps each group's boxes in the focus order.
        let mut tab_nodes = focus_order;
        tab_nodes.sort_by_key(|&n| group_of[n]);
        let tab_order: Vec<usize> = tab_nodes.iter().map(|&n| graph.nodes[n].body).collect();
        let mut tab_place = vec![None; bodies];
        for (k, &b) in tab_order.iter().enumerate() {
            if let Some(slot) = tab_place.get_mut(b) {
                *slot = Some(k);
            }
        }
        Groups {
            graph,
            parts,
            group_of_body,
            tab_order,
            tab_place,
            extent,
        }
    }

    /// How many groups there are.
    pub fn count(&self) -> usize {
        self.parts.len()
    }

    /// The group `state` shows: the one holding the case's current court while a case is followed, else the
    /// focused box's.
    pub fn group_for(&self, model: &Model, state: &DiagramState) -> usize {
        let body = match state.walk {
            Some(_) => state.current(model),
            None => state.focus,
        };
        self.group_of(body)
    }

    /// The group holding `body`'s box; the first group for a body the view does not show.
    pub fn group_of(&self, body: Option<usize>) -> usize {
        body.and_then(|b| self.group_of_body.get(b).copied().flatten())
            .unwrap_or(0)
    }

    /// The body Tab (`forward`) or Shift-Tab goes to from `body`: on through its group, then into the next
    /// group's first box (or back into the previous group's last), round from the end to the start.
    pub fn step(&self, body: usize, forward: bool) -> Option<usize> {
        let at = self.tab_place.get(body).copied().flatten()?;
        let len = self.tab_order.len();
        let next = if forward {
            (at + 1) % len
        } else {
            (at + len - 1) % len
        };
        self.tab_order.get(next).copied()
    }

    /// The graph of group `group` alone: its boxes and the arrows and appeals between them, in the whole
    /// graph's order. With one group it is the whole graph.
    pub fn graph_of(&self, group: usize) -> Graph {
        let full = &self.graph;
        let part = match self.parts.get(group) {
            Some(part) if self.count() > 1 => part,
            _ => return full.clone(),
        };
        // Node indexes of the whole graph to the group's: the group's nodes are in order, so a search finds them.
        let pick = |n: usize| part.nodes.binary_search(&n).ok();
        let pair = |(a, b): (usize, usize)| Some((pick(a)?, pick(b)?));
        let (appeals, reviews): (Vec<(usize, usize)>, Vec<Option<&'static str>>) = part
            .appeals
            .iter()
            .filter_map(|&k| Some((pair(full.appeals[k])?, full.reviews[k])))
            .unzip();
        let edges: Vec<Edge> = part
            .edges
            .iter()
            .filter_map(|&k| {
                let e = &full.edges[k];
                let (from, to) = pair((e.from, e.to))?;
                Some(Edge {
                    from,
                    to,
                    ..e.clone()
                })
            })
            .collect();
        let chooses = part
            .chooses
            .iter()
            .filter_map(|&k| {
                let (a, b, r) = full.chooses[k];
                pair((a, b)).map(|(a, b)| (a, b, r))
            })
            .collect();
        let picked = |list: &[usize]| list.iter().filter_map(|&n| pick(n)).collect::<Vec<_>>();
        let (lanes, lane_span) = lanes_of(full, &part.nodes);
        Graph {
            view: full.view,
            nodes: part.nodes.iter().map(|&n| full.nodes[n].clone()).collect(),
            rows: part.rows.iter().map(|row| picked(row)).collect(),
            apart: picked(&part.apart),
            appeals,
            lanes,
            lane_span,
            apart_heading: full.apart_heading,
            appeal_label: full.appeal_label,
            reviews,
            edges,
            chooses,
            chosen: part.nodes.iter().map(|&n| full.chosen[n]).collect(),
        }
    }
}

/// The lanes the courts of `nodes` stand over, and each one's span renumbered among them: a group leaves out
/// the lanes only other groups' courts stand in.
fn lanes_of(full: &Graph, nodes: &[usize]) -> (Vec<String>, Vec<Option<(usize, usize)>>) {
    let spans: Vec<Option<(usize, usize)>> = nodes
        .iter()
        .map(|&n| full.lane_span.get(n).copied().flatten())
        .collect();
    let mut used = vec![false; full.lanes.len()];
    for &(lo, hi) in spans.iter().flatten() {
        for slot in used.iter_mut().take(hi.saturating_add(1)).skip(lo) {
            *slot = true;
        }
    }
    // Each lane's place among those kept: a span's ends are kept lanes, so they keep their order.
    let mut place = Vec::with_capacity(used.len());
    let mut lanes = Vec::new();
    for (lane, &kept) in full.lanes.iter().zip(&used) {
        place.push(lanes.len());
        if kept {
            lanes.push(lane.clone());
        }
    }
    let renumber = |k: usize| place.get(k).copied().unwrap_or(0);
    let spans = spans
        .into_iter()
        .map(|s| s.map(|(lo, hi)| (renumber(lo), renumber(hi))))
        .collect();
    (lanes, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_date_shows_each_view_as_one_group() {
        let timeline =
            crate::dataset::load_embedded_timeline().expect("the built-in dataset loads");
        let w = crate::strings::choose([None]);
        for index in 0..timeline.len() {
            let groups = Groups::new(timeline.snapshot(index), w);
            assert_eq!(groups.count(), 1, "{:?}", timeline.date(index));
            assert_eq!(groups.graph_of(0), groups.graph);
            let courts = Groups::courts(timeline.snapshot(index), w, &groups);
            assert_eq!(courts.count(), 1, "appeals view {:?}", timeline.date(index));
            assert_eq!(courts.graph_of(0), courts.graph);
        }
    }
}
