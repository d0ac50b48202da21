//! What the court diagram shows, before any geometry: its boxes, their levels, the appeals between them and the
//! labelled entries (kinds of case, appointments) that point at them. Everything comes from the dataset.

use super::appointments::{self, Edge};
use super::state::DiagramView;
use crate::model::{Model, RelationKind};
use crate::strings::Strings;
use std::collections::{HashMap, HashSet};

/// One box: a court or another judicial body.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Index into `bodies`.
    pub body: usize,
    /// The short label (the full name when the data gives none).
    pub label: String,
    /// The full name, shown where the box has room for it.
    pub name: String,
    pub role: String,
    /// Display widths of the label, the name and the role, measured once.
    pub label_width: u16,
    pub name_width: u16,
    pub role_width: u16,
    /// The labelled arrows that touch this box from outside the diagram's boxes.
    pub stubs: Vec<Stub>,
    /// In the appointments view, who sits on this body ("Members: ..."), drawn inside its box; else empty.
    pub members: String,
    pub members_width: u16,
}

/// A short labelled arrow at a box's side: where a kind of case starts, or who appoints its members.
#[derive(Debug, Clone, PartialEq)]
pub struct Stub {
    pub text: String,
    /// Display width of the text.
    pub width: u16,
    /// Points into the box (true) or out of it.
    pub inward: bool,
    pub source: StubSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StubSource {
    /// `matters[i]` starts here.
    Matter(usize),
    /// `relations[i]`.
    Relation(usize),
}

/// The boxes of one view and how they hang together.
#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    /// The view these boxes are for.
    pub view: DiagramView,
    pub nodes: Vec<Node>,
    /// The appeal chain by level, highest level first; each row holds node indexes.
    pub rows: Vec<Vec<usize>>,
    /// Bodies outside the appeal chain (a constitutional court, councils), drawn apart, in dataset order.
    pub apart: Vec<usize>,
    /// Appeals as (from node, to node), in dataset order.
    pub appeals: Vec<(usize, usize)>,
    /// The branches the chain's courts name, in the order they first appear, each drawn as a lane; empty when
    /// no court names one (then rows are centred on one axis). A last unnamed lane holds courts of no branch
    /// that no branch's court appeals to or from.
    pub lanes: Vec<String>,
    /// Per node: the lanes a chain court stands over (first, last); none for the bodies apart, and for every
    /// node when there are no lanes.
    pub lane_span: Vec<Option<(usize, usize)>>,
    /// The heading over the bodies drawn apart, in the interface's words.
    pub apart_heading: &'static str,
    /// The label beside a long appeal arrow.
    pub appeal_label: &'static str,
    /// Per appeal: the kind of review it is, in the interface's words, where the data says.
    pub reviews: Vec<Option<&'static str>>,
    /// The appointments view's arrows as drawn (a procedure's steps chained into a path); none in the appeals
    /// view.
    pub edges: Vec<Edge>,
    /// Every relation the appointments view shows, as (from node, to node, relation index): who really
    /// chooses whom, whatever the drawing chains.
    pub chooses: Vec<(usize, usize, usize)>,
    /// Per node, in the appointments view: whether it is a body chosen (a court or council) rather than only
    /// one that chooses.
    pub chosen: Vec<bool>,
}

fn width(text: &str) -> u16 {
    unicode_width::UnicodeWidthStr::width(text).min(u16::MAX as usize) as u16
}

/// Bodies of the appeal chain: those with a court level or an appeal to or from them, in dataset order.
fn chain_bodies(model: &Model) -> Vec<usize> {
    let appealing: HashSet<usize> = model
        .relations_of_kind(RelationKind::AppealsTo)
        .flat_map(|r| [model.body_index(&r.from), model.body_index(&r.to)])
        .flatten()
        .collect();
    model
        .data
        .bodies
        .iter()
        .enumerate()
        .filter(|&(i, b)| b.court_level.is_some() || appealing.contains(&i))
        .map(|(i, _)| i)
        .collect()
}

/// Bodies where a kind of case starts that are not in the appeal chain, in dataset order.
fn matter_bodies(model: &Model, chain: &[usize]) -> Vec<usize> {
    let chain: HashSet<usize> = chain.iter().copied().collect();
    let mut out: Vec<usize> = model
        .data
        .matters
        .iter()
        .filter_map(|m| model.body_index(&m.starts_at))
        .filter(|i| !chain.contains(i))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether the dataset has anything to draw: some court or a place where a case starts.
pub fn has_courts(model: &Model) -> bool {
    !chain_bodies(model).is_empty() || !model.data.matters.is_empty()
}

/// Levels of the chain's bodies: the court level where given, raised where needed so that every appeal goes
/// to a higher level (bodies without a level sit one above the highest that appeals to them).
fn levels(model: &Model, chain: &[usize]) -> Vec<u32> {
    let d = &model.data;
    let mut level: Vec<u32> = chain
        .iter()
        .map(|&i| d.bodies[i].court_level.map_or(1, u32::from))
        .collect();
    let at: HashMap<usize, usize> = chain.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    let pos = |id: &str| model.body_index(id).and_then(|i| at.get(&i).copied());
    let edges: Vec<(usize, usize)> = model
        .relations_of_kind(RelationKind::AppealsTo)
        .filter_map(|r| Some((pos(&r.from)?, pos(&r.to)?)))
        .collect();
    // Longest-path relaxation; validated data has no cycles, and the bound keeps bad data from looping.
    for _ in 0..chain.len() {
        let mut changed = false;
        for &(from, to) in &edges {
            if level[to] <= level[from] {
                level[to] = level[from] + 1;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    level
}

/// The branch a body names, if any (blank names count as none).
fn branch_of(model: &Model, body: usize) -> Option<&str> {
    let branch = model.data.bodies[body].court_branch.as_deref()?.trim();
    (!branch.is_empty()).then_some(branch)
}

/// The lanes and each chain node's span of them. A court of no branch stands over the lanes of the courts
/// it hears appeals from or sends them to (a supreme court over every branch), else in a last lane of its own.
fn lanes(
    model: &Model,
    chain: &[usize],
    appeals: &[(usize, usize)],
    nodes: usize,
) -> (Vec<String>, Vec<Option<(usize, usize)>>) {
    let mut lanes: Vec<String> = Vec::new();
    let mut span: Vec<Option<(usize, usize)>> = vec![None; nodes];
    for (n, &body) in chain.iter().enumerate() {
        if let Some(branch) = branch_of(model, body) {
            let k = match lanes.iter().position(|l| l == branch) {
                Some(k) => k,
                None => {
                    lanes.push(branch.to_string());
                    lanes.len() - 1
                }
            };
            span[n] = Some((k, k));
        }
    }
    if lanes.is_empty() {
        return (lanes, span);
    }
    let branched: Vec<bool> = span.iter().map(Option::is_some).collect();
    // First from courts of a branch only, then from courts already placed; bounded for bad data.
    for pass in 0..=chain.len() {
        let mut changed = false;
        for n in 0..chain.len() {
            if span[n].is_some() {
                continue;
            }
            let near = appeals
                .iter()
                .filter_map(|&(a, b)| match (a == n, b == n) {
                    (true, _) => Some(b),
                    (_, true) => Some(a),
                    _ => None,
                })
                .filter(|&m| pass > 0 || branched[m])
                .filter_map(|m| span[m]);
            let joined = near.fold(None, |acc: Option<(usize, usize)>, (lo, hi)| {
                Some(acc.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))))
            });
            if joined.is_some() {
                span[n] = joined;
                changed = true;
            }
        }
        if !changed && pass > 0 {
            break;
        }
    }
    if span[..chain.len()].iter().any(Option::is_none) {
        let last = lanes.len();
        lanes.push(String::new());
        for s in &mut span[..chain.len()] {
            s.get_or_insert((last, last));
        }
    }
    (lanes, span)
}

impl Graph {
    pub fn new(model: &Model, view: DiagramView, w: &'static Strings) -> Graph {
        let apart_heading = match view {
            DiagramView::Courts => w.outside_the_appeal_chain,
            DiagramView::Appointments => w.councils_and_others,
        };
        let d = &model.data;
        let chain = chain_bodies(model);
        let mut apart = matter_bodies(model, &chain);
        // The chosen bodies come first: the chain, where cases start, the councils; then those who choose.
        let mut chosen_count = chain.len() + apart.len();
        if view == DiagramView::Appointments {
            let mut shown = chain.clone();
            shown.extend(&apart);
            let (councils, appointing) = appointments::bodies(model, &shown);
            chosen_count += councils.len();
            apart.extend(councils);
            apart.extend(appointing);
        }
        let mut nodes: Vec<Node> = chain
            .iter()
            .chain(&apart)
            .map(|&i| {
                let b = &d.bodies[i];
                let label = model.label(&b.id).to_string();
                Node {
                    body: i,
                    label_width: width(&label),
                    name_width: width(&b.name),
                    role_width: width(&b.role),
                    name: b.name.to_string(),
                    label,
                    role: b.role.to_string(),
                    stubs: Vec::new(),
                    members: String::new(),
                    members_width: 0,
                }
            })
            .collect();
        let by_body: HashMap<usize, usize> = nodes
            .iter()
            .enumerate()
            .map(|(n, node)| (node.body, n))
            .collect();
        let node_of = |id: &str| model.body_index(id).and_then(|b| by_body.get(&b).copied());
        let mut stubs: Vec<(usize, Stub)> = Vec::new();
        let chosen: Vec<bool> = (0..nodes.len()).map(|n| n < chosen_count).collect();
        let (edges, chooses) = match view {
            DiagramView::Courts => (Vec::new(), Vec::new()),
            DiagramView::Appointments => appointments::edges(model, w, &by_body, &chosen),
        };
        if view == DiagramView::Appointments {
            let bodies: Vec<usize> = nodes.iter().map(|n| n.body).collect();
            let members = appointments::members(model, w, &bodies, &chosen);
            for (node, text) in nodes.iter_mut().zip(members) {
                node.members_width = width(&text);
                node.members = text;
            }
        }
        match view {
            DiagramView::Courts => {
                for (i, m) in d.matters.iter().enumerate() {
                    if let Some(n) = node_of(&m.starts_at) {
                        let stub = Stub {
                            width: width(&m.label),
                            text: m.label.to_string(),
                            inward: true,
                            source: StubSource::Matter(i),
                        };
                        stubs.push((n, stub));
                    }
                }
            }
            // The appointments view draws its relations as arrows between boxes, not as stubs.
            DiagramView::Appointments => {}
        }
        for (n, stub) in stubs {
            nodes[n].stubs.push(stub);
        }

        let level = levels(model, &chain);
        let mut distinct: Vec<u32> = level.clone();
        distinct.sort_unstable_by(|a, b| b.cmp(a));
        distinct.dedup();
        let rows = distinct
            .iter()
            .map(|&l| (0..chain.len()).filter(|&n| level[n] == l).collect())
            .collect();
        let (appeals, reviews): (Vec<(usize, usize)>, Vec<Option<&'static str>>) = model
            .relations_of_kind(RelationKind::AppealsTo)
            .filter_map(|r| {
                let review = r
                    .review
                    .and_then(|k| w.review_labels.get(k.index()).copied());
                Some(((node_of(&r.from)?, node_of(&r.to)?), review))
            })
            .unzip();
        let (lanes, lane_span) = lanes(model, &chain, &appeals, nodes.len());
        Graph {
            view,
            rows,
            apart: (chain.len()..nodes.len()).collect(),
            appeals,
            apart_heading,
            appeal_label: w.appeal,
            reviews,
            nodes,
            lanes,
            lane_span,
            edges,
            chooses,
            chosen,
        }
    }

    /// Whether the chain is drawn in lanes, one per branch.
    pub fn has_lanes(&self) -> bool {
        !self.lanes.is_empty()
    }

    /// The chain row a node is in; none for the bodies apart.
    pub fn row_of(&self, node: usize) -> Option<usize> {
        self.rows.iter().position(|r| r.contains(&node))
    }

    /// The node showing `body`, if any.
    pub fn node_of(&self, body: usize) -> Option<usize> {
        self.nodes.iter().position(|n| n.body == body)
    }
}

/// The bodies the courts view shows, in dataset order.
pub fn bodies_shown(model: &Model) -> Vec<usize> {
    let chain = chain_bodies(model);
    let mut all = matter_bodies(model, &chain);
    all.extend(chain);
    all.sort_unstable();
    all
}

/// The node order focus moves through with Tab: the chain from the top, then the bodies apart.
pub fn order(graph: &Graph) -> Vec<usize> {
    graph
        .rows
        .iter()
        .flatten()
        .chain(&graph.apart)
        .copied()
        .collect()
}
