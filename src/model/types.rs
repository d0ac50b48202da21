//! The data model: plain typed data read from a RON file.
//!
//! Nothing here names a country. A dataset describes institutions (`bodies`), typed relations between them,
//! elections, memberships in international organizations, free-standing topics, court-case scenarios and the
//! places where its source contradicts itself. Every fact carries a source id and the date it describes.

use super::date::Dated;
pub use super::shared_str::SharedStr;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A whole dataset, as stored in one RON file.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// What the dataset is about: title, country, languages.
    pub meta: Meta,
    /// Every source once; other items name one by its id, and the app cites it by its number here.
    pub sources: Vec<Source>,
    /// The facts the Overview tab leads with.
    pub overview: Overview,
    /// Institutions, offices, chambers, courts, councils and parties.
    #[serde(default)]
    pub bodies: Vec<Body>,
    /// Typed edges between bodies: who appoints, elects, appeals to whom.
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Elections and referendums with their results.
    #[serde(default)]
    pub elections: Vec<Election>,
    /// Memberships in international organizations.
    #[serde(default)]
    pub memberships: Vec<Membership>,
    /// Facts that belong to no one body, each placed on a tab.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Places where the source contradicts itself, with every reading.
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
    /// The text the dataset was read from, to place problems by line and column; not part of the data.
    #[serde(skip)]
    #[schemars(skip)]
    pub text: SourceText,
}

/// The text a dataset was read from (none when it was built in code). Shared, not copied, by clones, and
/// never part of a comparison: two datasets are equal when their data are.
#[derive(Debug, Clone, Default)]
pub struct SourceText(pub Option<std::sync::Arc<str>>);

impl PartialEq for SourceText {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// What the dataset is about.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Shown in the title bar, e.g. "Politics of Ruritania".
    pub title: SharedStr,
    /// The country's name as shown to the user.
    pub country: SharedStr,
    /// The same name in other languages, keyed by language tag ("ru", "kk", ...).
    #[serde(default)]
    pub names: BTreeMap<SharedStr, SharedStr>,
    /// Language tag of the dataset's own text.
    #[serde(default = "default_language")]
    pub language: SharedStr,
    /// A sentence or two for the Overview tab.
    #[serde(default)]
    pub description: SharedStr,
    /// The source the dataset was first built from; its `as_of` is the article's date.
    #[serde(default)]
    pub base_source: Option<SharedStr>,
}

impl Default for Meta {
    fn default() -> Self {
        Meta {
            title: SharedStr::default(),
            country: SharedStr::default(),
            names: BTreeMap::new(),
            language: default_language(),
            description: SharedStr::default(),
            base_source: None,
        }
    }
}

fn default_language() -> SharedStr {
    SharedStr::from("en")
}

/// A source of facts, declared once and referred to by id.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id other items cite; unique among sources.
    pub id: SharedStr,
    /// The source's title as a reader would look it up.
    pub title: SharedStr,
    /// Where it comes from: a publication, a file name, an address.
    pub origin: SharedStr,
    /// The date the source describes (YYYY, YYYY-MM or YYYY-MM-DD).
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: SharedStr,
    /// An address where it can be read.
    #[serde(default)]
    pub url: Option<SharedStr>,
    /// A remark shown with the item.
    #[serde(default)]
    pub note: Option<SharedStr>,
}

/// One statement with its provenance.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// The statement, in the dataset's own words.
    pub text: SharedStr,
    /// Id of the source this rests on (an `id` from `sources`).
    pub source: SharedStr,
    /// The date the statement describes: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: SharedStr,
    /// Id of a discrepancy this fact is part of; the app marks the fact and shows both readings.
    #[serde(default)]
    pub discrepancy: Option<SharedStr>,
    /// Set when a later change made this fact no longer true.
    // Boxed, as is `correction`: few facts have one, and every snapshot holds a copy of each fact.
    #[serde(default)]
    pub superseded: Option<Box<Superseded>>,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    #[schemars(extend("x-aliases" = ["since"]))]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub from: Option<SharedStr>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub until: Option<SharedStr>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<SharedStr>,
    /// Where the source is wrong: what it says and what is true instead.
    #[serde(default)]
    pub correction: Option<Box<Correction>>,
}

/// A claim of a source that is wrong: what it says (in our words), what is true instead, on whose word.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// What the source says, in our words.
    pub says: SharedStr,
    /// What is true instead.
    pub truth: SharedStr,
    /// Id of the source for the truth.
    pub source: SharedStr,
}

/// What replaced a fact, from when, and on whose word.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Superseded {
    /// What holds since the change.
    pub by: SharedStr,
    /// The date the change took effect.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub from: SharedStr,
    /// Id of the source for the change.
    pub source: SharedStr,
}

/// The facts the Overview tab leads with.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Overview {
    /// One fact naming the form of government, e.g. "a presidential republic".
    pub form_of_government: Fact,
    /// Body id of the head of state's office.
    pub head_of_state: SharedStr,
    /// Body id of the head of government's office.
    pub head_of_government: SharedStr,
    /// Further overview facts (e.g. where executive and legislative power lie).
    #[serde(default)]
    pub facts: Vec<Fact>,
}

/// Which branch of the state a body belongs to; decides its tab.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    Deserialize,
    Serialize,
    JsonSchema,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
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
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, JsonSchema, PartialEq, Eq, Hash)]
pub enum BodyKind {
    /// One person's post: a president, a prime minister.
    Office,
    /// The cabinet or council of ministers as a whole.
    Government,
    /// One ministry or agency.
    Ministry,
    /// A parliament of one or more chambers.
    Parliament,
    /// One house of a parliament.
    Chamber,
    /// A court, or a level of courts.
    Court,
    /// A council: security, constitutional, judicial, electoral.
    Council,
    /// A board that decides together, e.g. the collegium of a court.
    Collegium,
    /// A representative assembly that is not a chamber of parliament.
    Assembly,
    /// A political party.
    Party,
    /// The prosecution service.
    Prosecutor,
    /// Anything else.
    #[default]
    Other,
}

/// An institution, office, chamber, court, council or party.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Stable id other items refer to.
    pub id: SharedStr,
    /// What sort of institution it is.
    pub kind: BodyKind,
    /// The branch of the state it belongs to; decides its tab.
    pub branch: Branch,
    /// Full name as shown; must not be empty.
    pub name: SharedStr,
    /// A short label for diagrams and narrow screens: at most 14 characters.
    #[serde(default)]
    #[schemars(length(max = 14))]
    pub short: Option<SharedStr>,
    /// The name in other languages, keyed by language tag.
    #[serde(default)]
    pub names: BTreeMap<SharedStr, SharedStr>,
    /// One line on what it is or does.
    pub role: SharedStr,
    /// Number of members, judges or seats, where the source gives one.
    #[serde(default)]
    pub members: Option<u32>,
    /// Seats broken down by how they are filled (chambers).
    #[serde(default)]
    pub seats: Vec<SeatGroup>,
    /// For courts: the level in the court hierarchy, 1 or more (1 = lowest).
    #[serde(default)]
    #[schemars(range(min = 1))]
    pub court_level: Option<u8>,
    /// For courts: the branch or jurisdiction whose chain it belongs to ("criminal", "labour"); courts of one
    /// branch are drawn in one lane of the court diagram.
    #[serde(default)]
    pub court_branch: Option<SharedStr>,
    /// Id of the source this rests on (an `id` from `sources`).
    pub source: SharedStr,
    /// The date the statement describes: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: SharedStr,
    /// Further facts about it, shown on its page.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    #[schemars(extend("x-aliases" = ["since"]))]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub from: Option<SharedStr>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub until: Option<SharedStr>,
    /// Ids of the bodies this one replaced.
    #[serde(default)]
    pub replaces: Vec<SharedStr>,
    /// The name is plural ("Local courts", "Judges"), so sentences about it agree with it.
    #[serde(default)]
    pub plural: bool,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<SharedStr>,
}

/// A block of seats in a chamber filled the same way.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SeatGroup {
    /// What these seats are called, e.g. "Party lists".
    pub label: SharedStr,
    /// How many seats; the groups of a body add up to its `members`.
    pub count: u32,
    /// How these seats are filled.
    pub how: SharedStr,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    #[schemars(extend("x-aliases" = ["since"]))]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub from: Option<SharedStr>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub until: Option<SharedStr>,
}

/// The typed edges between bodies.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, JsonSchema, PartialEq, Eq, Hash)]
pub enum RelationKind {
    /// `from` proposes who fills `to`; someone else decides.
    #[default]
    Nominates,
    /// `from` appoints `to` (or, with `what`, part of it).
    Appoints,
    /// `from` recommends candidates for `to`.
    Recommends,
    /// `from` must approve an appointment to `to`.
    Approves,
    /// `from` elects `to` by a vote.
    Elects,
    /// `from` draws up a list of candidates for `to`.
    Lists,
    /// A judgment of `from` may be appealed to `to`.
    AppealsTo,
    /// `from` is part of `to` (a chamber of a parliament, a party of a bloc).
    MemberOf,
    /// `from` presides over `to`.
    Chairs,
    /// `from` has the right to propose laws in `to`.
    Initiates,
    /// `from` holds `to` (e.g. an office heads a body).
    Heads,
    /// `from` reviews the acts of `to`.
    Reviews,
}

/// One typed edge between two bodies.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// What the relation is.
    pub kind: RelationKind,
    /// Body id of the side that acts (appoints, elects, appeals, ...).
    pub from: SharedStr,
    /// Body id of the side acted on.
    pub to: SharedStr,
    /// How many (seats, members, judges), where the source gives a number.
    #[serde(default)]
    pub count: Option<u32>,
    /// What is appointed, nominated, ... when it is not `to` itself, e.g. "the chair".
    #[serde(default)]
    pub what: Option<SharedStr>,
    /// A remark shown with the item.
    #[serde(default)]
    pub note: Option<SharedStr>,
    /// For an appeal: the kind of review the higher court gives, where the source says.
    #[serde(default)]
    pub review: Option<Review>,
    /// Id of the source this rests on (an `id` from `sources`).
    pub source: SharedStr,
    /// The date the statement describes: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: SharedStr,
    /// First day the relation holds (inclusive). Named `since` because `from` is the relation's first body.
    #[serde(default, alias = "valid_from")]
    #[schemars(extend("x-aliases" = ["valid_from"]))]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub since: Option<SharedStr>,
    /// First day it no longer holds (exclusive).
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub until: Option<SharedStr>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<SharedStr>,
    /// For a `MemberOf` that is not the whole of `from`: who of it sits in `to`, as written inside a sentence,
    /// e.g. "some senators" or "the chairperson of the Supreme Court". Membership sentences then name them
    /// ("Some senators sit on ...") instead of the whole body, and leave out `what`, which says the same.
    #[serde(default)]
    pub who: Option<SharedStr>,
    /// Whether `who` is more than one person ("some senators sit on", not "sits on").
    #[serde(default)]
    pub who_plural: bool,
}

/// The kinds of review a higher court gives a judgment.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema, PartialEq, Eq, Hash)]
pub enum Review {
    /// A new hearing of the facts and the law.
    Appeal,
    /// A check of the judgment's lawfulness by a court of cassation.
    Cassation,
    /// A review on points of law only.
    PointsOfLaw,
    /// A review in exceptional cases only.
    Exceptional,
    /// A complaint that a judgment breaks a constitutional right.
    ConstitutionalComplaint,
}

impl Review {
    /// Its place in `Review`'s order, for tables of words.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One election and its outcome.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Election {
    /// Stable id; unique among elections.
    pub id: SharedStr,
    /// Shown in the list, e.g. "2019 presidential election".
    pub title: SharedStr,
    /// What was voted on.
    #[serde(default)]
    pub kind: ElectionKind,
    /// Whether it has been held.
    #[serde(default)]
    pub status: ElectionStatus,
    /// The body or office elected (body id); empty for a referendum, which elects no one.
    #[serde(default)]
    pub for_body: SharedStr,
    /// The day of the vote: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub date: SharedStr,
    /// Percentage of registered voters who voted.
    #[serde(default)]
    pub turnout: Option<f64>,
    /// Number of registered voters.
    #[serde(default)]
    pub voters: Option<u64>,
    /// A referendum's question.
    #[serde(default)]
    pub question: Option<SharedStr>,
    /// A referendum's outcome.
    #[serde(default)]
    pub referendum: Option<ReferendumResult>,
    /// A parliamentary election's results by party.
    #[serde(default)]
    pub parties: Vec<PartyResult>,
    /// How the seats were won, where the parties' seats need a word.
    #[serde(default)]
    pub seats_note: Option<SharedStr>,
    /// Why it was held when it was (e.g. early after a resignation).
    #[serde(default)]
    pub why: Option<SharedStr>,
    /// When it would otherwise have been held.
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub scheduled: Option<SharedStr>,
    /// How many candidates were registered.
    #[serde(default)]
    pub candidates_registered: Option<u32>,
    /// Named results; the rest of the vote is shown as one row for the remaining candidates.
    #[serde(default)]
    pub results: Vec<ElectionResult>,
    /// What observers said about it.
    #[serde(default)]
    pub criticisms: Vec<Fact>,
    /// Further facts about it.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Id of the source this rests on (an `id` from `sources`).
    pub source: SharedStr,
    /// The date the statement describes: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: SharedStr,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<SharedStr>,
    /// Where the election's source is wrong (e.g. rounded results).
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// What was voted on.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, JsonSchema, PartialEq, Eq, Hash)]
pub enum ElectionKind {
    /// Elects a person to an office (`for_body`); results by candidate.
    #[default]
    Presidential,
    /// Elects a chamber (`for_body`); results by party in `parties`.
    Parliamentary,
    /// A question put to the voters (`question`, `referendum`); elects no body.
    Referendum,
}

/// Whether the vote has happened.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, JsonSchema, PartialEq, Eq, Hash)]
pub enum ElectionStatus {
    /// The vote has taken place and its results are known.
    #[default]
    Held,
    /// Called, but not yet held or its results are not known.
    Called,
}

/// A referendum's outcome: yes and no shares and counts, and the invalid ballots.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReferendumResult {
    /// Share of the valid votes for yes, 0 to 100.
    pub yes_percent: f64,
    /// Share of the valid votes for no, 0 to 100.
    #[serde(default)]
    pub no_percent: Option<f64>,
    /// Votes for yes.
    #[serde(default)]
    pub yes_votes: Option<u64>,
    /// Votes for no.
    #[serde(default)]
    pub no_votes: Option<u64>,
    /// Invalid ballots.
    #[serde(default)]
    pub invalid: Option<u64>,
}

/// A party's share of the vote and the seats it won.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PartyResult {
    /// The party's name (or a body id of kind Party).
    pub party: SharedStr,
    /// Share of the vote, 0 to 100.
    #[schemars(range(min = 0, max = 100))]
    pub percent: f64,
    /// Votes won.
    #[serde(default)]
    pub votes: Option<u64>,
    /// Seats won.
    #[serde(default)]
    pub seats: Option<u32>,
    /// A remark shown with the item.
    #[serde(default)]
    pub note: Option<SharedStr>,
}

/// A candidate's or party's share of the vote.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ElectionResult {
    /// The candidate's name.
    pub candidate: SharedStr,
    /// The candidate's party.
    #[serde(default)]
    pub party: Option<SharedStr>,
    /// Percentage of the vote, 0 to 100.
    #[schemars(range(min = 0, max = 100))]
    pub percent: f64,
    /// Votes won.
    #[serde(default)]
    pub votes: Option<u64>,
    /// A remark shown with the item.
    #[serde(default)]
    pub note: Option<SharedStr>,
}

/// Membership in an international organization.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    /// The organization's acronym, e.g. "UN".
    pub acronym: SharedStr,
    /// The organization's full name.
    pub name: SharedStr,
    /// A grouping for the table, e.g. "United Nations and agencies".
    pub category: SharedStr,
    /// "member", "observer", "associate", ...
    pub status: SharedStr,
    /// A remark shown with the item.
    #[serde(default)]
    pub note: Option<SharedStr>,
    /// Set when the membership later changed.
    #[serde(default)]
    pub superseded: Option<Box<Superseded>>,
    /// Id of the source this rests on (an `id` from `sources`).
    pub source: SharedStr,
    /// The date the statement describes: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: SharedStr,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    #[schemars(extend("x-aliases" = ["since"]))]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub from: Option<SharedStr>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub until: Option<SharedStr>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<SharedStr>,
}

/// Which tab a topic belongs on.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, JsonSchema, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Stable id; unique among topics (discrepancies may name it as a subject).
    pub id: SharedStr,
    /// The tab it is shown on.
    pub section: Section,
    /// Shown in the tab's list.
    pub title: SharedStr,
    /// The facts, in order.
    pub facts: Vec<Fact>,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    #[schemars(extend("x-aliases" = ["since"]))]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub from: Option<SharedStr>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub until: Option<SharedStr>,
}

/// A place where the source contradicts itself: both readings are kept.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Discrepancy {
    /// Stable id facts name in their `discrepancy`.
    pub id: SharedStr,
    /// What is disputed, e.g. "Term of the lower house".
    pub title: SharedStr,
    /// Body ids (or topic ids) where it appears.
    #[serde(default)]
    pub subjects: Vec<SharedStr>,
    /// What each part of the source says; at least two.
    pub readings: Vec<Reading>,
    /// A remark shown with the item.
    #[serde(default)]
    pub note: Option<SharedStr>,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    #[schemars(extend("x-aliases" = ["since"]))]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub from: Option<SharedStr>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub until: Option<SharedStr>,
}

/// One side of a discrepancy.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    /// What this part of the source says, in our words.
    pub text: SharedStr,
    /// Id of the source this rests on (an `id` from `sources`).
    pub source: SharedStr,
    /// The date the statement describes: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: SharedStr,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<SharedStr>,
}

/// A kind of legal matter and the body where it starts.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Matter {
    /// Stable id scenarios name in their `matter`.
    pub id: SharedStr,
    /// What kind of case it is, e.g. "Theft".
    pub label: SharedStr,
    /// Body id of the court or council that hears it first.
    pub starts_at: SharedStr,
    /// Id of the source this rests on (an `id` from `sources`).
    pub source: SharedStr,
    /// The date the statement describes: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: SharedStr,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    #[schemars(extend("x-aliases" = ["since"]))]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub from: Option<SharedStr>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub until: Option<SharedStr>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<SharedStr>,
}

/// A worked example: a case and the ordered path it takes.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable id; unique among scenarios.
    pub id: SharedStr,
    /// Shown in the case picker, e.g. "A theft".
    pub title: SharedStr,
    /// The matter the case is (its first step must be where that matter starts).
    pub matter: SharedStr,
    /// The courts the case passes through, in order; each step follows an appeal.
    pub steps: Vec<Step>,
    /// Id of the source this rests on (an `id` from `sources`).
    pub source: SharedStr,
    /// The date the statement describes: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: SharedStr,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    #[schemars(extend("x-aliases" = ["since"]))]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub from: Option<SharedStr>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub until: Option<SharedStr>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<SharedStr>,
}

/// One stop on a scenario's path.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Body id of the court or council.
    pub at: SharedStr,
    /// Why the case is here and what happens.
    pub why: SharedStr,
    /// The case comes here only if a side takes it further ("only if the losing side appeals again").
    #[serde(default)]
    pub optional: bool,
    /// The case leaves the appeal chain here, as a constitutional complaint after the last ordinary court does:
    /// no appeal needs to lead here, and only a case's last step may do so.
    #[serde(default)]
    pub outside: bool,
}

/// What kind of thing happened.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, JsonSchema, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id; unique among events.
    pub id: SharedStr,
    /// When it happened: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub date: SharedStr,
    /// What kind of thing happened.
    pub kind: EventKind,
    /// What happened, in one sentence.
    pub text: SharedStr,
    /// Ids of the bodies it changed.
    #[serde(default)]
    pub bodies: Vec<SharedStr>,
    /// One or more source ids.
    pub sources: Vec<SharedStr>,
    /// A remark shown with the item.
    #[serde(default)]
    pub note: Option<SharedStr>,
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
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    /// The term as it is written in the dataset's text, e.g. "first instance".
    pub term: SharedStr,
    /// One or two sentences a student can read aloud.
    pub definition: SharedStr,
    /// Other spellings or forms to recognise in text (plurals, transliterations).
    #[serde(default)]
    pub forms: Vec<SharedStr>,
    pub source: SharedStr,
    pub as_of: SharedStr,
    /// First day this holds (inclusive); absent = as far as the sources know.
    #[serde(default, alias = "since")]
    pub from: Option<SharedStr>,
    /// First day this no longer holds (exclusive).
    #[serde(default)]
    pub until: Option<SharedStr>,
    /// Further sources for the same statement.
    #[serde(default)]
    pub more_sources: Vec<SharedStr>,
}

/// An ordered walk through the app that a teacher can project: each stop shows one thing and asks a question.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tour {
    pub id: SharedStr,
    pub title: SharedStr,
    pub stops: Vec<TourStop>,
}

/// One stop of a tour: a tab, optionally an item on it and a date, and what to say there.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TourStop {
    pub tab: Section,
    #[serde(default)]
    pub item: Option<TourItem>,
    /// The date the app shows at this stop; absent = the date already chosen.
    #[serde(default)]
    pub date: Option<SharedStr>,
    /// A short text about what is on screen.
    pub text: SharedStr,
    /// A question for the class to think about.
    pub question: SharedStr,
}

/// What a tour stop points at.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema, PartialEq)]
pub enum TourItem {
    /// A body's page (by id).
    Body(SharedStr),
    /// An election (by id).
    Election(SharedStr),
    /// A box in the court diagram (a judicial body's id).
    Court(SharedStr),
    /// One step of a case followed through the courts (scenario id, step index from 0).
    Case { scenario: SharedStr, step: usize },
}

dated!(GlossaryTerm);
