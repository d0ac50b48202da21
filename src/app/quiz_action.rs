//! What the Quiz view's keys ask for.

use crate::strings::Strings;

/// What the quiz's keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    /// Open the quiz over the current tab, with new questions.
    Open,
    /// Answer the question on screen with choice `n` (0-based).
    Answer(usize),
    /// On to the next question (or the score).
    Next,
    /// Close the quiz and go to the page that answers the question.
    ShowMe,
    /// A new round of questions.
    Again,
    Close,
}

impl QuizAction {
    pub fn describe(self, w: &'static Strings) -> &'static str {
        match self {
            QuizAction::Open => w.open_the_quiz,
            QuizAction::Answer(_) => w.answer_the_question,
            QuizAction::Next => w.next_question,
            QuizAction::ShowMe => w.show_me_the_page,
            QuizAction::Again => w.a_new_quiz,
            QuizAction::Close => w.close_the_quiz,
        }
    }

    pub fn hint(self, w: &'static Strings) -> &'static str {
        match self {
            QuizAction::Open => w.quiz_hint,
            QuizAction::Answer(_) => w.answer_hint,
            QuizAction::Next => w.next_hint,
            QuizAction::ShowMe => w.show_me_hint,
            QuizAction::Again => w.again_hint,
            QuizAction::Close => w.close,
        }
    }
}
