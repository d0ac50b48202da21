//! The local terminal's output: a whole frame handed to the terminal in one `write`.

use std::io;

/// Writes all of `bytes` to file descriptor 1, bypassing `Stdout`'s buffer, whose 1 KiB lines would split a frame
/// into many writes (and a terminal may show the halves apart); a short write (a slow terminal) or an interrupted
/// one continues where it stopped.
pub fn write_stdout(mut bytes: &[u8]) -> io::Result<()> {
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
