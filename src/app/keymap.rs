//! The key map: which key does what, in which context. The help overlay and the key hints are generated from it.

use super::action::Action;
use super::diagram_action::{DiagramAction, Direction};
use super::glossary_action::GlossaryAction;
use super::link_action::LinkAction;
use super::quiz_action::QuizAction;
use super::search_state::SearchAction;
use super::tab::{self, Tab};
use super::time::TimeAction;
use super::tour_action::TourAction;
use crate::strings::Strings;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::borrow::Cow;

/// Where a binding applies. The app asks with the contexts active now, most specific first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere, even in the help overlay and while typing a filter.
    Always,
    /// Browsing tabs (not while the help overlay is open or a filter is being typed).
    Browse,
    /// A tab's list has the focus.
    List,
    /// An item's details fill the screen.
    Detail,
    /// A table that can be filtered is on screen.
    Table,
    /// Typing into a filter.
    Filter,
    /// The court diagram is open (Enter on it in the Judicial tab's list).
    Diagram,
    /// The court diagram is on screen, open or beside the list: its views and cases are a key away.
    Court,
    /// Following a case through the courts in the diagram.
    Scenario,
    /// Choosing which case to follow.
    ScenarioList,
    /// The Timeline view is open.
    Timeline,
    /// The help overlay is open.
    Help,
    /// Typing a search.
    Search,
    /// An open page has links to other bodies.
    Links,
    /// The question whether to leave is on screen.
    Leave,

    // The quiz view, predict-then-reveal and the glossary panel.
    /// The Quiz view is open.
    Quiz,
    /// The class is asked where a followed case goes next.
    Predict,
    /// The glossary panel is open.
    GlossaryPanel,
    // Guided tours.
    /// The tour list is open.
    TourList,
    /// Following a guided tour.
    Tour,

    // The court diagram's panel links.
    /// The keyboard is in the links of the panel beside the court diagram.
    DiagramPanel,
}

impl Context {
    pub fn title(self, w: &'static Strings) -> Cow<'static, str> {
        let title = match self {
            Context::Diagram => return (w.in_the_court_diagram)(&tab::digit_range()).into(),
            Context::Court => w.on_the_court_system,
            Context::Search => w.typing_a_search,
            Context::Links => w.on_a_page_with_links,
            Context::Leave => w.asked_whether_to_leave,
            Context::Always => w.anywhere,
            Context::Browse => w.browsing,
            Context::List => w.in_a_list,
            Context::Detail => w.in_details,
            Context::Table => w.in_a_table,
            Context::Filter => w.typing_a_filter,
            Context::Scenario => w.following_a_case,
            Context::ScenarioList => w.choosing_a_case,
            Context::Timeline => w.in_the_timeline,
            Context::Help => w.in_this_help,
            Context::Quiz => w.in_the_quiz,
            Context::Predict => w.asked_where_next,
            Context::GlossaryPanel => w.in_the_terms_panel,
            Context::TourList => w.tour.choosing_a_tour,
            Context::Tour => w.tour.on_a_tour,
            Context::DiagramPanel => w.in_the_panels_links,
        };
        title.into()
    }
}

/// Which keys a binding matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPattern {
    Key(KeyCode, KeyModifiers),
    /// Any printable character without Ctrl or Alt (typing text).
    AnyChar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub context: Context,
    pub pattern: KeyPattern,
    pub action: Action,
    /// Shown in the one-line key hints when true; every binding is in the help overlay.
    pub hint: bool,
}

/// Keys that do one thing, joined for display ("Tab/→/l"), what they do, and whether they are a hint.
pub type KeyGroup = (String, &'static str, bool);

/// The bindings, in the order help lists them.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
    /// The hint line's last hints.
    hints: super::hint_cache::HintCache<Binding, Context>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;

fn key(context: Context, code: KeyCode, action: Action, hint: bool) -> Binding {
    Binding {
        context,
        pattern: KeyPattern::Key(code, NONE),
        action,
        hint,
    }
}

fn ctrl(context: Context, c: char, action: Action, hint: bool) -> Binding {
    Binding {
        context,
        pattern: KeyPattern::Key(KeyCode::Char(c), KeyModifiers::CONTROL),
        action,
        hint,
    }
}

impl Default for Keymap {
    fn default() -> Self {
        use Action as A;
        use Context::*;
        use KeyCode as K;
        // The diagram's keys come first so that its hints lead while it is open.
        let mut b = panel_link_bindings();
        b.extend(diagram_bindings());
        b.extend([
            key(Browse, K::Tab, A::NextTab, true),
            key(Browse, K::BackTab, A::PreviousTab, false),
            key(Browse, K::Right, A::NextTab, false),
            key(Browse, K::Char('l'), A::NextTab, false),
            key(Browse, K::Left, A::PreviousTab, false),
            key(Browse, K::Char('h'), A::PreviousTab, false),
        ]);
        for tab in Tab::ALL {
            if let Some(digit) = tab::digit(tab) {
                b.push(key(Browse, K::Char(digit), A::GoToTab(tab.index()), true));
            }
        }
        b.extend([
            key(Browse, K::Up, A::Up, false),
            key(Browse, K::Char('k'), A::Up, false),
            key(Browse, K::Down, A::Down, true),
            key(Browse, K::Char('j'), A::Down, false),
            key(List, K::Enter, A::Open, true),
            key(Links, K::Tab, A::Link(LinkAction::Next), true),
            key(Links, K::BackTab, A::Link(LinkAction::Previous), false),
            key(Links, K::Enter, A::Link(LinkAction::Follow), true),
            key(Detail, K::Esc, A::Back, true),
            key(Browse, K::Backspace, A::HistoryBack, false),
            key(Browse, K::Char('b'), A::HistoryBack, false),
            key(Browse, K::Char('f'), A::HistoryForward, false),
            key(Browse, K::Char('/'), A::Search(SearchAction::Open), true),
            key(Browse, K::Char('n'), A::Search(SearchAction::Next), false),
            key(
                Browse,
                K::Char('N'),
                A::Search(SearchAction::Previous),
                false,
            ),
            Binding {
                context: Search,
                pattern: KeyPattern::AnyChar,
                action: A::Search(SearchAction::Char(' ')),
                hint: false,
            },
            key(
                Search,
                K::Backspace,
                A::Search(SearchAction::Backspace),
                false,
            ),
            key(Search, K::Up, A::Search(SearchAction::Up), false),
            key(Search, K::Down, A::Search(SearchAction::Down), true),
            key(Search, K::Enter, A::Search(SearchAction::Go), true),
            key(Search, K::Esc, A::Search(SearchAction::Clear), true),
            key(Browse, K::PageUp, A::PageUp, false),
            key(Browse, K::PageDown, A::PageDown, false),
            key(Browse, K::Home, A::Home, false),
            key(Browse, K::Char('g'), A::Home, false),
            key(Browse, K::End, A::End, false),
            key(Browse, K::Char('G'), A::End, false),
            key(Table, K::Char('/'), A::StartFilter, true),
            Binding {
                context: Filter,
                pattern: KeyPattern::AnyChar,
                action: A::FilterChar(' '),
                hint: false,
            },
            key(Filter, K::Backspace, A::FilterBackspace, false),
            key(Filter, K::Enter, A::FinishFilter, true),
            key(Filter, K::Esc, A::ClearFilter, true),
            key(Help, K::Esc, A::CloseHelp, true),
            key(Help, K::Char('?'), A::CloseHelp, false),
            key(Help, K::Char('q'), A::CloseHelp, false),
            key(Help, K::Up, A::Up, false),
            key(Help, K::Char('k'), A::Up, false),
            key(Help, K::Down, A::Down, true),
            key(Help, K::Char('j'), A::Down, false),
            key(Help, K::PageUp, A::PageUp, false),
            key(Help, K::PageDown, A::PageDown, false),
            key(Help, K::Home, A::Home, false),
            key(Help, K::Char('g'), A::Home, false),
            key(Help, K::End, A::End, false),
            key(Help, K::Char('G'), A::End, false),
            key(Help, K::Char('/'), A::Search(SearchAction::Open), true),
            key(Help, K::Char('n'), A::Search(SearchAction::Next), false),
            key(Help, K::Char('N'), A::Search(SearchAction::Previous), false),
            key(Browse, K::Char('?'), A::ToggleHelp, true),
            key(Browse, K::Char('q'), A::Quit, true),
            key(
                Browse,
                K::Char('t'),
                A::Time(TimeAction::OpenTimeline),
                true,
            ),
            key(Browse, K::Char('['), A::Time(TimeAction::Previous), true),
            key(Browse, K::Char(']'), A::Time(TimeAction::Next), true),
            key(Browse, K::Char('{'), A::Time(TimeAction::Article), false),
            key(Browse, K::Char('}'), A::Time(TimeAction::Newest), false),
            key(Timeline, K::Up, A::Time(TimeAction::TimelineUp), false),
            key(
                Timeline,
                K::Char('k'),
                A::Time(TimeAction::TimelineUp),
                false,
            ),
            key(Timeline, K::Down, A::Time(TimeAction::TimelineDown), true),
            key(
                Timeline,
                K::Char('j'),
                A::Time(TimeAction::TimelineDown),
                false,
            ),
            key(Timeline, K::Enter, A::Time(TimeAction::TimelineJump), true),
            key(Timeline, K::Esc, A::Time(TimeAction::CloseTimeline), true),
            key(
                Timeline,
                K::Char('t'),
                A::Time(TimeAction::CloseTimeline),
                false,
            ),
            key(
                Timeline,
                K::Char('q'),
                A::Time(TimeAction::CloseTimeline),
                false,
            ),
            ctrl(Always, 'c', A::Quit, false),
        ]);
        b.extend(quiz_bindings());
        b.extend(predict_bindings());
        b.extend(glossary_bindings());
        b.extend(tour_bindings());
        b.extend(court_page_bindings());
        b.extend(panel_entry_bindings());
        Keymap {
            bindings: b,
            hints: Default::default(),
        }
    }
}

/// The court diagram's keys. Its arrows and Tab move between boxes, so digits and h/l are left to change tab.
fn diagram_bindings() -> Vec<Binding> {
    use Context::{Court, Diagram, Scenario, ScenarioList};
    use DiagramAction as D;
    use KeyCode as K;
    let d = |context, code, action, hint| key(context, code, Action::Diagram(action), hint);
    vec![
        d(Scenario, K::Right, D::StepForward, true),
        d(Scenario, K::Char('n'), D::StepForward, false),
        d(Scenario, K::Left, D::StepBack, true),
        d(Scenario, K::Char('p'), D::StepBack, false),
        d(Scenario, K::Char('r'), D::Restart, true),
        d(Scenario, K::Esc, D::LeaveScenario, true),
        d(Diagram, K::Left, D::Focus(Direction::Left), true),
        d(Diagram, K::Up, D::Focus(Direction::Up), false),
        d(Diagram, K::Right, D::Focus(Direction::Right), false),
        d(Diagram, K::Down, D::Focus(Direction::Down), false),
        d(Diagram, K::Tab, D::NextBox, false),
        d(Diagram, K::BackTab, D::PreviousBox, false),
        d(Court, K::Char('s'), D::OpenScenarios, true),
        d(Court, K::Char('a'), D::ToggleView, true),
        d(ScenarioList, K::Up, D::PickerUp, false),
        d(ScenarioList, K::Char('k'), D::PickerUp, false),
        d(ScenarioList, K::Down, D::PickerDown, true),
        d(ScenarioList, K::Char('j'), D::PickerDown, false),
        d(ScenarioList, K::Enter, D::PickScenario, true),
        d(ScenarioList, K::Esc, D::CancelScenarios, true),
    ]
}

/// The Quiz view's keys: `Q` opens it anywhere, digits answer, Enter goes on, `m` shows the page.
fn quiz_bindings() -> Vec<Binding> {
    use Context::{Browse, Quiz};
    use KeyCode as K;
    let q = |context, code, action, hint| key(context, code, Action::Quiz(action), hint);
    let mut b = vec![q(Browse, K::Char('Q'), QuizAction::Open, true)];
    for (n, digit) in ('1'..='4').enumerate() {
        b.push(q(Quiz, K::Char(digit), QuizAction::Answer(n), true));
    }
    b.extend([
        q(Quiz, K::Enter, QuizAction::Next, true),
        q(Quiz, K::Right, QuizAction::Next, false),
        q(Quiz, K::Char('n'), QuizAction::Next, false),
        q(Quiz, K::Char('m'), QuizAction::ShowMe, true),
        q(Quiz, K::Char('r'), QuizAction::Again, true),
        q(Quiz, K::Esc, QuizAction::Close, true),
        q(Quiz, K::Char('Q'), QuizAction::Close, false),
        key(Quiz, K::Char('?'), Action::ToggleHelp, false),
    ]);
    b
}

/// Predict-then-reveal: `w` ("where next?") while following a case; digits guess, `w` or → reveal.
fn predict_bindings() -> Vec<Binding> {
    use Context::{Predict, Scenario};
    use DiagramAction as D;
    use KeyCode as K;
    let d = |context, code, action, hint| key(context, code, Action::Diagram(action), hint);
    let mut b = vec![d(Scenario, K::Char('w'), D::Predict, true)];
    for (n, digit) in ('1'..='4').enumerate() {
        b.push(d(Predict, K::Char(digit), D::Guess(n), true));
    }
    b.extend([
        d(Predict, K::Char('w'), D::Reveal, true),
        d(Predict, K::Right, D::Reveal, false),
        d(Predict, K::Char('n'), D::Reveal, false),
        d(Predict, K::Esc, D::CancelPrediction, true),
    ]);
    b
}

/// The glossary panel: `i` shows the terms on the page, arrows scroll, Esc or `i` closes.
fn glossary_bindings() -> Vec<Binding> {
    use Context::{Browse, GlossaryPanel};
    use GlossaryAction as G;
    use KeyCode as K;
    let g = |context, code, action, hint| key(context, code, Action::Glossary(action), hint);
    vec![
        g(Browse, K::Char('i'), G::Open, false),
        g(GlossaryPanel, K::Up, G::Up, false),
        g(GlossaryPanel, K::Char('k'), G::Up, false),
        g(GlossaryPanel, K::Down, G::Down, true),
        g(GlossaryPanel, K::Char('j'), G::Down, false),
        g(GlossaryPanel, K::PageUp, G::PageUp, false),
        g(GlossaryPanel, K::PageDown, G::PageDown, false),
        g(GlossaryPanel, K::Esc, G::Close, true),
        g(GlossaryPanel, K::Char('i'), G::Close, false),
        key(GlossaryPanel, K::Char('?'), Action::ToggleHelp, false),
    ]
}

/// Guided tours and presenter mode. A tour's keys are shown in its panel, not in the hint line.
fn tour_bindings() -> Vec<Binding> {
    use Context::{Browse, Tour, TourList};
    use KeyCode as K;
    use TourAction as T;
    let t = |context, code, action, hint| key(context, code, Action::Tour(action), hint);
    vec![
        t(Browse, K::Char('T'), T::OpenList, true),
        key(Browse, K::Char('P'), Action::TogglePresent, false),
        t(TourList, K::Up, T::ListUp, false),
        t(TourList, K::Char('k'), T::ListUp, false),
        t(TourList, K::Down, T::ListDown, true),
        t(TourList, K::Char('j'), T::ListDown, false),
        t(TourList, K::Enter, T::Start, true),
        t(TourList, K::Esc, T::CloseList, true),
        t(TourList, K::Char('T'), T::CloseList, false),
        t(Tour, K::Right, T::NextStop, false),
        t(Tour, K::Char('n'), T::NextStop, false),
        t(Tour, K::Left, T::PreviousStop, false),
        t(Tour, K::Char('p'), T::PreviousStop, false),
        t(Tour, K::Esc, T::Leave, false),
    ]
}

/// The court diagram's way to the pages: Enter opens the focused box's page, where the panel's links are
/// links as on every page (Tab and Enter there), and Backspace comes back to the diagram as it was. Enter is free
/// inside the diagram, whose Tab and arrows move between boxes; a click on a link in the panel follows it.
fn court_page_bindings() -> Vec<Binding> {
    vec![key(
        Context::Diagram,
        KeyCode::Enter,
        Action::Link(LinkAction::OpenPage),
        true,
    )]
}

/// The court diagram's panel links by keyboard: `o` moves the keys into the panel, where Tab/Shift-Tab (and
/// ↓/↑) walk its links as on a page and Enter follows one; Esc or `o` gives the keys back to the boxes. The
/// panel's keys come first of all, so that their hints lead while they are in use.
fn panel_link_bindings() -> Vec<Binding> {
    use Context::DiagramPanel;
    use KeyCode as K;
    use LinkAction as L;
    let l = |context, code, action, hint| key(context, code, Action::Link(action), hint);
    vec![
        l(DiagramPanel, K::Tab, L::NextInPanel, true),
        l(DiagramPanel, K::Down, L::NextInPanel, false),
        l(DiagramPanel, K::BackTab, L::PreviousInPanel, false),
        l(DiagramPanel, K::Up, L::PreviousInPanel, false),
        l(DiagramPanel, K::Enter, L::FollowInPanel, true),
        l(DiagramPanel, K::Esc, L::LeavePanel, true),
        l(DiagramPanel, K::Char('o'), L::LeavePanel, false),
    ]
}

/// The key into the panel's links, after the diagram's own keys in its hints.
fn panel_entry_bindings() -> Vec<Binding> {
    vec![key(
        Context::Diagram,
        KeyCode::Char('o'),
        Action::Link(LinkAction::EnterPanel),
        true,
    )]
}

impl Keymap {
    /// The action for `event` in the first of `contexts` that binds it.
    pub fn action(&self, event: &KeyEvent, contexts: &[Context]) -> Option<Action> {
        for &context in contexts {
            for binding in self.bindings.iter().filter(|b| b.context == context) {
                match binding.pattern {
                    KeyPattern::Key(code, mods)
                        if code == event.code && same_modifiers(mods, event) =>
                    {
                        return Some(binding.action);
                    }
                    KeyPattern::AnyChar => {
                        if let KeyCode::Char(c) = event.code
                            && !event
                                .modifiers
                                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                        {
                            return Some(match binding.action {
                                Action::FilterChar(_) => Action::FilterChar(c),
                                Action::Search(SearchAction::Char(_)) => {
                                    Action::Search(SearchAction::Char(c))
                                }
                                other => other,
                            });
                        }
                    }
                    _ => {}
                }
            }
        }
        None
    }

    /// Whether a context before `binding`'s in `contexts` takes the same key (the diagram's arrows and Tab).
    fn shadowed(&self, binding: &Binding, contexts: &[Context]) -> bool {
        let earlier = contexts.iter().take_while(|&&c| c != binding.context);
        let earlier: Vec<Context> = earlier.copied().collect();
        self.bindings
            .iter()
            .any(|b| b.pattern == binding.pattern && earlier.contains(&b.context))
    }

    /// A visitor's way out that asks first: `q` and Ctrl-D ask "Leave polity?", `y` leaves, `n` or Esc stays.
    /// For a served session or a kiosk whose operator lets visitors leave.
    pub fn leaving_asks(mut self) -> Keymap {
        use KeyCode as K;
        self.bindings.retain(|b| b.action != Action::Quit);
        self.bindings.extend([
            key(Context::Browse, K::Char('q'), Action::AskToLeave, true),
            ctrl(Context::Always, 'd', Action::AskToLeave, false),
            key(Context::Leave, K::Char('y'), Action::Quit, true),
            key(Context::Leave, K::Char('Y'), Action::Quit, false),
            key(Context::Leave, K::Char('n'), Action::Stay, true),
            key(Context::Leave, K::Char('N'), Action::Stay, false),
            key(Context::Leave, K::Esc, Action::Stay, false),
        ]);
        self
    }

    /// Removes every binding of `action` (a kiosk has no way out).
    pub fn without(mut self, action: Action) -> Keymap {
        self.bindings.retain(|b| b.action != action);
        self
    }

    /// Bindings grouped by what they do, within one context: (keys, description, shown as a hint).
    pub fn groups(&self, context: Context, w: &'static Strings) -> Vec<KeyGroup> {
        let mut groups: Vec<(Vec<String>, &'static str, bool)> = Vec::new();
        for b in self.bindings.iter().filter(|b| b.context == context) {
            let label = pattern_label(b.pattern, w);
            match groups.iter_mut().find(|g| g.1 == b.action.describe(w)) {
                Some(group) => {
                    group.0.push(label);
                    group.2 |= b.hint;
                }
                None => groups.push((vec![label], b.action.describe(w), b.hint)),
            }
        }
        groups
            .into_iter()
            .map(|(keys, what, hint)| (join_keys(&keys), what, hint))
            .collect()
    }

    /// The short hints for the bottom line, for the active contexts, in key-map order.
    pub fn hints(&self, contexts: &[Context], w: &'static Strings) -> Vec<(String, &'static str)> {
        self.ranked_hints(contexts, w)
            .into_iter()
            .map(|(key, what, _)| (key, what))
            .collect()
    }

    /// `ranked_hints`, built again only when the contexts, the words or the bindings change.
    pub fn kept_hints(
        &self,
        contexts: &[Context],
        w: &'static Strings,
    ) -> std::sync::Arc<[(String, &'static str, u8)]> {
        let words = std::ptr::from_ref(w) as usize;
        self.hints.get(&self.bindings, contexts, words, || {
            self.ranked_hints(contexts, w)
        })
    }

    /// The hints with how much each matters (`Action::importance`), for a line that must drop some.
    pub fn ranked_hints(
        &self,
        contexts: &[Context],
        w: &'static Strings,
    ) -> Vec<(String, &'static str, u8)> {
        let groups: Vec<(Context, Vec<KeyGroup>)> =
            contexts.iter().map(|&c| (c, self.groups(c, w))).collect();
        let mut hints: Vec<(String, &'static str, u8)> = Vec::new();
        for b in self
            .bindings
            .iter()
            .filter(|b| b.hint && contexts.contains(&b.context) && !self.shadowed(b, contexts))
        {
            if hints.iter().any(|h| h.1 == b.action.hint(w)) {
                continue;
            }
            let what = b.action.describe(w);
            let keys = groups
                .iter()
                .filter(|(c, _)| *c == b.context)
                .flat_map(|(_, g)| g.iter())
                .find(|g| g.1 == what)
                .map_or("", |g| g.0.as_str());
            // One key is enough in a hint: the hinted binding's own, unless the group is a single key or a
            // range such as "1-7".
            let key = if keys.contains('/') && keys != "/" {
                pattern_label(b.pattern, w)
            } else {
                keys.to_string()
            };
            hints.push((key, b.action.hint(w), b.action.importance()));
        }
        hints
    }
}

/// Shift is part of the character itself (`G`, `?`), so it only counts for non-character keys.
fn same_modifiers(bound: KeyModifiers, event: &KeyEvent) -> bool {
    let strip = |m: KeyModifiers| match event.code {
        KeyCode::Char(_) | KeyCode::BackTab => m - KeyModifiers::SHIFT,
        _ => m,
    };
    strip(bound) == strip(event.modifiers)
}

/// "1/2/3/4/5/6/7" reads better as "1-7".
fn join_keys(keys: &[String]) -> String {
    let digits: Vec<u32> = keys.iter().filter_map(|k| k.parse().ok()).collect();
    if keys.len() > 2 && digits.len() == keys.len() && digits.windows(2).all(|w| w[1] == w[0] + 1) {
        return format!("{}-{}", digits[0], digits[digits.len() - 1]);
    }
    keys.join("/")
}

/// How help names keys: their keyboard legends ("Esc", "PgUp"), and a word for typing any text.
pub fn pattern_label(pattern: KeyPattern, w: &'static Strings) -> String {
    match pattern {
        KeyPattern::AnyChar => w.any_text.to_string(),
        KeyPattern::Key(code, mods) => {
            let name = match code {
                KeyCode::Char(' ') => "Space".to_string(),
                KeyCode::Char(c) => c.to_string(),
                KeyCode::Tab => "Tab".to_string(),
                KeyCode::BackTab => "Shift-Tab".to_string(),
                KeyCode::Left => "←".to_string(),
                KeyCode::Right => "→".to_string(),
                KeyCode::Up => "↑".to_string(),
                KeyCode::Down => "↓".to_string(),
                KeyCode::Enter => "Enter".to_string(),
                KeyCode::Esc => "Esc".to_string(),
                KeyCode::Backspace => "Backspace".to_string(),
                KeyCode::PageUp => "PgUp".to_string(),
                KeyCode::PageDown => "PgDn".to_string(),
                KeyCode::Home => "Home".to_string(),
                KeyCode::End => "End".to_string(),
                KeyCode::F(n) => format!("F{n}"),
                other => format!("{other:?}"),
            };
            if mods.contains(KeyModifiers::CONTROL) {
                format!("Ctrl-{name}")
            } else {
                name
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn digits_jump_and_shifted_characters_match() {
        let map = Keymap::default();
        let browse = [Context::List, Context::Browse, Context::Always];
        assert_eq!(
            map.action(&press(KeyCode::Char('3'), NONE), &browse),
            Some(Action::GoToTab(2))
        );
        assert_eq!(
            map.action(&press(KeyCode::Char('G'), KeyModifiers::SHIFT), &browse),
            Some(Action::End)
        );
        assert_eq!(
            map.action(&press(KeyCode::BackTab, KeyModifiers::SHIFT), &browse),
            Some(Action::PreviousTab)
        );
        assert_eq!(
            map.action(&press(KeyCode::Char('c'), KeyModifiers::CONTROL), &browse),
            Some(Action::Quit)
        );
        assert_eq!(map.action(&press(KeyCode::Char('c'), NONE), &browse), None);
    }

    #[test]
    fn typing_a_filter_takes_letters_that_would_otherwise_be_keys() {
        let map = Keymap::default();
        let typing = [Context::Filter, Context::Always];
        assert_eq!(
            map.action(&press(KeyCode::Char('q'), NONE), &typing),
            Some(Action::FilterChar('q'))
        );
        assert_eq!(
            map.action(&press(KeyCode::Char('c'), KeyModifiers::CONTROL), &typing),
            Some(Action::Quit)
        );
    }

    #[test]
    fn groups_join_keys_and_digits() {
        let groups = Keymap::default().groups(Context::Browse, &crate::strings::EN);
        assert!(groups.iter().any(|g| g.0 == "1-7" && g.1 == "jump to tab"));
        assert!(groups.iter().any(|g| g.0 == "Tab/→/l" && g.1 == "next tab"));
    }

    #[test]
    fn kiosk_keymap_has_no_quit() {
        let map = Keymap::default().without(Action::Quit);
        let browse = [Context::Browse, Context::Always];
        assert_eq!(map.action(&press(KeyCode::Char('q'), NONE), &browse), None);
        assert_eq!(
            map.action(&press(KeyCode::Char('c'), KeyModifiers::CONTROL), &browse),
            None
        );
    }
}
