//! What the court diagram's keys ask for; `App::apply_diagram` acts on it.

pub use crate::court::Direction;

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
}

impl DiagramAction {
    pub fn describe(self) -> &'static str {
        match self {
            DiagramAction::Focus(_) => "move between boxes",
            DiagramAction::NextBox | DiagramAction::PreviousBox => "next / previous box",
            DiagramAction::ToggleView => "appeals / appointments",
            DiagramAction::OpenScenarios => "follow a case",
            DiagramAction::PickerUp => "move up",
            DiagramAction::PickerDown => "move down",
            DiagramAction::PickScenario => "start the case",
            DiagramAction::CancelScenarios => "cancel",
            DiagramAction::StepForward => "next step",
            DiagramAction::StepBack => "previous step",
            DiagramAction::Restart => "restart",
            DiagramAction::LeaveScenario => "leave the case",
        }
    }
}
