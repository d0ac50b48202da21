//! `polity quiz`: the quiz in a plain terminal or a pipe: numbered choices, one answer per line, feedback with
//! the fact and its source, and a score at the end.

use crate::dataset::load_model;
use crate::model::{Date, Model, Timeline};
use crate::quiz::{self, Question};
use crate::sanitize;
use crate::strings::{self, Strings};
use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

/// What `polity quiz` was asked for.
pub struct QuizArgs<'a> {
    pub file: Option<&'a Path>,
    pub as_of: Option<&'a str>,
    /// `None`: a new quiz each time (the seed is printed, so it can be asked again).
    pub seed: Option<u64>,
    pub questions: usize,
}

/// Runs the quiz on stdin and stdout; a bad dataset or date is one line on stderr and exit 2.
pub fn run(args: QuizArgs) -> ExitCode {
    let model = match load_model(args.file) {
        Ok(model) => model,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            return ExitCode::from(2);
        }
    };
    let timeline = Timeline::of(model);
    let w = strings::for_this_user(&timeline.full().data.meta.language);
    let index = match args.as_of {
        None => timeline.newest(),
        Some(text) => match Date::parse(text).map(|d| (d, timeline.index_as_of(&d))) {
            None => {
                eprintln!("{}", (w.export_bad_date)(text));
                return ExitCode::from(2);
            }
            Some((_, Some(index))) => index,
            Some((date, None)) => {
                let first = timeline.date(0).map(|d| d.to_string()).unwrap_or_default();
                eprintln!("{}", (w.export_too_early)(&date.to_string(), &first));
                return ExitCode::from(2);
            }
        },
    };
    let seed = args.seed.unwrap_or_else(fresh_seed);
    let model = timeline.snapshot(index);
    let questions = quiz::generate(model, w.quiz, seed, args.questions);
    let stdin = io::stdin();
    let stdout = io::stdout();
    // A closed pipe or terminal ends the quiz quietly.
    let _ = play(model, w, seed, &questions, stdin.lock(), stdout.lock());
    ExitCode::SUCCESS
}

/// A seed from the clock, for a different quiz each run.
fn fresh_seed() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64 % 1_000_000)
}

/// Asks `questions` one by one, reading an answer per line from `input`; returns how many were right. At the
/// end of input the score so far is given.
pub fn play(
    model: &Model,
    w: &'static Strings,
    seed: u64,
    questions: &[Question],
    mut input: impl BufRead,
    mut out: impl Write,
) -> io::Result<usize> {
    let q = w.quiz;
    let date = model.as_of.map(|d| d.to_string());
    let say = |out: &mut dyn Write, text: &str| writeln!(out, "{}", sanitize::line(text));
    say(
        &mut out,
        &(q.heading)(&model.data.meta.title, date.as_deref(), seed),
    )?;
    if questions.is_empty() {
        say(&mut out, q.no_questions)?;
        return Ok(0);
    }
    let (mut right, mut asked) = (0, 0);
    'questions: for (number, question) in questions.iter().enumerate() {
        writeln!(out)?;
        say(&mut out, &(q.question_number)(number + 1, questions.len()))?;
        say(&mut out, &question.prompt)?;
        for (i, choice) in question.choices.iter().enumerate() {
            say(&mut out, &format!("  {}. {choice}", i + 1))?;
        }
        let choice = loop {
            write!(out, "{}", (q.answer_prompt)(question.choices.len()))?;
            out.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                writeln!(out)?;
                break 'questions;
            }
            match line.trim().parse::<usize>() {
                Ok(n) if (1..=question.choices.len()).contains(&n) => break n - 1,
                _ => say(&mut out, &(q.not_a_choice)(question.choices.len()))?,
            }
        };
        asked += 1;
        if choice == question.answer {
            right += 1;
            say(&mut out, q.right)?;
        } else {
            let answer = &question.choices[question.answer];
            say(
                &mut out,
                &(q.wrong)(&format!("{} ({answer})", question.answer + 1)),
            )?;
        }
        let source = model.source_title(&question.source);
        say(
            &mut out,
            &(q.fact_and_source)(&question.fact, source, &question.as_of),
        )?;
        if let Some(disputed) = &question.disputed {
            say(&mut out, disputed)?;
        }
    }
    writeln!(out)?;
    say(&mut out, &(q.score)(right, asked))?;
    Ok(right)
}
