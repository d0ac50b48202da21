//! What the court diagram's keys ask for; `App::apply_diagram` acts on it.

pub use crate::court::Direction;
use crate::strings::Strings;

/// What the diagram's keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagramAction {
    /// Move the focus to the nearest box that way.
    Focus(Direction),
    NextBox,
    PreviousBox,
    ToggleView,
    OpenScenarios,
    PickerUp,
    PickerDown,
    PickScenario,
    CancelScenarios,
    StepForward,
    StepBack,
    Restart,
    LeaveScenario,

    // Predict-then-reveal.
    /// Hide the next step and ask where the case goes (again: reveal it).
    Predict,
    /// Guess the offered court with this number (0-based) and reveal.
    Guess(usize),
    /// Reveal the hidden step without a guess.
    Reveal,
    /// Stop asking; the step stays hidden behind the current one.
    CancelPrediction,
}

impl DiagramAction {
    pub fn describe(self, w: &'static Strings) -> &'static str {
        match self {
            DiagramAction::Focus(_) => w.move_between_boxes,
            DiagramAction::NextBox | DiagramAction::PreviousBox => w.next_previous_box,
            DiagramAction::ToggleView => w.appeals_appointments,
            DiagramAction::OpenScenarios => w.follow_a_case,
            DiagramAction::PickerUp => w.move_up,
            DiagramAction::PickerDown => w.move_down,
            DiagramAction::PickScenario => w.start_the_case,
            DiagramAction::CancelScenarios => w.cancel,
            DiagramAction::StepForward => w.next_step,
            DiagramAction::StepBack => w.previous_step,
            DiagramAction::Restart => w.restart,
            DiagramAction::LeaveScenario => w.leave_the_case,
            DiagramAction::Predict => w.where_next,
            DiagramAction::Guess(_) => w.guess_the_court,
            DiagramAction::Reveal => w.reveal_the_step,
            DiagramAction::CancelPrediction => w.stop_asking,
        }
    }
}
