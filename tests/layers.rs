//! No module imports in a circle: not one file's module through others back to itself, and not one
//! top-level layer (model, court, app, ui, cli, serve, term, dataset and the leaves) through others back to itself.
//!
//! The rule each layer follows is in the README's development section. A module's references to its own
//! descendants do not count (a module is made of its children); everything else does, resolved through
//! `pub use` re-exports to the module that defines the item.

mod layers_support;

use layers_support::cycles::circles;
use layers_support::modules::{ModuleGraph, SourceFile, graph, module_of};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Every `.rs` file under `src/`, read as modules of this crate.
fn crate_sources() -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(&root).expect("under src/");
                let relative = relative.to_string_lossy().replace('\\', "/");
                found.push(SourceFile {
                    name: format!("src/{relative}"),
                    module: module_of(&relative),
                    text: fs::read_to_string(&path).expect("a readable source file"),
                });
            }
        }
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    found
}

fn library_name() -> String {
    env!("CARGO_PKG_NAME").replace('-', "_")
}

/// Each circle as one paragraph: the files round it and, for each step, the line that makes it.
fn file_circles(g: &ModuleGraph) -> Vec<String> {
    let edges: Vec<(usize, usize)> = g.edges.keys().copied().collect();
    circles(g.files.len(), &edges)
        .iter()
        .map(|knot| {
            let name = |f: &usize| g.files[*f].name.as_str();
            let names: Vec<&str> = knot.way_round.iter().map(name).collect();
            let steps: String = knot
                .way_round
                .windows(2)
                .map(|step| {
                    let r = &g.edges[&(step[0], step[1])];
                    format!(
                        "\n    {}:{} uses {}",
                        g.files[step[0]].name, r.line, r.written
                    )
                })
                .collect();
            let others: Vec<&str> = knot
                .members
                .iter()
                .filter(|f| !knot.way_round.contains(f))
                .map(name)
                .collect();
            let also = if others.is_empty() {
                String::new()
            } else {
                format!("\n    and tied into the same knot: {}", others.join(", "))
            };
            format!("{}{steps}{also}", names.join(" → "))
        })
        .collect()
}

/// The graph collapsed to top-level modules (`app::diagram` is `app`; the binary is `main`): each circle as
/// the layers round it and, for each step, one line that makes it.
fn layer_circles(g: &ModuleGraph) -> Vec<String> {
    let layer = |f: usize| g.files[f].module.first().cloned();
    let mut names: Vec<String> = (0..g.files.len()).filter_map(layer).collect();
    names.sort();
    names.dedup();
    let number = |name: &str| names.iter().position(|n| n == name);
    // For each pair of layers: the first line that makes the step, and how many files' references do.
    let mut evidence: BTreeMap<(usize, usize), (String, usize)> = BTreeMap::new();
    for (&(from, to), r) in &g.edges {
        let (Some(a), Some(b)) = (layer(from), layer(to)) else {
            continue;
        };
        if a != b
            && let (Some(a), Some(b)) = (number(&a), number(&b))
        {
            let first = || format!("{}:{} uses {}", g.files[from].name, r.line, r.written);
            evidence.entry((a, b)).or_insert_with(|| (first(), 0)).1 += 1;
        }
    }
    let edges: Vec<(usize, usize)> = evidence.keys().copied().collect();
    circles(names.len(), &edges)
        .iter()
        .map(|knot| {
            let round: Vec<&str> = knot.way_round.iter().map(|&l| names[l].as_str()).collect();
            let steps: String = knot
                .way_round
                .windows(2)
                .map(|step| {
                    let (first, count) = &evidence[&(step[0], step[1])];
                    let more = match count - 1 {
                        0 => String::new(),
                        n => format!(
                            " (and {n} more from files of {} to files of {})",
                            names[step[0]], names[step[1]]
                        ),
                    };
                    format!("\n    {first}{more}")
                })
                .collect();
            format!("{}{steps}", round.join(" → "))
        })
        .collect()
}

#[test]
fn no_module_imports_in_a_circle() {
    let g = graph(crate_sources(), &library_name());
    let found = file_circles(&g);
    assert!(
        found.is_empty(),
        "modules that import each other in a circle:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_layer_imports_in_a_circle() {
    let g = graph(crate_sources(), &library_name());
    let found = layer_circles(&g);
    assert!(
        found.is_empty(),
        "layers that import each other in a circle:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_reader_sees_the_crate() {
    let g = graph(crate_sources(), &library_name());
    let named = |name: &str| {
        g.files
            .iter()
            .position(|f| f.name == name)
            .unwrap_or_else(|| panic!("{name} is read"))
    };
    // A sample of references that must be seen, or the circle tests would pass on an empty graph.
    for (from, to) in [
        ("src/main.rs", "src/dataset.rs"),
        ("src/serve/session.rs", "src/serve/conn.rs"),
        ("src/serve/mod.rs", "src/dataset.rs"),
        ("src/dataset.rs", "src/model/index.rs"),
        ("src/model/index.rs", "src/model/validate/mod.rs"),
        ("src/model/validate/checker.rs", "src/model/validate/mod.rs"),
    ] {
        assert!(
            g.edges.contains_key(&(named(from), named(to))),
            "{from} → {to} not seen"
        );
    }
}

/// A made-up crate from `(file under src/, text)` pairs.
fn made_up(files: &[(&str, &str)]) -> ModuleGraph {
    let sources = files
        .iter()
        .map(|(name, text)| SourceFile {
            name: format!("src/{name}"),
            module: module_of(name),
            text: text.to_string(),
        })
        .collect();
    graph(sources, "demo")
}

#[test]
fn cycle_finder_on_a_made_up_graph() {
    // 0 → 1 → 2 → 0 is a knot, 3 → 0 only leads into it, 4 ⇄ 5 is a second knot and 6 points at itself.
    let edges = [
        (0, 1),
        (1, 2),
        (2, 0),
        (3, 0),
        (4, 5),
        (5, 4),
        (6, 6),
        (1, 3),
    ];
    let found = circles(7, &edges);
    let rounds: Vec<&[usize]> = found.iter().map(|k| k.way_round.as_slice()).collect();
    assert_eq!(
        rounds,
        vec![&[0, 1, 2, 0][..], &[4, 5, 4][..]],
        "the knot 0-1-2-3 is reported once, by its shortest way round"
    );
    assert_eq!(found[0].members, vec![0, 1, 2, 3]);
    assert_eq!(circles(4, &[(0, 1), (1, 2), (0, 2), (3, 2)]), Vec::new());
}

#[test]
fn a_made_up_circle_is_named_with_its_lines() {
    let g = made_up(&[
        ("lib.rs", "pub mod a;\npub mod b;\n"),
        ("a.rs", "use crate::b::Thing;\npub fn helper() {}\n"),
        (
            "b.rs",
            "pub struct Thing;\nfn f() {\n    crate::a::helper();\n}\n",
        ),
    ]);
    assert_eq!(
        file_circles(&g),
        vec![
            "src/a.rs → src/b.rs → src/a.rs\n    src/a.rs:1 uses crate::b::Thing\n    src/b.rs:3 uses crate::a::helper"
        ]
    );
    assert_eq!(layer_circles(&g).len(), 1);
}

#[test]
fn re_exports_lead_to_the_defining_module_and_children_do_not_count() {
    let g = made_up(&[
        ("lib.rs", "pub mod app;\npub mod ui;\n"),
        // app re-exports its child and uses it: a module is made of its children.
        (
            "app/mod.rs",
            "mod state;\npub use state::State;\nfn f(_: State) {}\n",
        ),
        ("app/state.rs", "use super::f;\npub struct State;\n"),
        // ui reaches app's child through app's re-export, and app's child reaches back into ui.
        ("ui/mod.rs", "use crate::app::State;\n"),
    ]);
    assert_eq!(file_circles(&g), Vec::<String>::new());
    let g = made_up(&[
        ("lib.rs", "pub mod app;\npub mod ui;\n"),
        ("app/mod.rs", "mod state;\npub use state::*;\n"),
        (
            "app/state.rs",
            "pub struct State;\nfn f() { let _ = crate::ui::draw; }\n",
        ),
        ("ui/mod.rs", "use crate::app::State;\npub fn draw() {}\n"),
    ]);
    assert_eq!(
        file_circles(&g),
        vec![
            "src/app/state.rs → src/ui/mod.rs → src/app/state.rs\n    src/app/state.rs:2 uses crate::ui::draw\n    src/ui/mod.rs:1 uses crate::app::State"
        ]
    );
}

#[test]
fn comments_strings_and_other_crates_are_not_references() {
    let g = made_up(&[
        ("lib.rs", "pub mod a;\npub mod b;\n"),
        (
            "a.rs",
            "//! See `crate::b::X`.\nuse std::fmt;\n/* crate::b::X */\nconst S: &str = \"crate::b::X\";\nconst R: &str = r#\"crate::b::X\"#;\nconst C: char = '\\'';\nfn f<'a>(_: &'a str) {}\npub struct Y;\n",
        ),
        ("b.rs", "use crate::a::Y;\npub struct X;\n"),
    ]);
    assert_eq!(g.edges.len(), 1, "only b → a: {:?}", g.edges);
}

#[test]
fn super_in_a_file_and_in_an_inline_module() {
    let g = made_up(&[
        ("lib.rs", "pub mod a;\n"),
        ("a/mod.rs", "pub mod b;\npub mod c;\npub struct Top;\n"),
        (
            "a/b.rs",
            "use super::c::Sibling;\npub struct Mine;\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use super::super::Top;\n}\n",
        ),
        (
            "a/c.rs",
            "pub struct Sibling;\nfn f() { let _ = super::b::Mine; }\n",
        ),
    ]);
    let names: Vec<(String, String)> = g
        .edges
        .keys()
        .map(|&(f, t)| (g.files[f].name.clone(), g.files[t].name.clone()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("src/a/b.rs".to_string(), "src/a/mod.rs".to_string()),
            ("src/a/b.rs".to_string(), "src/a/c.rs".to_string()),
            ("src/a/c.rs".to_string(), "src/a/b.rs".to_string()),
        ],
        "b reaches its sibling and, from its tests, its parent; c reaches b"
    );
    assert_eq!(file_circles(&g).len(), 1);
}
