//! The court diagram's state (which view, which box has the focus, which scenario is being walked) and the
//! actions that change it. Geometry is asked of `ui::diagram`, the same functions drawing uses.

use super::App;
use super::entries::Entry;
use crate::model::Model;
use crate::ui::diagram;

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
}

/// A direction on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

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
        model.data.bodies.iter().position(|b| b.id == step.at)
    }
}

impl App {
    /// Whether the diagram is on screen and has the keys (opened from the Judicial tab's list).
    pub fn diagram_open(&self) -> bool {
        self.state.view().open && self.state.entry(&self.model) == Some(Entry::CourtDiagram)
    }

    pub(super) fn apply_diagram(&mut self, action: DiagramAction) {
        use DiagramAction as D;
        let scenarios = self.model.data.scenarios.len();
        let d = &mut self.state.diagram;
        match action {
            D::Focus(direction) if d.walk.is_none() => {
                let target = diagram::neighbour(self, direction);
                self.set_focus(target);
            }
            D::NextBox | D::PreviousBox if d.walk.is_none() => {
                let order = diagram::focus_order(self);
                let current = diagram::focused(self);
                if let Some(at) = order.iter().position(|&b| Some(b) == current) {
                    let len = order.len();
                    let next = if action == D::NextBox {
                        (at + 1) % len
                    } else {
                        (at + len - 1) % len
                    };
                    self.set_focus(Some(order[next]));
                }
            }
            D::Focus(_) | D::NextBox | D::PreviousBox => {}
            D::ToggleView => {
                d.view = match d.view {
                    DiagramView::Courts => DiagramView::Appointments,
                    DiagramView::Appointments => DiagramView::Courts,
                };
                self.state.view_mut().scroll = 0;
            }
            D::OpenScenarios => d.picker = Some(d.walk.map_or(0, |w| w.scenario)),
            D::PickerUp => d.picker = d.picker.map(|p| p.saturating_sub(1)),
            D::PickerDown => d.picker = d.picker.map(|p| (p + 1).min(scenarios.saturating_sub(1))),
            D::PickScenario => {
                if let Some(chosen) = d.picker.take()
                    && chosen < scenarios
                {
                    d.walk = Some(Walk {
                        scenario: chosen,
                        step: 0,
                    });
                    self.state.view_mut().scroll = 0;
                }
            }
            D::CancelScenarios => d.picker = None,
            D::StepForward | D::StepBack | D::Restart => {
                if let Some(walk) = &mut d.walk {
                    let last = self.model.data.scenarios[walk.scenario]
                        .steps
                        .len()
                        .saturating_sub(1);
                    walk.step = match action {
                        D::StepForward => (walk.step + 1).min(last),
                        D::StepBack => walk.step.saturating_sub(1),
                        _ => 0,
                    };
                    self.state.view_mut().scroll = 0;
                }
            }
            D::LeaveScenario => {
                // The focus stays where the case was, so the user can read about that court.
                if let Some(current) = d.current(&self.model) {
                    d.focus = Some(current);
                }
                d.walk = None;
                self.state.view_mut().scroll = 0;
            }
        }
    }

    fn set_focus(&mut self, body: Option<usize>) {
        if let Some(body) = body
            && self.state.diagram.focus != Some(body)
        {
            self.state.diagram.focus = Some(body);
            self.state.view_mut().scroll = 0;
        }
    }

    /// A click inside the diagram's pane: focus the box under it (opening the diagram), or pick from the
    /// scenario list. Returns whether the click was the diagram's.
    pub(super) fn diagram_click(&mut self, column: u16, row: u16) -> bool {
        if self.state.entry(&self.model) != Some(Entry::CourtDiagram) {
            return false;
        }
        if self.state.diagram.picker.is_some() {
            match diagram::picker_hit(self, column, row) {
                Some(i) => {
                    self.state.diagram.picker = Some(i);
                    self.apply_diagram(DiagramAction::PickScenario);
                }
                None => self.state.diagram.picker = None,
            }
            return true;
        }
        match diagram::box_at(self, column, row) {
            Some(body) => {
                if self.state.diagram.walk.is_none() {
                    self.set_focus(Some(body));
                }
                self.state.view_mut().open = true;
                true
            }
            None => false,
        }
    }
}
