//! Rules that keep hostile or mistaken files out: ids from a documented set of characters, court levels from 1,
//! and cycle messages short enough to read whatever the cycle's length.

use super::checker::Checker;
use crate::sanitize;

/// The longest id; ids are short names an author types in references.
pub const MAX_ID_CHARS: usize = 64;
/// Cycles with more ids than this are named by their first few ids and their length.
const CYCLE_IDS_SHOWN: usize = 6;

/// Whether `id` is made of ASCII letters, digits, `_`, `-` and `.`, starts with a letter or digit, and is at most
/// `MAX_ID_CHARS` long. An empty id is reported by the checks that require one.
pub fn id_error(id: &str) -> Option<String> {
    if id.is_empty() {
        return None;
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
    if id.chars().count() > MAX_ID_CHARS {
        Some(format!(
            "id {:?} is longer than {MAX_ID_CHARS} characters",
            sanitize::line(&id.chars().take(20).collect::<String>())
        ))
    } else if !id.chars().all(allowed) || !id.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        Some(format!(
            "id \"{}\" may hold only ASCII letters, digits, \"_\", \"-\" and \".\", starting with a letter or digit",
            sanitize::line(id)
        ))
    } else {
        None
    }
}

/// Every own id's characters and every court level.
pub(super) fn check(c: &mut Checker) {
    let data = c.data;
    let lists: [(&str, Vec<&str>); 7] = [
        (
            "sources",
            data.sources.iter().map(|s| s.id.as_str()).collect(),
        ),
        (
            "bodies",
            data.bodies.iter().map(|b| b.id.as_str()).collect(),
        ),
        (
            "elections",
            data.elections.iter().map(|e| e.id.as_str()).collect(),
        ),
        (
            "topics",
            data.topics.iter().map(|t| t.id.as_str()).collect(),
        ),
        (
            "discrepancies",
            data.discrepancies.iter().map(|d| d.id.as_str()).collect(),
        ),
        (
            "matters",
            data.matters.iter().map(|m| m.id.as_str()).collect(),
        ),
        (
            "scenarios",
            data.scenarios.iter().map(|s| s.id.as_str()).collect(),
        ),
    ];
    for (list, ids) in lists {
        for (i, id) in ids.into_iter().enumerate() {
            if let Some(message) = id_error(id) {
                c.report(format!("{list}[{i}].id"), message);
            }
        }
    }
    for (i, b) in data.bodies.iter().enumerate() {
        if b.court_level == Some(0) {
            c.report(
                format!("bodies[{i}].court_level"),
                "court level 0; the lowest court is level 1",
            );
        }
    }
}

/// "a → b → c → a" for a short cycle; "a → b → … (1000 bodies)" for a long one.
pub(super) fn cycle_text(ids: &[&str]) -> String {
    let shown = |ids: &[&str]| {
        ids.iter()
            .map(|id| sanitize::line(id).into_owned())
            .collect::<Vec<_>>()
            .join(" → ")
    };
    // The path repeats its first id at the end, so a cycle of n bodies has n + 1 ids.
    let bodies = ids.len().saturating_sub(1);
    if bodies <= CYCLE_IDS_SHOWN {
        shown(ids)
    } else {
        format!(
            "{} → … ({bodies} bodies)",
            shown(&ids[..CYCLE_IDS_SHOWN - 2])
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_the_documented_set_pass() {
        for id in ["supreme-court", "un", "a.b_c-9", "2019"] {
            assert_eq!(id_error(id), None, "{id}");
        }
        for id in ["two words", "naïve", "-lead", "a\u{1b}b", &"x".repeat(65)] {
            let message = id_error(id).expect(id);
            assert!(!message.chars().any(sanitize::is_unsafe), "{message}");
        }
    }

    #[test]
    fn long_cycles_are_named_briefly() {
        assert_eq!(cycle_text(&["a", "b", "a"]), "a → b → a");
        let ids: Vec<String> = (0..1000)
            .map(|i| format!("court{i}"))
            .chain(["court0".into()])
            .collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let text = cycle_text(&ids);
        assert_eq!(text, "court0 → court1 → court2 → court3 → … (1000 bodies)");
    }
}
