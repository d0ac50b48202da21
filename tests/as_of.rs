//! The app as of a chosen date: every tab and the court diagram at the article's date, in 2023 and today, the
//! time keys at the ends of the timeline, selections kept in range, and help listing the keys.

mod support;

use polity::app::{Action, App, Entry, Tab, TimeAction};
use polity::model::Date;
use support::{app, render, screen_text, shipped};

/// The three dates the snapshots show: the article's, mid-2023 and the newest.
fn dates(app: &App) -> [(&'static str, usize); 3] {
    let t = &app.timeline;
    let mid_2023 = Date::parse("2023-07-01").expect("a date");
    [
        ("article", t.base_index().expect("the article's date")),
        ("2023", t.index_on(&mid_2023).expect("a change by 2023")),
        ("newest", t.newest()),
    ]
}

fn text(app: &App) -> String {
    screen_text(&render(app))
}

#[test]
fn every_tab_at_three_dates_at_80x24() {
    let model = shipped();
    let probe = app(model.clone(), 80, 24);
    for (name, index) in dates(&probe) {
        for tab in Tab::ALL {
            let mut app = app(model.clone(), 80, 24);
            app.set_date(index);
            app.update(Action::GoToTab(tab.index()));
            let snapshot = format!(
                "as_of_{name}_tab_{}_{}_80x24",
                tab.index() + 1,
                tab.title(&polity::strings::EN).to_lowercase()
            );
            insta::assert_snapshot!(snapshot, render(&app).backend());
        }
    }
}

#[test]
fn the_court_diagram_at_three_dates() {
    let model = shipped();
    let probe = app(model.clone(), 80, 24);
    for (name, index) in dates(&probe) {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut app = app(model.clone(), w, h);
            app.set_date(index);
            app.update(Action::GoToTab(Tab::Judicial.index()));
            assert_eq!(app.state.entry(&app.model), Some(Entry::CourtDiagram));
            app.update(Action::Open);
            insta::assert_snapshot!(
                format!("as_of_{name}_courts_{w}x{h}"),
                render(&app).backend()
            );
        }
    }
}

#[test]
fn the_date_is_always_on_screen_and_says_when_it_is_not_today() {
    let model = shipped();
    for (w, h) in [(50, 12), (80, 24), (120, 40), (200, 60)] {
        let mut app = app(model.clone(), w, h);
        let newest = app.as_of().expect("dated").to_string();
        assert!(text(&app).contains(&format!("as of {newest}")), "{w}x{h}");
        assert!(!text(&app).contains("not today"));
        app.update(Action::Time(TimeAction::Article));
        let article = app.as_of().expect("dated").to_string();
        assert!(
            text(&app).contains(&format!("as of {article} · not today")),
            "{w}x{h}:\n{}",
            text(&app)
        );
        // Inside details and in the timeline too.
        app.update(Action::Open);
        assert!(text(&app).contains("not today"));
        app.update(Action::Time(TimeAction::OpenTimeline));
        assert!(text(&app).contains("not today"));
    }
}

#[test]
fn the_ends_of_the_timeline_change_nothing() {
    let mut app = app(shipped(), 80, 24);
    assert!(app.at_newest());
    assert!(!app.update(Action::Time(TimeAction::Next)));
    assert!(!app.update(Action::Time(TimeAction::Newest)));
    app.set_date(0);
    assert!(!app.update(Action::Time(TimeAction::Previous)));
    assert!(app.update(Action::Time(TimeAction::Next)));
    assert_eq!(app.state.time.date, 1);
    assert!(app.update(Action::Time(TimeAction::Newest)));
    assert!(app.at_newest());
}

#[test]
fn a_selection_past_the_end_after_a_date_change_is_clamped() {
    let mut app = app(shipped(), 80, 24);
    app.set_date(app.timeline.base_index().expect("the article's date"));
    app.update(Action::GoToTab(Tab::Legislative.index()));
    app.update(Action::End);
    for _ in 0..20 {
        app.update(Action::Down);
    }
    let before = polity::app::entries::entries(&app.model, Tab::Legislative).len();
    assert!(before > 1);
    assert_eq!(app.state.view().selected, before - 1);
    app.update(Action::Time(TimeAction::Newest));
    let after = polity::app::entries::entries(&app.model, Tab::Legislative).len();
    assert!(app.state.view().selected < after, "{after} entries");
    assert!(app.state.entry(&app.model).is_some());
    render(&app);
}

#[test]
fn an_item_that_still_exists_stays_selected() {
    let mut app = app(shipped(), 80, 24);
    app.update(Action::GoToTab(Tab::Executive.index()));
    let id = |app: &App| match app.state.entry(&app.model) {
        Some(Entry::Body(i)) => app.model.data.bodies[i].id.clone(),
        other => panic!("{other:?}"),
    };
    let before = id(&app);
    app.update(Action::Time(TimeAction::Article));
    assert_eq!(id(&app), before);
}

#[test]
fn the_diagram_focus_and_case_are_dropped_when_gone() {
    let mut app = app(shipped(), 120, 40);
    app.update(Action::GoToTab(Tab::Judicial.index()));
    app.update(Action::Open);
    let last_box = app
        .diagram_layout()
        .expect("the diagram is on screen")
        .focus_order()
        .last()
        .copied()
        .expect("boxes");
    app.state.diagram.focus = Some(last_box);
    let scenario = app.model.data.scenarios.len() - 1;
    app.state.diagram.walk = Some(polity::app::Walk {
        scenario,
        step: app.model.data.scenarios[scenario].steps.len() - 1,
    });
    for index in (0..app.timeline.len()).rev() {
        app.set_date(index);
        let d = &app.state.diagram;
        if let Some(focus) = d.focus {
            assert!(focus < app.model.data.bodies.len());
        }
        if let Some(walk) = d.walk {
            let steps = app.model.data.scenarios[walk.scenario].steps.len();
            assert!(walk.step < steps);
        }
        render(&app);
    }
}

#[test]
fn help_lists_the_time_keys() {
    let mut app = app(shipped(), 80, 60);
    app.update(Action::ToggleHelp);
    let mut all = String::new();
    for _ in 0..10 {
        all.push_str(&text(&app));
        app.update(Action::PageDown);
        for _ in 0..40 {
            app.update(Action::Down);
        }
    }
    for expected in [
        "[",
        "previous change (earlier date)",
        "]",
        "next change (later date)",
        "the article's date",
        "the newest date",
        "timeline of events",
        "In the timeline",
        "go to that date and body",
    ] {
        assert!(all.contains(expected), "help lacks {expected:?}:\n{all}");
    }
}

#[test]
fn the_timeline_lists_events_and_enter_goes_to_the_date_and_body() {
    let mut app = app(shipped(), 120, 40);
    app.update(Action::Time(TimeAction::OpenTimeline));
    let screen = text(&app);
    assert!(screen.contains("Timeline"), "{screen}");
    let events = app.timeline.full().data.events.len();
    assert!(events > 2);
    // Down past the end stays on the last event.
    for _ in 0..events + 3 {
        app.update(Action::Time(TimeAction::TimelineDown));
    }
    assert_eq!(app.state.time.timeline, Some(events - 1));
    app.update(Action::Time(TimeAction::TimelineUp));
    app.update(Action::Time(TimeAction::TimelineJump));
    assert_eq!(app.state.time.timeline, None);
    render(&app);
    // Back to the first event: its date is the oldest.
    app.update(Action::Time(TimeAction::OpenTimeline));
    app.update(Action::Time(TimeAction::TimelineJump));
    let order = polity::app::time::events_in_order(app.timeline.full());
    let first = &app.timeline.full().data.events[order[0]];
    let date = Date::parse(&first.date).expect("a date");
    assert_eq!(app.timeline.index_on(&date), Some(app.state.time.date));
    if let Some(id) = first.bodies.first()
        && let Some(Entry::Body(i)) = app.state.entry(&app.model)
    {
        assert!(first.bodies.contains(&app.model.data.bodies[i].id), "{id}");
    }
}

#[test]
fn a_replaced_body_says_since_when_and_what_came_before() {
    let mut app = app(shipped(), 120, 40);
    app.update(Action::GoToTab(Tab::Judicial.index()));
    let court = app
        .model
        .data
        .bodies
        .iter()
        .position(|b| !b.replaces.is_empty() && b.branch == polity::model::Branch::Judicial)
        .expect("a court that replaced another");
    let row = polity::app::entries::entries(&app.model, Tab::Judicial)
        .iter()
        .position(|&e| e == Entry::Body(court))
        .expect("listed");
    for _ in 0..row {
        app.update(Action::Down);
    }
    app.update(Action::Open);
    let screen = text(&app);
    assert!(screen.contains("Δ since "), "{screen}");
    assert!(screen.contains("before it: "), "{screen}");
}

#[test]
fn a_body_abolished_later_says_so_at_the_article_date() {
    let mut app = app(shipped(), 120, 40);
    app.update(Action::Time(TimeAction::Article));
    app.update(Action::GoToTab(Tab::Legislative.index()));
    let mut seen = String::new();
    let count = polity::app::entries::entries(&app.model, Tab::Legislative).len();
    for _ in 0..count {
        seen.push_str(&text(&app));
        app.update(Action::Down);
    }
    assert!(seen.contains("✝ abolished "), "{seen}");
    assert!(seen.contains(": replaced by "), "{seen}");
}

#[test]
fn an_undated_dataset_has_no_date_and_the_keys_do_nothing() {
    let mut app = app(support::fixture("minimal.ron"), 80, 24);
    assert_eq!(app.as_of(), None);
    for action in [
        TimeAction::Previous,
        TimeAction::Next,
        TimeAction::Article,
        TimeAction::Newest,
    ] {
        assert!(!app.update(Action::Time(action)));
    }
    assert!(!text(&app).contains("as of 1"));
}

#[test]
fn a_chamber_that_shrank_says_what_it_was() {
    let mut app = app(shipped(), 120, 40);
    let probe = dates(&app);
    app.set_date(probe[1].1);
    app.update(Action::GoToTab(Tab::Legislative.index()));
    let mut seen = String::new();
    let count = polity::app::entries::entries(&app.model, Tab::Legislative).len();
    for _ in 0..count {
        seen.push_str(&text(&app));
        app.update(Action::Down);
    }
    assert!(
        seen.contains("Δ changed: 98 seats (107 until 2023-03-19)"),
        "{seen}"
    );
}

#[test]
fn the_timeline_view_at_80x24() {
    let mut app = app(shipped(), 80, 24);
    app.update(Action::Time(TimeAction::OpenTimeline));
    for _ in 0..3 {
        app.update(Action::Time(TimeAction::TimelineDown));
    }
    insta::assert_snapshot!("as_of_timeline_80x24", render(&app).backend());
}

/// Every line of the selected entry's page, however long, at `width` columns.
fn page_text(app: &App, width: usize) -> String {
    let entry = app.state.entry(&app.model).expect("an entry");
    app.page(entry, width)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn elections_show_corrections_referendums_and_called_votes() {
    let mut app = app(shipped(), 120, 40);
    app.update(Action::GoToTab(Tab::Elections.index()));
    let mut pages = String::new();
    for _ in 0..app.model.data.elections.len() {
        pages.push_str(&page_text(&app, 100));
        app.update(Action::Down);
    }
    for expected in [
        "The article says",
        "In fact:",
        "70.96%",
        "Question: ",
        "Yes",
        "87.15%",
        "Turnout: 73.12%",
        "results not yet known",
        "Results by party",
    ] {
        assert!(pages.contains(expected), "no {expected:?} in:\n{pages}");
    }
}
