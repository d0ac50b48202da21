//! Calendar dates as datasets write them (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), ordered by their first day, and
//! the validity window (`from` inclusive, `until` exclusive) that dated items carry.

use std::cmp::Ordering;
use std::fmt;

/// How much of a date the dataset gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date that orders as its first day (`2023` = 2023-01-01) and prints as precisely as it was written.
#[derive(Debug, Clone, Copy)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
    precision: Precision,
}

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day; `None` for anything else.
    pub fn parse(text: &str) -> Option<Date> {
        // Byte by byte, without allocating: snapshots test thousands of dates.
        let b = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = b.get(range)?;
            part.iter()
                .all(u8::is_ascii_digit)
                .then(|| part.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0')))
        };
        let dash = |i: usize| b.get(i) == Some(&b'-');
        let year = digits(0..4)?;
        let (month, day, precision) = match b.len() {
            4 => (1, 1, Precision::Year),
            7 if dash(4) => (digits(5..7)?, 1, Precision::Month),
            10 if dash(4) && dash(7) => (digits(5..7)?, digits(8..10)?, Precision::Day),
            _ => return None,
        };
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        let day = u8::try_from(day)
            .ok()
            .filter(|&d| d >= 1 && d <= days_in_month(year, month))?;
        Some(Date {
            year,
            month,
            day,
            precision,
        })
    }

    /// A whole day.
    pub fn ymd(year: u16, month: u8, day: u8) -> Option<Date> {
        Date::parse(&format!("{year:04}-{month:02}-{day:02}"))
    }

    pub fn year(&self) -> u16 {
        self.year
    }

    pub fn month(&self) -> u8 {
        self.month
    }

    pub fn day(&self) -> u8 {
        self.day
    }

    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The last day of the period the date names: `2019-06` is 30 June 2019, `2019` is 31 December; a whole day
    /// is itself. "As of June 2019" means by the end of June, not its first morning.
    pub fn last_day(&self) -> Date {
        let month = match self.precision {
            Precision::Year => 12,
            _ => self.month,
        };
        let day = match self.precision {
            Precision::Day => self.day,
            _ => days_in_month(self.year, month),
        };
        Date {
            year: self.year,
            month,
            day,
            precision: Precision::Day,
        }
    }

    fn key(&self) -> (u16, u8, u8) {
        (self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Equality and order are by first day only: `2023` and `2023-01-01` are the same moment.
impl PartialEq for Date {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Date {}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl std::hash::Hash for Date {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

/// Prints the date as it was written: `2023`, `2023-03` or `2023-03-19`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

/// When an item holds: from `from` (inclusive) until `until` (exclusive); an open end is "as far as the
/// sources know".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Validity {
    pub from: Option<Date>,
    pub until: Option<Date>,
}

impl Validity {
    /// From the two optional date fields; a malformed date counts as open (`polity check` reports it).
    pub fn parse(from: Option<&str>, until: Option<&str>) -> Validity {
        Validity {
            from: from.and_then(Date::parse),
            until: until.and_then(Date::parse),
        }
    }

    /// Holds at all times.
    pub fn always() -> Validity {
        Validity::default()
    }

    pub fn is_always(&self) -> bool {
        self.from.is_none() && self.until.is_none()
    }

    pub fn valid_at(&self, date: &Date) -> bool {
        self.from.is_none_or(|from| from <= *date) && self.until.is_none_or(|until| *date < until)
    }

    /// Holds on no day at all (`until` on or before `from`).
    pub fn is_empty(&self) -> bool {
        matches!((self.from, self.until), (Some(from), Some(until)) if until <= from)
    }

    /// Whether some day lies in both windows.
    pub fn overlaps(&self, other: &Validity) -> bool {
        let start = match (self.from, other.from) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let end = match (self.until, other.until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        !self.is_empty()
            && !other.is_empty()
            && match (start, end) {
                (Some(start), Some(end)) => start < end,
                _ => true,
            }
    }

    /// "from 2023-01-01 until 2026-07-01", "until 2023", "from 2023", or "always".
    pub fn describe(&self) -> String {
        match (self.from, self.until) {
            (Some(f), Some(u)) => format!("from {f} until {u}"),
            (Some(f), None) => format!("from {f}"),
            (None, Some(u)) => format!("until {u}"),
            (None, None) => "always".to_string(),
        }
    }
}

/// An item that may hold only for a while.
pub trait Dated {
    /// The `from` and `until` fields as written.
    fn window(&self) -> (Option<&str>, Option<&str>);

    fn validity(&self) -> Validity {
        let (from, until) = self.window();
        Validity::parse(from, until)
    }

    fn valid_at(&self, date: &Date) -> bool {
        self.validity().valid_at(date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).expect(text)
    }

    #[test]
    fn a_period_ends_on_its_last_day() {
        let last = |text: &str| Date::parse(text).unwrap().last_day().to_string();
        assert_eq!(last("2019-06"), "2019-06-30");
        assert_eq!(last("2024-02"), "2024-02-29");
        assert_eq!(last("2023-02"), "2023-02-28");
        assert_eq!(last("2019"), "2019-12-31");
        assert_eq!(last("2019-06-09"), "2019-06-09");
    }

    #[test]
    fn partial_dates_order_as_their_first_day() {
        assert_eq!(d("2023"), d("2023-01-01"));
        assert_eq!(d("2023-03"), d("2023-03-01"));
        assert!(d("2022-12-31") < d("2023"));
        assert!(d("2023") < d("2023-01-02"));
        assert!(d("2023-03") < d("2023-03-19"));
        assert!(d("2019-06") > d("2019-03-20"));
    }

    #[test]
    fn dates_print_as_written() {
        for text in ["2023", "2023-03", "2023-03-19"] {
            assert_eq!(d(text).to_string(), text);
        }
    }

    #[test]
    fn only_real_days_parse() {
        for bad in [
            "",
            "19",
            "2019-00",
            "2019-13",
            "2019-04-31",
            "1900-02-29",
            "2019-1-01",
            "2019-",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::parse("2020-02-29"), Date::ymd(2020, 2, 29));
    }

    #[test]
    fn from_is_inclusive_and_until_exclusive() {
        let v = Validity::parse(Some("2023-01-01"), Some("2026-07-01"));
        assert!(!v.valid_at(&d("2022-12-31")));
        assert!(v.valid_at(&d("2023")));
        assert!(v.valid_at(&d("2026-06-30")));
        assert!(!v.valid_at(&d("2026-07-01")));
        assert!(Validity::always().valid_at(&d("1900")));
        assert!(Validity::parse(None, Some("2023")).valid_at(&d("1991")));
    }

    #[test]
    fn overlapping_windows() {
        let until_2023 = Validity::parse(None, Some("2023-03-19"));
        let from_2023 = Validity::parse(Some("2023-03-19"), Some("2026-07-01"));
        let from_2026 = Validity::parse(Some("2026-07-01"), None);
        assert!(!until_2023.overlaps(&from_2023));
        assert!(!from_2023.overlaps(&from_2026));
        assert!(!until_2023.overlaps(&from_2026));
        assert!(Validity::always().overlaps(&from_2023));
        assert!(Validity::parse(None, Some("2024")).overlaps(&from_2023));
        assert!(Validity::always().overlaps(&Validity::always()));
        let empty = Validity::parse(Some("2024"), Some("2024"));
        assert!(empty.is_empty());
        assert!(!empty.overlaps(&Validity::always()));
    }
}
