//! The document's closing sections: "What changed" (the events up to the chosen date, in date order) and the
//! sources, each with its address and note.

use super::block::Block;
use super::provenance::Cite;
use crate::model::{Date, Event};

/// The events known at the snapshot's date, oldest first (events of one day keep their file order), and how
/// many later events the dataset holds.
pub fn what_changed(cite: &Cite, later: usize, out: &mut Vec<Block>) {
    let model = cite.model;
    let mut events: Vec<&Event> = model.data.events.iter().collect();
    if events.is_empty() && later == 0 {
        return;
    }
    let w = cite.w;
    out.push(Block::Heading(2, w.what_changed.to_string()));
    events.sort_by_key(|e| Date::parse(&e.date));
    for e in events {
        let sources: Vec<&str> = e.sources.iter().map(|id| model.source_title(id)).collect();
        out.push(Block::Item(format!(
            "{}: {} [{}]",
            e.date,
            e.text,
            sources.join("; ")
        )));
        if !e.bodies.is_empty() {
            let names: Vec<&str> = e.bodies.iter().map(|id| model.name(id)).collect();
            out.push(Block::SubItem((w.changed_bodies)(&names.join(", "))));
        }
        if let Some(note) = &e.note {
            out.push(Block::SubItem(note.to_string()));
        }
    }
    if later > 0 {
        out.push(Block::Paragraph((w.later_events)(later)));
    }
}

/// Every source, numbered as the citations refer to them, with its origin, date, address and note.
pub fn sources(cite: &Cite, out: &mut Vec<Block>) {
    let sources = &cite.model.data.sources;
    if sources.is_empty() {
        return;
    }
    let w = cite.w;
    out.push(Block::Heading(2, w.sources.to_string()));
    for (i, s) in sources.iter().enumerate() {
        out.push(Block::Item((w.export_source)(
            i + 1,
            s.title.trim_end_matches('.'),
            s.origin.trim_end_matches('.'),
            &s.as_of,
        )));
        if let Some(url) = &s.url {
            out.push(Block::SubItem((w.address)(url)));
        }
        if let Some(note) = &s.note {
            out.push(Block::SubItem((w.note)(note)));
        }
    }
}
