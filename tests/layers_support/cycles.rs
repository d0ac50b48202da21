//! Circles in a directed graph: one for each knot of nodes that reach each other (a strongly connected
//! component of two or more), as the shortest way round from the knot's first node back to it.

use std::collections::{HashMap, VecDeque};

/// Nodes that all reach each other, and the shortest way round from the first of them back to it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Knot {
    /// The circle as a node path `a → … → a`.
    pub way_round: Vec<usize>,
    /// Every node in the knot, in order.
    pub members: Vec<usize>,
}

/// Every knot in the graph of `nodes` nodes and `edges`, in order of their first node. A node's edge to
/// itself is ignored.
pub fn circles(nodes: usize, edges: &[(usize, usize)]) -> Vec<Knot> {
    let mut adjacent = vec![Vec::new(); nodes];
    for &(from, to) in edges {
        if from != to {
            adjacent[from].push(to);
        }
    }
    for next in &mut adjacent {
        next.sort_unstable();
        next.dedup();
    }
    let component = components(&adjacent);
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (node, &c) in component.iter().enumerate() {
        members.entry(c).or_default().push(node);
    }
    let mut out: Vec<Knot> = members
        .into_values()
        .filter(|knot| knot.len() > 1)
        .map(|knot| Knot {
            way_round: way_round(&adjacent, &component, knot[0]),
            members: knot,
        })
        .collect();
    out.sort();
    out
}

/// The shortest path from `start` back to itself through its own knot.
fn way_round(adjacent: &[Vec<usize>], component: &[usize], start: usize) -> Vec<usize> {
    let mut came_from: HashMap<usize, usize> = HashMap::new();
    let mut queue = VecDeque::from([start]);
    let mut last = start;
    'search: while let Some(node) = queue.pop_front() {
        for &next in &adjacent[node] {
            if component[next] != component[start] {
                continue;
            }
            if next == start {
                last = node;
                break 'search;
            }
            if let std::collections::hash_map::Entry::Vacant(e) = came_from.entry(next) {
                e.insert(node);
                queue.push_back(next);
            }
        }
    }
    let mut path = vec![start, last];
    let mut node = last;
    while let Some(&prev) = came_from.get(&node) {
        path.push(prev);
        node = prev;
    }
    if last == start {
        path.pop();
    }
    path.reverse();
    path
}

/// Tarjan's algorithm: each node's component number. Recursive, as module graphs are small.
fn components(adjacent: &[Vec<usize>]) -> Vec<usize> {
    struct Walk<'a> {
        adjacent: &'a [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        component: Vec<usize>,
        next_index: usize,
        next_component: usize,
    }
    fn visit(w: &mut Walk, node: usize) {
        w.index[node] = Some(w.next_index);
        w.low[node] = w.next_index;
        w.next_index += 1;
        w.stack.push(node);
        w.on_stack[node] = true;
        for &next in w.adjacent[node].iter() {
            match w.index[next] {
                None => {
                    visit(w, next);
                    w.low[node] = w.low[node].min(w.low[next]);
                }
                Some(i) if w.on_stack[next] => w.low[node] = w.low[node].min(i),
                Some(_) => {}
            }
        }
        if Some(w.low[node]) == w.index[node] {
            while let Some(member) = w.stack.pop() {
                w.on_stack[member] = false;
                w.component[member] = w.next_component;
                if member == node {
                    break;
                }
            }
            w.next_component += 1;
        }
    }
    let n = adjacent.len();
    let mut w = Walk {
        adjacent,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        component: vec![0; n],
        next_index: 0,
        next_component: 0,
    };
    for node in 0..n {
        if w.index[node].is_none() {
            visit(&mut w, node);
        }
    }
    w.component
}
