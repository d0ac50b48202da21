//! Numbers as the data gives them, one rule for the screen and the export: percentages in their shortest exact
//! form, the rest of a vote at the data's own precision, counts with thousands separators. A leaf.

/// "70.96", "4.98", "5": the value as written in the data, without rounding or padding (no `%` sign, so the
/// caller decides the spacing).
pub fn percent(value: f64) -> String {
    // `-0` would read oddly; every other value prints as Rust's shortest round-trip form.
    if value == 0.0 {
        "0".to_string()
    } else {
        value.to_string()
    }
}

/// How many decimals `value` is written with (`70.96` has 2, `5` has 0).
fn decimals(value: f64) -> usize {
    let text = percent(value);
    text.split_once('.').map_or(0, |(_, frac)| frac.len())
}

/// What is left of 100% after `shares`, at the finest precision among them; `None` when nothing is left.
pub fn remainder(shares: &[f64]) -> Option<f64> {
    let places = shares
        .iter()
        .map(|&s| decimals(s))
        .max()
        .unwrap_or(0)
        .min(6);
    let scale = 10f64.powi(i32::try_from(places).unwrap_or(6));
    let rest = ((100.0 - shares.iter().sum::<f64>()) * scale).round() / scale;
    (rest > 0.0).then_some(rest)
}

/// A whole number with thousands separators: 7954667 as "7,954,667".
pub fn count(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_keep_the_precision_of_the_data() {
        assert_eq!(percent(70.96), "70.96");
        assert_eq!(percent(4.98), "4.98");
        assert_eq!(percent(5.0), "5");
        assert_eq!(percent(77.4), "77.4");
        assert_eq!(percent(0.92), "0.92");
        assert_eq!(percent(53.125), "53.125");
    }

    #[test]
    fn the_rest_of_the_vote_has_no_float_noise() {
        assert_eq!(
            remainder(&[70.96, 16.23, 5.05, 3.04, 1.98, 1.82, 0.92]),
            None
        );
        assert_eq!(remainder(&[71.0, 16.0]), Some(13.0));
        assert_eq!(
            remainder(&[70.96, 16.23]).map(percent),
            Some("12.81".to_string())
        );
        assert_eq!(
            remainder(&[77.4, 16.2]).map(percent),
            Some("6.4".to_string())
        );
        assert_eq!(remainder(&[]), Some(100.0));
    }

    #[test]
    fn counts_have_thousands_separators() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(6539715), "6,539,715");
    }
}
