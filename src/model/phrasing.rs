//! Relations in words, for the export and for the app's side panels.

use super::types::{Relation, RelationKind};

/// The verb phrase that reads from `from` to `to`: "{from} {verb} {to}".
pub fn verb(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Nominates => "nominates",
        RelationKind::Appoints => "appoints",
        RelationKind::Recommends => "recommends",
        RelationKind::Approves => "approves",
        RelationKind::Elects => "elects",
        RelationKind::Lists => "draws up candidate lists for",
        RelationKind::AppealsTo => "sends appeals to",
        RelationKind::MemberOf => "is part of",
        RelationKind::Chairs => "chairs",
        RelationKind::Initiates => "may propose laws to",
        RelationKind::Heads => "heads",
        RelationKind::Reviews => "reviews the acts of",
    }
}

/// The same relation read from `to` back to `from`: "{to} {passive} {from}".
pub fn passive(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Nominates => "is nominated by",
        RelationKind::Appoints => "is appointed by",
        RelationKind::Recommends => "is recommended by",
        RelationKind::Approves => "is approved by",
        RelationKind::Elects => "is elected by",
        RelationKind::Lists => "has candidate lists drawn up by",
        RelationKind::AppealsTo => "hears appeals from",
        RelationKind::MemberOf => "includes",
        RelationKind::Chairs => "is chaired by",
        RelationKind::Initiates => "receives proposed laws from",
        RelationKind::Heads => "is headed by",
        RelationKind::Reviews => "has its acts reviewed by",
    }
}

/// A relation as a sentence fragment, given the names to use for its two ends: "President appoints Cabinet",
/// or with a number or an object, "President appoints 7 members of Senate", "President appoints Court: the chair".
pub fn sentence(from: &str, relation: &Relation, to: &str) -> String {
    let verb = verb(relation.kind);
    match (relation.count, relation.what.as_deref()) {
        (_, Some(what)) => format!("{from} {verb} {to}: {what}"),
        (Some(n), None) => format!("{from} {verb} {n} members of {to}"),
        (None, None) => format!("{from} {verb} {to}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn sentences_read_from_the_first_body_to_the_second() {
        let r = relation(RelationKind::Appoints, Some(7), None);
        assert_eq!(
            sentence("President", &r, "Senate"),
            "President appoints 7 members of Senate"
        );
        let r = relation(RelationKind::AppealsTo, None, None);
        assert_eq!(
            sentence("District court", &r, "Regional court"),
            "District court sends appeals to Regional court"
        );
        let r = relation(RelationKind::Nominates, Some(2), Some("deputy chairs"));
        assert_eq!(
            sentence("President", &r, "Court"),
            "President nominates Court: deputy chairs"
        );
    }
}
