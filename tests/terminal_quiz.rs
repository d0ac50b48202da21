//! The real binary in a pseudo-terminal: `Q` opens the quiz, one answer right and one wrong (the answers are
//! known from the generator with the same seed), the rest right, and the score.

mod support;

use polity::dataset::load_model;
use polity::model::Timeline;
use polity::quiz;
use polity::strings::EN;
use std::time::Duration;
use support::pty::PtyApp;

const WAIT: Duration = Duration::from_secs(10);

#[test]
fn open_the_quiz_answer_right_and_wrong_and_see_the_score() {
    let timeline = Timeline::of(load_model(None).expect("the shipped dataset"));
    let questions = quiz::generate(timeline.snapshot(timeline.newest()), EN.quiz, 11, 5);
    assert_eq!(questions.len(), 5);
    let digit = |n: usize| (n + 1).to_string();

    let mut app = PtyApp::polity(&["--seed", "11"], 80, 24);
    app.wait_for("1 Overview", WAIT);
    app.press("Q", "Question 1 of 5", WAIT);
    app.wait_for("seed 11", WAIT);
    let first = &questions[0];
    app.press(digit(first.answer), "Right.", WAIT);
    app.press("\r", "Question 2 of 5", WAIT);
    let second = &questions[1];
    app.press(
        digit((second.answer + 1) % second.choices.len()),
        "Not quite",
        WAIT,
    );
    for (i, question) in questions.iter().enumerate().skip(2) {
        app.press("\r", &format!("Question {} of 5", i + 1), WAIT);
        app.press(digit(question.answer), "Right.", WAIT);
    }
    app.press("\r", "Score: 4 of 5.", WAIT);
    app.send_esc();
    app.wait_until("the quiz closed", WAIT, |a| !a.contents().contains("Score"));
    app.send("q");
    assert_eq!(app.wait_exit(WAIT), 0);
}
