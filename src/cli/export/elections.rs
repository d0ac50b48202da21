//! One election as blocks, by its kind: candidates, parties with shares and seats, a referendum's question and
//! outcome, or a vote that is called and whose results are not known.

use super::block::Block;
use super::numbers::{count, percent, remainder};
use super::provenance::Cite;
use crate::model::{Election, ElectionKind, ElectionStatus, ReferendumResult};
use crate::strings::Strings;

/// The election's heading, what it was for and when, its results, corrections, facts and criticism.
pub fn election(cite: &Cite, e: &Election, out: &mut Vec<Block>) {
    let w = cite.w;
    out.push(Block::Heading(3, e.title.to_string()));
    out.push(Block::Paragraph(about(cite, e)));
    match e.status {
        ElectionStatus::Called => out.push(Block::Paragraph(w.results_not_known.to_string())),
        ElectionStatus::Held => results(e, w, out),
    }
    for f in &e.facts {
        cite.fact(f, out);
    }
    if !e.corrections.is_empty() {
        out.push(Block::Heading(4, w.corrections.to_string()));
        for c in &e.corrections {
            out.push(Block::Item(cite.correction(&e.source, c)));
        }
    }
    if !e.criticisms.is_empty() {
        out.push(Block::Heading(4, w.criticism.to_string()));
        for f in &e.criticisms {
            cite.fact(f, out);
        }
    }
}

/// "Presidential election for: President. Held 2019-06-09 (scheduled for 2020). … [source]"
fn about(cite: &Cite, e: &Election) -> String {
    let w = cite.w;
    let kind = match e.kind {
        ElectionKind::Presidential => w.presidential_election,
        ElectionKind::Parliamentary => w.parliamentary_election,
        ElectionKind::Referendum => w.referendum,
    };
    let mut about = if e.for_body.is_empty() {
        format!("{kind}.")
    } else {
        (w.kind_for)(kind, cite.model.name(&e.for_body))
    };
    match e.status {
        ElectionStatus::Held => about.push_str(&(w.held_on)(&e.date)),
        ElectionStatus::Called => about.push_str(&(w.called_for)(&e.date)),
    }
    if let Some(s) = &e.scheduled {
        about.push_str(&(w.scheduled_for)(s));
    }
    about.push('.');
    if let Some(why) = &e.why {
        about.push_str(&format!(" {why}"));
    }
    if let Some(n) = e.candidates_registered {
        about.push_str(&(w.candidates_registered_n)(n));
    }
    match (e.turnout, e.voters) {
        (Some(t), Some(v)) => about.push_str(&(w.turnout_of)(&percent(t), &count(v))),
        (Some(t), None) => about.push_str(&(w.turnout_is)(&percent(t))),
        (None, Some(v)) => about.push_str(&(w.registered_voters)(&count(v))),
        (None, None) => {}
    }
    about.push_str(&format!(
        " {}",
        cite.sources(&e.source, &e.as_of, &e.more_sources)
    ));
    about
}

fn results(e: &Election, w: &Strings, out: &mut Vec<Block>) {
    if let Some(q) = &e.question {
        out.push(Block::Paragraph((w.question_is)(q)));
    }
    if let Some(r) = &e.referendum {
        referendum(r, w, out);
    }
    if !e.results.is_empty() {
        out.push(candidates(e, w));
    }
    if !e.parties.is_empty() {
        out.push(parties(e, w));
    }
    if let Some(note) = &e.seats_note {
        out.push(Block::Paragraph((w.seats_note)(note)));
    }
}

/// Yes and no with their shares and votes, and the invalid ballots, as a table.
fn referendum(r: &ReferendumResult, w: &Strings, out: &mut Vec<Block>) {
    let share = |s: Option<f64>| s.map(percent).unwrap_or_default();
    let votes = |v: Option<u64>| v.map(count).unwrap_or_default();
    let mut rows = vec![vec![
        w.yes.to_string(),
        percent(r.yes_percent),
        votes(r.yes_votes),
    ]];
    if r.no_percent.is_some() || r.no_votes.is_some() {
        rows.push(vec![
            w.no.to_string(),
            share(r.no_percent),
            votes(r.no_votes),
        ]);
    }
    if let Some(n) = r.invalid {
        rows.push(vec![w.invalid_ballots.to_string(), String::new(), count(n)]);
    }
    out.push(Block::Table {
        header: [w.answer, w.share, w.votes].map(String::from).to_vec(),
        rows,
    });
}

/// Candidates and shares (and votes, where known), with the rest of the vote as one row.
fn candidates(e: &Election, w: &Strings) -> Block {
    let with_votes = e.results.iter().any(|r| r.votes.is_some());
    let with_party = e.results.iter().any(|r| r.party.is_some());
    let mut rows: Vec<Vec<String>> = e
        .results
        .iter()
        .map(|r| {
            let mut candidate = r.candidate.to_string();
            if let Some(note) = &r.note {
                candidate.push_str(&format!(" ({note})"));
            }
            let mut row = vec![candidate];
            if with_party {
                row.push(r.party.as_deref().unwrap_or_default().to_string());
            }
            row.push(percent(r.percent));
            if with_votes {
                row.push(r.votes.map(count).unwrap_or_default());
            }
            row
        })
        .collect();
    let shares: Vec<f64> = e.results.iter().map(|r| r.percent).collect();
    if let Some(rest) = remainder(&shares) {
        let mut row = vec![w.other_candidates.to_string()];
        if with_party {
            row.push(String::new());
        }
        row.push(percent(rest));
        if with_votes {
            row.push(String::new());
        }
        rows.push(row);
    }
    let mut header = vec![w.candidate];
    if with_party {
        header.push(w.party);
    }
    header.push(w.share);
    if with_votes {
        header.push(w.votes);
    }
    Block::Table {
        header: header.into_iter().map(String::from).collect(),
        rows,
    }
}

/// Parties with their share of the vote, and votes and seats where known.
fn parties(e: &Election, w: &Strings) -> Block {
    let with_votes = e.parties.iter().any(|p| p.votes.is_some());
    let with_seats = e.parties.iter().any(|p| p.seats.is_some());
    let rows = e
        .parties
        .iter()
        .map(|p| {
            let mut party = p.party.to_string();
            if let Some(note) = &p.note {
                party.push_str(&format!(" ({note})"));
            }
            let mut row = vec![party, percent(p.percent)];
            if with_votes {
                row.push(p.votes.map(count).unwrap_or_default());
            }
            if with_seats {
                row.push(p.seats.map(|s| s.to_string()).unwrap_or_default());
            }
            row
        })
        .collect();
    let mut header = vec![w.party, w.share];
    if with_votes {
        header.push(w.votes);
    }
    if with_seats {
        header.push(w.seats_heading);
    }
    Block::Table {
        header: header.into_iter().map(String::from).collect(),
        rows,
    }
}
