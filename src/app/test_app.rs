//! Apps on the shipped data for the app's unit tests, made one way.

use super::{Action, App, Keymap, Tab};
use crate::model::{Model, load_str};
use crate::theme::Theme;
use std::sync::Arc;

/// The app on the shipped data, in monochrome, at `size`.
pub fn shipped(size: (u16, u16)) -> App {
    let data = load_str(crate::embedded::NAME, crate::embedded::TEXT).expect("parses");
    let model = Arc::new(Model::new(data).expect("valid"));
    App::new(model, Keymap::default(), Theme::mono(), size)
}

/// The shipped app with the Judicial tab's court diagram open.
pub fn court_diagram(size: (u16, u16)) -> App {
    let mut app = shipped(size);
    app.update(Action::GoToTab(Tab::Judicial.index()));
    app.update(Action::Open);
    app
}
