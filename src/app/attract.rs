//! Kiosk attract mode: after a while without input the tours play on their own, a stop every few seconds,
//! one tour after another, until a key ends them and the app is back at its start screen.
//!
//! A state machine driven by the caller's clock: the runner waits until `deadline` (a timer, no polling) and
//! calls `wake`, and hands every input to `input` first. Tests drive it with made-up instants.

use super::App;
use std::time::{Duration, Instant};

/// Seconds each stop stays on screen unless `--attract-step` says otherwise.
pub const DEFAULT_STEP_SECS: u64 = 8;

/// When the tours start playing and how fast they go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttractTimes {
    /// Without input for this long, the tours start.
    pub idle: Duration,
    /// Each stop stays this long.
    pub step: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attract {
    times: AttractTimes,
    /// When `wake` next has something to do.
    deadline: Instant,
    playing: bool,
}

impl Attract {
    /// Waiting for the first idle spell, counted from `now`.
    pub fn new(times: AttractTimes, now: Instant) -> Attract {
        Attract {
            times,
            deadline: now + times.idle,
            playing: false,
        }
    }

    /// When the runner must call `wake`.
    pub fn deadline(&self) -> Instant {
        self.deadline
    }

    /// Whether the tours are playing on their own.
    pub fn playing(&self) -> bool {
        self.playing
    }

    /// Input at `now`. A key that ends the playing tours is theirs: the app goes back to its start screen and
    /// `true` says the key should go no further.
    pub fn input(&mut self, now: Instant, app: &mut App) -> bool {
        self.deadline = now + self.times.idle;
        if !self.playing {
            return false;
        }
        self.playing = false;
        app.reset();
        true
    }

    /// The timer at `now`: starts the tours after the idle spell, else shows the next stop (the next tour
    /// after a tour's last, the first after the last). Returns whether the screen changed.
    pub fn wake(&mut self, now: Instant, app: &mut App) -> bool {
        if now < self.deadline {
            return false;
        }
        let first = app.tours().iter().position(|t| !t.stops.is_empty());
        let Some(first) = first else {
            // Nothing to play: wait for another idle spell.
            self.deadline = now + self.times.idle;
            return false;
        };
        self.deadline = now + self.times.step;
        let next = match (self.playing, app.tour_stop()) {
            (true, Some((tour, stop, _))) if stop + 1 < tour.stops.len() => None,
            (true, Some(_)) => {
                let current = app.state.tour.on.as_ref().map_or(0, |on| on.tour);
                let count = app.tours().len();
                (1..=count)
                    .map(|k| (current + k) % count)
                    .find(|&i| !app.tours()[i].stops.is_empty())
            }
            _ => {
                app.reset();
                Some(first)
            }
        };
        self.playing = true;
        match next {
            Some(tour) => app.start_tour(tour),
            None => {
                app.update(super::Action::Tour(super::TourAction::NextStop));
            }
        }
        app.state.tour.attract = true;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Action, Tab};

    fn app() -> App {
        crate::app::test_app::shipped((80, 24))
    }

    const IDLE: Duration = Duration::from_secs(60);
    const STEP: Duration = Duration::from_secs(8);

    fn on(app: &App) -> Option<(usize, usize)> {
        app.state.tour.on.as_ref().map(|on| (on.tour, on.stop))
    }

    #[test]
    fn the_tours_start_after_the_idle_spell_and_loop() {
        let mut app = app();
        let t0 = Instant::now();
        let mut attract = Attract::new(
            AttractTimes {
                idle: IDLE,
                step: STEP,
            },
            t0,
        );
        assert_eq!(attract.deadline(), t0 + IDLE);
        assert!(!attract.wake(t0 + IDLE - Duration::from_millis(1), &mut app));
        assert_eq!(on(&app), None);
        let mut now = t0 + IDLE;
        assert!(attract.wake(now, &mut app));
        assert!(attract.playing() && app.state.tour.attract);
        assert_eq!(on(&app), Some((0, 0)));
        assert_eq!(attract.deadline(), now + STEP);
        // Every stop of every tour in turn, then the first again.
        let mut seen = vec![(0, 0)];
        let total: usize = app.tours().iter().map(|t| t.stops.len()).sum();
        for _ in 0..total {
            now += STEP;
            assert!(attract.wake(now, &mut app));
            seen.push(on(&app).expect("still playing"));
        }
        assert_eq!(seen.len(), total + 1);
        assert_eq!(seen[total], (0, 0), "{seen:?}");
        assert_eq!(seen[app.tours()[0].stops.len()], (1, 0), "{seen:?}");
    }

    #[test]
    fn a_key_ends_the_tours_back_at_the_start_screen() {
        let mut app = app();
        let fresh = app.state.clone();
        app.update(Action::GoToTab(Tab::Elections.index()));
        let t0 = Instant::now();
        let mut attract = Attract::new(
            AttractTimes {
                idle: IDLE,
                step: STEP,
            },
            t0,
        );
        // Input before the spell ends only pushes the deadline back.
        assert!(!attract.input(t0 + IDLE / 2, &mut app));
        assert_eq!(attract.deadline(), t0 + IDLE / 2 + IDLE);
        assert_eq!(app.state.tab, Tab::Elections);
        let now = t0 + IDLE / 2 + IDLE;
        assert!(attract.wake(now, &mut app));
        assert!(attract.wake(now + STEP, &mut app));
        assert_eq!(on(&app), Some((0, 1)));
        assert!(attract.input(now + STEP * 2, &mut app));
        assert!(!attract.playing());
        assert_eq!(app.state, fresh);
        assert_eq!(attract.deadline(), now + STEP * 2 + IDLE);
        // The next key is the app's again.
        assert!(!attract.input(now + STEP * 3, &mut app));
    }
}
