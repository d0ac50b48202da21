//! The appointments view's graph: which bodies are boxes (the courts and councils chosen, and the bodies that
//! choose them) and the labelled arrows between them, a procedure of several steps drawn as one path.

use crate::model::validate::diagram_extent::MAX_ARROW_LABEL as LABEL_CAP;
use crate::model::{Branch, Model, Relation, RelationKind};
use crate::strings::Strings;
use std::collections::{HashMap, HashSet};

/// One arrow as drawn: `from` points at `to` with the words of `relations[relation]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Nodes.
    pub from: usize,
    pub to: usize,
    /// Index into `relations` of the relation whose words the arrow carries.
    pub relation: usize,
    /// The verb and what is chosen ("nominates judges"), and the verb alone for where there is no room.
    pub label: String,
    pub short: String,
    pub label_width: u16,
    pub short_width: u16,
}

fn width(text: &str) -> u16 {
    unicode_width::UnicodeWidthStr::width(text).min(u16::MAX as usize) as u16
}

/// Whether a relation is a membership rather than a step of choosing.
fn is_membership(kind: RelationKind) -> bool {
    matches!(kind, RelationKind::MemberOf | RelationKind::Chairs)
}

/// A procedure's steps toward one body, in the order they happen: proposing (nominating, listing), then
/// recommending, then approving. Other kinds are steps of their own.
fn step_rank(kind: RelationKind) -> Option<u8> {
    match kind {
        RelationKind::Nominates | RelationKind::Lists => Some(0),
        RelationKind::Recommends => Some(1),
        RelationKind::Approves => Some(2),
        _ => None,
    }
}

/// The bodies chosen (besides `shown`, the chain and where cases start): judicial bodies someone chooses
/// members of or sits on; and the bodies that choose any of them. Both in dataset order. A body that only
/// sends members is no box: it is named inside the box of the body it sits on.
pub fn bodies(model: &Model, shown: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let d = &model.data;
    let choosing = |memberships: bool| {
        d.relations
            .iter()
            .filter(move |r| r.kind.chooses_members() && (memberships || !is_membership(r.kind)))
            .filter_map(|r| Some((model.body_index(&r.from)?, model.body_index(&r.to)?)))
    };
    let mut chosen: HashSet<usize> = shown.iter().copied().collect();
    let mut councils: Vec<usize> = Vec::new();
    for (_, to) in choosing(true) {
        if d.bodies[to].branch == Branch::Judicial && chosen.insert(to) {
            councils.push(to);
        }
    }
    let mut appointing: Vec<usize> = Vec::new();
    let mut seen: HashSet<usize> = HashSet::new();
    for (from, to) in choosing(false) {
        if chosen.contains(&to) && !chosen.contains(&from) && seen.insert(from) {
            appointing.push(from);
        }
    }
    councils.sort_unstable();
    appointing.sort_unstable();
    (councils, appointing)
}

/// The words inside each chosen node's box saying who sits on it ("Members: the chairperson of the Supreme
/// Court, some senators"), empty where no one is named: memberships are not choices, so they are no arrows.
/// Each member is named as the pages do (the relation's `who`, else the body's name), cut to an arrow
/// label's width so the bound on the diagram's height holds.
pub fn members(
    model: &Model,
    w: &'static Strings,
    nodes: &[usize],
    chosen: &[bool],
) -> Vec<String> {
    let d = &model.data;
    let node_of: HashMap<usize, usize> = nodes.iter().enumerate().map(|(n, &b)| (b, n)).collect();
    let mut named: Vec<Vec<String>> = vec![Vec::new(); nodes.len()];
    for r in d.relations.iter().filter(|r| is_membership(r.kind)) {
        let Some(to) = model
            .body_index(&r.to)
            .and_then(|b| node_of.get(&b).copied())
        else {
            continue;
        };
        if !chosen.get(to).copied().unwrap_or(false) {
            continue;
        }
        let who = match (r.who.as_deref(), model.body(&r.from)) {
            (Some(who), _) => who.to_string(),
            (None, Some(b)) => b.name.to_string(),
            (None, None) => continue,
        };
        let who = if r.kind == RelationKind::Chairs {
            (w.chairs_member)(&who)
        } else {
            who
        };
        named[to].push(crate::text::truncate(&who, LABEL_CAP as usize));
    }
    named
        .into_iter()
        .map(|list| {
            if list.is_empty() {
                String::new()
            } else {
                (w.members_line)(&list.join(", "))
            }
        })
        .collect()
}

/// "nominates judges", "appoints 3 members, including the chair (3 of 7)".
fn label(model: &Model, w: &'static Strings, r: &Relation) -> String {
    let what = r.what.as_deref().unwrap_or("");
    let members = model.body(&r.to).and_then(|b| b.members);
    let count = match (r.count, members) {
        (Some(c), Some(m)) if c < m => (w.of_members)(c, m),
        (Some(c), _) if !what.contains(&c.to_string()) => format!(" ({c})"),
        _ => String::new(),
    };
    let verb = r.kind.short_verb(w).unwrap_or_else(|| r.kind.verb(w));
    if what.is_empty() {
        format!("{verb}{count}")
    } else {
        format!("{verb} {what}{count}")
    }
}

/// The verb alone.
fn short(w: &'static Strings, r: &Relation) -> String {
    r.kind
        .short_verb(w)
        .unwrap_or_else(|| r.kind.verb(w))
        .to_string()
}

/// The arrows between the nodes (`node_of` maps a body to its node; `chosen` says which nodes are chosen), and
/// every relation they stand for as (from node, to node, relation), the truth the panel tells.
///
/// Relations toward a chosen body are drawn; so are lists handed between the boxes (a list a collegium gives
/// a ministry). Several steps toward one body (nominate, recommend, approve) are drawn as a path: each step's
/// body points at the next step's body, the last at the body chosen.
pub fn edges(
    model: &Model,
    w: &'static Strings,
    node_of: &HashMap<usize, usize>,
    chosen: &[bool],
) -> (Vec<Edge>, Vec<(usize, usize, usize)>) {
    let d = &model.data;
    let node = |id: &str| model.body_index(id).and_then(|b| node_of.get(&b).copied());
    let mut real: Vec<(usize, usize, usize)> = Vec::new();
    // Per chosen node, its steps: (rank, from node, relation).
    let mut steps: HashMap<usize, Vec<(u8, usize, usize)>> = HashMap::new();
    for (i, r) in d.relations.iter().enumerate() {
        // Memberships are listed in their body's box, not drawn.
        if !r.kind.chooses_members() || is_membership(r.kind) {
            continue;
        }
        let (Some(from), Some(to)) = (node(&r.from), node(&r.to)) else {
            continue;
        };
        let toward_chosen = chosen.get(to).copied().unwrap_or(false);
        if from == to || !(toward_chosen || r.kind == RelationKind::Lists) {
            continue;
        }
        real.push((from, to, i));
        if toward_chosen && let Some(rank) = step_rank(r.kind) {
            steps.entry(to).or_default().push((rank, from, i));
        }
    }
    let make = |from: usize, to: usize, relation: usize| {
        let r = &d.relations[relation];
        let (label, short) = (label(model, w, r), short(w, r));
        Edge {
            from,
            to,
            relation,
            label_width: width(&label),
            short_width: width(&short),
            label,
            short,
        }
    };
    let mut out: Vec<Edge> = Vec::new();
    // Procedures first (they set the columns), in the order of the bodies they choose.
    let mut targets: Vec<usize> = steps
        .iter()
        .filter(|(_, s)| s.len() > 1)
        .map(|(&t, _)| t)
        .collect();
    targets.sort_unstable();
    let mut chained: HashSet<usize> = HashSet::new();
    for t in targets {
        let mut list = steps[&t].clone();
        list.sort_by_key(|&(rank, _, i)| (rank, i));
        for (k, &(_, from, i)) in list.iter().enumerate() {
            // The next step taken by another body; the last step points at the body chosen.
            let next = list[k + 1..]
                .iter()
                .map(|&(_, f, _)| f)
                .find(|&f| f != from)
                .unwrap_or(t);
            out.push(make(from, next, i));
            chained.insert(i);
        }
    }
    for &(from, to, i) in &real {
        if !chained.contains(&i) {
            out.push(make(from, to, i));
        }
    }
    // Then lists handed on (a step of their own procedure), then other choices: columns are set in this
    // order, and an arrow that would close a cycle is drawn backwards instead.
    let rank = |e: &Edge| {
        let kind = d.relations[e.relation].kind;
        if chained.contains(&e.relation) {
            0
        } else if kind == RelationKind::Lists {
            1
        } else {
            2
        }
    };
    out.sort_by_key(rank);
    (out, real)
}
