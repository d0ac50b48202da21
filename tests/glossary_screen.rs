//! The Glossary page, last on the Overview tab's list: every term of the date with its definition and source.

mod support;

use polity::app::{Action, Tab};
use support::{app, render, screen_text, shipped};

#[test]
fn the_glossary_page_at_80x24_and_120x40() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut app = app(shipped(), width, height);
        app.update(Action::GoToTab(Tab::Overview.index()));
        for _ in 0..40 {
            app.update(Action::Down);
        }
        app.update(Action::Open);
        let terminal = render(&app);
        let text = screen_text(&terminal);
        assert!(text.contains("Glossary"), "{text}");
        assert!(text.contains("appeal (also: appeals, appealed)"), "{text}");
        insta::assert_snapshot!(format!("glossary_{width}x{height}"), terminal.backend());
    }
}
