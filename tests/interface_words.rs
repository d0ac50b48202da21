//! No interface phrase is written outside `src/strings/`: the drawing, app, court, page and export code hold
//! no string literal of two or more words, so a new hard-coded phrase fails here instead of escaping translation.
//!
//! What is read: every `.rs` file under the scanned folders, without comments and without its test module (a
//! `#[cfg(test)]` module closes each file in this crate, so the file is read up to that line; a test module kept
//! in its own file is named `tests.rs` and is skipped whole). Format-only
//! literals ("{}: {}", "[{n} · {as_of}]") have no words and pass by themselves.

use std::fs;
use std::path::{Path, PathBuf};

/// Where interface words would otherwise be written.
const SCANNED: [&str; 7] = [
    "src/ui",
    "src/app",
    "src/court",
    "src/pages",
    "src/cli/export",
    "src/cli/export.rs",
    "src/cli/check.rs",
];

/// Literals that are phrases but never reach a user, each with why.
const ALLOWED: [(&str, &str); 1] = [
    // A key's legend, as printed on the keyboard, like "Esc" and "PgUp" beside it.
    ("src/app/keymap.rs", "Shift-Tab"),
];

/// The string literals of `code` (comments skipped) with the line each starts on.
fn literals(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let (mut out, mut line, mut i) = (Vec::new(), 1, 0);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => line += 1,
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if next == Some('*') => {
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
                i += 1;
            }
            // A character literal such as '"' or '\'' (a lifetime has no closing quote two ahead).
            '\'' if next == Some('\\') => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 2,
            'r' if matches!(next, Some('"' | '#'))
                && !chars[i.saturating_sub(1)].is_alphanumeric() =>
            {
                let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
                let open = i + 1 + hashes;
                if chars.get(open) == Some(&'"') {
                    let close: String = std::iter::once('"')
                        .chain("#".repeat(hashes).chars())
                        .collect();
                    let rest: String = chars[open + 1..].iter().collect();
                    let end = rest.find(&close).unwrap_or(rest.len());
                    let text = &rest[..end];
                    out.push((line, text.to_string()));
                    line += text.matches('\n').count();
                    i = open + 1 + text.chars().count() + close.chars().count();
                    continue;
                }
            }
            '"' => {
                let start = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                        // An escape: `\u{a0}` and `\n` carry no words.
                        if chars.get(i) == Some(&'u') {
                            while i < chars.len() && chars[i] != '}' {
                                i += 1;
                            }
                        } else if chars.get(i) == Some(&'\n') {
                            line += 1;
                        }
                        text.push(' ');
                    } else {
                        line += usize::from(chars[i] == '\n');
                        text.push(chars[i]);
                    }
                    i += 1;
                }
                out.push((start, text));
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Whether a literal reads as a phrase: two or more words once `{placeholders}` are taken out.
fn is_phrase(text: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .count()
        >= 2
}

/// The file's code up to its test module.
fn without_tests(code: &str) -> &str {
    code.find("#[cfg(test)]").map_or(code, |at| &code[..at])
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).expect("a readable folder") {
            rust_files(&entry.expect("a directory entry").path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs")
        && path.file_name().is_none_or(|n| n != "tests.rs")
    {
        out.push(path.to_path_buf());
    }
}

#[test]
fn interface_phrases_live_in_src_strings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for place in SCANNED {
        rust_files(&root.join(place), &mut files);
    }
    files.sort();
    assert!(
        files.len() > 30,
        "the scan found only {} files",
        files.len()
    );
    let mut found = Vec::new();
    let mut used = [false; ALLOWED.len()];
    for file in &files {
        let name = file
            .strip_prefix(root)
            .expect("under the crate")
            .to_string_lossy()
            .replace('\\', "/");
        let code = fs::read_to_string(file).expect("a readable source file");
        for (line, text) in literals(without_tests(&code)) {
            let allowed = ALLOWED.iter().position(|(f, t)| *f == name && *t == text);
            if let Some(i) = allowed {
                used[i] = true;
            } else if is_phrase(&text) {
                found.push(format!("{name}:{line}: {text:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "interface phrases belong in src/strings/ (a field of `Strings`, its English in en.rs):\n{}",
        found.join("\n")
    );
    let stale: Vec<_> = ALLOWED.iter().zip(used).filter(|(_, u)| !u).collect();
    assert!(stale.is_empty(), "allowed but no longer there: {stale:?}");
}

#[test]
fn the_scanner_finds_phrases_and_skips_the_rest() {
    let code = r##"
        // "a comment phrase"
        let a = "one word";
        let b = format!("{name}: {}", x);
        let c = '"'; let d = "{n}\u{a0}·\u{a0}{as_of}";
        /* "block comment words" */
        let e: &'static str = r#"raw phrase here"#;
        let f = "Esc";
    "##;
    let phrases: Vec<(usize, String)> = literals(code)
        .into_iter()
        .filter(|(_, t)| is_phrase(t))
        .collect();
    assert_eq!(
        phrases,
        [
            (3, "one word".to_string()),
            (7, "raw phrase here".to_string())
        ]
    );
    assert!(!is_phrase("[{n}\u{a0}·\u{a0}{as_of}]"));
    assert_eq!(without_tests("code\n#[cfg(test)]\nmod tests"), "code\n");
}
