//! The content pane: each entry's page as lines of text, wrapped to the pane's width.
//! The same lines serve the preview beside the list and the full-screen details.

mod body;
mod changes;
mod contradictions;
mod election;
mod memberships;
mod summary;
pub mod timeline;

use super::text::push_wrapped;
use crate::app::{App, Entry};
use crate::model::{Discrepancy, Fact, Model, Relation, phrasing};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Lines of `entry`'s page for a pane `width` columns wide.
pub fn page(app: &App, entry: Entry, width: usize) -> Vec<Line<'static>> {
    let mut page = Page::new(app, width);
    match entry {
        Entry::Summary => summary::build(&mut page),
        Entry::Body(i) => body::build(&mut page, &app.model.data.bodies[i]),
        Entry::Topic(i) => {
            let topic = &app.model.data.topics[i];
            page.title(&topic.title);
            page.facts(&topic.facts);
            page.contradictions_about(&topic.id);
        }
        Entry::Election(i) => election::build(&mut page, &app.model.data.elections[i]),
        Entry::Memberships => memberships::build(&mut page),
        Entry::Discrepancies => contradictions::build(&mut page),
        Entry::CourtDiagram => {
            page.title("Court system");
            page.dim("Drawn as a diagram of the courts: appeals, where cases start, who appoints the judges.");
        }
    }
    page.lines
}

/// A page being written: shared ways of putting facts, headings and citations on it.
pub struct Page<'a> {
    pub app: &'a App,
    pub width: usize,
    pub lines: Vec<Line<'static>>,
    /// Contradictions already spelled out on this page, so a second fact citing one only points to it.
    shown: Vec<String>,
}

impl<'a> Page<'a> {
    /// An empty page for a pane `width` columns wide.
    pub fn new(app: &'a App, width: usize) -> Page<'a> {
        Page {
            app,
            width,
            lines: Vec::new(),
            shown: Vec::new(),
        }
    }

    fn model(&self) -> &Model {
        &self.app.model
    }

    pub fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| l.width() > 0) {
            self.lines.push(Line::default());
        }
    }

    /// `text` wrapped to the page in one style.
    fn styled(&mut self, text: &str, style: Style) {
        push_wrapped(&mut self.lines, text, self.width, "", "", style);
    }

    pub fn title(&mut self, text: &str) {
        self.styled(text, self.app.theme.title);
    }

    pub fn heading(&mut self, text: &str) {
        self.blank();
        self.styled(text, self.app.theme.heading);
    }

    pub fn paragraph(&mut self, text: &str) {
        self.styled(text, self.app.theme.text);
    }

    pub fn dim(&mut self, text: &str) {
        self.styled(text, self.app.theme.dim);
    }

    /// A labelled value on one line, e.g. "Members: 44".
    pub fn field(&mut self, label: &str, value: &str) {
        let first = format!("{label}: ");
        let rest = " ".repeat(2);
        push_wrapped(
            &mut self.lines,
            value,
            self.width,
            &first,
            &rest,
            self.app.theme.text,
        );
        if let Some(line) = self
            .lines
            .iter_mut()
            .rev()
            .find(|l| l.spans.first().is_some_and(|s| s.content == first))
        {
            line.spans[0].style = self.app.theme.key;
        }
    }

    /// "[n · as of]": the source's number in the dataset's source list and the date the fact describes.
    pub fn citation(&self, source: &str, as_of: &str) -> String {
        let number = self
            .model()
            .data
            .sources
            .iter()
            .position(|s| s.id == source)
            .map_or(0, |i| i + 1);
        format!("[{number}\u{a0}·\u{a0}{as_of}]")
    }

    /// A text followed by its citation, as a bullet.
    pub fn cited(&mut self, bullet: &str, text: &str, source: &str, as_of: &str) {
        let cite = self.citation(source, as_of);
        let style = self.app.theme.text;
        let rest = " ".repeat(unicode_width::UnicodeWidthStr::width(bullet));
        push_wrapped(
            &mut self.lines,
            &format!("{text} {cite}"),
            self.width,
            bullet,
            &rest,
            style,
        );
        // Dim the citation where it ended up (the end of the last line).
        if let Some(last) = self.lines.last_mut()
            && let Some(span) = last.spans.last_mut()
            && let Some(at) = span.content.rfind('[')
        {
            let (body, tail) = span.content.split_at(at);
            let (body, tail) = (body.to_string(), tail.to_string());
            *span = Span::styled(body, style);
            last.spans.push(Span::styled(tail, self.app.theme.dim));
        }
    }

    /// Facts as bullets; a disputed fact is marked and shows both readings where it stands.
    pub fn facts(&mut self, facts: &[Fact]) {
        for fact in facts {
            let disputed = fact
                .discrepancy
                .as_deref()
                .and_then(|id| self.model().discrepancy(id))
                .cloned();
            self.cited(
                if disputed.is_some() { "⚠ " } else { "• " },
                &fact.text,
                &fact.source,
                &fact.as_of,
            );
            if let Some(d) = disputed {
                if self.shown.contains(&d.id) {
                    let text = format!("(both readings of \"{}\" are above)", d.title);
                    push_wrapped(
                        &mut self.lines,
                        &text,
                        self.width,
                        "    ",
                        "    ",
                        self.app.theme.dim,
                    );
                } else {
                    self.shown.push(d.id.clone());
                    self.readings(&d, "    ");
                }
            }
            if let Some(s) = &fact.superseded {
                let text = format!("Superseded from {}: {}", s.from, s.by);
                self.cited("  ↻ ", &text, &s.source, &s.from);
            }
            if let Some(c) = &fact.correction {
                self.correction(&fact.source, c);
            }
        }
    }

    /// Both (or all) readings of a contradiction.
    pub fn readings(&mut self, d: &Discrepancy, indent: &str) {
        let intro = format!("{} ({}):", changes::disagreement(self.model(), d), d.title);
        push_wrapped(
            &mut self.lines,
            &intro,
            self.width,
            indent,
            indent,
            self.app.theme.warn,
        );
        for r in &d.readings {
            self.cited(&format!("{indent}◦ "), &r.text, &r.source, &r.as_of);
        }
        if let Some(note) = &d.note {
            push_wrapped(
                &mut self.lines,
                note,
                self.width,
                indent,
                indent,
                self.app.theme.dim,
            );
        }
    }

    /// A claim of `said_by` that a later source corrects, with both claims.
    pub fn correction(&mut self, said_by: &str, c: &crate::model::Correction) {
        let model = self.app.model.clone();
        let text = changes::correction_text(&model, said_by, c);
        self.cited(
            "  ✎ ",
            &text,
            &c.source,
            changes::correction_date(&model, c),
        );
    }

    /// Contradictions about `subject` that the page has not spelled out yet.
    pub fn contradictions_about(&mut self, subject: &str) {
        let model = self.app.model.clone();
        let pending: Vec<&Discrepancy> = model
            .discrepancies_about(subject)
            .filter(|d| !self.shown.contains(&d.id))
            .collect();
        if pending.is_empty() {
            return;
        }
        self.heading("⚠ Where the source contradicts itself");
        for d in pending {
            self.readings(d, "");
        }
    }

    /// A relation in words, e.g. "President appoints 7 members of Senate".
    pub fn relation(&mut self, r: &Relation) {
        let model = self.app.model.clone();
        let mut text = phrasing::sentence(model.name(&r.from), r, model.name(&r.to));
        if let Some(note) = &r.note {
            text.push_str(&format!(". {note}"));
        }
        self.cited("→ ", &text, &r.source, &r.as_of);
    }
}
