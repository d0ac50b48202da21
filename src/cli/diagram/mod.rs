//! `polity diagram --svg FILE`: the court diagram as an SVG picture with real text, drawn from the same layout as
//! the screen, for handouts and slides; optionally along a case at one of its steps.

use crate::court::layout::arrange;
use crate::court::marks::Marks;
use crate::court::{DiagramState, DiagramView, Walk};
use crate::dataset::load_model;
use crate::model::{Date, Timeline};
use crate::strings::{self, Strings};
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
    let asked = match args.as_of.as_deref().map(|t| (t, Date::parse(t))) {
        None => None,
        Some((_, Some(date))) => Some(date),
        Some((text, None)) => {
            let w = strings::choose([
                strings::user_language(|name| std::env::var(name).ok()).as_deref()
            ]);
            return fail(&(w.export_bad_date)(text));
        }
    };
    let model = match load_model(file) {
        Ok(model) => model,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            return ExitCode::from(2);
        }
    };
    let timeline = Timeline::of(model);
    let w = strings::for_this_user(&timeline.full().data.meta.language);
    let index = match asked.map(|date| (date, timeline.index_on(&date))) {
        None => timeline.newest(),
        Some((_, Some(index))) => index,
        Some((date, None)) => {
            let first = timeline.dates().first().map(ToString::to_string);
            return fail(&(w.export_too_early)(
                &date.to_string(),
                &first.unwrap_or_default(),
            ));
        }
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
