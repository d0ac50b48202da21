//! A connection's socket with a switch that closes it from outside. russh runs each connection in a task of its
//! own that nothing else can stop; when a client stops reading, its writes block until a timeout far away. Killing
//! the stream makes every pending and later read or write fail at once, so the task ends and its memory is freed.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

#[derive(Default)]
pub struct KillSwitch {
    killed: AtomicBool,
    /// The tasks waiting to read and to write, woken when the switch is thrown.
    wakers: Mutex<[Option<Waker>; 2]>,
}

impl KillSwitch {
    pub fn kill(&self) {
        self.killed.store(true, Ordering::SeqCst);
        let wakers = std::mem::take(&mut *self.wakers.lock().unwrap_or_else(|e| e.into_inner()));
        for waker in wakers.into_iter().flatten() {
            waker.wake();
        }
    }

    #[cfg(test)]
    pub fn is_killed(&self) -> bool {
        self.killed.load(Ordering::SeqCst)
    }

    /// Errs once killed; otherwise remembers who to wake.
    fn check(&self, slot: usize, cx: &Context<'_>) -> io::Result<()> {
        if !self.killed.load(Ordering::SeqCst) {
            let mut wakers = self.wakers.lock().unwrap_or_else(|e| e.into_inner());
            match &wakers[slot] {
                Some(waker) if waker.will_wake(cx.waker()) => {}
                _ => wakers[slot] = Some(cx.waker().clone()),
            }
        }
        if self.killed.load(Ordering::SeqCst) {
            return Err(io::Error::new(
                io::ErrorKind::ConnectionAborted,
                "connection closed by the server",
            ));
        }
        Ok(())
    }
}

pub struct Killable<S> {
    inner: S,
    switch: Arc<KillSwitch>,
}

impl<S> Killable<S> {
    pub fn new(inner: S) -> (Killable<S>, Arc<KillSwitch>) {
        let switch = Arc::new(KillSwitch::default());
        (
            Killable {
                inner,
                switch: switch.clone(),
            },
            switch,
        )
    }
}

const READ: usize = 0;
const WRITE: usize = 1;

impl<S: AsyncRead + Unpin> AsyncRead for Killable<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if let Err(e) = self.switch.check(READ, cx) {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Killable<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if let Err(e) = self.switch.check(WRITE, cx) {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if let Err(e) = self.switch.check(WRITE, cx) {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.switch.killed.load(Ordering::SeqCst) {
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test]
    async fn a_blocked_read_fails_when_killed() {
        let (near, _far) = tokio::io::duplex(64);
        let (mut stream, switch) = Killable::new(near);
        let reader = tokio::spawn(async move {
            let mut buf = [0u8; 8];
            stream.read(&mut buf).await
        });
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        switch.kill();
        let result = tokio::time::timeout(std::time::Duration::from_secs(2), reader)
            .await
            .expect("the read ends")
            .unwrap();
        assert_eq!(result.unwrap_err().kind(), io::ErrorKind::ConnectionAborted);
    }

    #[tokio::test]
    async fn a_blocked_write_fails_when_killed() {
        let (near, _far) = tokio::io::duplex(16);
        let (mut stream, switch) = Killable::new(near);
        let writer = tokio::spawn(async move { stream.write_all(&[0u8; 1024]).await });
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        switch.kill();
        let result = tokio::time::timeout(std::time::Duration::from_secs(2), writer)
            .await
            .expect("the write ends")
            .unwrap();
        assert!(result.is_err());
    }
}
