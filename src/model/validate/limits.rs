//! Limits the reference states for single fields: a short label fits its place on screen, and a matter
//! starts at a body of the judicial branch.

use super::checker::Checker;
use crate::model::types::{Branch, Dataset};

/// Longest `short` label, in characters: what a diagram box and a narrow list have room for.
pub const MAX_SHORT_CHARS: usize = 14;

impl Checker<'_> {
    /// Every field limit of `data`, in file order.
    pub(super) fn limits(&mut self, data: &Dataset) {
        for (i, body) in data.bodies.iter().enumerate() {
            if let Some(short) = &body.short {
                let chars = short.chars().count();
                if chars > MAX_SHORT_CHARS {
                    self.report(
                        format!("bodies[{i}].short"),
                        format!(
                            "{short:?} is {chars} characters; a short label has at most {MAX_SHORT_CHARS}"
                        ),
                    );
                }
            }
        }
        for (i, matter) in data.matters.iter().enumerate() {
            let starts = data.bodies.iter().find(|b| b.id == matter.starts_at);
            if let Some(body) = starts.filter(|b| b.branch != Branch::Judicial) {
                self.report(
                    format!("matters[{i}].starts_at"),
                    format!(
                        "{:?} is not a court: a matter starts at a body of the Judicial branch",
                        body.id
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::load_str;
    use crate::model::validate::validate;

    fn problems_of(edit: impl Fn(&mut crate::model::Dataset)) -> Vec<String> {
        let text = include_str!("../../../tests/fixtures/minimal.ron");
        let mut data = load_str("minimal.ron", text).expect("the minimal fixture parses");
        edit(&mut data);
        validate(&data).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_short_label_has_at_most_fourteen_characters() {
        assert!(problems_of(|d| d.bodies[1].short = Some("Ministerrådet ok".into())).contains(
            &r#"bodies[1].short: "Ministerrådet ok" is 16 characters; a short label has at most 14"#
                .to_string()
        ));
        // Characters, not bytes: fourteen letters with accents fit.
        assert!(problems_of(|d| d.bodies[1].short = Some("Kabinetttsråds".into())).is_empty());
    }

    #[test]
    fn a_matter_starts_at_a_judicial_body() {
        let found = problems_of(|d| d.matters[0].starts_at = "cabinet".into());
        assert!(found.contains(
            &r#"matters[0].starts_at: "cabinet" is not a court: a matter starts at a body of the Judicial branch"#
                .to_string()
        ), "{found:#?}");
    }
}
