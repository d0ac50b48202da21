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
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
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
        text.as_str().to_string()
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == other.as_str()
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A binary format (postcard) writes a string as its bytes: asked for bytes, it lends them unchecked,
        // so text from the binary's own dataset, checked by the tests, is not checked again.
        if deserializer.is_human_readable() {
            deserializer.deserialize_str(SharedStrVisitor)
        } else {
            deserializer.deserialize_bytes(SharedStrVisitor)
        }
    }
}

/// Whether `bytes` lie inside the dataset compiled into the binary.
fn embedded(bytes: &[u8]) -> bool {
    let (start, end) = (
        bytes.as_ptr() as usize,
        bytes.as_ptr() as usize + bytes.len(),
    );
    [crate::embedded::BINARY, crate::embedded::NEWEST]
        .iter()
        .any(|blob| {
            let from = blob.as_ptr() as usize;
            from <= start && end <= from + blob.len()
        })
}

/// Reads a string straight into its shared allocation, with no `String` in between when the format lends
/// the text (postcard, RON without escapes); text from the binary's own dataset is not checked as UTF-8 again.
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

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<SharedStr, E> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(SharedStr::from(text)),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(bytes), &self)),
        }
    }

    fn visit_borrowed_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<SharedStr, E> {
        if !embedded(bytes) {
            return self.visit_bytes(bytes);
        }
        // SAFETY: build.rs wrote the embedded dataset with postcard from Rust strings, so each string in it is
        // UTF-8; the tests `the_embedded_binary_is_the_valid_ron` and
        // `the_embedded_newest_snapshot_is_the_timelines` find every one equal to the text the RON file, read
        // and checked as UTF-8, says.
        Ok(SharedStr::from(unsafe {
            std::str::from_utf8_unchecked(bytes)
        }))
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
