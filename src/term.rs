//! The local terminal runner: set up, event loop, and a restored terminal on every way out.
//!
//! Input comes through the same layer as a served session's (`crate::input`): one thread reads the tty's bytes,
//! at most a chunk at a time, and hands parsed events over a bounded queue. Signals are requests the loop reads
//! between events, so none waits behind queued input.

mod frame_writer;
mod signals;
pub mod startup_heap;

use crate::app::attract::{Attract, AttractTimes};
use crate::app::{App, Keymap};
use crate::input::tty::{FdSource, pump};
use crate::kiosk::ExitKey;
use crate::model::Timeline;
use crate::output::{self, Screen};
use crate::theme::Theme;
use crate::ui;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::{cursor, execute, queue, terminal};
use signals::Requests;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How the local app runs.
pub struct RunOptions {
    pub mouse: bool,
    pub keymap: Keymap,
    /// Forget the visitor after this long without input (kiosk mode).
    pub idle_reset: Option<Duration>,
    /// Kiosk mode: signals that would stop or suspend the app are ignored.
    pub kiosk: bool,
    /// A chord that ends the app whatever the key map says (the kiosk operator's way out).
    pub exit_key: Option<ExitKey>,
    /// The change date to start on; the newest when `None`.
    pub start_date: Option<usize>,
    /// The styles and glyphs chosen for this terminal.
    pub theme: Theme,
    /// The quiz's `--seed`, if given.
    pub quiz_seed: Option<u64>,
    /// Start on this tour (an index into the dataset's tours).
    pub tour: Option<usize>,
    /// Start in presenter mode.
    pub present: bool,
    /// Kiosk attract mode: the tours play on their own after an idle spell.
    pub attract: Option<AttractTimes>,
}

/// What wakes the event loop.
enum Wake {
    Input(Vec<Event>),
    InputClosed,
    /// A signal left a request in `Requests`.
    Signal,
}

/// Why the event loop ended.
enum End {
    Quit,
    InputClosed,
    Signal(i32),
}

/// Batches of events waiting for the loop; when full, the reader waits and the tty holds the rest.
const INPUT_QUEUE: usize = 64;

/// The message for a user who ran the app without a terminal.
pub const NO_TERMINAL: &str = "polity: the interactive app needs a terminal (stdin and stdout must be a TTY); \
     use `polity export` for the dataset as text or `polity check` to validate a dataset";

/// Runs the app until the user quits; the terminal is restored whatever happens.
pub fn run(timeline: Arc<Timeline>, options: RunOptions) -> ExitCode {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        eprintln!("{NO_TERMINAL}");
        return ExitCode::from(1);
    }
    install_panic_message(options.mouse);
    let requests = Arc::new(Requests::default());
    let (wake, wakes) = mpsc::sync_channel(INPUT_QUEUE);
    let watched = signals::restore_on_fatal_signals(0)
        .and_then(|()| signals::watch(options.kiosk, requests.clone(), wake.clone()));
    let watcher = match watched {
        Ok(watcher) => watcher,
        Err(e) => {
            eprintln!("polity: cannot set up signal handling: {e}");
            return ExitCode::from(1);
        }
    };
    let mut terminal = match init_terminal(options.mouse) {
        Ok(terminal) => terminal,
        Err(e) => {
            ratatui::restore();
            eprintln!("polity: cannot set up the terminal: {e}");
            return ExitCode::from(1);
        }
    };
    let area = terminal.area();
    let size = (area.width, area.height);
    let looping = LoopOptions {
        mouse: options.mouse,
        idle_reset: options.idle_reset,
        exit_key: options.exit_key,
        attract: options.attract,
    };
    let mut app = App::with_timeline(timeline, options.keymap, options.theme, size);
    app.use_language(crate::strings::user_language(|name| std::env::var(name).ok()).as_deref());
    if let Some(start) = options.start_date {
        app.start_at(start);
    }
    app.quiz_seed = options.quiz_seed;
    app.state.present.on = options.present;
    if let Some(tour) = options.tour {
        app.start_tour(tour);
    }
    let warming = app.timeline.clone();
    // The first frame goes out before the threads start (the input reader, the signals' reader, the whole file's
    // loading), so none competes with it for the processor or for fresh memory; keys typed meanwhile wait in the
    // tty and signals in the watcher's pipe.
    let end = draw(&mut terminal, &app).and_then(|()| {
        // What comes after the first frame (threads among it) is served by the system allocator.
        startup_heap::close();
        watcher.start();
        spawn_reader(wake);
        warm_whole_file(warming);
        event_loop(&mut terminal, &mut app, &looping, &requests, &wakes)
    });
    leave_screen(options.mouse);
    match end {
        Ok(End::Quit) => ExitCode::SUCCESS,
        Ok(End::InputClosed) => ExitCode::from(1),
        Ok(End::Signal(signal)) => ExitCode::from(128u8.saturating_add(signal as u8)),
        Err(e) => {
            eprintln!("polity: the terminal stopped working: {e}");
            ExitCode::from(1)
        }
    }
}

/// Raw mode, and the alternate screen and mouse reporting queued to go out with the first frame, so start-up
/// costs the terminal one write. Like `ratatui::try_init`, a panic restores the terminal first.
fn init_terminal(mouse: bool) -> std::io::Result<Screen> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        ratatui::restore();
        hook(info);
    }));
    terminal::enable_raw_mode()?;
    let env = |name: &str| std::env::var(name).ok();
    let scroll_regions = output::scroll_regions_allowed(
        env(output::SCROLL_REGIONS_VAR).as_deref(),
        env("TERM").as_deref(),
    );
    // Every frame is gathered in memory and reaches the tty in one write.
    let mut screen = Screen::new(terminal::size()?, scroll_regions);
    let mut modes = Vec::new();
    queue!(modes, terminal::EnterAlternateScreen)?;
    if mouse {
        queue!(modes, EnableMouseCapture)?;
    }
    screen.write_raw(&modes);
    Ok(screen)
}

/// Draws the app's frame and hands what changed to the terminal in one write (nothing when nothing changed).
fn draw(terminal: &mut Screen, app: &App) -> std::io::Result<()> {
    terminal.draw(app.scroll_hint(), |area, buf| ui::draw_into(area, buf, app));
    let written = frame_writer::write_stdout(terminal.output());
    terminal.clear_output();
    written
}

/// What the loop needs of `RunOptions` once the app holds the key map.
struct LoopOptions {
    mouse: bool,
    idle_reset: Option<Duration>,
    exit_key: Option<ExitKey>,
    attract: Option<AttractTimes>,
}

fn event_loop(
    terminal: &mut Screen,
    app: &mut App,
    options: &LoopOptions,
    requests: &Requests,
    wakes: &mpsc::Receiver<Wake>,
) -> std::io::Result<End> {
    let mut last_input = Instant::now();
    let mut attract = options.attract.map(|times| Attract::new(times, last_input));
    loop {
        let mut dirty = false;
        if let Some(signal) = requests.ending() {
            return Ok(End::Signal(signal));
        }
        if requests.take_suspend() {
            leave_screen(options.mouse);
            signals::stop_as_default();
            requests.take_resumed();
            enter_screen(terminal, options.mouse)?;
            dirty = true;
        }
        if requests.take_resumed() {
            // Stopped another way (SIGSTOP): whoever had the terminal meanwhile may have changed its modes.
            enter_screen(terminal, options.mouse)?;
            dirty = true;
        }
        if requests.take_resized()
            && let Ok((width, height)) = terminal::size()
        {
            terminal.set_size((width, height));
            app.handle_event(&Event::Resize(width, height));
            dirty = true;
        }
        if dirty {
            draw(terminal, app)?;
        }
        // The idle reset waits while the tours play on their own; the loop sleeps until the nearer deadline.
        let playing = attract.as_ref().is_some_and(Attract::playing);
        let idle_at = options
            .idle_reset
            .filter(|_| !playing)
            .map(|idle| last_input + idle);
        let deadline = idle_at
            .into_iter()
            .chain(attract.as_ref().map(Attract::deadline))
            .min();
        let wake = match deadline {
            Some(at) => {
                let left = at.saturating_duration_since(Instant::now());
                match wakes.recv_timeout(left) {
                    Ok(wake) => wake,
                    Err(RecvTimeoutError::Timeout) => {
                        let now = Instant::now();
                        let played = attract.as_mut().is_some_and(|a| a.wake(now, app));
                        if !played && idle_at.is_some_and(|at| at <= now) {
                            app.reset();
                            last_input = now;
                        }
                        draw(terminal, app)?;
                        continue;
                    }
                    Err(RecvTimeoutError::Disconnected) => return Ok(End::InputClosed),
                }
            }
            None => match wakes.recv() {
                Ok(wake) => wake,
                Err(_) => return Ok(End::InputClosed),
            },
        };
        match wake {
            Wake::Input(events) => {
                last_input = Instant::now();
                let mut changed = false;
                for event in &events {
                    if let Some(signal) = requests.ending() {
                        return Ok(End::Signal(signal));
                    }
                    if options.exit_key.is_some_and(|chord| chord.matches(event)) {
                        return Ok(End::Quit);
                    }
                    // A key that ends the tours playing on their own goes no further.
                    if attract.as_mut().is_some_and(|a| a.input(last_input, app)) {
                        changed = true;
                        continue;
                    }
                    changed |= app.handle_event(event);
                    if app.should_quit() {
                        return Ok(End::Quit);
                    }
                }
                // One frame for a whole batch: a burst of keys costs one draw, not one each.
                if changed {
                    draw(terminal, app)?;
                }
            }
            Wake::InputClosed => return Ok(End::InputClosed),
            Wake::Signal => {}
        }
    }
}

/// Loads the whole file of a timeline that started from its newest snapshot on its own thread, so the first key
/// that needs it (another date, the events, a tour) does not wait for it.
fn warm_whole_file(timeline: Arc<Timeline>) {
    std::thread::spawn(move || {
        timeline.full();
    });
}

/// Reads stdin's bytes through the shared input layer on its own thread.
fn spawn_reader(wake: mpsc::SyncSender<Wake>) {
    std::thread::spawn(move || {
        let _ = pump(&mut FdSource(0), |events| {
            wake.send(Wake::Input(events)).is_ok()
        });
        let _ = wake.send(Wake::InputClosed);
    });
}

/// Raw mode, the alternate screen and the mouse again after a stop, and a full redraw on the next draw.
fn enter_screen(terminal: &mut Screen, mouse: bool) -> std::io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(
        std::io::stdout(),
        terminal::EnterAlternateScreen,
        cursor::Hide
    )?;
    if mouse {
        execute!(std::io::stdout(), EnableMouseCapture)?;
    }
    // Whoever had the terminal left something on it, and the window may have changed size meanwhile.
    terminal.clear();
    terminal.set_size(terminal::size()?);
    Ok(())
}

/// The terminal as the shell had it: mouse reporting off, cursor shown, main screen, cooked mode.
fn leave_screen(mouse: bool) {
    if mouse {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
    }
    let _ = execute!(std::io::stdout(), cursor::Show);
    ratatui::restore();
}

/// A panic prints one line (no backtrace) after ratatui's hook has restored the terminal.
fn install_panic_message(mouse: bool) {
    std::panic::set_hook(Box::new(move |info| {
        if mouse {
            let _ = execute!(std::io::stdout(), DisableMouseCapture);
        }
        let message = crate::panic_message::of(info);
        eprintln!("polity: internal error: {message}");
    }));
}
