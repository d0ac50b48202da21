//! A crate's module tree read from its files, and every reference from one module to another resolved to
//! the module that defines the item, through `pub use` re-exports and globs.
//!
//! Each file is a module (inline `mod tests { … }` belongs to its file). A reference is a `use` or a path in
//! code that starts with `crate::`, `super::`, `self::`, a child module or a name a `use` brought in; a
//! binary's `polity::…` paths name the library's root. A module's references to its own descendants are not
//! counted: a module is made of its children, and re-exporting or calling them is how it puts them together.

use super::lex::{Lexed, Token, tokens};
use std::collections::{BTreeMap, HashMap, HashSet};

pub type ModPath = Vec<String>;

/// One source file: where it is (for messages) and the module it is.
pub struct SourceFile {
    pub name: String,
    pub module: ModPath,
    pub text: String,
}

/// The module a file under `src/` is: `lib.rs` is the root, `a/mod.rs` and `a.rs` are `a`, and `main.rs`
/// (the binary) is a module `main` beside the library's.
pub fn module_of(relative: &str) -> ModPath {
    let trimmed = relative.trim_end_matches(".rs");
    let mut parts: ModPath = trimmed.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// A reference from one file's module to another module, as written and where.
#[derive(Debug, Clone)]
pub struct Reference {
    pub line: usize,
    pub written: String,
}

/// Which file's module references which other file's module, with the first reference found.
pub struct ModuleGraph {
    pub files: Vec<SourceFile>,
    pub edges: BTreeMap<(usize, usize), Reference>,
}

enum Binding {
    Name(String),
    Glob,
}

/// A `use` leaf: the path as written, what it binds, and whether it is re-exported.
struct UseLeaf {
    scope: ModPath,
    path: Vec<String>,
    binding: Binding,
    public: bool,
    line: usize,
}

/// A path in code, as written, and the (possibly inline) module it appears in.
struct CodePath {
    scope: ModPath,
    path: Vec<String>,
    line: usize,
}

/// What one file says: its uses, its code paths and the names of the items it defines.
struct Scan {
    uses: Vec<UseLeaf>,
    paths: Vec<CodePath>,
    defines: HashSet<String>,
}

const DEFINING: [&str; 9] = [
    "struct",
    "enum",
    "fn",
    "const",
    "static",
    "type",
    "trait",
    "union",
    "macro_rules",
];

fn ident(tokens: &[Lexed], i: usize) -> Option<&str> {
    match tokens.get(i).map(|t| &t.token) {
        Some(Token::Ident(s)) => Some(s),
        _ => None,
    }
}

fn is(tokens: &[Lexed], i: usize, token: &Token) -> bool {
    tokens.get(i).is_some_and(|t| &t.token == token)
}

fn scan(file: &SourceFile) -> Scan {
    let toks = tokens(&file.text);
    let mut out = Scan {
        uses: Vec::new(),
        paths: Vec::new(),
        defines: HashSet::new(),
    };
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let scope = |inline: &[(String, usize)]| -> ModPath {
        let mut m = file.module.clone();
        m.extend(inline.iter().map(|(name, _)| name.clone()));
        m
    };
    let mut i = 0;
    while i < toks.len() {
        match &toks[i].token {
            Token::Punct('{') => depth += 1,
            Token::Punct('}') => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|&(_, d)| d == depth) {
                    inline.pop();
                }
            }
            Token::Ident(word) if word == "mod" => {
                if let Some(name) = ident(&toks, i + 1) {
                    out.defines.insert(name.to_string());
                    if is(&toks, i + 2, &Token::Punct('{')) {
                        inline.push((name.to_string(), depth));
                    }
                }
            }
            Token::Ident(word) if DEFINING.contains(&word.as_str()) => {
                let at = if word == "macro_rules" { i + 2 } else { i + 1 };
                if let Some(name) = ident(&toks, at) {
                    out.defines.insert(name.to_string());
                }
            }
            Token::Ident(word) if word == "use" => {
                let public = i > 0
                    && (ident(&toks, i - 1) == Some("pub")
                        || (is(&toks, i - 1, &Token::Punct(')'))
                            && (2..=5)
                                .any(|back| i >= back && ident(&toks, i - back) == Some("pub"))));
                let line = toks[i].line;
                let mut leaves = Vec::new();
                let mut at = i + 1;
                use_tree(&toks, &mut at, Vec::new(), &mut leaves);
                let scope = scope(&inline);
                out.uses
                    .extend(leaves.into_iter().map(|(path, binding)| UseLeaf {
                        scope: scope.clone(),
                        path,
                        binding,
                        public,
                        line,
                    }));
                i = at.max(i + 1);
                continue;
            }
            // The start of a path in code: `a::b…`, not the middle of one.
            Token::Ident(first)
                if !is(&toks, i.wrapping_sub(1), &Token::PathSep)
                    && is(&toks, i + 1, &Token::PathSep) =>
            {
                let mut path = vec![first.clone()];
                let mut at = i + 1;
                while is(&toks, at, &Token::PathSep) {
                    match ident(&toks, at + 1) {
                        Some(next) => path.push(next.to_string()),
                        None => break,
                    }
                    at += 2;
                }
                out.paths.push(CodePath {
                    scope: scope(&inline),
                    path,
                    line: toks[i].line,
                });
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Reads one use tree (`a::b`, `a::{b, c::*}`, `a as b`, `a::{self}`) into its leaves.
fn use_tree(
    toks: &[Lexed],
    at: &mut usize,
    mut path: Vec<String>,
    out: &mut Vec<(Vec<String>, Binding)>,
) {
    loop {
        match toks.get(*at).map(|t| &t.token) {
            Some(Token::PathSep) => *at += 1,
            Some(Token::Ident(name)) => {
                path.push(name.clone());
                *at += 1;
                if is(toks, *at, &Token::PathSep) {
                    *at += 1;
                    continue;
                }
                if path.last().is_some_and(|s| s == "self") {
                    path.pop();
                }
                let mut binding = path.last().cloned().unwrap_or_default();
                if ident(toks, *at) == Some("as") {
                    binding = ident(toks, *at + 1).unwrap_or("_").to_string();
                    *at += 2;
                }
                out.push((path, Binding::Name(binding)));
                return;
            }
            Some(Token::Punct('*')) => {
                *at += 1;
                out.push((path, Binding::Glob));
                return;
            }
            Some(Token::Punct('{')) => {
                *at += 1;
                loop {
                    match toks.get(*at).map(|t| &t.token) {
                        None => return,
                        Some(Token::Punct('}')) => {
                            *at += 1;
                            return;
                        }
                        Some(Token::Punct(',')) => *at += 1,
                        Some(_) => {
                            let before = *at;
                            use_tree(toks, at, path.clone(), out);
                            if *at == before {
                                *at += 1;
                            }
                        }
                    }
                }
            }
            _ => return,
        }
    }
}

/// What every module re-exports, defines and is made of, for following a path to where its item lives.
struct Crate {
    modules: HashSet<ModPath>,
    defines: HashMap<ModPath, HashSet<String>>,
    named: HashMap<ModPath, HashMap<String, ModPath>>,
    globs: HashMap<ModPath, Vec<ModPath>>,
    /// The library's own name, which a binary's paths start with.
    library: String,
}

impl Crate {
    /// The path from the crate root that `path`, written in `scope` of `file_module`, names; `None` for
    /// another crate's items and for names this reader cannot place.
    fn absolute(
        &self,
        file_module: &ModPath,
        scope: &ModPath,
        path: &[String],
        bindings: &HashMap<String, ModPath>,
    ) -> Option<ModPath> {
        let (first, rest) = path.split_first()?;
        let binary = file_module.first().is_some_and(|m| m == "main") && file_module.len() == 1;
        let mut base = match first.as_str() {
            "crate" if !binary => Vec::new(),
            name if binary && name == self.library => Vec::new(),
            "self" => scope.clone(),
            "super" => {
                let mut base = scope.clone();
                base.pop()?;
                let mut rest = rest;
                while let Some(("super", tail)) = rest.split_first().map(|(s, t)| (s.as_str(), t)) {
                    base.pop()?;
                    rest = tail;
                }
                base.extend(rest.iter().cloned());
                return Some(base);
            }
            name => {
                let mut child = scope.clone();
                child.push(name.to_string());
                if self.modules.contains(&child) {
                    child
                } else {
                    bindings.get(name)?.clone()
                }
            }
        };
        base.extend(rest.iter().cloned());
        Some(base)
    }

    /// The module that defines the item `path` (from the root) names, and whether the item was found there.
    fn resolve(&self, path: &[String], depth: usize) -> (ModPath, bool) {
        let mut module = Vec::new();
        for (i, segment) in path.iter().enumerate() {
            let mut child = module.clone();
            child.push(segment.clone());
            if self.modules.contains(&child) {
                module = child;
                continue;
            }
            if self
                .defines
                .get(&module)
                .is_some_and(|d| d.contains(segment))
            {
                return (module, true);
            }
            if depth < 8 {
                if let Some(target) = self.named.get(&module).and_then(|n| n.get(segment)) {
                    let mut next = target.clone();
                    next.extend(path[i + 1..].iter().cloned());
                    return self.resolve(&next, depth + 1);
                }
                for glob in self.globs.get(&module).into_iter().flatten() {
                    let mut next = glob.clone();
                    next.extend(path[i..].iter().cloned());
                    let (found_in, found) = self.resolve(&next, depth + 1);
                    if found {
                        return (found_in, true);
                    }
                }
            }
            return (module, false);
        }
        (module, true)
    }
}

/// Reads `files` into the graph of references between their modules. `library` is the library crate's name.
pub fn graph(files: Vec<SourceFile>, library: &str) -> ModuleGraph {
    let scans: Vec<Scan> = files.iter().map(scan).collect();
    let mut krate = Crate {
        modules: files.iter().map(|f| f.module.clone()).collect(),
        defines: HashMap::new(),
        named: HashMap::new(),
        globs: HashMap::new(),
        library: library.to_string(),
    };
    for (file, s) in files.iter().zip(&scans) {
        krate
            .defines
            .entry(file.module.clone())
            .or_default()
            .extend(s.defines.iter().cloned());
    }
    // Each file's names brought in by `use`; twice, so a use may start with a name another use brought in.
    let mut bindings: Vec<HashMap<String, ModPath>> = vec![HashMap::new(); files.len()];
    for _ in 0..2 {
        for (f, (file, s)) in files.iter().zip(&scans).enumerate() {
            for u in &s.uses {
                let Binding::Name(name) = &u.binding else {
                    continue;
                };
                if let Some(abs) = krate.absolute(&file.module, &u.scope, &u.path, &bindings[f]) {
                    bindings[f].insert(name.clone(), abs);
                }
            }
        }
    }
    for (f, (file, s)) in files.iter().zip(&scans).enumerate() {
        for u in s.uses.iter().filter(|u| u.public && u.scope == file.module) {
            let Some(abs) = krate.absolute(&file.module, &u.scope, &u.path, &bindings[f]) else {
                continue;
            };
            match &u.binding {
                Binding::Name(name) => {
                    krate
                        .named
                        .entry(file.module.clone())
                        .or_default()
                        .insert(name.clone(), abs);
                }
                Binding::Glob => krate
                    .globs
                    .entry(file.module.clone())
                    .or_default()
                    .push(abs),
            }
        }
    }
    let index: HashMap<&ModPath, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (&f.module, i))
        .collect();
    let mut edges = BTreeMap::new();
    for (f, (file, s)) in files.iter().zip(&scans).enumerate() {
        let written = s
            .uses
            .iter()
            .map(|u| (&u.scope, &u.path, u.line))
            .chain(s.paths.iter().map(|p| (&p.scope, &p.path, p.line)));
        for (scope, path, line) in written {
            let Some(abs) = krate.absolute(&file.module, scope, path, &bindings[f]) else {
                continue;
            };
            let (target, _) = krate.resolve(&abs, 0);
            let counted = !target.is_empty() && !target.starts_with(&file.module);
            if let (true, Some(&t)) = (counted, index.get(&target)) {
                edges.entry((f, t)).or_insert_with(|| Reference {
                    line,
                    written: path.join("::"),
                });
            }
        }
    }
    ModuleGraph { files, edges }
}
