//! How each box and arrow is marked for the state the user is in: the focused box, or a case's current court,
//! the path it travelled and the steps still ahead. Drawing and tests both read these.

use super::graph::{Graph, StubSource};
use super::state::DiagramState;
use crate::model::Model;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mark {
    #[default]
    Plain,
    /// The box with the focus (no case is being followed).
    Focused,
    /// The court the case is at now.
    Current,
    /// A court the case has passed through, or an appeal it has taken.
    Travelled,
    /// A court or appeal the case will reach in a later step.
    Ahead,
}

impl Mark {
    /// The one-column marker before a box's label; readable without colour.
    pub fn symbol(self) -> char {
        match self {
            Mark::Plain => ' ',
            Mark::Focused | Mark::Current => '▶',
            Mark::Travelled => '✓',
            Mark::Ahead => '○',
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marks {
    /// Per node.
    pub boxes: Vec<Mark>,
    /// Per appeal, in `graph.appeals` order.
    pub links: Vec<Mark>,
    /// The kind of case being followed: its entry arrow is drawn as travelled.
    pub matter: Option<usize>,
}

impl Marks {
    pub fn new(model: &Model, state: &DiagramState, graph: &Graph, focus: Option<usize>) -> Marks {
        let mut marks = Marks {
            boxes: vec![Mark::Plain; graph.nodes.len()],
            links: vec![Mark::Plain; graph.appeals.len()],
            matter: None,
        };
        let Some(walk) = state.walk else {
            if let Some(n) = focus {
                marks.boxes[n] = Mark::Focused;
            }
            return marks;
        };
        let Some(scenario) = model.data.scenarios.get(walk.scenario) else {
            return marks;
        };
        marks.matter = model
            .data
            .matters
            .iter()
            .position(|m| m.id == scenario.matter);
        let node_at = |id: &str| {
            graph
                .nodes
                .iter()
                .position(|n| model.data.bodies[n.body].id == id)
        };
        // While the class guesses the next court, nothing shows the way ahead.
        let hide_ahead = state.predict.as_ref().is_some_and(|p| p.asking());
        let ahead = if hide_ahead { Mark::Plain } else { Mark::Ahead };
        let path: Vec<Option<usize>> = scenario.steps.iter().map(|s| node_at(&s.at)).collect();
        for (k, node) in path.iter().enumerate() {
            if let Some(n) = *node
                && (k <= walk.step || !hide_ahead)
            {
                marks.boxes[n] = step_mark(k, walk.step);
            }
        }
        for (k, pair) in path.windows(2).enumerate() {
            if let (Some(a), Some(b)) = (pair[0], pair[1])
                && let Some(link) = graph.appeals.iter().position(|&e| e == (a, b))
            {
                // The appeal from step k to step k+1 is travelled once the case stands at k+1.
                marks.links[link] = if k < walk.step {
                    Mark::Travelled
                } else {
                    ahead
                };
            }
        }
        marks
    }

    pub fn stub_travelled(&self, source: StubSource) -> bool {
        matches!((source, self.matter), (StubSource::Matter(m), Some(at)) if m == at)
    }
}

fn step_mark(k: usize, step: usize) -> Mark {
    match k.cmp(&step) {
        std::cmp::Ordering::Less => Mark::Travelled,
        std::cmp::Ordering::Equal => Mark::Current,
        std::cmp::Ordering::Greater => Mark::Ahead,
    }
}
