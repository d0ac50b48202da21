//! What one SSH connection may ask for. Anonymous (or class-code) login, then exactly one session channel with a
//! pty and a shell; everything else (commands, subsystems, forwarding, agents, X11, more channels) is refused.
//!
//! Callbacks run inside russh's connection loop, so they never wait on the session: input is handed over through a
//! bounded queue and dropped when the queue is full.

use super::backend::clamp_size;
use super::client_env::ClientEnv;
use super::conn::{Conn, Phase};
use super::guesses::Guesses;
use super::handshakes::HandshakeEntry;
use super::limits::LoginPlace;
use super::log::{duration, quoted};
use super::session::{self, Input, SessionSettings};
use russh::server::{Auth, ChannelOpenHandle, Handler, Msg, Session};
use russh::{Channel, ChannelId, MethodKind, MethodSet, Pty};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::{mpsc, watch};

/// Packets of input waiting for the session; more are dropped (a flood of keys cannot grow memory).
const INPUT_QUEUE: usize = 32;
/// The most of one packet that is kept: far more than a person types between two frames.
const MAX_INPUT_PACKET: usize = 4096;

/// The pty a client asked for.
struct PtyRequest {
    term: String,
    size: (u16, u16),
}

pub struct ConnHandler {
    conn: Arc<Conn>,
    settings: Arc<SessionSettings>,
    password: Option<Arc<str>>,
    /// This connection's place among those still logging in; given back on success.
    unauthenticated: Option<LoginPlace>,
    /// This connection's place among those still in their key exchange; given back at the first login request.
    handshake: Option<HandshakeEntry>,
    /// Wrong class codes by address, shared by every connection.
    guesses: Arc<Guesses>,
    channel: Option<ChannelId>,
    pty: Option<PtyRequest>,
    input: Option<mpsc::Sender<Input>>,
    /// The latest window size; a watch, so a resize is never lost to a full input queue.
    size: Option<watch::Sender<(u16, u16)>>,
    /// What the client said of its terminal, for the session's theme and character set.
    client_env: ClientEnv,
}

impl ConnHandler {
    pub fn new(
        conn: Arc<Conn>,
        settings: Arc<SessionSettings>,
        password: Option<Arc<str>>,
        unauthenticated: Option<LoginPlace>,
        handshake: HandshakeEntry,
        guesses: Arc<Guesses>,
    ) -> ConnHandler {
        ConnHandler {
            conn,
            settings,
            password,
            unauthenticated,
            handshake: Some(handshake),
            guesses,
            channel: None,
            pty: None,
            input: None,
            size: None,
            client_env: ClientEnv::default(),
        }
    }

    fn password_methods() -> MethodSet {
        MethodSet::from(&[MethodKind::Password, MethodKind::KeyboardInteractive][..])
    }

    fn code_matches(&self, given: &str) -> bool {
        self.password
            .as_deref()
            .is_some_and(|code| constant_time_eq(code.as_bytes(), given.as_bytes()))
    }

    fn peer(&self) -> IpAddr {
        self.conn.log.peer.ip()
    }

    /// A login request can only come after the key exchange: the connection is no longer a silent socket.
    fn key_exchange_done(&mut self) {
        if self.handshake.take().is_some() {
            self.conn.phase.send_if_modified(|phase| {
                let first = *phase == Phase::Handshake;
                if first {
                    *phase = Phase::LoggingIn;
                }
                first
            });
        }
    }

    /// Checks a class code within the address's failure budget: waits the address's turn, and a banned address
    /// or a wrong code is refused (a banned one with no method left to try).
    async fn check_code(&mut self, user: &str, given: &str) -> Auth {
        let ip = self.peer();
        if let Some(left) = self.guesses.banned(ip, Instant::now()) {
            self.conn.log.line(format_args!(
                "authentication refused for {}: the address is banned for {} more",
                quoted(user),
                duration(left)
            ));
            return Auth::reject();
        }
        let wait = self.guesses.turn(ip, Instant::now());
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
        if self.code_matches(given) {
            self.guesses.succeeded(ip);
            return self.accepted(user, "class code");
        }
        let failure = self.guesses.failed(ip, Instant::now());
        self.conn.log.line(format_args!(
            "authentication failed for {}: wrong class code {} from this address{}",
            quoted(user),
            failure.failures,
            if failure.next_delay.is_zero() {
                String::new()
            } else {
                format!("; its next try waits {}", duration(failure.next_delay))
            }
        ));
        if let Some(ban) = failure.banned_for {
            self.conn.log.line(format_args!(
                "address {ip} banned for {} after {} wrong class codes",
                duration(ban),
                failure.failures
            ));
            return Auth::reject();
        }
        Auth::Reject {
            proceed_with_methods: Some(Self::password_methods()),
            partial_success: false,
        }
    }

    fn accepted(&mut self, user: &str, method: &str) -> Auth {
        self.conn
            .log
            .line(format_args!("authenticated as {} ({method})", quoted(user)));
        Auth::Accept
    }

    /// Refuses a request on the session channel with a line the visitor sees, then ends the channel with exit
    /// status 1. The request is answered with success, not failure: OpenSSH's client discards the channel's
    /// pending output when a request fails, so the visitor would never read why.
    fn refuse_on_channel(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
        what: &str,
        message: &str,
    ) -> Result<(), russh::Error> {
        self.conn.log.line(format_args!("refused: {what}"));
        self.conn.set_end(format!("refused {what}"));
        session.channel_success(channel)?;
        session.extended_data(channel, 1, format!("polity: {message}\r\n").into_bytes())?;
        session.exit_status_request(channel, 1)?;
        session.eof(channel)?;
        session.close(channel)?;
        self.conn.phase.send_replace(Phase::Ended);
        Ok(())
    }

    fn is_ours(&self, channel: ChannelId) -> bool {
        self.channel == Some(channel)
    }
}

/// Comparing a class code must not tell an attacker how many leading characters were right.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = u8::from(a.len() != b.len());
    for (i, x) in a.iter().enumerate() {
        diff |= x ^ b.get(i).copied().unwrap_or(0);
    }
    diff == 0
}

impl Handler for ConnHandler {
    type Error = russh::Error;

    async fn auth_none(&mut self, user: &str) -> Result<Auth, Self::Error> {
        self.key_exchange_done();
        if self.password.is_none() {
            return Ok(self.accepted(user, "anonymous"));
        }
        Ok(Auth::Reject {
            proceed_with_methods: Some(Self::password_methods()),
            partial_success: false,
        })
    }

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        self.key_exchange_done();
        if self.password.is_none() {
            return Ok(self.accepted(user, "class code"));
        }
        Ok(self.check_code(user, password).await)
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        user: &str,
        _submethods: &str,
        response: Option<russh::server::Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        self.key_exchange_done();
        if self.password.is_none() {
            return Ok(self.accepted(user, "anonymous"));
        }
        let Some(mut response) = response else {
            return Ok(Auth::Partial {
                name: "polity".into(),
                instructions: self.settings.words().class_code_instructions.into(),
                prompts: vec![(self.settings.words().class_code_prompt.into(), false)].into(),
            });
        };
        let given = String::from_utf8_lossy(&response.next().unwrap_or_default()).into_owned();
        Ok(self.check_code(user, &given).await)
    }

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        _offer: russh::server::PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        self.key_exchange_done();
        // Keys identify no one here: say no before the client bothers to sign.
        Ok(Auth::Reject {
            proceed_with_methods: None,
            partial_success: false,
        })
    }

    async fn auth_succeeded(&mut self, _session: &mut Session) -> Result<(), Self::Error> {
        self.handshake = None;
        self.unauthenticated = None;
        self.conn.phase.send_replace(Phase::Authenticated);
        Ok(())
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.channel.is_some() {
            self.conn.log.line("refused: a second session channel");
            return Ok(()); // dropping `reply` refuses the channel
        }
        // Requests are answered through these callbacks; the channel object itself is not needed.
        self.channel = Some(channel.id());
        reply.accept().await;
        Ok(())
    }

    async fn channel_open_x11(
        &mut self,
        _channel: Channel<Msg>,
        _originator_address: &str,
        _originator_port: u32,
        _reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.conn.log.line("refused: an X11 channel");
        Ok(())
    }

    async fn channel_open_direct_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host_to_connect: &str,
        _port_to_connect: u32,
        _originator_address: &str,
        _originator_port: u32,
        _reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.conn.log.line("refused: port forwarding (-L)");
        Ok(())
    }

    async fn channel_open_forwarded_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host_to_connect: &str,
        _port_to_connect: u32,
        _originator_address: &str,
        _originator_port: u32,
        _reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.conn.log.line("refused: a forwarded-tcpip channel");
        Ok(())
    }

    async fn channel_open_direct_streamlocal(
        &mut self,
        _channel: Channel<Msg>,
        _socket_path: &str,
        _reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.conn.log.line("refused: socket forwarding");
        Ok(())
    }

    async fn tcpip_forward(
        &mut self,
        _address: &str,
        _port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.conn.log.line("refused: remote port forwarding (-R)");
        Ok(false)
    }

    async fn streamlocal_forward(
        &mut self,
        _socket_path: &str,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.conn.log.line("refused: remote socket forwarding");
        Ok(false)
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.conn.log.line("refused: agent forwarding");
        Ok(false)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single_connection: bool,
        _x11_auth_protocol: &str,
        _x11_auth_cookie: &str,
        _x11_screen_number: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.conn.log.line("refused: X11 forwarding");
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        variable_name: &str,
        variable_value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // What says how the terminal draws is kept; everything else is ignored (and the client told so).
        if self.is_ours(channel) && self.client_env.accept(variable_name, variable_value) {
            session.channel_success(channel)?;
        } else {
            session.channel_failure(channel)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.is_ours(channel) || self.input.is_some() {
            session.channel_failure(channel)?;
            return Ok(());
        }
        self.pty = Some(PtyRequest {
            term: term.chars().take(64).collect(),
            size: clamp_size(col_width, row_height),
        });
        session.channel_success(channel)?;
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.is_ours(channel) {
            return Ok(());
        }
        let size = clamp_size(col_width, row_height);
        if let Some(pty) = self.pty.as_mut() {
            pty.size = size;
        }
        if let Some(sender) = &self.size {
            sender.send_replace(size);
        }
        Ok(())
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.is_ours(channel) || self.input.is_some() {
            session.channel_failure(channel)?;
            return Ok(());
        }
        let Some((size, term)) = self.pty.as_ref().map(|p| (p.size, p.term.clone())) else {
            return self.refuse_on_channel(
                channel,
                session,
                "a shell without a terminal",
                self.settings.words().needs_a_terminal,
            );
        };
        self.conn.log.line(format_args!(
            "session started ({}x{}, TERM={})",
            size.0,
            size.1,
            quoted(&term)
        ));
        let (tx, rx) = mpsc::channel(INPUT_QUEUE);
        self.input = Some(tx);
        let (size_tx, size_rx) = watch::channel(size);
        self.size = Some(size_tx);
        self.conn.phase.send_replace(Phase::Shell);
        session.channel_success(channel)?;
        let mut client_env = self.client_env.clone();
        // The pty request names the terminal; a TERM sent as a variable does not override it.
        client_env.accept("TERM", &term);
        tokio::spawn(session::supervise(
            self.settings.clone(),
            client_env,
            self.conn.clone(),
            session.handle(),
            channel,
            size_rx,
            rx,
        ));
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // The command itself is not logged: it is the visitor's text.
        self.refuse_on_channel(
            channel,
            session,
            "a command (exec)",
            self.settings.words().only_interactive,
        )
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let what = format!("the {} subsystem", quoted(name));
        self.refuse_on_channel(
            channel,
            session,
            &what,
            self.settings.words().only_interactive,
        )
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let (true, Some(input)) = (self.is_ours(channel), &self.input) {
            let kept = &data[..data.len().min(MAX_INPUT_PACKET)];
            let _ = input.try_send(Input::Bytes(kept.to_vec()));
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let (true, Some(input)) = (self.is_ours(channel), &self.input) {
            let _ = input.try_send(Input::Closed);
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.is_ours(channel) {
            // Dropping the sender tells the session the visitor has gone, even when the queue is full.
            self.input = None;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_codes_compare_exactly() {
        assert!(constant_time_eq(b"blue-42", b"blue-42"));
        assert!(!constant_time_eq(b"blue-42", b"blue-4"));
        assert!(!constant_time_eq(b"blue-4", b"blue-42"));
        assert!(!constant_time_eq(b"blue-42", b"Blue-42"));
        assert!(!constant_time_eq(b"", b"x"));
        assert!(constant_time_eq(b"", b""));
    }
}
