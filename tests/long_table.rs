//! A membership table of 5,000 rows: it scrolls to its end and back, and every screen shows exactly the lines of
//! the whole table at that scroll, although only the rows on screen are formatted.

mod support;

use polity::app::{Action, Entry, Tab};
use polity::model::{Membership, Model};
use polity::pages::Filter;
use std::sync::Arc;
use support::{app, render, screen_text, shipped};

const ROWS: usize = 5_000;

/// The shipped data with its memberships repeated to 5,000 rows, one in seven with a note.
fn long_table() -> Arc<Model> {
    let mut data = shipped().data.clone();
    let originals: Vec<Membership> = data.memberships.clone();
    data.memberships = (0..ROWS)
        .map(|i| {
            let mut m = originals[i % originals.len()].clone();
            m.acronym = format!("M{i}").into();
            if i % 7 == 0 {
                m.note = Some(format!("note {i}").into());
            }
            m
        })
        .collect();
    Arc::new(Model::new(data).expect("the long table is valid"))
}

/// The content pane's rows on screen, as text.
fn pane_rows(app: &polity::app::App) -> Vec<String> {
    let inside = app.content_area().expect("a content pane");
    let screen = screen_text(&render(app));
    let rows: Vec<&str> = screen.lines().collect();
    (inside.y..inside.bottom())
        .map(|y| {
            let row: String = rows[y as usize]
                .chars()
                .skip(inside.x as usize)
                .take(inside.width as usize)
                .collect();
            row.trim_end().to_string()
        })
        .collect()
}

/// The whole table's lines at `scroll`, as text, for the pane's size.
fn whole_table_rows(app: &polity::app::App, scroll: usize) -> Vec<String> {
    let inside = app.content_area().expect("a content pane");
    let lines = polity::pages::memberships(
        &app.model,
        &app.theme,
        app.strings,
        inside.width as usize,
        Filter::default(),
    );
    assert!(lines.len() > ROWS, "every row is in the table");
    (0..inside.height as usize)
        .map(|row| {
            lines.get(scroll + row).map_or(String::new(), |line| {
                let text: String = line
                    .spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
                    .chars()
                    .take(inside.width as usize)
                    .collect();
                text.trim_end().to_string()
            })
        })
        .collect()
}

#[test]
fn a_five_thousand_row_table_scrolls_to_its_end_and_back() {
    let model = long_table();
    for (width, height) in [(80, 24), (120, 40)] {
        let mut app = app(model.clone(), width, height);
        app.update(Action::GoToTab(Tab::International.index()));
        assert_eq!(app.state.entry(&app.model), Some(Entry::Memberships));
        app.update(Action::Open);
        assert_eq!(
            pane_rows(&app),
            whole_table_rows(&app, 0),
            "{width}x{height} top"
        );

        app.update(Action::End);
        let bottom = app.state.view().scroll;
        assert_eq!(bottom, app.max_scroll());
        assert!(bottom > ROWS, "{width}x{height}: the end is past every row");
        assert_eq!(
            pane_rows(&app),
            whole_table_rows(&app, bottom),
            "{width}x{height} end"
        );

        // One step back from the end, then a page, each the same lines as the whole table there.
        app.update(Action::Up);
        assert_eq!(app.state.view().scroll, bottom - 1);
        assert_eq!(pane_rows(&app), whole_table_rows(&app, bottom - 1));
        app.update(Action::PageUp);
        let scroll = app.state.view().scroll;
        assert!(scroll < bottom - 1);
        assert_eq!(pane_rows(&app), whole_table_rows(&app, scroll));
        // A step past the end changes nothing.
        app.update(Action::End);
        assert!(!app.update(Action::Down), "already at the end");

        app.update(Action::Home);
        assert_eq!(app.state.view().scroll, 0);
        assert_eq!(
            pane_rows(&app),
            whole_table_rows(&app, 0),
            "{width}x{height} back at the top"
        );
    }
}
