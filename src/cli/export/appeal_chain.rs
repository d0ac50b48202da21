//! The appeal chain as text for the export: per branch of courts, each court from the highest level down, what it
//! hears and where its appeals go, with the kind of review where the data names one.

use super::block::Block;
use crate::model::{Body, Model, RelationKind};
use crate::strings::Strings;

/// The courts of the appeal chain: those with a court level or an appeal to or from them, highest level first.
fn chain(model: &Model) -> Vec<&Body> {
    let appeals: Vec<_> = model.relations_of_kind(RelationKind::AppealsTo).collect();
    let mut courts: Vec<&Body> = model
        .data
        .bodies
        .iter()
        .filter(|b| {
            b.court_level.is_some() || appeals.iter().any(|r| r.from == b.id || r.to == b.id)
        })
        .collect();
    // Stable: courts of one level keep the dataset's order.
    courts.sort_by_key(|b| std::cmp::Reverse(b.court_level.unwrap_or(0)));
    courts
}

/// The branch a court names, if any (blank names count as none).
fn branch_of(body: &Body) -> Option<&str> {
    let branch = body.court_branch.as_deref()?.trim();
    (!branch.is_empty()).then_some(branch)
}

/// "Oblast courts: Hear serious crimes first … Appeals go to Cassation Court (cassation; criminal cases)."
fn court_line(model: &Model, w: &'static Strings, court: &Body) -> String {
    let targets: Vec<String> = model
        .relations_of_kind(RelationKind::AppealsTo)
        .filter(|r| r.from == court.id)
        .map(|r| {
            let name = model.name(&r.to);
            let kind = r
                .review
                .and_then(|k| w.review_labels.get(k.index()).copied());
            let notes: Vec<&str> = kind.into_iter().chain(r.what.as_deref()).collect();
            if notes.is_empty() {
                name.to_string()
            } else {
                format!("{name} ({})", notes.join("; "))
            }
        })
        .collect();
    (w.chain_court)(&court.name, &court.role, &targets.join(", "))
}

/// The appeal chain under its heading: one part per branch in the order the data first names them, then the
/// courts of no branch; nothing when the dataset has no courts.
pub fn appeal_chain(model: &Model, w: &'static Strings, blocks: &mut Vec<Block>) {
    let courts = chain(model);
    if courts.is_empty() {
        return;
    }
    blocks.push(Block::Heading(3, w.appeal_chain.to_string()));
    let mut branches: Vec<&str> = Vec::new();
    for b in &courts {
        if let Some(branch) = branch_of(b)
            && !branches.contains(&branch)
        {
            branches.push(branch);
        }
    }
    let parts = branches.iter().map(|&b| Some(b)).chain([None]);
    for part in parts {
        let members: Vec<&&Body> = courts.iter().filter(|b| branch_of(b) == part).collect();
        if members.is_empty() {
            continue;
        }
        if !branches.is_empty() {
            let title = part.map_or(w.chain_no_branch.to_string(), |b| (w.chain_branch)(b));
            blocks.push(Block::Heading(4, title));
        }
        for court in members {
            blocks.push(Block::Item(court_line(model, w, court)));
        }
    }
}
