//! Drawing the laid-out diagram into the Buffer: lines first (joined at crossings), then arrowheads, boxes and
//! labels. Every mark also shows without colour: border style (double, heavy, dashed) and a symbol per box.

use crate::court::canvas::{Canvas, Weight};
use crate::court::geometry::{BoxGeom, NoteKind, Side};
use crate::court::layout::DiagramLayout;
use crate::court::marks::{Mark, Marks};
use crate::strings::Strings;
use crate::text::{fit, truncate};
use crate::theme::{Symbols, Theme};
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use unicode_width::UnicodeWidthChar;

/// Corners and sides of a box border: top-left, top-right, bottom-left, bottom-right, horizontal, vertical.
fn border(mark: Mark, symbols: &Symbols) -> [char; 6] {
    match mark {
        Mark::Focused | Mark::Current => symbols.box_focused,
        Mark::Travelled => symbols.box_travelled,
        Mark::Ahead => symbols.box_ahead,
        Mark::Plain => symbols.box_plain,
    }
}

fn border_style(mark: Mark, theme: &Theme) -> Style {
    match mark {
        Mark::Focused | Mark::Current => theme.border_focus,
        Mark::Travelled => theme.key,
        Mark::Ahead => theme.dim,
        Mark::Plain => theme.text,
    }
}

fn label_style(mark: Mark, theme: &Theme) -> Style {
    match mark {
        Mark::Focused | Mark::Current => theme.selected,
        Mark::Travelled => theme.key,
        Mark::Ahead => theme.dim,
        Mark::Plain => theme.title,
    }
}

fn weight(mark: Mark) -> Weight {
    match mark {
        Mark::Travelled => Weight::Heavy,
        Mark::Ahead => Weight::Dotted,
        _ => Weight::Light,
    }
}

fn line_style(weight: Weight, theme: &Theme) -> Style {
    match weight {
        Weight::Heavy => theme.key,
        Weight::Light => theme.text,
        Weight::Dotted => theme.dim,
    }
}

/// Writes through the layout's viewport: diagram coordinates in, clipped screen cells out.
struct Pen<'a> {
    layout: &'a DiagramLayout,
    buf: &'a mut Buffer,
}

impl Pen<'_> {
    fn put(&mut self, x: u16, y: u16, c: char, style: Style) {
        if let Some((sx, sy)) = self.layout.cell(x, y) {
            self.buf[(sx, sy)].set_char(c).set_style(style);
        }
    }

    fn text(&mut self, x: u16, y: u16, text: &str, style: Style) {
        let mut col = x;
        for c in text.chars() {
            let width = c.width().unwrap_or(0) as u16;
            if width == 0 {
                continue;
            }
            // A wide character is written only when both its cells are in view.
            if width == 1 || self.layout.cell(col + 1, y).is_some() {
                self.put(col, y, c, style);
                if width == 2
                    && let Some((sx, sy)) = self.layout.cell(col + 1, y)
                {
                    self.buf[(sx, sy)].set_symbol("");
                }
            }
            col += width;
        }
    }

    fn is_blank(&self, x: u16, y: u16) -> bool {
        self.layout
            .cell(x, y)
            .is_some_and(|(sx, sy)| self.buf[(sx, sy)].symbol() == " ")
    }
}

pub fn draw(
    layout: &DiagramLayout,
    marks: &Marks,
    theme: &Theme,
    w: &'static Strings,
    buf: &mut Buffer,
) {
    let g = &layout.geometry;
    if let Some(line) = &layout.too_large {
        let v = layout.viewport;
        buf.set_stringn(v.x, v.y, line, v.width as usize, theme.text);
        return;
    }
    let (wx, wy, ww, wh) = visible(layout);
    let mut canvas = Canvas::window(wx, wy, ww, wh);
    if let Some((a, b)) = g.rule {
        canvas.segment(a, b, Weight::Dotted);
    }
    for stub in &g.stubs {
        let w = if marks.stub_travelled(stub.source) {
            Weight::Heavy
        } else {
            Weight::Light
        };
        canvas.segment((stub.line.0, stub.y), (stub.line.1, stub.y), w);
    }
    for (i, link) in g.links.iter().enumerate() {
        canvas.path(&link.points, weight(marks.links[i]));
    }
    for edge in &g.edges {
        canvas.path(&edge.points, Weight::Light);
    }
    let mut pen = Pen { layout, buf };
    for y in wy..wy + wh {
        for x in wx..wx + ww {
            if let Some((c, w)) = canvas.glyph(x, y) {
                pen.put(x, y, theme.symbols.line(c), line_style(w, theme));
            }
        }
    }
    // Weakest first, so an arrowhead shared by several appeals shows the strongest of them.
    let mut heads: Vec<(Weight, (u16, u16))> = g
        .links
        .iter()
        .enumerate()
        .filter_map(|(i, link)| Some((weight(marks.links[i]), *link.points.last()?)))
        .collect();
    heads.sort_by_key(|&(w, _)| w);
    for (w, (x, y)) in heads {
        pen.put(x, y, theme.symbols.head_up, line_style(w, theme));
    }
    for edge in &g.edges {
        if let Some(&(x, y)) = edge.points.last() {
            let head = if edge.head_right {
                theme.symbols.head_right
            } else {
                theme.symbols.head_left
            };
            pen.put(x, y, head, theme.text);
        }
        // The label stands on its own level run, a space either side.
        if let Some((x, y, text)) = &edge.label {
            pen.text(x.saturating_sub(1), *y, &format!(" {text} "), theme.text);
        }
    }
    for stub in &g.stubs {
        let travelled = marks.stub_travelled(stub.source);
        let points_right = (stub.side == Side::Left) == stub.inward;
        let head = if points_right {
            theme.symbols.head_right
        } else {
            theme.symbols.head_left
        };
        let style = if travelled { theme.key } else { theme.text };
        pen.put(stub.head, stub.y, head, style);
        let label_style = if travelled { theme.key } else { theme.text };
        pen.text(stub.label_x, stub.y, &stub.label, label_style);
    }
    for b in &g.boxes {
        // A box out of view costs nothing; one partly in view is clipped cell by cell.
        if layout.to_screen(b.rect).area() > 0 {
            draw_box(&mut pen, b, marks.boxes[b.node], theme);
        }
    }
    for note in &g.notes {
        match note.kind {
            NoteKind::Heading => {
                let text = if g.rule.is_some_and(|(a, b)| a.1 == b.1) {
                    format!(" {} ", note.text)
                } else {
                    note.text.clone()
                };
                pen.text(note.x, note.y, &text, theme.heading);
            }
            NoteKind::Lane => pen.text(note.x, note.y, &note.text, theme.heading),
            NoteKind::Appeal => {
                let free = (0..note.text.len() as u16).all(|i| pen.is_blank(note.x + i, note.y));
                if free {
                    pen.text(note.x, note.y, &note.text, theme.dim);
                }
            }
        }
    }
    more(layout, theme, w, buf);
}

/// The part of the diagram in the viewport, as (x, y, width, height) in diagram coordinates.
fn visible(layout: &DiagramLayout) -> (u16, u16, u16, u16) {
    let (g, v) = (&layout.geometry, layout.viewport);
    let span = |view: u16, len: u16, origin: i32, size: u16| {
        let lo = (view as i32 - origin).clamp(0, size as i32);
        let hi = (view as i32 + len as i32 - origin).clamp(lo, size as i32);
        (lo as u16, (hi - lo) as u16)
    };
    let (x, width) = span(v.x, v.width, layout.origin.0, g.width);
    let (y, height) = span(v.y, v.height, layout.origin.1, g.height);
    (x, y, width, height)
}

/// Says where more of the diagram lies outside the viewport, on the row kept for it.
fn more(layout: &DiagramLayout, theme: &Theme, w: &'static Strings, buf: &mut Buffer) {
    let Some(row) = layout.more else { return };
    let v = layout.viewport;
    let (x0, y0) = layout.origin;
    let g = &layout.geometry;
    let mut arrows = String::new();
    let [up, down, left, right] = theme.symbols.more;
    let edges = [
        (y0 < v.y as i32, up),
        (y0 + (g.height as i32) > v.bottom() as i32, down),
        (x0 < v.x as i32, left),
        (x0 + (g.width as i32) > v.right() as i32, right),
    ];
    for (more, arrow) in edges {
        if more {
            arrows.push(arrow);
        }
    }
    if arrows.is_empty() {
        return;
    }
    let text = (w.more)(&arrows);
    let width = text.chars().count() as u16;
    if row.width > width {
        buf.set_string(row.right() - width, row.y, &text, theme.key);
    }
}

fn draw_box(pen: &mut Pen, b: &BoxGeom, mark: Mark, theme: &Theme) {
    let r = b.rect;
    if r.width < 2 || r.height < 2 {
        return;
    }
    let [tl, tr, bl, br, h, v] = border(mark, theme.symbols);
    let style = border_style(mark, theme);
    let (right, bottom) = (r.x + r.width - 1, r.y + r.height - 1);
    for x in r.x + 1..right {
        pen.put(x, r.y, h, style);
        pen.put(x, bottom, h, style);
    }
    for y in r.y + 1..bottom {
        pen.put(r.x, y, v, style);
        pen.put(right, y, v, style);
        for x in r.x + 1..right {
            pen.put(x, y, ' ', theme.text);
        }
    }
    pen.put(r.x, r.y, tl, style);
    pen.put(right, r.y, tr, style);
    pen.put(r.x, bottom, bl, style);
    pen.put(right, bottom, br, style);
    let inner = (r.width - 2) as usize;
    let label = format!(" {} {}", theme.symbols.mark(mark.symbol()), b.label);
    pen.text(
        r.x + 1,
        r.y + 1,
        &fit(&label, inner),
        label_style(mark, theme),
    );
    for (k, line) in b.lines.iter().enumerate() {
        let y = r.y + 2 + k as u16;
        if y < bottom {
            let line = truncate(line, r.width.saturating_sub(4) as usize);
            pen.text(r.x + 2, y, &line, theme.dim);
        }
    }
}
