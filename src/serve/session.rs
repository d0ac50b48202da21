//! One visitor's app over one SSH channel: input bytes in, frames out, until the visitor leaves, falls idle, runs
//! out of time or stops reading. A panic ends this session only.

use super::backend::channel_screen;
use super::client_env::ClientEnv;
use super::conn::{Conn, Phase};
use super::screen;
use crate::app::{App, Keymap};
use crate::input::{ESC_TIMEOUT, InputParser};
use crate::kiosk::ExitKey;
use crate::model::Timeline;
use crate::strings::Strings;
use crate::theme::{Theme, detect};
use crate::ui;
use ratatui::crossterm::event::Event;
use russh::ChannelId;
use russh::server::Handle;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, watch};
use tokio::time::{Instant, sleep_until, timeout};

/// At most this many frames a second; input in between is drawn in the next frame.
pub const FRAME_INTERVAL: Duration = Duration::from_millis(33);
/// Steps of the ending: each waits at most this long for the client.
const GOODBYE_TIMEOUT: Duration = Duration::from_secs(2);

/// What every session of a server shares.
pub struct SessionSettings {
    /// The dataset's snapshots, built once for every session.
    pub timeline: Arc<Timeline>,
    /// The change date every session starts on.
    pub start_date: usize,
    /// Ended after this long without a key press or click.
    pub idle: Duration,
    /// Ended after this long whatever happens.
    pub max_session: Duration,
    /// The operator's way out, if any; otherwise the visitor leaves by closing the connection.
    pub exit_key: Option<ExitKey>,
    /// A client that takes longer than this to accept a frame has stopped reading and is dropped.
    pub write_timeout: Duration,
    /// Turns true when the server is asked to stop: every session says goodbye and restores its terminal.
    pub stopping: watch::Receiver<bool>,
    /// The server's --theme and --ascii: each visitor's terminal decides the rest.
    pub look: crate::theme::Asked,
}

impl SessionSettings {
    /// The theme and glyphs for a visitor whose client sent `env`; the server's own environment plays no part.
    pub fn theme_for(&self, env: &ClientEnv) -> Theme {
        Theme::detected(&detect::detect(self.look, |name| env.get(name)))
    }

    /// How long before the idle end the warning shows: 30 s, or a third of a short idle time.
    pub fn idle_warning(&self) -> Duration {
        Duration::from_secs(30).min(self.idle / 3)
    }

    /// The words visitors read outside the app (refusals, prompts, goodbyes): the dataset's language, else English.
    pub fn words(&self) -> &'static Strings {
        crate::strings::choose([Some(self.timeline.full().data.meta.language.as_str())])
    }
}

/// What the connection hands the session.
#[derive(Debug)]
pub enum Input {
    Bytes(Vec<u8>),
    Closed,
}

/// Why a session ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum End {
    ExitKey,
    /// The visitor answered yes to "Leave polity?".
    VisitorLeft,
    Idle(Duration),
    MaxLength(Duration),
    ClientClosed,
    ClientStalled,
    ConnectionLost,
    ServerStopping,
    Internal(String),
}

impl End {
    /// The line the visitor reads after the app's screen is gone, if the client is still listening.
    fn farewell(&self, w: &'static Strings) -> Option<String> {
        match self {
            End::ExitKey | End::VisitorLeft => Some(w.goodbye.to_string()),
            End::Idle(d) => Some((w.ended_idle)(d.as_secs())),
            End::MaxLength(d) => Some((w.ended_time_limit)(d.as_secs() / 60)),
            End::ServerStopping => Some(w.server_shutting_down.to_string()),
            End::Internal(_) => Some(w.something_went_wrong.to_string()),
            End::ClientClosed | End::ClientStalled | End::ConnectionLost => None,
        }
    }

    fn exit_status(&self) -> u32 {
        match self {
            End::Internal(_) => 1,
            _ => 0,
        }
    }
}

impl fmt::Display for End {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            End::ExitKey => write!(f, "exit key pressed"),
            End::VisitorLeft => write!(f, "visitor left"),
            End::Idle(d) => write!(f, "idle for {} s", d.as_secs()),
            End::MaxLength(d) => write!(f, "session length limit ({} s)", d.as_secs()),
            End::ClientClosed => write!(f, "client closed the session"),
            End::ClientStalled => write!(f, "client stopped reading"),
            End::ConnectionLost => write!(f, "connection lost"),
            End::ServerStopping => write!(f, "server shutting down"),
            End::Internal(e) => write!(f, "internal error: {e}"),
        }
    }
}

/// Runs a session in its own task, then ends the channel whatever happened inside it; the connection task ends the
/// connection.
pub async fn supervise(
    settings: Arc<SessionSettings>,
    client_env: ClientEnv,
    conn: Arc<Conn>,
    handle: Handle,
    channel: ChannelId,
    size: watch::Receiver<(u16, u16)>,
    input: mpsc::Receiver<Input>,
) {
    let words = settings.words();
    let theme = settings.theme_for(&client_env);
    let term = client_env.get("TERM");
    let task = tokio::spawn(run(
        settings,
        (theme, term),
        handle.clone(),
        channel,
        size,
        input,
    ));
    let end = match task.await {
        Ok(end) => end,
        Err(e) if e.is_panic() => End::Internal("the session panicked".to_string()),
        Err(_) => End::Internal("the session was cancelled".to_string()),
    };
    conn.set_end(end.to_string());
    goodbye(&handle, channel, &end, words).await;
    conn.phase.send_replace(match end {
        End::ClientStalled | End::ConnectionLost => Phase::Abandoned,
        _ => Phase::Ended,
    });
}

/// Restores the visitor's terminal, then exit status, EOF and close. The disconnect comes later, from the
/// connection task, once the client has had time to print all this: OpenSSH's client drops unwritten output when a
/// disconnect arrives. Every step is bounded, so a vanished client cannot hold the task.
async fn goodbye(handle: &Handle, channel: ChannelId, end: &End, w: &'static Strings) {
    let listening = !matches!(end, End::ClientStalled | End::ConnectionLost);
    if listening {
        let bytes = match end.farewell(w) {
            Some(text) => screen::farewell(&text),
            None => screen::LEAVE.to_vec(),
        };
        let _ = timeout(GOODBYE_TIMEOUT, handle.data(channel, bytes)).await;
        let _ = timeout(
            GOODBYE_TIMEOUT,
            handle.exit_status_request(channel, end.exit_status()),
        )
        .await;
        let _ = timeout(GOODBYE_TIMEOUT, handle.eof(channel)).await;
        let _ = timeout(GOODBYE_TIMEOUT, handle.close(channel)).await;
    }
}

async fn run(
    settings: Arc<SessionSettings>,
    (theme, term): (Theme, Option<String>),
    handle: Handle,
    channel: ChannelId,
    mut size: watch::Receiver<(u16, u16)>,
    mut input: mpsc::Receiver<Input>,
) -> End {
    let start_size = *size.borrow_and_update();
    let keymap = Keymap::default().leaving_asks();
    let mut app = App::with_timeline(settings.timeline.clone(), keymap, theme, start_size);
    app.start_at(settings.start_date);
    let mut terminal = channel_screen(start_size, term.as_deref());
    terminal.write_raw(screen::ENTER);

    let started = Instant::now();
    let session_end = started + settings.max_session;
    let warning = settings.idle_warning();
    let mut last_input = started;
    let mut parser = InputParser::new();
    let mut events = Vec::new();
    let mut esc_deadline: Option<Instant> = None;
    let mut dirty = true;
    let mut last_frame: Option<Instant> = None;
    let mut shown_warning: Option<u64> = None;
    let mut size_open = true;
    let mut stopping = settings.stopping.clone();
    let mut stopping_open = true;

    loop {
        if *stopping.borrow() {
            return End::ServerStopping;
        }
        let now = Instant::now();
        if now >= session_end {
            return End::MaxLength(settings.max_session);
        }
        let idle_end = last_input + settings.idle;
        if now >= idle_end {
            return End::Idle(settings.idle);
        }
        let left = idle_end - now;
        let warn = (left <= warning).then(|| left.as_secs_f64().ceil() as u64);
        dirty |= warn != shown_warning;

        let frame_due = last_frame.map_or(now, |t| t + FRAME_INTERVAL);
        if dirty && now >= frame_due {
            let drawn = catch_unwind(AssertUnwindSafe(|| {
                terminal.draw(app.scroll_hint(), |area, buf| {
                    ui::draw_into(area, buf, &app);
                    if let Some(seconds) = warn {
                        screen::idle_warning(area, buf, seconds, app.strings);
                    }
                })
            }));
            if drawn.is_err() {
                return End::Internal("drawing panicked".to_string());
            }
            dirty = false;
            shown_warning = warn;
            last_frame = Some(now);
            let bytes = terminal.take_output();
            if !bytes.is_empty() {
                // Awaiting the send is the backpressure: a client that stops reading stops the session here.
                match timeout(settings.write_timeout, handle.data(channel, bytes)).await {
                    Ok(Ok(())) => {}
                    Ok(Err(_)) => return End::ConnectionLost,
                    Err(_) => return End::ClientStalled,
                }
            }
            continue;
        }

        let mut wake = session_end.min(idle_end);
        match warn {
            None => wake = wake.min(idle_end - warning),
            // The countdown changes once a second.
            Some(_) => wake = wake.min(now + (left - Duration::from_secs(left.as_secs()))),
        }
        if dirty {
            wake = wake.min(frame_due);
        }
        if let Some(deadline) = esc_deadline {
            wake = wake.min(deadline);
        }

        tokio::select! {
            message = input.recv() => match message {
                Some(Input::Bytes(bytes)) => {
                    parser.feed(&bytes, &mut events);
                    esc_deadline = parser.has_pending().then(|| Instant::now() + ESC_TIMEOUT);
                }
                Some(Input::Closed) | None => return End::ClientClosed,
            },
            changed = stopping.changed(), if stopping_open => {
                // A dropped sender means the server is going away without asking: keep serving until then.
                stopping_open = changed.is_ok();
            }
            changed = size.changed(), if size_open => {
                if changed.is_err() {
                    size_open = false;
                    continue;
                }
                let (width, height) = *size.borrow_and_update();
                terminal.set_size((width, height));
                events.push(Event::Resize(width, height));
            }
            () = sleep_until(wake) => {
                if esc_deadline.is_some_and(|d| Instant::now() >= d) {
                    esc_deadline = None;
                    parser.flush(&mut events);
                }
            }
        }

        for event in events.drain(..) {
            if matches!(event, Event::Key(_) | Event::Mouse(_)) {
                last_input = Instant::now();
            }
            if settings.exit_key.is_some_and(|chord| chord.matches(&event)) {
                return End::ExitKey;
            }
            match catch_unwind(AssertUnwindSafe(|| app.handle_event(&event))) {
                Ok(changed) => dirty |= changed,
                Err(_) => return End::Internal("handling a key panicked".to_string()),
            }
            if app.should_quit() {
                return End::VisitorLeft;
            }
        }
    }
}
