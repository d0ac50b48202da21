//! The interface in English.

use super::{EventKinds, Relating, Relations, Strings};

pub static EN: Strings = Strings {
    next_tab: "next tab",
    previous_tab: "previous tab",
    jump_to_tab: "jump to tab",
    tabs: "tabs",
    move_up: "move up",
    move_down: "move down",
    move_: "move",
    open_details: "open details",
    open: "open",
    back: "back",
    page_up: "page up",
    page_down: "page down",
    top: "top",
    bottom: "bottom",
    help: "help",
    close_help: "close help",
    close: "close",
    filter_the_table: "filter the table",
    filter: "filter",
    type_the_filter: "type the filter",
    delete_a_character: "delete a character",
    keep_the_filter: "keep the filter",
    keep: "keep",
    clear_the_filter: "clear the filter",
    clear: "clear",
    quit: "quit",
    select: "select",
    scroll_up: "scroll up",
    scroll_down: "scroll down",
    resize: "resize",
    move_between_boxes: "move between boxes",
    next_previous_box: "next / previous box",
    appeals_appointments: "appeals / appointments",
    follow_a_case: "follow a case",
    start_the_case: "start the case",
    cancel: "cancel",
    next_step: "next step",
    previous_step: "previous step",
    restart: "restart",
    leave_the_case: "leave the case",
    any_text: "text",
    previous_change: "previous change (earlier date)",
    next_change: "next change (later date)",
    the_articles_date: "the article's date",
    the_newest_date: "the newest date",
    timeline_of_events: "timeline of events",
    go_to_that_date_and_body: "go to that date and body",
    close_the_timeline: "close the timeline",
    earlier: "earlier",
    later: "later",
    timeline: "timeline",
    go_there: "go there",

    in_the_court_diagram: |digits| {
        format!("In the court diagram ({digits} and h/l still change tab)")
    },
    anywhere: "Anywhere",
    browsing: "Browsing",
    in_a_list: "In a list",
    in_details: "In details",
    in_a_table: "In a table",
    typing_a_filter: "Typing a filter",
    following_a_case: "Following a case",
    choosing_a_case: "Choosing a case",
    in_the_timeline: "In the timeline",
    in_this_help: "In this help",
    help_title: " Keys · Esc closes ",
    help_mouse: "Mouse: click a tab, item or court box; wheel scrolls.",

    overview: ("Overview", "Overview"),
    executive: ("Executive", "Exec"),
    legislative: ("Legislative", "Legis"),
    judicial: ("Judicial", "Judicial"),
    elections: ("Elections", "Elections"),
    international: ("International", "Intl"),
    society: ("Society", "Society"),

    at_a_glance: "At a glance",
    memberships_count: |n| format!("Memberships ({n})"),
    contradictions_count: |n| format!("Contradictions ({n})"),
    sources_count: |n| format!("Sources ({n})"),
    court_system: "Court system",
    nothing_here: "(nothing here)",
    nothing_for_this_tab: "This dataset has nothing for this tab.",
    open_title: |label| format!(" {label} · Esc back "),
    status_sources: |sources| format!(" Source: {sources}"),
    status_source: |n, title, as_of| format!("[{n}] {title} · as of {as_of}"),
    disputed_mark: " ⚠ disputed ",
    too_small: |width, height, min_width, min_height| {
        format!(
            "This window is {width}x{height}. polity needs at least {min_width}x{min_height}: please make it larger."
        )
    },

    as_of_label: |date| format!("as of {date}"),
    as_of_not_today: |date| format!("as of {date} · not today"),
    timeline_title: |label| format!(" Timeline · {label} · Enter goes there · Esc closes "),
    timeline_title_undated: " Timeline · Esc closes ",
    no_events: "This dataset records no events.",
    event_kinds: EventKinds {
        resignation: "Resignation",
        succession: "Succession",
        election: "Election",
        referendum: "Referendum",
        amendment: "Amendment",
        constitution: "Constitution",
        law: "Law",
        ruling: "Ruling",
        reform: "Reform",
        other: "Other",
    },
    start_not_a_date: |text| {
        format!("--as-of {text}: not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    },
    start_before_first: |text, first| format!("--as-of {text}: the dataset begins on {first}"),

    relations: Relations {
        nominates: Relating {
            verb: "nominates",
            plural: "nominate",
            passive: "is nominated by",
            short: Some("nominates"),
        },
        appoints: Relating {
            verb: "appoints",
            plural: "appoint",
            passive: "is appointed by",
            short: Some("appoints"),
        },
        recommends: Relating {
            verb: "recommends",
            plural: "recommend",
            passive: "is recommended by",
            short: Some("recommends"),
        },
        approves: Relating {
            verb: "approves",
            plural: "approve",
            passive: "is approved by",
            short: Some("approves"),
        },
        elects: Relating {
            verb: "elects",
            plural: "elect",
            passive: "is elected by",
            short: Some("elects"),
        },
        lists: Relating {
            verb: "draws up candidate lists for",
            plural: "draw up candidate lists for",
            passive: "has candidate lists drawn up by",
            short: Some("lists"),
        },
        appeals_to: Relating {
            verb: "sends appeals to",
            plural: "send appeals to",
            passive: "hears appeals from",
            short: None,
        },
        member_of: Relating {
            verb: "is part of",
            plural: "sit on",
            passive: "includes",
            short: None,
        },
        chairs: Relating {
            verb: "chairs",
            plural: "chair",
            passive: "is chaired by",
            short: Some("chairs"),
        },
        initiates: Relating {
            verb: "may propose laws to",
            plural: "may propose laws to",
            passive: "receives proposed laws from",
            short: None,
        },
        heads: Relating {
            verb: "heads",
            plural: "head",
            passive: "is headed by",
            short: None,
        },
        reviews: Relating {
            verb: "reviews the acts of",
            plural: "review the acts of",
            passive: "has its acts reviewed by",
            short: None,
        },
    },
    sentence_with_count: |from, verb, n, to| format!("{from} {verb} {n} members of {to}"),
    member_label: |name| format!("member: {name}"),
    of_members: |count, members| format!(" ({count} of {members})"),

    court_pane_title: |view, tail| format!(" Court system: {view}{tail} "),
    view_appeals: "appeals",
    view_appointments: "who chooses the judges",
    tail_explore: " · Enter explores",
    tail_leave_case: " · Esc leaves the case",
    tail_back: " · Esc back",
    picker_title: " Follow a case · Enter · Esc ",
    steps: |n| {
        if n == 1 {
            format!("{n} step")
        } else {
            format!("{n} steps")
        }
    },
    no_cases: "This dataset has no cases to follow.",
    appeal: "appeal",
    more: |arrows| format!(" {arrows} more "),
    outside_the_appeal_chain: "Outside the appeal chain",
    councils_and_others: "Councils and others",

    court_note: "Drawn as a diagram of the courts: appeals, where cases start, who appoints the judges.",
    form_of_government: "Form of government",
    head_of_state: "Head of state",
    head_of_government: "Head of government",
    branches_at_a_glance: "The branches at a glance",
    sources: "Sources",
    source_line: |n, title, origin, as_of| format!("[{n}] {title} — {origin}, as of {as_of}"),
    seats_and_how_filled: "Seats and how they are filled",
    seats: |total| format!("{total} seats"),
    who_chooses_whom: "Who chooses, checks or joins whom",
    contradictions_title: "Where the source contradicts itself",
    contradictions_intro: "polity keeps every reading instead of choosing one.",
    concerns: "Concerns",
    date: "Date",
    for_: "For",
    why_then: "Why then",
    originally_due: "Originally due",
    candidates_registered: "Candidates registered",
    result: |citation| format!("Result {citation}"),
    the_other_candidate: "The other candidate",
    the_other_candidates: |n| format!("The other {n} candidates together"),
    everyone_else: "Everyone else",
    facts: "Facts",
    what_observers_criticised: "What observers criticised",
    international_organizations: "International organizations",
    shown_of: |shown, all| format!("{shown} of {all} shown · / to filter"),
    filter_shown_of: |text, cursor, shown, all| {
        format!("Filter: {text}{cursor}  ({shown} of {all} shown)")
    },
    acronym: "Acronym",
    full_name: "Full name",
    category: "Category",
    status: "Status",
    no_organization_matches: "No organization matches the filter. Esc clears it.",
    superseded_item: |acronym, by, from| format!("* {acronym}: {by} from {from}"),
    statuses_as_listed: |citation| format!("Statuses as listed {citation}"),
    both_readings_above: |title| format!("(both readings of \"{title}\" are above)"),
    superseded_from: |from, by| format!("Superseded from {from}: {by}"),
    next: "Next",
    next_if_taken_further: "Next, only if a side takes it further",
    appeal_goes_to: |court, keys| format!("an appeal goes to {court} ({keys})."),
    review_goes_to: |review, court, keys| format!("{review} goes to {court} ({keys})."),
    leaves_the_chain: |court, keys| {
        format!("the case leaves the appeal chain for {court} ({keys}).")
    },
    review_labels: [
        "appeal",
        "cassation",
        "points of law",
        "exceptional review",
        "constitutional complaint",
    ],
    reviews: [
        "an appeal",
        "a cassation complaint",
        "a review on points of law",
        "an exceptional review",
        "a constitutional complaint",
    ],
    end_of_the_road: "■ End of the road",
    no_appeal_from: |court| format!("there is no appeal from {court}."),
    goes_no_further: |here, onward| {
        format!("this case goes no further, though an appeal from {here} would go to {onward}.")
    },
    kind_of_case: "Kind of case",
    source_with: |source, citation| format!("Source: {source} {citation}"),
    step_of: |title, step, total| format!("{title} · step {step} of {total}"),
    judges: "Judges",
    members: "Members",
    hears_appeals_from: "Hears appeals from",
    appeals_go_to: "Appeals go to",
    cases_that_start_here: "Cases that start here",
    who_chooses_the_judges: "Who chooses the judges",
    who_chooses_or_sits: "Who chooses or sits in it",
    its_part_in_choosing: "Its part in choosing others",
    cases_to_follow_here: "Cases to follow through here (s)",

    members_unit: "members",
    seats_unit: "seats",
    named_until: |name, before, date| format!("named {name} ({before} until {date})"),
    size_until: |n, unit, before, date| format!("{n} {unit} ({before} until {date})"),
    size_not_given_until: |n, unit, date| format!("{n} {unit} (not given until {date})"),
    seats_filled_until: |date, was| format!("how the seats are filled (until {date}: {was})"),
    changed: |what| format!("changed: {what}"),
    since: |date| format!("since {date}"),
    since_before_it: |date, names| format!("since {date}; before it: {names}"),
    abolished: |date| format!("abolished {date}"),
    abolished_replaced_by: |date, names| format!("abolished {date}: replaced by {names}"),
    and_last: |rest, last| format!("{rest} and {last}"),
    the_article: "The article",
    says_in_fact: |who, says, truth| format!("{who} says {says}. In fact: {truth}"),
    contradicts_itself: |who| format!("{who} contradicts itself"),
    sources_disagree: "The sources disagree",
    corrections: "Corrections",
    called_not_known: |date| format!("called for {date}; results not yet known"),
    question: "Question",
    turnout: "Turnout",
    of_registered_voters: |voters| format!(" of {voters} registered voters"),
    yes: "Yes",
    no: "No",
    votes_n: |votes| format!(" ({votes} votes)"),
    invalid_ballots: "Invalid ballots",
    results_by_party: |citation| format!("Results by party {citation}"),
    party_seats: |party, seats| {
        if seats == 1 {
            format!("{party} (1 seat)")
        } else {
            format!("{party} ({seats} seats)")
        }
    },

    nothing_recorded: "Nothing recorded.",
    other_discrepancies: "Other discrepancies",
    export_no_dates: "The dataset carries no dates: this is everything it records.",
    export_as_of: |date| format!("As of {date}: what held on that day"),
    last_change_on_or_before: |asked| format!("the last change by the end of {asked}"),
    the_date_of: |title| format!("the date of {title}"),
    the_newest_date_in_the_dataset: "the newest date in the dataset",
    records_changes: |first, last| format!(" The dataset records changes from {first} to {last}."),
    before_it: |since, names| match since {
        Some(since) => format!("Since {since}; before it: {names}."),
        None => format!("before it: {names}."),
    },
    valid_during: |validity| format!("Valid {validity}"),
    validity: |from, until| match (from, until) {
        (Some(from), Some(until)) => format!("from {from} until {until}"),
        (Some(from), None) => format!("from {from}"),
        (None, Some(until)) => format!("until {until}"),
        (None, None) => "always".to_string(),
    },
    from_then_members: |members| format!("; from then, {members} members"),
    abolished_replaced_cited: |date, names, cite| {
        format!("Abolished {date}: replaced by {names} {cite}")
    },
    also_sources: |count, numbers| {
        let word = if count == 1 { "source" } else { "sources" };
        format!(" (also {word} {numbers})")
    },
    correction: |said_by, says, truth, source| {
        format!("Correction: {said_by} says {says}. In fact: {truth} [{source}]")
    },
    results_not_known: "Results: not known. The sources report none yet.",
    presidential_election: "Presidential election",
    parliamentary_election: "Parliamentary election",
    referendum: "Referendum",
    kind_for: |kind, body| format!("{kind} for: {body}."),
    held_on: |date| format!(" Held {date}"),
    called_for: |date| format!(" Called for {date}"),
    turnout_of: |turnout, voters| format!(" Turnout: {turnout} of {voters} registered voters."),
    turnout_is: |turnout| format!(" Turnout: {turnout}."),
    registered_voters: |voters| format!(" Registered voters: {voters}."),
    question_is: |question| format!("Question: {question}"),
    seats_note: |note| format!("Seats: {note}"),
    answer: "Answer",
    votes: "Votes",
    seats_heading: "Seats",
    what_changed: "What changed",
    changed_bodies: |names| format!("Changed: {names}."),
    later_events: |n| {
        let what = if n == 1 { "event" } else { "events" };
        format!("The dataset records {n} later {what}, not shown here.")
    },
    export_source: |n, title, origin, as_of| format!("[{n}] {title}. {origin}; as of {as_of}."),
    address: |url| format!("Address: {url}"),
    note: |note| format!("Note: {note}"),
    export_bad_date: |text| {
        format!("polity: --as-of {text:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    },
    diagram_title: |title, view, date| match date {
        Some(date) => format!("{title}: court system, {view}, as of {date}"),
        None => format!("{title}: court system, {view}"),
    },
    diagram_unknown_case: |case| format!("polity: the dataset has no case {case:?}"),
    diagram_bad_step: |step, steps| format!("polity: --step {step} is not between 1 and {steps}"),
    diagram_not_written: |file, why| format!("polity: could not write {file}: {why}"),
    export_too_early: |date, first| {
        format!("polity: --as-of {date} is before the dataset's first date ({first})")
    },
    export_cite: |title, as_of| format!("[{title}, as of {as_of}]"),
    country: |country| format!("Country: {country}."),
    also: |names| format!(" Also: {names}."),
    heads: |state, government| format!("Head of state: {state}. Head of government: {government}."),
    disputed_see: |title| format!(" (disputed: see \"{title}\")"),
    no_longer_so: |from, by, source| format!("No longer so from {from}: {by} [{source}]"),
    discrepancy: |title| format!("Discrepancy: {title}"),
    where_cases_start: "Where cases start",
    starts_at: |matter, court, cite| format!("{matter}: starts at {court} {cite}"),
    example: |title| format!("Example: {title}"),
    matter: |matter, cite| format!("Matter: {matter}. {cite}"),
    step: |n, court, why| format!("Step {n}, {court}: {why}"),
    scheduled_for: |date| format!(" (scheduled for {date})"),
    candidates_registered_n: |n| format!(" Candidates registered: {n}."),
    criticism: "Criticism",
    memberships: "Memberships",
    name: "Name",
    source: "Source",
    as_of: |title, as_of| format!("{title}, as of {as_of}"),
    superseded_on: |acronym, from, by, source| format!("{acronym}, from {from}: {by} [{source}]"),
    kind: |kind| format!("Kind: {kind}."),
    members_n: |n| format!(" Members: {n}."),
    court_level: |level| format!(" Court level: {level}."),
    also_called: |names| format!(" Also called: {names}."),
    other_candidates: "Other candidates",
    candidate: "Candidate",
    party: "Party",
    share: "Share",

    problems_found: |count, name| {
        let noun = if count == 1 { "problem" } else { "problems" };
        format!("{count} {noun} found in {name}")
    },
    valid: |title, name| format!("{title}\n{name}: valid"),
    check_source: |id, width, title, as_of| format!("  {id:<width$}  {title}, as of {as_of}"),

    check_counts: [
        "Bodies",
        "Relations",
        "Sources",
        "Elections",
        "Memberships",
        "Topics",
        "Discrepancies",
        "Matters",
        "Scenarios",
    ],

    idle_warning: |seconds_left| {
        format!(
            " No key pressed for a while: this session ends in {seconds_left} s. Press any key to stay. "
        )
    },
    goodbye: "goodbye.",
    ended_idle: |seconds| {
        format!(
            "the session ended after {seconds} s without a key press. Connect again to start afresh."
        )
    },
    ended_time_limit: |minutes| {
        format!(
            "the session reached its time limit ({minutes} min). Connect again to start afresh."
        )
    },
    server_shutting_down: "the server is shutting down; please connect again later.",
    something_went_wrong: "something went wrong; please connect again.",
    server_full: |n| {
        format!("polity is full ({n} visitors are connected); please try again in a few minutes")
    },
    server_busy: |n| {
        format!("polity is busy ({n} connections are logging in); please try again in a moment")
    },
    too_many_from_address: |n| {
        format!("too many connections from your address ({n}); please close one and try again")
    },
    too_many_logging_in_from_address: |n| {
        format!(
            "too many connections from your address are logging in ({n}); please try again in a moment"
        )
    },
    banned_for_wrong_codes: |minutes| {
        format!(
            "too many wrong class codes from your address; please try again in {minutes} minutes"
        )
    },
    class_code_instructions: "Type the class code your teacher gave you.",
    class_code_prompt: "Class code: ",
    only_interactive: "this server runs only the interactive app: connect with `ssh -t HOST` and no command",
    needs_a_terminal: "this app needs a terminal: connect with `ssh -t HOST`",

    // Search, links, the back stack and leaving a served session.
    search: "search",
    type_the_search: "type the search",
    previous_result: "previous result",
    next_result: "next result",
    go_to_the_result: "go to the result",
    next_match: "next match",
    previous_match: "previous match",
    clear_the_search: "clear the search",
    next_link: "next link",
    previous_link: "previous link",
    follow_the_link: "follow the link",
    links: "links",
    follow: "follow",
    back_to_where_you_were: "back to where you were",
    forward_again: "forward again",
    leave_polity: "leave polity",
    leave: "leave",
    stay: "stay",
    on_the_court_system: "On the court system",
    typing_a_search: "Typing a search",
    on_a_page_with_links: "On a page with links",
    asked_whether_to_leave: "Asked whether to leave",
    search_title: " Search · Enter goes there · Esc clears ",
    search_empty: "type to search names, facts, relations, elections, cases",
    no_matches: "no matches",
    leave_question: "Leave polity? y / n",
    matches: |n| match n {
        1 => "1 match".to_string(),
        n => format!("{n} matches"),
    },

    quiz: &super::QUIZ_EN,
    glossary: &super::GLOSSARY_EN,

    // The quiz view, predict-then-reveal and the glossary panel.
    open_the_quiz: "a quiz on what is on screen at this date",
    answer_the_question: "answer",
    next_question: "next question (or the score)",
    show_me_the_page: "show me the page that answers it",
    a_new_quiz: "a new quiz",
    close_the_quiz: "close the quiz",
    quiz_hint: "quiz",
    answer_hint: "answer",
    next_hint: "next",
    show_me_hint: "show me",
    again_hint: "new quiz",
    in_the_quiz: "In the quiz",
    quiz_title: |as_of, seed| match as_of {
        Some(date) => format!(" Quiz · as of {date} · seed {seed} "),
        None => format!(" Quiz · seed {seed} "),
    },
    quiz_progress: |number, of, right| format!(" Question {number} of {of} · {right} right "),
    quiz_then: |next, show| match show {
        Some(show) => format!("{next}: next question · {show}: show me the page that answers it"),
        None => format!("{next}: next question"),
    },
    quiz_over: |again, close| format!("{again}: a new quiz · {close}: close"),
    where_next: "ask where next",
    guess_the_court: "guess the court",
    reveal_the_step: "show the next step",
    stop_asking: "stop asking",
    asked_where_next: "Asked where the case goes next",
    where_does_it_go: "Where does the case go next?",
    predict_keys: |digits, reveal| format!("{digits}: your answer · {reveal}: show it"),
    predict_right: |court| format!("✓ Right: the case goes to {court}."),
    predict_wrong: |court, guess| {
        format!("✗ Not this time: the case goes to {court}, not {guess}.")
    },
    predict_shown: |court| format!("The case goes to {court}."),
    terms_on_this_page: "the terms on this page, explained",
    close_the_terms: "close the terms",
    terms_hint: "terms",
    in_the_terms_panel: "In the terms panel",
    no_terms: "This dataset explains no terms.",
    terms_here_title: " Terms on this page · Esc closes ",
    every_term_title: " Every term (none on this page) · Esc closes ",
    term_source: |source, as_of| format!("[{source}, as of {as_of}]"),
    sits_on: "sits on",
    // Guided tours, kiosk attract mode and presenter mode.
    tour: &super::TOUR_EN,
    // Court diagram size
    diagram_too_large: |width, height, most| {
        format!(
            "This court system is too large to draw: up to {width} x {height} cells, at most {most} either way."
        )
    },
    appeal_chain: "The appeal chain",
    chain_branch: |branch| format!("{branch} branch"),
    chain_no_branch: "Courts of no branch (over the branches they join)",
    chain_court: |name, hears, to| {
        let then = if to.is_empty() {
            "No further appeal.".to_string()
        } else {
            format!("Appeals go to {to}.")
        };
        format!("{name}: {hears} {then}")
    },
    // Links in the court diagram's panel and case captions, and the page of the focused box.
    open_the_box_page: "open the focused box's page (following a case: the court it is at)",
    its_page: "its page",
    who_lead_words: &["some", "the", "a", "an", "all", "its", "their"],
    // The appointments view as a graph: who sits on a council, inside its box.
    members_line: |list| format!("Members: {list}"),
    chairs_member: |who| format!("{who} (chair)"),
    // The court diagram's panel links reached by keyboard, and key names in its captions.
    walk_the_panel_links: "walk the links in the panel beside the diagram",
    panel_links: "panel links",
    back_to_the_boxes: "back to the diagram's boxes",
    boxes: "boxes",
    in_the_panels_links: "In the links of the court diagram's panel",
    keys_or: " or ",
    // The appointments view split into connected groups.
    diagram_group: |shown, groups| format!(" · group {shown} of {groups}"),
};
