//! The Quiz view in the app: the same questions as `polity quiz` with the same seed, one answer each with the
//! fact and its source, the score at the end, and "show me", which Backspace comes back from.

mod support;

use polity::app::quiz_view::{QUESTIONS, QuizAction};
use polity::app::{Action, App, Tab};
use polity::quiz;
use polity::strings::EN;
use support::{app, render, screen_text, shipped};

const SEED: u64 = 7;

fn quiz_app(width: u16, height: u16) -> App {
    let mut app = app(shipped(), width, height);
    app.quiz_seed = Some(SEED);
    app.update(Action::GoToTab(Tab::Legislative.index()));
    app.update(Action::Quiz(QuizAction::Open));
    app
}

fn answer_of(app: &App) -> usize {
    let view = app.state.quiz.view.as_ref().expect("the quiz is open");
    view.question().expect("a question on screen").answer
}

fn wrong_of(app: &App) -> usize {
    let view = app.state.quiz.view.as_ref().expect("the quiz is open");
    let q = view.question().expect("a question on screen");
    (q.answer + 1) % q.choices.len()
}

#[test]
fn the_quiz_asks_what_polity_quiz_asks_with_the_same_seed() {
    let mut app = quiz_app(80, 24);
    let expected = quiz::generate(&app.model, EN.quiz, SEED, QUESTIONS);
    assert_eq!(expected.len(), QUESTIONS);
    assert_eq!(app.state.quiz.view.as_ref().unwrap().questions, expected);
    app.update(Action::Quiz(QuizAction::Close));
    assert!(app.state.quiz.view.is_none());
    assert_eq!(
        app.state.tab,
        Tab::Legislative,
        "the quiz opened over the tab"
    );
    app.update(Action::Quiz(QuizAction::Open));
    let view = app.state.quiz.view.as_ref().unwrap();
    assert_eq!(view.seed, SEED + 1, "each opening draws a new quiz");
    assert_eq!(
        view.questions,
        quiz::generate(&app.model, EN.quiz, SEED + 1, QUESTIONS)
    );
}

#[test]
fn screens_of_a_question_right_and_wrong_feedback_and_the_score() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut app = quiz_app(width, height);
        let text = screen_text(&render(&app));
        assert!(text.contains("Question 1 of 5"), "{text}");
        assert!(text.contains(&format!("seed {SEED}")), "{text}");
        insta::assert_snapshot!(
            format!("quiz_question_{width}x{height}"),
            render(&app).backend()
        );

        app.update(Action::Quiz(QuizAction::Answer(answer_of(&app))));
        let text = screen_text(&render(&app));
        assert!(text.contains("Right."), "{text}");
        assert!(text.contains("as of"), "{text}");
        insta::assert_snapshot!(
            format!("quiz_right_{width}x{height}"),
            render(&app).backend()
        );

        app.update(Action::Quiz(QuizAction::Next));
        app.update(Action::Quiz(QuizAction::Answer(wrong_of(&app))));
        let text = screen_text(&render(&app));
        assert!(text.contains("Not quite"), "{text}");
        insta::assert_snapshot!(
            format!("quiz_wrong_{width}x{height}"),
            render(&app).backend()
        );

        for _ in 2..QUESTIONS {
            app.update(Action::Quiz(QuizAction::Next));
            app.update(Action::Quiz(QuizAction::Answer(answer_of(&app))));
        }
        app.update(Action::Quiz(QuizAction::Next));
        let text = screen_text(&render(&app));
        assert!(text.contains("Score: 4 of 5."), "{text}");
        insta::assert_snapshot!(
            format!("quiz_score_{width}x{height}"),
            render(&app).backend()
        );

        app.update(Action::Quiz(QuizAction::Again));
        let view = app.state.quiz.view.as_ref().unwrap();
        assert_eq!((view.at, view.right, view.answered), (0, 0, 0));
    }
}

#[test]
fn keys_answer_go_on_and_close() {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let key = |code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let mut app = app(shipped(), 80, 24);
    app.quiz_seed = Some(SEED);
    app.handle_event(&key(KeyCode::Char('Q')));
    let answer = answer_of(&app);
    let digit = char::from_digit(answer as u32 + 1, 10).unwrap();
    app.handle_event(&key(KeyCode::Char(digit)));
    assert_eq!(app.state.quiz.view.as_ref().unwrap().right, 1);
    app.handle_event(&key(KeyCode::Enter));
    assert_eq!(app.state.quiz.view.as_ref().unwrap().at, 1);
    app.handle_event(&key(KeyCode::Char('3')));
    assert!(
        app.state.tab == Tab::Overview,
        "digits answer, they do not change tab"
    );
    app.handle_event(&key(KeyCode::Esc));
    assert!(app.state.quiz.view.is_none());
}

#[test]
fn show_me_opens_the_answering_page_and_backspace_comes_back_to_the_quiz() {
    let mut app = quiz_app(80, 24);
    app.update(Action::Quiz(QuizAction::Answer(answer_of(&app))));
    let before = app.state.quiz.view.clone();
    let (tab, row) = app
        .quiz_page()
        .expect("the page that answers the first question");
    app.update(Action::Quiz(QuizAction::ShowMe));
    assert!(app.state.quiz.view.is_none());
    assert_eq!((app.state.tab, app.state.view().selected), (tab, row));
    assert!(app.state.view().open);
    app.update(Action::HistoryBack);
    assert_eq!(app.state.quiz.view, before, "back at the quiz, as it was");
    assert_eq!(app.state.tab, Tab::Legislative);
}

#[test]
fn every_question_of_every_date_has_a_page_that_answers_it() {
    let timeline = polity::model::Timeline::of(std::sync::Arc::unwrap_or_clone(shipped()));
    for index in 0..=timeline.newest() {
        let model = timeline.snapshot(index);
        for q in quiz::all(model, EN.quiz, 1) {
            let subject = polity::app::quiz_view::answering_subject(model, &q.claim);
            let place = subject.and_then(|s| polity::app::search::place(model, s));
            assert!(place.is_some(), "{:?} as of {:?}", q.prompt, model.as_of);
        }
    }
}

#[test]
fn a_question_about_a_disputed_subject_says_so_in_the_feedback() {
    let mut app = app(shipped(), 120, 40);
    let seed = (0..500)
        .find(|&s| {
            quiz::generate(&app.model, EN.quiz, s, QUESTIONS)
                .first()
                .is_some_and(|q| q.disputed.is_some())
        })
        .expect("a seed whose first question is disputed");
    app.quiz_seed = Some(seed);
    app.update(Action::Quiz(QuizAction::Open));
    app.update(Action::Quiz(QuizAction::Answer(answer_of(&app))));
    let text = screen_text(&render(&app));
    assert!(text.contains("Careful: the sources disagree"), "{text}");
}

#[test]
fn the_mouse_does_not_reach_the_page_beneath_the_quiz() {
    let mut app = quiz_app(80, 24);
    let before = app.state.clone();
    app.update(Action::Click(40, 0));
    app.update(Action::Click(5, 5));
    app.update(Action::ScrollDown);
    assert_eq!(app.state, before);
}
