//! A pane's frame: a border on every side in the terminal's character set, titles on the top and bottom rows,
//! drawn cell for cell as ratatui's `Block` draws them (the tests compare the two) but without `Block`'s first
//! pass, which restyles every cell inside the frame with the block's style: a frame has no style of its own, so
//! that pass changes nothing, and on a full screen it was a twentieth of a frame's work.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// Which border a title sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edge {
    Top,
    Bottom,
}

/// A frame to draw; made by `ui::bordered`.
#[derive(Debug, Clone)]
pub struct Framed<'a> {
    set: border::Set<'static>,
    border_style: Style,
    titles: Vec<(Edge, Line<'a>)>,
}

impl<'a> Framed<'a> {
    pub fn new(set: border::Set<'static>) -> Framed<'a> {
        Framed {
            set,
            border_style: Style::new(),
            titles: Vec::new(),
        }
    }

    pub fn border_style(mut self, style: impl Into<Style>) -> Framed<'a> {
        self.border_style = style.into();
        self
    }

    /// A title on the top border, after those given before.
    pub fn title(mut self, title: impl Into<Line<'a>>) -> Framed<'a> {
        self.titles.push((Edge::Top, title.into()));
        self
    }

    /// A title on the bottom border, after those given before.
    pub fn title_bottom(mut self, title: impl Into<Line<'a>>) -> Framed<'a> {
        self.titles.push((Edge::Bottom, title.into()));
        self
    }

    fn sides(&self, area: Rect, buf: &mut Buffer) {
        let (left, top) = (area.left(), area.top());
        let (right, bottom) = (area.right() - 1, area.bottom() - 1);
        let set = &self.set;
        for y in top..=bottom {
            self.put(buf, left, y, set.vertical_left);
        }
        for x in left..=right {
            self.put(buf, x, top, set.horizontal_top);
        }
        for y in top..=bottom {
            self.put(buf, right, y, set.vertical_right);
        }
        for x in left..=right {
            self.put(buf, x, bottom, set.horizontal_bottom);
        }
        // The corners last, over the sides, in `Block`'s order (it matters where the frame is one cell wide).
        self.put(buf, right, bottom, set.bottom_right);
        self.put(buf, right, top, set.top_right);
        self.put(buf, left, bottom, set.bottom_left);
        self.put(buf, left, top, set.top_left);
    }

    fn put(&self, buf: &mut Buffer, x: u16, y: u16, symbol: &str) {
        buf[(x, y)].set_symbol(symbol).set_style(self.border_style);
    }

    /// The titles of `edge` aligned as `alignment`, as `Block` places them.
    fn titles(
        &self,
        edge: Edge,
        alignment: Alignment,
    ) -> impl DoubleEndedIterator<Item = &Line<'a>> {
        self.titles
            .iter()
            .filter(move |(e, line)| {
                *e == edge && line.alignment.unwrap_or(Alignment::Left) == alignment
            })
            .map(|(_, line)| line)
    }

    fn draw_titles(&self, area: Rect, edge: Edge, buf: &mut Buffer) {
        let row = Rect {
            x: area.left().saturating_add(1),
            y: match edge {
                Edge::Top => area.top(),
                Edge::Bottom => area.bottom().saturating_sub(1),
            },
            width: area.width.saturating_sub(2),
            height: 1,
        };
        let width = |line: &Line| line.width().min(usize::from(u16::MAX)) as u16;
        let mut left = row;
        for title in self.titles(edge, Alignment::Left) {
            if left.is_empty() {
                break;
            }
            let w = width(title);
            title.render(
                Rect {
                    width: w.min(left.width),
                    ..left
                },
                buf,
            );
            let advance = w.saturating_add(1);
            left.x = left.x.saturating_add(advance);
            left.width = left.width.saturating_sub(advance);
        }
        let mut right = row;
        for title in self.titles(edge, Alignment::Right).rev() {
            if right.is_empty() {
                break;
            }
            let w = width(title);
            let at = Rect {
                x: right.right().saturating_sub(w).max(right.left()),
                width: w.min(right.width),
                ..right
            };
            title.render(at, buf);
            right.width = right.width.saturating_sub(w).saturating_sub(1);
        }
    }
}

impl Widget for Framed<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        // Centred titles are drawn by `Block` itself; no pane has one.
        if self
            .titles
            .iter()
            .any(|(_, l)| l.alignment == Some(Alignment::Center))
        {
            return self.block().render(area, buf);
        }
        self.sides(area, buf);
        self.draw_titles(area, Edge::Top, buf);
        self.draw_titles(area, Edge::Bottom, buf);
    }
}

impl<'a> Framed<'a> {
    /// The same frame as ratatui's `Block`.
    pub fn block(&self) -> ratatui::widgets::Block<'a> {
        let mut block = ratatui::widgets::Block::bordered()
            .border_set(self.set)
            .border_style(self.border_style);
        for (edge, line) in &self.titles {
            block = match edge {
                Edge::Top => block.title_top(line.clone()),
                Edge::Bottom => block.title_bottom(line.clone()),
            };
        }
        block
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;

    fn frames() -> Vec<Framed<'static>> {
        let styled = Line::from(vec![
            Span::styled(" Пала", Style::new().fg(Color::Yellow)),
            Span::raw("та — long title "),
        ]);
        vec![
            Framed::new(border::PLAIN),
            Framed::new(border::ROUNDED)
                .border_style(Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD))
                .title(" Executive ")
                .title_bottom(Line::from(" 3/40 ").right_aligned()),
            Framed::new(border::DOUBLE)
                .title(styled.clone())
                .title(" two ")
                .title_bottom(Line::from("left"))
                .title_bottom(Line::from(" a ").right_aligned())
                .title_bottom(Line::from(" b wider ").right_aligned()),
            Framed::new(border::PLAIN)
                .border_style(Style::new().bg(Color::Blue))
                .title(styled.right_aligned())
                .title_bottom("世界 wide"),
        ]
    }

    #[test]
    fn a_frame_is_drawn_as_block_draws_it() {
        let screen = Rect::new(0, 0, 30, 8);
        for frame in frames() {
            for area in [
                Rect::new(0, 0, 30, 8),
                Rect::new(2, 1, 20, 5),
                Rect::new(5, 2, 9, 3),
                Rect::new(3, 3, 1, 1),
                Rect::new(3, 3, 1, 4),
                Rect::new(3, 3, 6, 1),
                Rect::new(25, 6, 10, 10),
                Rect::new(3, 3, 0, 4),
            ] {
                let mut theirs = Buffer::empty(screen);
                let mut ours = Buffer::empty(screen);
                // Something beneath, so a cell either draw leaves alone shows.
                for buf in [&mut theirs, &mut ours] {
                    buf.set_string(0, 4, "x".repeat(30), Style::new().fg(Color::Red));
                }
                frame.block().render(area, &mut theirs);
                frame.clone().render(area, &mut ours);
                assert_eq!(theirs, ours, "{frame:?} in {area:?}");
            }
        }
    }
}
