//! The quiz drawn from the data: every answer it gives is true in the data at the date it asks about, no
//! wrong choice is also right, disputed subjects are said to be, the same seed gives the same quiz, and
//! `polity quiz` can be played through a pipe.

use polity::dataset::load_model;
use polity::model::{Model, RelationKind, Timeline};
use polity::quiz::{self, Claim, Kind, Question};
use polity::strings::EN;
use std::collections::HashSet;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn timeline(file: Option<&str>) -> Timeline {
    let model = load_model(file.map(Path::new)).unwrap_or_else(|p| panic!("{p:?}"));
    Timeline::of(model)
}

/// The names of the bodies related to `id` by `kind` (as `from`), in snapshot `m`.
fn targets(m: &Model, kind: RelationKind, from: &str) -> Vec<String> {
    m.relations_of_kind(kind)
        .filter(|r| r.from == from)
        .map(|r| m.name(&r.to).to_string())
        .collect()
}

/// Checks one question against snapshot `m`, independently of how the quiz built it.
fn assert_true_in(m: &Model, q: &Question) {
    let at = format!("{:?} as of {:?}", q.prompt, m.as_of);
    assert!((2..=quiz::MAX_CHOICES).contains(&q.choices.len()), "{at}");
    assert!(q.answer < q.choices.len(), "{at}");
    let distinct: HashSet<&String> = q.choices.iter().collect();
    assert_eq!(distinct.len(), q.choices.len(), "{at}: {:?}", q.choices);
    assert!(m.source(&q.source).is_some(), "{at}: source {}", q.source);
    let right = &q.choices[q.answer];
    let wrong: Vec<&String> = q.choices.iter().filter(|c| *c != right).collect();
    let d = &m.data;
    let about: Vec<&str> = match &q.claim {
        Claim::StartsAt { matter, court } => {
            let found = d.matters.iter().find(|x| &x.id == matter);
            assert_eq!(
                found.map(|x| x.starts_at.as_str()),
                Some(court.as_str()),
                "{at}"
            );
            assert_eq!(right, m.name(court), "{at}");
            vec![court]
        }
        Claim::AppealsTo { from, to } => {
            let r = m
                .relations_of_kind(RelationKind::AppealsTo)
                .find(|r| &r.from == from && &r.to == to);
            assert_eq!(
                r.map(|r| r.source.as_str()),
                Some(q.source.as_str()),
                "{at}"
            );
            assert_eq!(right, m.name(to), "{at}");
            let reachable = targets(m, RelationKind::AppealsTo, from);
            assert!(
                wrong.iter().all(|w| !reachable.contains(w)),
                "{at}: {wrong:?}"
            );
            vec![from, to]
        }
        Claim::Appoints { who, body } => {
            let r = m
                .relations_of_kind(RelationKind::Appoints)
                .find(|r| &r.from == who && &r.to == body);
            assert_eq!(
                r.map(|r| r.source.as_str()),
                Some(q.source.as_str()),
                "{at}"
            );
            assert_eq!(right, m.name(who), "{at}");
            let appointers: Vec<&str> = m
                .relations_of_kind(RelationKind::Appoints)
                .filter(|r| &r.to == body)
                .map(|r| m.name(&r.from))
                .collect();
            assert!(
                wrong.iter().all(|w| !appointers.contains(&w.as_str())),
                "{at}: {wrong:?}"
            );
            vec![who, body]
        }
        Claim::Seats { body, seats } => {
            let b = m.body(body).expect("the body holds at this date");
            assert_eq!(b.members, Some(*seats), "{at}");
            assert_eq!(right, &seats.to_string(), "{at}");
            assert_eq!(b.source, q.source, "{at}");
            vec![body]
        }
        Claim::Acronym { acronym, name } => {
            let ms = d.memberships.iter().find(|x| &x.acronym == acronym);
            assert_eq!(ms.map(|x| x.name.as_str()), Some(name.as_str()), "{at}");
            assert_eq!(right, name, "{at}");
            vec![]
        }
    };
    let contested = d
        .discrepancies
        .iter()
        .any(|x| !about.is_empty() && about.iter().all(|id| x.subjects.iter().any(|s| s == id)));
    assert_eq!(q.disputed.is_some(), contested, "{at}: {:?}", q.disputed);
}

/// Every question at every change date of `file`; the kinds seen.
fn check_every_date(file: Option<&str>) -> HashSet<Kind> {
    let t = timeline(file);
    let mut kinds = HashSet::new();
    for index in 0..t.len() {
        let m = t.snapshot(index);
        for q in quiz::all(m, EN.quiz, 1) {
            assert_true_in(m, &q);
            kinds.insert(q.kind);
        }
    }
    kinds
}

#[test]
fn every_answer_is_true_in_the_shipped_data_at_every_date() {
    let kinds = check_every_date(None);
    for kind in [
        Kind::StartsAt,
        Kind::AppealsTo,
        Kind::Appoints,
        Kind::Seats,
        Kind::Acronym,
    ] {
        assert!(kinds.contains(&kind), "no {kind:?} question at any date");
    }
}

#[test]
fn every_answer_is_true_in_the_fixtures_at_every_date() {
    for file in [
        "tests/fixtures/minimal.ron",
        "tests/fixtures/ruritania.ron",
        "tests/fixtures/ruritania_then_now.ron",
        "tests/fixtures/courts_extra_level.ron",
    ] {
        check_every_date(Some(file));
    }
}

#[test]
fn questions_come_only_from_what_holds_at_the_date() {
    let t = timeline(None);
    let base = t.snapshot(t.base_index().expect("the article's date"));
    let then: Vec<String> = quiz::all(base, EN.quiz, 1)
        .into_iter()
        .map(|q| q.prompt)
        .collect();
    let newest = t.snapshot(t.newest());
    let now: Vec<String> = quiz::all(newest, EN.quiz, 1)
        .into_iter()
        .map(|q| q.prompt)
        .collect();
    let says = |list: &[String], word: &str| list.iter().any(|p| p.contains(word));
    // Two chambers in the article's time, one since 2026; cassation courts only since 2025.
    assert!(says(&then, "Senate") && !says(&now, "Senate"));
    assert!(says(&now, "Kurultai") && !says(&then, "Kurultai"));
    assert!(says(&now, "cassation") && !says(&then, "cassation"));
}

#[test]
fn the_same_seed_gives_the_same_quiz() {
    let t = timeline(None);
    let m = t.snapshot(t.newest());
    let a = quiz::generate(m, EN.quiz, 42, 6);
    assert_eq!(a.len(), 6);
    assert_eq!(a, quiz::generate(m, EN.quiz, 42, 6));
    assert_ne!(a, quiz::generate(m, EN.quiz, 43, 6));
    let kinds: HashSet<Kind> = a.iter().map(|q| q.kind).collect();
    assert_eq!(kinds.len(), 5, "six questions mix all five kinds");
}

/// Runs `polity quiz ARGS` with `input` on stdin; its stdout.
fn play(args: &[&str], input: &str) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_polity"))
        .arg("quiz")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("polity starts");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin
        .write_all(input.as_bytes())
        .expect("write the answers");
    drop(stdin);
    let out = child.wait_with_output().expect("polity ends");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn polity_quiz_is_played_through_a_pipe() {
    let t = timeline(None);
    let m = t.snapshot(t.newest());
    let qs = quiz::generate(m, EN.quiz, 7, 2);
    let right = qs[0].answer + 1;
    let wrong = (qs[1].answer + 1) % qs[1].choices.len() + 1;
    let input = format!("x\n9\n{right}\n{wrong}\n");
    let (code, out) = play(&["--seed", "7", "--questions", "2"], &input);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("(seed 7)"), "{out}");
    assert!(
        out.contains(&qs[0].prompt) && out.contains(&qs[1].prompt),
        "{out}"
    );
    assert_eq!(out.matches("Type a number from 1 to").count(), 2, "{out}");
    assert!(out.contains("Right."), "{out}");
    assert!(out.contains("Not quite: the answer is"), "{out}");
    let source = m.source_title(&qs[1].source);
    assert!(
        out.contains(&format!("{} [{source}, as of {}]", qs[1].fact, qs[1].as_of)),
        "{out}"
    );
    assert!(out.trim_end().ends_with("Score: 1 of 2."), "{out}");
}

#[test]
fn polity_quiz_ends_with_the_score_so_far_when_input_ends() {
    let (code, out) = play(
        &["--seed", "3", "--questions", "4", "--as-of", "2019-06-09"],
        "1\n",
    );
    assert_eq!(code, Some(0));
    assert!(out.contains("as of 2019-06-09"), "{out}");
    assert!(out.contains("Question 2 of 4"), "{out}");
    assert!(!out.contains("Question 3 of 4"), "{out}");
    assert!(out.trim_end().ends_with(" of 1."), "{out}");
}

#[test]
fn polity_quiz_refuses_a_bad_date() {
    let (code, _) = play(&["--as-of", "2019-13"], "");
    assert_eq!(code, Some(2));
    let (code, _) = play(&["--as-of", "1900"], "");
    assert_eq!(code, Some(2));
    let (code, _) = play(&["--questions", "0"], "");
    assert_eq!(code, Some(2));
}
