//! The court diagram as data: which boxes and arrows it has (from the dataset), where they go, how they sit in an
//! area, how the user's state marks them, and the state itself. No drawing and no screen here.
//!
//! `graph` decides what is shown, `geometry` where, `layout` how it sits in an area (and scrolls), `marks` how
//! the user's state highlights it, `canvas` joins its lines into box-drawing characters, `state` is what the
//! user chose (view, focus, the case followed). `groups` splits each view's boxes into connected groups, once per
//! snapshot, so a view lays out and draws only the group holding the focus, however large the dataset.
//!
//! # Design: layers that point one way
//!
//! The diagram is asked two kinds of question: by the update side (which box is to the left, which box is
//! under the mouse, which comes next on Tab) and by the drawing side (what goes in which cell). Both must get
//! the same answer, so both ask this module, and this module asks neither. Who may import whom:
//!
//! ```text
//! model, text, theme   leaves: the data, measuring and wrapping text, styles
//!   ^
//! court                the diagram's graph, geometry, layout, marks and state (model and text only)
//!   ^
//! pages                each entry's page, and the diagram's panel, as lines of text
//!   ^
//! app                  state, actions, update; the screen's areas and what a click or key lands on
//!   ^
//! ui                   drawing only, by shared reference
//!   ^
//! term, serve, cli     the runners
//! ```
//!
//! A layer imports only from layers below it; nothing imports `ui` but the runners. The trade-off: hit-testing is a pure function of a
//! layout value and the event, with no cache of the last frame, so the update side computes the layout itself
//! (once per action) rather than reading what was drawn. A served session handles several keys before it draws,
//! so a last-frame cache would answer for a screen the user never saw.

pub mod appointments;
pub mod canvas;
pub mod flow;
pub mod geometry;
pub mod graph;
pub mod groups;
pub mod lanes;
pub mod layout;
pub mod marks;
pub mod relations;
pub mod state;
pub mod tracks;

pub use graph::{bodies_shown, has_courts};
pub use layout::DiagramLayout;
pub use marks::{Mark, Marks};
pub use state::{DiagramState, DiagramView, Direction, Walk};
