//! The words of the quiz: its questions, the facts that answer them and what `polity quiz` says around them.

/// The quiz's interface words in one language (each `Strings` points at one).
pub struct QuizWords {
    /// A case (a scenario's title or a kind of matter): which court hears it first?
    pub starts_first: fn(case: &str) -> String,
    /// The fact behind it when no worked case explains it.
    pub starts_fact: fn(case: &str, court: &str) -> String,
    /// Where an appeal from `court` goes; `what` narrows it when the court has several ways up.
    pub appeal_goes: fn(court: &str, what: Option<&str>) -> String,
    pub appeal_fact: fn(from: &str, to: &str, what: Option<&str>) -> String,
    /// Who appoints `what` (e.g. "the chair") of `body`; `None`: its members.
    pub who_appoints: fn(body: &str, what: Option<&str>) -> String,
    /// Who appoints an office (one person, not members).
    pub who_appoints_office: fn(office: &str) -> String,
    pub appoints_fact: fn(who: &str, body: &str, what: Option<&str>) -> String,
    pub appoints_office_fact: fn(who: &str, office: &str) -> String,
    pub how_many_seats: fn(body: &str) -> String,
    pub seats_fact: fn(body: &str, seats: u32) -> String,
    pub which_organization: fn(acronym: &str) -> String,
    pub organization_fact: fn(acronym: &str, name: &str) -> String,
    /// Said with a question about something the sources disagree on, naming each disagreement.
    pub disputed: fn(titles: &str) -> String,

    // `polity quiz` in a plain terminal.
    pub heading: fn(title: &str, as_of: Option<&str>, seed: u64) -> String,
    pub question_number: fn(number: usize, of: usize) -> String,
    pub answer_prompt: fn(choices: usize) -> String,
    pub not_a_choice: fn(choices: usize) -> String,
    pub right: &'static str,
    pub wrong: fn(answer: &str) -> String,
    pub fact_and_source: fn(fact: &str, source: &str, as_of: &str) -> String,
    pub score: fn(right: usize, asked: usize) -> String,
    pub no_questions: &'static str,
}

/// English.
pub static QUIZ_EN: QuizWords = QuizWords {
    starts_first: |case| {
        if case.ends_with('?') {
            format!("{case} Which court decides it first?")
        } else {
            format!("{case}: which court hears it first?")
        }
    },
    starts_fact: |case, court| format!("{case}: heard first by {court}."),
    appeal_goes: |court, what| match what {
        Some(what) => format!("Where does an appeal from {court} go ({what})?"),
        None => format!("Where does an appeal from {court} go?"),
    },
    appeal_fact: |from, to, what| match what {
        Some(what) => format!("A judgment of {from} may be appealed to {to} ({what})."),
        None => format!("A judgment of {from} may be appealed to {to}."),
    },
    who_appoints: |body, what| match what {
        Some(what) => format!("{body}: who appoints {what}?"),
        None => format!("{body}: who appoints its members?"),
    },
    who_appoints_office: |office| format!("Who appoints the {office}?"),
    appoints_fact: |who, body, what| match what {
        Some(what) => format!("{body}: {who} appoints {what}."),
        None => format!("{who} appoints the members of {body}."),
    },
    appoints_office_fact: |who, office| format!("{who} appoints the {office}."),
    how_many_seats: |body| format!("{body}: how many seats does it have?"),
    seats_fact: |body, seats| format!("{body} has {seats} seats."),
    which_organization: |acronym| format!("Which organization is {acronym}?"),
    organization_fact: |acronym, name| format!("{acronym} is the {name}."),
    disputed: |titles| {
        let stop = if titles.ends_with(['?', '.', '!']) {
            ""
        } else {
            "."
        };
        format!("⚠ Careful: the sources disagree on {titles}{stop}")
    },

    heading: |title, as_of, seed| match as_of {
        Some(date) => format!("{title}: a quiz as of {date} (seed {seed})"),
        None => format!("{title}: a quiz (seed {seed})"),
    },
    question_number: |number, of| format!("Question {number} of {of}"),
    answer_prompt: |choices| format!("Your answer (1-{choices}): "),
    not_a_choice: |choices| format!("Type a number from 1 to {choices}, then Enter."),
    right: "Right.",
    wrong: |answer| format!("Not quite: the answer is {answer}."),
    fact_and_source: |fact, source, as_of| format!("{fact} [{source}, as of {as_of}]"),
    score: |right, asked| format!("Score: {right} of {asked}."),
    no_questions: "This dataset has no facts to ask about at that date.",
};
