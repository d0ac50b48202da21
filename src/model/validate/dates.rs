//! Calendar dates as datasets write them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

/// Why a date string is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day; `None` when it is fine.
pub fn date_error(date: &str) -> Option<String> {
    const EXPECTED: &str = "expected YYYY, YYYY-MM or YYYY-MM-DD";
    if date.trim().is_empty() {
        return Some(format!("missing date; {EXPECTED}"));
    }
    if is_calendar_date(date) {
        None
    } else {
        Some(format!("malformed date {date:?}; {EXPECTED}"))
    }
}

fn is_calendar_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let widths_ok = parts.len() <= 3
        && parts
            .iter()
            .zip([4, 2, 2])
            .all(|(p, w)| p.len() == w && p.bytes().all(|b| b.is_ascii_digit()));
    if !widths_ok {
        return false;
    }
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let year = number(0).unwrap_or(0);
    match (number(1), number(2)) {
        (None, _) => true,
        (Some(month), None) => (1..=12).contains(&month),
        (Some(month), Some(day)) => {
            (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
        }
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
