//! Predict-then-reveal in the court diagram: while a case is followed, the next step is hidden and the class
//! is asked where the case goes, from a few numbered courts; a digit answers, and the step is then drawn with
//! whether the guess was right.

use super::App;
use super::diagram_action::DiagramAction;
use crate::court::state::Prediction;
use crate::model::{Model, RelationKind};

/// The most courts offered (digits 1 to 4, like the quiz).
pub const MAX_CANDIDATES: usize = 4;

/// The courts to offer when the case stands at `from` and really goes to `answer`: the answer, every court an
/// appeal from `from` may reach, then other courts of the diagram, at most `MAX_CANDIDATES`, in the data's order.
pub fn candidates(model: &Model, from: usize, answer: usize) -> Vec<usize> {
    let id = |i: usize| model.data.bodies[i].id.as_str();
    let index_of = |id: &str| model.data.bodies.iter().position(|b| b.id == id);
    let mut chosen = vec![answer];
    let onward = model
        .relations_of_kind(RelationKind::AppealsTo)
        .filter(|r| r.from == id(from))
        .filter_map(|r| index_of(&r.to));
    let others = crate::court::bodies_shown(model).into_iter();
    for court in onward.chain(others) {
        if chosen.len() >= MAX_CANDIDATES {
            break;
        }
        if court != from && !chosen.contains(&court) {
            chosen.push(court);
        }
    }
    chosen.sort_unstable();
    chosen
}

impl App {
    /// Asks where the followed case goes next: a prediction whose courts are numbered on screen. Nothing
    /// happens at the last step.
    fn start_prediction(&mut self) {
        let Some(walk) = self.state.diagram.walk else {
            return;
        };
        let model = &self.model;
        let Some(next) = model
            .data
            .scenarios
            .get(walk.scenario)
            .and_then(|s| s.steps.get(walk.step + 1))
        else {
            return;
        };
        let (Some(from), Some(answer)) = (
            self.state.diagram.current(model),
            model.data.bodies.iter().position(|b| b.id == next.at),
        ) else {
            return;
        };
        self.state.diagram.predict = Some(Prediction {
            candidates: candidates(model, from, answer),
            answer,
            guess: None,
            revealed: false,
        });
    }

    /// Draws the next step, keeping the guess (if any) so the screen can say whether it was right.
    fn reveal(&mut self, guess: Option<usize>) {
        let d = &mut self.state.diagram;
        let (Some(prediction), Some(walk)) = (&mut d.predict, &mut d.walk) else {
            return;
        };
        if prediction.revealed {
            return;
        }
        prediction.guess = guess.filter(|&g| g < prediction.candidates.len());
        prediction.revealed = true;
        walk.step += 1;
        self.state.view_mut().scroll = 0;
    }

    /// The predict keys; any other diagram key forgets a revealed guess. Returns whether `action` was one.
    pub(super) fn apply_predict(&mut self, action: DiagramAction) -> bool {
        let asking = self
            .state
            .diagram
            .predict
            .as_ref()
            .is_some_and(|p| p.asking());
        match action {
            DiagramAction::Predict if asking => self.reveal(None),
            DiagramAction::Predict => self.start_prediction(),
            DiagramAction::Guess(n) => self.reveal(Some(n)),
            DiagramAction::Reveal => self.reveal(None),
            DiagramAction::CancelPrediction => self.state.diagram.predict = None,
            _ => {
                self.state.diagram.predict = None;
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_is_always_offered_and_never_the_court_the_case_is_at() {
        let model = crate::dataset::load_model(None).expect("the shipped dataset");
        let shown = crate::court::bodies_shown(&model);
        for &from in &shown {
            for &answer in shown.iter().filter(|&&a| a != from) {
                let offered = candidates(&model, from, answer);
                assert!(offered.contains(&answer));
                assert!(!offered.contains(&from));
                assert!((2..=MAX_CANDIDATES).contains(&offered.len()));
            }
        }
    }
}
