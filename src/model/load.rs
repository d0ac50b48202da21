//! Reading a dataset from RON text or a file, with errors that name the file and the line and column.

use super::types::Dataset;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// Larger files are refused before parsing: a real dataset is a few hundred kilobytes at most.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Deeper nesting is refused by the parser instead of overflowing the stack.
const MAX_NESTING: usize = 64;

/// Why a dataset could not be read. `Display` gives one line that names the file.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// The file's name as the user gave it, or a label such as "<embedded>".
    pub file: String,
    /// Line and column, 1-based, when the problem is at a place in the text.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{}:{}: {}", self.file, line, col, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    fn whole_file(file: &str, message: impl Into<String>) -> Self {
        LoadError {
            file: file.to_string(),
            position: None,
            message: message.into(),
        }
    }
}

/// Reads and parses a dataset file. Every failure is a `LoadError`; nothing panics.
pub fn load_file(path: &Path) -> Result<Dataset, LoadError> {
    let text = read_file(path)?;
    load_str(&path.display().to_string(), &text)
}

/// Reads a dataset file's text: only a regular file (after following links), never more than
/// `MAX_FILE_BYTES` plus one byte, and only UTF-8. A FIFO or a device is refused without waiting on it.
pub fn read_file(path: &Path) -> Result<String, LoadError> {
    let name = path.display().to_string();
    let fail = |message: String| LoadError::whole_file(&name, message);
    let file = open_without_waiting(path).map_err(|e| fail(io_reason(&e)))?;
    let meta = file.metadata().map_err(|e| fail(io_reason(&e)))?;
    if meta.is_dir() {
        return Err(fail("is a directory, not a dataset file".to_string()));
    }
    if !meta.is_file() {
        return Err(fail(
            "is not a regular file (a pipe, socket or device); a dataset is a file".to_string(),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(fail(format!(
            "is {} bytes; a dataset may be at most {} bytes",
            meta.len(),
            MAX_FILE_BYTES
        )));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The size can change between the check and the read (a growing file): one byte past the limit tells.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(io_reason(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(format!("is larger than {MAX_FILE_BYTES} bytes")));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        LoadError {
            file: name.clone(),
            position: Some(end_position(std::str::from_utf8(valid).unwrap_or_default())),
            message: "is not valid UTF-8 text".to_string(),
        }
    })
}

/// Opens for reading without blocking: opening a FIFO would otherwise wait for a writer forever. The flag does
/// not change reads of a regular file.
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Parses dataset text; `file` names it in errors.
pub fn load_str(file: &str, text: &str) -> Result<Dataset, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::whole_file(
            file,
            "is empty; expected a RON dataset",
        ));
    }
    if let Some(offset) = text.find('\0') {
        let (line, col) = end_position(&text[..offset]);
        return Err(LoadError {
            file: file.to_string(),
            position: Some((line, col)),
            message: "contains a NUL byte; a dataset is plain text".to_string(),
        });
    }
    // Implicit `Some` lets a dataset write `short: "Senate"` rather than `short: Some("Senate")`.
    let options = ron::Options::default()
        .with_recursion_limit(MAX_NESTING)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str::<Dataset>(text).map_err(|e| LoadError {
        file: file.to_string(),
        position: Some((e.span.start.line, e.span.start.col)),
        message: describe_ron_error(&e.code),
    })
}

fn describe_ron_error(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => {
            format!("nested more than {MAX_NESTING} levels deep")
        }
        other => other.to_string(),
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot be read ({e})"),
    }
}

/// Line and column (1-based) just after `prefix`.
fn end_position(prefix: &str) -> (usize, usize) {
    let line = 1 + prefix.matches('\n').count();
    let col = 1 + prefix.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_names_file_line_and_column() {
        let err = load_str("x.ron", "(\n  meta: ]").unwrap_err();
        assert_eq!(err.file, "x.ron");
        assert_eq!(err.position.map(|p| p.0), Some(2));
        assert!(err.to_string().starts_with("x.ron:2:"), "{err}");
    }

    #[test]
    fn deep_nesting_is_refused_without_overflow() {
        // The typed parser stops at the first bracket the schema does not allow, before any deep recursion.
        let deep = "[".repeat(100_000);
        for text in [
            deep.clone(),
            "(".repeat(100_000),
            format!("(meta: (title: {deep}"),
            format!(
                "(meta: (title: \"a\", country: \"b\", names: {}",
                "{".repeat(100_000)
            ),
            format!(
                "(meta: (title: \"a\", country: \"b\", description: {}",
                "Some(".repeat(100_000)
            ),
        ] {
            let err = load_str("deep.ron", &text).unwrap_err();
            assert!(err.position.is_some(), "{err}");
        }
    }

    #[test]
    fn nul_byte_is_located() {
        let err = load_str("n.ron", "(\n a\0").unwrap_err();
        assert_eq!(err.position, Some((2, 3)));
    }
}
