//! Each entry's page as lines of text, wrapped to a width: the preview beside the list, the full-screen details,
//! and the court diagram's details panel. Pure functions of the dataset, the theme and the width.
//!
//! # Design: why pages are built below the app
//!
//! The update side must know how long a page is, to keep its scroll within it; the drawing side must draw the
//! same lines. So page building sits in a layer both can ask (model, text, theme and court below it; app and
//! ui above), and `app` counts the lines of the very page `ui` draws. The other choice was a trait defined by
//! the app and implemented by the drawing layer, handed in by every runner: that keeps styled lines out of
//! anything below `ui`, but every runner (terminal, SSH session, tests, benches) would have to pass it along,
//! and an `App` could not clamp its scroll without a drawing layer. The cost of this choice is that styled
//! ratatui `Line`s are made below the app; they are still plain values, built from data, never drawn here.

mod bar_chart;
mod body;
mod changes;
mod contradictions;
pub mod court_panel;
mod election;
pub mod glossary;
mod link_marks;
mod memberships;
mod seat_chart;
mod sources;
mod summary;

use crate::model::{Body, Discrepancy, Election, Fact, Model, Relation, Timeline, phrasing};
use crate::strings::Strings;
use crate::text::push_wrapped;
use crate::theme::Theme;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The membership table's filter, as the user is typing it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Filter<'a> {
    pub text: &'a str,
    /// Keys go into the filter: it shows a cursor.
    pub typing: bool,
}

/// A mention of another body on a page: the line it is on, the columns it covers, and the body's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub body: String,
}

/// A page's lines and the links on them.
#[derive(Debug, Clone, Default)]
pub struct Built {
    pub lines: Vec<Line<'static>>,
    pub links: Vec<Link>,
}

/// The overview's summary page.
pub fn summary(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
) -> Vec<Line<'static>> {
    summary_built(model, theme, w, width).lines
}

/// The overview's summary page with its links.
pub fn summary_built(model: &Model, theme: &Theme, w: &'static Strings, width: usize) -> Built {
    let mut page = Page::new(model, theme, w, width);
    summary::build(&mut page);
    page.built()
}

/// Where in time a page is read: the dataset's timeline and the index of the chosen date in it, so a page can
/// say what changed before that date and what ends after it.
#[derive(Debug, Clone, Copy)]
pub struct When<'a> {
    pub timeline: &'a Timeline,
    pub index: usize,
}

/// A body's page; `when` adds what changed, began or ends around the chosen date.
pub fn body(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
    b: &Body,
    when: Option<When>,
) -> Vec<Line<'static>> {
    body_built(model, theme, w, width, b, when).lines
}

/// A body's page with its links to the bodies it names.
pub fn body_built(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
    b: &Body,
    when: Option<When>,
) -> Built {
    let mut page = Page::new(model, theme, w, width);
    page.when = when;
    page.subject = Some(b.id.to_string());
    body::build(&mut page, b);
    page.built()
}

/// A topic's page: its facts and what the source contradicts about it.
pub fn topic(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
    i: usize,
) -> Vec<Line<'static>> {
    build(model, theme, w, width, |page| {
        let topic = &model.data.topics[i];
        page.title(&topic.title);
        page.facts(&topic.facts);
        page.contradictions_about(&topic.id);
    })
}

/// An election's page, with its results chart.
pub fn election(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
    e: &Election,
) -> Vec<Line<'static>> {
    build(model, theme, w, width, |page| election::build(page, e))
}

/// The table of memberships, filtered.
pub fn memberships(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
    filter: Filter,
) -> Vec<Line<'static>> {
    build(model, theme, w, width, |page| {
        memberships::build(page, filter)
    })
}

/// The lines of the membership table in `window` (line numbers of the whole table), and how many it has; `tail`
/// is `memberships_tail` for the same width and filter.
pub fn memberships_window(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
    filter: Filter,
    window: std::ops::Range<usize>,
    tail: &[Line<'static>],
) -> (Vec<Line<'static>>, usize) {
    let mut page = Page::new(model, theme, w, width);
    let total = memberships::build_window(&mut page, filter, window, tail);
    (page.lines, total)
}

/// What follows the membership table's rows for `filter`, to pass to `memberships_window`.
pub fn memberships_tail(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
    filter: &str,
) -> Vec<Line<'static>> {
    memberships::tail(model, theme, w, width, filter)
}

/// Every contradiction in the source.
pub fn contradictions(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
) -> Vec<Line<'static>> {
    build(model, theme, w, width, contradictions::build)
}

/// The glossary: every term of the date, with its definition and source.
pub fn glossary(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
) -> Vec<Line<'static>> {
    build(model, theme, w, width, glossary::build)
}

/// Every source, with its address and note.
pub fn sources(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
) -> Vec<Line<'static>> {
    build(model, theme, w, width, sources::build)
}

/// What stands in for the court diagram where a page is asked for.
pub fn court_note(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
) -> Vec<Line<'static>> {
    build(model, theme, w, width, |page| {
        page.title(w.court_system);
        page.dim(w.court_note);
    })
}

fn build(
    model: &Model,
    theme: &Theme,
    w: &'static Strings,
    width: usize,
    write: impl FnOnce(&mut Page),
) -> Vec<Line<'static>> {
    let mut page = Page::new(model, theme, w, width);
    write(&mut page);
    page.lines
}

/// `text` without the occurrences of `mark` (not empty), and for each character left: its byte in the text
/// returned, and the columns it covers in `text`.
fn without_marks(text: &str, mark: &str) -> (String, Vec<(usize, usize, usize)>) {
    use unicode_width::UnicodeWidthChar;
    let mut plain = String::with_capacity(text.len());
    let mut columns = Vec::with_capacity(text.len());
    let mut column = 0;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if !mark.is_empty() && rest.starts_with(mark) {
            column += unicode_width::UnicodeWidthStr::width(mark);
            rest = &rest[mark.len()..];
            continue;
        }
        let width = c.width().unwrap_or(0);
        columns.push((plain.len(), column, column + width));
        plain.push(c);
        column += width;
        rest = &rest[c.len_utf8()..];
    }
    (plain, columns)
}

/// A page being written: shared ways of putting facts, headings and citations on it.
pub struct Page<'a> {
    pub model: &'a Model,
    pub theme: &'a Theme,
    /// The interface words.
    pub w: &'static Strings,
    pub width: usize,
    pub lines: Vec<Line<'static>>,
    /// Where in time the page is read, when the caller knows.
    pub when: Option<When<'a>>,
    /// Contradictions already spelled out on this page, so a second fact citing one only points to it.
    shown: Vec<String>,
    /// Mentions of other bodies, in reading order.
    pub links: Vec<Link>,
    /// The body the page is about, which is not a link on its own page.
    pub subject: Option<String>,
    /// Marks glossary terms where they first appear in the page's text.
    terms: glossary::TermMarker,
}

impl<'a> Page<'a> {
    /// An empty page for a pane `width` columns wide.
    pub fn new(model: &'a Model, theme: &'a Theme, w: &'static Strings, width: usize) -> Page<'a> {
        Page {
            model,
            theme,
            w,
            width,
            lines: Vec::new(),
            when: None,
            shown: Vec::new(),
            terms: glossary::TermMarker::with_mark(&model.data.glossary, theme.symbols.term_mark),
            links: Vec::new(),
            subject: None,
        }
    }

    /// The lines and links written.
    pub fn built(self) -> Built {
        Built {
            lines: self.lines,
            links: self.links,
        }
    }

    /// Makes the mention of body `id` in the lines from `first` on a link: the whole name where it stands on
    /// one line, else the part of it on the line where it starts.
    pub fn link(&mut self, first: usize, id: &str) {
        self.link_found(first, id);
    }

    /// `link`, returning the line the mention was found on, so a caller linking names in reading order can
    /// start the next search there instead of at the top (a list of thousands of names stays linear).
    pub fn link_found(&mut self, first: usize, id: &str) -> Option<usize> {
        if self.subject.as_deref() == Some(id) || self.model.body(id).is_none() {
            return None;
        }
        let name = self.model.name(id).to_string();
        self.link_words(first, &name, id)
    }

    /// Makes `name`, words that stand for body `id` on the lines from `first` on, a link to it: the whole of it
    /// where it stands on one line, else the part of it on the line where it starts.
    fn link_words(&mut self, first: usize, name: &str, id: &str) -> Option<usize> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let head = words.first()?;
        // A glossary term's mark may stand inside the name on the page ("Senate° (upper house)").
        let mark = self.theme.symbols.term_mark;
        let skip_marks = !mark.is_empty() && !name.contains(mark);
        for (at, line) in self.lines.iter().enumerate().skip(first) {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            // Most lines have no mark: they are searched as they are.
            let marked = skip_marks && text.contains(mark);
            let (plain, columns) = if marked {
                without_marks(&text, mark)
            } else {
                (text, Vec::new())
            };
            let (found, len) = match plain.find(name) {
                Some(byte) => (Some(byte), name.len()),
                // The name was wrapped: the words of it on this line.
                None => match plain.rfind(head) {
                    Some(byte) if words.len() > 1 && name.starts_with(plain[byte..].trim_end()) => {
                        (Some(byte), plain[byte..].trim_end().len())
                    }
                    _ => (None, 0),
                },
            };
            if let Some(byte) = found {
                let width = crate::text::width;
                let (start, end) = if marked {
                    let start = columns.iter().find(|c| c.0 >= byte).map_or(0, |c| c.1);
                    // The end of the name's last character, marks inside it included.
                    let end = columns
                        .iter()
                        .rev()
                        .find(|c| c.0 < byte + len)
                        .map_or(start, |c| c.2);
                    (start, end)
                } else {
                    (width(&plain[..byte]), width(&plain[..byte + len]))
                };
                self.links.push(Link {
                    line: at,
                    start,
                    end,
                    body: id.to_string(),
                });
                return Some(at);
            }
        }
        None
    }

    fn model(&self) -> &'a Model {
        self.model
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
        self.styled(text, self.theme.title);
    }

    pub fn heading(&mut self, text: &str) {
        self.blank();
        self.styled(text, self.theme.heading);
    }

    pub fn paragraph(&mut self, text: &str) {
        let text = self.terms.mark(text);
        self.styled(&text, self.theme.text);
    }

    /// A paragraph of reference text, such as a source's title, where glossary terms are not marked.
    pub fn reference(&mut self, text: &str) {
        self.styled(text, self.theme.text);
    }

    pub fn dim(&mut self, text: &str) {
        self.styled(text, self.theme.dim);
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
            self.theme.text,
        );
        if let Some(line) = self
            .lines
            .iter_mut()
            .rev()
            .find(|l| l.spans.first().is_some_and(|s| s.content == first))
        {
            line.spans[0].style = self.theme.key;
        }
    }

    /// "[n · as of]": the source's number in the dataset's source list and the date the fact describes.
    pub fn citation(&self, source: &str, as_of: &str) -> String {
        let number = self.model().source_number(source);
        format!("[{number}\u{a0}·\u{a0}{as_of}]")
    }

    /// A text followed by its citation, as a bullet.
    pub fn cited(&mut self, bullet: &str, text: &str, source: &str, as_of: &str) {
        let cite = self.citation(source, as_of);
        let text = self.terms.mark(text);
        let style = self.theme.text;
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
            last.spans.push(Span::styled(tail, self.theme.dim));
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
            let symbols = self.theme.symbols;
            self.cited(
                if disputed.is_some() {
                    symbols.disputed
                } else {
                    symbols.bullet
                },
                &fact.text,
                &fact.source,
                &fact.as_of,
            );
            if let Some(d) = disputed {
                if self.shown.iter().any(|id| *id == d.id) {
                    let text = (self.w.both_readings_above)(&d.title);
                    push_wrapped(
                        &mut self.lines,
                        &text,
                        self.width,
                        "    ",
                        "    ",
                        self.theme.dim,
                    );
                } else {
                    self.shown.push(d.id.to_string());
                    self.readings(&d, "    ");
                }
            }
            if let Some(s) = &fact.superseded {
                let text = (self.w.superseded_from)(&s.from, &s.by);
                self.cited(&format!("  {}", symbols.renewed), &text, &s.source, &s.from);
            }
            if let Some(c) = &fact.correction {
                self.correction(&fact.source, c);
            }
        }
    }

    /// Both (or all) readings of a contradiction.
    pub fn readings(&mut self, d: &Discrepancy, indent: &str) {
        let intro = format!(
            "{} ({}):",
            changes::disagreement(self.model(), self.w, d),
            d.title
        );
        push_wrapped(
            &mut self.lines,
            &intro,
            self.width,
            indent,
            indent,
            self.theme.warn,
        );
        for r in &d.readings {
            let mark = format!("{indent}{}", self.theme.symbols.sub_bullet);
            self.cited(&mark, &r.text, &r.source, &r.as_of);
        }
        if let Some(note) = &d.note {
            push_wrapped(
                &mut self.lines,
                note,
                self.width,
                indent,
                indent,
                self.theme.dim,
            );
        }
    }

    /// A claim of `said_by` that a later source corrects, with both claims.
    pub fn correction(&mut self, said_by: &str, c: &crate::model::Correction) {
        let model = self.model;
        let text = changes::correction_text(model, self.w, said_by, c);
        let mark = format!("  {}", self.theme.symbols.corrected);
        self.cited(&mark, &text, &c.source, changes::correction_date(model, c));
    }

    /// Contradictions about `subject` that the page has not spelled out yet.
    pub fn contradictions_about(&mut self, subject: &str) {
        let model = self.model;
        let pending: Vec<&Discrepancy> = model
            .discrepancies_about(subject)
            .filter(|d| !self.shown.iter().any(|id| *id == d.id))
            .collect();
        if pending.is_empty() {
            return;
        }
        self.heading(&format!(
            "{}{}",
            self.theme.symbols.disputed, self.w.contradictions_title
        ));
        for d in pending {
            self.readings(d, "");
        }
    }

    /// A relation in words, e.g. "President appoints 7 members of Senate".
    pub fn relation(&mut self, r: &Relation) {
        let model = self.model;
        let plural = model.body(&r.from).is_some_and(|b| b.plural);
        let (from, to) = (model.name(&r.from), model.name(&r.to));
        let mut text = phrasing::sentence_agreeing(from, plural, r, to, self.w);
        if let Some(note) = &r.note {
            text.push_str(&format!(". {note}"));
        }
        let first = self.lines.len();
        self.cited(self.theme.symbols.arrow, &text, &r.source, &r.as_of);
        if self.link_found(first, &r.from).is_none() {
            self.link_who(first, r);
        }
        self.link(first, &r.to);
    }

    /// A membership line that names who sits ("Some senators sit on ...") instead of the body they come from
    /// ("Senate") has no name of that body to link, so the words naming who sits link to it: "senators" leads to
    /// the Senate. Adding the body's name ("Some senators (Senate) sit on ...") would say it twice. The words
    /// that only count them ("some", "the") are left out of the link, so it covers what names them.
    fn link_who(&mut self, first: usize, r: &Relation) {
        let Some(who) = r.who.as_deref() else {
            return;
        };
        if self.subject.as_deref() == Some(r.from.as_str()) || self.model.body(&r.from).is_none() {
            return;
        }
        let words: Vec<&str> = who.split_whitespace().collect();
        let lead = words
            .iter()
            .take_while(|word| {
                self.w
                    .who_lead_words
                    .iter()
                    .any(|lead| lead.eq_ignore_ascii_case(word))
            })
            .count()
            .min(words.len().saturating_sub(1));
        let named = words[lead..].join(" ");
        if named.is_empty() {
            return;
        }
        // At the start of the sentence its first letter is upper case.
        if self.link_words(first, &named, &r.from).is_none() {
            self.link_words(first, &phrasing::sentence_start(&named), &r.from);
        }
    }
}
