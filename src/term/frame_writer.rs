//! The local terminal's output: a whole frame gathered in memory and handed to the terminal in one `write`.

use std::io::{self, Write};

/// Room for a full 120x40 frame with a colour change in every cell; the buffer grows for a larger one.
const FRAME_BYTES: usize = 64 * 1024;

/// Collects everything ratatui and crossterm queue, and writes it to standard output when flushed (ratatui
/// flushes once at the end of each frame). Standard output's own 1 KiB line buffer would split a frame into
/// many writes, and a terminal may show the halves apart.
pub struct FrameWriter {
    frame: Vec<u8>,
}

impl FrameWriter {
    pub fn new() -> FrameWriter {
        FrameWriter {
            frame: Vec::with_capacity(FRAME_BYTES),
        }
    }
}

impl Default for FrameWriter {
    fn default() -> Self {
        FrameWriter::new()
    }
}

impl Write for FrameWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.frame.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.frame.is_empty() {
            return Ok(());
        }
        let result = write_stdout(&self.frame);
        self.frame.clear();
        // One unusually large frame (a huge window) does not keep its memory.
        if self.frame.capacity() > 4 * FRAME_BYTES {
            self.frame.shrink_to(FRAME_BYTES);
        }
        result
    }
}

/// Writes all of `bytes` to file descriptor 1, bypassing `Stdout`'s buffer; a short write (a slow terminal) or
/// an interrupted one continues where it stopped.
fn write_stdout(mut bytes: &[u8]) -> io::Result<()> {
    while !bytes.is_empty() {
        // SAFETY: the pointer and length describe the live slice `bytes`.
        let written = unsafe { libc::write(1, bytes.as_ptr().cast(), bytes.len()) };
        if written < 0 {
            let error = io::Error::last_os_error();
            if error.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(error);
        }
        if written == 0 {
            return Err(io::ErrorKind::WriteZero.into());
        }
        bytes = &bytes[written as usize..];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_written_before_the_flush_and_the_buffer_is_kept() {
        let mut writer = FrameWriter::new();
        writer.write_all(b"").expect("buffered");
        assert!(writer.flush().is_ok(), "an empty frame writes nothing");
        writer.write_all(&[b'x'; 10]).expect("buffered");
        assert_eq!(writer.frame.len(), 10);
        assert!(writer.frame.capacity() >= FRAME_BYTES);
    }
}
