//! Every structural mistake in a dataset at once: the text's tree is walked against the JSON Schema of the
//! types, so one run of `polity check` names each unknown field, missing required field, unknown variant and
//! value of the wrong kind with its line and column, where the typed parser stops at the first.

use super::ron_tree::{self, Node, Pos, Value};
use serde_json::{Map, Value as Json};

/// One structural mistake: where, the item's path, and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Mistake {
    pub pos: Pos,
    pub path: String,
    pub message: String,
}

/// The JSON Schema of a dataset file, generated from the types the loader parses into.
pub fn json_schema() -> Json {
    schemars::schema_for!(super::types::Dataset).to_value()
}

/// Every mistake in `text` in file order; `None` when the text is not RON this check can read (the typed
/// parser's error then stands alone).
pub fn mistakes(text: &str) -> Option<Vec<Mistake>> {
    let root = ron_tree::parse(text)?;
    let schema = json_schema();
    let defs = schema
        .get("$defs")
        .and_then(Json::as_object)
        .cloned()
        .unwrap_or_default();
    let mut walk = Walk {
        defs: &defs,
        found: Vec::new(),
    };
    walk.node(&root, &schema, "");
    walk.found.sort_by_key(|m| m.pos);
    Some(walk.found)
}

struct Walk<'a> {
    defs: &'a Map<String, Json>,
    found: Vec<Mistake>,
}

impl Walk<'_> {
    fn report(&mut self, pos: Pos, path: &str, message: String) {
        let path = if path.is_empty() {
            "the dataset".to_string()
        } else {
            path.to_string()
        };
        self.found.push(Mistake { pos, path, message });
    }

    fn node(&mut self, node: &Node, schema: &Json, path: &str) {
        let schema = resolve(self.defs, schema);
        if let Some(real) = optional_of(schema) {
            return match &node.value {
                Value::Name(n) if n == "None" => {}
                _ => self.node(node.unwrapped(), &real, path),
            };
        }
        if schema.get("properties").is_some() {
            return self.record(node, schema, path);
        }
        let allowed = variants(schema);
        if !allowed.is_empty() {
            return self.variant(node, &allowed, path);
        }
        match (kind(schema), &node.value) {
            (Some("string"), Value::Text(_)) | (Some("boolean"), Value::Name(_)) => {}
            (Some("integer"), Value::Integer(n)) => self.integer(node.pos, *n, schema, path),
            (Some("number"), Value::Integer(_) | Value::Float(_)) => {}
            (Some("array"), Value::List(items)) => {
                let item = schema.get("items").cloned().unwrap_or(Json::Bool(true));
                for (i, n) in items.iter().enumerate() {
                    self.node(n, &item, &format!("{path}[{i}]"));
                }
            }
            (Some("object"), Value::Map(entries)) => {
                let item = schema
                    .get("additionalProperties")
                    .cloned()
                    .unwrap_or(Json::Bool(true));
                for (key, value) in entries {
                    match &key.value {
                        Value::Text(k) => self.node(value, &item, &format!("{path}.{k}")),
                        _ => self.report(key.pos, path, "a key here is text in quotes".into()),
                    }
                }
            }
            (Some(expected), _) => {
                let message = format!("expected {}, found {}", describe(expected), found(node));
                self.report(node.pos, path, message);
            }
            (None, _) => {}
        }
    }

    fn integer(&mut self, pos: Pos, n: i128, schema: &Json, path: &str) {
        let bound = |key: &str| schema.get(key).and_then(Json::as_f64);
        let (min, max) = (bound("minimum"), bound("maximum"));
        // Only the bounds of the number type itself: the reference's limits are `check`'s to report.
        let outside =
            min.is_some_and(|m| (n as f64) < m && m <= 0.0) || max.is_some_and(|m| (n as f64) > m);
        if outside {
            let range = match (min, max) {
                (Some(a), Some(b)) => format!("from {a} to {b}"),
                _ => "0 or more".to_string(),
            };
            self.report(
                pos,
                path,
                format!("{n} is out of range: expected a whole number {range}"),
            );
        }
    }

    fn record(&mut self, node: &Node, schema: &Json, path: &str) {
        let Value::Record { fields, .. } = &node.value else {
            let message = format!(
                "expected a record `(field: value, ...)`, found {}",
                found(node)
            );
            return self.report(node.pos, path, message);
        };
        let empty = Map::new();
        let properties = schema
            .get("properties")
            .and_then(Json::as_object)
            .unwrap_or(&empty);
        let mut seen: Vec<&str> = Vec::new();
        // A misspelt field is one mistake: its "did you mean" stands in for the missing field's report.
        let mut meant: Vec<&str> = Vec::new();
        for (name, at, value) in fields {
            let known = properties
                .iter()
                .find(|(key, field)| *key == name || aliases(field).iter().any(|a| a == name));
            let field_path = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            match known {
                Some((key, field)) => {
                    if seen.contains(&key.as_str()) {
                        self.report(*at, path, format!("field `{name}` is given twice"));
                    }
                    seen.push(key);
                    self.node(value, field, &field_path);
                }
                None => {
                    let message = match closest(name, properties.keys().map(String::as_str)) {
                        Some(near) => {
                            meant.push(near);
                            format!("unknown field `{name}` (did you mean `{near}`?)")
                        }
                        None => {
                            let list: Vec<String> =
                                properties.keys().map(|k| format!("`{k}`")).collect();
                            format!(
                                "unknown field `{name}`; expected one of {}",
                                list.join(", ")
                            )
                        }
                    };
                    self.report(*at, path, message);
                }
            }
        }
        let required = schema.get("required").and_then(Json::as_array);
        for field in required.into_iter().flatten().filter_map(Json::as_str) {
            if !seen.contains(&field) && !meant.contains(&field) {
                self.report(node.pos, path, format!("missing field `{field}`"));
            }
        }
    }

    fn variant(&mut self, node: &Node, allowed: &[String], path: &str) {
        let given = match &node.value {
            Value::Name(n) => n.as_str(),
            Value::Text(t) => {
                let message = format!("`{t}` is written without quotes: `{t}`, not `\"{t}\"`");
                return self.report(node.pos, path, message);
            }
            _ => {
                let message = format!("expected one of {}, found {}", names(allowed), found(node));
                return self.report(node.pos, path, message);
            }
        };
        if !allowed.iter().any(|a| a == given) {
            let hint = closest(given, allowed.iter().map(String::as_str))
                .map(|c| format!(" (did you mean `{c}`?)"))
                .unwrap_or_default();
            let message = format!(
                "unknown variant `{given}`{hint}; expected one of {}",
                names(allowed)
            );
            self.report(node.pos, path, message);
        }
    }
}

/// The schema a `$ref` points to, or the schema itself.
fn resolve<'s>(defs: &'s Map<String, Json>, schema: &'s Json) -> &'s Json {
    let target = schema
        .get("$ref")
        .and_then(Json::as_str)
        .and_then(|r| r.rsplit('/').next())
        .and_then(|name| defs.get(name));
    target.unwrap_or(schema)
}

/// For an optional field (`null` allowed), the schema of the value when it is given.
fn optional_of(schema: &Json) -> Option<Json> {
    if let Some(alts) = schema.get("anyOf").and_then(Json::as_array) {
        let is_null = |a: &Json| a.get("type").and_then(Json::as_str) == Some("null");
        if alts.iter().any(is_null) {
            return alts.iter().find(|a| !is_null(a)).cloned();
        }
    }
    let types = schema.get("type").and_then(Json::as_array)?;
    if !types.iter().any(|t| t == "null") {
        return None;
    }
    let mut real = schema.clone();
    let rest: Vec<Json> = types.iter().filter(|t| *t != "null").cloned().collect();
    real["type"] = match rest.as_slice() {
        [one] => one.clone(),
        _ => Json::Array(rest),
    };
    Some(real)
}

/// The names an enumeration allows, in declaration order; empty for anything else.
fn variants(schema: &Json) -> Vec<String> {
    let plain = |s: &Json| -> Vec<String> {
        let list = s.get("enum").and_then(Json::as_array);
        list.into_iter()
            .flatten()
            .filter_map(Json::as_str)
            .map(String::from)
            .collect()
    };
    let mut out = plain(schema);
    for alt in schema
        .get("oneOf")
        .and_then(Json::as_array)
        .into_iter()
        .flatten()
    {
        out.extend(plain(alt));
        out.extend(alt.get("const").and_then(Json::as_str).map(String::from));
    }
    out
}

fn aliases(field: &Json) -> Vec<String> {
    let list = field.get("x-aliases").and_then(Json::as_array);
    list.into_iter()
        .flatten()
        .filter_map(Json::as_str)
        .map(String::from)
        .collect()
}

fn kind(schema: &Json) -> Option<&str> {
    match schema.get("type")? {
        Json::String(t) => Some(t),
        Json::Array(ts) => ts.iter().filter_map(Json::as_str).find(|t| *t != "null"),
        _ => None,
    }
}

fn describe(kind: &str) -> &'static str {
    match kind {
        "string" => "text in quotes",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "`true` or `false`",
        "array" => "a list `[...]`",
        "object" => "a map `{\"key\": value}`",
        _ => "another kind of value",
    }
}

fn found(node: &Node) -> String {
    match &node.value {
        Value::Record { .. } => "a record".into(),
        Value::Tuple { name: Some(n), .. } => format!("`{n}(...)`"),
        Value::Tuple { .. } => "a tuple".into(),
        Value::List(_) => "a list".into(),
        Value::Map(_) => "a map".into(),
        Value::Text(_) => "text".into(),
        Value::Integer(n) => format!("the number {n}"),
        Value::Float(n) => format!("the number {n}"),
        Value::Char(_) => "a character".into(),
        Value::Name(n) => format!("`{n}`"),
    }
}

fn names(allowed: &[String]) -> String {
    allowed
        .iter()
        .map(|a| format!("`{a}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The candidate nearest to `given` when it is a likely typo: at most a third of its letters (rounded up) differ.
fn closest<'c>(given: &str, candidates: impl Iterator<Item = &'c str>) -> Option<&'c str> {
    let limit = given.chars().count().div_ceil(3);
    candidates
        .map(|c| (distance(&given.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Edit distance (insertions, deletions, substitutions) between two short names.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(text: &str) -> Vec<String> {
        mistakes(text)
            .expect("readable RON")
            .iter()
            .map(|m| format!("{}:{}: {}: {}", m.pos.line, m.pos.col, m.path, m.message))
            .collect()
    }

    #[test]
    fn the_minimal_fixture_has_no_mistakes() {
        let text = include_str!("../../tests/fixtures/minimal.ron");
        assert_eq!(messages(text), Vec::<String>::new());
        let shipped = include_str!(env!("POLITY_EMBEDDED_DATASET"));
        assert_eq!(messages(shipped), Vec::<String>::new());
    }

    #[test]
    fn typos_get_the_nearest_name() {
        assert_eq!(
            closest("nmae", ["id", "name", "role"].into_iter()),
            Some("name")
        );
        assert_eq!(
            closest("Cort", ["Court", "Council"].into_iter()),
            Some("Court")
        );
        assert_eq!(closest("xyzzy", ["name"].into_iter()), None);
    }
}
