//! The tabs: one per dataset section, in the model's order, and the digit keys that jump to them.
//!
//! A tab is the model's `Section` itself (see `model::sections` for why), so the tab list, its titles and what
//! each tab shows are declared once, in the model.

pub use crate::model::Section as Tab;

/// The digit that jumps to `tab`: 1 to 9 for the first nine tabs, none for later ones.
pub fn digit(tab: Tab) -> Option<char> {
    digit_at(tab.index())
}

fn digit_at(index: usize) -> Option<char> {
    let number = u32::try_from(index.checked_add(1)?).ok()?;
    char::from_digit(number, 10)
}

/// The digits that jump to tabs, as written in help: "1-7".
pub fn digit_range() -> String {
    let digits: Vec<char> = Tab::ALL.into_iter().filter_map(digit).collect();
    match digits.as_slice() {
        [] => String::new(),
        [only] => only.to_string(),
        [first, .., last] => format!("{first}-{last}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_nine_tabs_have_digits() {
        assert_eq!(digit(Tab::Overview), Some('1'));
        assert_eq!(digit(Tab::Society), Some('7'));
        for tab in Tab::ALL {
            assert_eq!(digit(tab).is_some(), tab.index() < 9);
        }
        assert_eq!(digit_range(), "1-7");
    }

    #[test]
    fn a_tenth_tab_has_no_digit() {
        assert_eq!(digit_at(8), Some('9'));
        assert_eq!(digit_at(9), None);
        assert_eq!(digit_at(usize::MAX), None);
    }
}
