//! Guided tours: the tour list, the tour being followed and its stop, and where the user was before it.
//!
//! A stop is shown with the actions a user's keys trigger (go to the tab, select and open the item, pick a
//! case and step through it), so what a tour leaves on screen is a state the user could have reached by hand.
//! Tours come from the whole file, not a snapshot: a tour walks through time.

use super::App;
use super::action::Action;
use super::diagram_action::DiagramAction;
use super::entries::{Entry, entries};
use super::history::{History, Place};
use super::tour_action::TourAction;
use crate::court::DiagramView;
use crate::model::{Date, Tour, TourItem, TourStop};
use crate::strings::Strings;

/// The tour list and the tour being followed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TourState {
    /// The tour list is open with this row selected.
    pub list: Option<usize>,
    /// The tour being followed.
    pub on: Option<OnTour>,
    /// The tour plays on its own (a kiosk's attract mode); any key ends it.
    pub attract: bool,
}

/// A tour being followed: `tours[tour].stops[stop]` is on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnTour {
    pub tour: usize,
    pub stop: usize,
    /// Where the user was when the tour started, to come back to when it ends.
    pub before: Box<Before>,
}

/// The place, date and back stack the tour found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Before {
    pub place: Place,
    pub date: usize,
    pub history: History,
}

/// The tour `asked` names, by id or title, ignoring case.
pub fn find(tours: &[Tour], asked: &str) -> Option<usize> {
    let asked = asked.trim().to_lowercase();
    tours
        .iter()
        .position(|t| t.id.to_lowercase() == asked || t.title.to_lowercase() == asked)
}

/// The tour `--tour TEXT` asks for, or the one line saying which tours there are.
pub fn start_tour(tours: &[Tour], asked: &str, w: &'static Strings) -> Result<usize, String> {
    find(tours, asked).ok_or_else(|| {
        if tours.is_empty() {
            return (w.tour.no_tour_in_dataset)(asked);
        }
        let known: Vec<String> = tours
            .iter()
            .map(|t| format!("{} (\"{}\")", t.id, t.title))
            .collect();
        (w.tour.unknown_tour)(asked, &known.join(", "))
    })
}

impl App {
    /// The tours of the dataset, in file order.
    pub fn tours(&self) -> &[Tour] {
        &self.timeline.full().data.tours
    }

    /// The tour being followed and its stop on screen.
    pub fn tour_stop(&self) -> Option<(&Tour, usize, &TourStop)> {
        let on = self.state.tour.on.as_ref()?;
        let tour = self.tours().get(on.tour)?;
        Some((tour, on.stop, tour.stops.get(on.stop)?))
    }

    /// Starts tour `tour` at its first stop, remembering where the user is (a tour already on keeps what
    /// it remembered, so leaving always returns to where the user was before any tour).
    pub fn start_tour(&mut self, tour: usize) {
        if self.tours().get(tour).is_none_or(|t| t.stops.is_empty()) {
            return;
        }
        let before = match self.state.tour.on.take() {
            Some(on) => on.before,
            None => Box::new(Before {
                place: self.place(),
                date: self.state.time.date,
                history: self.state.history.clone(),
            }),
        };
        self.state.tour.list = None;
        self.state.tour.on = Some(OnTour {
            tour,
            stop: 0,
            before,
        });
        self.show_stop();
    }

    /// Leaves the tour: the place, date and back stack it found come back.
    pub fn leave_tour(&mut self) {
        let Some(on) = self.state.tour.on.take() else {
            return;
        };
        let before = *on.before;
        self.set_date(before.date);
        self.state.tab = before.place.tab;
        self.state.views = before.place.views;
        self.state.diagram = before.place.diagram;
        self.state.history = before.history;
        self.state.filtering = false;
    }

    pub(super) fn apply_tour(&mut self, action: TourAction) {
        let count = self.tours().len();
        let t = &mut self.state.tour;
        match action {
            TourAction::OpenList => t.list = Some(t.on.as_ref().map_or(0, |on| on.tour)),
            TourAction::ListUp => t.list = t.list.map(|i| i.saturating_sub(1)),
            TourAction::ListDown => t.list = t.list.map(|i| (i + 1).min(count.saturating_sub(1))),
            TourAction::CloseList => t.list = None,
            TourAction::Start => {
                if let Some(chosen) = t.list.take() {
                    self.start_tour(chosen);
                }
            }
            TourAction::NextStop | TourAction::PreviousStop => {
                let Some((tour, stop, _)) = self.tour_stop() else {
                    return;
                };
                let last = tour.stops.len().saturating_sub(1);
                let next = if action == TourAction::NextStop {
                    (stop + 1).min(last)
                } else {
                    stop.saturating_sub(1)
                };
                if next != stop {
                    if let Some(on) = &mut self.state.tour.on {
                        on.stop = next;
                    }
                    self.show_stop();
                }
            }
            TourAction::Leave => self.leave_tour(),
        }
    }

    /// Puts the current stop on screen: its date, its tab, and its item opened.
    fn show_stop(&mut self) {
        let Some((_, _, stop)) = self.tour_stop() else {
            return;
        };
        let stop = stop.clone();
        // What would cover the stop goes first.
        let s = &mut self.state;
        s.help = None;
        s.time.timeline = None;
        s.search.typing = false;
        s.filtering = false;
        s.diagram.picker = None;
        if let Some(index) = stop
            .date
            .as_deref()
            .and_then(Date::parse)
            .and_then(|d| self.timeline.index_as_of(&d))
        {
            self.set_date(index);
        }
        self.update(Action::GoToTab(stop.tab.index()));
        self.update(Action::Back);
        let model = self.model.clone();
        let d = &model.data;
        let body = |id: &str| d.bodies.iter().position(|b| b.id == id);
        let wanted = match &stop.item {
            None => None,
            Some(TourItem::Body(id)) => body(id).map(Entry::Body),
            Some(TourItem::Election(id)) => d
                .elections
                .iter()
                .position(|e| &e.id == id)
                .map(Entry::Election),
            Some(TourItem::Court(_) | TourItem::Case { .. }) => Some(Entry::CourtDiagram),
        };
        let rows = entries(&model, stop.tab);
        let row = wanted.and_then(|e| rows.iter().position(|&r| r == e));
        self.select(row.unwrap_or(0));
        if row.is_none() {
            return;
        }
        self.update(Action::Open);
        match &stop.item {
            Some(TourItem::Court(id)) => {
                self.diagram_courts_view();
                if self.state.diagram.walk.is_some() {
                    self.update(Action::Diagram(DiagramAction::LeaveScenario));
                }
                self.state.diagram.focus = body(id);
                self.state.view_mut().scroll = 0;
            }
            Some(TourItem::Case { scenario, step }) => {
                self.diagram_courts_view();
                let Some(chosen) = d.scenarios.iter().position(|s| &s.id == scenario) else {
                    return;
                };
                self.update(Action::Diagram(DiagramAction::OpenScenarios));
                self.state.diagram.picker = Some(chosen);
                self.update(Action::Diagram(DiagramAction::PickScenario));
                for _ in 0..*step {
                    self.update(Action::Diagram(DiagramAction::StepForward));
                }
            }
            _ => {}
        }
    }

    /// The appeals view, where courts and cases are drawn.
    fn diagram_courts_view(&mut self) {
        if self.state.diagram.view != DiagramView::Courts {
            self.update(Action::Diagram(DiagramAction::ToggleView));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tour(id: &str, title: &str) -> Tour {
        Tour {
            id: id.into(),
            title: title.into(),
            stops: vec![TourStop::default()],
        }
    }

    #[test]
    fn a_tour_is_found_by_id_or_title_in_any_case() {
        let tours = [
            tour("power", "Who holds power"),
            tour("case", "Follow a case"),
        ];
        assert_eq!(find(&tours, "POWER"), Some(0));
        assert_eq!(find(&tours, "follow a CASE"), Some(1));
        assert_eq!(find(&tours, " case "), Some(1));
        assert_eq!(find(&tours, "nothing"), None);
    }

    #[test]
    fn an_unknown_tour_is_one_line_naming_the_tours() {
        let tours = [
            tour("power", "Who holds power"),
            tour("case", "Follow a case"),
        ];
        let err = start_tour(&tours, "x", &crate::strings::EN).unwrap_err();
        assert!(!err.contains('\n'), "{err}");
        assert!(
            err.contains("power") && err.contains("Follow a case"),
            "{err}"
        );
        let none = start_tour(&[], "x", &crate::strings::EN).unwrap_err();
        assert!(none.contains("no tours"), "{none}");
    }
}
