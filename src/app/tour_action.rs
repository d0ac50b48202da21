//! What the guided tours' keys ask for; `App::apply_tour` acts on it.

use crate::strings::Strings;

/// What the tour keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TourAction {
    /// Open the tour list.
    OpenList,
    ListUp,
    ListDown,
    /// Start the tour selected in the list.
    Start,
    CloseList,
    NextStop,
    PreviousStop,
    /// Leave the tour, back to where the user was.
    Leave,
}

impl TourAction {
    pub fn describe(self, w: &'static Strings) -> &'static str {
        let t = w.tour;
        match self {
            TourAction::OpenList => t.guided_tours,
            TourAction::ListUp => w.move_up,
            TourAction::ListDown => w.move_down,
            TourAction::Start => t.start_the_tour,
            TourAction::CloseList => t.close_the_list,
            TourAction::NextStop => t.next_stop,
            TourAction::PreviousStop => t.previous_stop,
            TourAction::Leave => t.leave_the_tour,
        }
    }

    /// A word for the keys shown in the tour's panel.
    pub fn hint(self, w: &'static Strings) -> &'static str {
        match self {
            TourAction::OpenList => w.tour.tours,
            TourAction::NextStop => w.tour.next,
            TourAction::PreviousStop => w.tour.previous,
            TourAction::Leave => w.tour.leave,
            TourAction::ListUp | TourAction::ListDown => w.move_,
            TourAction::CloseList => w.close,
            other => other.describe(w),
        }
    }
}
