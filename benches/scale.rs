//! Whether a key costs what is on screen rather than what is in the dataset: a tab switch, a scroll step in
//! the membership table, two keys in each of the court diagram's views (one that keeps its layout, one that
//! lays it out again) and a switch between the diagram's views, each with the frame it draws at 120x40,
//! on the shipped data and on a dataset a hundred times larger made from it here (bodies, relations and
//! memberships copied under new ids). Prints each median, the ratio (target: within 2x) and the peak heap
//! while the large dataset is in use (target: the app and its largest key under 16 MB
//! above the model), what the large snapshot's search index holds, and a whole new frame per tab on both
//! datasets (target: under 300 µs). Run with `cargo bench --bench
//! scale`; `cargo bench --bench scale -- WORDS` runs only the cases whose name contains WORDS.

use polity::app::{Action, App, Keymap, Tab};
use polity::model::{Dataset, Model, SharedStr, load_str};
use polity::output::Screen;
use polity::theme::Theme;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts the bytes live on the heap and the most there were.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call goes straight to the system allocator; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        // SAFETY: the caller's layout is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const SIZE: (u16, u16) = (120, 40);
const TIMES: usize = 100;
const ROUNDS: usize = 15;
const STEPS: usize = 20;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let only = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_default();
    let data =
        load_str(polity::embedded::NAME, polity::embedded::TEXT).expect("the shipped file parses");
    let counts = |d: &Dataset| (d.bodies.len(), d.relations.len(), d.memberships.len());
    let shipped = Arc::new(Model::new(data.clone()).expect("the shipped file is valid"));
    let before = LIVE.load(Ordering::Relaxed);
    let large = as_if_read(&scaled(&data, TIMES));
    let big = Arc::new(Model::new(large).unwrap_or_else(|problems| {
        panic!(
            "the scaled dataset is invalid: {:?}",
            &problems[..problems.len().min(5)]
        )
    }));
    let model_bytes = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    let mut small_app = Bench::new(shipped);
    let loaded = LIVE.load(Ordering::Relaxed);
    let mut big_app = Bench::new(big);
    // What the large app holds beyond its model: its newest snapshot and two frame buffers.
    let app_bytes = LIVE.load(Ordering::Relaxed).saturating_sub(loaded);
    // Interleaved rounds, so the machine's load drifts over both alike.
    let mut results: Vec<(String, Vec<Duration>, Vec<Duration>)> = Vec::new();
    let mut peaks = vec![0usize; cases().len()];
    for _ in 0..ROUNDS {
        let cases: Vec<Case> = cases()
            .into_iter()
            .filter(|(name, _)| name.contains(&only))
            .collect();
        for (i, (name, case)) in cases.iter().enumerate() {
            if results.len() <= i {
                results.push((name.clone(), Vec::new(), Vec::new()));
            }
            results[i].1.push(case(&mut small_app));
            let live = LIVE.load(Ordering::Relaxed);
            PEAK.store(live, Ordering::Relaxed);
            results[i].2.push(case(&mut big_app));
            let above = PEAK.load(Ordering::Relaxed).saturating_sub(live);
            peaks[i] = peaks[i].max(above);
        }
    }
    let (b, r, m) = counts(&data);
    println!(
        "a key and its frame at {}x{}: shipped ({b} bodies, {r} relations, {m} memberships) against {TIMES}x",
        SIZE.0, SIZE.1
    );
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "  {:<34} {:>10} {:>11} {:>7} {:>12}",
        "",
        "shipped",
        format!("{TIMES}x"),
        "ratio",
        "peak heap +"
    );
    let largest_peak = peaks.iter().copied().max().unwrap_or(0);
    for ((name, small, big), peak) in results.iter_mut().zip(peaks) {
        small.sort();
        big.sort();
        let (s, l) = (small[ROUNDS / 2], big[ROUNDS / 2]);
        let ratio = l.as_secs_f64() / s.as_secs_f64();
        println!(
            "  {name:<34} {:>7.0} µs {:>8.0} µs  {ratio:>5.2}x {:>9.1} MB{}",
            us(s),
            us(l),
            peak as f64 / 1e6,
            if ratio > 2.0 { "  OVER 2x" } else { "" }
        );
    }
    println!(
        "  heap held before the first key: {:.1} MB for the {TIMES}x model, {:.1} MB more for its app",
        model_bytes as f64 / 1e6,
        app_bytes as f64 / 1e6
    );
    let above = (app_bytes + largest_peak) as f64 / 1e6;
    println!(
        "  the app plus its largest peak: {above:.1} MB above the model ({})",
        if above < MEMORY_TARGET_MB {
            format!("under the {MEMORY_TARGET_MB:.0} MB target")
        } else {
            format!("OVER the {MEMORY_TARGET_MB:.0} MB target")
        }
    );
    search_index_parts(&big_app);
    whole_frames(&mut small_app, &mut big_app);
}

/// What the search index of the large snapshot holds: its documents (texts shared with the model, and the
/// sentences made for it) and the folded text with its tables.
fn search_index_parts(bench: &Bench) {
    use polity::search::{Document, SearchIndex, documents};
    let mb = |bytes: usize| bytes as f64 / 1e6;
    let start = LIVE.load(Ordering::Relaxed);
    let docs = documents(&bench.app.model, bench.app.strings);
    let docs_bytes = LIVE.load(Ordering::Relaxed).saturating_sub(start);
    let structs = docs.capacity() * std::mem::size_of::<Document>();
    let folded: usize = docs.iter().map(|d| d.text.len() + 1).sum();
    let count = docs.len();
    let index = SearchIndex::from_documents(docs);
    let all = LIVE.load(Ordering::Relaxed).saturating_sub(start);
    println!(
        "  the search index of the {TIMES}x snapshot holds {:.1} MB: {count} documents {:.1} MB (texts made for it \
         {:.1} MB), folded text {:.1} MB, its tables {:.1} MB",
        mb(all),
        mb(structs),
        mb(docs_bytes.saturating_sub(structs)),
        mb(folded),
        mb(all.saturating_sub(docs_bytes).saturating_sub(folded))
    );
    drop(index);
}

/// The most heap the large dataset's app may hold above its model: its start and its largest key.
const MEMORY_TARGET_MB: f64 = 16.0;
/// The most a whole new frame may take on any tab.
const WHOLE_FRAME_TARGET_US: f64 = 300.0;

/// A whole new frame on every tab, the terminal cleared so every cell is drawn (as benches/render.rs times it on
/// the shipped data), through polity's own encoder, on both datasets in interleaved rounds.
fn whole_frames(small: &mut Bench, big: &mut Bench) {
    let mut terminal = terminal();
    let mut times: Vec<(Vec<Duration>, Vec<Duration>)> = vec![Default::default(); Tab::ALL.len()];
    for _ in 0..ROUNDS {
        for (i, tab) in Tab::ALL.iter().enumerate() {
            times[i].0.push(whole_frame_on(small, *tab, &mut terminal));
            times[i].1.push(whole_frame_on(big, *tab, &mut terminal));
        }
    }
    println!(
        "a whole new frame at {}x{} (target under {WHOLE_FRAME_TARGET_US:.0} µs)",
        SIZE.0, SIZE.1
    );
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    for (tab, (small, big)) in Tab::ALL.iter().zip(&mut times) {
        small.sort();
        big.sort();
        let (s, l) = (us(small[ROUNDS / 2]), us(big[ROUNDS / 2]));
        let over = |t: f64| {
            if t > WHOLE_FRAME_TARGET_US {
                " OVER"
            } else {
                ""
            }
        };
        println!(
            "  {:<34} {s:>7.0} µs{:<5} {l:>8.0} µs{}",
            format!("{tab:?}"),
            over(s),
            over(l)
        );
    }
}

/// The time per frame of `STEPS` whole frames of `bench`'s app on `tab`.
fn whole_frame_on(bench: &mut Bench, tab: Tab, terminal: &mut Screen) -> Duration {
    bench.app.update(Action::GoToTab(tab.index()));
    let start = Instant::now();
    for _ in 0..STEPS {
        terminal.forget_screen();
        terminal.draw(bench.app.scroll_hint(), |area, buf| {
            polity::ui::draw_into(area, buf, &bench.app)
        });
        terminal.clear_output();
    }
    start.elapsed() / STEPS as u32
}

/// A terminal of `SIZE` drawing through polity's own encoder into memory, as the terminal runner's does.
fn terminal() -> Screen {
    Screen::new(SIZE, true)
}

/// An app drawing into a terminal whose bytes are dropped once made.
struct Bench {
    app: App,
    terminal: Screen,
}

impl Bench {
    fn new(model: Arc<Model>) -> Bench {
        let app = App::new(model, Keymap::default(), Theme::colour(), SIZE);
        let mut bench = Bench {
            app,
            terminal: terminal(),
        };
        bench.key(Action::GoToTab(0));
        bench
    }

    /// One action and the frame that shows it, as the terminal runner does.
    fn key(&mut self, action: Action) {
        self.app.update(action);
        self.terminal.draw(self.app.scroll_hint(), |area, buf| {
            polity::ui::draw_into(area, buf, &self.app)
        });
        self.terminal.clear_output();
    }

    /// The time per step of `STEPS` steps, each an action and its frame.
    fn time(&mut self, actions: impl Fn(usize) -> Action) -> Duration {
        let start = Instant::now();
        for i in 0..STEPS {
            self.key(actions(i));
        }
        start.elapsed() / STEPS as u32
    }
}

/// Arrow keys in the court diagram's appeals view, or its appointments view. With `afresh` each key finds no kept
/// layout, as after a change of size or group, so each frame arranges the view afresh; what the snapshot keeps
/// (its groups) stays.
fn diagram_arrows(appointments: bool, afresh: bool) -> Box<dyn Fn(&mut Bench) -> Duration> {
    use polity::app::{DiagramAction, Direction};
    Box::new(move |b: &mut Bench| {
        b.key(Action::GoToTab(Tab::Judicial.index()));
        b.key(Action::Open);
        if appointments {
            b.key(Action::Diagram(DiagramAction::ToggleView));
        }
        let arrow = |i: usize| {
            Action::Diagram(DiagramAction::Focus(if i.is_multiple_of(2) {
                Direction::Right
            } else {
                Direction::Left
            }))
        };
        let start = Instant::now();
        for i in 0..STEPS {
            if afresh {
                b.app.state.diagram_cache.forget_layout();
            }
            b.key(arrow(i));
        }
        let time = start.elapsed() / STEPS as u32;
        if appointments {
            b.key(Action::Diagram(DiagramAction::ToggleView));
        }
        b.key(Action::Back);
        time
    })
}

/// A measured case: its name and what it does to a bench, returning the time per step.
type Case = (String, Box<dyn Fn(&mut Bench) -> Duration>);

/// Each measured case.
fn cases() -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for tab in Tab::ALL {
        cases.push((
            format!("tab switch to {tab:?}"),
            Box::new(move |b: &mut Bench| {
                // Back and forth between the tab and the Executive tab (or the Overview, for the Executive);
                // read against that tab's own row.
                let away = if tab == Tab::Executive {
                    Tab::Overview
                } else {
                    Tab::Executive
                };
                b.time(|i| {
                    Action::GoToTab(if i % 2 == 0 {
                        tab.index()
                    } else {
                        away.index()
                    })
                })
            }),
        ));
    }
    cases.push((
        "scroll step in the membership table".to_string(),
        Box::new(|b: &mut Bench| {
            b.key(Action::GoToTab(Tab::International.index()));
            b.key(Action::Open);
            b.key(Action::PageDown);
            let time = b.time(|i| if i % 2 == 0 { Action::Down } else { Action::Up });
            b.key(Action::Back);
            time
        }),
    ));
    for (view, appointments) in [("appointments", true), ("appeals", false)] {
        cases.push((
            format!("arrow key in the {view} view"),
            diagram_arrows(appointments, false),
        ));
        cases.push((
            format!("{view} view laid out afresh"),
            diagram_arrows(appointments, true),
        ));
    }
    cases.push((
        "switch between the diagram's views".to_string(),
        Box::new(|b: &mut Bench| {
            use polity::app::DiagramAction;
            b.key(Action::GoToTab(Tab::Judicial.index()));
            b.key(Action::Open);
            // Each key switches the view, so each frame arranges a diagram: the appeals view has every court.
            let time = b.time(|_| Action::Diagram(DiagramAction::ToggleView));
            b.key(Action::Back);
            time
        }),
    ));
    cases.push((
        "one-letter search and its results".to_string(),
        Box::new(|b: &mut Bench| {
            use polity::app::search::SearchAction;
            b.key(Action::Search(SearchAction::Open));
            b.key(Action::Search(SearchAction::Char('a')));
            let letters: Vec<char> = "aeiost".chars().collect();
            // Each step replaces the query's letter, so each frame searches everything afresh.
            let start = Instant::now();
            for i in 0..STEPS {
                b.app.update(Action::Search(SearchAction::Backspace));
                b.key(Action::Search(SearchAction::Char(
                    letters[i % letters.len()],
                )));
            }
            let time = start.elapsed() / STEPS as u32;
            b.key(Action::Search(SearchAction::Clear));
            time
        }),
    ));
    cases
}

/// `data` written out and read back, so every text has its own allocation, as in a file that is read.
fn as_if_read(data: &Dataset) -> Dataset {
    let bytes = postcard::to_allocvec(data).expect("a dataset serializes");
    postcard::from_bytes(&bytes).expect("a dataset reads back")
}

/// `data` and `times - 1` copies of its bodies, relations and memberships under new ids.
fn scaled(data: &Dataset, times: usize) -> Dataset {
    let mut out = data.clone();
    for k in 1..times {
        let id = |id: &str| SharedStr::from(format!("{id}.x{k}"));
        for b in &data.bodies {
            let mut copy = b.clone();
            copy.id = id(&b.id);
            copy.name = format!("{} {k}", b.name).into();
            copy.replaces = b.replaces.iter().map(|r| id(r)).collect();
            out.bodies.push(copy);
        }
        for r in &data.relations {
            let mut copy = r.clone();
            copy.from = id(&r.from);
            copy.to = id(&r.to);
            out.relations.push(copy);
        }
        for m in &data.memberships {
            let mut copy = m.clone();
            copy.acronym = format!("{}{k}", m.acronym).into();
            out.memberships.push(copy);
        }
    }
    out
}
