//! The relations touching each body, by body index, made once per snapshot, so the diagram's panel reads a
//! body's relations without scanning every relation of the dataset.

use crate::model::{Model, Relation};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RelationIndex {
    /// Per body: the indexes into `relations` of those from or to it, in dataset order.
    of: Vec<Vec<usize>>,
}

impl RelationIndex {
    pub fn new(model: &Model) -> RelationIndex {
        let mut of = vec![Vec::new(); model.data.bodies.len()];
        for (i, r) in model.data.relations.iter().enumerate() {
            let from = model.body_index(&r.from);
            let to = model.body_index(&r.to);
            for b in [from, to.filter(|&t| Some(t) != from)]
                .into_iter()
                .flatten()
            {
                of[b].push(i);
            }
        }
        RelationIndex { of }
    }

    /// The relations from or to body `id` of `model`, in dataset order (none for an unknown id).
    pub fn of<'a>(&'a self, model: &'a Model, id: &str) -> impl Iterator<Item = &'a Relation> + 'a {
        let list = model
            .body_index(id)
            .and_then(|b| self.of.get(b))
            .map_or(&[][..], Vec::as_slice);
        list.iter().filter_map(|&i| model.data.relations.get(i))
    }
}
