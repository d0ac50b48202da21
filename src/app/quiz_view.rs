//! The Quiz view: questions drawn from the snapshot on screen, the answers given, the score, and "show me",
//! which goes to the page that answers the question.

use super::App;
pub use super::quiz_action::QuizAction;
use super::search::place;
use crate::quiz::{self, Claim, Question};
use crate::search::Subject;
use std::time::{SystemTime, UNIX_EPOCH};

/// Questions in one round, as many as `polity quiz` asks by default.
pub const QUESTIONS: usize = 5;

/// One round of the quiz on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizView {
    /// The seed the questions were drawn with (shown, so `polity quiz --seed` can ask them again).
    pub seed: u64,
    pub questions: Vec<Question>,
    /// The question on screen; `questions.len()` once the score is shown.
    pub at: usize,
    /// The choice given to the question on screen, once answered.
    pub chosen: Option<usize>,
    pub right: usize,
    pub answered: usize,
}

// Questions hold only text and numbers, so equality is total.
impl Eq for QuizView {}

impl QuizView {
    /// The question on screen, if the round is not over.
    pub fn question(&self) -> Option<&Question> {
        self.questions.get(self.at)
    }

    /// Whether the score is on screen.
    pub fn finished(&self) -> bool {
        self.at >= self.questions.len()
    }

    fn answer(&mut self, choice: usize) {
        let Some(question) = self.question() else {
            return;
        };
        if self.chosen.is_some() || choice >= question.choices.len() {
            return;
        }
        let right = choice == question.answer;
        self.chosen = Some(choice);
        self.answered += 1;
        self.right += usize::from(right);
    }

    fn next(&mut self) {
        if self.chosen.is_some() {
            self.at += 1;
            self.chosen = None;
        }
    }
}

/// The quiz on screen and how many rounds were opened (each opening draws with a new seed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuizState {
    pub view: Option<QuizView>,
    pub rounds: u64,
}

/// The page that answers a question: the body it is about, or the membership table.
pub fn answering_subject(model: &crate::model::Model, claim: &Claim) -> Option<Subject> {
    let body = |id: &str| {
        model
            .data
            .bodies
            .iter()
            .position(|b| b.id == id)
            .map(Subject::Body)
    };
    match claim {
        Claim::StartsAt { court, .. } => body(court),
        Claim::AppealsTo { from, .. } => body(from),
        Claim::Appoints { body: to, .. } => body(to),
        Claim::Seats { body: id, .. } => body(id),
        Claim::Acronym { acronym, .. } => model
            .data
            .memberships
            .iter()
            .position(|m| &m.acronym == acronym)
            .map(Subject::Membership),
    }
}

/// A seed from the clock, for a different quiz at every opening.
fn fresh_seed() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64 % 1_000_000)
}

impl App {
    /// The seed of the next round: the `--seed` given, moved on by one for each round already drawn, or a new
    /// one from the clock.
    pub fn next_quiz_seed(&self) -> u64 {
        match self.quiz_seed {
            Some(seed) => seed.wrapping_add(self.state.quiz.rounds),
            None => fresh_seed(),
        }
    }

    /// Where "show me" goes for the question on screen, if the snapshot lists that page.
    pub fn quiz_page(&self) -> Option<(super::Tab, usize)> {
        let question = self.state.quiz.view.as_ref()?.question()?;
        place(
            &self.model,
            answering_subject(&self.model, &question.claim)?,
        )
    }

    pub(super) fn apply_quiz(&mut self, action: QuizAction) {
        match action {
            QuizAction::Open | QuizAction::Again => {
                let seed = self.next_quiz_seed();
                let questions = quiz::generate(&self.model, self.strings.quiz, seed, QUESTIONS);
                self.state.quiz.rounds += 1;
                self.state.quiz.view = Some(QuizView {
                    seed,
                    questions,
                    at: 0,
                    chosen: None,
                    right: 0,
                    answered: 0,
                });
            }
            QuizAction::Answer(choice) => {
                if let Some(view) = &mut self.state.quiz.view {
                    view.answer(choice);
                }
            }
            QuizAction::Next => {
                if let Some(view) = &mut self.state.quiz.view {
                    view.next();
                }
            }
            QuizAction::ShowMe => self.show_me(),
            QuizAction::Close => self.state.quiz.view = None,
        }
    }

    /// Closes the quiz and opens the page that answers the question; Backspace comes back to the quiz.
    fn show_me(&mut self) {
        let Some((tab, row)) = self.quiz_page() else {
            return;
        };
        self.go_to_page(tab, row);
        self.state.quiz.view = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(answer: usize) -> Question {
        Question {
            kind: quiz::Kind::Seats,
            prompt: "How many?".into(),
            choices: vec!["1".into(), "2".into(), "3".into()],
            answer,
            fact: "Two.".into(),
            source: "s".into(),
            as_of: "2020".into(),
            disputed: None,
            claim: Claim::Seats {
                body: "b".into(),
                seats: 2,
            },
        }
    }

    #[test]
    fn one_answer_per_question_then_the_next_and_the_score() {
        let mut view = QuizView {
            seed: 1,
            questions: vec![question(1), question(0)],
            at: 0,
            chosen: None,
            right: 0,
            answered: 0,
        };
        view.next();
        assert_eq!(view.at, 0, "no skipping an unanswered question");
        view.answer(1);
        view.answer(2);
        assert_eq!((view.chosen, view.right, view.answered), (Some(1), 1, 1));
        view.next();
        view.answer(9);
        assert_eq!(view.chosen, None, "no such choice");
        view.answer(2);
        view.next();
        assert!(view.finished());
        assert_eq!((view.right, view.answered), (1, 2));
    }
}
