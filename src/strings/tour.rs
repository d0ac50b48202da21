//! The words of guided tours, kiosk attract mode and presenter mode.

/// Tours' and presenter mode's interface words in one language (each `Strings` points at one).
pub struct TourWords {
    // Key descriptions (help overlay) and short hints.
    pub guided_tours: &'static str,
    /// The tour list's key in the hint line.
    pub tours: &'static str,
    pub start_the_tour: &'static str,
    pub close_the_list: &'static str,
    pub next_stop: &'static str,
    pub previous_stop: &'static str,
    pub leave_the_tour: &'static str,
    pub presenter_mode: &'static str,
    pub next: &'static str,
    pub previous: &'static str,
    pub leave: &'static str,
    // Where the keys apply, as help headings.
    pub choosing_a_tour: &'static str,
    pub on_a_tour: &'static str,
    // The tour list and the stop's panel.
    pub list_title: &'static str,
    /// A tour's row in the list: its title and its number of stops.
    pub list_row: fn(title: &str, stops: usize) -> String,
    pub no_tours: &'static str,
    /// The panel's title: the tour and where in it the class is.
    pub panel_title: fn(tour: &str, stop: usize, stops: usize) -> String,
    /// The mark before the stop's question.
    pub question_mark: &'static str,
    /// What the attract mode's panel adds: any key stops it.
    pub attract_note: &'static str,
    // Presenter mode's headline figures.
    /// What a seat count in large type counts: "seats · Diet".
    pub seats_caption: fn(count: u32, body: &str) -> String,
    pub percent: fn(value: &str) -> String,
    /// What a referendum's share in large type is: "voted yes · Referendum …".
    pub yes_caption: fn(title: &str) -> String,
    /// Where a followed case is: "step 2 of 4 · A theft in a town".
    pub step_caption: fn(step: usize, steps: usize, case: &str) -> String,
    /// The tour a large stop title belongs to: "Who holds power · stop 2 of 6".
    pub stop_caption: fn(tour: &str, stop: usize, stops: usize) -> String,
    // `--tour` with a name no tour has.
    pub unknown_tour: fn(asked: &str, known: &str) -> String,
    pub no_tour_in_dataset: fn(asked: &str) -> String,
}

/// English.
pub static TOUR_EN: TourWords = TourWords {
    guided_tours: "guided tours",
    tours: "tours",
    start_the_tour: "start the tour",
    close_the_list: "close the list",
    next_stop: "next stop",
    previous_stop: "previous stop",
    leave_the_tour: "leave the tour",
    presenter_mode: "presenter mode (large type)",
    next: "next",
    previous: "previous",
    leave: "leave",
    choosing_a_tour: "Choosing a tour",
    on_a_tour: "On a guided tour",
    list_title: " Guided tours · Enter starts · Esc closes ",
    list_row: |title, stops| match stops {
        1 => format!("{title} (1 stop)"),
        n => format!("{title} ({n} stops)"),
    },
    no_tours: "This dataset has no tours.",
    panel_title: |tour, stop, stops| format!(" {tour} · stop {stop} of {stops} "),
    question_mark: "? ",
    attract_note: " any key to explore ",
    seats_caption: |n, body| match n {
        1 => format!("seat · {body}"),
        _ => format!("seats · {body}"),
    },
    percent: |value| format!("{value}%"),
    yes_caption: |title| format!("voted yes · {title}"),
    step_caption: |step, steps, case| format!("step {step} of {steps} · {case}"),
    stop_caption: |tour, stop, stops| format!("{tour} · stop {stop} of {stops}"),
    unknown_tour: |asked, known| {
        format!("polity: no tour is called \"{asked}\"; the tours are: {known}")
    },
    no_tour_in_dataset: |asked| {
        format!("polity: no tour is called \"{asked}\"; this dataset has no tours")
    },
};
