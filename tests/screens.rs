//! Every tab rendered at the sizes students and classrooms use, as insta snapshots, plus what styles mean.

mod support;

use polity::app::{Action, Tab};
use ratatui::style::Modifier;
use support::{app, render, screen_text, shipped};

fn snapshot_every_tab(width: u16, height: u16) {
    let model = shipped();
    for tab in Tab::ALL {
        let mut app = app(model.clone(), width, height);
        app.update(Action::GoToTab(tab.index()));
        let terminal = render(&app);
        let name = format!(
            "tab_{}_{}_{width}x{height}",
            tab.index() + 1,
            tab.title(&polity::strings::EN).to_lowercase()
        );
        insta::assert_snapshot!(name, terminal.backend());
    }
}

#[test]
fn every_tab_at_80x24() {
    snapshot_every_tab(80, 24);
}

#[test]
fn every_tab_at_120x40() {
    snapshot_every_tab(120, 40);
}

#[test]
fn details_help_and_filter_at_80x24() {
    let model = shipped();
    let mut app = app(model.clone(), 80, 24);
    app.update(Action::GoToTab(Tab::Legislative.index()));
    app.update(Action::Down);
    app.update(Action::Open);
    insta::assert_snapshot!("legislative_detail_80x24", render(&app).backend());

    let mut app = support::app(model.clone(), 80, 24);
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!("help_80x24", render(&app).backend());

    let mut app = support::app(model, 80, 24);
    app.update(Action::GoToTab(Tab::International.index()));
    app.update(Action::StartFilter);
    for c in "bank".chars() {
        app.update(Action::FilterChar(c));
    }
    insta::assert_snapshot!("international_filter_bank_80x24", render(&app).backend());
}

#[test]
fn small_windows_ask_for_more_room_and_no_size_panics() {
    let model = shipped();
    for (width, height) in [
        (0, 0),
        (1, 1),
        (0, 24),
        (80, 0),
        (10, 3),
        (49, 24),
        (80, 11),
        (50, 12),
        (400, 150),
    ] {
        for tab in Tab::ALL {
            let mut app = app(model.clone(), width, height);
            app.update(Action::GoToTab(tab.index()));
            app.update(Action::ToggleHelp);
            render(&app);
            app.update(Action::ToggleHelp);
            app.update(Action::Open);
            app.update(Action::End);
            render(&app);
        }
    }
    let text = screen_text(&render(&app(model, 40, 10)));
    assert!(text.contains("please make it larger"), "{text}");
}

#[test]
fn the_current_tab_is_marked_by_more_than_colour() {
    let mut app = app(shipped(), 80, 24);
    app.update(Action::GoToTab(Tab::Judicial.index()));
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let row: String = (0..80)
        .map(|x| buffer[(x, 0)].symbol().to_string())
        .collect();
    let start = row.find("4 Judicial").expect("tab label") as u16;
    assert!(buffer[(start, 0)].modifier.contains(Modifier::REVERSED));
    let other = row.find("1 Overview").expect("tab label") as u16;
    assert!(!buffer[(other, 0)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn another_country_with_wide_characters_lines_up() {
    let model = support::fixture("ruritania.ron");
    for tab in [Tab::Overview, Tab::Legislative, Tab::Elections] {
        let mut app = app(model.clone(), 80, 24);
        app.update(Action::GoToTab(tab.index()));
        app.update(Action::Open);
        let name = format!(
            "ruritania_{}_80x24",
            tab.title(&polity::strings::EN).to_lowercase()
        );
        insta::assert_snapshot!(name, render(&app).backend());
    }
}
