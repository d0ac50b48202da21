//! The membership table, filtered by what the user typed after `/`.

use super::{Filter, Page};
use crate::model::Membership;
use crate::text::fit;
use ratatui::text::{Line, Span};

/// Whether a membership matches the filter (case-insensitive, any column).
pub fn matches(m: &Membership, filter: &str) -> bool {
    if filter.is_empty() {
        return true;
    }
    let needle = filter.to_lowercase();
    [&m.acronym, &m.name, &m.category, &m.status]
        .iter()
        .any(|field| field.to_lowercase().contains(&needle))
}

pub fn build(page: &mut Page, filter: Filter) {
    let (model, w) = (page.model, page.w);
    let theme = page.theme;
    let all = &model.data.memberships;
    let shown: Vec<&Membership> = all.iter().filter(|m| matches(m, filter.text)).collect();
    page.title(w.international_organizations);
    let cursor = if filter.typing { "▏" } else { "" };
    let filter_line = if filter.text.is_empty() && !filter.typing {
        (w.shown_of)(shown.len(), all.len())
    } else {
        (w.filter_shown_of)(filter.text, cursor, shown.len(), all.len())
    };
    page.lines.push(Line::styled(
        filter_line,
        if filter.typing { theme.key } else { theme.dim },
    ));

    // Columns: acronym, status, category, then the full name takes what is left.
    let (acronym_w, status_w) = (9, 10);
    let category_w = if page.width >= 80 { 24 } else { 0 };
    let name_w = page.width.saturating_sub(acronym_w + status_w + category_w);
    let row = |a: &str, n: &str, c: &str, s: &str| {
        let mut text = fit(a, acronym_w) + &fit(n, name_w.saturating_sub(1)) + " ";
        if category_w > 0 {
            text += &fit(c, category_w);
        }
        text + &fit(s, status_w)
    };
    page.lines.push(Line::styled(
        row(w.acronym, w.full_name, w.category, w.status),
        theme.heading,
    ));
    for m in &shown {
        let status = if m.superseded.is_some() {
            format!("{}*", m.status)
        } else {
            m.status.clone()
        };
        page.lines.push(Line::from(Span::styled(
            row(&m.acronym, &m.name, &m.category, &status),
            theme.text,
        )));
        if category_w == 0 {
            page.lines.push(Line::styled(
                format!("{}{}", " ".repeat(acronym_w), m.category),
                theme.dim,
            ));
        }
        if let Some(note) = &m.note {
            page.lines.push(Line::styled(
                format!("{}↳ {note}", " ".repeat(acronym_w)),
                theme.dim,
            ));
        }
    }
    if shown.is_empty() {
        page.dim(w.no_organization_matches);
    }
    let superseded: Vec<&&Membership> = shown.iter().filter(|m| m.superseded.is_some()).collect();
    if !superseded.is_empty() {
        page.blank();
        for m in superseded {
            if let Some(s) = &m.superseded {
                let text = (w.superseded_item)(&m.acronym, &s.by, &s.from);
                page.cited("", &text, &s.source, &s.from);
            }
        }
    }
    if let Some(first) = all.first() {
        page.blank();
        page.dim(&(w.statuses_as_listed)(
            &page.citation(&first.source, &first.as_of),
        ));
    }
}
