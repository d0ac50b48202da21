//! Presenter mode: whether it is on, and the headline figure it shows in large type for what is on screen
//! (a chamber's seats, an election's winning share, the court a followed case has reached, the tour stop).

use super::App;
use super::entries::{self, Entry};
use crate::numbers::{count, percent};

/// Presenter mode's switch. Kept when a kiosk forgets its visitor: it is how the screen is set up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Presenter {
    pub on: bool,
}

/// The figure shown large and the words that say what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    pub figure: String,
    pub caption: String,
}

impl App {
    /// The headline for what is on screen, most specific first: the court a followed case has reached, a
    /// chamber's seats or an election's result, then the tour stop's item, then the entry's own name.
    pub fn headline(&self) -> Option<Headline> {
        let model = &self.model;
        let (d, w) = (&model.data, self.strings.tour);
        let entry = self.state.entry(model)?;
        if entry == Entry::CourtDiagram
            && self.diagram_open()
            && let Some(walk) = self.state.diagram.walk
            && let Some(court) = self.state.diagram.current(model)
            && let Some(scenario) = d.scenarios.get(walk.scenario)
        {
            let steps = scenario.steps.len();
            return Some(Headline {
                figure: model.label(&d.bodies[court].id).to_string(),
                caption: (w.step_caption)(walk.step + 1, steps, &scenario.title),
            });
        }
        let label = |i: usize| model.label(&d.bodies[i].id).to_string();
        let figure = match entry {
            Entry::Body(i) => d.bodies[i].members.map(|n| Headline {
                figure: count(n.into()),
                caption: (w.seats_caption)(n, &label(i)),
            }),
            Entry::Election(i) => election_figure(self, i),
            _ => None,
        };
        if figure.is_some() {
            return figure;
        }
        let name = match entry {
            // The focus as chosen, not as laid out: the layout's room depends on this headline.
            Entry::CourtDiagram if self.diagram_open() => self
                .state
                .diagram
                .focus
                .map_or_else(|| entries::label(model, self.strings, entry), label),
            other => entries::label(model, self.strings, other),
        };
        let caption = match self.tour_stop() {
            Some((tour, stop, _)) => (w.stop_caption)(&tour.title, stop + 1, tour.stops.len()),
            None => self.state.tab.title(self.strings).to_string(),
        };
        Some(Headline {
            figure: name,
            caption,
        })
    }
}

/// The winner's share: the leading candidate, else the leading party, else a referendum's yes.
fn election_figure(app: &App, i: usize) -> Option<Headline> {
    let (e, w) = (&app.model.data.elections[i], app.strings.tour);
    let top_candidate = e
        .results
        .iter()
        .max_by(|a, b| a.percent.total_cmp(&b.percent))
        .map(|r| (r.percent, format!("{} · {}", r.candidate, e.title)));
    let top_party = || {
        e.parties
            .iter()
            .max_by(|a, b| a.percent.total_cmp(&b.percent))
            .map(|p| {
                (
                    p.percent,
                    format!("{} · {}", app.model.label(&p.party), e.title),
                )
            })
    };
    let yes = || {
        e.referendum
            .as_ref()
            .map(|r| (r.yes_percent, (w.yes_caption)(&e.title)))
    };
    let (share, caption) = top_candidate.or_else(top_party).or_else(yes)?;
    Some(Headline {
        figure: (w.percent)(&percent(share)),
        caption,
    })
}
