//! The dataset's text type: an immutable string whose clones share one allocation.
//!
//! A snapshot keeps the items that hold at its date; with this type its copy of an item points at the whole
//! file's text instead of copying every name, role and fact again, and so do the id indexes. It reads and
//! writes as a plain string, so RON, JSON and postcard bytes are those of a `String`.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// An immutable string shared by its clones (an `Arc<str>`): cloning copies a pointer, not the text.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SharedStr(Arc<str>);

impl SharedStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `a` and `b` are one allocation, not only equal text.
    pub fn ptr_eq(a: &SharedStr, b: &SharedStr) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }
}

impl Default for SharedStr {
    fn default() -> Self {
        SharedStr::from("")
    }
}

impl Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl From<&str> for SharedStr {
    fn from(text: &str) -> Self {
        SharedStr(Arc::from(text))
    }
}

impl From<String> for SharedStr {
    fn from(text: String) -> Self {
        SharedStr(Arc::from(text))
    }
}

impl From<&String> for SharedStr {
    fn from(text: &String) -> Self {
        SharedStr::from(text.as_str())
    }
}

impl From<Cow<'_, str>> for SharedStr {
    fn from(text: Cow<'_, str>) -> Self {
        SharedStr(Arc::from(text))
    }
}

impl From<SharedStr> for String {
    fn from(text: SharedStr) -> Self {
        text.0.to_string()
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == *other.0
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        **self == *other.0
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        **self == *other.0
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(SharedStrVisitor)
    }
}

/// Reads a string straight into its shared allocation, with no `String` in between when the format lends
/// the text (postcard, RON without escapes).
struct SharedStrVisitor;

impl Visitor<'_> for SharedStrVisitor {
    type Value = SharedStr;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<SharedStr, E> {
        Ok(SharedStr::from(text))
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &str) -> Result<SharedStr, E> {
        Ok(SharedStr::from(text))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<SharedStr, E> {
        Ok(SharedStr::from(text))
    }
}

impl JsonSchema for SharedStr {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        String::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        String::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        String::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_as_a_plain_string() {
        let text = SharedStr::from("Local courts");
        let ron = ron::to_string(&text).expect("serializes");
        assert_eq!(ron, ron::to_string("Local courts").expect("serializes"));
        let back: SharedStr = ron::from_str(&ron).expect("reads back");
        assert_eq!(back, "Local courts");
        let escaped: SharedStr = ron::from_str(r#""a \"quoted\" word""#).expect("reads escapes");
        assert_eq!(escaped, "a \"quoted\" word");
        let bytes = postcard::to_allocvec(&text).expect("serializes");
        assert_eq!(
            bytes,
            postcard::to_allocvec("Local courts").expect("serializes")
        );
        let back: SharedStr = postcard::from_bytes(&bytes).expect("reads back");
        assert_eq!(back, text);
    }

    #[test]
    fn clones_share_their_text() {
        let text = SharedStr::from(String::from("Supreme Court"));
        let copy = text.clone();
        assert!(SharedStr::ptr_eq(&text, &copy));
        assert!(!SharedStr::ptr_eq(&text, &SharedStr::from("Supreme Court")));
    }
}
