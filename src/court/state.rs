//! What the user has chosen in the court diagram: which view, which box has the focus, which case is followed.

use crate::model::Model;

/// Which relations the diagram shows between its boxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DiagramView {
    /// Appeals between courts and where kinds of case start.
    #[default]
    Courts,
    /// Who appoints, nominates, approves or sits in the judicial bodies.
    Appointments,
}

/// A scenario being walked: `steps[step]` of `scenarios[scenario]` is the current court.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Walk {
    pub scenario: usize,
    pub step: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiagramState {
    pub view: DiagramView,
    /// Index into `bodies` of the box with the focus; the first box when unset or not shown.
    pub focus: Option<usize>,
    pub walk: Option<Walk>,
    /// The scenario list is open with this row selected.
    pub picker: Option<usize>,
    /// Predict-then-reveal: the class guesses the case's next court before it is drawn.
    pub predict: Option<Prediction>,
    /// The keyboard is in the panel beside the diagram, on this link (an index into the panel's links).
    pub panel_link: Option<usize>,
}

/// A guess at where a followed case goes next. While it is asked the steps ahead are not marked; once revealed
/// the walk stands on the next step and the guess is kept to say whether it was right.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prediction {
    /// The courts offered (indices into `bodies`), numbered from 1 on screen; the next court is one of them.
    pub candidates: Vec<usize>,
    /// The court the case really goes to.
    pub answer: usize,
    /// The candidate chosen (an index into `candidates`), if the class answered before revealing.
    pub guess: Option<usize>,
    pub revealed: bool,
}

impl Prediction {
    /// Whether the next step is still hidden.
    pub fn asking(&self) -> bool {
        !self.revealed
    }
}

/// A direction on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

impl DiagramState {
    /// The body index of the current court of the walk, if one is being walked.
    pub fn current(&self, model: &Model) -> Option<usize> {
        let walk = self.walk?;
        let step = model
            .data
            .scenarios
            .get(walk.scenario)?
            .steps
            .get(walk.step)?;
        model.body_index(&step.at)
    }
}
