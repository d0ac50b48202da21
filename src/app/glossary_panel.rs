//! The glossary panel: the terms marked on the page on screen (every term when it marks none), each with its
//! definition and source, in a panel over the page.

use super::App;
use super::glossary_action::GlossaryAction;
use crate::model::GlossaryTerm;
use crate::pages::glossary::TERM_MARK;
use crate::text::push_wrapped;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// The panel on screen, scrolled to this line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GlossaryPanel {
    pub scroll: usize,
}

/// The panel's rectangle on a screen of `area`: wide enough for a definition to read as a sentence.
pub fn panel_area(area: Rect) -> Rect {
    super::screen::centred_popup(area, 76, 2, 3)
}

impl App {
    /// The terms marked on the page on screen, in alphabetical order; `false` with every term when the page
    /// marks none.
    pub fn glossary_terms_here(&self) -> (Vec<&GlossaryTerm>, bool) {
        let glossary = &self.model.data.glossary;
        let width = self.content_area().map_or(80, |a| a.width as usize);
        let text: String = match self.state.entry(&self.model) {
            Some(entry) => self
                .built_page(entry, width)
                .lines
                .iter()
                .flat_map(|l| l.spans.iter().map(|s| s.content.to_ascii_lowercase()))
                .collect(),
            None => String::new(),
        };
        // The page marks a term's first appearance (or a form's) with the mark right after it.
        let marked = |g: &GlossaryTerm| {
            std::iter::once(&g.term)
                .chain(&g.forms)
                .any(|s| text.contains(&format!("{}{TERM_MARK}", s.to_ascii_lowercase())))
        };
        let mut here: Vec<&GlossaryTerm> = glossary.iter().filter(|g| marked(g)).collect();
        let on_page = !here.is_empty();
        if !on_page {
            here = glossary.iter().collect();
        }
        here.sort_by_key(|g| g.term.to_lowercase());
        (here, on_page)
    }

    /// The panel's lines for an inside `width` columns wide.
    pub fn glossary_panel_lines(&self, width: usize) -> Vec<Line<'static>> {
        let (terms, _) = self.glossary_terms_here();
        let t = &self.theme;
        let mut out = Vec::new();
        if terms.is_empty() {
            push_wrapped(&mut out, self.strings.no_terms, width, " ", " ", t.dim);
        }
        for g in terms {
            push_wrapped(&mut out, &g.term, width, " ", " ", t.heading);
            push_wrapped(&mut out, &g.definition, width, "   ", "   ", t.text);
            let source = (self.strings.term_source)(self.model.source_title(&g.source), &g.as_of);
            push_wrapped(&mut out, &source, width, "   ", "   ", t.dim);
        }
        out
    }

    fn glossary_max_scroll(&self) -> usize {
        let inside = super::screen::inner(panel_area(self.screen()));
        self.glossary_panel_lines(inside.width as usize)
            .len()
            .saturating_sub(inside.height as usize)
    }

    pub(super) fn apply_glossary(&mut self, action: GlossaryAction) {
        let page = super::screen::inner(panel_area(self.screen()))
            .height
            .saturating_sub(1)
            .max(1) as usize;
        let scroll = self.state.glossary_panel.map_or(0, |p| p.scroll);
        let scroll = match action {
            GlossaryAction::Open => {
                self.state.glossary_panel = Some(GlossaryPanel::default());
                return;
            }
            GlossaryAction::Close => {
                self.state.glossary_panel = None;
                return;
            }
            GlossaryAction::Up => scroll.saturating_sub(1),
            GlossaryAction::Down => scroll + 1,
            GlossaryAction::PageUp => scroll.saturating_sub(page),
            GlossaryAction::PageDown => scroll + page,
        };
        let scroll = scroll.min(self.glossary_max_scroll());
        if let Some(panel) = &mut self.state.glossary_panel {
            panel.scroll = scroll;
        }
    }
}
