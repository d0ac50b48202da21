//! The data model: plain typed data read from a RON file.
//!
//! Nothing here names a country. A dataset describes institutions (`bodies`), typed relations between them,
//! elections, memberships in international organizations, free-standing topics, court-case scenarios and the
//! places where its source contradicts itself. Every fact carries a source id and the date it describes.

use super::date::Dated;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A whole dataset, as stored in one RON file.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub overview: Overview,
    #[serde(default)]
    pub bodies: Vec<Body>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    #[serde(default)]
    pub elections: Vec<Election>,
    #[serde(default)]
    pub memberships: Vec<Membership>,
    #[serde(default)]
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub discrepancies: Vec<Discrepancy>,
    /// Kinds of legal matter and the court where each starts (drawn as entry arrows in the court diagram).
    #[serde(default)]
    pub matters: Vec<Matter>,
    /// Worked examples of a case moving through the courts.
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
    /// What happened when: the timeline is drawn from these and from the validity dates.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Terms explained for students.
    #[serde(default)]
    pub glossary: Vec<GlossaryTerm>,
    /// Guided walks through the app.
    #[serde(default)]
    pub tours: Vec<Tour>,
}

/// What the dataset is about.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Shown in the title bar, e.g. "Politics of Ruritania".
    pub title: String,
    /// The country's name as shown to the user.
    pub country: String,
    /// The same name in other languages, keyed by language tag ("ru", "kk", ...).
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// Language tag of the dataset's own text.
    #[serde(default = "default_language")]
    pub language: String,
    /// A sentence or two for the Overview tab.
    #[serde(default)]
    pub description: String,
    /// The source the dataset was first built from; its `as_of` is the article's date.
    #[serde(default)]
    pub base_source: Option<String>,
}

impl Default for Meta {
    fn default() -> Self {
        Meta {
            title: String::new(),
            country: String::new(),
            names: BTreeMap::new(),
            language: default_language(),
            description: String::new(),
            base_source: None,
        }
    }
}

fn default_language() -> String {
    "en".to_string()
}

/// A source of facts, declared once and referred to by id.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// Where it comes from: a publication, a file name, an address.
    pub origin: String,
    /// The date the source describes (YYYY, YYYY-MM or YYYY-MM-DD).
    pub as_of: String,
    /// An address where it can be read.
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// One statement with its provenance.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub text: String,
    pub source: String,
    pub as_of: String,
    /// Id of a discrepancy this fact is part of; the app marks the fact and shows both readings.
    #[serde(default)]
    pub discrepancy: Option<String>,
    /// Set when a later change made this fact no longer true.
    #[serde(default)]
    pub superseded: Option<Superseded>,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    pub from: Option<String>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<String>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<String>,
    /// Where the source is wrong: what it says and what is true instead.
    #[serde(default)]
    pub correction: Option<Correction>,
}

/// A claim of a source that is wrong: what it says (in our words), what is true instead, on whose word.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub says: String,
    pub truth: String,
    pub source: String,
}

/// What replaced a fact, from when, and on whose word.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Superseded {
    pub by: String,
    /// The date the change took effect.
    pub from: String,
    pub source: String,
}

/// The facts the Overview tab leads with.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Overview {
    pub form_of_government: Fact,
    /// Body id of the head of state's office.
    pub head_of_state: String,
    /// Body id of the head of government's office.
    pub head_of_government: String,
    /// Further overview facts (e.g. where executive and legislative power lie).
    #[serde(default)]
    pub facts: Vec<Fact>,
}

/// Which branch of the state a body belongs to; decides its tab.
#[derive(
    Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
pub enum Branch {
    #[default]
    Executive,
    Legislative,
    Judicial,
    /// Parties, electoral bodies.
    Electoral,
    /// Civil society and others.
    Society,
}

/// What sort of institution a body is.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum BodyKind {
    Office,
    Government,
    Ministry,
    Parliament,
    Chamber,
    Court,
    Council,
    Collegium,
    Assembly,
    Party,
    Prosecutor,
    #[default]
    Other,
}

/// An institution, office, chamber, court, council or party.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Stable id other items refer to.
    pub id: String,
    pub kind: BodyKind,
    pub branch: Branch,
    pub name: String,
    /// A short label for diagrams and narrow screens.
    #[serde(default)]
    pub short: Option<String>,
    /// The name in other languages, keyed by language tag.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// One line on what it is or does.
    pub role: String,
    /// Number of members, judges or seats, where the source gives one.
    #[serde(default)]
    pub members: Option<u32>,
    /// Seats broken down by how they are filled (chambers).
    #[serde(default)]
    pub seats: Vec<SeatGroup>,
    /// For courts: the level in the court hierarchy (1 = lowest).
    #[serde(default)]
    pub court_level: Option<u8>,
    pub source: String,
    pub as_of: String,
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    pub from: Option<String>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<String>,
    /// Ids of the bodies this one replaced.
    #[serde(default)]
    pub replaces: Vec<String>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<String>,
}

/// A block of seats in a chamber filled the same way.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SeatGroup {
    pub label: String,
    pub count: u32,
    /// How these seats are filled.
    pub how: String,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    pub from: Option<String>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<String>,
}

/// The typed edges between bodies.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum RelationKind {
    #[default]
    Nominates,
    Appoints,
    Recommends,
    Approves,
    Elects,
    /// `from` draws up a list of candidates for `to`.
    Lists,
    /// A judgment of `from` may be appealed to `to`.
    AppealsTo,
    MemberOf,
    Chairs,
    /// `from` has the right to propose laws in `to`.
    Initiates,
    /// `from` holds `to` (e.g. an office heads a body).
    Heads,
    /// `from` reviews the acts of `to`.
    Reviews,
}

/// One typed edge between two bodies.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub kind: RelationKind,
    pub from: String,
    pub to: String,
    /// How many (seats, members, judges), where the source gives a number.
    #[serde(default)]
    pub count: Option<u32>,
    /// What is appointed, nominated, ... when it is not `to` itself, e.g. "the chair".
    #[serde(default)]
    pub what: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    pub source: String,
    pub as_of: String,
    /// First day the relation holds (inclusive). Named `since` because `from` is the relation's first body.
    #[serde(default, alias = "valid_from")]
    pub since: Option<String>,
    /// First day it no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<String>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<String>,
}

/// One election and its outcome.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Election {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub kind: ElectionKind,
    #[serde(default)]
    pub status: ElectionStatus,
    /// The body or office elected (body id); empty for a referendum, which elects no one.
    #[serde(default)]
    pub for_body: String,
    pub date: String,
    /// Percentage of registered voters who voted.
    #[serde(default)]
    pub turnout: Option<f64>,
    /// Number of registered voters.
    #[serde(default)]
    pub voters: Option<u64>,
    /// A referendum's question.
    #[serde(default)]
    pub question: Option<String>,
    /// A referendum's outcome.
    #[serde(default)]
    pub referendum: Option<ReferendumResult>,
    /// A parliamentary election's results by party.
    #[serde(default)]
    pub parties: Vec<PartyResult>,
    /// How the seats were won, where the parties' seats need a word.
    #[serde(default)]
    pub seats_note: Option<String>,
    /// Why it was held when it was (e.g. early after a resignation).
    #[serde(default)]
    pub why: Option<String>,
    /// When it would otherwise have been held.
    #[serde(default)]
    pub scheduled: Option<String>,
    #[serde(default)]
    pub candidates_registered: Option<u32>,
    /// Named results; the rest of the vote is shown as one row for the remaining candidates.
    #[serde(default)]
    pub results: Vec<ElectionResult>,
    /// What observers said about it.
    #[serde(default)]
    pub criticisms: Vec<Fact>,
    #[serde(default)]
    pub facts: Vec<Fact>,
    pub source: String,
    pub as_of: String,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<String>,
    /// Where the election's source is wrong (e.g. rounded results).
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// What was voted on.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum ElectionKind {
    #[default]
    Presidential,
    Parliamentary,
    Referendum,
}

/// Whether the vote has happened.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum ElectionStatus {
    #[default]
    Held,
    /// Called, but not yet held or its results are not known.
    Called,
}

/// A referendum's outcome: yes and no shares and counts, and the invalid ballots.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReferendumResult {
    pub yes_percent: f64,
    #[serde(default)]
    pub no_percent: Option<f64>,
    #[serde(default)]
    pub yes_votes: Option<u64>,
    #[serde(default)]
    pub no_votes: Option<u64>,
    #[serde(default)]
    pub invalid: Option<u64>,
}

/// A party's share of the vote and the seats it won.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PartyResult {
    pub party: String,
    pub percent: f64,
    #[serde(default)]
    pub votes: Option<u64>,
    #[serde(default)]
    pub seats: Option<u32>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A candidate's or party's share of the vote.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ElectionResult {
    pub candidate: String,
    #[serde(default)]
    pub party: Option<String>,
    /// Percentage of the vote, 0 to 100.
    pub percent: f64,
    #[serde(default)]
    pub votes: Option<u64>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Membership in an international organization.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    pub acronym: String,
    pub name: String,
    pub category: String,
    /// "member", "observer", "associate", ...
    pub status: String,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub superseded: Option<Superseded>,
    pub source: String,
    pub as_of: String,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    pub from: Option<String>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<String>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<String>,
}

/// Which tab a topic belongs on.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum Section {
    #[default]
    Overview,
    Executive,
    Legislative,
    Judicial,
    Elections,
    International,
    Society,
}

/// Facts that belong to no one body: history, society, assessments.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub section: Section,
    pub title: String,
    pub facts: Vec<Fact>,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    pub from: Option<String>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<String>,
}

/// A place where the source contradicts itself: both readings are kept.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Discrepancy {
    pub id: String,
    /// What is disputed, e.g. "Term of the lower house".
    pub title: String,
    /// Body ids (or topic ids) where it appears.
    #[serde(default)]
    pub subjects: Vec<String>,
    pub readings: Vec<Reading>,
    #[serde(default)]
    pub note: Option<String>,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    pub from: Option<String>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<String>,
}

/// One side of a discrepancy.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub text: String,
    pub source: String,
    pub as_of: String,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<String>,
}

/// A kind of legal matter and the body where it starts.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Matter {
    pub id: String,
    pub label: String,
    /// Body id of the court or council that hears it first.
    pub starts_at: String,
    pub source: String,
    pub as_of: String,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    pub from: Option<String>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<String>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<String>,
}

/// A worked example: a case and the ordered path it takes.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    /// The matter the case is (its first step must be where that matter starts).
    pub matter: String,
    pub steps: Vec<Step>,
    pub source: String,
    pub as_of: String,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    pub from: Option<String>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<String>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<String>,
}

/// One stop on a scenario's path.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Body id of the court or council.
    pub at: String,
    /// Why the case is here and what happens.
    pub why: String,
}

/// What kind of thing happened.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum EventKind {
    Resignation,
    Succession,
    Election,
    Referendum,
    Amendment,
    Constitution,
    Law,
    Ruling,
    Reform,
    #[default]
    Other,
}

/// Something that happened on a date and changed some bodies.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: String,
    pub kind: EventKind,
    pub text: String,
    /// Ids of the bodies it changed.
    #[serde(default)]
    pub bodies: Vec<String>,
    /// One or more source ids.
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Implements `Dated` for items whose window is in `from` / `until`.
macro_rules! dated {
    ($($item:ty),*) => {$(
        impl Dated for $item {
            fn window(&self) -> (Option<&str>, Option<&str>) {
                (self.from.as_deref(), self.until.as_deref())
            }
        }
    )*};
}

dated!(
    Body,
    SeatGroup,
    Matter,
    Scenario,
    Membership,
    Fact,
    Topic,
    Discrepancy
);

impl Dated for Relation {
    fn window(&self) -> (Option<&str>, Option<&str>) {
        (self.since.as_deref(), self.until.as_deref())
    }
}

// ── Teaching material: the glossary and guided tours ─────────────────────────────────────────────────────

/// A term a student may not know, defined in the dataset's own words.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    /// The term as it is written in the dataset's text, e.g. "first instance".
    pub term: String,
    /// One or two sentences a student can read aloud.
    pub definition: String,
    /// Other spellings or forms to recognise in text (plurals, transliterations).
    #[serde(default)]
    pub forms: Vec<String>,
    pub source: String,
    pub as_of: String,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    pub from: Option<String>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<String>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<String>,
}

/// An ordered walk through the app that a teacher can project: each stop shows one thing and asks a question.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tour {
    pub id: String,
    pub title: String,
    pub stops: Vec<TourStop>,
}

/// One stop of a tour: a tab, optionally an item on it and a date, and what to say there.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TourStop {
    pub tab: Section,
    #[serde(default)]
    pub item: Option<TourItem>,
    /// The date the app shows at this stop; absent = the date already chosen.
    #[serde(default)]
    pub date: Option<String>,
    /// A short text about what is on screen.
    pub text: String,
    /// A question for the class to think about.
    pub question: String,
}

/// What a tour stop points at.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub enum TourItem {
    /// A body's page (by id).
    Body(String),
    /// An election (by id).
    Election(String),
    /// A box in the court diagram (a judicial body's id).
    Court(String),
    /// One step of a case followed through the courts (scenario id, step index from 0).
    Case { scenario: String, step: usize },
}

dated!(GlossaryTerm);
