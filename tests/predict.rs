//! Predict-then-reveal in the court diagram: while a theft is followed, `w` hides the next step and asks where
//! the case goes; a digit answers and the step is drawn with whether the guess was right.

mod support;

use polity::court::Mark;
use polity::court::marks::Marks;
use polity::court::state::Prediction;
use ratatui::crossterm::event::KeyCode;
use support::diagram::{SHIPPED, follow, keys, opened, press, render, screen, screen_layout};

fn prediction(app: &polity::app::App) -> Prediction {
    app.state.diagram.predict.clone().expect("a prediction")
}

fn name(app: &polity::app::App, body: usize) -> String {
    app.model.data.bodies[body].name.to_string()
}

#[test]
fn asking_hides_the_way_ahead_and_a_right_guess_draws_the_step() {
    let mut app = opened(SHIPPED, (120, 40));
    follow(&mut app, 0);
    keys(&mut app, "w");
    let asked = prediction(&app);
    assert!(asked.asking());
    assert!(asked.candidates.contains(&asked.answer));
    let step = app.state.diagram.walk.unwrap().step;
    let layout = screen_layout(&app).expect("the diagram on screen");
    let marks = Marks::new(&app.model, &app.state.diagram, &layout.graph, layout.focus);
    assert!(!marks.boxes.contains(&Mark::Ahead) && !marks.links.contains(&Mark::Ahead));
    let text = screen(&app);
    assert!(text.contains("Where does the case go next?"), "{text}");
    assert!(
        !text.contains("Next: "),
        "the caption would name the answer:\n{text}"
    );
    for (n, &court) in asked.candidates.iter().enumerate() {
        assert!(
            text.contains(&format!("{}  {}", n + 1, name(&app, court))),
            "{text}"
        );
    }
    insta::assert_snapshot!("predict_asked_120x40", render(&app).backend());

    let right = asked
        .candidates
        .iter()
        .position(|&c| c == asked.answer)
        .unwrap();
    keys(&mut app, &(right + 1).to_string());
    let revealed = prediction(&app);
    assert!(revealed.revealed && revealed.guess == Some(right));
    assert_eq!(app.state.diagram.walk.unwrap().step, step + 1);
    assert_eq!(app.state.diagram.current(&app.model), Some(asked.answer));
    let text = screen(&app);
    assert!(text.contains("✓ Right: the case goes to"), "{text}");
    insta::assert_snapshot!("predict_right_120x40", render(&app).backend());

    // The next step key goes on as before and forgets the guess.
    press(&mut app, KeyCode::Right);
    assert_eq!(app.state.diagram.predict, None);
}

#[test]
fn a_wrong_guess_says_so_and_the_key_again_reveals_without_a_guess() {
    let mut app = opened(SHIPPED, (80, 24));
    follow(&mut app, 0);
    keys(&mut app, "w");
    let asked = prediction(&app);
    insta::assert_snapshot!("predict_asked_80x24", render(&app).backend());
    let wrong = asked
        .candidates
        .iter()
        .position(|&c| c != asked.answer)
        .unwrap();
    keys(&mut app, &(wrong + 1).to_string());
    let text = screen(&app);
    assert!(text.contains("✗ Not this time"), "{text}");
    assert_eq!(
        app.state.tab,
        polity::app::Tab::Judicial,
        "digits answer, not change tab"
    );
    insta::assert_snapshot!("predict_wrong_80x24", render(&app).backend());

    press(&mut app, KeyCode::Left);
    keys(&mut app, "w");
    keys(&mut app, "w");
    let revealed = prediction(&app);
    assert!(revealed.revealed && revealed.guess.is_none());
    assert!(screen(&app).contains("The case goes to"));
}

#[test]
fn esc_stops_asking_and_the_last_step_asks_nothing() {
    let mut app = opened(SHIPPED, (120, 40));
    follow(&mut app, 0);
    keys(&mut app, "w");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.state.diagram.predict, None);
    assert!(app.state.diagram.walk.is_some(), "still following the case");
    assert_eq!(app.state.diagram.walk.unwrap().step, 0);
    keys(&mut app, "nn");
    keys(&mut app, "w");
    assert_eq!(app.state.diagram.predict, None, "no step after the last");
}
