//! The court diagram at 200x60 and 120x40: drawing it (with its panel) into a Buffer, both with the layout kept
//! from the last frame (a key that changes neither view, snapshot nor size) and laid out afresh (the first frame
//! after such a change); computing its layout; the update behind one arrow key; and a court system of twenty
//! courts in five branches, laid out afresh and drawn. Target: under 300 µs each on the project's 2-core machines.

use divan::{Bencher, black_box};
use polity::app::{Action, App, DiagramAction, Direction, Keymap, Tab};
use polity::court::layout;
use polity::model::{Model, load_str};
use polity::theme::Theme;
use polity::ui::diagram;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::sync::Arc;

fn main() {
    divan::main();
}

const SIZES: [(u16, u16); 2] = [(200, 60), (120, 40)];

/// Twenty courts in five branches of four levels each.
const TWENTY: &str = include_str!("../tests/fixtures/courts_twenty.ron");

fn app(size: (u16, u16), setup: &[Action]) -> App {
    app_on(polity::embedded::TEXT, size, setup)
}

fn app_on(text: &str, size: (u16, u16), setup: &[Action]) -> App {
    let model = Model::new(load_str("dataset", text).expect("parses")).expect("valid");
    let mut app = App::new(Arc::new(model), Keymap::default(), Theme::colour(), size);
    app.update(Action::GoToTab(Tab::Judicial.index()));
    app.update(Action::Open);
    for &action in setup {
        app.update(action);
    }
    app
}

/// The content pane the diagram fills when open.
fn pane(size: (u16, u16)) -> Rect {
    Rect::new(0, 1, size.0, size.1 - 3)
}

/// Draws the pane again and again; `fresh` forgets the kept layout and panel before each frame.
fn draw(bencher: Bencher, app: &App, size: (u16, u16), fresh: bool) {
    let area = pane(size);
    // A terminal reuses its buffers; making a fresh one (about 100 µs at this size) is not the diagram's cost.
    bencher
        .with_inputs(|| Buffer::empty(Rect::new(0, 0, size.0, size.1)))
        .bench_local_refs(|buf| {
            if fresh {
                app.state.diagram_cache.forget();
            }
            diagram::draw_pane(black_box(area), buf, black_box(app))
        });
}

const CASE: [Action; 3] = [
    Action::Diagram(DiagramAction::OpenScenarios),
    Action::Diagram(DiagramAction::PickScenario),
    Action::Diagram(DiagramAction::StepForward),
];
const APPOINTMENTS: [Action; 1] = [Action::Diagram(DiagramAction::ToggleView)];

#[divan::bench(args = SIZES)]
fn courts_view(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, &app(size, &[]), size, false);
}

#[divan::bench(args = SIZES)]
fn courts_view_fresh(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, &app(size, &[]), size, true);
}

#[divan::bench(args = SIZES)]
fn appointments_view(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, &app(size, &APPOINTMENTS), size, false);
}

#[divan::bench(args = SIZES)]
fn appointments_view_fresh(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, &app(size, &APPOINTMENTS), size, true);
}

#[divan::bench(args = SIZES)]
fn mid_scenario(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, &app(size, &CASE), size, false);
}

#[divan::bench(args = SIZES)]
fn mid_scenario_fresh(bencher: Bencher, size: (u16, u16)) {
    draw(bencher, &app(size, &CASE), size, true);
}

/// The layout alone, computed afresh, as at the first key after a change of view, snapshot or size.
#[divan::bench(args = SIZES)]
fn layout_only(bencher: Bencher, size: (u16, u16)) {
    let app = app(size, &[]);
    let area = pane(size);
    bencher.bench_local(|| {
        layout::compute(&app.model, &app.state.diagram, app.strings, black_box(area))
    });
}

/// One arrow key in the open diagram, as `App::update` handles it: the focus moves right, then back left.
#[divan::bench]
fn arrow_keys(bencher: Bencher) {
    let mut app = app(SIZES[0], &[]);
    let right = Action::Diagram(DiagramAction::Focus(Direction::Right));
    let left = Action::Diagram(DiagramAction::Focus(Direction::Left));
    bencher.bench_local(|| {
        app.update(black_box(right));
        app.update(black_box(left))
    });
}

/// Twenty courts in five branches at 200x60: the layout computed afresh and the whole pane drawn, each time.
#[divan::bench]
fn twenty_courts_in_five_branches(bencher: Bencher) {
    let app = app_on(TWENTY, SIZES[0], &[]);
    draw(bencher, &app, SIZES[0], true);
}
