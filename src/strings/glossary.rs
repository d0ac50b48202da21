//! The words of the glossary page and of the marks that point to it from other pages.

/// The glossary's interface words in one language (each `Strings` points at one).
pub struct GlossaryWords {
    /// The page's title.
    pub title: &'static str,
    /// Its label in the Overview's list, with the number of terms.
    pub list_label: fn(terms: usize) -> String,
    /// The line under the title saying what the mark means; `mark` is the mark itself.
    pub how_marked: fn(mark: &str) -> String,
    /// Other forms of a term, e.g. "also: oblasts".
    pub also: fn(forms: &str) -> String,
}

/// English.
pub static GLOSSARY_EN: GlossaryWords = GlossaryWords {
    title: "Glossary",
    list_label: |n| format!("Glossary ({n})"),
    how_marked: |mark| {
        format!(
            "Terms a class may not know, in plain words. On the other pages {mark} follows a term explained here."
        )
    },
    also: |forms| format!("also: {forms}"),
};
