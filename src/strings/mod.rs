//! Every interface word polity prints that does not come from the dataset, in one struct per language.
//!
//! # Design
//!
//! `Strings` has one field per phrase. A phrase with values in it is a field holding a plain function
//! (`fn(&str) -> String`), so each language orders the values as its grammar needs and the compiler checks the
//! values passed. Each language is one `static` of this struct (`en.rs` holds `EN`), so a language missing a
//! phrase does not compile. Code never writes a phrase itself: it asks the `&'static Strings` its caller chose
//! (the `App` holds one; export and check are handed one). Dataset text never goes through here.
//!
//! This module is a leaf: it imports nothing of polity, so every layer may use it. Matches from a polity type
//! to its words (an `Action`'s description, a section's title) live beside the type and stay exhaustive, so a
//! new variant is a compile error until it has words.
//!
//! # Adding a language
//!
//! Copy `en.rs` to, say, `ru.rs`, translate every value, declare `mod ru;` below and add one line to
//! `for_language`: `"ru" => Some(&ru::RU),`. Nothing else changes.
//!
//! The trade-off: plain functions rather than a template language or `.po` files keep every phrase checked by
//! the compiler and free at run time, at the cost of translators editing Rust.

mod en;
mod glossary;
mod quiz;
mod tour;

pub use en::EN;
pub use glossary::{GLOSSARY_EN, GlossaryWords};
pub use quiz::{QUIZ_EN, QuizWords};
pub use tour::{TOUR_EN, TourWords};

/// The interface words of one language.
pub struct Strings {
    // Key descriptions (help overlay) and short hints (bottom line).
    pub next_tab: &'static str,
    pub previous_tab: &'static str,
    pub jump_to_tab: &'static str,
    pub tabs: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub move_: &'static str,
    pub open_details: &'static str,
    pub open: &'static str,
    pub back: &'static str,
    pub page_up: &'static str,
    pub page_down: &'static str,
    pub top: &'static str,
    pub bottom: &'static str,
    pub help: &'static str,
    pub close_help: &'static str,
    pub close: &'static str,
    pub filter_the_table: &'static str,
    pub filter: &'static str,
    pub type_the_filter: &'static str,
    pub delete_a_character: &'static str,
    pub keep_the_filter: &'static str,
    pub keep: &'static str,
    pub clear_the_filter: &'static str,
    pub clear: &'static str,
    pub quit: &'static str,
    pub select: &'static str,
    pub scroll_up: &'static str,
    pub scroll_down: &'static str,
    pub resize: &'static str,
    pub move_between_boxes: &'static str,
    pub next_previous_box: &'static str,
    pub appeals_appointments: &'static str,
    pub follow_a_case: &'static str,
    pub start_the_case: &'static str,
    pub cancel: &'static str,
    pub next_step: &'static str,
    pub previous_step: &'static str,
    pub restart: &'static str,
    pub leave_the_case: &'static str,
    /// In help, where a key's name would be: any character typed.
    pub any_text: &'static str,
    pub previous_change: &'static str,
    pub next_change: &'static str,
    pub the_articles_date: &'static str,
    pub the_newest_date: &'static str,
    pub timeline_of_events: &'static str,
    pub go_to_that_date_and_body: &'static str,
    pub close_the_timeline: &'static str,
    pub earlier: &'static str,
    pub later: &'static str,
    pub timeline: &'static str,
    pub go_there: &'static str,

    // Where keys apply, as help headings. The diagram's names the digits that still change tab ("1-7").
    pub in_the_court_diagram: fn(digits: &str) -> String,
    pub anywhere: &'static str,
    pub browsing: &'static str,
    pub in_a_list: &'static str,
    pub in_details: &'static str,
    pub in_a_table: &'static str,
    pub typing_a_filter: &'static str,
    pub following_a_case: &'static str,
    pub choosing_a_case: &'static str,
    pub in_the_timeline: &'static str,
    pub in_this_help: &'static str,
    pub help_title: &'static str,
    pub help_mouse: &'static str,

    // Tabs and export sections: the title, and a shorter one for narrow windows.
    pub overview: (&'static str, &'static str),
    pub executive: (&'static str, &'static str),
    pub legislative: (&'static str, &'static str),
    pub judicial: (&'static str, &'static str),
    pub elections: (&'static str, &'static str),
    pub international: (&'static str, &'static str),
    pub society: (&'static str, &'static str),

    // The screen's frame: list labels, pane titles, the status line, the too-small message.
    pub at_a_glance: &'static str,
    pub memberships_count: fn(n: usize) -> String,
    pub contradictions_count: fn(n: usize) -> String,
    pub sources_count: fn(n: usize) -> String,
    pub court_system: &'static str,
    pub nothing_here: &'static str,
    pub nothing_for_this_tab: &'static str,
    pub open_title: fn(label: &str) -> String,
    pub status_sources: fn(sources: &str) -> String,
    pub status_source: fn(n: usize, title: &str, as_of: &str) -> String,
    pub disputed_mark: &'static str,
    pub too_small: fn(width: u16, height: u16, min_width: u16, min_height: u16) -> String,

    // Time: the "as of" label, the Timeline view, and a start date `--as-of` cannot give.
    pub as_of_label: fn(date: &str) -> String,
    pub as_of_not_today: fn(date: &str) -> String,
    pub timeline_title: fn(label: &str) -> String,
    pub timeline_title_undated: &'static str,
    pub no_events: &'static str,
    /// Each event kind's name in the Timeline view (`model::phrasing` matches each kind to its field).
    pub event_kinds: EventKinds,
    pub start_not_a_date: fn(text: &str) -> String,
    pub start_before_first: fn(text: &str, first: &str) -> String,

    // Relations between bodies: each kind's words, a sentence with a count, and a member's arrow label.
    pub relations: Relations,
    pub sentence_with_count: fn(from: &str, verb: &str, n: u32, to: &str) -> String,
    pub member_label: fn(name: &str) -> String,
    /// A count out of a body's size on a diagram's arrow: " (3 of 7)".
    pub of_members: fn(count: u32, members: u32) -> String,

    // The court diagram: its pane title, the case picker, the heading of the bodies beside the chain.
    pub court_pane_title: fn(view: &str, tail: &str) -> String,
    pub view_appeals: &'static str,
    pub view_appointments: &'static str,
    pub tail_explore: &'static str,
    pub tail_leave_case: &'static str,
    pub tail_back: &'static str,
    pub picker_title: &'static str,
    pub no_cases: &'static str,
    /// "1 step", "3 steps".
    pub steps: fn(n: usize) -> String,
    /// Beside a long appeal arrow.
    pub appeal: &'static str,
    /// Arrows at the diagram's edge: "↑↓ more".
    pub more: fn(arrows: &str) -> String,
    pub outside_the_appeal_chain: &'static str,
    pub councils_and_others: &'static str,

    // Pages: headings, field labels and sentences around the dataset's text.
    pub court_note: &'static str,
    pub form_of_government: &'static str,
    pub head_of_state: &'static str,
    pub head_of_government: &'static str,
    pub branches_at_a_glance: &'static str,
    pub sources: &'static str,
    pub source_line: fn(n: usize, title: &str, origin: &str, as_of: &str) -> String,
    pub seats_and_how_filled: &'static str,
    pub seats: fn(total: u32) -> String,
    pub who_chooses_whom: &'static str,
    pub contradictions_title: &'static str,
    pub contradictions_intro: &'static str,
    pub concerns: &'static str,
    pub date: &'static str,
    pub for_: &'static str,
    pub why_then: &'static str,
    pub originally_due: &'static str,
    pub candidates_registered: &'static str,
    pub result: fn(citation: &str) -> String,
    pub the_other_candidate: &'static str,
    pub the_other_candidates: fn(n: usize) -> String,
    pub everyone_else: &'static str,
    pub facts: &'static str,
    pub what_observers_criticised: &'static str,
    pub international_organizations: &'static str,
    pub shown_of: fn(shown: usize, all: usize) -> String,
    pub filter_shown_of: fn(text: &str, cursor: &str, shown: usize, all: usize) -> String,
    pub acronym: &'static str,
    pub full_name: &'static str,
    pub category: &'static str,
    pub status: &'static str,
    pub no_organization_matches: &'static str,
    pub superseded_item: fn(acronym: &str, by: &str, from: &str) -> String,
    pub statuses_as_listed: fn(citation: &str) -> String,
    pub both_readings_above: fn(title: &str) -> String,
    pub superseded_from: fn(from: &str, by: &str) -> String,
    pub next: &'static str,
    /// The next step, when the case goes there only if a side takes it further.
    pub next_if_taken_further: &'static str,
    /// `keys` are the keys that step the case on, from the key map ("→ or n").
    pub appeal_goes_to: fn(court: &str, keys: &str) -> String,
    /// "a cassation complaint goes to …": a kind of review (from `reviews`) to a court.
    pub review_goes_to: fn(review: &str, court: &str, keys: &str) -> String,
    /// The next step leaves the appeal chain.
    pub leaves_the_chain: fn(court: &str, keys: &str) -> String,
    /// Kinds of review in `Review`'s order, on an arrow and in a sentence.
    pub review_labels: [&'static str; 5],
    pub reviews: [&'static str; 5],
    pub end_of_the_road: &'static str,
    pub no_appeal_from: fn(court: &str) -> String,
    pub goes_no_further: fn(here: &str, onward: &str) -> String,
    pub kind_of_case: &'static str,
    pub source_with: fn(source: &str, citation: &str) -> String,
    pub step_of: fn(title: &str, step: usize, total: usize) -> String,
    pub judges: &'static str,
    pub members: &'static str,
    pub hears_appeals_from: &'static str,
    pub appeals_go_to: &'static str,
    pub cases_that_start_here: &'static str,
    pub who_chooses_the_judges: &'static str,
    pub who_chooses_or_sits: &'static str,
    pub its_part_in_choosing: &'static str,
    pub cases_to_follow_here: &'static str,

    // Pages through time: what changed at a body's last change, since when, until when; corrections.
    pub members_unit: &'static str,
    pub seats_unit: &'static str,
    pub named_until: fn(name: &str, before: &str, date: &str) -> String,
    pub size_until: fn(n: u32, unit: &str, before: u32, date: &str) -> String,
    pub size_not_given_until: fn(n: u32, unit: &str, date: &str) -> String,
    pub seats_filled_until: fn(date: &str, was: &str) -> String,
    pub changed: fn(what: &str) -> String,
    pub since: fn(date: &str) -> String,
    pub since_before_it: fn(date: &str, names: &str) -> String,
    pub abolished: fn(date: &str) -> String,
    pub abolished_replaced_by: fn(date: &str, names: &str) -> String,
    /// The last two names of a list: "A, B and C" is `and_last("A, B", "C")`.
    pub and_last: fn(rest: &str, last: &str) -> String,
    /// The dataset's base source, named in corrections and contradictions.
    pub the_article: &'static str,
    pub says_in_fact: fn(who: &str, says: &str, truth: &str) -> String,
    pub contradicts_itself: fn(who: &str) -> String,
    pub sources_disagree: &'static str,
    pub corrections: &'static str,
    pub called_not_known: fn(date: &str) -> String,
    pub question: &'static str,
    pub turnout: &'static str,
    pub of_registered_voters: fn(voters: &str) -> String,
    pub yes: &'static str,
    pub no: &'static str,
    pub votes_n: fn(votes: &str) -> String,
    pub invalid_ballots: &'static str,
    pub results_by_party: fn(citation: &str) -> String,
    pub party_seats: fn(party: &str, seats: u32) -> String,

    // `polity export`.
    pub nothing_recorded: &'static str,
    pub other_discrepancies: &'static str,
    pub export_no_dates: &'static str,
    pub export_as_of: fn(date: &str) -> String,
    pub last_change_on_or_before: fn(asked: &str) -> String,
    pub the_date_of: fn(title: &str) -> String,
    pub the_newest_date_in_the_dataset: &'static str,
    pub records_changes: fn(first: &str, last: &str) -> String,
    pub before_it: fn(since: Option<&str>, names: &str) -> String,
    pub valid_during: fn(validity: &str) -> String,
    /// A while something holds: "from 2023-01-01 until 2026-07-01", "from …", "until …", "always".
    pub validity: fn(from: Option<&str>, until: Option<&str>) -> String,
    pub from_then_members: fn(members: u32) -> String,
    pub abolished_replaced_cited: fn(date: &str, names: &str, cite: &str) -> String,
    /// Further sources by number: " (also source 7)", " (also sources 7, 8)".
    pub also_sources: fn(count: usize, numbers: &str) -> String,
    pub correction: fn(said_by: &str, says: &str, truth: &str, source: &str) -> String,
    pub results_not_known: &'static str,
    pub presidential_election: &'static str,
    pub parliamentary_election: &'static str,
    pub referendum: &'static str,
    pub kind_for: fn(kind: &str, body: &str) -> String,
    pub held_on: fn(date: &str) -> String,
    pub called_for: fn(date: &str) -> String,
    pub turnout_of: fn(turnout: &str, voters: &str) -> String,
    pub turnout_is: fn(turnout: &str) -> String,
    pub registered_voters: fn(voters: &str) -> String,
    pub question_is: fn(question: &str) -> String,
    pub seats_note: fn(note: &str) -> String,
    pub answer: &'static str,
    pub votes: &'static str,
    pub seats_heading: &'static str,
    pub what_changed: &'static str,
    pub changed_bodies: fn(names: &str) -> String,
    pub later_events: fn(n: usize) -> String,
    pub export_source: fn(n: usize, title: &str, origin: &str, as_of: &str) -> String,
    pub address: fn(url: &str) -> String,
    pub note: fn(note: &str) -> String,
    pub export_bad_date: fn(text: &str) -> String,
    pub export_too_early: fn(date: &str, first: &str) -> String,
    /// `polity diagram`: the picture's title, and why no picture was written.
    pub diagram_title: fn(title: &str, view: &str, date: Option<&str>) -> String,
    pub diagram_unknown_case: fn(case: &str) -> String,
    pub diagram_bad_step: fn(step: usize, steps: usize) -> String,
    pub diagram_not_written: fn(file: &str, why: &str) -> String,
    pub export_cite: fn(title: &str, as_of: &str) -> String,
    pub country: fn(country: &str) -> String,
    pub also: fn(names: &str) -> String,
    pub heads: fn(state: &str, government: &str) -> String,
    pub disputed_see: fn(title: &str) -> String,
    pub no_longer_so: fn(from: &str, by: &str, source: &str) -> String,
    pub discrepancy: fn(title: &str) -> String,
    pub where_cases_start: &'static str,
    pub starts_at: fn(matter: &str, court: &str, cite: &str) -> String,
    pub example: fn(title: &str) -> String,
    pub matter: fn(matter: &str, cite: &str) -> String,
    pub step: fn(n: usize, court: &str, why: &str) -> String,
    pub scheduled_for: fn(date: &str) -> String,
    pub candidates_registered_n: fn(n: u32) -> String,
    pub criticism: &'static str,
    pub memberships: &'static str,
    pub name: &'static str,
    pub source: &'static str,
    pub as_of: fn(title: &str, as_of: &str) -> String,
    pub superseded_on: fn(acronym: &str, from: &str, by: &str, source: &str) -> String,
    pub kind: fn(kind: &str) -> String,
    pub members_n: fn(n: u32) -> String,
    pub court_level: fn(level: u8) -> String,
    pub also_called: fn(names: &str) -> String,
    pub other_candidates: &'static str,
    pub candidate: &'static str,
    pub party: &'static str,
    pub share: &'static str,

    // `polity check`.
    pub problems_found: fn(count: usize, name: &str) -> String,
    pub valid: fn(title: &str, name: &str) -> String,
    pub check_source: fn(id: &str, width: usize, title: &str, as_of: &str) -> String,
    /// What the summary counts, in its order: bodies, relations, sources, elections, memberships, topics,
    /// discrepancies, matters, scenarios.
    pub check_counts: [&'static str; 9],

    // What a visitor of `polity serve` reads on screen.
    pub idle_warning: fn(seconds_left: u64) -> String,
    pub goodbye: &'static str,
    pub ended_idle: fn(seconds: u64) -> String,
    pub ended_time_limit: fn(minutes: u64) -> String,
    pub server_shutting_down: &'static str,
    pub something_went_wrong: &'static str,
    pub server_full: fn(visitors: usize) -> String,
    pub server_busy: fn(logging_in: usize) -> String,
    pub too_many_from_address: fn(connections: usize) -> String,
    pub too_many_logging_in_from_address: fn(logging_in: usize) -> String,
    /// A ban for too many wrong class codes, with the minutes it has left.
    pub banned_for_wrong_codes: fn(minutes: u64) -> String,
    pub class_code_instructions: &'static str,
    pub class_code_prompt: &'static str,
    pub only_interactive: &'static str,
    pub needs_a_terminal: &'static str,

    // Search, links, the back stack and leaving a served session.
    pub search: &'static str,
    pub type_the_search: &'static str,
    pub previous_result: &'static str,
    pub next_result: &'static str,
    pub go_to_the_result: &'static str,
    pub next_match: &'static str,
    pub previous_match: &'static str,
    pub clear_the_search: &'static str,
    pub next_link: &'static str,
    pub previous_link: &'static str,
    pub follow_the_link: &'static str,
    pub links: &'static str,
    pub follow: &'static str,
    pub back_to_where_you_were: &'static str,
    pub forward_again: &'static str,
    pub leave_polity: &'static str,
    pub leave: &'static str,
    pub stay: &'static str,
    pub on_the_court_system: &'static str,
    pub typing_a_search: &'static str,
    pub on_a_page_with_links: &'static str,
    pub asked_whether_to_leave: &'static str,
    pub search_title: &'static str,
    pub search_empty: &'static str,
    pub no_matches: &'static str,
    pub leave_question: &'static str,
    /// "1 match", "12 matches".
    pub matches: fn(n: usize) -> String,

    /// The quiz's words.
    pub quiz: &'static QuizWords,
    /// The glossary's words.
    pub glossary: &'static GlossaryWords,

    // The quiz view, predict-then-reveal and the glossary panel.
    pub open_the_quiz: &'static str,
    pub answer_the_question: &'static str,
    pub next_question: &'static str,
    pub show_me_the_page: &'static str,
    pub a_new_quiz: &'static str,
    pub close_the_quiz: &'static str,
    pub quiz_hint: &'static str,
    pub answer_hint: &'static str,
    pub next_hint: &'static str,
    pub show_me_hint: &'static str,
    pub again_hint: &'static str,
    pub in_the_quiz: &'static str,
    /// The Quiz view's title: its date and seed.
    pub quiz_title: fn(as_of: Option<&str>, seed: u64) -> String,
    /// "Question 2 of 5 · 1 right so far".
    pub quiz_progress: fn(number: usize, of: usize, right: usize) -> String,
    /// What the keys do after an answer: `show` only when the page exists.
    pub quiz_then: fn(next: &str, show: Option<&str>) -> String,
    /// What the keys do at the score.
    pub quiz_over: fn(again: &str, close: &str) -> String,
    pub where_next: &'static str,
    pub guess_the_court: &'static str,
    pub reveal_the_step: &'static str,
    pub stop_asking: &'static str,
    pub asked_where_next: &'static str,
    pub where_does_it_go: &'static str,
    /// What the keys do while asked: `digits` such as "1-4", `reveal` the key that shows the step.
    pub predict_keys: fn(digits: &str, reveal: &str) -> String,
    /// Said once the step is drawn: the court, and whether the guess (if any) was right.
    pub predict_right: fn(court: &str) -> String,
    pub predict_wrong: fn(court: &str, guess: &str) -> String,
    pub predict_shown: fn(court: &str) -> String,
    pub terms_on_this_page: &'static str,
    pub close_the_terms: &'static str,
    pub terms_hint: &'static str,
    pub in_the_terms_panel: &'static str,
    pub no_terms: &'static str,
    /// The panel's title: the terms of this page, or every term when the page marks none.
    pub terms_here_title: &'static str,
    pub every_term_title: &'static str,
    /// Under a definition: its source and date.
    pub term_source: fn(source: &str, as_of: &str) -> String,
    /// A membership's verb for one person who sits on a body ("sits on"); `Relating::plural` for more.
    pub sits_on: &'static str,
    // Guided tours, kiosk attract mode and presenter mode.
    pub tour: &'static TourWords,
    // Court diagram size
    /// In place of a diagram too large to lay out: its bound size in cells and the most there may be.
    pub diagram_too_large: fn(width: u64, height: u64, most: u64) -> String,
    /// The export's heading over the appeal chain.
    pub appeal_chain: &'static str,
    /// "Criminal branch": a part of the appeal chain.
    pub chain_branch: fn(branch: &str) -> String,
    /// The part of the appeal chain with the courts of no branch.
    pub chain_no_branch: &'static str,
    /// One court of the appeal chain: its name, what it hears and where its appeals go (empty: nowhere).
    pub chain_court: fn(name: &str, hears: &str, appeals_to: &str) -> String,

    // Links in the court diagram's panel and case captions, and the page of the focused box.
    /// Help: what Enter does in the court diagram.
    pub open_the_box_page: &'static str,
    /// The hint for it.
    pub its_page: &'static str,
    /// Words that may begin who sits on a body ("some senators", "the chairperson of ...") and only count or
    /// point; a membership line's link leaves them out, in any case.
    pub who_lead_words: &'static [&'static str],
    // The appointments view as a graph: who sits on a council, inside its box.
    /// The line naming who sits on a body, from a list already joined: "Members: some senators, some judges".
    pub members_line: fn(list: &str) -> String,
    /// One member who chairs the body: "the Minister (chair)".
    pub chairs_member: fn(who: &str) -> String,
    // The court diagram's panel links reached by keyboard, and key names in its captions.
    /// Help: the key that moves the keyboard into the panel beside the diagram.
    pub walk_the_panel_links: &'static str,
    /// Hint for that key.
    pub panel_links: &'static str,
    /// Help: back from the panel's links to the boxes.
    pub back_to_the_boxes: &'static str,
    /// Hint for that key.
    pub boxes: &'static str,
    /// Help heading while the panel's links have the keys.
    pub in_the_panels_links: &'static str,
    /// Between two keys that do the same thing, in a sentence ("→ or n").
    pub keys_or: &'static str,

    // The appointments view split into connected groups.
    /// After the view's name in the diagram's title: which group is shown, counted from 1 (" · group 2 of 100").
    pub diagram_group: fn(shown: usize, groups: usize) -> String,
}

/// A relation kind's words: "{from} {verb} {to}", "{to} {passive} {from}", and one word for a diagram's arrow
/// (none for kinds drawn without a verb).
pub struct Relating {
    pub verb: &'static str,
    /// The verb for a subject that is plural ("Local courts send appeals to ...").
    pub plural: &'static str,
    pub passive: &'static str,
    pub short: Option<&'static str>,
}

/// The name of each kind of event.
pub struct EventKinds {
    pub resignation: &'static str,
    pub succession: &'static str,
    pub election: &'static str,
    pub referendum: &'static str,
    pub amendment: &'static str,
    pub constitution: &'static str,
    pub law: &'static str,
    pub ruling: &'static str,
    pub reform: &'static str,
    pub other: &'static str,
}

/// Every relation kind's words (`model::phrasing` matches each kind to its field).
pub struct Relations {
    pub nominates: Relating,
    pub appoints: Relating,
    pub recommends: Relating,
    pub approves: Relating,
    pub elects: Relating,
    pub lists: Relating,
    pub appeals_to: Relating,
    pub member_of: Relating,
    pub chairs: Relating,
    pub initiates: Relating,
    pub heads: Relating,
    pub reviews: Relating,
}

/// The words for a language tag ("en", "ru", "ru_RU.UTF-8", "en-GB"), if polity has that language.
pub fn for_language(tag: &str) -> Option<&'static Strings> {
    let language = tag.split(['_', '-', '.', '@']).next().unwrap_or_default();
    match language.to_ascii_lowercase().as_str() {
        "en" => Some(&EN),
        _ => None,
    }
}

/// The words for the first of `tags` polity has, else English. Callers pass the dataset's language first, so the
/// interface reads in the language of the text around it, then the user's.
pub fn choose<'a>(tags: impl IntoIterator<Item = Option<&'a str>>) -> &'static Strings {
    tags.into_iter()
        .flatten()
        .find_map(for_language)
        .unwrap_or(&EN)
}

/// The words for a dataset in `dataset_language` read by the user this process runs for (their environment's
/// language), for what a command prints outside the app.
pub fn for_this_user(dataset_language: &str) -> &'static Strings {
    let user = user_language(|name| std::env::var(name).ok());
    choose([Some(dataset_language), user.as_deref()])
}

/// The user's language from the environment, as the C library reads it: `LC_ALL`, then `LC_MESSAGES`, then
/// `LANG`; unset, empty, "C" and "POSIX" mean none.
pub fn user_language(env: impl Fn(&str) -> Option<String>) -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| env(name).filter(|v| !v.is_empty()))
        .filter(|v| v != "C" && v != "POSIX" && !v.starts_with("C."))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_english(s: &Strings) -> bool {
        std::ptr::eq(s, &EN)
    }

    #[test]
    fn english_is_found_by_any_form_of_its_tag() {
        for tag in ["en", "EN", "en_GB.UTF-8", "en-US", "en.UTF-8", "en@latin"] {
            assert!(for_language(tag).is_some_and(is_english), "{tag}");
        }
    }

    #[test]
    fn a_language_polity_lacks_is_none() {
        for tag in ["ru", "ru_RU.UTF-8", "kk-KZ", "", "C", "eng"] {
            assert!(for_language(tag).is_none(), "{tag}");
        }
    }

    #[test]
    fn the_first_known_language_wins_and_english_is_the_fallback() {
        assert!(is_english(choose([Some("en"), Some("ru")])));
        assert!(is_english(choose([Some("kk"), Some("ru_RU.UTF-8")])));
        assert!(is_english(choose([None, None])));
        assert!(is_english(choose([])));
    }

    #[test]
    fn the_user_language_follows_the_c_library_order() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let both = env(&[("LANG", "en_GB.UTF-8"), ("LC_ALL", "ru_RU.UTF-8")]);
        assert_eq!(user_language(both).as_deref(), Some("ru_RU.UTF-8"));
        let empty_all = env(&[("LANG", "kk_KZ.UTF-8"), ("LC_ALL", "")]);
        assert_eq!(user_language(empty_all).as_deref(), Some("kk_KZ.UTF-8"));
        assert_eq!(user_language(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(user_language(env(&[("LANG", "POSIX")])), None);
        assert_eq!(user_language(env(&[])), None);
    }
}
