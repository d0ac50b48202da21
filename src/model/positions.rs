//! Where each semantic problem is in the text: a problem's path (`bodies[9].facts[0].source`) is followed
//! through the text's tree to the line and column of the value it names, and the item it belongs to is
//! named by its id, so a line reads `bodies[9].short "senate" (line 214:13): ...`.

use super::ron_tree::{self, Node, Pos, Value};
use super::validate::Problem;

/// The text a dataset was read from, parsed on first use (only a dataset with problems needs it).
pub struct Locator {
    root: Option<Node>,
}

impl Locator {
    pub fn new(text: Option<&str>) -> Locator {
        Locator {
            root: text.and_then(ron_tree::parse),
        }
    }

    /// The problem as one line: its path, the id of its item, where it is, and what is wrong. A problem the
    /// text does not place (a dataset built in code) reads as before: `path: message`.
    pub fn describe(&self, problem: &Problem) -> String {
        let Some(root) = &self.root else {
            return problem.to_string();
        };
        let (item, node) = follow(root, &problem.path);
        let Some(node) = node else {
            return problem.to_string();
        };
        let id = item
            .and_then(|i| i.field("id").or_else(|| i.field("acronym")))
            .and_then(|n| match &n.unwrapped().value {
                Value::Text(t) => Some(format!(" {t:?}")),
                _ => None,
            })
            .unwrap_or_default();
        let Pos { line, col } = node.pos;
        format!(
            "{}{id} (line {line}:{col}): {}",
            problem.path, problem.message
        )
    }
}

/// The top-level item a path is in (`bodies[9]`) and the deepest node the path reaches.
fn follow<'a>(root: &'a Node, path: &str) -> (Option<&'a Node>, Option<&'a Node>) {
    let mut node = root;
    let mut item = None;
    let mut reached = None;
    for (depth, (field, indexes)) in segments(path).into_iter().enumerate() {
        let Some(next) = node
            .unwrapped()
            .field(field)
            .or_else(|| map_entry(node, field))
        else {
            break;
        };
        node = next;
        reached = Some(node);
        for index in indexes {
            let Value::List(items) = &node.unwrapped().value else {
                return (item, reached);
            };
            let Some(next) = items.get(index) else {
                return (item, reached);
            };
            node = next;
            reached = Some(node);
            if depth == 0 && item.is_none() {
                item = Some(node);
            }
        }
    }
    (item, reached)
}

fn map_entry<'a>(node: &'a Node, key: &str) -> Option<&'a Node> {
    match &node.unwrapped().value {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, _)| k.value == Value::Text(key.to_string()))
            .map(|(_, v)| v),
        _ => None,
    }
}

/// `bodies[9].facts[0].source` as `[("bodies", [9]), ("facts", [0]), ("source", [])]`.
fn segments(path: &str) -> Vec<(&str, Vec<usize>)> {
    path.split('.')
        .map(|part| {
            let (name, rest) = part.split_at(part.find('[').unwrap_or(part.len()));
            let indexes = rest
                .split(['[', ']'])
                .filter_map(|i| i.parse::<usize>().ok())
                .collect();
            (name, indexes)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "(\n    bodies: [\n        (id: \"a\", name: \"A\"),\n        (\n            id: \"senate\",\n            short: \"Too long\",\n            facts: [(text: \"x\")],\n        ),\n    ],\n    relations: [(from: \"a\")],\n)";

    fn line(path: &str) -> String {
        let problem = Problem {
            path: path.into(),
            message: "wrong".into(),
        };
        Locator::new(Some(TEXT)).describe(&problem)
    }

    #[test]
    fn a_problem_names_its_item_and_where_its_value_is() {
        assert_eq!(line("bodies[1]"), r#"bodies[1] "senate" (line 4:9): wrong"#);
        assert_eq!(
            line("bodies[1].short"),
            r#"bodies[1].short "senate" (line 6:20): wrong"#
        );
        assert_eq!(
            line("bodies[1].facts[0].text"),
            r#"bodies[1].facts[0].text "senate" (line 7:28): wrong"#
        );
        // A missing field is placed at its item; an item without an id has none.
        assert_eq!(
            line("bodies[0].role"),
            r#"bodies[0].role "a" (line 3:9): wrong"#
        );
        assert_eq!(
            line("relations[0].to"),
            "relations[0].to (line 10:17): wrong"
        );
    }

    #[test]
    fn without_text_a_problem_reads_as_before() {
        let problem = Problem {
            path: "bodies[1]".into(),
            message: "wrong".into(),
        };
        assert_eq!(Locator::new(None).describe(&problem), "bodies[1]: wrong");
    }
}
