//! The court diagram as an SVG picture for handouts and slides, drawn from the same geometry as the screen: one
//! cell is a fixed number of pixels, boxes are rectangles, arrows polylines, and every label real text.

use crate::court::geometry::{Geometry, NoteKind, Side};
use crate::court::marks::{Mark, Marks};
use crate::text::truncate;
use std::fmt::Write;

/// Pixels per cell, across and down.
const CELL_W: f32 = 8.0;
const CELL_H: f32 = 18.0;

/// Text safe inside XML character data and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn px(x: u16) -> f32 {
    x as f32 * CELL_W
}

fn py(y: u16) -> f32 {
    y as f32 * CELL_H
}

/// The centre of a cell.
fn centre(x: u16, y: u16) -> (f32, f32) {
    (px(x) + CELL_W / 2.0, py(y) + CELL_H / 2.0)
}

/// Stroke width and dashes for a mark.
fn stroke(mark: Mark) -> (f32, &'static str) {
    match mark {
        Mark::Focused | Mark::Current => (3.0, ""),
        Mark::Travelled => (2.5, ""),
        Mark::Ahead => (1.0, " stroke-dasharray=\"4 3\""),
        Mark::Plain => (1.0, ""),
    }
}

fn text(out: &mut String, x: f32, y: u16, class: &str, content: &str) {
    let _ = writeln!(
        out,
        r#"<text x="{x:.1}" y="{:.1}" class="{class}">{}</text>"#,
        py(y) + CELL_H * 0.7,
        escape(content)
    );
}

/// The whole diagram as an SVG document with `title` on top.
pub fn svg(g: &Geometry, marks: &Marks, title: &str) -> String {
    let top = 2u16;
    let (width, height) = (px(g.width.max(10) + 2), py(g.height + top + 1));
    let mut out = String::new();
    let _ = writeln!(
        out,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}">
<title>{}</title>
<style>
text {{ font-family: sans-serif; font-size: 12px; fill: #111; }}
text.title {{ font-size: 15px; font-weight: bold; }}
text.name {{ font-weight: bold; }}
text.role, text.note {{ fill: #444; font-size: 11px; }}
text.heading {{ font-weight: bold; fill: #333; }}
.line {{ fill: none; stroke: #111; }}
.rule {{ stroke: #999; stroke-dasharray: 2 4; }}
</style>
<defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#111"/></marker></defs>
<rect width="100%" height="100%" fill="white"/>"##,
        escape(title)
    );
    text(&mut out, CELL_W, 0, "title", title);
    let _ = writeln!(
        out,
        r#"<g transform="translate({CELL_W:.0} {:.0})">"#,
        py(top)
    );
    if let Some(((x0, y0), (x1, y1))) = g.rule {
        let ((ax, ay), (bx, by)) = (centre(x0, y0), centre(x1, y1));
        let _ = writeln!(
            out,
            r#"<line class="rule" x1="{ax:.1}" y1="{ay:.1}" x2="{bx:.1}" y2="{by:.1}"/>"#
        );
    }
    for (i, link) in g.links.iter().enumerate() {
        let mark = marks.links.get(i).copied().unwrap_or_default();
        let (w, dash) = stroke(mark);
        let mut points = String::new();
        for (k, &(x, y)) in link.points.iter().enumerate() {
            // The arrow starts at the lower court's top edge and ends at the higher court's bottom edge.
            let (cx, mut cy) = centre(x, y);
            if k == 0 || k + 1 == link.points.len() {
                cy = py(y);
            }
            let _ = write!(points, "{cx:.1},{cy:.1} ");
        }
        let _ = writeln!(
            out,
            r#"<polyline class="line" stroke-width="{w}"{dash} marker-end="url(#head)" points="{}"/>"#,
            points.trim_end()
        );
    }
    for edge in &g.edges {
        let mut points = String::new();
        for (k, &(x, y)) in edge.points.iter().enumerate() {
            // The arrowhead ends at the edge of the box it points into.
            let (mut cx, cy) = centre(x, y);
            if k + 1 == edge.points.len() {
                cx = if edge.head_right { px(x + 1) } else { px(x) };
            }
            let _ = write!(points, "{cx:.1},{cy:.1} ");
        }
        let _ = writeln!(
            out,
            r#"<polyline class="line" stroke-width="1" marker-end="url(#head)" points="{}"/>"#,
            points.trim_end()
        );
        if let Some((x, y, label)) = &edge.label {
            let w = unicode_width::UnicodeWidthStr::width(label.as_str()) as u16;
            let _ = writeln!(
                out,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="white"/>"#,
                px(*x),
                py(*y) + 2.0,
                px(w),
                CELL_H - 4.0
            );
            text(&mut out, px(*x), *y, "note", label);
        }
    }
    for stub in &g.stubs {
        let travelled = marks.stub_travelled(stub.source);
        let w = if travelled { 2.5 } else { 1.0 };
        let (from, to) = if stub.inward {
            (stub.line.1, stub.line.0)
        } else {
            (stub.line.0, stub.line.1)
        };
        let ((ax, ay), (mut bx, by)) = (centre(from, stub.y), centre(to, stub.y));
        // Inward arrows end at the box's edge.
        if stub.inward {
            bx = if stub.side == Side::Left {
                px(to + 1)
            } else {
                px(to)
            };
        }
        let _ = writeln!(
            out,
            r#"<line class="line" stroke-width="{w}" marker-end="url(#head)" x1="{ax:.1}" y1="{ay:.1}" x2="{bx:.1}" y2="{by:.1}"/>"#
        );
        text(&mut out, px(stub.label_x), stub.y, "stub", &stub.label);
    }
    for b in &g.boxes {
        let mark = marks.boxes.get(b.node).copied().unwrap_or_default();
        let (w, dash) = stroke(mark);
        let r = b.rect;
        let _ = writeln!(
            out,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="3" fill="white" stroke="#111" stroke-width="{w}"{dash}/>"##,
            px(r.x) + CELL_W / 2.0,
            py(r.y) + CELL_H / 2.0,
            px(r.width.saturating_sub(1)),
            py(r.height.saturating_sub(1)),
        );
        let symbol = mark.symbol();
        let name = if symbol == ' ' {
            b.label.clone()
        } else {
            format!("{symbol} {}", b.label)
        };
        let room = r.width.saturating_sub(4) as usize;
        text(
            &mut out,
            px(r.x + 2),
            r.y + 1,
            "name",
            &truncate(&name, room),
        );
        for (k, line) in b.lines.iter().enumerate() {
            if 2 + (k as u16) < r.height.saturating_sub(1) {
                let line = truncate(line, room);
                text(&mut out, px(r.x + 2), r.y + 2 + k as u16, "role", &line);
            }
        }
    }
    for note in &g.notes {
        let class = match note.kind {
            NoteKind::Heading | NoteKind::Lane => "heading",
            NoteKind::Appeal => "note",
        };
        text(&mut out, px(note.x), note.y, class, &note.text);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(
            escape("Courts <of> \"A\" & 'B'\u{1}"),
            "Courts &lt;of&gt; &quot;A&quot; &amp; &apos;B&apos; "
        );
    }
}
