//! One SSH session as a scripted visitor sees it: log in, read the output through a screen, press a key and time
//! its frame from the key to the first byte and to the last byte of the frame.

use crate::screen::{Expected, Screen, first_difference};
use russh::client::{self, Handle, Msg};
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg, PublicKeyOrCertificate};
use russh::{Channel, ChannelMsg, Disconnect};
use std::num::NonZeroU16;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::time::timeout;

pub const COLS: NonZeroU16 = NonZeroU16::new(120).unwrap();
pub const ROWS: NonZeroU16 = NonZeroU16::new(40).unwrap();

struct Client;

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// How long one key took to show.
#[derive(Clone, Copy)]
pub struct Timing {
    pub first_byte: Duration,
    pub end_of_frame: Duration,
    /// Output arrived after the frame was complete and before the next key: a sign the frame ended later.
    pub late_output: bool,
}

pub struct Session {
    handle: Handle<Client>,
    channel: Channel<Msg>,
    screen: Screen,
}

impl Session {
    /// Logs in as `user` the way OpenSSH's client does: "none" first (which `polity serve` accepts), then the key
    /// (which sshd accepts); then a 120x40 pty and a shell.
    pub async fn open(port: u16, user: &str, key: Arc<PrivateKey>) -> Result<Session, String> {
        let config = Arc::new(client::Config {
            nodelay: true,
            ..Default::default()
        });
        let mut handle = client::connect(config, ("127.0.0.1", port), Client)
            .await
            .map_err(|e| format!("connect: {e}"))?;
        let none = handle
            .authenticate_none(user)
            .await
            .map_err(|e| format!("auth none: {e}"))?;
        if !none.success() {
            let with_key = handle
                .authenticate_publickey(user, PrivateKeyWithHashAlg::new(key, None))
                .await
                .map_err(|e| format!("auth publickey: {e}"))?;
            if !with_key.success() {
                return Err(format!("{user} was refused"));
            }
        }
        let channel = handle
            .channel_open_session()
            .await
            .map_err(|e| format!("channel: {e}"))?;
        channel
            .request_pty(
                false,
                "xterm-256color",
                u32::from(COLS.get()),
                u32::from(ROWS.get()),
                0,
                0,
                &[],
            )
            .await
            .map_err(|e| format!("pty: {e}"))?;
        channel
            .request_shell(false)
            .await
            .map_err(|e| format!("shell: {e}"))?;
        Ok(Session {
            handle,
            channel,
            screen: Screen::new(COLS, ROWS),
        })
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The next output, fed to the screen, with its arrival time; `None` when `until` passes first.
    async fn next_output(&mut self, until: Instant) -> Result<Option<Instant>, String> {
        loop {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(None);
            }
            match timeout(left, self.channel.wait()).await {
                Err(_) => return Ok(None),
                Ok(Some(ChannelMsg::Data { data }))
                | Ok(Some(ChannelMsg::ExtendedData { data, .. })) => {
                    let at = Instant::now();
                    self.screen.feed(&data);
                    return Ok(Some(at));
                }
                Ok(None) | Ok(Some(ChannelMsg::Eof | ChannelMsg::Close)) => {
                    return Err(format!(
                        "the session ended; its screen:\n{}",
                        self.screen.text().trim_end()
                    ));
                }
                Ok(Some(ChannelMsg::ExitStatus { exit_status })) => {
                    return Err(format!("the app exited with {exit_status}"));
                }
                Ok(Some(_)) => {}
            }
        }
    }

    /// Reads until the screen is `expected`: the arrival of the first byte read and of the byte that completed it.
    pub async fn read_until(
        &mut self,
        expected: &Expected,
        what: &str,
        limit: Duration,
    ) -> Result<(Instant, Instant), String> {
        let until = Instant::now() + limit;
        let mut first = None;
        loop {
            let Some(at) = self.next_output(until).await? else {
                return Err(format!(
                    "{what} was not complete after {limit:?}: {}",
                    first_difference(&self.screen.text(), &expected.text)
                ));
            };
            let first = *first.get_or_insert(at);
            if self.screen.shows(expected) {
                return Ok((first, at));
            }
        }
    }

    /// Reads until nothing has arrived for `quiet` (at most `limit`).
    pub async fn settle(&mut self, quiet: Duration, limit: Duration) -> Result<(), String> {
        let end = Instant::now() + limit;
        while Instant::now() < end {
            let until = (Instant::now() + quiet).min(end);
            if self.next_output(until).await?.is_none() {
                return Ok(());
            }
        }
        Ok(())
    }

    /// Reads whatever arrives until `until`; whether anything did.
    pub async fn drain(&mut self, until: Instant) -> Result<bool, String> {
        let mut any = false;
        while self.next_output(until).await?.is_some() {
            any = true;
        }
        Ok(any)
    }

    pub async fn send(&mut self, bytes: &[u8]) -> Result<Instant, String> {
        let sent = Instant::now();
        self.channel
            .data_bytes(bytes.to_vec())
            .await
            .map_err(|e| format!("send a key: {e}"))?;
        Ok(sent)
    }

    /// Presses `key` and waits until the screen is `expected`.
    pub async fn press(
        &mut self,
        key: u8,
        expected: &Expected,
        limit: Duration,
    ) -> Result<Timing, String> {
        let sent = self.send(&[key]).await?;
        let what = format!("the frame of key {:?}", key as char);
        let (first, last) = self.read_until(expected, &what, limit).await?;
        Ok(Timing {
            first_byte: first - sent,
            end_of_frame: last - sent,
            late_output: false,
        })
    }

    pub async fn close(self) {
        let _ = self.channel.close().await;
        let _ = self
            .handle
            .disconnect(Disconnect::ByApplication, "", "")
            .await;
    }
}
