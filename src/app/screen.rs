//! Where things go on screen. Pure functions of the window size and state: the update side hit-tests the mouse
//! with them and the drawing side draws into the same areas.

use super::App;
use super::tab::{self, Tab};
use crate::strings::Strings;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

/// Below this size the app asks for a larger window instead of drawing.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 12;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The regions of the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub tabs: Rect,
    /// The list pane with its border; absent while details fill the screen.
    pub list: Option<Rect>,
    /// The content pane with its border.
    pub content: Rect,
    pub status: Rect,
    pub hints: Rect,
}

impl Areas {
    pub fn new(area: Rect, detail_open: bool) -> Areas {
        let row = |y: u16, height: u16| Rect {
            x: area.x,
            y,
            width: area.width,
            height,
        };
        let tabs = row(area.y, 1);
        let hints = row(area.bottom().saturating_sub(1), 1);
        let status = row(area.bottom().saturating_sub(2), 1);
        let body = row(area.y + 1, area.height.saturating_sub(3));
        if detail_open {
            return Areas {
                tabs,
                list: None,
                content: body,
                status,
                hints,
            };
        }
        let list_width = (body.width / 3).clamp(18, 30).min(body.width);
        let list = Rect {
            width: list_width,
            ..body
        };
        let content = Rect {
            x: body.x + list_width,
            width: body.width - list_width,
            ..body
        };
        Areas {
            tabs,
            list: Some(list),
            content,
            status,
            hints,
        }
    }
}

/// The inside of a bordered pane.
pub fn inner(pane: Rect) -> Rect {
    Rect {
        x: pane.x.saturating_add(1),
        y: pane.y.saturating_add(1),
        width: pane.width.saturating_sub(2),
        height: pane.height.saturating_sub(2),
    }
}

/// The first list row shown, so that `selected` stays visible in `height` rows.
pub fn list_offset(selected: usize, height: usize) -> usize {
    (selected + 1).saturating_sub(height.max(1))
}

/// Each tab's label and the columns it covers in the tab bar, fitted to `width`.
pub fn tab_labels(width: u16, current: Tab, w: &'static Strings) -> Vec<(String, u16, u16)> {
    const GAP: u16 = 1;
    let fitted = |label: &dyn Fn(Tab) -> String| -> Option<Vec<(String, u16, u16)>> {
        let mut x = 0u16;
        let mut out = Vec::new();
        for tab in Tab::ALL {
            let text = label(tab);
            let w = text.width() as u16;
            if x + w > width {
                return None;
            }
            out.push((text, x, x + w));
            x += w + GAP;
        }
        Some(out)
    };
    // A tab past the ninth has no digit key, so its label has no number.
    let numbered = |tab: Tab, title: &str| match tab::digit(tab) {
        Some(digit) => format!(" {digit} {title} "),
        None => format!(" {title} "),
    };
    fitted(&|t| numbered(t, t.title(w)))
        .or_else(|| fitted(&|t| numbered(t, t.short_title(w))))
        .or_else(|| {
            fitted(&|t| match tab::digit(t) {
                Some(digit) if t != current => format!(" {digit} "),
                _ => numbered(t, t.short_title(w)),
            })
        })
        .unwrap_or_default()
}

/// The help overlay's rectangle on a screen of `area`.
pub fn help_popup(area: Rect) -> Rect {
    centred_popup(area, 56, 1, 1)
}

/// A pop-up centred across `area`, at most `max_width` wide with two columns clear either side, `top` rows
/// below its top edge and `bottom` rows above its bottom edge.
pub fn centred_popup(area: Rect, max_width: u16, top: u16, bottom: u16) -> Rect {
    let width = area.width.saturating_sub(4).min(max_width);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + top.min(area.height),
        width,
        height: area.height.saturating_sub(top + bottom),
    }
}

impl App {
    /// The whole window.
    pub fn window(&self) -> Rect {
        Rect::new(0, 0, self.state.size.0, self.state.size.1)
    }

    /// The part of the window the tabs, pages and diagram get: all of it but a tour's panel and presenter
    /// mode's headline (`bands`).
    pub fn screen(&self) -> Rect {
        self.bands().main
    }

    /// The regions of the screen as it is now.
    pub fn areas(&self) -> Areas {
        Areas::new(self.screen(), self.state.view().open)
    }

    /// The inside of the content pane, where a page or the diagram goes; none when the window is too small.
    pub fn content_area(&self) -> Option<Rect> {
        let screen = self.screen();
        (!too_small(screen)).then(|| inner(self.areas().content))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_labels_fit_every_width() {
        for width in [0u16, 1, 20, 50, 80, 120] {
            let labels = tab_labels(width, Tab::Judicial, &crate::strings::EN);
            assert!(
                labels.iter().all(|(_, _, end)| *end <= width),
                "width {width}"
            );
        }
        assert_eq!(
            tab_labels(200, Tab::Overview, &crate::strings::EN)[0].0,
            " 1 Overview "
        );
    }

    #[test]
    fn list_offset_keeps_selection_visible() {
        assert_eq!(list_offset(0, 5), 0);
        assert_eq!(list_offset(4, 5), 0);
        assert_eq!(list_offset(7, 5), 3);
        assert_eq!(list_offset(3, 0), 3);
    }
}
