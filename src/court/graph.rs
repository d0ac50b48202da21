//! What the court diagram shows, before any geometry: its boxes, their levels, the appeals between them and the
//! labelled entries (kinds of case, appointments) that point at them. Everything comes from the dataset.

use super::state::DiagramView;
use crate::model::{Model, Relation, RelationKind};
use crate::strings::Strings;

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
}

fn width(text: &str) -> u16 {
    unicode_width::UnicodeWidthStr::width(text).min(u16::MAX as usize) as u16
}

fn index_of(model: &Model, id: &str) -> Option<usize> {
    model.data.bodies.iter().position(|b| b.id == id)
}

/// Bodies of the appeal chain: those with a court level or an appeal to or from them, in dataset order.
fn chain_bodies(model: &Model) -> Vec<usize> {
    let appeals: Vec<&Relation> = model.relations_of_kind(RelationKind::AppealsTo).collect();
    model
        .data
        .bodies
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            b.court_level.is_some() || appeals.iter().any(|r| r.from == b.id || r.to == b.id)
        })
        .map(|(i, _)| i)
        .collect()
}

/// Bodies where a kind of case starts that are not in the appeal chain, in dataset order.
fn matter_bodies(model: &Model, chain: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, b) in model.data.bodies.iter().enumerate() {
        let starts_here = model.data.matters.iter().any(|m| m.starts_at == b.id);
        if starts_here && !chain.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// Judicial bodies that choose judges or whose members are chosen (a judicial council, a collegium, the
/// judges themselves), beyond those already shown.
fn appointing_bodies(model: &Model, shown: &[usize]) -> Vec<usize> {
    let d = &model.data;
    let judicial = |i: usize| d.bodies[i].branch == crate::model::Branch::Judicial;
    let edges: Vec<(usize, usize)> = d
        .relations
        .iter()
        .filter(|r| r.kind.chooses_members())
        .filter_map(|r| Some((index_of(model, &r.from)?, index_of(model, &r.to)?)))
        .collect();
    let mut set: Vec<usize> = shown.to_vec();
    // Bodies chosen by someone, then the judicial bodies that take part in choosing them.
    for &(_, to) in &edges {
        if judicial(to) && !set.contains(&to) {
            set.push(to);
        }
    }
    for &(from, to) in &edges {
        if judicial(from) && set.contains(&to) && !set.contains(&from) {
            set.push(from);
        }
    }
    let mut extra: Vec<usize> = set.into_iter().filter(|i| !shown.contains(i)).collect();
    extra.sort_unstable();
    extra
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
    let pos = |id: &str| chain.iter().position(|&i| d.bodies[i].id == id);
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

/// "Head of state appoints 3 members, including the chair (3 of 7)"; "member: Upper house (its members)".
fn relation_text(model: &Model, w: &'static Strings, r: &Relation, inward: bool) -> String {
    let what = r.what.as_deref().unwrap_or("");
    let members = model.body(&r.to).and_then(|b| b.members);
    let count = match (r.count, members) {
        (Some(c), Some(m)) if c < m => (w.of_members)(c, m),
        (Some(c), _) if !what.contains(&c.to_string()) => format!(" ({c})"),
        _ => String::new(),
    };
    if !inward {
        let what = if what.is_empty() {
            String::new()
        } else {
            format!(" {what}")
        };
        return format!(
            "{}{what}{count} → {}",
            r.kind.short_verb(w).unwrap_or(""),
            model.label(&r.to)
        );
    }
    if r.kind == RelationKind::MemberOf {
        // Who sits, where the data says ("some senators"), rather than the whole body and a caveat.
        if let Some(who) = r.who.as_deref() {
            return format!("{}{count}", (w.member_label)(who));
        }
        return if what.is_empty() {
            format!("{}{count}", (w.member_label)(model.label(&r.from)))
        } else {
            format!("{} ({what}){count}", (w.member_label)(model.label(&r.from)))
        };
    }
    let mut text = format!(
        "{} {}",
        model.label(&r.from),
        r.kind.short_verb(w).unwrap_or("")
    );
    if !what.is_empty() {
        text.push(' ');
        text.push_str(what);
    }
    text + &count
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
        if view == DiagramView::Appointments {
            let mut shown = chain.clone();
            shown.extend(&apart);
            apart.extend(appointing_bodies(model, &shown));
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
                    name: b.name.clone(),
                    label,
                    role: b.role.clone(),
                    stubs: Vec::new(),
                }
            })
            .collect();
        let bodies: Vec<usize> = nodes.iter().map(|n| n.body).collect();
        let node_of = |id: &str| bodies.iter().position(|&b| d.bodies[b].id == id);
        let mut stubs: Vec<(usize, Stub)> = Vec::new();
        match view {
            DiagramView::Courts => {
                for (i, m) in d.matters.iter().enumerate() {
                    if let Some(n) = node_of(&m.starts_at) {
                        let stub = Stub {
                            width: width(&m.label),
                            text: m.label.clone(),
                            inward: true,
                            source: StubSource::Matter(i),
                        };
                        stubs.push((n, stub));
                    }
                }
            }
            DiagramView::Appointments => {
                for (i, r) in d.relations.iter().enumerate() {
                    if !r.kind.chooses_members() {
                        continue;
                    }
                    // Into a box; or out of a box to a body that is not one (a list handed to a ministry).
                    let (at, inward) = match (node_of(&r.to), node_of(&r.from)) {
                        (Some(to), _) => (to, true),
                        (None, Some(from)) => (from, false),
                        (None, None) => continue,
                    };
                    let text = relation_text(model, w, r, inward);
                    let stub = Stub {
                        width: width(&text),
                        text,
                        inward,
                        source: StubSource::Relation(i),
                    };
                    stubs.push((at, stub));
                }
            }
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
            rows,
            apart: (chain.len()..nodes.len()).collect(),
            appeals,
            apart_heading,
            appeal_label: w.appeal,
            reviews,
            nodes,
            lanes,
            lane_span,
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
