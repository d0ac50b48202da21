//! The local terminal runner: set up, event loop, and a restored terminal on every way out.

use crate::app::{App, Keymap};
use crate::kiosk::ExitKey;
use crate::model::Timeline;
use crate::theme::Theme;
use crate::ui;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGTERM};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

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
}

/// What wakes the event loop.
enum Wake {
    Input(Event),
    InputClosed,
    Signal(i32),
}

/// Why the event loop ended.
enum End {
    Quit,
    InputClosed,
    Signal(i32),
}

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
    if options.kiosk
        && let Err(e) = ignore_stop_signals()
    {
        eprintln!("polity: cannot set up kiosk mode: {e}");
        return ExitCode::from(1);
    }
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(e) => {
            eprintln!("polity: cannot set up the terminal: {e}");
            return ExitCode::from(1);
        }
    };
    if options.mouse {
        let _ = execute!(std::io::stdout(), EnableMouseCapture);
    }
    let size = terminal
        .size()
        .map(|s| (s.width, s.height))
        .unwrap_or((80, 24));
    let mut app = App::with_timeline(timeline, options.keymap, Theme::from_env(), size);
    app.use_language(crate::strings::user_language(|name| std::env::var(name).ok()).as_deref());
    if let Some(start) = options.start_date {
        app.start_at(start);
    }
    let end = event_loop(
        &mut terminal,
        &mut app,
        options.idle_reset,
        options.exit_key,
    );
    if options.mouse {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
    }
    ratatui::restore();
    match end {
        Ok(End::Quit) => ExitCode::SUCCESS,
        Ok(End::InputClosed) => ExitCode::from(1),
        Ok(End::Signal(signal)) => ExitCode::from(128 + signal as u8),
        Err(e) => {
            eprintln!("polity: the terminal stopped working: {e}");
            ExitCode::from(1)
        }
    }
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    idle_reset: Option<Duration>,
    exit_key: Option<ExitKey>,
) -> std::io::Result<End> {
    let wakes = spawn_wake_sources()?;
    terminal.draw(|frame| ui::draw(frame, app))?;
    loop {
        let wake = match idle_reset {
            Some(idle) => match wakes.recv_timeout(idle) {
                Ok(wake) => wake,
                Err(RecvTimeoutError::Timeout) => {
                    app.reset();
                    terminal.draw(|frame| ui::draw(frame, app))?;
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(End::InputClosed),
            },
            None => match wakes.recv() {
                Ok(wake) => wake,
                Err(_) => return Ok(End::InputClosed),
            },
        };
        match wake {
            Wake::Input(event) => {
                if exit_key.is_some_and(|chord| chord.matches(&event)) {
                    return Ok(End::Quit);
                }
                if app.handle_event(&event) {
                    terminal.draw(|frame| ui::draw(frame, app))?;
                }
                if app.should_quit() {
                    return Ok(End::Quit);
                }
            }
            Wake::InputClosed => return Ok(End::InputClosed),
            Wake::Signal(signal) => return Ok(End::Signal(signal)),
        }
    }
}

/// Terminal input and termination signals arrive on one channel, so the loop sleeps until either comes.
fn spawn_wake_sources() -> std::io::Result<mpsc::Receiver<Wake>> {
    let (tx, rx) = mpsc::channel();
    let input = tx.clone();
    std::thread::spawn(move || {
        loop {
            let wake = match event::read() {
                Ok(event) => Wake::Input(event),
                Err(_) => Wake::InputClosed,
            };
            let closed = matches!(wake, Wake::InputClosed);
            if input.send(wake).is_err() || closed {
                return;
            }
        }
    });
    // SIGHUP arrives when an SSH connection drops; SIGTERM when a service manager stops us.
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let _ = tx.send(Wake::Signal(signal));
        }
    });
    Ok(rx)
}

/// In raw mode Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys, but a kiosk must not stop or suspend when the same
/// signals come another way (a terminal that left raw mode, a stray `kill`).
fn ignore_stop_signals() -> std::io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGQUIT, SIGTSTP};
    let ignored = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    for signal in [SIGINT, SIGQUIT, SIGTSTP] {
        signal_hook::flag::register(signal, ignored.clone())?;
    }
    Ok(())
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
