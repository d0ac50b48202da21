//! What each kind of relation means: where its words are for the export, the side panels and the diagrams, and
//! whether it chooses members. Every kind is matched exhaustively here, so a new kind is handled in this one file
//! (and in each language's `Relations`, which the compiler also asks for).

use super::types::{EventKind, Relation, RelationKind};
use crate::strings::{Relating, Strings};

impl RelationKind {
    /// The kind's words in the interface language `w`; every kind has its own field there.
    pub fn words(self, w: &'static Strings) -> &'static Relating {
        let r = &w.relations;
        match self {
            RelationKind::Nominates => &r.nominates,
            RelationKind::Appoints => &r.appoints,
            RelationKind::Recommends => &r.recommends,
            RelationKind::Approves => &r.approves,
            RelationKind::Elects => &r.elects,
            RelationKind::Lists => &r.lists,
            RelationKind::AppealsTo => &r.appeals_to,
            RelationKind::MemberOf => &r.member_of,
            RelationKind::Chairs => &r.chairs,
            RelationKind::Initiates => &r.initiates,
            RelationKind::Heads => &r.heads,
            RelationKind::Reviews => &r.reviews,
        }
    }

    /// The verb phrase that reads from `from` to `to`: "{from} {verb} {to}".
    pub fn verb(self, w: &'static Strings) -> &'static str {
        self.words(w).verb
    }

    /// The same relation read from `to` back to `from`: "{to} {passive} {from}".
    pub fn passive(self, w: &'static Strings) -> &'static str {
        self.words(w).passive
    }

    /// One word for a diagram's arrow label ("appoints", "lists"); none for kinds drawn without a verb
    /// (appeals are the arrows themselves, membership reads "member: ...").
    pub fn short_verb(self, w: &'static Strings) -> Option<&'static str> {
        self.words(w).short
    }

    /// Whether `from` takes part in choosing who sits in `to` (the court diagram's "who chooses the judges").
    pub fn chooses_members(self) -> bool {
        match self {
            RelationKind::Appoints
            | RelationKind::Elects
            | RelationKind::Nominates
            | RelationKind::Recommends
            | RelationKind::Approves
            | RelationKind::Lists
            | RelationKind::MemberOf
            | RelationKind::Chairs => true,
            RelationKind::AppealsTo
            | RelationKind::Initiates
            | RelationKind::Heads
            | RelationKind::Reviews => false,
        }
    }
}

impl EventKind {
    /// The kind's name in the interface words `w`.
    pub fn word(self, w: &'static Strings) -> &'static str {
        let k = &w.event_kinds;
        match self {
            EventKind::Resignation => k.resignation,
            EventKind::Succession => k.succession,
            EventKind::Election => k.election,
            EventKind::Referendum => k.referendum,
            EventKind::Amendment => k.amendment,
            EventKind::Constitution => k.constitution,
            EventKind::Law => k.law,
            EventKind::Ruling => k.ruling,
            EventKind::Reform => k.reform,
            EventKind::Other => k.other,
        }
    }
}

/// A relation as a sentence fragment, given the names to use for its two ends: "President appoints Cabinet",
/// or with a number or an object, "President appoints 7 members of Senate", "President appoints Court: the chair".
pub fn sentence(from: &str, relation: &Relation, to: &str, w: &'static Strings) -> String {
    sentence_agreeing(from, false, relation, to, w)
}

/// `sentence`, with the verb agreeing with a plural `from` ("Local courts send appeals to ...").
pub fn sentence_agreeing(
    from: &str,
    plural: bool,
    relation: &Relation,
    to: &str,
    w: &'static Strings,
) -> String {
    let words = relation.kind.words(w);
    if let (RelationKind::MemberOf, Some(who)) = (relation.kind, relation.who.as_deref()) {
        // Who sits, not the whole body: "Some judges sit on ...", "The chairperson ... sits on ...".
        let verb = if relation.who_plural {
            words.plural
        } else {
            w.sits_on
        };
        return format!("{} {verb} {to}", sentence_start(who));
    }
    let verb = if plural { words.plural } else { words.verb };
    match (relation.count, relation.what.as_deref()) {
        (_, Some(what)) => format!("{from} {verb} {to}: {what}"),
        (Some(n), None) => (w.sentence_with_count)(from, verb, n, to),
        (None, None) => format!("{from} {verb} {to}"),
    }
}

/// `text` with its first letter in upper case, to begin a sentence.
pub fn sentence_start(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strings::EN;

    fn relation(kind: RelationKind, count: Option<u32>, what: Option<&str>) -> Relation {
        Relation {
            kind,
            from: "a".into(),
            to: "b".into(),
            count,
            what: what.map(Into::into),
            note: None,
            source: "s".into(),
            as_of: "2019".into(),
            ..Default::default()
        }
    }

    /// Every kind serde knows, read from the error for a name that is none of them.
    fn every_kind() -> Vec<RelationKind> {
        let names = match ron::from_str::<RelationKind>("NoSuchKind") {
            Err(e) => match e.code {
                ron::Error::NoSuchEnumVariant { expected, .. } => expected,
                other => panic!("unexpected error {other:?}"),
            },
            Ok(kind) => panic!("parsed as {kind:?}"),
        };
        names
            .iter()
            .map(|name| ron::from_str(name).expect("a variant name parses"))
            .collect()
    }

    #[test]
    fn short_verbs_are_the_diagram_labels() {
        let labelled: Vec<(RelationKind, &str)> = every_kind()
            .into_iter()
            .filter_map(|k| Some((k, k.short_verb(&EN)?)))
            .collect();
        assert_eq!(
            labelled,
            [
                (RelationKind::Nominates, "nominates"),
                (RelationKind::Appoints, "appoints"),
                (RelationKind::Recommends, "recommends"),
                (RelationKind::Approves, "approves"),
                (RelationKind::Elects, "elects"),
                (RelationKind::Lists, "lists"),
                (RelationKind::Chairs, "chairs"),
            ]
        );
    }

    #[test]
    fn eight_kinds_choose_members() {
        let choosing: Vec<RelationKind> = every_kind()
            .into_iter()
            .filter(|k| k.chooses_members())
            .collect();
        assert_eq!(
            choosing,
            [
                RelationKind::Nominates,
                RelationKind::Appoints,
                RelationKind::Recommends,
                RelationKind::Approves,
                RelationKind::Elects,
                RelationKind::Lists,
                RelationKind::MemberOf,
                RelationKind::Chairs,
            ]
        );
    }

    #[test]
    fn every_kind_reads_both_ways() {
        for kind in every_kind() {
            assert!(
                !kind.verb(&EN).is_empty() && !kind.passive(&EN).is_empty(),
                "{kind:?}"
            );
            assert_ne!(kind.verb(&EN), kind.passive(&EN));
        }
    }

    #[test]
    fn sentences_read_from_the_first_body_to_the_second() {
        let r = relation(RelationKind::Appoints, Some(7), None);
        assert_eq!(
            sentence("President", &r, "Senate", &EN),
            "President appoints 7 members of Senate"
        );
        let r = relation(RelationKind::AppealsTo, None, None);
        assert_eq!(
            sentence("District court", &r, "Regional court", &EN),
            "District court sends appeals to Regional court"
        );
        let r = relation(RelationKind::Nominates, Some(2), Some("deputy chairs"));
        assert_eq!(
            sentence("President", &r, "Court", &EN),
            "President nominates Court: deputy chairs"
        );
    }

    #[test]
    fn membership_lines_name_who_sits_when_it_is_not_the_whole_body() {
        let mut r = relation(RelationKind::MemberOf, None, Some("not the whole chamber"));
        assert_eq!(
            sentence("Upper house", &r, "Council", &EN),
            "Upper house is part of Council: not the whole chamber"
        );
        r.who = Some("some of its members".into());
        r.who_plural = true;
        assert_eq!(
            sentence("Upper house", &r, "Council", &EN),
            "Some of its members sit on Council"
        );
        r.who = Some("the chairperson of the Court".into());
        r.who_plural = false;
        assert_eq!(
            sentence("Court", &r, "Council", &EN),
            "The chairperson of the Court sits on Council"
        );
        let r = relation(RelationKind::AppealsTo, None, None);
        assert_eq!(
            sentence_agreeing("Local courts", true, &r, "Oblast courts", &EN),
            "Local courts send appeals to Oblast courts"
        );
    }
}
