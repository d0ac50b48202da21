//! The dataset's text type: an immutable string whose clones share one allocation.
//!
//! A snapshot keeps the items that hold at its date; with this type its copy of an item points at the whole
//! file's text instead of copying every name, role and fact again, and so do the id indexes. Text read from the
//! dataset compiled into the binary is not copied at all: it points where it lies. It reads and writes as a
//! plain string, so RON, JSON and postcard bytes are those of a `String`.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::Arc;

/// An immutable string shared by its clones: an `Arc<str>`, so cloning copies a pointer, not the text; or text
/// that lives as long as the program (in the dataset compiled into the binary), which is used where it lies.
/// Either way it is a pointer and a length, 16 bytes, the length's top bit saying which.
pub struct SharedStr {
    ptr: NonNull<u8>,
    len: usize,
}

/// Set in `len` when the text is `'static` and owned by no `Arc`.
const STATIC: usize = 1 << (usize::BITS - 1);

// SAFETY: a `SharedStr` is an `Arc<str>` or a `&'static str`, and both may be sent and shared between threads.
unsafe impl Send for SharedStr {}
// SAFETY: as above; the text is never written through either.
unsafe impl Sync for SharedStr {}

impl SharedStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        // SAFETY: `ptr` and the length (without the flag) are those of a `str` that outlives `self`: an `Arc`'s
        // text, kept alive by this handle's count, or a `&'static str`.
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(
                self.ptr.as_ptr(),
                self.len & !STATIC,
            ))
        }
    }

    /// Whether `a` and `b` are one allocation (or one place in the binary), not only equal text.
    pub fn ptr_eq(a: &SharedStr, b: &SharedStr) -> bool {
        a.ptr == b.ptr && a.len == b.len
    }

    /// Text that lives as long as the program, used where it lies.
    pub fn from_static(text: &'static str) -> SharedStr {
        SharedStr {
            ptr: NonNull::from(text.as_bytes()).cast(),
            len: text.len() | STATIC,
        }
    }

    fn from_arc(text: Arc<str>) -> SharedStr {
        let len = text.len();
        let ptr = Arc::into_raw(text) as *const u8 as *mut u8;
        SharedStr {
            // SAFETY: `Arc::into_raw` never gives a null pointer.
            ptr: unsafe { NonNull::new_unchecked(ptr) },
            len,
        }
    }

    /// The `Arc`'s pointer, for a handle that holds one.
    fn arc_ptr(&self) -> Option<*const str> {
        (self.len & STATIC == 0)
            .then(|| std::ptr::slice_from_raw_parts(self.ptr.as_ptr(), self.len) as *const str)
    }
}

impl Clone for SharedStr {
    fn clone(&self) -> SharedStr {
        if let Some(arc) = self.arc_ptr() {
            // SAFETY: `arc` came from `Arc::into_raw` and this handle holds one of its counts.
            unsafe { Arc::increment_strong_count(arc) };
        }
        SharedStr {
            ptr: self.ptr,
            len: self.len,
        }
    }
}

impl Drop for SharedStr {
    fn drop(&mut self) {
        if let Some(arc) = self.arc_ptr() {
            // SAFETY: `arc` came from `Arc::into_raw` and this handle gives back the count it held.
            unsafe { drop(Arc::from_raw(arc)) };
        }
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialOrd for SharedStr {
    fn partial_cmp(&self, other: &SharedStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedStr {
    fn cmp(&self, other: &SharedStr) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for SharedStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
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
        SharedStr::from_arc(Arc::from(text))
    }
}

impl From<String> for SharedStr {
    fn from(text: String) -> Self {
        SharedStr::from_arc(Arc::from(text))
    }
}

impl From<&String> for SharedStr {
    fn from(text: &String) -> Self {
        SharedStr::from(text.as_str())
    }
}

impl From<Cow<'_, str>> for SharedStr {
    fn from(text: Cow<'_, str>) -> Self {
        SharedStr::from_arc(Arc::from(text))
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
/// the text (postcard, RON without escapes); text from the binary's own dataset is neither checked as UTF-8 again
/// nor copied: it is used where it lies in the binary.
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
        // and checked as UTF-8, says. The bytes lie inside a `static` (`embedded` said so), so they live as long
        // as the program, whatever lifetime the deserializer lent them with.
        let text: &'static str = unsafe {
            std::mem::transmute::<&str, &'static str>(std::str::from_utf8_unchecked(bytes))
        };
        Ok(SharedStr::from_static(text))
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
    fn static_text_is_used_in_place_and_equals_the_same_text_shared() {
        use std::hash::BuildHasher;
        let text: &'static str = "Constitutional Council";
        let in_place = SharedStr::from_static(text);
        let shared = SharedStr::from(text);
        assert_eq!(in_place.as_ptr(), text.as_ptr());
        assert_eq!(in_place, shared);
        assert_eq!(in_place.cmp(&shared), std::cmp::Ordering::Equal);
        let hasher = std::collections::hash_map::RandomState::new();
        assert_eq!(hasher.hash_one(&in_place), hasher.hash_one(&shared));
        assert!(SharedStr::ptr_eq(&in_place, &in_place.clone()));
        assert!(!SharedStr::ptr_eq(&in_place, &shared));
        assert_eq!(std::mem::size_of::<SharedStr>(), 16);
        assert_eq!(SharedStr::from_static(""), SharedStr::default());
    }

    #[test]
    fn a_clone_outlives_the_first_handle() {
        let first = SharedStr::from(String::from("Senate"));
        let copies: Vec<SharedStr> = (0..100).map(|_| first.clone()).collect();
        drop(first);
        let threads: Vec<_> = copies
            .into_iter()
            .map(|copy| std::thread::spawn(move || copy.as_str() == "Senate"))
            .collect();
        assert!(threads.into_iter().all(|t| t.join().unwrap_or(false)));
    }

    #[test]
    fn clones_share_their_text() {
        let text = SharedStr::from(String::from("Supreme Court"));
        let copy = text.clone();
        assert!(SharedStr::ptr_eq(&text, &copy));
        assert!(!SharedStr::ptr_eq(&text, &SharedStr::from("Supreme Court")));
    }
}
