//! An election: when and why, who stood, the result as a bar chart, and what observers said.

use super::Page;
use super::bar_chart::{self, Bar};
use crate::model::{Election, ElectionKind, ElectionStatus};
use crate::numbers::{count, percent, remainder};

pub fn build(page: &mut Page, e: &Election) {
    let (model, w) = (page.model, page.w);
    page.title(&e.title);
    page.field(w.date, &e.date);
    if !e.for_body.is_empty() {
        page.field(w.for_, model.name(&e.for_body));
    }
    if e.status == ElectionStatus::Called {
        page.field(w.status, &(w.called_not_known)(&e.date));
    }
    if let Some(question) = &e.question {
        page.field(w.question, question);
    }
    if let Some(turnout) = e.turnout {
        let voters = e
            .voters
            .map_or(String::new(), |v| (w.of_registered_voters)(&count(v)));
        page.field(w.turnout, &format!("{}%{voters}", percent(turnout)));
    }
    if let Some(why) = &e.why {
        page.field(w.why_then, why);
    }
    if let Some(scheduled) = &e.scheduled {
        page.field(w.originally_due, scheduled);
    }
    if let Some(n) = e.candidates_registered {
        page.field(w.candidates_registered, &n.to_string());
    }
    if !e.results.is_empty() {
        page.heading(&(w.result)(&page.citation(&e.source, &e.as_of)));
        let mut bars: Vec<Bar> = e
            .results
            .iter()
            .map(|r| Bar {
                label: match &r.party {
                    Some(party) => format!("{} ({party})", r.candidate),
                    None => r.candidate.to_string(),
                },
                percent: r.percent,
            })
            .collect();
        let shares: Vec<f64> = e.results.iter().map(|r| r.percent).collect();
        let others = e
            .candidates_registered
            .map(|n| (n as usize).saturating_sub(e.results.len()));
        if let Some(rest) = remainder(&shares).filter(|_| others != Some(0)) {
            let label = match others {
                Some(1) => w.the_other_candidate.to_string(),
                Some(n) => (w.the_other_candidates)(n),
                None => w.everyone_else.to_string(),
            };
            bars.push(Bar {
                label,
                percent: rest,
            });
        }
        page.lines
            .extend(bar_chart::lines(&bars, page.width, page.theme));
        for r in e.results.iter().filter(|r| r.note.is_some()) {
            page.dim(&format!(
                "{}: {}",
                r.candidate,
                r.note.as_deref().unwrap_or_default()
            ));
        }
    }
    referendum(page, e);
    parties(page, e);
    if !e.corrections.is_empty() {
        page.heading(w.corrections);
        for c in &e.corrections {
            page.correction(&e.source, c);
        }
    }
    if !e.facts.is_empty() {
        page.heading(w.facts);
        page.facts(&e.facts);
    }
    if !e.criticisms.is_empty() {
        page.heading(w.what_observers_criticised);
        page.facts(&e.criticisms);
    }
}

/// A referendum's yes and no shares as bars, with the counts and the invalid ballots.
fn referendum(page: &mut Page, e: &Election) {
    let Some(r) = e
        .referendum
        .as_ref()
        .filter(|_| e.kind == ElectionKind::Referendum)
    else {
        return;
    };
    let w = page.w;
    page.heading(&(w.result)(&page.citation(&e.source, &e.as_of)));
    let votes = |n: Option<u64>| n.map_or(String::new(), |n| (w.votes_n)(&count(n)));
    let mut bars = vec![Bar {
        label: format!("{}{}", w.yes, votes(r.yes_votes)),
        percent: r.yes_percent,
    }];
    if let Some(no) = r.no_percent {
        bars.push(Bar {
            label: format!("{}{}", w.no, votes(r.no_votes)),
            percent: no,
        });
    }
    page.lines
        .extend(bar_chart::lines(&bars, page.width, page.theme));
    if let Some(invalid) = r.invalid {
        page.field(w.invalid_ballots, &count(invalid));
    }
}

/// A parliamentary election's results by party: share of the vote and seats won.
fn parties(page: &mut Page, e: &Election) {
    if e.parties.is_empty() {
        return;
    }
    let w = page.w;
    page.heading(&(w.results_by_party)(&page.citation(&e.source, &e.as_of)));
    let bars: Vec<Bar> = e
        .parties
        .iter()
        .map(|p| Bar {
            label: match p.seats {
                Some(n) => (w.party_seats)(&p.party, n),
                None => p.party.to_string(),
            },
            percent: p.percent,
        })
        .collect();
    page.lines
        .extend(bar_chart::lines(&bars, page.width, page.theme));
    for p in e.parties.iter().filter(|p| p.note.is_some()) {
        page.dim(&format!(
            "{}: {}",
            p.party,
            p.note.as_deref().unwrap_or_default()
        ));
    }
    if let Some(note) = &e.seats_note {
        page.dim(note);
    }
}
