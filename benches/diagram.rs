//! The court diagram at 200x60: computing its layout, drawing it (with its panel) into a Buffer, and the
//! update behind one arrow key; and a court system of twenty courts in five branches, laid out and drawn.
//! Target: under 300 µs on the project's 2-core machines.

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

const SIZE: (u16, u16) = (200, 60);

/// Twenty courts in five branches of four levels each.
const TWENTY: &str = include_str!("../tests/fixtures/courts_twenty.ron");

fn app(setup: &[Action]) -> App {
    app_on(polity::embedded::TEXT, setup)
}

fn app_on(text: &str, setup: &[Action]) -> App {
    let model = Model::new(load_str("dataset", text).expect("parses")).expect("valid");
    let mut app = App::new(Arc::new(model), Keymap::default(), Theme::colour(), SIZE);
    app.update(Action::GoToTab(Tab::Judicial.index()));
    app.update(Action::Open);
    for &action in setup {
        app.update(action);
    }
    app
}

/// The content pane the diagram fills when open.
fn pane() -> Rect {
    Rect::new(0, 1, SIZE.0, SIZE.1 - 3)
}

fn draw(bencher: Bencher, app: &App) {
    let area = pane();
    // A terminal reuses its buffers; making a fresh one (about 100 µs at this size) is not the diagram's cost.
    bencher
        .with_inputs(|| Buffer::empty(Rect::new(0, 0, SIZE.0, SIZE.1)))
        .bench_local_refs(|buf| diagram::draw_pane(black_box(area), buf, black_box(app)));
}

#[divan::bench]
fn courts_view(bencher: Bencher) {
    draw(bencher, &app(&[]));
}

#[divan::bench]
fn appointments_view(bencher: Bencher) {
    draw(bencher, &app(&[Action::Diagram(DiagramAction::ToggleView)]));
}

#[divan::bench]
fn mid_scenario(bencher: Bencher) {
    draw(
        bencher,
        &app(&[
            Action::Diagram(DiagramAction::OpenScenarios),
            Action::Diagram(DiagramAction::PickScenario),
            Action::Diagram(DiagramAction::StepForward),
        ]),
    );
}

/// The layout alone, as clicks and arrow keys use it.
#[divan::bench]
fn layout_only(bencher: Bencher) {
    let app = app(&[]);
    let area = pane();
    bencher.bench_local(|| {
        layout::compute(&app.model, &app.state.diagram, app.strings, black_box(area))
    });
}

/// One arrow key in the open diagram, as `App::update` handles it: the focus moves right, then back left.
#[divan::bench]
fn arrow_keys(bencher: Bencher) {
    let mut app = app(&[]);
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
    let app = app_on(TWENTY, &[]);
    let area = pane();
    bencher
        .with_inputs(|| Buffer::empty(Rect::new(0, 0, SIZE.0, SIZE.1)))
        .bench_local_refs(|buf| diagram::draw_pane(black_box(area), buf, black_box(&app)));
}
