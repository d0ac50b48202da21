//! Candidate questions, one builder per kind, read from one snapshot; and how a candidate becomes a question
//! with shuffled choices.

use super::{Claim, Kind, MAX_CHOICES, Question, Rng};
use crate::model::date::Date;
use crate::model::{BodyKind, Branch, Model, RelationKind};
use crate::strings::QuizWords;
use std::collections::BTreeSet;

/// A question before its choices are drawn: the right answer and every wrong one it may offer.
pub(super) struct Candidate {
    kind: Kind,
    prompt: String,
    answer: String,
    wrong: Vec<String>,
    fact: String,
    source: String,
    as_of: String,
    disputed: Option<String>,
    claim: Claim,
}

impl Candidate {
    /// Up to three wrong answers and the right one, in an order drawn from `rng`.
    pub(super) fn ask(self, rng: &mut Rng) -> Question {
        let mut wrong = self.wrong;
        rng.shuffle(&mut wrong);
        wrong.truncate(MAX_CHOICES - 1);
        let mut choices = wrong;
        choices.push(self.answer.clone());
        rng.shuffle(&mut choices);
        let answer = choices
            .iter()
            .position(|c| *c == self.answer)
            .unwrap_or_default();
        Question {
            kind: self.kind,
            prompt: self.prompt,
            choices,
            answer,
            fact: self.fact,
            source: self.source,
            as_of: self.as_of,
            disputed: self.disputed,
            claim: self.claim,
        }
    }
}

/// Every candidate of `model`, grouped by kind (a kind with nothing to ask is left out). Only candidates with
/// at least one wrong answer are kept.
pub(super) fn candidates(model: &Model, w: &QuizWords) -> Vec<Vec<Candidate>> {
    [
        starts_at(model, w),
        appeals(model, w),
        appointments(model, w),
        seats(model, w),
        acronyms(model, w),
    ]
    .into_iter()
    .map(|list| {
        list.into_iter()
            .filter(|c| !c.wrong.is_empty())
            .collect::<Vec<_>>()
    })
    .filter(|list| !list.is_empty())
    .collect()
}

/// Distinct texts other than `answer`, in a stable order.
fn others(answer: &str, texts: impl IntoIterator<Item = String>) -> Vec<String> {
    let set: BTreeSet<String> = texts.into_iter().filter(|t| t != answer).collect();
    set.into_iter().collect()
}

/// The words saying the sources disagree on something that concerns every one of `ids` (both ends of a
/// relation, or the one body a question is about), naming each disagreement.
fn disputed(model: &Model, w: &QuizWords, ids: &[&str]) -> Option<String> {
    let titles: Vec<&str> = model
        .data
        .discrepancies
        .iter()
        .filter(|d| ids.iter().all(|id| d.subjects.iter().any(|s| s == id)))
        .map(|d| d.title.as_str())
        .collect();
    (!titles.is_empty()).then(|| (w.disputed)(&titles.join("; ")))
}

/// Ids of the bodies a case can be heard in: every court level, courts outside the levels, and wherever a kind
/// of case starts.
fn courts(model: &Model) -> Vec<&str> {
    let d = &model.data;
    d.bodies
        .iter()
        .filter(|b| {
            b.court_level.is_some()
                || b.kind == BodyKind::Court
                || d.matters.iter().any(|m| m.starts_at == b.id)
        })
        .map(|b| b.id.as_str())
        .collect()
}

fn starts_at(model: &Model, w: &QuizWords) -> Vec<Candidate> {
    let d = &model.data;
    let courts = courts(model);
    d.matters
        .iter()
        .filter(|m| model.body(&m.starts_at).is_some())
        .map(|m| {
            let court = model.name(&m.starts_at).to_string();
            let case = d.scenarios.iter().find(|s| {
                s.matter == m.id && s.steps.first().is_some_and(|step| step.at == m.starts_at)
            });
            let (prompt, fact, source, as_of) = match case {
                Some(s) => (
                    (w.starts_first)(&s.title),
                    s.steps
                        .first()
                        .map(|step| step.why.to_string())
                        .unwrap_or_default(),
                    s.source.to_string(),
                    s.as_of.to_string(),
                ),
                None => (
                    (w.starts_first)(&m.label),
                    (w.starts_fact)(&m.label, &court),
                    m.source.to_string(),
                    m.as_of.to_string(),
                ),
            };
            Candidate {
                kind: Kind::StartsAt,
                prompt,
                wrong: others(&court, courts.iter().map(|id| model.name(id).to_string())),
                answer: court,
                fact,
                source,
                as_of,
                disputed: disputed(model, w, &[&m.starts_at]),
                claim: Claim::StartsAt {
                    matter: m.id.to_string(),
                    court: m.starts_at.to_string(),
                },
            }
        })
        .collect()
}

fn appeals(model: &Model, w: &QuizWords) -> Vec<Candidate> {
    let courts = courts(model);
    let appeals: Vec<_> = model.relations_of_kind(RelationKind::AppealsTo).collect();
    appeals
        .iter()
        .map(|r| {
            // Every court an appeal from `r.from` may reach is right in some case: none of them is offered as wrong.
            let reachable: Vec<&str> = appeals
                .iter()
                .filter(|other| other.from == r.from)
                .map(|other| other.to.as_str())
                .collect();
            let answer = model.name(&r.to).to_string();
            let wrong = courts
                .iter()
                .filter(|id| **id != r.from && !reachable.contains(id))
                .map(|id| model.name(id).to_string());
            Candidate {
                kind: Kind::AppealsTo,
                prompt: (w.appeal_goes)(model.name(&r.from), r.what.as_deref()),
                wrong: others(&answer, wrong),
                fact: (w.appeal_fact)(model.name(&r.from), &answer, r.what.as_deref()),
                answer,
                source: r.source.to_string(),
                as_of: r.as_of.to_string(),
                disputed: disputed(model, w, &[&r.from, &r.to]),
                claim: Claim::AppealsTo {
                    from: r.from.to_string(),
                    to: r.to.to_string(),
                },
            }
        })
        .collect()
}

fn appointments(model: &Model, w: &QuizWords) -> Vec<Candidate> {
    let d = &model.data;
    // Who could plausibly appoint: offices, governments and parliaments, and whoever chooses anyone.
    let choosers: BTreeSet<&str> = d
        .bodies
        .iter()
        .filter(|b| {
            matches!(
                b.kind,
                BodyKind::Office | BodyKind::Government | BodyKind::Parliament | BodyKind::Chamber
            ) && b.branch != Branch::Judicial
        })
        .map(|b| b.id.as_str())
        .chain(
            d.relations
                .iter()
                .filter(|r| r.kind.chooses_members() && r.kind != RelationKind::MemberOf)
                .map(|r| r.from.as_str()),
        )
        .collect();
    model
        .relations_of_kind(RelationKind::Appoints)
        .map(|r| {
            // Anyone with a hand in choosing `r.to` is left out of the wrong answers, so only one choice is right.
            let involved: Vec<&str> = d
                .relations
                .iter()
                .filter(|o| {
                    o.to == r.to && o.kind.chooses_members() && o.kind != RelationKind::MemberOf
                })
                .map(|o| o.from.as_str())
                .collect();
            let answer = model.name(&r.from).to_string();
            let wrong = choosers
                .iter()
                .filter(|id| **id != r.to && !involved.contains(id))
                .map(|id| model.name(id).to_string());
            let body = model.name(&r.to);
            let office = model
                .body(&r.to)
                .is_some_and(|b| b.kind == BodyKind::Office);
            let (prompt, fact) = match (office, r.what.as_deref()) {
                (true, None) => (
                    (w.who_appoints_office)(body),
                    (w.appoints_office_fact)(&answer, body),
                ),
                (_, what) => (
                    (w.who_appoints)(body, what),
                    (w.appoints_fact)(&answer, body, what),
                ),
            };
            Candidate {
                kind: Kind::Appoints,
                prompt,
                wrong: others(&answer, wrong),
                fact,
                answer,
                source: r.source.to_string(),
                as_of: r.as_of.to_string(),
                disputed: disputed(model, w, &[&r.from, &r.to]),
                claim: Claim::Appoints {
                    who: r.from.to_string(),
                    body: r.to.to_string(),
                },
            }
        })
        .collect()
}

fn seats(model: &Model, w: &QuizWords) -> Vec<Candidate> {
    let d = &model.data;
    let sizes: Vec<u32> = d.bodies.iter().filter_map(|b| b.members).collect();
    d.bodies
        .iter()
        .filter(|b| matches!(b.kind, BodyKind::Chamber | BodyKind::Parliament))
        .filter_map(|b| Some((b, b.members?)))
        .map(|(b, n)| {
            let step = (n / 10).max(2);
            let near = [
                n + step,
                n.saturating_sub(step),
                n + 2 * step,
                n.saturating_sub(2 * step),
            ];
            let wrong = sizes
                .iter()
                .copied()
                .chain(near)
                .filter(|&k| k > 0 && k != n)
                .map(|k| k.to_string());
            let answer = n.to_string();
            Candidate {
                kind: Kind::Seats,
                prompt: (w.how_many_seats)(&b.name),
                wrong: others(&answer, wrong),
                answer,
                fact: (w.seats_fact)(&b.name, n),
                source: b.source.to_string(),
                as_of: b.as_of.to_string(),
                disputed: disputed(model, w, &[&b.id]),
                claim: Claim::Seats {
                    body: b.id.to_string(),
                    seats: n,
                },
            }
        })
        .collect()
}

fn acronyms(model: &Model, w: &QuizWords) -> Vec<Candidate> {
    let d = &model.data;
    // A membership whose fact a later change replaced is not asked about from that change on.
    let current = |m: &&crate::model::Membership| {
        m.superseded.as_ref().is_none_or(|s| {
            let from = Date::parse(&s.from);
            match (model.as_of, from) {
                (Some(now), Some(from)) => now < from,
                _ => false,
            }
        })
    };
    let memberships: Vec<_> = d.memberships.iter().filter(current).collect();
    memberships
        .iter()
        .map(|m| Candidate {
            kind: Kind::Acronym,
            prompt: (w.which_organization)(&m.acronym),
            answer: m.name.to_string(),
            wrong: others(&m.name, memberships.iter().map(|o| o.name.to_string())),
            fact: (w.organization_fact)(&m.acronym, &m.name),
            source: m.source.to_string(),
            as_of: m.as_of.to_string(),
            disputed: None,
            claim: Claim::Acronym {
                acronym: m.acronym.to_string(),
                name: m.name.to_string(),
            },
        })
        .collect()
}
