//! Rust source as the tokens that can name a module: identifiers and punctuation, with comments, strings,
//! characters, lifetimes and numbers left out, so a path written in a doc comment or a message is not a use.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Ident(String),
    /// `::`
    PathSep,
    Punct(char),
}

/// A token and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lexed {
    pub token: Token,
    pub line: usize,
}

pub fn tokens(source: &str) -> Vec<Lexed> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    // Skips chars[from..to], counting the lines it crosses.
    let skip = |from: usize, to: usize, line: &mut usize| {
        *line += chars[from..to.min(chars.len())]
            .iter()
            .filter(|&&c| c == '\n')
            .count();
        to
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i = skip(i, block_comment_end(&chars, i), &mut line);
        } else if let Some(end) = string_end(&chars, i) {
            i = skip(i, end, &mut line);
        } else if c == '\'' {
            i = quote_end(&chars, i);
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            // A raw identifier `r#name` is the name.
            if word == "r" && chars.get(i) == Some(&'#') {
                i += 1;
                continue;
            }
            out.push(Lexed {
                token: Token::Ident(word),
                line,
            });
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else if c == ':' && next == Some(':') {
            out.push(Lexed {
                token: Token::PathSep,
                line,
            });
            i += 2;
        } else {
            if c == '\n' {
                line += 1;
            } else if !c.is_whitespace() {
                out.push(Lexed {
                    token: Token::Punct(c),
                    line,
                });
            }
            i += 1;
        }
    }
    out
}

/// Block comments nest in Rust.
fn block_comment_end(chars: &[char], start: usize) -> usize {
    let mut depth = 0;
    let mut i = start;
    while i < chars.len() {
        match (chars[i], chars.get(i + 1)) {
            ('/', Some('*')) => {
                depth += 1;
                i += 2;
            }
            ('*', Some('/')) => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    i
}

/// Where a string literal starting at `start` ends: `"…"`, `b"…"`, `c"…"`, `r"…"`, `r#"…"#`, `br#"…"#`;
/// `None` when no string starts there.
fn string_end(chars: &[char], start: usize) -> Option<usize> {
    // Only at the start of a word: the `r` of `bar"` is not a prefix.
    if start > 0 && (chars[start - 1].is_alphanumeric() || chars[start - 1] == '_') {
        return None;
    }
    let mut i = start;
    if matches!(chars.get(i), Some('b' | 'c')) {
        i += 1;
    }
    let raw = chars.get(i) == Some(&'r');
    if raw {
        i += 1;
    }
    let hashes = chars[i.min(chars.len())..]
        .iter()
        .take_while(|&&c| c == '#')
        .count();
    i += hashes;
    if chars.get(i) != Some(&'"') || (!raw && hashes > 0) {
        return None;
    }
    i += 1;
    while i < chars.len() {
        match chars[i] {
            '\\' if !raw => i += 2,
            '"' if chars[i + 1..].iter().take_while(|&&c| c == '#').count() >= hashes => {
                return Some(i + 1 + hashes);
            }
            _ => i += 1,
        }
    }
    Some(i)
}

/// Past a character literal (`'a'`, `'\n'`, `'\u{1F600}'`) or a lifetime (`'a`), which starts at `start`.
fn quote_end(chars: &[char], start: usize) -> usize {
    match (chars.get(start + 1), chars.get(start + 2)) {
        (Some('\\'), _) => {
            // The escaped character itself may be a quote: `'\''`.
            let mut i = start + 3;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i + 1
        }
        (Some(_), Some('\'')) => start + 3,
        _ => {
            let mut i = start + 1;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            i
        }
    }
}
