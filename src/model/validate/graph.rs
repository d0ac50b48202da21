//! Generic directed-graph algorithms the checks need: strongly connected components, the edge that closes
//! each cycle, and the shortest path inside a component.

use std::collections::{HashMap, HashSet, VecDeque};

/// For each strongly connected knot of a directed graph (nodes `0..nodes`, edges `(index, from, to)`), the
/// latest edge inside the knot and the cycle it closes, as the node path `to → … → from → to`.
pub(super) fn closing_edges(
    nodes: usize,
    edges: &[(usize, usize, usize)],
) -> Vec<(usize, Vec<usize>)> {
    let mut adjacent = vec![Vec::new(); nodes];
    for &(_, from, to) in edges {
        adjacent[from].push(to);
    }
    let component = strongly_connected(&adjacent);
    let mut latest: HashMap<usize, (usize, usize, usize)> = HashMap::new();
    for &(index, from, to) in edges {
        if component[from] == component[to] {
            let entry = latest.entry(component[from]).or_insert((index, from, to));
            if index > entry.0 {
                *entry = (index, from, to);
            }
        }
    }
    let mut out: Vec<(usize, Vec<usize>)> = latest
        .into_values()
        .map(|(index, from, to)| {
            let mut path = path_within(&adjacent, &component, to, from);
            path.push(to);
            (index, path)
        })
        .collect();
    out.sort();
    out
}

/// Shortest path from `start` to `goal` through nodes of `start`'s component (which holds `goal`).
fn path_within(
    adjacent: &[Vec<usize>],
    component: &[usize],
    start: usize,
    goal: usize,
) -> Vec<usize> {
    let mut came_from: HashMap<usize, usize> = HashMap::new();
    let mut seen = HashSet::from([start]);
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        if node == goal {
            break;
        }
        for &next in &adjacent[node] {
            if component[next] == component[start] && seen.insert(next) {
                came_from.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    let mut path = vec![goal];
    let mut node = goal;
    while let Some(&prev) = came_from.get(&node) {
        path.push(prev);
        node = prev;
    }
    path.reverse();
    path
}

/// Tarjan's algorithm without recursion (a hostile file may chain thousands of relations): the component
/// number of each node.
fn strongly_connected(adjacent: &[Vec<usize>]) -> Vec<usize> {
    let n = adjacent.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let (mut next_index, mut next_component) = (0, 0);
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut calls = vec![(root, 0usize)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (node, ref mut child)) = calls.last_mut() {
            if let Some(&next) = adjacent[node].get(*child) {
                *child += 1;
                if index[next] == usize::MAX {
                    index[next] = next_index;
                    low[next] = next_index;
                    next_index += 1;
                    stack.push(next);
                    on_stack[next] = true;
                    calls.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index[next]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(parent, _)) = calls.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}
