//! Checks that need the dataset's text rather than its parsed form: a key written twice in one map (the parser
//! keeps only the last), and invisible controls or direction overrides in any string (a warning).

use crate::sanitize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

/// What the walk over the text found: problems refuse the file, warnings are only shown.
#[derive(Debug, Default, PartialEq)]
pub struct TextFindings {
    pub problems: Vec<super::Problem>,
    pub warnings: Vec<super::Problem>,
}

/// Walks RON `text` (already known to parse as a dataset) and reports duplicate map keys and unsafe characters
/// in strings, each with the item's path. Text the walk cannot follow yields nothing: the typed parse decides.
pub fn check_source_text(text: &str) -> TextFindings {
    let findings = RefCell::new(TextFindings::default());
    let options = ron::Options::default()
        .with_recursion_limit(64)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let Ok(mut deserializer) = ron::Deserializer::from_str_with_options(text, &options) else {
        return TextFindings::default();
    };
    let walk = Walk {
        path: String::new(),
        findings: &findings,
    };
    if walk.deserialize(&mut deserializer).is_err() {
        return TextFindings::default();
    }
    findings.into_inner()
}

/// One value at `path`.
struct Walk<'f> {
    path: String,
    findings: &'f RefCell<TextFindings>,
}

impl Walk<'_> {
    fn at(&self, path: String) -> Walk<'_> {
        Walk {
            path,
            findings: self.findings,
        }
    }

    fn string(&self, value: &str) {
        if value.chars().any(sanitize::is_unsafe) {
            let what = if value.chars().any(sanitize::is_bidi_control) {
                "a direction override or control character"
            } else {
                "a control character"
            };
            self.findings.borrow_mut().warnings.push(super::Problem {
                path: self.path.clone(),
                message: format!("contains {what} ({}); it is shown escaped", shown(value)),
            });
        }
    }
}

/// The start of a string, escaped, for a message.
fn shown(value: &str) -> String {
    let mut start: String = value.chars().take(40).collect();
    if value.chars().count() > 40 {
        start.push('…');
    }
    format!("\"{}\"", sanitize::line(&start))
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any RON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_i128<E>(self, _: i128) -> Result<(), E> {
        Ok(())
    }
    fn visit_u128<E>(self, _: u128) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_char<E>(self, c: char) -> Result<(), E> {
        self.string(c.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.string(v);
        Ok(())
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        while seq
            .next_element_seed(self.at(format!("{}[{i}]", self.path)))?
            .is_some()
        {
            i += 1;
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<Key>()? {
            let Key::Text(text) = &key else {
                map.next_value_seed(self.at(self.path.clone()))?;
                continue;
            };
            // Field names and map keys look the same to this walk; a plain word reads best as `.word`.
            let path = match (is_word(text), self.path.is_empty()) {
                (true, true) => text.clone(),
                (true, false) => format!("{}.{text}", self.path),
                (false, _) => format!("{}[{}]", self.path, shown(text)),
            };
            {
                self.at(path.clone()).string(text);
                if !seen.insert(text.clone()) {
                    self.findings.borrow_mut().problems.push(super::Problem {
                        path: self.path.clone(),
                        message: format!(
                            "the key {} appears more than once (only the last would count)",
                            shown(text)
                        ),
                    });
                }
            }
            map.next_value_seed(self.at(path))?;
        }
        Ok(())
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        use de::VariantAccess;
        let ((), variant) = data.variant_seed(self.at(self.path.clone()))?;
        variant.newtype_variant_seed(self)
    }
}

fn is_word(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A map key: a struct's field name or a key written as a string (ron gives both as text), or anything else.
#[derive(Debug)]
enum Key {
    Text(String),
    Other,
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        d.deserialize_any(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map key")
    }
    fn visit_str<E>(self, v: &str) -> Result<Key, E> {
        Ok(Key::Text(v.to_string()))
    }
    fn visit_borrowed_str<E>(self, v: &str) -> Result<Key, E> {
        Ok(Key::Text(v.to_string()))
    }
    fn visit_unit<E>(self) -> Result<Key, E> {
        Ok(Key::Other)
    }
    fn visit_i64<E>(self, v: i64) -> Result<Key, E> {
        Ok(Key::Text(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Key, E> {
        Ok(Key::Text(v.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_written_twice_is_a_problem_at_its_map() {
        let found = check_source_text(
            "(meta: (title: \"a\", names: {\"de\": \"x\", \"ru\": \"z\", \"de\": \"y\"}))",
        );
        assert_eq!(found.problems.len(), 1, "{found:?}");
        assert_eq!(found.problems[0].path, "meta.names");
        assert!(found.problems[0].message.contains("\"de\""), "{found:?}");
        assert!(found.warnings.is_empty());
    }

    #[test]
    fn controls_and_overrides_are_warnings_with_the_item_path() {
        let found = check_source_text(
            "(meta: (title: \"a\\u{1b}]0;x\\u{7}\"), bodies: [(id: \"q\", kind: Office, short: Some(\"s\u{202e}\"))])",
        );
        let paths: Vec<&str> = found.warnings.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(paths, ["meta.title", "bodies[0].short"]);
        assert!(
            found
                .warnings
                .iter()
                .all(|w| !w.message.chars().any(sanitize::is_unsafe))
        );
        assert!(found.problems.is_empty());
    }

    #[test]
    fn the_shipped_dataset_is_clean() {
        assert_eq!(
            check_source_text(crate::embedded::TEXT),
            TextFindings::default()
        );
    }
}
