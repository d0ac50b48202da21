//! The actions that change the court diagram's state (which view, which box has the focus, which scenario is
//! being walked). Geometry is asked of `crate::court` through the layout of the diagram on screen, the same
//! layout drawing uses.

use super::App;
use super::diagram_action::DiagramAction;
use super::diagram_geometry::{LayoutOnce, picker_hit};
use super::entries::Entry;
use crate::court::{DiagramView, Walk};

impl App {
    /// Whether the diagram is on screen and has the keys (opened from the Judicial tab's list).
    pub fn diagram_open(&self) -> bool {
        self.state.view().open && self.state.entry(&self.model) == Some(Entry::CourtDiagram)
    }

    /// Applies a diagram action; `layout` is the diagram's layout for this action, computed when first needed.
    pub(super) fn apply_diagram(&mut self, action: DiagramAction, layout: &mut LayoutOnce) {
        use DiagramAction as D;
        // Every diagram key changes what the panel says or covers it, so the keys come back to the boxes.
        self.state.diagram.panel_link = None;
        if self.apply_predict(action) {
            return;
        }
        let scenarios = self.model.data.scenarios.len();
        let d = &mut self.state.diagram;
        match action {
            D::Focus(direction) if d.walk.is_none() => {
                let target = layout.get(self).and_then(|l| l.neighbour(direction));
                self.set_focus(target);
            }
            D::NextBox | D::PreviousBox if d.walk.is_none() => {
                // On through the group, then into the next one: the groups' order covers every box.
                let view = d.view;
                let current = layout.get(self).and_then(|l| l.focused_body());
                let groups = self
                    .state
                    .diagram_cache
                    .groups(&self.model, view, self.strings);
                let target = current.and_then(|b| groups.step(b, action == D::NextBox));
                self.set_focus(target);
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
            D::Predict | D::Guess(_) | D::Reveal | D::CancelPrediction => {}
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
    pub(super) fn diagram_click(&mut self, column: u16, row: u16, layout: &mut LayoutOnce) -> bool {
        if self.state.entry(&self.model) != Some(Entry::CourtDiagram) {
            return false;
        }
        if self.state.diagram.picker.is_some() {
            match picker_hit(self, column, row) {
                Some(i) => {
                    self.state.diagram.picker = Some(i);
                    self.apply_diagram(DiagramAction::PickScenario, layout);
                }
                None => self.state.diagram.picker = None,
            }
            return true;
        }
        match layout.get(self).and_then(|l| l.body_at(column, row)) {
            Some(body) => {
                if self.state.diagram.walk.is_none() {
                    self.set_focus(Some(body));
                }
                self.state.diagram.panel_link = None;
                self.state.view_mut().open = true;
                true
            }
            None => false,
        }
    }
}
