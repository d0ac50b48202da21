//! Signals for the local runner. Ending signals are noted for the event loop, which restores the terminal and
//! exits; suspend and continue are noted so the loop can leave and re-enter the screen; every other signal whose
//! default is to end the process restores the terminal in its handler before it ends the process as usual.

use signal_hook::consts::*;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::mpsc::SyncSender;

/// What the signals asked for; the event loop reads these between events, so a full input queue cannot delay them.
#[derive(Default)]
pub struct Requests {
    ending: AtomicI32,
    suspend: AtomicBool,
    resumed: AtomicBool,
    resized: AtomicBool,
}

impl Requests {
    /// The signal that asked the app to end, if one did.
    pub fn ending(&self) -> Option<i32> {
        let signal = self.ending.load(Ordering::SeqCst);
        (signal != 0).then_some(signal)
    }
    pub fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::SeqCst)
    }
    pub fn take_resumed(&self) -> bool {
        self.resumed.swap(false, Ordering::SeqCst)
    }
    pub fn take_resized(&self) -> bool {
        self.resized.swap(false, Ordering::SeqCst)
    }
}

/// Signals caught from `watch` on, waiting (in signal-hook's pipe) for `start` to give them a thread that turns
/// them into requests: the thread can start after the first frame without losing a signal.
pub struct Watcher {
    signals: signal_hook::iterator::Signals,
    requests: std::sync::Arc<Requests>,
    wake: SyncSender<super::Wake>,
}

/// Signals the loop handles: termination (SIGHUP when an SSH connection drops, SIGTERM from a service manager),
/// the resize, and continuing after a stop. Interactive ones (Ctrl-C, Ctrl-\, Ctrl-Z sent another way) join them
/// unless this is a kiosk, which ignores them.
pub fn watch(
    kiosk: bool,
    requests: std::sync::Arc<Requests>,
    wake: SyncSender<super::Wake>,
) -> std::io::Result<Watcher> {
    let mut handled = vec![SIGTERM, SIGHUP, SIGWINCH, SIGCONT];
    if kiosk {
        let ignored = std::sync::Arc::new(AtomicBool::new(false));
        for signal in [SIGINT, SIGQUIT, SIGTSTP] {
            signal_hook::flag::register(signal, ignored.clone())?;
        }
    } else {
        handled.extend([SIGINT, SIGQUIT, SIGTSTP]);
    }
    let signals = signal_hook::iterator::Signals::new(&handled)?;
    Ok(Watcher {
        signals,
        requests,
        wake,
    })
}

impl Watcher {
    /// Reads the caught signals on a thread of their own from now on.
    pub fn start(self) {
        let Watcher {
            mut signals,
            requests,
            wake,
        } = self;
        std::thread::spawn(move || {
            for signal in signals.forever() {
                match signal {
                    SIGWINCH => requests.resized.store(true, Ordering::SeqCst),
                    SIGCONT => requests.resumed.store(true, Ordering::SeqCst),
                    SIGTSTP => requests.suspend.store(true, Ordering::SeqCst),
                    _ => {
                        let _ = requests.ending.compare_exchange(
                            0,
                            signal,
                            Ordering::SeqCst,
                            Ordering::SeqCst,
                        );
                    }
                }
                // A full queue means the loop is busy and reads the requests between events anyway.
                let _ = wake.try_send(super::Wake::Signal);
            }
        });
    }
}

/// Stops the process as SIGTSTP's default would (the terminal already restored), returning once it continues.
/// In a process group without job control the kernel discards the stop, as it would for the default action.
pub fn stop_as_default() {
    // SAFETY: plain libc calls with valid arguments; the previous action is put back as it was.
    unsafe {
        let mut default: libc::sigaction = std::mem::zeroed();
        default.sa_sigaction = libc::SIG_DFL;
        let mut previous: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(SIGTSTP, &default, &mut previous) != 0 {
            return;
        }
        libc::raise(SIGTSTP);
        libc::sigaction(SIGTSTP, &previous, std::ptr::null_mut());
    }
}

/// The terminal modes from before raw mode, for the handler below.
static COOKED: OnceLock<libc::termios> = OnceLock::new();

/// What undoes the app's screen modes: mouse reporting off, cursor shown, the main screen back.
const RESTORE_BYTES: &[u8] =
    b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l\x1b[?25h\x1b[?1049l";

/// Signals whose default ends the process and that nothing else handles: their handler restores the terminal
/// and then lets the default happen.
const FATAL: &[i32] = &[
    libc::SIGUSR1,
    libc::SIGUSR2,
    libc::SIGALRM,
    libc::SIGVTALRM,
    libc::SIGPROF,
    libc::SIGXCPU,
    libc::SIGXFSZ,
    libc::SIGIO,
    #[cfg(target_os = "linux")]
    libc::SIGPWR,
    #[cfg(target_os = "linux")]
    libc::SIGSTKFLT,
    libc::SIGSYS,
    libc::SIGTRAP,
    libc::SIGABRT,
    libc::SIGBUS,
    libc::SIGFPE,
    libc::SIGILL,
    libc::SIGSEGV,
];

/// Remembers the cooked terminal modes of `fd` and installs the restoring handler for every `FATAL` signal.
/// Call before entering raw mode.
pub fn restore_on_fatal_signals(fd: i32) -> std::io::Result<()> {
    // SAFETY: tcgetattr fills the struct it is given.
    let mut cooked: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(fd, &mut cooked) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let _ = COOKED.set(cooked);
    for &signal in FATAL {
        // SAFETY: the handler only calls async-signal-safe functions (write, tcsetattr, signal, raise).
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = restore_then_default as *const () as usize;
            action.sa_flags = libc::SA_RESETHAND;
            libc::sigemptyset(&mut action.sa_mask);
            if libc::sigaction(signal, &action, std::ptr::null_mut()) != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
    }
    Ok(())
}

extern "C" fn restore_then_default(signal: libc::c_int) {
    // SAFETY: async-signal-safe calls only; COOKED was set before the handler was installed.
    unsafe {
        libc::write(1, RESTORE_BYTES.as_ptr().cast(), RESTORE_BYTES.len());
        if let Some(cooked) = COOKED.get() {
            libc::tcsetattr(0, libc::TCSANOW, cooked);
        }
        // SA_RESETHAND made the action the default again; the signal is blocked until this handler returns,
        // and is then delivered with its default action (the end of the process, maybe a core dump).
        libc::signal(signal, libc::SIG_DFL);
        libc::raise(signal);
    }
}
