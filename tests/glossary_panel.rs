//! The glossary panel: `i` lists the terms marked on the page on screen, each with its definition and source
//! (every term where the page marks none), and Esc closes it.

mod support;

use polity::app::glossary_action::GlossaryAction;
use polity::app::{Action, Tab};
use polity::pages::glossary::TERM_MARK;
use support::{app, render, screen_text, shipped};

#[test]
fn the_terms_of_the_page_on_screen_with_their_definitions() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut app = app(shipped(), width, height);
        app.update(Action::GoToTab(Tab::Judicial.index()));
        app.update(Action::Down);
        app.update(Action::Open);
        let page = screen_text(&render(&app));
        assert!(page.contains(TERM_MARK), "the page marks terms:\n{page}");
        app.update(Action::Glossary(GlossaryAction::Open));
        let (terms, on_page) = app.glossary_terms_here();
        assert!(on_page);
        assert!(
            terms.len() < app.model.data.glossary.len(),
            "only this page's terms"
        );
        let text = screen_text(&render(&app));
        assert!(text.contains("Terms on this page"), "{text}");
        assert!(text.contains(terms[0].term.as_str()), "{text}");
        insta::assert_snapshot!(
            format!("terms_panel_{width}x{height}"),
            render(&app).backend()
        );
        app.update(Action::Glossary(GlossaryAction::Close));
        assert!(app.state.glossary_panel.is_none());
    }
}

#[test]
fn a_page_without_terms_lists_every_term_and_the_panel_scrolls_within_them() {
    let mut app = app(shipped(), 80, 24);
    app.update(Action::GoToTab(Tab::Overview.index()));
    for _ in 0..40 {
        app.update(Action::Down);
    }
    // The Glossary page itself marks nothing.
    app.update(Action::Glossary(GlossaryAction::Open));
    let (terms, on_page) = app.glossary_terms_here();
    assert!(!on_page);
    assert_eq!(terms.len(), app.model.data.glossary.len());
    assert!(screen_text(&render(&app)).contains("Every term"));
    for _ in 0..1000 {
        app.update(Action::Glossary(GlossaryAction::PageDown));
    }
    let scrolled = app.state.glossary_panel.unwrap().scroll;
    app.update(Action::Glossary(GlossaryAction::Up));
    assert_eq!(app.state.glossary_panel.unwrap().scroll, scrolled - 1);
}

#[test]
fn a_click_closes_the_panel() {
    let mut app = app(shipped(), 80, 24);
    app.update(Action::Glossary(GlossaryAction::Open));
    app.update(Action::Click(40, 0));
    assert!(app.state.glossary_panel.is_none());
    assert_eq!(
        app.state.tab,
        Tab::Overview,
        "the click did not reach the tab bar"
    );
}
