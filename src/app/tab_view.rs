//! One tab's position: what is selected, opened and scrolled there.

/// Per-tab position, kept while the user visits other tabs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TabView {
    /// Index into the tab's entries.
    pub selected: usize,
    /// The selected entry's details fill the screen.
    pub open: bool,
    /// First line of the content pane shown.
    pub scroll: usize,
    /// The link on the page with the focus.
    pub link: Option<usize>,
}
