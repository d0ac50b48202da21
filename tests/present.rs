//! Presenter mode: the headline figure in large type where it fits (bold text where it does not), the page's
//! headline lines only, the "as of" date in view, and P to switch it.

mod support;

use polity::app::{Action, App, Tab};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use support::{app, render, screen_text, shipped};

fn presenting(tab: Tab, width: u16, height: u16) -> App {
    let mut app = app(shipped(), width, height);
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char('P'),
        KeyModifiers::SHIFT,
    )));
    assert!(app.state.present.on);
    app.update(Action::GoToTab(tab.index()));
    app
}

#[test]
fn legislative_and_elections_in_presenter_mode() {
    for (width, height) in [(80, 24), (120, 40)] {
        for (tab, figure, caption) in [
            (Tab::Legislative, "145", "seats · Kurultai"),
            (Tab::Elections, "70.96%", "Kassym-Jomart Tokayev"),
        ] {
            let app = presenting(tab, width, height);
            let headline = app.headline().expect("a headline");
            assert_eq!(headline.figure, figure);
            assert!(headline.caption.contains(caption), "{headline:?}");
            let bands = app.bands();
            let band = bands.headline.expect("the headline has room");
            let terminal = render(&app);
            let text = screen_text(&terminal);
            let top: String = text.lines().take(band.height as usize).collect();
            assert!(top.contains("as of 2026-08-23"), "{top}");
            if width == 80 {
                // Large type does not fit 24 rows: the figure is bold text.
                assert_eq!(band.height, 1);
                assert!(top.contains(figure), "{top}");
            } else {
                assert_eq!(band.height, 4);
                assert!(!top.contains(figure), "drawn large, not as text: {top}");
                assert!(top.contains('█') || top.contains('▀') || top.contains('▄'));
            }
            let name = format!("{}_{width}x{height}", tab.title(&polity::strings::EN));
            insta::assert_snapshot!(name.to_lowercase(), terminal.backend());
        }
    }
}

#[test]
fn fewer_words_only_the_headline_lines_of_a_page() {
    let mut normal = app(shipped(), 120, 40);
    normal.update(Action::GoToTab(Tab::Legislative.index()));
    let full = screen_text(&render(&normal));
    let app = presenting(Tab::Legislative, 120, 40);
    let short = screen_text(&render(&app));
    assert!(
        full.contains("Facts") && !short.contains("Facts"),
        "{short}"
    );
    assert!(short.contains("Members: 145"), "{short}");
}

#[test]
fn a_case_step_shows_its_court_large_and_p_switches_back() {
    let mut app = presenting(Tab::Judicial, 120, 40);
    let tour = app
        .tours()
        .iter()
        .position(|t| t.id == "follow_a_case")
        .expect("a shipped tour");
    app.start_tour(tour);
    app.update(Action::Tour(polity::app::TourAction::NextStop));
    let headline = app.headline().expect("a headline");
    assert_eq!(headline.figure, "Local courts");
    assert!(headline.caption.starts_with("step 1 of 4"), "{headline:?}");
    let bands = app.bands();
    assert!(bands.headline.is_some() && bands.tour.is_some());
    insta::assert_snapshot!("case_step_120x40", render(&app).backend());
    app.update(Action::TogglePresent);
    assert!(app.bands().headline.is_none());
}

#[test]
fn presenter_mode_survives_a_kiosk_reset() {
    let mut app = presenting(Tab::Elections, 80, 24);
    app.reset();
    assert!(app.state.present.on);
    assert_eq!(app.state.tab, Tab::Overview);
}
