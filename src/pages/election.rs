//! An election: when and why, who stood, the result as a bar chart, and what observers said.

use super::Page;
use super::bar_chart::{self, Bar};
use crate::model::Election;

pub fn build(page: &mut Page, e: &Election) {
    let (model, w) = (page.model, page.w);
    page.title(&e.title);
    page.field(w.date, &e.date);
    page.field(w.for_, model.name(&e.for_body));
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
                    None => r.candidate.clone(),
                },
                percent: r.percent,
            })
            .collect();
        let named: f64 = e.results.iter().map(|r| r.percent).sum();
        let others = e
            .candidates_registered
            .map(|n| (n as usize).saturating_sub(e.results.len()));
        if named < 100.0 - 1e-6 && others != Some(0) {
            let label = match others {
                Some(1) => w.the_other_candidate.to_string(),
                Some(n) => (w.the_other_candidates)(n),
                None => w.everyone_else.to_string(),
            };
            bars.push(Bar {
                label,
                percent: 100.0 - named,
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
    if !e.facts.is_empty() {
        page.heading(w.facts);
        page.facts(&e.facts);
    }
    if !e.criticisms.is_empty() {
        page.heading(w.what_observers_criticised);
        page.facts(&e.criticisms);
    }
}
