//! `polity diagram --svg FILE`: the court diagram as an SVG picture with real text, drawn from the same layout as
//! the screen, for handouts and slides; optionally along a case at one of its steps.

use crate::court::layout::arrange;
use crate::court::marks::Marks;
use crate::court::{DiagramState, DiagramView, Walk};
use crate::model::Timeline;
use crate::strings::Strings;
use clap::{Args, ValueEnum};
use ratatui::layout::Rect;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub mod svg;

/// The area the picture is laid out for: the richest screen layout.
const AREA: Rect = Rect::new(0, 0, 200, 60);

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewArg {
    Appeals,
    Appointments,
}

#[derive(Debug, Clone, Args)]
pub struct DiagramArgs {
    /// The SVG file to write.
    #[arg(long, value_name = "FILE")]
    pub svg: PathBuf,
    /// Which view: the appeals between courts, or who chooses the judges.
    #[arg(long, value_enum, default_value_t = ViewArg::Appeals)]
    pub view: ViewArg,
    /// A case to follow (its id in the dataset's scenarios), highlighted at `--step`.
    #[arg(long, value_name = "ID")]
    pub case: Option<String>,
    /// The case's step to show, from 1 (default 1).
    #[arg(long, value_name = "N", requires = "case")]
    pub step: Option<usize>,
    /// The date to draw (YYYY, YYYY-MM or YYYY-MM-DD): the newest change on or before it. Default: the newest.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

fn fail(line: &str) -> ExitCode {
    eprintln!("{line}");
    ExitCode::from(2)
}

pub fn run(file: Option<&Path>, args: &DiagramArgs) -> ExitCode {
    let (timeline, index, w) = match super::load_as_of(file, args.as_of.as_deref()) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    match picture(&timeline, index, args, w) {
        Ok(text) => match std::fs::write(&args.svg, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&(w.diagram_not_written)(
                &args.svg.display().to_string(),
                &e.to_string(),
            )),
        },
        Err(line) => fail(&line),
    }
}

/// The SVG text for the dataset at `index`, or the line saying why there is none.
pub fn picture(
    timeline: &Timeline,
    index: usize,
    args: &DiagramArgs,
    w: &'static Strings,
) -> Result<String, String> {
    let model = timeline.snapshot(index);
    let view = match args.view {
        ViewArg::Appeals => DiagramView::Courts,
        ViewArg::Appointments => DiagramView::Appointments,
    };
    let mut state = DiagramState {
        view,
        ..DiagramState::default()
    };
    if let Some(case) = &args.case {
        let scenario = model.data.scenarios.iter().position(|s| &s.id == case);
        let scenario = scenario.ok_or_else(|| (w.diagram_unknown_case)(case))?;
        let steps = model.data.scenarios[scenario].steps.len();
        let step = args.step.unwrap_or(1);
        if step == 0 || step > steps {
            return Err((w.diagram_bad_step)(step, steps));
        }
        state.walk = Some(Walk {
            scenario,
            step: step - 1,
        });
    }
    let mut layout = arrange(model, view, w, AREA);
    layout.follow(model, &state);
    let marks = Marks::new(model, &state, &layout.graph, layout.focus);
    let view_name = match view {
        DiagramView::Courts => w.view_appeals,
        DiagramView::Appointments => w.view_appointments,
    };
    let date = timeline.date(index).map(|d| d.to_string());
    let title = (w.diagram_title)(&model.data.meta.title, view_name, date.as_deref());
    Ok(svg::svg(&layout.geometry, &marks, &title))
}
