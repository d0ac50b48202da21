//! Rules for the court system's cases and appeals: optional steps come only after the first and stay optional,
//! only a case's last step may leave the appeal chain, only an appeal has a kind of review, and the court diagram
//! is small enough to lay out.

use super::checker::Checker;
use super::diagram_extent::{MAX_DIAGRAM_CELLS, extent};
use crate::model::RelationKind;

pub(super) fn check(c: &mut Checker) {
    let data = c.data;
    let (width, height) = extent(data);
    if width > MAX_DIAGRAM_CELLS || height > MAX_DIAGRAM_CELLS {
        c.report(
            "bodies",
            format!(
                "the court diagram could take up to {width} columns by {height} rows, too large to lay out: \
                 at most {MAX_DIAGRAM_CELLS} either way (fewer courts on one level or in the appeal chain, \
                 or fewer bodies and appointments shown, make it fit)"
            ),
        );
    }
    for (i, r) in data.relations.iter().enumerate() {
        if r.review.is_some() && r.kind != RelationKind::AppealsTo {
            c.report(
                format!("relations[{i}].review"),
                "only an appeal (AppealsTo) has a kind of review",
            );
        }
    }
    for (i, s) in data.scenarios.iter().enumerate() {
        let last = s.steps.len().saturating_sub(1);
        let mut optional_before = false;
        for (j, step) in s.steps.iter().enumerate() {
            let path = format!("scenarios[{i}].steps[{j}]");
            if step.optional && j == 0 {
                c.report(
                    format!("{path}.optional"),
                    "a case's first step cannot be optional: every case starts somewhere",
                );
            } else if optional_before && !step.optional {
                c.report(
                    format!("{path}.optional"),
                    "comes after an optional step, so it must be optional too",
                );
            }
            optional_before |= step.optional && j > 0;
            if step.outside && j != last {
                c.report(
                    format!("{path}.outside"),
                    "only a case's last step can leave the appeal chain",
                );
            }
            if step.outside && j == 0 {
                c.report(
                    format!("{path}.outside"),
                    "a case's first step is where its matter starts, not outside the appeal chain",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::types::*;
    use crate::model::{load_str, validate};

    fn minimal() -> Dataset {
        let text = include_str!("../../../tests/fixtures/minimal.ron");
        load_str("minimal.ron", text).expect("the minimal fixture parses")
    }

    fn problems(data: &Dataset) -> Vec<String> {
        validate(data).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn optional_steps_come_after_the_first_and_stay_optional() {
        let mut d = minimal();
        d.scenarios[0].steps[1].optional = true;
        d.scenarios[0].steps[2].optional = true;
        assert_eq!(problems(&d), Vec::<String>::new());
        d.scenarios[0].steps[2].optional = false;
        assert_eq!(
            problems(&d),
            [
                "scenarios[0].steps[2].optional: comes after an optional step, so it must be optional too"
            ]
        );
        let mut d = minimal();
        d.scenarios[0].steps[0].optional = true;
        assert_eq!(
            problems(&d),
            [
                "scenarios[0].steps[0].optional: a case's first step cannot be optional: every case starts somewhere"
            ]
        );
    }

    #[test]
    fn only_the_last_step_leaves_the_appeal_chain() {
        // The last step may go where no appeal leads.
        let mut d = minimal();
        d.scenarios[0].steps[2].at = "district".into();
        d.scenarios[0].steps[2].outside = true;
        assert_eq!(problems(&d), Vec::<String>::new());
        let mut d = minimal();
        d.scenarios[0].steps[1].outside = true;
        assert_eq!(
            problems(&d),
            ["scenarios[0].steps[1].outside: only a case's last step can leave the appeal chain"]
        );
    }

    #[test]
    fn only_an_appeal_has_a_kind_of_review() {
        let mut d = minimal();
        let appeal = d
            .relations
            .iter()
            .position(|r| r.kind == RelationKind::AppealsTo);
        d.relations[appeal.expect("an appeal")].review = Some(Review::Cassation);
        assert_eq!(problems(&d), Vec::<String>::new());
        let other = d
            .relations
            .iter()
            .position(|r| r.kind != RelationKind::AppealsTo);
        let other = other.expect("another relation");
        d.relations[other].review = Some(Review::Appeal);
        assert_eq!(
            problems(&d),
            [format!(
                "relations[{other}].review: only an appeal (AppealsTo) has a kind of review"
            )]
        );
    }
}
