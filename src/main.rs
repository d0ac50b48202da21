// Where glibc passes the arguments to Rust's standard library itself, the C runtime calls `main` below directly
// (see `polity::entry`); elsewhere, and in the test build, Rust's own entry point calls `run`.
#![cfg_attr(all(target_os = "linux", target_env = "gnu", not(test)), no_main)]

use polity::app::attract::{AttractTimes, DEFAULT_STEP_SECS};
use polity::app::{Action, Keymap, time, tour};
use polity::cli::{Cli, Command, check, completions, diagram, export, man, new, quiz, schema};
use polity::dataset::load_timeline;
use polity::kiosk::{self, ExitKey};
use polity::serve;
use polity::term::{self, RunOptions};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

#[global_allocator]
static HEAP: term::startup_heap::StartupHeap = term::startup_heap::StartupHeap;

#[cfg(all(target_os = "linux", target_env = "gnu", not(test)))]
#[unsafe(no_mangle)]
extern "C" fn main(
    _argc: std::ffi::c_int,
    _argv: *const *const std::ffi::c_char,
) -> std::ffi::c_int {
    // `exit` flushes standard output, as returning from Rust's `main` does.
    std::process::exit(polity::entry::run_as_main(run))
}

#[cfg(any(not(all(target_os = "linux", target_env = "gnu")), test))]
fn main() -> ExitCode {
    run()
}

fn run() -> ExitCode {
    let cli = Cli::from_env();
    match cli.command {
        Some(Command::Check { file }) => check::run(file.as_deref().or(cli.data.as_deref())),
        Some(Command::Export { format, as_of }) => {
            export::run(cli.data.as_deref(), format, as_of.as_deref())
        }
        Some(Command::Diagram(args)) => diagram::run(cli.data.as_deref(), &args),
        Some(Command::Quiz {
            as_of,
            seed,
            questions,
        }) => quiz::run(quiz::QuizArgs {
            file: cli.data.as_deref(),
            as_of: as_of.as_deref(),
            seed,
            questions: questions.into(),
        }),
        Some(Command::Serve(args)) => serve::run(args, cli.data.as_deref()),
        Some(Command::Completions { shell }) => completions::run(shell),
        Some(Command::Man) => man::run(),
        Some(Command::New { country, file }) => new::run(&country, file.as_deref()),
        Some(Command::Schema { markdown }) => schema::run(markdown),
        None => {
            // Start-up allocates from one block faulted in at once, sized for this terminal.
            let (cols, rows) = ratatui::crossterm::terminal::size().unwrap_or((80, 24));
            term::startup_heap::open(term::startup_heap::bytes_for_screen(cols, rows));
            let exit_key = match cli.exit_key.as_deref().map(str::parse::<ExitKey>) {
                None => None,
                Some(Ok(chord)) => Some(chord),
                Some(Err(e)) => {
                    eprintln!("polity: {e}");
                    return ExitCode::from(2);
                }
            };
            // The dataset is loaded before the terminal is touched, so a bad file is reported on a sane screen.
            let timeline = match load_timeline(cli.data.as_deref()) {
                Ok(timeline) => Arc::new(timeline),
                Err(problems) => {
                    for p in &problems {
                        eprintln!("{p}");
                    }
                    return ExitCode::from(2);
                }
            };
            let newest = timeline.snapshot(timeline.newest());
            let words = polity::strings::for_this_user(&newest.data.meta.language);
            let start_date = match cli
                .as_of
                .as_deref()
                .map(|d| time::start_date(&timeline, d, words))
            {
                None => None,
                Some(Ok(index)) => Some(index),
                Some(Err(e)) => {
                    eprintln!("polity: {e}");
                    return ExitCode::from(2);
                }
            };
            let tour = match cli
                .tour
                .as_deref()
                .map(|name| tour::start_tour(&timeline.full().data.tours, name, words))
            {
                None => None,
                Some(Ok(index)) => Some(index),
                Some(Err(e)) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            };
            let attract = cli.attract.map(|idle| AttractTimes {
                idle: Duration::from_secs(idle),
                step: Duration::from_secs(cli.attract_step.unwrap_or(DEFAULT_STEP_SECS)),
            });
            let keymap = if cli.kiosk && cli.visitors_may_leave {
                Keymap::default().leaving_asks()
            } else if cli.kiosk {
                Keymap::default().without(Action::Quit)
            } else {
                Keymap::default()
            };
            let look =
                polity::theme::detect::detect(cli.asked_look(), |name| std::env::var(name).ok());
            if let Some(warning) = &look.warning {
                eprintln!("{warning}");
            }
            let idle = cli.idle.unwrap_or(kiosk::DEFAULT_IDLE_SECS);
            let options = RunOptions {
                mouse: !cli.no_mouse,
                keymap,
                idle_reset: (cli.kiosk && idle > 0).then(|| Duration::from_secs(idle)),
                kiosk: cli.kiosk,
                exit_key,
                start_date,
                theme: polity::theme::Theme::detected(&look),
                quiz_seed: cli.seed,
                tour,
                present: cli.present,
                attract,
            };
            term::run(timeline, options)
        }
    }
}
