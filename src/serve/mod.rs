//! `polity serve`: an SSH server in which every connection gets its own app in kiosk mode.
//!
//! The accept loop takes a connection's places (limits) before the handshake, hands the stream to russh, and keeps
//! a login-grace timer until the visitor has a shell. Each session draws into its channel through its own backend.

pub mod backend;
mod client_env;
mod conn;
mod guesses;
mod handler;
mod handshakes;
pub mod host_key;
pub mod limits;
mod log;
mod screen;
mod session;
mod stream;

use crate::app::time;
use crate::dataset::load_model;
use crate::kiosk::ExitKey;
use crate::model::Timeline;
use conn::{Conn, Phase};
use guesses::{GuessSettings, Guesses};
use handler::ConnHandler;
use handshakes::Handshakes;
use limits::{LimitSettings, Limits, Refusal};
use log::ConnLog;
use russh::server::{Config, run_stream};
use russh::{Disconnect, MethodKind, MethodSet, SshId};
use session::SessionSettings;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::time::timeout;

/// Connections being turned away at once (each gets its refusal over SSH); beyond this they are just closed, so
/// a flood cannot make the server run unlimited key exchanges.
const MAX_REFUSING: usize = 64;
/// How long a client has to leave by itself after its session closed, before it is disconnected.
const CLIENT_LEAVE_TIME: Duration = Duration::from_secs(3);
/// How long a stopping server waits for its visitors to be sent away (a goodbye takes milliseconds; silent
/// sockets would otherwise hold the stop up).
const STOP_TIME: Duration = Duration::from_millis(1500);
/// How long a refused client has to finish the handshake and read why.
const REFUSAL_TIME: Duration = Duration::from_secs(3);
/// Every rejected login is answered after this long, counted from the request.
const AUTH_REJECTION_TIME: Duration = Duration::from_secs(1);
/// Wrong class codes from one address are forgotten after this long without another.
const FORGET_GUESSES: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:2222")]
    pub listen: SocketAddr,

    /// The server's ed25519 host key: created (mode 0600) on first start, reused afterwards.
    #[arg(long, value_name = "PATH")]
    pub host_key: PathBuf,

    /// Require this shared class code (password or keyboard-interactive); without it anyone may enter.
    /// Read from POLITY_CLASS_CODE when the option is absent, which keeps it out of the process list.
    #[arg(
        long,
        value_name = "CODE",
        env = "POLITY_CLASS_CODE",
        hide_env_values = true
    )]
    pub password: Option<String>,

    /// Concurrent connections (each visitor's session is one).
    #[arg(long, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max_sessions: u32,

    /// Connections still logging in at once.
    #[arg(long, value_name = "N", default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max_unauthenticated: u32,

    /// Connections from one address (a classroom behind NAT is one address, so keep this generous; below
    /// --max-sessions so that one address cannot take every place).
    #[arg(long, value_name = "N", default_value_t = 48, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max_per_address: u32,

    /// Connections from one address still logging in (typing the class code, say); well below
    /// --max-unauthenticated, so one address cannot keep others out.
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max_unauthenticated_per_address: u32,

    /// Connections from one address still in their key exchange; when another arrives, the one waiting longest
    /// is closed. A real client is through the key exchange within milliseconds.
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max_handshakes_per_address: u32,

    /// Seconds a connection has to finish the key exchange.
    #[arg(long, value_name = "SECS", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..))]
    pub handshake_grace: u64,

    /// Seconds a connection has to log in and open its session.
    #[arg(long, value_name = "SECS", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub login_grace: u64,

    /// Wrong class codes from one address that cost no delay; each one after them makes the next try from that
    /// address take longer (2 s, 4 s, 8 s … at most 30 s, instead of the usual second).
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub code_free_tries: u32,

    /// Wrong class codes from one address that ban it for --code-ban seconds.
    #[arg(long, value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub code_ban_after: u32,

    /// Seconds an address stays banned after too many wrong class codes.
    #[arg(long, value_name = "SECS", default_value_t = 600, value_parser = clap::value_parser!(u64).range(1..))]
    pub code_ban: u64,

    /// Seconds without a key press before a session ends (a warning shows before the end).
    #[arg(long, value_name = "SECS", default_value_t = 600, value_parser = clap::value_parser!(u64).range(1..))]
    pub idle: u64,

    /// Longest a session may last, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 7200, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_session: u64,

    /// A key chord that ends a visitor's session (e.g. ctrl-x); without it the visitor leaves by closing ssh.
    #[arg(long, value_name = "CHORD")]
    pub exit_key: Option<String>,

    /// Sessions start as of this date (YYYY, YYYY-MM or YYYY-MM-DD): the newest change on or before it.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// The visitors' theme unless their client sends POLITY_THEME (NO_COLOR from the client still wins).
    #[arg(long, value_enum, value_name = "NAME")]
    pub theme: Option<crate::theme::ThemeName>,

    /// Every visitor gets ASCII only, whatever their terminal says.
    #[arg(long)]
    pub ascii: bool,
}

/// Everything the accept loop needs.
struct Server {
    config: Arc<Config>,
    limits: Limits,
    refusing: Arc<Semaphore>,
    settings: Arc<SessionSettings>,
    password: Option<Arc<str>>,
    handshake_grace: Duration,
    login_grace: Duration,
    handshakes: Handshakes,
    guesses: Arc<Guesses>,
    next_id: AtomicU64,
}

/// Runs the server until it is killed. Bad options, data or host key: one line on stderr and exit 2.
pub fn run(args: ServeArgs, data: Option<&Path>) -> ExitCode {
    let fail = |message: String| {
        eprintln!("polity serve: {message}");
        ExitCode::from(2)
    };
    let exit_key = match args.exit_key.as_deref().map(str::parse::<ExitKey>) {
        None => None,
        Some(Ok(chord)) => Some(chord),
        Some(Err(e)) => return fail(e),
    };
    let timeline = match load_model(data) {
        Ok(model) => Arc::new(Timeline::of(model)),
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            return ExitCode::from(2);
        }
    };
    let words = crate::strings::for_this_user(&timeline.full().data.meta.language);
    let start_date = match args
        .as_of
        .as_deref()
        .map(|d| time::start_date(&timeline, d, words))
    {
        None => timeline.newest(),
        Some(Ok(index)) => index,
        Some(Err(e)) => return fail(e),
    };
    let key = match host_key::load_or_create(&args.host_key) {
        Ok(key) => key,
        Err(e) => return fail(e),
    };
    let fingerprint = host_key::fingerprint(&key);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return fail(format!("cannot start: {e}")),
    };
    install_panic_message();
    let login_grace = Duration::from_secs(args.login_grace);
    let idle = Duration::from_secs(args.idle);
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let config = Config {
        server_id: SshId::Standard(format!("SSH-2.0-polity_{}", env!("CARGO_PKG_VERSION")).into()),
        methods: if args.password.is_some() {
            MethodSet::from(&[MethodKind::Password, MethodKind::KeyboardInteractive][..])
        } else {
            MethodSet::from(&[MethodKind::None][..])
        },
        auth_rejection_time: AUTH_REJECTION_TIME,
        auth_rejection_time_initial: Some(Duration::ZERO),
        keys: vec![key],
        // Small windows and queues: a session needs little, and what a client sends must not pile up.
        window_size: 64 * 1024,
        channel_buffer_size: 8,
        event_buffer_size: 4,
        max_auth_attempts: 6,
        // russh's own timer sees output and keepalives as activity; it only catches dead or stuck connections.
        // The visitor's idle time is the session's job.
        inactivity_timeout: Some(Duration::from_secs(60)),
        keepalive_interval: Some(Duration::from_secs(15)),
        keepalive_max: 3,
        nodelay: true,
        ..Default::default()
    };
    let server = Arc::new(Server {
        config: Arc::new(config),
        limits: Limits::new(LimitSettings {
            max_sessions: args.max_sessions as usize,
            max_unauthenticated: args.max_unauthenticated as usize,
            max_per_address: args.max_per_address as usize,
            max_unauthenticated_per_address: args.max_unauthenticated_per_address as usize,
        }),
        refusing: Arc::new(Semaphore::new(MAX_REFUSING)),
        settings: Arc::new(SessionSettings {
            timeline,
            start_date,
            idle,
            max_session: Duration::from_secs(args.max_session),
            exit_key,
            write_timeout: Duration::from_secs(15),
            stopping: stop_rx,
            look: crate::theme::Asked {
                theme: args.theme,
                ascii: args.ascii,
            },
        }),
        password: args.password.map(Arc::from),
        handshake_grace: Duration::from_secs(args.handshake_grace).min(login_grace),
        login_grace,
        handshakes: Handshakes::new(args.max_handshakes_per_address as usize),
        guesses: Arc::new(Guesses::new(GuessSettings {
            free: args.code_free_tries,
            ban_after: args.code_ban_after,
            ban: Duration::from_secs(args.code_ban),
            forget: FORGET_GUESSES,
            rejection_time: AUTH_REJECTION_TIME,
        })),
        next_id: AtomicU64::new(1),
    });
    runtime.block_on(async move {
        let listener = match TcpListener::bind(args.listen).await {
            Ok(listener) => listener,
            Err(e) => return fail(format!("cannot listen on {}: {e}", args.listen)),
        };
        let address = listener.local_addr().unwrap_or(args.listen);
        log::server(format_args!(
            "listening on {address}; host key {} ({fingerprint}); {}; at most {} sessions",
            args.host_key.display(),
            if server.password.is_some() {
                "class code required"
            } else {
                "anyone may enter"
            },
            args.max_sessions,
        ));
        let stop = match stop_signal() {
            Ok(stop) => stop,
            Err(e) => return fail(format!("cannot watch for stop signals: {e}")),
        };
        tokio::select! {
            code = accept_loop(server.clone(), listener) => code,
            signal = stop => {
                stop_sessions(&server, &stop_tx, signal).await;
                ExitCode::SUCCESS
            }
        }
    })
}

/// Resolves with the signal's name when a service manager (SIGTERM) or an operator (Ctrl-C) asks the server to stop.
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = &'static str>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => "SIGTERM",
            _ = interrupt.recv() => "SIGINT",
        }
    })
}

/// Asks every session to say goodbye, which restores each visitor's terminal, and waits a little for them to go.
async fn stop_sessions(server: &Server, stop: &tokio::sync::watch::Sender<bool>, signal: &str) {
    log::server(format_args!(
        "{signal}: stopping, {} connections open",
        server.limits.active()
    ));
    stop.send_replace(true);
    let deadline = tokio::time::Instant::now() + STOP_TIME;
    while server.limits.active() > 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    log::server(format_args!(
        "stopped ({} connections left)",
        server.limits.active()
    ));
}

async fn accept_loop(server: Arc<Server>, listener: TcpListener) -> ExitCode {
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(e) => {
                // Out of file descriptors and the like: wait a little rather than spin.
                log::server(format_args!("accept failed: {e}"));
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let id = server.next_id.fetch_add(1, Ordering::Relaxed);
        let log = ConnLog::new(id, peer);
        let _ = stream.set_nodelay(true);
        let banned = server
            .password
            .as_ref()
            .and_then(|_| server.guesses.banned(peer.ip(), std::time::Instant::now()))
            .map(|left| Refusal::Banned(left.as_secs()));
        match banned.map_or_else(|| server.limits.admit(peer.ip()), Err) {
            Ok(admission) => {
                log.line(format_args!("connected ({} open)", server.limits.active()));
                let server = server.clone();
                tokio::spawn(async move {
                    connection(server, stream, log, admission).await;
                });
            }
            Err(refusal) => {
                log.line(format_args!("refused: {refusal}"));
                match server.refusing.clone().try_acquire_owned() {
                    Ok(permit) => {
                        let config = server.config.clone();
                        let message = refusal.message(server.settings.words());
                        tokio::spawn(async move {
                            refuse(config, stream, message).await;
                            drop(permit);
                        });
                    }
                    Err(_) => {
                        log.line(format_args!(
                            "closed without a reason: {MAX_REFUSING} refusals are already being delivered"
                        ));
                        drop(stream)
                    }
                }
            }
        }
    }
}

/// One admitted connection, from handshake to disconnect.
async fn connection(
    server: Arc<Server>,
    stream: TcpStream,
    log: ConnLog,
    mut admission: limits::Admission,
) {
    let conn = Arc::new(Conn::new(log));
    let (stream, switch) = stream::Killable::new(stream);
    let (handshake, closed) = server.handshakes.enter(
        conn.log.peer.ip(),
        conn.log.id,
        conn.clone(),
        switch.clone(),
    );
    if let Some(closed) = closed {
        conn.log.line(format_args!(
            "closed #{closed}, the oldest connection from this address still in its key exchange"
        ));
    }
    let handler = ConnHandler::new(
        conn.clone(),
        server.settings.clone(),
        server.password.clone(),
        admission.unauthenticated.take(),
        handshake,
        server.guesses.clone(),
    );
    let mut phase = conn.phase.subscribe();
    let mut stopping = server.settings.stopping.clone();
    let grace = tokio::time::sleep(server.login_grace);
    tokio::pin!(grace);
    let kex_grace = tokio::time::sleep(server.handshake_grace);
    tokio::pin!(kex_grace);
    let kex_secs = server.handshake_grace.as_secs();
    let starting = async {
        tokio::select! {
            started = timeout(server.handshake_grace, run_stream(server.config.clone(), stream, handler)) => started,
            // A stopping server lets a connection that has not even begun go at once.
            () = stopped(&mut stopping) => {
                conn.set_end("the server is stopping");
                Ok(Err(russh::Error::Disconnect))
            }
        }
    };
    let running = match starting.await {
        Ok(Ok(running)) => running,
        Ok(Err(e)) => {
            let reason = conn
                .end_reason()
                .unwrap_or_else(|| format!("handshake failed: {e}"));
            drop(admission);
            conn.log.line(format_args!(
                "disconnected after {}: {reason}",
                conn.log.age()
            ));
            return;
        }
        Err(_) => {
            switch.kill();
            drop(admission);
            conn.log.line(format_args!(
                "disconnected after {}: no SSH handshake within {kex_secs} s",
                conn.log.age(),
            ));
            return;
        }
    };
    let handle = running.handle();
    tokio::pin!(running);
    let grace_secs = server.login_grace.as_secs();
    let result = loop {
        tokio::select! {
            result = &mut running => break result,
            changed = phase.changed() => {
                let now = *phase.borrow_and_update();
                if changed.is_err() || now < Phase::Ended {
                    continue;
                }
                if now == Phase::Abandoned {
                    switch.kill();
                    break timeout(Duration::from_secs(5), &mut running).await.unwrap_or(Ok(()));
                }
                // The session closed its channel: a well-behaved client now leaves by itself.
                if let Ok(result) = timeout(CLIENT_LEAVE_TIME, &mut running).await {
                    break result;
                }
                break disconnect(&handle, &mut running, &switch, "the session is over").await;
            }
            () = &mut kex_grace, if *phase.borrow() == Phase::Handshake => {
                // A client that cannot finish the key exchange cannot read a reason either.
                conn.set_end(format!("no key exchange within {kex_secs} s"));
                switch.kill();
                break timeout(Duration::from_secs(5), &mut running).await.unwrap_or(Ok(()));
            }
            () = &mut grace, if *phase.borrow() < Phase::Shell => {
                let reason = match *phase.borrow() {
                    Phase::Shell | Phase::Ended | Phase::Abandoned => continue,
                    Phase::Handshake | Phase::LoggingIn => format!("not logged in within {grace_secs} s"),
                    Phase::Authenticated => format!("no interactive session within {grace_secs} s"),
                };
                conn.set_end(reason.clone());
                break disconnect(&handle, &mut running, &switch, &reason).await;
            }
            changed = stopping.changed(), if *phase.borrow() < Phase::Shell => {
                // A session says goodbye by itself; a connection still logging in is simply let go.
                if changed.is_ok() && *stopping.borrow() {
                    conn.set_end("the server is stopping");
                    switch.kill();
                    break timeout(Duration::from_secs(1), &mut running).await.unwrap_or(Ok(()));
                }
            }
        }
    };
    let reason = match (conn.end_reason(), result) {
        (Some(reason), _) => reason,
        (None, Ok(())) => "client disconnected".to_string(),
        (None, Err(e)) => describe(&e),
    };
    // Places are given back before the line is logged, so whoever reads the log finds them free.
    drop(admission);
    conn.log.line(format_args!(
        "disconnected after {}: {reason}",
        conn.log.age()
    ));
}

/// Resolves once the server is stopping (never, if the stop signal's sender is gone).
async fn stopped(stopping: &mut tokio::sync::watch::Receiver<bool>) {
    if stopping.wait_for(|stop| *stop).await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// Ends a connection from this side, then waits a little for russh to finish with it; a client that does not
/// take the disconnect has its socket closed.
async fn disconnect<F>(
    handle: &russh::server::Handle,
    running: &mut std::pin::Pin<&mut F>,
    switch: &stream::KillSwitch,
    reason: &str,
) -> Result<(), russh::Error>
where
    F: std::future::Future<Output = Result<(), russh::Error>>,
{
    let _ = timeout(
        Duration::from_secs(2),
        handle.disconnect(
            Disconnect::ByApplication,
            format!("polity: {reason}"),
            String::new(),
        ),
    )
    .await;
    if let Ok(result) = timeout(Duration::from_secs(3), running.as_mut()).await {
        return result;
    }
    switch.kill();
    timeout(Duration::from_secs(5), running.as_mut())
        .await
        .unwrap_or(Ok(()))
}

fn describe(error: &russh::Error) -> String {
    match error {
        russh::Error::InactivityTimeout => "connection stalled".to_string(),
        russh::Error::KeepaliveTimeout => "client stopped answering keepalives".to_string(),
        russh::Error::IO(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            "client disconnected".to_string()
        }
        russh::Error::IO(e) => format!("connection lost ({e})"),
        other => format!("connection error: {other}"),
    }
}

/// Completes the handshake only to say why the connection is refused: OpenSSH prints a disconnect reason, while
/// text sent before the handshake would be hidden from the visitor.
async fn refuse(config: Arc<Config>, stream: TcpStream, message: String) {
    let (stream, switch) = stream::Killable::new(stream);
    let work = async move {
        let running = run_stream(config, stream, RefusingHandler).await?;
        let handle = running.handle();
        let _ = handle
            .disconnect(Disconnect::TooManyConnections, message, String::new())
            .await;
        running.await
    };
    if timeout(REFUSAL_TIME, work).await.is_err() {
        // russh's task outlives the future awaited here: close its socket so it ends now.
        switch.kill();
    }
}

/// A handler that lets nobody in (used only while a refusal is delivered).
struct RefusingHandler;

impl russh::server::Handler for RefusingHandler {
    type Error = russh::Error;
}

/// A panic in a session is logged in one line; the session's supervisor ends that session only.
fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        let message = crate::panic_message::of(info);
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        log::server(format_args!(
            "internal error in a session: {message}{place}"
        ));
    }));
}
